#include "BinDialog.h"

#include "ui_BinDialog.h"

#include <QPushButton>

namespace lotbook {

BinDialog::BinDialog(Database &db, const Bin &existing, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::BinDialog>()), m_store(db), m_bin(existing)
{
    ui->setupUi(this);
    const Result<Warehouse> warehouse = m_store.get(existing.warehouseId);
    const QString warehouseName = warehouse ? warehouse.value().name : QString();
    setWindowTitle(existing.id ? tr("Edit Bin — %1 %2").arg(warehouseName, existing.code)
                               : tr("New Bin in %1").arg(warehouseName));
    ui->warehouseValue->setText(warehouseName);
    ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &BinDialog::accept);
    m_errors.bind(QStringLiteral("warehouse"), ui->warehouseValue, ui->warehouseValueError);
    m_errors.bind(QStringLiteral("code"), ui->codeEdit, ui->codeError);
    m_errors.bind(QStringLiteral("description"), ui->descriptionEdit, ui->descriptionError);
    m_errors.setGeneralLabel(ui->generalError);
    ui->codeEdit->setText(existing.code);
    ui->descriptionEdit->setText(existing.description);
    ui->codeEdit->setFocus();
}

BinDialog::~BinDialog() = default;

void BinDialog::accept()
{
    Bin draft = m_bin;
    draft.code = ui->codeEdit->text();
    draft.description = ui->descriptionEdit->text();
    Result<Bin> saved = draft.id ? m_store.updateBin(draft) : m_store.createBin(draft);
    if (!saved) {
        m_errors.show(saved.errors());
        return;
    }
    m_bin = saved.value();
    QDialog::accept();
}

} // namespace lotbook
