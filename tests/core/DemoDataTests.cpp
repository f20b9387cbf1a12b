// Demo data (DemoData::generate) on real database files: the same seed and day
// give the same rows, timestamps included, and another seed other rows; the
// data has the promised mix (most parts tracking lots, lots over five years
// without expiry, expired, expiring soon and long-dated, about a third
// archived, corrections and restores in the audit trail) and keeps every rule
// the stores keep; the audit chain verifies; the bulk load leaves the schema
// (indexes, search triggers, journal mode) as it found it; a database that
// already holds records, and bad options, are refused with nothing written.
#include "AuditLog.h"
#include "Database.h"
#include "DemoData.h"
#include "LotStore.h"
#include "SupplierStore.h"
#include "TempDb.h"
#include "Text.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <catch2/catch.hpp>

using namespace lotbook;
using namespace lotbook::test;

namespace {

const QDate kToday(2025, 6, 1);

DemoSummary generated(Database &db, quint64 seed, int parts = 60, qint64 lots = 3000)
{
    DemoOptions options;
    options.parts = parts;
    options.lots = lots;
    options.seed = seed;
    options.today = kToday;
    const Result<DemoSummary> made = DemoData::generate(db, options);
    INFO(made.message().toStdString());
    REQUIRE(made.ok());
    return made.value();
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QStringList column(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

// SHA-256 over every row of the tables the demo fills, in key order.
QByteArray fingerprint(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql :
         {"SELECT * FROM supplier ORDER BY id", "SELECT * FROM warehouse ORDER BY id",
          "SELECT * FROM bin ORDER BY id", "SELECT * FROM part ORDER BY id",
          "SELECT * FROM lot ORDER BY id", "SELECT * FROM audit_event ORDER BY seq"}) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QString::fromLatin1(sql)));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData((q.value(i).isNull() ? QStringLiteral("<null>")
                                                  : q.value(i).toString() + QLatin1Char('\x1f'))
                                 .toUtf8());
    }
    return hash.result();
}

QString day(int offset)
{
    return dateToIso(kToday.addDays(offset));
}

} // namespace

TEST_CASE("Demo data for a seed and day is the same every time, another seed differs",
          "[core][demo]")
{
    TempDb a, b, c;
    const DemoSummary first = generated(a.db(), 42);
    const DemoSummary second = generated(b.db(), 42);
    generated(c.db(), 43);
    CHECK(fingerprint(a.db()) == fingerprint(b.db()));
    CHECK(fingerprint(a.db()) != fingerprint(c.db()));
    CHECK(first.archived == second.archived);
    CHECK(first.auditEvents == second.auditEvents);
    CHECK(first.largestPartNumber == second.largestPartNumber);
}

TEST_CASE("Demo data has the promised mix and keeps the rules", "[core][demo]")
{
    TempDb t;
    Database &db = t.db();
    const DemoSummary s = generated(db, 7, 80, 4000);
    const QString today = dateToIso(kToday);

    SECTION("catalog: suppliers, warehouses with bins, parts of which most track lots")
    {
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM supplier")) == s.suppliers);
        CHECK(s.suppliers >= 4);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM warehouse")) == s.warehouses);
        CHECK(s.warehouses >= 3);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM warehouse w WHERE NOT EXISTS "
                                        "(SELECT 1 FROM bin b WHERE b.warehouse_id = w.id)")) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM part")) == 80);
        const qint64 tracked = scalar(db, QStringLiteral("SELECT COUNT(*) FROM part WHERE "
                                                         "track_lots = 1"));
        CHECK(tracked == s.lotTrackedParts);
        CHECK(tracked >= 80 * 7 / 10);
        CHECK(tracked < 80);
        // Lots belong to lot-tracked parts only.
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lot l JOIN part p ON p.id = "
                                        "l.part_id WHERE p.track_lots = 0")) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lot WHERE part_id = ?"),
                     {s.largestPartId}) == s.largestPartLots);
        CHECK(scalar(db, QStringLiteral("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM lot "
                                        "GROUP BY part_id)")) == s.largestPartLots);
    }

    SECTION("lots over the five years before today, with every kind of expiry")
    {
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lot")) == 4000);
        CHECK(s.lots == 4000);
        CHECK(column(db, QStringLiteral("SELECT MIN(received_on) FROM lot")).value(0) >=
              dateToIso(kToday.addYears(-5)));
        CHECK(column(db, QStringLiteral("SELECT MIN(received_on) FROM lot")).value(0) <
              dateToIso(kToday.addYears(-4)));
        CHECK(column(db, QStringLiteral("SELECT MAX(received_on) FROM lot")).value(0) < today);
        CHECK(column(db, QStringLiteral("SELECT MAX(received_on) FROM lot")).value(0) >= day(-30));
        const qint64 noExpiry =
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM lot WHERE expires_on IS NULL"));
        const qint64 expired =
            scalar(db,
                   QStringLiteral("SELECT COUNT(*) FROM lot WHERE status = 'active' AND "
                                  "expires_on < ?"),
                   {today});
        const qint64 soon =
            scalar(db,
                   QStringLiteral("SELECT COUNT(*) FROM lot WHERE status = 'active' AND "
                                  "expires_on >= ? AND expires_on <= ?"),
                   {today, day(30)});
        const qint64 longDated =
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM lot WHERE expires_on > ?"), {day(365)});
        CHECK(noExpiry == s.noExpiry);
        CHECK(expired == s.expired);
        CHECK(soon == s.expiringSoon);
        CHECK(longDated == s.longDated);
        CHECK(noExpiry > 4000 / 20);
        CHECK(expired > 4000 / 100);
        CHECK(soon > 4000 / 400);
        CHECK(longDated > 4000 / 20);
        // The rules the Lot dialog keeps.
        CHECK(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM lot WHERE expires_on < received_on "
                                    "OR quantity <= 0 OR unit_cost < 0 OR received_on > ?"),
                     {today}) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lot l JOIN bin b ON b.id = l.bin_id "
                                        "WHERE b.warehouse_id <> l.warehouse_id")) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lot WHERE lot_key <> lower(trim("
                                        "lot_number))")) == 0);
        // And LotStore's own checks, on a sample of lots.
        LotStore store(db);
        for (qint64 id = 1; id <= 4000; id += 37) {
            const Result<Lot> lot = store.get(id);
            REQUIRE(lot.ok());
            const FieldErrors errors = store.validate(lot.value(), kToday);
            INFO("lot " << id << ": "
                        << (errors.isEmpty() ? "" : errors.first().message.toStdString()));
            CHECK(errors.isEmpty());
        }
    }

    SECTION("about a third archived; some corrected and some restored, with their history")
    {
        const qint64 archived =
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM lot WHERE status = 'archived'"));
        CHECK(archived == s.archived);
        CHECK(archived > 4000 * 27 / 100);
        CHECK(archived < 4000 * 40 / 100);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lot WHERE status = 'archived' AND "
                                        "(archived_at IS NULL OR archived_by IS NULL OR "
                                        "archive_reason IS NULL)")) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lot WHERE status = 'active' AND "
                                        "archived_at IS NOT NULL")) == 0);
        CHECK(s.edited > 4000 / 100);
        CHECK(s.restored > 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE entity = 'lot' "
                                        "AND action = 'update'")) == s.edited);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE entity = 'lot' "
                                        "AND action = 'restore'")) == s.restored);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE entity = 'lot' "
                                        "AND action = 'create'")) == 4000);
        // Each lot's version counts its writes: the create and one per change.
        CHECK(scalar(db, QStringLiteral(
                             "SELECT COUNT(*) FROM lot l WHERE version <> (SELECT COUNT(*) FROM "
                             "audit_event e WHERE e.entity = 'lot' AND e.entity_id = l.id)")) == 0);
        // The last event about a lot is its last change.
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lot l WHERE updated_at <> (SELECT "
                                        "MAX(at) FROM audit_event e WHERE e.entity = 'lot' AND "
                                        "e.entity_id = l.id)")) == 0);
    }

    SECTION("an edited lot's history reads like one made in the application")
    {
        const qint64 id = scalar(db, QStringLiteral("SELECT MIN(entity_id) FROM audit_event "
                                                    "WHERE entity = 'lot' AND action = 'update'"));
        const Result<QList<AuditEvent>> events = AuditLog::events(db, QStringLiteral("lot"), id);
        REQUIRE(events.ok());
        REQUIRE(events.value().size() >= 2);
        const AuditEvent &create = events.value().first();
        CHECK(create.action == QLatin1String("create"));
        const Result<LotRow> row = LotStore(db).row(id);
        REQUIRE(row.ok());
        CHECK(create.entityKey ==
              row.value().partNumber + QLatin1Char('/') + row.value().lot.lotNumber);
        QStringList fields;
        for (const FieldChange &c : create.changes)
            fields << c.field;
        CHECK(fields.contains(QStringLiteral("lot_number")));
        CHECK(fields.contains(QStringLiteral("supplier")));
        CHECK(fields.contains(QStringLiteral("received_on")));
        const AuditEvent &edit = events.value().at(1);
        CHECK(edit.action == QLatin1String("update"));
        REQUIRE(edit.changes.size() == 1);
        CHECK(edit.changes.first().oldValue != edit.changes.first().newValue);
        CHECK(edit.at > create.at);
        CHECK(edit.user != QLatin1String("admin"));
    }

    SECTION("the audit trail verifies, in time order")
    {
        const Result<AuditVerification> v = AuditLog::verify(db);
        REQUIRE(v.ok());
        CHECK(v.value().intact);
        CHECK(v.value().count == s.auditEvents);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_event a JOIN audit_event b "
                                        "ON b.seq = a.seq + 1 WHERE b.at < a.at")) == 0);
        CHECK(column(db, QStringLiteral("SELECT MAX(at) FROM audit_event")).value(0) < today);
    }

    SECTION("the lists find the lots: search index, indexes and journal mode are back")
    {
        const QString number =
            column(db, QStringLiteral("SELECT lot_number FROM lot WHERE id = 1234")).value(0);
        LotFilter f;
        f.status = LotFilter::Status::All;
        f.search = number.right(6);
        const Result<qint64> n = LotStore(db).count(f);
        REQUIRE(n.ok());
        CHECK(n.value() >= 1);
        CHECK(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM lot_search WHERE lot_search MATCH "
                                    "?"),
                     {QStringLiteral("\"%1\"").arg(normalizedKey(number))}) >= 1);
        CHECK(column(db, QStringLiteral("PRAGMA journal_mode")).value(0) == QLatin1String("wal"));
        CHECK(scalar(db, QStringLiteral("PRAGMA cache_size")) == -16000);
        TempDb fresh;
        CHECK(column(db, QStringLiteral("SELECT type || ' ' || name || ': ' || sql FROM "
                                        "sqlite_master ORDER BY type, name")) ==
              column(fresh.db(), QStringLiteral("SELECT type || ' ' || name || ': ' || sql FROM "
                                                "sqlite_master ORDER BY type, name")));
    }
}

TEST_CASE("Demo data refuses a database that holds records, and bad options", "[core][demo]")
{
    TempDb t;
    Database &db = t.db();
    DemoOptions options;
    options.parts = 10;
    options.lots = 100;
    options.today = kToday;

    SECTION("a database with a supplier is left as it was")
    {
        REQUIRE(SupplierStore(db).create({0, QStringLiteral("Acme"), {}, {}, {}, {}, true}).ok());
        const QByteArray before = fingerprint(db);
        const Result<DemoSummary> made = DemoData::generate(db, options);
        REQUIRE_FALSE(made.ok());
        CHECK(made.message().contains(QStringLiteral("already holds")));
        CHECK(fingerprint(db) == before);
    }
    SECTION("bad numbers and a day in the future name the option")
    {
        DemoOptions bad = options;
        bad.parts = 0;
        CHECK(DemoData::generate(db, bad)
                  .errorFor(QStringLiteral("parts"))
                  .contains(QStringLiteral("Number of parts")));
        bad = options;
        bad.lots = -1;
        CHECK_FALSE(DemoData::generate(db, bad).errorFor(QStringLiteral("lots")).isEmpty());
        bad = options;
        bad.today = QDate::currentDate().addDays(1);
        CHECK(DemoData::generate(db, bad)
                  .errorFor(QStringLiteral("today"))
                  .contains(QStringLiteral("future")));
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_event")) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM part")) == 0);
    }
    SECTION("a cancelled run writes nothing")
    {
        options.lots = 1000;
        options.progressEvery = 100;
        qint64 calls = 0;
        options.progress = [&calls](qint64) { return ++calls < 3; };
        const Result<DemoSummary> made = DemoData::generate(db, options);
        REQUIRE_FALSE(made.ok());
        CHECK(calls == 3);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lot")) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_event")) == 0);
        CHECK(column(db, QStringLiteral("PRAGMA journal_mode")).value(0) == QLatin1String("wal"));
        // And the file still takes demo data afterwards.
        options.progress = {};
        CHECK(DemoData::generate(db, options).ok());
    }
    SECTION("no lots at all: the catalog alone")
    {
        options.lots = 0;
        const Result<DemoSummary> made = DemoData::generate(db, options);
        REQUIRE(made.ok());
        CHECK(made.value().lots == 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM part")) == 10);
        CHECK(AuditLog::verify(db).value().intact);
    }
}
