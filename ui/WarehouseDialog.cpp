#include "WarehouseDialog.h"

#include "ui_WarehouseDialog.h"

#include <QPushButton>

namespace lotbook {

WarehouseDialog::WarehouseDialog(Database &db, const Warehouse &existing, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::WarehouseDialog>()), m_store(db),
      m_warehouse(existing)
{
    ui->setupUi(this);
    setWindowTitle(existing.id ? tr("Edit Warehouse — %1").arg(existing.name)
                               : tr("New Warehouse"));
    ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &WarehouseDialog::accept);
    m_errors.bind(QStringLiteral("name"), ui->nameEdit, ui->nameError);
    m_errors.bind(QStringLiteral("notes"), ui->notesEdit, ui->notesError);
    m_errors.setGeneralLabel(ui->generalError);
    ui->nameEdit->setText(existing.name);
    ui->notesEdit->setPlainText(existing.notes);
    ui->nameEdit->setFocus();
}

WarehouseDialog::~WarehouseDialog() = default;

void WarehouseDialog::accept()
{
    Warehouse draft = m_warehouse;
    draft.name = ui->nameEdit->text();
    draft.notes = ui->notesEdit->toPlainText();
    Result<Warehouse> saved = draft.id ? m_store.update(draft) : m_store.create(draft);
    if (!saved) {
        m_errors.show(saved.errors());
        return;
    }
    m_warehouse = saved.value();
    QDialog::accept();
}

} // namespace lotbook
