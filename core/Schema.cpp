#include "Schema.h"

#include "SqlError.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace lotbook {

namespace {

// Columns every catalog table carries: who created and last changed the row, when (UTC).
#define LOTBOOK_STAMPS                                                                             \
    "created_at TEXT NOT NULL, created_by TEXT NOT NULL, "                                         \
    "updated_at TEXT NOT NULL, updated_by TEXT NOT NULL"

std::vector<MigrationStep> buildSteps()
{
    std::vector<MigrationStep> steps;

    // 1: catalogs (parts, suppliers, warehouses, bins) and the audit trail.
    steps.push_back(
        {1,
         {
             QStringLiteral("PRAGMA application_id = 1280267330"),
             QStringLiteral(
                 "CREATE TABLE part ("
                 " id INTEGER PRIMARY KEY,"
                 " part_number TEXT NOT NULL CHECK (length(trim(part_number)) > 0),"
                 " part_key TEXT NOT NULL UNIQUE,"
                 " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                 " name_key TEXT NOT NULL,"
                 " unit TEXT NOT NULL DEFAULT 'ea',"
                 " price INTEGER NOT NULL DEFAULT 0 CHECK (price >= 0),"
                 " description TEXT NOT NULL DEFAULT '',"
                 " track_lots INTEGER NOT NULL DEFAULT 0 CHECK (track_lots IN (0, 1)),"
                 " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), " LOTBOOK_STAMPS
                 ")"),
             QStringLiteral(
                 "CREATE TABLE supplier ("
                 " id INTEGER PRIMARY KEY,"
                 " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                 " name_key TEXT NOT NULL UNIQUE,"
                 " contact TEXT NOT NULL DEFAULT '',"
                 " phone TEXT NOT NULL DEFAULT '',"
                 " email TEXT NOT NULL DEFAULT '',"
                 " notes TEXT NOT NULL DEFAULT '',"
                 " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), " LOTBOOK_STAMPS
                 ")"),
             QStringLiteral(
                 "CREATE TABLE warehouse ("
                 " id INTEGER PRIMARY KEY,"
                 " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                 " name_key TEXT NOT NULL UNIQUE,"
                 " notes TEXT NOT NULL DEFAULT '',"
                 " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), " LOTBOOK_STAMPS
                 ")"),
             QStringLiteral(
                 "CREATE TABLE bin ("
                 " id INTEGER PRIMARY KEY,"
                 " warehouse_id INTEGER NOT NULL REFERENCES warehouse(id),"
                 " code TEXT NOT NULL CHECK (length(trim(code)) > 0),"
                 " code_key TEXT NOT NULL,"
                 " description TEXT NOT NULL DEFAULT '',"
                 " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), " LOTBOOK_STAMPS ","
                 " UNIQUE (warehouse_id, code_key),"
                 " UNIQUE (id, warehouse_id))"),
             QStringLiteral("CREATE TABLE audit_event ("
                            " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " at TEXT NOT NULL,"
                            " user_name TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " entity TEXT NOT NULL,"
                            " entity_id INTEGER NOT NULL,"
                            " entity_key TEXT NOT NULL,"
                            " changes TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX audit_event_entity ON audit_event (entity, entity_id)"),
             QStringLiteral("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
                            "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
                            "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"),
             // The Inventory list: parts with the number of active lots (none before lots exist).
             QStringLiteral(
                 "CREATE VIEW part_list AS SELECT id, part_number, name, unit, price, "
                 "track_lots, NULL AS active_lots, active, part_key, name_key FROM part"),
             QStringLiteral("CREATE VIEW bin_list AS SELECT b.id, b.warehouse_id, b.code, "
                            "b.description, b.active, b.code_key, w.name AS warehouse_name "
                            "FROM bin b JOIN warehouse w ON w.id = b.warehouse_id"),
         }});
    return steps;
}

} // namespace

namespace Schema {

const std::vector<MigrationStep> &steps()
{
    static const std::vector<MigrationStep> s = buildSteps();
    return s;
}

int currentVersion()
{
    return steps().back().version;
}

int userVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status migrate(QSqlDatabase db, const std::vector<MigrationStep> &migrationSteps)
{
    const int from = userVersion(db);
    if (from < 0)
        return Status::failure({}, QStringLiteral("Could not read the schema version."));
    for (const MigrationStep &step : migrationSteps) {
        if (step.version <= from)
            continue;
        Transaction tx(db);
        if (!tx.isActive())
            return tx.beginStatus();
        QSqlQuery q(db);
        for (const QString &sql : step.statements) {
            if (!q.exec(sql))
                return Status(FieldErrors{sqlError(q, "upgrading the database schema")});
        }
        // The version is a number from this build, not input: safe to format.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
            return Status(FieldErrors{sqlError(q, "recording the schema version")});
        if (Status s = tx.commit(); !s)
            return s;
    }
    return success();
}

} // namespace Schema

} // namespace lotbook
