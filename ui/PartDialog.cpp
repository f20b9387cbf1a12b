#include "PartDialog.h"

#include "ui_PartDialog.h"

#include <QLocale>
#include <QPushButton>

namespace lotbook {

PartDialog::PartDialog(Database &db, const Part &existing, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::PartDialog>()), m_store(db), m_part(existing)
{
    ui->setupUi(this);
    setWindowTitle(existing.id ? tr("Edit Part — %1").arg(existing.number) : tr("New Part"));
    ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &PartDialog::accept);

    m_errors.bind(QStringLiteral("part_number"), ui->partNumberEdit, ui->partNumberError);
    m_errors.bind(QStringLiteral("name"), ui->nameEdit, ui->nameError);
    m_errors.bind(QStringLiteral("unit"), ui->unitEdit, ui->unitError);
    m_errors.bind(QStringLiteral("price"), ui->priceEdit, ui->priceError);
    m_errors.setGeneralLabel(ui->generalError);

    ui->partNumberEdit->setText(existing.number);
    ui->nameEdit->setText(existing.name);
    ui->unitEdit->setText(existing.unit);
    ui->priceEdit->setText(formatMoney(existing.price, QLocale()));
    ui->descriptionEdit->setPlainText(existing.description);
    ui->trackLotsCheck->setChecked(existing.trackLots);
    ui->partNumberEdit->setFocus();
}

PartDialog::~PartDialog() = default;

void PartDialog::accept()
{
    Part draft = m_part;
    draft.number = ui->partNumberEdit->text();
    draft.name = ui->nameEdit->text();
    draft.unit = ui->unitEdit->text();
    draft.description = ui->descriptionEdit->toPlainText();
    draft.trackLots = ui->trackLotsCheck->isChecked();

    FieldErrors errors;
    const QString priceText = ui->priceEdit->text().trimmed();
    if (priceText.isEmpty()) {
        draft.price = 0;
    } else if (Result<MoneyUnits> price =
                   parseMoney(priceText, QLocale(), QStringLiteral("price"), tr("Catalog price"));
               price) {
        draft.price = price.value();
    } else {
        errors += price.errors();
    }
    errors += m_store.validate(draft);
    if (!errors.isEmpty()) {
        m_errors.show(errors);
        return;
    }
    Result<Part> saved = draft.id ? m_store.update(draft) : m_store.create(draft);
    if (!saved) {
        m_errors.show(saved.errors());
        return;
    }
    m_part = saved.value();
    QDialog::accept();
}

} // namespace lotbook
