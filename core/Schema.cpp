#include "Schema.h"

#include "AuditLog.h"
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

    // 2: lots. The bin must belong to the lot's warehouse (composite foreign
    // key); the expiry, when there is one, is not before the received date.
    steps.push_back(
        {2,
         {
             QStringLiteral(
                 "CREATE TABLE lot ("
                 " id INTEGER PRIMARY KEY,"
                 " part_id INTEGER NOT NULL REFERENCES part(id),"
                 " lot_number TEXT NOT NULL CHECK (length(trim(lot_number)) > 0),"
                 " lot_key TEXT NOT NULL,"
                 " received_on TEXT NOT NULL,"
                 " expires_on TEXT,"
                 " quantity INTEGER NOT NULL CHECK (quantity > 0),"
                 " unit_cost INTEGER NOT NULL CHECK (unit_cost >= 0),"
                 " supplier_id INTEGER NOT NULL REFERENCES supplier(id),"
                 " warehouse_id INTEGER NOT NULL REFERENCES warehouse(id),"
                 " bin_id INTEGER,"
                 " notes TEXT NOT NULL DEFAULT '',"
                 " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),"
                 " archived_at TEXT, archived_by TEXT, archive_reason TEXT, " LOTBOOK_STAMPS ","
                 " version INTEGER NOT NULL DEFAULT 1,"
                 " UNIQUE (part_id, lot_key),"
                 " FOREIGN KEY (bin_id, warehouse_id) REFERENCES bin(id, warehouse_id),"
                 " CHECK (expires_on IS NULL OR expires_on >= received_on))"),
             // The Lots tab's default order (expiry first, no expiry last) and its other sorts.
             QStringLiteral("CREATE INDEX lot_part_expiry ON lot "
                            "(part_id, status, (expires_on IS NULL), expires_on, received_on)"),
             QStringLiteral("CREATE INDEX lot_part_received ON lot (part_id, status, received_on)"),
             QStringLiteral("CREATE INDEX lot_supplier ON lot (supplier_id, part_id, status)"),
             QStringLiteral("CREATE INDEX lot_warehouse ON lot (warehouse_id)"),
             QStringLiteral("CREATE INDEX lot_bin ON lot (bin_id)"),
             QStringLiteral("DROP VIEW part_list"),
             QStringLiteral(
                 "CREATE VIEW part_list AS SELECT p.id, p.part_number, p.name, p.unit, p.price, "
                 "p.track_lots, CASE WHEN p.track_lots = 1 THEN (SELECT COUNT(*) FROM lot l WHERE "
                 "l.part_id = p.id AND l.status = 'active') END AS active_lots, p.active, "
                 "p.part_key, p.name_key FROM part p"),
             QStringLiteral(
                 "CREATE VIEW lot_list AS SELECT l.id, l.part_id, l.lot_number, l.lot_key, "
                 "l.received_on, l.expires_on, l.quantity, l.unit_cost, l.supplier_id, "
                 "l.warehouse_id, l.bin_id, l.notes, l.status, l.archived_at, l.archived_by, "
                 "l.archive_reason, l.created_at, l.created_by, l.updated_at, l.updated_by, "
                 "l.version, p.part_number, p.name AS part_name, s.name AS supplier_name, "
                 "w.name AS warehouse_name, b.code AS bin_code, "
                 "CASE WHEN b.code IS NULL THEN w.name ELSE w.name || ' — ' || b.code END AS "
                 "location "
                 "FROM lot l JOIN part p ON p.id = l.part_id "
                 "JOIN supplier s ON s.id = l.supplier_id "
                 "JOIN warehouse w ON w.id = l.warehouse_id "
                 "LEFT JOIN bin b ON b.id = l.bin_id"),
         }});

    // 3: a tamper-evident audit chain (each event hashes its content and the
    // previous event's hash; existing events are hashed in order), trigram
    // search over lot numbers, and the names the Trace page filters on.
    steps.push_back(
        {3,
         {
             QStringLiteral("DROP TRIGGER audit_event_no_update"),
             QStringLiteral(
                 "ALTER TABLE audit_event ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE audit_event ADD COLUMN hash TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX audit_event_at ON audit_event (at)"),
             QStringLiteral("CREATE INDEX audit_event_key ON audit_event (entity, entity_key)"),
             // SQLite-specific: FTS5's trigram tokenizer indexes every 3-character
             // substring, so "contains" searches on 1,000,000 lot numbers use an index.
             QStringLiteral("CREATE VIRTUAL TABLE lot_search USING fts5(lot_key, content='lot', "
                            "content_rowid='id', tokenize='trigram')"),
             QStringLiteral("INSERT INTO lot_search (lot_search) VALUES ('rebuild')"),
             QStringLiteral(
                 "CREATE TRIGGER lot_search_insert AFTER INSERT ON lot BEGIN "
                 "INSERT INTO lot_search (rowid, lot_key) VALUES (new.id, new.lot_key); END"),
             QStringLiteral(
                 "CREATE TRIGGER lot_search_update AFTER UPDATE OF lot_key ON lot BEGIN "
                 "INSERT INTO lot_search (lot_search, rowid, lot_key) "
                 "VALUES ('delete', old.id, old.lot_key); "
                 "INSERT INTO lot_search (rowid, lot_key) VALUES (new.id, new.lot_key); END"),
             QStringLiteral("CREATE TRIGGER lot_search_delete AFTER DELETE ON lot BEGIN "
                            "INSERT INTO lot_search (lot_search, rowid, lot_key) "
                            "VALUES ('delete', old.id, old.lot_key); END"),
             // Trace and Expiring read across all parts.
             QStringLiteral("CREATE INDEX lot_expiry ON lot "
                            "(status, (expires_on IS NULL), expires_on, received_on)"),
             QStringLiteral("CREATE INDEX lot_received ON lot (received_on)"),
             QStringLiteral("DROP VIEW lot_list"),
             QStringLiteral(
                 "CREATE VIEW lot_list AS SELECT l.id, l.part_id, l.lot_number, l.lot_key, "
                 "l.received_on, l.expires_on, l.quantity, l.unit_cost, l.supplier_id, "
                 "l.warehouse_id, l.bin_id, l.notes, l.status, l.archived_at, l.archived_by, "
                 "l.archive_reason, l.created_at, l.created_by, l.updated_at, l.updated_by, "
                 "l.version, p.part_number, p.name AS part_name, s.name AS supplier_name, "
                 "w.name AS warehouse_name, b.code AS bin_code, "
                 "CASE WHEN b.code IS NULL THEN w.name ELSE w.name || ' — ' || b.code END AS "
                 "location, "
                 "l.quantity * l.unit_cost AS received_value "
                 "FROM lot l JOIN part p ON p.id = l.part_id "
                 "JOIN supplier s ON s.id = l.supplier_id "
                 "JOIN warehouse w ON w.id = l.warehouse_id "
                 "LEFT JOIN bin b ON b.id = l.bin_id"),
         },
         [](QSqlDatabase db) {
             if (Status s = AuditLog::rehashChain(db); !s)
                 return s;
             QSqlQuery q(db);
             if (!q.exec(QStringLiteral(
                     "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
                     "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END")))
                 return Status(FieldErrors{
                     sqlError(q, QT_TRANSLATE_NOOP("SqlError", "protecting the audit trail"))});
             return success();
         }});

    // 4: what the Suppliers page and the audit trail showed was missing: a
    // supplier's lots by received date (covering the totals it sums), and an
    // insert that reuses an existing sequence number (INSERT OR REPLACE skips
    // the delete trigger) refused like any other rewrite of history.
    steps.push_back(
        {4,
         {
             QStringLiteral("CREATE INDEX lot_supplier_received ON lot "
                            "(supplier_id, received_on, status, quantity, unit_cost)"),
             // Trace sorts every lot by expiry when its status filter is All.
             QStringLiteral("CREATE INDEX lot_expiry_any ON lot "
                            "((expires_on IS NULL), expires_on, received_on)"),
             QStringLiteral("CREATE TRIGGER audit_event_append_only BEFORE INSERT ON audit_event "
                            "WHEN NEW.seq <= (SELECT MAX(seq) FROM audit_event) "
                            "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"),
         }});

    // 5: what the query plans on a 1,000,000-lot file showed was missing: the
    // Audit log's list of users (built at every start) read every event to find
    // a handful of names; through this index it is one seek per name.
    steps.push_back(
        {5, {QStringLiteral("CREATE INDEX audit_event_user ON audit_event (user_name)")}});

    // 6: the unfiltered Trace page counted every lot (COUNT(*) walks a whole
    // index: 13 ms for 1,000,000 lots, growing with the file). Triggers keep
    // the count in a one-row table instead.
    steps.push_back(
        {6,
         {
             QStringLiteral("CREATE TABLE lot_tally (id INTEGER PRIMARY KEY CHECK (id = 1), "
                            "lots INTEGER NOT NULL CHECK (lots >= 0))"),
             QStringLiteral("INSERT INTO lot_tally (id, lots) SELECT 1, COUNT(*) FROM lot"),
             QStringLiteral("CREATE TRIGGER lot_tally_insert AFTER INSERT ON lot BEGIN "
                            "UPDATE lot_tally SET lots = lots + 1 WHERE id = 1; END"),
             QStringLiteral("CREATE TRIGGER lot_tally_delete AFTER DELETE ON lot BEGIN "
                            "UPDATE lot_tally SET lots = lots - 1 WHERE id = 1; END"),
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
                return Status(FieldErrors{
                    sqlError(q, QT_TRANSLATE_NOOP("SqlError", "upgrading the database schema"))});
        }
        if (step.apply)
            if (Status s = step.apply(db); !s)
                return s;
        // The version is a number from this build, not input: safe to format.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
            return Status(FieldErrors{
                sqlError(q, QT_TRANSLATE_NOOP("SqlError", "recording the schema version"))});
        if (Status s = tx.commit(); !s)
            return s;
    }
    return success();
}

} // namespace Schema

} // namespace lotbook
