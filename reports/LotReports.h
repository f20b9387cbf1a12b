// The reports Lotbook prints, built from core queries so that the desktop
// application and lotbook-cli give the same document: a part's lots, Trace
// results, the Expiring list, and one lot's record with its history (a "lot
// record" an auditor can file). Dates, quantities and money are written in the
// locale; the history's times in UTC, as the audit trail stores them.
#pragma once

#include "LotQuery.h"
#include "Report.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>

namespace lotbook {

class Database;
struct LotRow;

struct ReportContext
{
    QString producedBy; // the user name from the preferences
    QDateTime producedAt = QDateTime::currentDateTime();
    QDate today = QDate::currentDate(); // decides what has expired
    int expiryWindowDays = 30;          // "expiring soon"
};

namespace LotReports {
// The lots of the part filter.partId, as its Lots tab lists them.
Result<Report> partLots(Database &db, const LotFilter &filter, const LotSort &sort,
                        const ReportContext &context);
// Lots of every part matching the filter, as the Trace page lists them.
Result<Report> trace(Database &db, const LotFilter &filter, const LotSort &sort,
                     const ReportContext &context);
// Active lots of every part that have expired or expire within the context's
// window from its today, as the Expiring page lists them.
Result<Report> expiring(Database &db, const LotSort &sort, const ReportContext &context);
// Every field of one lot and every audit event of it, oldest first.
Result<Report> lotRecord(Database &db, qint64 lotId, const ReportContext &context);

// The lots numbered `lotNumber` (compared trimmed and ignoring case, as lot
// numbers are) in any part and of any status, by part number.
Result<QList<LotRow>> lotsNumbered(Database &db, const QString &lotNumber);
// The filter in words, one line per condition ("Supplier", "Acme Components").
ReportPairs describeFilter(Database &db, const LotFilter &filter);
// "Expires, soonest first (no expiry last)".
QString describeSort(const LotSort &sort);
// A date as reports write it: the locale's short form with a four-digit year.
QString reportDate(const QDate &date);
} // namespace LotReports

} // namespace lotbook
