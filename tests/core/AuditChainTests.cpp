// The tamper-evident audit chain and the queries over it. The chain: an intact
// log verifies with its count and newest hash; an event edited, deleted or
// swapped behind the application's back (triggers dropped with raw SQL) is
// caught naming the first broken event; a cut-off tail is not, which is why
// an auditor notes the count and newest hash; a schema 2 file is sealed on
// upgrade. The queries: every filter of AuditQuery, alone and combined,
// against hand-built logs with a known answer; and the events in words.
#include "AuditLog.h"
#include "AuditQuery.h"
#include "Database.h"
#include "LotFixture.h"
#include "Money.h"
#include "Schema.h"
#include "TempDb.h"
#include "Text.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace lotbook;
using namespace lotbook::test;

namespace {

// Raw SQL with bound values on the database's own connection; requires success.
void sql(Database &db, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(statement));
    for (const QVariant &v : values)
        q.addBindValue(v);
    const bool ok = q.exec();
    INFO(statement.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
}

// What someone with the file and an SQLite shell can do: switch the guards off.
void dropTriggers(Database &db)
{
    sql(db, QStringLiteral("DROP TRIGGER audit_event_no_update"));
    sql(db, QStringLiteral("DROP TRIGGER audit_event_no_delete"));
}

void recreateUpdateTrigger(Database &db)
{
    sql(db, QStringLiteral("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
                           "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"));
}

AuditVerification verified(Database &db)
{
    Result<AuditVerification> v = AuditLog::verify(db);
    INFO(v.message().toStdString());
    REQUIRE(v.ok());
    INFO("problem: " << v.value().problem.toStdString());
    return v.value();
}

// A realistic history: catalogs, lots created, edited, archived and restored,
// a part renamed, a supplier deactivated. Returns the number of events.
qsizetype mixedHistory(LotWorld &w)
{
    Lot a = w.createNumbered(QStringLiteral("LOT-A"));
    Lot b = w.createNumbered(QStringLiteral("LOT-B"));
    Lot c = w.create([&] {
        Lot l = w.draft(QStringLiteral("LOT-C"));
        l.partId = w.otherPart.id;
        l.supplierId = w.bolt.id;
        l.warehouseId = w.cold.id;
        l.binId = w.coldB1.id;
        return l;
    }());
    w.db.setUserName(QStringLiteral("alice"));
    a.quantity = 12;
    a.expires = a.expires.addDays(30);
    a = w.lots.update(a).value();
    REQUIRE(a.quantity == 12);
    b = w.lots.archive(b.id, b.version, QStringLiteral("Damaged in transit")).value();
    REQUIRE(b.status == LotStatus::Archived);
    w.db.setUserName(QStringLiteral("bob"));
    b = w.lots.restore(b.id, b.version).value();
    REQUIRE(b.status == LotStatus::Active);
    Part p = w.part;
    p.name = QStringLiteral("Run capacitor 10 uF");
    p.price = 39000;
    REQUIRE(w.parts.update(p).ok());
    REQUIRE(w.suppliers.setActive(w.bolt.id, false).ok());
    c.notes = QStringLiteral("Checked");
    REQUIRE(w.lots.update(c).ok());
    return allEvents(w.db).size();
}

struct EventRow
{
    QVariantList values; // at, user_name, action, entity, entity_id, entity_key, changes,
                         // prev_hash, hash
};

const QString kContentColumns = QStringLiteral(
    "at, user_name, action, entity, entity_id, entity_key, changes, prev_hash, hash");

EventRow readRow(Database &db, qint64 seq)
{
    QSqlQuery q(db.connection());
    REQUIRE(
        q.prepare(QStringLiteral("SELECT %1 FROM audit_event WHERE seq = ?").arg(kContentColumns)));
    q.addBindValue(seq);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    EventRow row;
    for (int i = 0; i < 9; ++i)
        row.values << q.value(i);
    return row;
}

// Writes `row` over event `seq`; with `withHashes` false the event keeps its
// own prev_hash and hash (only the content moves).
void writeRow(Database &db, qint64 seq, const EventRow &row, bool withHashes)
{
    QStringList columns = kContentColumns.split(QStringLiteral(", "));
    QVariantList values = row.values;
    if (!withHashes) {
        columns = columns.mid(0, 7);
        values = values.mid(0, 7);
    }
    QStringList sets;
    for (const QString &c : columns)
        sets << c + QStringLiteral(" = ?");
    sql(db,
        QStringLiteral("UPDATE audit_event SET %1 WHERE seq = ?")
            .arg(sets.join(QLatin1String(", "))),
        values << seq);
}

void swapEvents(Database &db, qint64 first, qint64 second, bool withHashes)
{
    const EventRow a = readRow(db, first);
    const EventRow b = readRow(db, second);
    writeRow(db, first, b, withHashes);
    writeRow(db, second, a, withHashes);
}

// Appends a hand-made event with a chosen time, chained like AuditLog::record
// does, so a log can hold events of several days.
void appendEvent(Database &db, const QString &at, const QString &user, const QString &action,
                 const QString &entity, qint64 entityId, const QString &entityKey,
                 const QList<FieldChange> &changes = {})
{
    AuditEvent e;
    QString prev;
    {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC "
                                      "LIMIT 1")));
        e.seq = q.next() ? q.value(0).toLongLong() + 1 : 1;
        prev = e.seq > 1 ? q.value(1).toString() : QStringLiteral(""); // not NULL
    }
    e.at = at;
    e.user = user;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.entityKey = entityKey;
    e.changesJson = AuditLog::changesToJson(changes);
    sql(db,
        QStringLiteral("INSERT INTO audit_event (seq, at, user_name, action, entity, entity_id, "
                       "entity_key, changes, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?)"),
        {e.seq, e.at, e.user, e.action, e.entity, e.entityId, e.entityKey, e.changesJson, prev,
         AuditLog::eventHash(e, prev)});
}

using Seqs = std::vector<qint64>;

QList<AuditEvent> binEvents(Database &db, qint64 binId)
{
    Result<QList<AuditEvent>> r = AuditLog::events(db, QStringLiteral("bin"), binId);
    REQUIRE(r.ok());
    return r.value();
}

Seqs seqsOf(Database &db, const AuditFilter &filter)
{
    Result<QList<AuditEvent>> r = AuditQuery::list(db, filter);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    Seqs seqs;
    for (const AuditEvent &e : r.value())
        seqs.push_back(e.seq);
    // The count agrees with the list (when no limit cuts it).
    if (filter.limit == 0) {
        Result<qint64> n = AuditQuery::count(db, filter);
        REQUIRE(n.ok());
        CHECK(n.value() == qint64(seqs.size()));
    }
    return seqs;
}

qint64 countOf(Database &db, const AuditFilter &filter)
{
    Result<qint64> n = AuditQuery::count(db, filter);
    INFO(n.message().toStdString());
    REQUIRE(n.ok());
    return n.value();
}

// Plain-connection access to a file, outside Database (for an old schema).
class RawFile
{
public:
    explicit RawFile(const QString &path) : m_name(QStringLiteral("audit-chain-raw"))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawFile()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawFile(const RawFile &) = delete;
    RawFile &operator=(const RawFile &) = delete;
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace

// --- The chain ------------------------------------------------------------

TEST_CASE("An intact audit chain verifies with its event count and newest hash",
          "[core][audit][chain]")
{
    TempDb tmp;
    SECTION("an empty log is intact with no newest hash")
    {
        const AuditVerification v = verified(tmp.db());
        CHECK(v.intact);
        CHECK(v.count == 0);
        CHECK(v.newestHash.isEmpty());
        CHECK(v.brokenSeq == 0);
    }
    SECTION("after many mixed changes")
    {
        LotWorld w(tmp.db());
        const qsizetype n = mixedHistory(w);
        REQUIRE(n == 19);
        const QList<AuditEvent> events = allEvents(tmp.db());
        const AuditVerification v = verified(tmp.db());
        CHECK(v.intact);
        CHECK(v.problem.isEmpty());
        CHECK(v.brokenSeq == 0);
        CHECK(v.count == n);
        CHECK(v.newestHash == events.last().hash);

        // Each event: numbered from 1 without gaps, linked to the one before,
        // sealed with a SHA-256 in lower-case hex over its content.
        const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        QString previous;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const AuditEvent &e = events.at(i);
            INFO("event " << e.seq);
            CHECK(e.seq == i + 1);
            CHECK(e.prevHash == previous);
            CHECK(hex.match(e.hash).hasMatch());
            CHECK(e.hash == AuditLog::eventHash(e, e.prevHash));
            previous = e.hash;
        }

        // One more change moves the count and the newest hash on.
        REQUIRE(w.parts.setActive(w.untracked.id, false).ok());
        const AuditVerification after = verified(tmp.db());
        CHECK(after.intact);
        CHECK(after.count == n + 1);
        CHECK(after.newestHash != v.newestHash);
        CHECK(allEvents(tmp.db()).last().prevHash == v.newestHash);
    }
}

TEST_CASE("The hash covers every part of an event and the link to the one before",
          "[core][audit][chain]")
{
    AuditEvent e;
    e.seq = 7;
    e.at = QStringLiteral("2026-03-01T09:30:00.000Z");
    e.user = QStringLiteral("alice");
    e.action = QStringLiteral("update");
    e.entity = QStringLiteral("lot");
    e.entityId = 3;
    e.entityKey = QStringLiteral("CAP-100/ACME-0101");
    e.changesJson = QStringLiteral("[{\"field\":\"quantity\",\"new\":12,\"old\":10}]");
    const QString prev(64, QLatin1Char('a'));
    const QString base = AuditLog::eventHash(e, prev);
    CHECK(base == AuditLog::eventHash(e, prev)); // deterministic
    CHECK(base.size() == 64);

    auto differs = [&](auto change) {
        AuditEvent copy = e;
        change(copy);
        return AuditLog::eventHash(copy, prev) != base;
    };
    CHECK(differs([](AuditEvent &x) { x.seq = 8; }));
    CHECK(differs([](AuditEvent &x) { x.at = QStringLiteral("2026-03-01T09:30:00.001Z"); }));
    CHECK(differs([](AuditEvent &x) { x.user = QStringLiteral("mallory"); }));
    CHECK(differs([](AuditEvent &x) { x.action = QStringLiteral("create"); }));
    CHECK(differs([](AuditEvent &x) { x.entity = QStringLiteral("part"); }));
    CHECK(differs([](AuditEvent &x) { x.entityId = 4; }));
    CHECK(differs([](AuditEvent &x) { x.entityKey = QStringLiteral("CAP-100/ACME-0102"); }));
    CHECK(differs(
        [](AuditEvent &x) { x.changesJson.replace(QLatin1String("12"), QLatin1String("13")); }));
    CHECK(AuditLog::eventHash(e, QString(64, QLatin1Char('b'))) != base);
    CHECK(AuditLog::eventHash(e, QString()) != base);
}

TEST_CASE("An audit event edited behind the application's back is caught naming its seq",
          "[core][audit][chain]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const qsizetype n = mixedHistory(w);
    const AuditVerification noted = verified(tmp.db());
    REQUIRE(noted.intact);
    const qint64 target = 14;
    REQUIRE(target < n);
    dropTriggers(tmp.db());

    SECTION("the user name, with the update trigger put back afterwards")
    {
        sql(tmp.db(), QStringLiteral("UPDATE audit_event SET user_name = 'mallory' WHERE seq = ?"),
            {target});
        recreateUpdateTrigger(tmp.db());
        const AuditVerification v = verified(tmp.db());
        CHECK_FALSE(v.intact);
        CHECK(v.brokenSeq == target);
        CHECK(v.problem.contains(QStringLiteral("event 14 was altered")));
        // Still read to the end: the count and newest hash describe the whole file.
        CHECK(v.count == n);
        CHECK(v.newestHash == noted.newestHash);
    }
    SECTION("the changes")
    {
        const AuditEvent before = allEvents(tmp.db()).at(target - 1);
        REQUIRE_FALSE(before.changes.isEmpty());
        QList<FieldChange> forged = before.changes;
        forged.first().newValue = QStringLiteral("forged");
        sql(tmp.db(), QStringLiteral("UPDATE audit_event SET changes = ? WHERE seq = ?"),
            {AuditLog::changesToJson(forged), target});
        const AuditVerification v = verified(tmp.db());
        CHECK_FALSE(v.intact);
        CHECK(v.brokenSeq == target);
    }
    SECTION("the time, the action, the entity id or the key")
    {
        const char *edits[] = {
            "UPDATE audit_event SET at = '2020-01-01T00:00:00.000Z' WHERE seq = ?",
            "UPDATE audit_event SET action = 'restore' WHERE seq = ?",
            "UPDATE audit_event SET entity_id = entity_id + 1 WHERE seq = ?",
            "UPDATE audit_event SET entity_key = 'PN-9/LOT-Z' WHERE seq = ?",
        };
        for (const char *edit : edits) {
            INFO(edit);
            TempDb copy;
            LotWorld cw(copy.db());
            mixedHistory(cw);
            dropTriggers(copy.db());
            sql(copy.db(), QString::fromLatin1(edit), {target});
            const AuditVerification v = verified(copy.db());
            CHECK_FALSE(v.intact);
            CHECK(v.brokenSeq == target);
        }
    }
    SECTION("an edit whose own hash is recomputed breaks the link of the next event")
    {
        sql(tmp.db(), QStringLiteral("UPDATE audit_event SET user_name = 'mallory' WHERE seq = ?"),
            {target});
        AuditEvent e = allEvents(tmp.db()).at(target - 1);
        sql(tmp.db(), QStringLiteral("UPDATE audit_event SET hash = ? WHERE seq = ?"),
            {AuditLog::eventHash(e, e.prevHash), target});
        const AuditVerification v = verified(tmp.db());
        CHECK_FALSE(v.intact);
        CHECK(v.brokenSeq == target + 1);
        CHECK(v.problem.contains(QStringLiteral("not linked")));
    }
    SECTION("re-sealing everything after the edit passes verify alone, but not the noted hash")
    {
        sql(tmp.db(), QStringLiteral("UPDATE audit_event SET user_name = 'mallory' WHERE seq = ?"),
            {target});
        QString previous = allEvents(tmp.db()).at(target - 2).hash;
        for (const AuditEvent &e : allEvents(tmp.db()).mid(target - 1)) {
            const QString hash = AuditLog::eventHash(e, previous);
            sql(tmp.db(),
                QStringLiteral("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE seq = ?"),
                {previous, hash, e.seq});
            previous = hash;
        }
        const AuditVerification v = verified(tmp.db());
        CHECK(v.intact);
        CHECK(v.count == noted.count);
        CHECK(v.newestHash != noted.newestHash);
    }
}

TEST_CASE("An audit event deleted from the middle of the chain is caught", "[core][audit][chain]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const qsizetype n = mixedHistory(w);
    dropTriggers(tmp.db());

    SECTION("one event")
    {
        sql(tmp.db(), QStringLiteral("DELETE FROM audit_event WHERE seq = 9"));
        const AuditVerification v = verified(tmp.db());
        CHECK_FALSE(v.intact);
        CHECK(v.brokenSeq == 10);
        CHECK(v.problem.contains(QStringLiteral("event 9 is missing")));
        CHECK(v.problem.contains(QStringLiteral("from 8 to 10")));
        CHECK(v.count == n - 1);
    }
    SECTION("several events")
    {
        sql(tmp.db(), QStringLiteral("DELETE FROM audit_event WHERE seq BETWEEN 9 AND 11"));
        const AuditVerification v = verified(tmp.db());
        CHECK_FALSE(v.intact);
        CHECK(v.brokenSeq == 12);
        CHECK(v.problem.contains(QStringLiteral("events 9 to 11 are missing")));
    }
    SECTION("the first event")
    {
        sql(tmp.db(), QStringLiteral("DELETE FROM audit_event WHERE seq = 1"));
        const AuditVerification v = verified(tmp.db());
        CHECK_FALSE(v.intact);
        CHECK(v.brokenSeq == 2);
        CHECK(v.problem.contains(QStringLiteral("event 1 is missing")));
    }
    SECTION("one event, with the later ones renumbered to close the gap")
    {
        sql(tmp.db(), QStringLiteral("DELETE FROM audit_event WHERE seq = 9"));
        for (qint64 seq = 10; seq <= n; ++seq)
            sql(tmp.db(), QStringLiteral("UPDATE audit_event SET seq = ? WHERE seq = ?"),
                {seq - 1, seq});
        const AuditVerification v = verified(tmp.db());
        CHECK_FALSE(v.intact);
        CHECK(v.brokenSeq == 9);
        CHECK(v.problem.contains(QStringLiteral("not linked")));
        CHECK(v.count == n - 1);
    }
}

TEST_CASE("Two audit events swapped are caught", "[core][audit][chain]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    mixedHistory(w);
    dropTriggers(tmp.db());

    SECTION("their contents exchanged, each keeping its hashes")
    {
        swapEvents(tmp.db(), 12, 16, false);
        const AuditVerification v = verified(tmp.db());
        CHECK_FALSE(v.intact);
        CHECK(v.brokenSeq == 12);
        CHECK(v.problem.contains(QStringLiteral("altered")));
    }
    SECTION("whole rows exchanged with their hashes")
    {
        swapEvents(tmp.db(), 12, 16, true);
        const AuditVerification v = verified(tmp.db());
        CHECK_FALSE(v.intact);
        CHECK(v.brokenSeq == 12);
        CHECK(v.problem.contains(QStringLiteral("not linked")));
    }
    SECTION("neighbours exchanged")
    {
        swapEvents(tmp.db(), 15, 16, true);
        const AuditVerification v = verified(tmp.db());
        CHECK_FALSE(v.intact);
        CHECK(v.brokenSeq == 15);
    }
}

TEST_CASE("A cut-off tail passes verify alone but changes the noted count and newest hash",
          "[core][audit][chain]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const qsizetype n = mixedHistory(w);
    const AuditVerification noted = verified(tmp.db());
    REQUIRE(noted.intact);
    REQUIRE(noted.count == n);

    dropTriggers(tmp.db());
    sql(tmp.db(), QStringLiteral("DELETE FROM audit_event WHERE seq > ?"), {n - 3});
    const AuditVerification cut = verified(tmp.db());
    // The chain that is left is whole: verify on its own cannot tell.
    CHECK(cut.intact);
    CHECK(cut.brokenSeq == 0);
    // What the auditor noted can.
    CHECK(cut.count == n - 3);
    CHECK(cut.count != noted.count);
    CHECK(cut.newestHash != noted.newestHash);
    CHECK(cut.newestHash == allEvents(tmp.db()).last().hash);

    // New events written after the cut chain on seamlessly, so even the count
    // can grow back: the noted newest hash then no longer appears in the log.
    for (int i = 0; i < 3; ++i)
        REQUIRE(w.parts.setActive(w.untracked.id, i % 2 == 0 ? false : true).ok());
    const AuditVerification regrown = verified(tmp.db());
    CHECK(regrown.intact);
    CHECK(regrown.count == noted.count);
    CHECK(regrown.newestHash != noted.newestHash);
    bool notedHashFound = false;
    for (const AuditEvent &e : allEvents(tmp.db()))
        notedHashFound = notedHashFound || e.hash == noted.newestHash;
    CHECK_FALSE(notedHashFound);
}

TEST_CASE("The audit triggers refuse UPDATE and DELETE and leave the chain intact",
          "[core][audit][chain]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const qsizetype n = mixedHistory(w);
    const AuditVerification before = verified(tmp.db());

    const char *refused[] = {
        "UPDATE audit_event SET user_name = 'mallory' WHERE seq = 3",
        "UPDATE audit_event SET hash = '' WHERE seq = 3",
        "UPDATE audit_event SET prev_hash = '' WHERE seq = 3",
        "UPDATE audit_event SET seq = seq + 1000 WHERE seq = 3",
        "UPDATE audit_event SET changes = '[]'",
        "DELETE FROM audit_event WHERE seq = 3",
        "DELETE FROM audit_event WHERE seq = (SELECT MAX(seq) FROM audit_event)",
        "DELETE FROM audit_event",
    };
    for (const char *statement : refused) {
        INFO(statement);
        QSqlQuery q(tmp.db().connection());
        CHECK_FALSE(q.exec(QString::fromLatin1(statement)));
        CHECK(q.lastError().text().contains(QStringLiteral("append-only")));
    }
    const AuditVerification after = verified(tmp.db());
    CHECK(after.intact);
    CHECK(after.count == n);
    CHECK(after.newestHash == before.newestHash);
}

TEST_CASE("An audit event cannot be replaced through INSERT OR REPLACE", "[core][audit][chain]")
{
    // REPLACE deletes the old row without firing DELETE triggers (SQLite runs
    // them for REPLACE only with recursive_triggers on); schema step 4 refuses
    // any insert at or below the newest sequence number instead.
    TempDb tmp;
    LotWorld w(tmp.db());
    mixedHistory(w);
    const EventRow row = readRow(tmp.db(), 5);
    QVariantList values{5};
    values << row.values;
    values[2] = QStringLiteral("mallory");
    QSqlQuery q(tmp.db().connection());
    REQUIRE(q.prepare(QStringLiteral("INSERT OR REPLACE INTO audit_event (seq, %1) VALUES (?, ?, "
                                     "?, ?, ?, ?, ?, ?, ?, ?)")
                          .arg(kContentColumns)));
    for (const QVariant &v : values)
        q.addBindValue(v);
    const AuditVerification before = verified(tmp.db());
    REQUIRE_FALSE(q.exec());
    CHECK(q.lastError().text().contains(QStringLiteral("append-only")));
    const AuditVerification after = verified(tmp.db());
    CHECK(after.intact);
    CHECK(after.count == before.count);
    CHECK(after.newestHash == before.newestHash);
    CHECK(readRow(tmp.db(), 5).values == row.values);
}

TEST_CASE("A schema 2 database with unhashed events is sealed on upgrade and verifies",
          "[core][audit][chain][migration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    const std::vector<MigrationStep> &steps = Schema::steps();
    REQUIRE(steps.size() >= 3);
    {
        RawFile raw(path);
        REQUIRE(Schema::migrate(raw.db(), {steps.at(0), steps.at(1)}).ok());
        REQUIRE(Schema::userVersion(raw.db()) == 2);
        QSqlQuery q(raw.db());
        REQUIRE(q.prepare(QStringLiteral(
            "INSERT INTO audit_event (at, user_name, action, entity, entity_id, entity_key, "
            "changes) VALUES (?, ?, ?, ?, ?, ?, ?)")));
        const QList<QVariantList> rows{
            {QStringLiteral("2024-01-10T08:00:00.000Z"), QStringLiteral("alice"),
             QStringLiteral("create"), QStringLiteral("part"), 1, QStringLiteral("CAP-100"),
             QStringLiteral("[{\"field\":\"part_number\",\"new\":\"CAP-100\",\"old\":null}]")},
            {QStringLiteral("2024-01-11T09:00:00.000Z"), QStringLiteral("bob"),
             QStringLiteral("create"), QStringLiteral("lot"), 1,
             QStringLiteral("CAP-100/ACME-0101"),
             QStringLiteral("[{\"field\":\"quantity\",\"new\":10,\"old\":null}]")},
            {QStringLiteral("2024-01-12T10:00:00.000Z"), QStringLiteral("alice"),
             QStringLiteral("update"), QStringLiteral("lot"), 1,
             QStringLiteral("CAP-100/ACME-0101"),
             QStringLiteral("[{\"field\":\"quantity\",\"new\":12,\"old\":10}]")},
        };
        for (const QVariantList &row : rows) {
            for (const QVariant &v : row)
                q.addBindValue(v);
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec());
        }
        // Schema 2 has no hash columns yet.
        QSqlQuery cols(raw.db());
        REQUIRE(cols.exec(QStringLiteral("SELECT name FROM pragma_table_info('audit_event')")));
        QStringList names;
        while (cols.next())
            names << cols.value(0).toString();
        CHECK_FALSE(names.contains(QStringLiteral("hash")));
    }

    OpenResult opened = Database::open(path, OpenMode::OpenExisting);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    Database &db = *opened.database;
    db.setUserName(QStringLiteral("carol"));
    CHECK(db.schemaVersion() == Schema::currentVersion());

    const QList<AuditEvent> events = allEvents(db);
    REQUIRE(events.size() == 3);
    QString previous;
    for (const AuditEvent &e : events) {
        INFO("event " << e.seq);
        CHECK(e.prevHash == previous);
        CHECK(e.hash == AuditLog::eventHash(e, previous));
        previous = e.hash;
    }
    // The content was kept as it was.
    CHECK(events.at(0).user == QLatin1String("alice"));
    CHECK(events.at(2).at == QLatin1String("2024-01-12T10:00:00.000Z"));
    CHECK(events.at(2).changes.first().newValue.toLongLong() == 12);

    AuditVerification v = verified(db);
    CHECK(v.intact);
    CHECK(v.count == 3);
    CHECK(v.newestHash == events.last().hash);

    // Sealed again: the triggers are back, and new events chain on.
    {
        QSqlQuery q(db.connection());
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_event SET user_name = 'x'")));
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_event")));
    }
    Part p;
    p.number = QStringLiteral("RES-1");
    p.name = QStringLiteral("Resistor");
    REQUIRE(PartStore(db).create(p).ok());
    v = verified(db);
    CHECK(v.intact);
    CHECK(v.count == 4);
    CHECK(allEvents(db).last().prevHash == events.last().hash);
}

// --- The queries ----------------------------------------------------------

TEST_CASE("Audit events filter by UTC date range with both ends inclusive", "[core][audit][query]")
{
    TempDb tmp;
    Database &db = tmp.db();
    const QString a = QStringLiteral("alice");
    appendEvent(db, QStringLiteral("2024-01-09T23:59:59.999Z"), a, "update", "part", 1, "P");
    appendEvent(db, QStringLiteral("2024-01-10T00:00:00.000Z"), a, "update", "part", 1, "P");
    appendEvent(db, QStringLiteral("2024-01-10T12:00:00.000Z"), a, "update", "part", 1, "P");
    appendEvent(db, QStringLiteral("2024-01-11T23:59:59.999Z"), a, "update", "part", 1, "P");
    appendEvent(db, QStringLiteral("2024-01-12T00:00:00.000Z"), a, "update", "part", 1, "P");
    REQUIRE(verified(db).intact);

    AuditFilter f;
    CHECK(seqsOf(db, f) == Seqs{5, 4, 3, 2, 1});
    f.from = QDate(2024, 1, 10);
    f.to = QDate(2024, 1, 11);
    CHECK(seqsOf(db, f) == Seqs{4, 3, 2});
    f.to = QDate(2024, 1, 10);
    CHECK(seqsOf(db, f) == Seqs{3, 2});
    f.to = QDate();
    CHECK(seqsOf(db, f) == Seqs{5, 4, 3, 2});
    f.from = QDate();
    f.to = QDate(2024, 1, 9);
    CHECK(seqsOf(db, f) == Seqs{1});
    f.from = QDate(2024, 1, 13);
    f.to = QDate();
    CHECK(seqsOf(db, f).empty());

    SECTION("a range that ends before it starts is refused")
    {
        f.from = QDate(2024, 1, 11);
        f.to = QDate(2024, 1, 10);
        Result<QList<AuditEvent>> r = AuditQuery::list(db, f);
        CHECK_FALSE(r.ok());
        CHECK(r.errorFor(QStringLiteral("to")).contains(QStringLiteral("2024-01-10")));
        CHECK_FALSE(AuditQuery::count(db, f).ok());
    }
}

TEST_CASE("Audit events filter by user and action and entity", "[core][audit][query]")
{
    TempDb tmp;
    Database &db = tmp.db();
    const QString day = QStringLiteral("2024-02-01T10:00:00.000Z");
    appendEvent(db, day, QStringLiteral("alice"), "create", "part", 1, "P-1");          // 1
    appendEvent(db, day, QStringLiteral("Alice"), "update", "part", 1, "P-1");          // 2
    appendEvent(db, day, QStringLiteral("bob"), "create", "lot", 1, "P-1/L-1");         // 3
    appendEvent(db, day, QStringLiteral("bob"), "archive", "lot", 1, "P-1/L-1");        // 4
    appendEvent(db, day, QStringLiteral("alice"), "restore", "lot", 1, "P-1/L-1");      // 5
    appendEvent(db, day, QStringLiteral("bobby"), "deactivate", "supplier", 1, "Acme"); // 6
    appendEvent(db, day, QStringLiteral("O'Brien"), "update", "supplier", 1, "Acme");   // 7

    AuditFilter f;
    f.user = QStringLiteral("alice");
    CHECK(seqsOf(db, f) == Seqs{5, 2, 1}); // ignoring case
    f.user = QStringLiteral(" bob ");
    CHECK(seqsOf(db, f) == Seqs{4, 3}); // exact: not "bobby"
    f.user = QStringLiteral("O'Brien");
    CHECK(seqsOf(db, f) == Seqs{7}); // bound, so a quote is just a character
    f.user = QStringLiteral("%");
    CHECK(seqsOf(db, f).empty());

    f = {};
    f.action = QStringLiteral("create");
    CHECK(seqsOf(db, f) == Seqs{3, 1});
    f.action = QStringLiteral("Update");
    CHECK(seqsOf(db, f) == Seqs{7, 2});
    f.action = QStringLiteral("import");
    CHECK(seqsOf(db, f).empty());

    f = {};
    f.entity = QStringLiteral("lot");
    CHECK(seqsOf(db, f) == Seqs{5, 4, 3});
    f.entity = QStringLiteral("supplier");
    CHECK(seqsOf(db, f) == Seqs{7, 6});

    SECTION("combined: user and action and entity")
    {
        f = {};
        f.user = QStringLiteral("bob");
        f.action = QStringLiteral("archive");
        CHECK(seqsOf(db, f) == Seqs{4});
        f.entity = QStringLiteral("part");
        CHECK(seqsOf(db, f).empty());
    }
    SECTION("oldest first and a limit")
    {
        f = {};
        f.newestFirst = false;
        CHECK(seqsOf(db, f) == Seqs{1, 2, 3, 4, 5, 6, 7});
        f.limit = 3;
        CHECK(seqsOf(db, f) == Seqs{1, 2, 3});
        f.newestFirst = true;
        CHECK(seqsOf(db, f) == Seqs{7, 6, 5});
        // The count is the true count, not the limited one.
        CHECK(countOf(db, f) == 7);
    }
    SECTION("an unknown action or entity is refused with the known ones")
    {
        f = {};
        f.action = QStringLiteral("erase");
        Result<QList<AuditEvent>> r = AuditQuery::list(db, f);
        CHECK_FALSE(r.ok());
        CHECK(r.errorFor(QStringLiteral("action")).contains(QStringLiteral("archive")));
        f = {};
        f.entity = QStringLiteral("customer");
        CHECK_FALSE(AuditQuery::count(db, f).ok());
    }
}

TEST_CASE("Audit events filter by part and lot number and find renamed ones too",
          "[core][audit][query]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    Database &db = tmp.db();
    // Seq 1-3: parts PN-1, PN-2, PN-X; 4-5 suppliers; 6-7 warehouses; 8-10 bins.
    const Lot l1 = w.createNumbered(QStringLiteral("LOT-1")); // 11
    Lot l2 = w.createNumbered(QStringLiteral("LOT-2"));       // 12
    Lot other = w.draft(QStringLiteral("lot-1"));
    other.partId = w.otherPart.id;
    other = w.create(other);                        // 13: PN-2/lot-1
    l2 = w.lots.archive(l2.id, l2.version).value(); // 14
    Lot l1Edit = l1;
    l1Edit.lotNumber = QStringLiteral("LOT-1A");
    REQUIRE(w.lots.update(l1Edit).ok()); // 15: PN-1/LOT-1A
    Part renamed = w.otherPart;
    renamed.number = QStringLiteral("PN-2B");
    REQUIRE(w.parts.update(renamed).ok()); // 16: part PN-2B
    Lot again = w.lots.get(other.id).value();
    again.quantity = 99;
    REQUIRE(w.lots.update(again).ok()); // 17: PN-2B/lot-1
    // A part whose number starts like another's: not one of PN-1's.
    Part pn10;
    pn10.number = QStringLiteral("PN-10");
    pn10.name = QStringLiteral("Ten");
    pn10.trackLots = true;
    pn10 = w.parts.create(pn10).value(); // 18
    Lot ten = w.draft(QStringLiteral("LOT-1"));
    ten.partId = pn10.id;
    w.create(ten); // 19: PN-10/LOT-1
    REQUIRE(allEvents(db).size() == 19);

    AuditFilter f;
    SECTION("a part: its own events and its lots'")
    {
        f.partNumber = QStringLiteral("PN-1");
        CHECK(seqsOf(db, f) == Seqs{15, 14, 12, 11, 1});
        f.partNumber = QStringLiteral(" pn-1 "); // ignoring case and spaces
        CHECK(seqsOf(db, f) == Seqs{15, 14, 12, 11, 1});
        f.partNumber = QStringLiteral("PN-10");
        CHECK(seqsOf(db, f) == Seqs{19, 18});
        f.partNumber = QStringLiteral("PN");
        CHECK(seqsOf(db, f).empty());
        f.partNumber = QStringLiteral("PN-%");
        CHECK(seqsOf(db, f).empty());
    }
    SECTION("a renamed part: by its new number everything, by its old number what was "
            "recorded under it")
    {
        f.partNumber = QStringLiteral("PN-2B");
        CHECK(seqsOf(db, f) == Seqs{17, 16, 13, 2});
        f.partNumber = QStringLiteral("PN-2");
        CHECK(seqsOf(db, f) == Seqs{13, 2});
        f.partNumber = QStringLiteral("pn-2"); // recorded in capitals
        CHECK(seqsOf(db, f) == Seqs{13, 2});
    }
    SECTION("a lot number: lots of every part with that number")
    {
        f.lotNumber = QStringLiteral("lot-1");
        // PN-2B's lot-1 and PN-10's LOT-1 now; PN-1's LOT-1 before its rename.
        CHECK(seqsOf(db, f) == Seqs{19, 17, 13, 11});
        f.lotNumber = QStringLiteral("LOT-1A");
        CHECK(seqsOf(db, f) == Seqs{15, 11});
        f.lotNumber = QStringLiteral("LOT");
        CHECK(seqsOf(db, f).empty());
        f.lotNumber = QStringLiteral("L2"); // shorter than a trigram
        CHECK(seqsOf(db, f).empty());
    }
    SECTION("a part and a lot number: that lot only")
    {
        f.partNumber = QStringLiteral("PN-1");
        f.lotNumber = QStringLiteral("LOT-1");
        CHECK(seqsOf(db, f) == Seqs{11});
        f.lotNumber = QStringLiteral("LOT-1A");
        CHECK(seqsOf(db, f) == Seqs{15, 11});
        f.partNumber = QStringLiteral("PN-2B");
        f.lotNumber = QStringLiteral("LOT-1");
        CHECK(seqsOf(db, f) == Seqs{17, 13});
        f.partNumber = QStringLiteral("PN-X");
        CHECK(seqsOf(db, f).empty());
    }
    SECTION("combined with action, user and dates")
    {
        f.partNumber = QStringLiteral("PN-1");
        f.action = QStringLiteral("archive");
        CHECK(seqsOf(db, f) == Seqs{14});
        f.action.clear();
        f.user = QStringLiteral("tester");
        f.from = QDate::currentDate().addDays(-1);
        f.to = QDate::currentDate().addDays(1);
        CHECK(seqsOf(db, f) == Seqs{15, 14, 12, 11, 1});
        f.from = QDate(2001, 1, 1);
        f.to = QDate(2001, 1, 2);
        CHECK(seqsOf(db, f).empty());
        f = {};
        f.lotNumber = QStringLiteral("LOT-1");
        f.entity = QStringLiteral("part");
        CHECK(seqsOf(db, f).empty());
    }
    SECTION("PART/LOT split at the slash whose part exists")
    {
        CHECK(AuditQuery::splitLotKey(db, QStringLiteral("PN-1/LOT-1")) ==
              std::pair{QStringLiteral("PN-1"), QStringLiteral("LOT-1")});
        CHECK(AuditQuery::splitLotKey(db, QStringLiteral("LOT-1")) ==
              std::pair{QString(), QStringLiteral("LOT-1")});
        Part slashed;
        slashed.number = QStringLiteral("A/B");
        slashed.name = QStringLiteral("Slashed");
        REQUIRE(w.parts.create(slashed).ok());
        CHECK(AuditQuery::splitLotKey(db, QStringLiteral("a/b/2024/05")) ==
              std::pair{QStringLiteral("a/b"), QStringLiteral("2024/05")});
        CHECK(AuditQuery::splitLotKey(db, QStringLiteral("Z/2024/05")) ==
              std::pair{QStringLiteral("Z"), QStringLiteral("2024/05")});
    }
}

TEST_CASE("Audit events read in words", "[core][audit][query]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    Lot lot = w.createNumbered(QStringLiteral("ACME-0101"));
    lot.expires = QDate(2026, 4, 1);
    lot.unitCost = 13000;
    lot.binId = 0;
    REQUIRE(w.lots.update(lot).ok());
    Part p = w.part;
    p.price = 39000;
    REQUIRE(w.parts.update(p).ok());
    REQUIRE(w.parts.setActive(p.id, false).ok());
    const QList<AuditEvent> events = allEvents(tmp.db());
    const QLocale *const c = nullptr; // plain, as on the command line

    const QStringList created = auditChangeLines(events.at(events.size() - 4), c);
    CHECK(created.contains(QStringLiteral("Lot number: ACME-0101")));
    CHECK(created.contains(QStringLiteral("Quantity received: 10")));
    CHECK(created.contains(QStringLiteral("Cost per unit: 1.25")));
    CHECK(created.contains(QStringLiteral("Expiration date: 2025-01-10")));
    // A create leaves out what it left empty (no notes were given).
    CHECK_FALSE(created.join(QLatin1Char('\n')).contains(QStringLiteral("Notes")));
    CHECK(created.contains(QStringLiteral("Status: Active")));

    const AuditEvent &edit = events.at(events.size() - 3);
    CHECK(auditChangeLines(edit, c) ==
          QStringList{QStringLiteral("Expiration date: 2025-01-10 -> 2026-04-01"),
                      QStringLiteral("Cost per unit: 1.25 -> 1.3"),
                      QStringLiteral("Bin: A-1 -> (none)")});
    CHECK(auditChangeLines(events.at(events.size() - 2), c) ==
          QStringList{QStringLiteral("Catalog price: 0 -> 3.9")});
    CHECK(auditChangeLines(events.last(), c) == QStringList{QStringLiteral("Active: yes -> no")});

    // For people: dates, quantities and money as the lot dialog shows them.
    const QLocale de(QLocale::German, QLocale::Germany);
    CHECK(
        auditChangeLines(edit, &de) ==
        QStringList{QStringLiteral("Expiration date: %1 -> %2")
                        .arg(formatDate(QDate(2025, 1, 10), de), formatDate(QDate(2026, 4, 1), de)),
                    QStringLiteral("Cost per unit: %1 -> %2")
                        .arg(formatMoney(12500, de), formatMoney(13000, de)),
                    QStringLiteral("Bin: A-1 -> (none)")});
    CHECK(formatMoney(13000, de) == QStringLiteral("1,30"));
    CHECK(auditValueText(QStringLiteral("lot"), QStringLiteral("quantity"), 1200, &de) ==
          QStringLiteral("1.200"));
    CHECK(auditValueText(QStringLiteral("lot"), QStringLiteral("quantity"), 1200, c) ==
          QStringLiteral("1200"));

    // A bin's warehouse in words, from the key it was recorded under.
    const QList<AuditEvent> bin = binEvents(tmp.db(), w.mainA1.id);
    REQUIRE_FALSE(bin.isEmpty());
    CHECK(auditChangeLines(bin.first(), c).contains(QStringLiteral("Warehouse: Main")));

    // An imported row reads like a create, naming its file.
    AuditEvent imported;
    imported.action = QStringLiteral("import");
    imported.entity = QStringLiteral("lot");
    imported.changes = {{QStringLiteral("lot_number"), QVariant(), QStringLiteral("L-9")},
                        {QStringLiteral("notes"), QVariant(), QString()},
                        {QStringLiteral("source_file"), QVariant(), QStringLiteral("pack.csv")}};
    CHECK(auditChangeLines(imported, c) ==
          QStringList{QStringLiteral("Lot number: L-9"), QStringLiteral("Source file: pack.csv")});
    CHECK(auditActionName(QStringLiteral("import")) == QLatin1String("Imported"));

    CHECK(auditActionName(QStringLiteral("update")) == QLatin1String("Changed"));
    CHECK(auditActionName(QStringLiteral("archive")) == QLatin1String("Archived"));
    CHECK(auditEntityName(QStringLiteral("lot")) == QLatin1String("Lot"));
    CHECK(auditValueText(QStringLiteral("lot"), QStringLiteral("expires_on"), QVariant(), c) ==
          QLatin1String("no expiry"));
    CHECK(auditValueText(QStringLiteral("lot"), QStringLiteral("status"),
                         QStringLiteral("archived"), c) == QLatin1String("Archived"));
}
