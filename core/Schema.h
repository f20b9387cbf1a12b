// Schema migrations by numbered steps on PRAGMA user_version. Each step runs
// in its own transaction together with its version bump, so a failing step
// leaves the database exactly at the previous version.
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <vector>

namespace lotbook {

struct MigrationStep
{
    int version;            // user_version after this step
    QStringList statements; // one SQL statement each (QSQLITE runs one per exec)
    // Work SQL alone cannot do (hashing existing rows), run after the
    // statements inside the same transaction.
    std::function<Status(QSqlDatabase)> apply = {};
};

namespace Schema {
// The steps this build knows, in order.
const std::vector<MigrationStep> &steps();
// The schema version this build writes: the last step's version.
int currentVersion();
// Applies every step above the database's current version.
Status migrate(QSqlDatabase db, const std::vector<MigrationStep> &steps = Schema::steps());
int userVersion(QSqlDatabase db);
} // namespace Schema

} // namespace lotbook
