// The expiry overview across all parts: the active lots that have expired or
// expire within the "expiring soon" window, and how many of each. The counts
// are read from the lot_expiry index alone, so the sidebar and the status bar
// can ask again after every change.
#pragma once

#include "LotQuery.h"
#include "Result.h"

#include <QDate>

namespace lotbook {

class Database;

struct ExpiryCounts
{
    qint64 expired = 0;      // expiration date before today
    qint64 expiringSoon = 0; // from today to today + window, both inclusive
    qint64 total() const { return expired + expiringSoon; }
    bool operator==(const ExpiryCounts &) const = default;
};

namespace ExpiryOverview {
// Active lots of every part that expire on or before today + windowDays
// (already expired ones included); lots without expiry never match.
LotFilter filter(const QDate &today, int windowDays);
Result<ExpiryCounts> counts(Database &db, const QDate &today, int windowDays);
// The statement counts() runs, and its bound values: for EXPLAIN QUERY PLAN in tests.
QString countStatement();
QVariantList countValues(const QDate &today, int windowDays);
} // namespace ExpiryOverview

} // namespace lotbook
