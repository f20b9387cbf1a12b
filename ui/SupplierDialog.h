// Add or edit a supplier; errors shown next to their fields, nothing written
// until valid.
#pragma once

#include "FieldErrorDisplay.h"
#include "SupplierStore.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SupplierDialog;
}

namespace lotbook {

class SupplierDialog : public QDialog
{
    Q_OBJECT
public:
    SupplierDialog(Database &db, const Supplier &existing, QWidget *parent = nullptr);
    ~SupplierDialog() override;
    const Supplier &supplier() const { return m_supplier; }

    void accept() override;

private:
    std::unique_ptr<Ui::SupplierDialog> ui;
    SupplierStore m_store;
    Supplier m_supplier;
    FieldErrorDisplay m_errors;
};

} // namespace lotbook
