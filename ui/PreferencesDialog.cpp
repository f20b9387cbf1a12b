#include "PreferencesDialog.h"

#include "Preferences.h"
#include "ui_PreferencesDialog.h"

#include <QPushButton>

namespace lotbook {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::PreferencesDialog>())
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    m_errors.bind(QStringLiteral("user_name"), ui->userNameEdit, ui->userNameError);
    m_errors.setGeneralLabel(ui->generalError);
    const Preferences prefs;
    ui->userNameEdit->setText(prefs.userName());
    ui->expiryWindowSpin->setValue(prefs.expiryWindowDays());
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    if (ui->userNameEdit->text().trimmed().isEmpty()) {
        m_errors.show({{QStringLiteral("user_name"),
                        tr("Your name is required: it is recorded with every change you make.")}});
        return;
    }
    if (const Status name = Preferences::checkUserName(ui->userNameEdit->text()); !name) {
        m_errors.show(name.errors());
        return;
    }
    Preferences prefs;
    prefs.setUserName(ui->userNameEdit->text());
    prefs.setExpiryWindowDays(ui->expiryWindowSpin->value());
    QDialog::accept();
}

} // namespace lotbook
