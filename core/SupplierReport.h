// Totals of the lots a filter selects, for the Suppliers page: how many lots
// and their received value (sum of quantity x cost per unit). Counted and
// summed in SQL on the lot table, in integer money units, never a double.
#pragma once

#include "LotQuery.h"
#include "Money.h"
#include "Result.h"

namespace lotbook {

class Database;

struct LotTotals
{
    qint64 lots = 0;
    MoneyUnits receivedValue = 0; // sum of quantity * unit_cost
    bool operator==(const LotTotals &) const = default;
};

namespace SupplierReport {
// Usually a filter on one supplier and a received-date range; any LotFilter works.
Result<LotTotals> totals(Database &db, const LotFilter &filter);
} // namespace SupplierReport

} // namespace lotbook
