#include "CostStats.h"

#include "Database.h"
#include "SqlError.h"
#include "Text.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QtNumeric>

namespace lotbook::CostStats {

namespace {
// This file's strings; lupdate files them under the "CostStats" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CostStats)
};

QString whereSql(const SqlClause &where)
{
    return where.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.sql;
}
} // namespace

MoneyUnits weightedAverage(MoneyUnits value, qint64 quantity)
{
    if (quantity <= 0)
        return 0;
    const MoneyUnits whole = value / quantity;
    const MoneyUnits rest = value % quantity;
    // rest < quantity, so comparing rest with quantity - rest cannot overflow.
    return rest >= quantity - rest ? whole + 1 : whole;
}

Result<PartCosts> summarize(Database &db, const LotFilter &filter)
{
    const SqlClause where = lotWhere(filter);
    // Grouped on the lot table, names joined after. Grouping by the expression
    // +supplier_id keeps SQLite from skip-scanning the supplier index for the
    // group order (3x slower on a part with 100,000 lots than reading by part).
    const QString sql =
        QStringLiteral("SELECT g.sid, s.name, g.n, g.qty, g.lo, g.hi, g.value FROM "
                       "(SELECT +supplier_id AS sid, COUNT(*) AS n, SUM(quantity) AS qty, "
                       "MIN(unit_cost) AS lo, MAX(unit_cost) AS hi, "
                       "SUM(quantity * unit_cost) AS value FROM lot%1 GROUP BY +supplier_id) g "
                       "JOIN supplier s ON s.id = g.sid ORDER BY lower(s.name), s.id")
            .arg(whereSql(where));
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status s =
            exec(q, sql, where.values, QT_TRANSLATE_NOOP("SqlError", "summarizing lot costs"));
        !s)
        return s.errors();
    PartCosts costs;
    CostSummary &all = costs.overall;
    while (q.next()) {
        CostSummary c;
        c.supplierId = q.value(0).toLongLong();
        c.supplierName = q.value(1).toString();
        c.lots = q.value(2).toLongLong();
        c.quantity = q.value(3).toLongLong();
        c.lowest = q.value(4).toLongLong();
        c.highest = q.value(5).toLongLong();
        c.receivedValue = q.value(6).toLongLong();
        c.average = weightedAverage(c.receivedValue, c.quantity);
        all.lowest = all.lots ? qMin(all.lowest, c.lowest) : c.lowest;
        all.highest = all.lots ? qMax(all.highest, c.highest) : c.highest;
        if (qAddOverflow(all.lots, c.lots, &all.lots) ||
            qAddOverflow(all.quantity, c.quantity, &all.quantity) ||
            qAddOverflow(all.receivedValue, c.receivedValue, &all.receivedValue))
            return Result<PartCosts>::failure(
                {}, Text::tr("The received value of these lots is too large to add up."));
        costs.suppliers << c;
    }
    if (q.lastError().isValid())
        return FieldErrors{sqlError(q, QT_TRANSLATE_NOOP("SqlError", "summarizing lot costs"))};
    all.average = weightedAverage(all.receivedValue, all.quantity);
    return costs;
}

Result<QList<CostPoint>> points(Database &db, const LotFilter &filter, int limit)
{
    const SqlClause where = lotWhere(filter);
    QVariantList values = where.values;
    QString newest;
    if (limit > 0) {
        newest = QStringLiteral(" ORDER BY received_on DESC, id DESC LIMIT ?");
        values << limit;
    }
    // The newest lots picked on the lot table alone; names joined to those only.
    const QString sql =
        QStringLiteral("SELECT x.id, x.supplier_id, s.name, x.lot_number, x.received_on, "
                       "x.quantity, x.unit_cost FROM (SELECT id, supplier_id, lot_number, "
                       "received_on, quantity, unit_cost FROM lot%1%2) x "
                       "JOIN supplier s ON s.id = x.supplier_id "
                       "ORDER BY lower(s.name), x.supplier_id, x.received_on, x.id")
            .arg(whereSql(where), newest);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status s = exec(q, sql, values, QT_TRANSLATE_NOOP("SqlError", "reading lot costs")); !s)
        return s.errors();
    QList<CostPoint> list;
    while (q.next()) {
        CostPoint p;
        p.lotId = q.value(0).toLongLong();
        p.supplierId = q.value(1).toLongLong();
        p.supplierName = q.value(2).toString();
        p.lotNumber = q.value(3).toString();
        p.received = dateFromIso(q.value(4).toString());
        p.quantity = q.value(5).toLongLong();
        p.unitCost = q.value(6).toLongLong();
        list << p;
    }
    if (q.lastError().isValid())
        return FieldErrors{sqlError(q, QT_TRANSLATE_NOOP("SqlError", "reading lot costs"))};
    return list;
}

} // namespace lotbook::CostStats
