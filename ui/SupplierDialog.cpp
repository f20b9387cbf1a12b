#include "SupplierDialog.h"

#include "ui_SupplierDialog.h"

#include <QPushButton>

namespace lotbook {

SupplierDialog::SupplierDialog(Database &db, const Supplier &existing, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::SupplierDialog>()), m_store(db), m_supplier(existing)
{
    ui->setupUi(this);
    setWindowTitle(existing.id ? tr("Edit Supplier — %1").arg(existing.name) : tr("New Supplier"));
    ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &SupplierDialog::accept);

    m_errors.bind(QStringLiteral("name"), ui->nameEdit, ui->nameError);
    m_errors.bind(QStringLiteral("contact"), ui->contactEdit, ui->contactError);
    m_errors.bind(QStringLiteral("phone"), ui->phoneEdit, ui->phoneError);
    m_errors.bind(QStringLiteral("email"), ui->emailEdit, ui->emailError);
    m_errors.bind(QStringLiteral("notes"), ui->notesEdit, ui->notesError);
    m_errors.setGeneralLabel(ui->generalError);

    ui->nameEdit->setText(existing.name);
    ui->contactEdit->setText(existing.contact);
    ui->phoneEdit->setText(existing.phone);
    ui->emailEdit->setText(existing.email);
    ui->notesEdit->setPlainText(existing.notes);
    ui->nameEdit->setFocus();
}

SupplierDialog::~SupplierDialog() = default;

void SupplierDialog::accept()
{
    Supplier draft = m_supplier;
    draft.name = ui->nameEdit->text();
    draft.contact = ui->contactEdit->text();
    draft.phone = ui->phoneEdit->text();
    draft.email = ui->emailEdit->text();
    draft.notes = ui->notesEdit->toPlainText();
    Result<Supplier> saved = draft.id ? m_store.update(draft) : m_store.create(draft);
    if (!saved) {
        m_errors.show(saved.errors());
        return;
    }
    m_supplier = saved.value();
    QDialog::accept();
}

} // namespace lotbook
