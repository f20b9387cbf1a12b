// Preferences: the name recorded with every change, and the "expiring soon"
// window in days. Stored with QSettings through core's Preferences.
#pragma once

#include "FieldErrorDisplay.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace lotbook {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;
    void accept() override;

private:
    std::unique_ptr<Ui::PreferencesDialog> ui;
    FieldErrorDisplay m_errors;
};

} // namespace lotbook
