// Cost per unit of a part's lots, to compare shipments and suppliers: lowest,
// highest and the quantity-weighted average per supplier and overall, and each
// lot as a point (received date, cost per unit) for a chart. The average is
// total received value / total quantity (what a unit cost on average), rounded
// half up to 1/10000; all of it is integer arithmetic.
#pragma once

#include "LotQuery.h"
#include "Money.h"
#include "Result.h"

#include <QDate>
#include <QList>

namespace lotbook {

class Database;

struct CostSummary
{
    qint64 supplierId = 0; // 0 in the overall summary
    QString supplierName;
    qint64 lots = 0; // 0: no lots, and the costs below mean nothing
    qint64 quantity = 0;
    MoneyUnits lowest = 0;
    MoneyUnits highest = 0;
    MoneyUnits receivedValue = 0; // sum of quantity * unit cost
    MoneyUnits average = 0;       // receivedValue / quantity, rounded half up
};

struct PartCosts
{
    CostSummary overall;
    QList<CostSummary> suppliers; // by supplier name
};

struct CostPoint
{
    qint64 lotId = 0;
    qint64 supplierId = 0;
    QString supplierName;
    QString lotNumber;
    QDate received;
    qint64 quantity = 0;
    MoneyUnits unitCost = 0;
};

namespace CostStats {
// value / quantity rounded half up (both >= 0); 0 when quantity is 0.
MoneyUnits weightedAverage(MoneyUnits value, qint64 quantity);
// Per supplier and overall, over the lots `filter` selects (usually one part
// and a status).
Result<PartCosts> summarize(Database &db, const LotFilter &filter);
// The selected lots (the `limit` most recently received when limit > 0), by
// supplier name, then received date.
Result<QList<CostPoint>> points(Database &db, const LotFilter &filter, int limit = 0);
} // namespace CostStats

} // namespace lotbook
