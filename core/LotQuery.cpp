#include "LotQuery.h"

#include "Text.h"

#include <QCoreApplication>
#include <QStringList>

namespace lotbook {

namespace {
// This file's strings; lupdate files them under the "LotQuery" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LotQuery)
};

struct SortName
{
    const char *name;
    LotSortField field;
};
constexpr SortName kSortNames[] = {
    {"expires", LotSortField::Expires},   {"lot", LotSortField::LotNumber},
    {"received", LotSortField::Received}, {"qty", LotSortField::Quantity},
    {"cost", LotSortField::UnitCost},     {"supplier", LotSortField::Supplier},
    {"location", LotSortField::Location}, {"status", LotSortField::Status},
    {"part", LotSortField::Part},
};
} // namespace

SqlClause lotWhere(const LotFilter &filter)
{
    QStringList terms;
    SqlClause clause;
    if (filter.partId) {
        terms << QStringLiteral("part_id = ?");
        clause.values << filter.partId;
    }
    if (filter.status != LotFilter::Status::All) {
        terms << QStringLiteral("status = ?");
        clause.values << (filter.status == LotFilter::Status::Active ? QStringLiteral("active")
                                                                     : QStringLiteral("archived"));
    }
    if (filter.supplierId) {
        terms << QStringLiteral("supplier_id = ?");
        clause.values << filter.supplierId;
    }
    const QString key = normalizedKey(filter.search);
    if (key.size() >= 3) {
        // The trigram index finds candidates; instr() confirms the literal
        // substring. The text is bound as one quoted FTS5 phrase, so FTS
        // operators in it are plain characters.
        terms << QStringLiteral("id IN (SELECT rowid FROM lot_search WHERE lot_search MATCH ?)")
              << QStringLiteral("instr(lot_key, ?) > 0");
        clause.values << QStringLiteral("\"%1\"").arg(
                             QString(key).replace(QLatin1Char('"'), QStringLiteral("\"\"")))
                      << key;
    } else if (!key.isEmpty()) {
        // instr() has no wildcards: '%', '_' and quotes are matched literally.
        terms << QStringLiteral("instr(lot_key, ?) > 0");
        clause.values << key;
    }
    const QString partKey = normalizedKey(filter.partText);
    if (!partKey.isEmpty()) {
        terms << QStringLiteral("part_id IN (SELECT id FROM part WHERE instr(part_key, ?) > 0 "
                                "OR instr(name_key, ?) > 0)");
        clause.values << partKey << partKey;
    }
    auto range = [&](const char *column, const QDate &from, const QDate &to) {
        if (from.isValid()) {
            terms << QStringLiteral("%1 >= ?").arg(QLatin1String(column));
            clause.values << dateToIso(from);
        }
        if (to.isValid()) {
            terms << QStringLiteral("%1 <= ?").arg(QLatin1String(column));
            clause.values << dateToIso(to);
        }
    };
    range("received_on", filter.receivedFrom, filter.receivedTo);
    range("expires_on", filter.expiresFrom, filter.expiresTo);
    if (filter.warehouseId) {
        terms << QStringLiteral("warehouse_id = ?");
        clause.values << filter.warehouseId;
    }
    if (filter.binId) {
        terms << QStringLiteral("bin_id = ?");
        clause.values << filter.binId;
    }
    clause.sql = terms.join(QLatin1String(" AND "));
    return clause;
}

QString lotOrderBy(const LotSort &sort)
{
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString expires = sort.descending
                                ? QStringLiteral("(expires_on IS NULL) DESC, expires_on DESC")
                                : QStringLiteral("(expires_on IS NULL), expires_on");
    const QString tail = QStringLiteral("(expires_on IS NULL), expires_on, received_on, id");
    switch (sort.field) {
    case LotSortField::Expires:
        return expires + QStringLiteral(", received_on") + dir + QStringLiteral(", id") + dir;
    case LotSortField::LotNumber:
        return QStringLiteral("lot_key") + dir + QStringLiteral(", id");
    case LotSortField::Received:
        return QStringLiteral("received_on") + dir + QStringLiteral(", ") + tail;
    case LotSortField::Quantity:
        return QStringLiteral("quantity") + dir + QStringLiteral(", ") + tail;
    case LotSortField::UnitCost:
        return QStringLiteral("unit_cost") + dir + QStringLiteral(", ") + tail;
    // Names sort ignoring case ("acme" beside "Acme", not after "Zeta"; ASCII letters in SQLite).
    case LotSortField::Supplier:
        return QStringLiteral("lower(supplier_name)") + dir + QStringLiteral(", ") + tail;
    case LotSortField::Location:
        return QStringLiteral("lower(location)") + dir + QStringLiteral(", ") + tail;
    case LotSortField::Part:
        return QStringLiteral("lower(part_number)") + dir + QStringLiteral(", ") + tail;
    case LotSortField::PartName:
        return QStringLiteral("lower(part_name)") + dir + QStringLiteral(", ") + tail;
    case LotSortField::Status:
        return QStringLiteral("status") + dir + QStringLiteral(", ") + tail;
    }
    return tail;
}

Result<LotSort> parseLotSort(const QString &text)
{
    LotSort sort;
    QString name = text.trimmed().toLower();
    if (name.endsWith(QLatin1String(":desc"))) {
        sort.descending = true;
        name.chop(5);
    } else if (name.endsWith(QLatin1String(":asc"))) {
        name.chop(4);
    }
    QStringList known;
    for (const SortName &s : kSortNames) {
        known << QLatin1String(s.name);
        if (name == QLatin1String(s.name)) {
            sort.field = s.field;
            return sort;
        }
    }
    return Result<LotSort>::failure(
        QStringLiteral("sort"),
        Text::tr("Unknown sort \"%1\"; use one of %2, optionally with :desc.")
            .arg(text, known.join(QLatin1String(", "))));
}

Result<LotFilter::Status> parseLotStatusFilter(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("active"))
        return LotFilter::Status::Active;
    if (t == QLatin1String("archived"))
        return LotFilter::Status::Archived;
    if (t == QLatin1String("all"))
        return LotFilter::Status::All;
    return Result<LotFilter::Status>::failure(
        QStringLiteral("status"),
        Text::tr("Unknown status \"%1\"; use active, archived or all.").arg(text));
}

} // namespace lotbook
