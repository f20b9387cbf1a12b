#include "PartStore.h"

#include "Database.h"
#include "Text.h"

#include "SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace lotbook {

namespace {
// This file's strings; lupdate files them under the "PartStore" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PartStore)
};

const QStringList kFields{QStringLiteral("part_number"), QStringLiteral("name"),
                          QStringLiteral("unit"),        QStringLiteral("price"),
                          QStringLiteral("description"), QStringLiteral("track_lots"),
                          QStringLiteral("active")};

QVariantMap toRow(const Part &p)
{
    return {{QStringLiteral("part_number"), p.number.trimmed()},
            {QStringLiteral("part_key"), normalizedKey(p.number)},
            {QStringLiteral("name"), p.name.trimmed()},
            {QStringLiteral("name_key"), normalizedKey(p.name)},
            {QStringLiteral("unit"),
             p.unit.trimmed().isEmpty() ? QStringLiteral("ea") : p.unit.trimmed()},
            {QStringLiteral("price"), p.price},
            {QStringLiteral("description"), p.description.trimmed()},
            {QStringLiteral("track_lots"), p.trackLots ? 1 : 0},
            {QStringLiteral("active"), p.active ? 1 : 0}};
}

Part fromRow(const QVariantMap &r)
{
    Part p;
    p.id = r.value(QStringLiteral("id")).toLongLong();
    p.number = r.value(QStringLiteral("part_number")).toString();
    p.name = r.value(QStringLiteral("name")).toString();
    p.unit = r.value(QStringLiteral("unit")).toString();
    p.price = r.value(QStringLiteral("price")).toLongLong();
    p.description = r.value(QStringLiteral("description")).toString();
    p.trackLots = r.value(QStringLiteral("track_lots")).toBool();
    p.active = r.value(QStringLiteral("active")).toBool();
    return p;
}

Result<QList<Part>> toParts(const Result<QList<QVariantMap>> &rows)
{
    return mapRows<Part>(rows, fromRow);
}
} // namespace

PartStore::PartStore(Database &db) : m_rows(db, QStringLiteral("part"), kFields) {}

FieldErrors PartStore::validate(const Part &part) const
{
    FieldErrors errors;
    if (part.number.trimmed().isEmpty())
        errors.append({QStringLiteral("part_number"), Text::tr("Part number is required.")});
    else if (part.number.trimmed().size() > 64)
        errors.append(
            {QStringLiteral("part_number"), Text::tr("Part number can be at most 64 characters.")});
    else if (Result<bool> taken =
                 m_rows.keyTaken(QStringLiteral("part_key"), normalizedKey(part.number), part.id);
             !taken)
        errors += taken.errors();
    else if (taken.value())
        errors.append({QStringLiteral("part_number"),
                       Text::tr("Part number \"%1\" is already used by another part (part numbers "
                                "are compared ignoring case and surrounding spaces).")
                           .arg(part.number.trimmed())});
    if (part.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), Text::tr("Name is required.")});
    if (part.unit.trimmed().size() > 16)
        errors.append(
            {QStringLiteral("unit"), Text::tr("Unit of measure can be at most 16 characters.")});
    if (part.price < 0)
        errors.append({QStringLiteral("price"), Text::tr("Catalog price cannot be negative.")});
    // Lots belong to lot-tracked parts: tracking stays on once a part has lots.
    if (part.id && !part.trackLots) {
        QSqlQuery q(m_rows.database().connection());
        q.setForwardOnly(true);
        if (exec(q, QStringLiteral("SELECT COUNT(*) FROM lot WHERE part_id = ?"), {part.id},
                 QT_TRANSLATE_NOOP("SqlError", "counting the part's lots")) &&
            q.next() && q.value(0).toLongLong() > 0)
            errors.append({QStringLiteral("track_lots"),
                           Text::tr("Part %1 has %2 lot(s) on record, so lot tracking stays on.")
                               .arg(part.number.trimmed())
                               .arg(q.value(0).toLongLong())});
    }
    return errors;
}

Result<Part> PartStore::create(const Part &part)
{
    if (Status s = m_rows.writable(); !s)
        return s.errors();
    Part draft = part;
    draft.id = 0;
    if (FieldErrors errors = validate(draft); !errors.isEmpty())
        return errors;
    Result<qint64> id = m_rows.insertRow(toRow(draft), draft.number.trimmed());
    if (!id)
        return id.errors();
    return get(id.value());
}

Result<Part> PartStore::update(const Part &part)
{
    if (Status s = m_rows.writable(); !s)
        return s.errors();
    if (FieldErrors errors = validate(part); !errors.isEmpty())
        return errors;
    if (Status s = m_rows.updateRow(part.id, toRow(part), part.number.trimmed()); !s)
        return s.errors();
    return get(part.id);
}

Status PartStore::setActive(qint64 id, bool active)
{
    Result<Part> current = get(id);
    if (!current)
        return current.errors();
    return m_rows.updateRow(id, {{QStringLiteral("active"), active ? 1 : 0}},
                            current.value().number,
                            active ? QStringLiteral("activate") : QStringLiteral("deactivate"));
}

Result<Part> PartStore::get(qint64 id) const
{
    Result<QVariantMap> row = m_rows.loadRow(id);
    if (!row)
        return row.errors();
    return fromRow(row.value());
}

Result<Part> PartStore::findByNumber(const QString &number) const
{
    Result<QList<Part>> found =
        toParts(m_rows.selectRows(QStringLiteral("WHERE part_key = ?"), {normalizedKey(number)}));
    if (!found)
        return found.errors();
    if (found.value().isEmpty())
        return Result<Part>::failure(
            QStringLiteral("part_number"),
            Text::tr("There is no part with part number \"%1\".").arg(number.trimmed()));
    return found.value().first();
}

Result<QList<Part>> PartStore::list(bool includeInactive) const
{
    return toParts(m_rows.selectRows(includeInactive
                                         ? QStringLiteral("ORDER BY part_key")
                                         : QStringLiteral("WHERE active = 1 ORDER BY part_key"),
                                     {}));
}

Result<QStringList> PartStore::numbers() const
{
    QSqlQuery q(m_rows.database().connection());
    q.setForwardOnly(true);
    if (Status s = exec(q, QStringLiteral("SELECT part_number FROM part ORDER BY part_key"), {},
                        QT_TRANSLATE_NOOP("SqlError", "reading the part numbers"));
        !s)
        return s.errors();
    QStringList numbers;
    while (q.next())
        numbers << q.value(0).toString();
    return numbers;
}

} // namespace lotbook
