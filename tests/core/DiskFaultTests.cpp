// A full disk and an I/O error while a lot is saved or a file is imported,
// simulated on the writing connection with PRAGMA max_page_count (the file may
// not grow): the call fails with a sentence that says the disk is full and
// what was being saved, the last committed state is intact (lots, audit
// events, the hash chain, SQLite's integrity check), and saving works again
// once there is room. Also how SqlError words SQLite's busy, full, I/O,
// read-only and damaged errors.
#include "LotFixture.h"
#include "LotImport.h"
#include "SqlError.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace lotbook;
using namespace lotbook::test;

namespace {

qint64 pragma(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// The file may not grow past the pages it has now.
void fillDisk(Database &db)
{
    const qint64 pages = pragma(db, QStringLiteral("PRAGMA page_count"));
    CHECK(pragma(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)) == pages);
}

void freeDisk(Database &db)
{
    pragma(db, QStringLiteral("PRAGMA max_page_count = 1073741823"));
}

// The committed state a failed write must leave exactly as it was.
struct Snapshot
{
    qint64 lots = 0, events = 0;
    QString newestHash;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(Database &db)
{
    const Result<AuditVerification> chain = AuditLog::verify(db);
    REQUIRE(chain);
    CHECK(chain.value().intact);
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("ok"));
    return {countRows(db, QStringLiteral("lot")), countRows(db, QStringLiteral("audit_event")),
            chain.value().newestHash};
}

QByteArray packingList(int rows, const QString &prefix)
{
    QByteArray text = "Part number,Lot number,Received date,Expiration date,Quantity received,"
                      "Cost per unit,Supplier,Location,Bin,Notes\n";
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("PN-1,%1-%2,2024-01-05,2026-01-05,%3,1.25,Acme,Main,A-1,"
                               "a note long enough to need some room on the page\n")
                    .arg(prefix)
                    .arg(i)
                    .arg(1 + i % 90)
                    .toUtf8();
    return text;
}

ImportReport importBytes(Database &db, QByteArray bytes)
{
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    ImportOptions options;
    options.sourceName = QStringLiteral("packing.csv");
    return LotImport(db).run(buffer, options);
}

} // namespace

TEST_CASE("a lot saved on a full disk is refused saying so and the file keeps its last "
          "committed state",
          "[core][faults]")
{
    TempDb temp;
    LotWorld w(temp.db());
    w.create(w.draft(QStringLiteral("BEFORE-1")));
    fillDisk(temp.db());

    // Lots go in while the pages have room; the first that needs a new page fails.
    Result<Lot> refused;
    Snapshot before;
    int saved = 0;
    for (; saved < 2000; ++saved) {
        before = snapshot(temp.db());
        refused = w.lots.create(w.draft(QStringLiteral("FULL-%1").arg(saved)));
        if (!refused)
            break;
    }
    REQUIRE_FALSE(refused);
    INFO(refused.message().toStdString());
    // The statement that found no room names what it was saving: the lot or its audit event.
    CHECK(refused.message().startsWith(QStringLiteral("The disk is full: ")));
    CHECK((refused.message().contains(QStringLiteral(": saving the new lot failed")) ||
           refused.message().contains(QStringLiteral(": writing the audit event failed"))));
    CHECK(refused.message().contains(
        QStringLiteral(" failed and nothing was changed. Free some disk space, then try again.")));
    CHECK_FALSE(refused.message().contains(QStringLiteral("INSERT"))); // no SQL for a clerk
    CHECK(snapshot(temp.db()) == before);
    CHECK_FALSE(w.lots.find(w.part.id, QStringLiteral("FULL-%1").arg(saved)));

    SECTION("an edit on the full disk is refused too, and the lot keeps its values")
    {
        // Fill the last free room with a long note until an edit fails.
        Lot lot = w.lots.find(w.part.id, QStringLiteral("BEFORE-1")).value();
        Result<Lot> edited;
        for (int i = 0; i < 2000; ++i) {
            before = snapshot(temp.db());
            lot.notes = QString(200 + i * 50, QLatin1Char('n'));
            edited = w.lots.update(lot);
            if (!edited)
                break;
            lot = edited.value();
        }
        REQUIRE_FALSE(edited);
        INFO(edited.message().toStdString());
        CHECK(edited.message().startsWith(QStringLiteral("The disk is full: ")));
        CHECK(snapshot(temp.db()) == before);
        CHECK(w.lots.get(lot.id).value().version == lot.version);
    }
    SECTION("with room again the same lot is saved")
    {
        freeDisk(temp.db());
        const Lot lot = w.create(w.draft(QStringLiteral("FULL-%1").arg(saved)));
        CHECK(snapshot(temp.db()).lots == before.lots + 1);
        CHECK(lot.version == 1);
    }
}

TEST_CASE("an import on a full disk writes nothing and says the disk is full", "[core][faults]")
{
    TempDb temp;
    LotWorld w(temp.db());
    w.create(w.draft(QStringLiteral("BEFORE-1")));
    const Snapshot before = snapshot(temp.db());
    fillDisk(temp.db());

    const ImportReport report = importBytes(temp.db(), packingList(2000, QStringLiteral("IMP")));
    CHECK(report.outcome == ImportReport::Outcome::Refused);
    REQUIRE_FALSE(report.errors.isEmpty());
    const ImportError &e = report.errors.constFirst();
    INFO(e.message.toStdString());
    CHECK(e.message.startsWith(QStringLiteral("The disk is full: ")));
    CHECK((e.message.contains(QStringLiteral(": saving the new lots failed")) ||
           e.message.contains(QStringLiteral(": writing the audit events failed"))));
    CHECK(e.message.contains(
        QStringLiteral(" failed and nothing was changed. Free some disk space, then try again.")));
    CHECK(snapshot(temp.db()) == before);

    freeDisk(temp.db());
    const ImportReport again = importBytes(temp.db(), packingList(2000, QStringLiteral("IMP")));
    CHECK(again.outcome == ImportReport::Outcome::Imported);
    CHECK(snapshot(temp.db()).lots == before.lots + 2000);
}

TEST_CASE("SQLite's busy, full, I/O, read-only and damaged errors read as sentences",
          "[core][faults]")
{
    // As the QSQLITE driver reports them: SQLite's message, Qt's, the result code.
    auto error = [](const char *sqlite, int code) {
        return QSqlError(QStringLiteral("Unable to fetch row"), QString::fromLatin1(sqlite),
                         QSqlError::StatementError, QString::number(code));
    };
    auto message = [](const QSqlError &e) { return sqlError(e, "saving the lot").message; };

    CHECK(message(error("database is locked", 5)) ==
          QStringLiteral("The database is busy in another window or program: saving the lot "
                         "failed and nothing was changed. Try again in a moment. (SQLite: "
                         "database is locked)"));
    CHECK(message(error("database or disk is full", 13)) ==
          QStringLiteral("The disk is full: saving the lot failed and nothing was changed. Free "
                         "some disk space, then try again. (SQLite: database or disk is full)"));
    CHECK(message(error("disk I/O error", 10))
              .startsWith(QStringLiteral(
                  "The disk reported an error: saving the lot failed and nothing was "
                  "changed. Check the disk or network share, then try again.")));
    // Extended result codes name the same causes.
    CHECK(message(error("disk I/O error", 778))
              .startsWith(QStringLiteral("The disk reported an "
                                         "error: ")));
    CHECK(message(error("attempt to write a readonly database", 8))
              .startsWith(QStringLiteral("The database file is read-only: saving the lot "
                                         "failed and nothing was changed.")));
    CHECK(message(error("database disk image is malformed", 11))
              .startsWith(QStringLiteral("The database file is damaged: saving the lot failed. "
                                         "Run lotbook-cli check on it and restore a backup.")));
    // Anything else keeps the driver's words and the statement, for whoever debugs it.
    const QString other = message(error("no such table: nowhere", 1));
    CHECK(other == QStringLiteral("Database error while saving the lot: no such table: nowhere "
                                  "Unable to fetch row"));
}
