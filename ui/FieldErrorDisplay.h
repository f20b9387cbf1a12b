// Shows error values next to the fields they name: each field id is bound to
// its input widget and an error label under it; errors for unknown fields go
// to a general label. The first field in error gets the focus.
#pragma once

#include "Result.h"

#include <QHash>
#include <QLabel>
#include <QPointer>

namespace lotbook {

class FieldErrorDisplay
{
public:
    void bind(const QString &field, QWidget *input, QLabel *errorLabel);
    void setGeneralLabel(QLabel *label);
    void clear();
    void show(const FieldErrors &errors);

private:
    struct Binding
    {
        QPointer<QWidget> input;
        QPointer<QLabel> label;
    };
    QList<QString> m_order;
    QHash<QString, Binding> m_bindings;
    QPointer<QLabel> m_general;
    void style(QLabel *label);
};

} // namespace lotbook
