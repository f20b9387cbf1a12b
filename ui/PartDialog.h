// Add or edit a part. Validates through PartStore and shows each error next
// to its field; the dialog stays open and nothing is written until it is valid.
#pragma once

#include "FieldErrorDisplay.h"
#include "PartStore.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PartDialog;
}

namespace lotbook {

class PartDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` with id 0 creates a new part.
    PartDialog(Database &db, const Part &existing, QWidget *parent = nullptr);
    ~PartDialog() override;
    const Part &part() const { return m_part; } // the saved part after accept()

    void accept() override;

private:
    std::unique_ptr<Ui::PartDialog> ui;
    PartStore m_store;
    Part m_part;
    FieldErrorDisplay m_errors;
};

} // namespace lotbook
