// A small, realistic catalog (sealant, capacitor, air filter, refrigerant;
// three suppliers; warehouses with bins) for first looks and screenshots.
#pragma once

#include "Result.h"

namespace lotbook {

class Database;

namespace SampleData {
// Fills an empty database. Everything in one transaction, audited as usual.
Status populate(Database &db);
} // namespace SampleData

} // namespace lotbook
