#include "SupplierStore.h"

#include "Text.h"

#include <QCoreApplication>

namespace lotbook {

namespace {
// This file's strings; lupdate files them under the "SupplierStore" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SupplierStore)
};

const QStringList kFields{QStringLiteral("name"),  QStringLiteral("contact"),
                          QStringLiteral("phone"), QStringLiteral("email"),
                          QStringLiteral("notes"), QStringLiteral("active")};

QVariantMap toRow(const Supplier &s)
{
    return {{QStringLiteral("name"), s.name.trimmed()},
            {QStringLiteral("name_key"), normalizedKey(s.name)},
            {QStringLiteral("contact"), s.contact.trimmed()},
            {QStringLiteral("phone"), s.phone.trimmed()},
            {QStringLiteral("email"), s.email.trimmed()},
            {QStringLiteral("notes"), s.notes.trimmed()},
            {QStringLiteral("active"), s.active ? 1 : 0}};
}

Supplier fromRow(const QVariantMap &r)
{
    Supplier s;
    s.id = r.value(QStringLiteral("id")).toLongLong();
    s.name = r.value(QStringLiteral("name")).toString();
    s.contact = r.value(QStringLiteral("contact")).toString();
    s.phone = r.value(QStringLiteral("phone")).toString();
    s.email = r.value(QStringLiteral("email")).toString();
    s.notes = r.value(QStringLiteral("notes")).toString();
    s.active = r.value(QStringLiteral("active")).toBool();
    return s;
}

Result<QList<Supplier>> toSuppliers(const Result<QList<QVariantMap>> &rows)
{
    return mapRows<Supplier>(rows, fromRow);
}

bool plausibleEmail(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    return at > 0 && at == email.lastIndexOf(QLatin1Char('@')) && at < email.size() - 1 &&
           !email.contains(QLatin1Char(' '));
}
} // namespace

SupplierStore::SupplierStore(Database &db) : m_rows(db, QStringLiteral("supplier"), kFields) {}

FieldErrors SupplierStore::validate(const Supplier &supplier) const
{
    FieldErrors errors;
    const QString name = supplier.name.trimmed();
    if (name.isEmpty())
        errors.append({QStringLiteral("name"), Text::tr("Supplier name is required.")});
    else if (Result<bool> taken =
                 m_rows.keyTaken(QStringLiteral("name_key"), normalizedKey(name), supplier.id);
             !taken)
        errors += taken.errors();
    else if (taken.value())
        errors.append(
            {QStringLiteral("name"),
             Text::tr("A supplier named \"%1\" already exists (names are compared ignoring "
                      "case and surrounding spaces).")
                 .arg(name)});
    const QString email = supplier.email.trimmed();
    if (!email.isEmpty() && !plausibleEmail(email))
        errors.append(
            {QStringLiteral("email"),
             Text::tr("Email \"%1\" does not look like an email address (name@example.com).")
                 .arg(email)});
    return errors;
}

Result<Supplier> SupplierStore::create(const Supplier &supplier)
{
    if (Status s = m_rows.writable(); !s)
        return s.errors();
    Supplier draft = supplier;
    draft.id = 0;
    if (FieldErrors errors = validate(draft); !errors.isEmpty())
        return errors;
    Result<qint64> id = m_rows.insertRow(toRow(draft), draft.name.trimmed());
    if (!id)
        return id.errors();
    return get(id.value());
}

Result<Supplier> SupplierStore::update(const Supplier &supplier)
{
    if (Status s = m_rows.writable(); !s)
        return s.errors();
    if (FieldErrors errors = validate(supplier); !errors.isEmpty())
        return errors;
    if (Status s = m_rows.updateRow(supplier.id, toRow(supplier), supplier.name.trimmed()); !s)
        return s.errors();
    return get(supplier.id);
}

Status SupplierStore::setActive(qint64 id, bool active)
{
    Result<Supplier> current = get(id);
    if (!current)
        return current.errors();
    return m_rows.updateRow(id, {{QStringLiteral("active"), active ? 1 : 0}}, current.value().name,
                            active ? QStringLiteral("activate") : QStringLiteral("deactivate"));
}

Result<Supplier> SupplierStore::get(qint64 id) const
{
    Result<QVariantMap> row = m_rows.loadRow(id);
    if (!row)
        return row.errors();
    return fromRow(row.value());
}

Result<Supplier> SupplierStore::findByName(const QString &name) const
{
    Result<QList<Supplier>> found =
        toSuppliers(m_rows.selectRows(QStringLiteral("WHERE name_key = ?"), {normalizedKey(name)}));
    if (!found)
        return found.errors();
    if (found.value().isEmpty())
        return Result<Supplier>::failure(
            QStringLiteral("supplier"),
            Text::tr("There is no supplier named \"%1\".").arg(name.trimmed()));
    return found.value().first();
}

Result<QList<Supplier>> SupplierStore::list(bool includeInactive) const
{
    return toSuppliers(m_rows.selectRows(includeInactive
                                             ? QStringLiteral("ORDER BY name_key")
                                             : QStringLiteral("WHERE active = 1 ORDER BY name_key"),
                                         {}));
}

} // namespace lotbook
