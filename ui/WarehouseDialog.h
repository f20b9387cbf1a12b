// Add or edit a warehouse; errors shown next to their fields.
#pragma once

#include "FieldErrorDisplay.h"
#include "WarehouseStore.h"

#include <QDialog>
#include <memory>

namespace Ui {
class WarehouseDialog;
}

namespace lotbook {

class WarehouseDialog : public QDialog
{
    Q_OBJECT
public:
    WarehouseDialog(Database &db, const Warehouse &existing, QWidget *parent = nullptr);
    ~WarehouseDialog() override;
    const Warehouse &warehouse() const { return m_warehouse; }

    void accept() override;

private:
    std::unique_ptr<Ui::WarehouseDialog> ui;
    WarehouseStore m_store;
    Warehouse m_warehouse;
    FieldErrorDisplay m_errors;
};

} // namespace lotbook
