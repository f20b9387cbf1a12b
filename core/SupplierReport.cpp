#include "SupplierReport.h"

#include "Database.h"
#include "SqlError.h"

#include <QSqlQuery>

namespace lotbook::SupplierReport {

Result<LotTotals> totals(Database &db, const LotFilter &filter)
{
    const SqlClause where = lotWhere(filter);
    QString sql =
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(quantity * unit_cost), 0) FROM lot");
    if (!where.sql.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.sql;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status s = exec(q, sql, where.values, QT_TRANSLATE_NOOP("SqlError", "totalling lots")); !s)
        return s.errors();
    LotTotals t;
    if (q.next()) {
        t.lots = q.value(0).toLongLong();
        t.receivedValue = q.value(1).toLongLong();
    }
    return t;
}

} // namespace lotbook::SupplierReport
