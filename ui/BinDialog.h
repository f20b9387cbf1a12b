// Add or edit a bin of one warehouse; errors shown next to their fields.
#pragma once

#include "FieldErrorDisplay.h"
#include "WarehouseStore.h"

#include <QDialog>
#include <memory>

namespace Ui {
class BinDialog;
}

namespace lotbook {

class BinDialog : public QDialog
{
    Q_OBJECT
public:
    BinDialog(Database &db, const Bin &existing, QWidget *parent = nullptr);
    ~BinDialog() override;
    const Bin &bin() const { return m_bin; }

    void accept() override;

private:
    std::unique_ptr<Ui::BinDialog> ui;
    WarehouseStore m_store;
    Bin m_bin;
    FieldErrorDisplay m_errors;
};

} // namespace lotbook
