#include "FieldErrorDisplay.h"

#include "ThemeColors.h"

#include <QWidget>

namespace lotbook {

void FieldErrorDisplay::style(QLabel *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, errorTextColor(label->palette()));
    label->setPalette(p);
    // No word wrap: Qt 6.4's QFormLayout writes past its buffers when it holds
    // hidden rows and a height-for-width label (valgrind; random crashes).
    label->setWordWrap(false);
    // Form layouts only widen fields that ask to grow; errors need the width.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setTextFormat(Qt::PlainText);
    label->hide();
}

void FieldErrorDisplay::bind(const QString &field, QWidget *input, QLabel *errorLabel)
{
    style(errorLabel);
    if (!m_bindings.contains(field))
        m_order.append(field);
    m_bindings.insert(field, {input, errorLabel});
}

void FieldErrorDisplay::setGeneralLabel(QLabel *label)
{
    style(label);
    label->setWordWrap(true); // outside the form layout: safe to wrap
    m_general = label;
}

void FieldErrorDisplay::clear()
{
    for (const Binding &b : std::as_const(m_bindings)) {
        if (b.label) {
            b.label->clear();
            b.label->hide();
        }
        if (b.input)
            b.input->setProperty("fieldError", false);
    }
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
}

void FieldErrorDisplay::show(const FieldErrors &errors)
{
    clear();
    QStringList general;
    QHash<QString, QStringList> byField;
    for (const FieldError &e : errors) {
        if (m_bindings.contains(e.field) && m_bindings.value(e.field).label)
            byField[e.field].append(e.message);
        else
            general.append(e.message);
    }
    QWidget *focus = nullptr;
    for (const QString &field : m_order) {
        if (!byField.contains(field))
            continue;
        const Binding &b = m_bindings[field];
        b.label->setText(byField.value(field).join(QLatin1Char('\n')));
        b.label->show();
        if (b.input) {
            b.input->setProperty("fieldError", true);
            if (!focus)
                focus = b.input;
        }
    }
    if (m_general && !general.isEmpty()) {
        m_general->setText(general.join(QLatin1Char('\n')));
        m_general->show();
    }
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

} // namespace lotbook
