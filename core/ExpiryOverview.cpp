#include "ExpiryOverview.h"

#include "Database.h"
#include "SqlError.h"
#include "Text.h"

#include <QSqlQuery>

namespace lotbook::ExpiryOverview {

LotFilter filter(const QDate &today, int windowDays)
{
    LotFilter f;
    f.status = LotFilter::Status::Active;
    f.expiresTo = today.addDays(qMax(0, windowDays));
    return f;
}

QString countStatement()
{
    // "(expires_on IS NULL) = FALSE" repeats the lot_expiry index's second
    // column, so SQLite seeks the status, then the range of dates, and counts
    // inside the index without reading the table.
    return QStringLiteral("SELECT COUNT(*), COUNT(CASE WHEN expires_on < ? THEN 1 END) FROM lot "
                          "WHERE status = ? AND (expires_on IS NULL) = FALSE AND expires_on <= ?");
}

QVariantList countValues(const QDate &today, int windowDays)
{
    return {dateToIso(today), QStringLiteral("active"),
            dateToIso(today.addDays(qMax(0, windowDays)))};
}

Result<ExpiryCounts> counts(Database &db, const QDate &today, int windowDays)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status s = exec(q, countStatement(), countValues(today, windowDays),
                        QT_TRANSLATE_NOOP("SqlError", "counting expiring lots"));
        !s)
        return s.errors();
    ExpiryCounts c;
    if (q.next()) {
        c.expired = q.value(1).toLongLong();
        c.expiringSoon = q.value(0).toLongLong() - c.expired;
    }
    return c;
}

} // namespace lotbook::ExpiryOverview
