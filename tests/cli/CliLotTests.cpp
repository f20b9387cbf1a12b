// The lot commands (lot add|edit|archive|restore|show, lots) against a real
// database file set up through the CLI itself: what is added shows up in
// `lot show` and `lots` in every format, the lists filter and sort like the Lots
// tab, every rule is refused with exit 1 and nothing written, and every change
// leaves its audit event. Dates are computed relative to today at test time;
// nothing asserts on the clock's time of day.
#include "AuditLog.h"
#include "CliRunner.h"
#include "Database.h"
#include "TempDb.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using lotbook::test::args;
using lotbook::test::CliResult;
using lotbook::test::CliWorkspace;
using lotbook::test::runOk;
using lotbook::test::s;

namespace {

// Today plus `days`, as the CLI takes dates.
QString day(qint64 days)
{
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}

QJsonDocument json(const CliWorkspace &ws, const QStringList &arguments)
{
    const CliResult r = runOk(ws, arguments + args({"--format", "json"}));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(error.errorString().toStdString() << "\n" << r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

QJsonArray jsonList(const CliWorkspace &ws, const QStringList &arguments)
{
    const QJsonDocument doc = json(ws, arguments);
    REQUIRE(doc.isArray());
    return doc.array();
}

// `lot show PN LOT --format json`.
QJsonObject showLot(const CliWorkspace &ws, const char *part, const char *lot)
{
    const QJsonDocument doc = json(ws, args({"lot", "show", part, lot}));
    REQUIRE(doc.isObject());
    return doc.object();
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// One field of every object in a JSON list.
QStringList column(const QJsonArray &list, const char *key)
{
    QStringList values;
    for (const QJsonValue &v : list)
        values << v.toObject().value(QLatin1String(key)).toString();
    return values;
}

// The lot numbers `lots <arguments>` lists, in its order, read from its CSV.
QStringList lotOrder(const CliWorkspace &ws, const QStringList &arguments)
{
    const CliResult r = runOk(ws, args({"lots"}) + arguments + args({"--format", "csv"}));
    QStringList lines = r.out.split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() >= 2);
    REQUIRE(lines.takeFirst().startsWith(QStringLiteral("part_number,lot_number,")));
    REQUIRE(lines.takeLast().isEmpty());
    QStringList numbers;
    for (const QString &line : lines)
        numbers << line.section(QLatin1Char(','), 1, 1);
    return numbers;
}

// Every lot, archived too, as JSON objects.
qsizetype lotCount(const CliWorkspace &ws)
{
    return jsonList(ws, args({"lots", "--status", "all"})).size();
}

// Audit events about lots in the CLI's file, oldest first, read through core
// after the CLI has exited.
QList<lotbook::AuditEvent> lotEvents(const QString &path)
{
    lotbook::OpenResult opened = lotbook::Database::open(path, lotbook::OpenMode::OpenExisting);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    const auto events = lotbook::AuditLog::events(*opened.database);
    REQUIRE(events.ok());
    QList<lotbook::AuditEvent> lots;
    for (const lotbook::AuditEvent &e : events.value())
        if (e.entity == QLatin1String("lot"))
            lots << e;
    return lots;
}

const lotbook::FieldChange *change(const lotbook::AuditEvent &event, const char *field)
{
    for (const lotbook::FieldChange &c : event.changes)
        if (c.field == QLatin1String(field))
            return &c;
    return nullptr;
}

// The column where `needle` starts in `line`, for checking the table is aligned.
qsizetype columnOf(const QString &line, const QString &needle)
{
    const qsizetype at = line.indexOf(needle);
    REQUIRE(at >= 0);
    return at;
}

// A database with two suppliers, two warehouses with bins, two lot-tracked
// parts and one part that does not track lots, all made through the CLI.
void setUpCatalog(const CliWorkspace &ws)
{
    ws.init();
    runOk(ws, args({"supplier", "add", "--name", "Acme Components"}));
    runOk(ws, args({"supplier", "add", "--name", "Beta Supply"}));
    runOk(ws, args({"warehouse", "add", "--name", "Main"}));
    runOk(ws, args({"warehouse", "add", "--name", "Annex"}));
    runOk(ws, args({"bin", "add", "--warehouse", "Main", "--code", "A-01"}));
    runOk(ws, args({"bin", "add", "--warehouse", "Main", "--code", "A-02"}));
    runOk(ws, args({"bin", "add", "--warehouse", "Annex", "--code", "B-01"}));
    runOk(ws, args({"part", "add", "--number", "CAP-100", "--name", "Capacitor 100 nF",
                    "--track-lots"}));
    runOk(ws, args({"part", "add", "--number", "FUSE-5", "--name", "Fuse 5 A", "--track-lots"}));
    runOk(ws, args({"part", "add", "--number", "RES-1K", "--name", "Resistor 1k"}));
}

// `lot add` with the given lot number, dates and supplier, and fixed other fields.
void addLot(const CliWorkspace &ws, const char *part, const char *lot, const QString &received,
            const QString &expires = {}, const char *supplier = "Acme Components")
{
    QStringList arguments =
        args({"lot", "add", "--part", part, "--lot", lot, "--received"}) + QStringList{received} +
        args({"--qty", "10", "--cost", "1.5", "--supplier", supplier, "--warehouse", "Main"});
    if (!expires.isEmpty())
        arguments << QStringLiteral("--expires") << expires;
    runOk(ws, arguments);
}

} // namespace

TEST_CASE("cli: lot add, then lot show and lots as table, CSV and JSON", "[cli][lot]")
{
    CliWorkspace ws;
    setUpCatalog(ws);
    const QString received = day(-30), expires = day(400);
    const CliResult added =
        runOk(ws, args({"--user", "alice", "lot", "add", "--part", "cap-100", "--lot",
                        " L-2024-001 ", "--received"}) +
                      QStringList{received, QStringLiteral("--expires"), expires} +
                      args({"--qty", "1200", "--cost", "0.0025", "--supplier", "acme components",
                            "--warehouse", "MAIN", "--bin", "a-01", "--notes",
                            "Packing list 4411, \"urgent\""}));
    CHECK(added.err.isEmpty());
    CHECK(added.out.contains(QStringLiteral("L-2024-001")));
    CHECK(added.out.contains(QStringLiteral("CAP-100")));
    CHECK(added.out.contains(QStringLiteral("1200")));
    CHECK(added.out.contains(s("Main — A-01")));
    // No bin, no expiry, cost 0 (a free replacement).
    runOk(ws, args({"lot", "add", "--part", "CAP-100", "--lot", "L-2024-002", "--received"}) +
                  QStringList{day(-2)} +
                  args({"--qty", "5", "--cost", "0", "--supplier", "Beta Supply", "--warehouse",
                        "Annex"}));

    SECTION("lot show: every field, as a table and as JSON")
    {
        const QJsonObject lot = showLot(ws, "CAP-100", "l-2024-001");
        CHECK(text(lot, "part_number") == QStringLiteral("CAP-100"));
        CHECK(text(lot, "part_name") == QStringLiteral("Capacitor 100 nF"));
        CHECK(text(lot, "lot_number") == QStringLiteral("L-2024-001"));
        CHECK(text(lot, "status") == QStringLiteral("active"));
        CHECK(text(lot, "received") == received);
        CHECK(text(lot, "expires") == expires);
        CHECK(text(lot, "expiry_status") == QStringLiteral("ok"));
        CHECK(lot.value(QStringLiteral("days_left")).toInteger() > 30);
        CHECK(lot.value(QStringLiteral("quantity")) == QJsonValue(1200));
        // Money stays exact: text, never a floating-point number.
        CHECK(lot.value(QStringLiteral("unit_cost")) == QJsonValue(QStringLiteral("0.0025")));
        CHECK(text(lot, "supplier") == QStringLiteral("Acme Components"));
        CHECK(text(lot, "warehouse") == QStringLiteral("Main"));
        CHECK(text(lot, "bin") == QStringLiteral("A-01"));
        CHECK(text(lot, "notes") == s("Packing list 4411, \"urgent\""));
        CHECK(text(lot, "archived_at").isEmpty());
        CHECK(text(lot, "archived_by").isEmpty());
        CHECK(text(lot, "archive_reason").isEmpty());
        CHECK(text(lot, "created_by") == QStringLiteral("alice"));
        CHECK(text(lot, "updated_by") == QStringLiteral("alice"));
        CHECK_FALSE(text(lot, "created_at").isEmpty());
        CHECK(text(lot, "updated_at") == text(lot, "created_at"));
        CHECK(lot.value(QStringLiteral("version")) == QJsonValue(1));

        const QJsonObject other = showLot(ws, "CAP-100", "L-2024-002");
        CHECK(text(other, "expires").isEmpty());
        CHECK(text(other, "expiry_status") == QStringLiteral("no_expiry"));
        CHECK(other.value(QStringLiteral("days_left")).isNull());
        CHECK(text(other, "bin").isEmpty());
        CHECK(text(other, "unit_cost") == QStringLiteral("0"));

        const CliResult table = runOk(ws, args({"lot", "show", "cap-100", "L-2024-001"}));
        const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        auto line = [&lines](const char *label) {
            for (const QString &l : lines)
                if (l.startsWith(QLatin1String(label)))
                    return l;
            FAIL("no line " << label);
            return QString();
        };
        CHECK(line("Part:").endsWith(QStringLiteral("CAP-100 (Capacitor 100 nF)")));
        CHECK(line("Lot number:").endsWith(QStringLiteral("L-2024-001")));
        CHECK(line("Status:").endsWith(QStringLiteral("Active")));
        CHECK(line("Received:").endsWith(received));
        CHECK(line("Expires:").endsWith(expires));
        CHECK(line("Expiry status:").contains(QStringLiteral("OK (expires in ")));
        CHECK(line("Quantity received:").endsWith(QStringLiteral("1200")));
        CHECK(line("Cost per unit:").endsWith(QStringLiteral("0.0025")));
        CHECK(line("Supplier:").endsWith(QStringLiteral("Acme Components")));
        CHECK(line("Warehouse:").endsWith(QStringLiteral("Main")));
        CHECK(line("Bin:").endsWith(QStringLiteral("A-01")));
        CHECK(line("Created by:").endsWith(QStringLiteral("alice")));
        CHECK(line("Updated by:").endsWith(QStringLiteral("alice")));
        CHECK(line("Version:").endsWith(QStringLiteral("1")));
        CHECK_FALSE(table.out.contains(QStringLiteral("Archived at:")));
        // The values line up.
        CHECK(columnOf(line("Part:"), QStringLiteral("CAP-100")) ==
              columnOf(line("Quantity received:"), QStringLiteral("1200")));

        const CliResult none = runOk(ws, args({"lot", "show", "CAP-100", "L-2024-002"}));
        CHECK(none.out.contains(QStringLiteral("No expiry")));
    }

    SECTION("lots: table, CSV and JSON")
    {
        const CliResult table = runOk(ws, args({"lots"}));
        const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 3);
        for (const char *heading : {"Part", "Lot", "Received", "Expires", "Qty", "Cost", "Supplier",
                                    "Location", "Status"})
            CHECK(lines.at(0).contains(QLatin1String(heading)));
        CHECK(lines.at(1).startsWith(QStringLiteral("CAP-100  L-2024-001")));
        CHECK(lines.at(2).startsWith(QStringLiteral("CAP-100  L-2024-002")));
        CHECK(columnOf(lines.at(1), QStringLiteral("Acme")) ==
              columnOf(lines.at(0), QStringLiteral("Supplier")));
        CHECK(columnOf(lines.at(2), QStringLiteral("Beta")) ==
              columnOf(lines.at(0), QStringLiteral("Supplier")));
        CHECK(lines.at(1).contains(s("Main — A-01")));
        CHECK(lines.at(1).endsWith(QStringLiteral("Active")));

        CHECK(runOk(ws, args({"lots", "--format", "csv"})).out ==
              QStringLiteral("part_number,lot_number,received,expires,quantity,unit_cost,"
                             "supplier,location,status,part_name,warehouse,bin,notes\r\n") +
                  QStringLiteral("CAP-100,L-2024-001,%1,%2,1200,0.0025,Acme Components,")
                      .arg(received, expires) +
                  s("Main — A-01,active,Capacitor 100 nF,Main,A-01,\"Packing list 4411, "
                    "\"\"urgent\"\"\"\r\n") +
                  QStringLiteral("CAP-100,L-2024-002,%1,,5,0,Beta Supply,Annex,active,"
                                 "Capacitor 100 nF,Annex,,\r\n")
                      .arg(day(-2)));

        const QJsonArray lots = jsonList(ws, args({"lots", "--part", "CAP-100"}));
        REQUIRE(lots.size() == 2);
        const QJsonObject first = lots.at(0).toObject();
        CHECK(text(first, "part_number") == QStringLiteral("CAP-100"));
        CHECK(text(first, "lot_number") == QStringLiteral("L-2024-001"));
        CHECK(text(first, "received") == received);
        CHECK(text(first, "expires") == expires);
        CHECK(first.value(QStringLiteral("quantity")) == QJsonValue(1200));
        CHECK(first.value(QStringLiteral("unit_cost")) == QJsonValue(QStringLiteral("0.0025")));
        CHECK(text(first, "supplier") == QStringLiteral("Acme Components"));
        CHECK(text(first, "location") == s("Main — A-01"));
        CHECK(text(first, "status") == QStringLiteral("active"));
        const QJsonObject second = lots.at(1).toObject();
        CHECK(text(second, "expires").isEmpty());
        CHECK(text(second, "location") == QStringLiteral("Annex"));
        CHECK(text(second, "unit_cost") == QStringLiteral("0"));

        // Another part's list is its own; an unknown part is an error, not an empty list.
        CHECK(jsonList(ws, args({"lots", "--part", "FUSE-5"})).isEmpty());
        const CliResult unknown = ws.run(args({"lots", "--part", "NOPE"}));
        CHECK(unknown.exitCode == 1);
        CHECK(unknown.err.contains(QStringLiteral("There is no part with part number \"NOPE\"")));
    }

    SECTION("a lot that does not exist")
    {
        const CliResult r = ws.run(args({"lot", "show", "CAP-100", "L-9"}));
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err == QStringLiteral("error: Part CAP-100 has no lot \"L-9\".\n"));
        const CliResult part = ws.run(args({"lot", "archive", "CAP-9", "L-2024-001"}));
        CHECK(part.exitCode == 1);
        CHECK(part.err.contains(QStringLiteral("There is no part with part number \"CAP-9\"")));
    }
}

TEST_CASE("cli: lots lists soonest expiry first and no expiry last; --sort changes the order",
          "[cli][lot]")
{
    CliWorkspace ws;
    setUpCatalog(ws);
    // Added in a scrambled order, so neither insertion order nor id decides.
    addLot(ws, "CAP-100", "FAR", day(-10), day(400));
    addLot(ws, "CAP-100", "NONE", day(-20));
    addLot(ws, "FUSE-5", "F-SOON", day(-1), day(5));
    addLot(ws, "CAP-100", "PAST", day(-100), day(-5));
    addLot(ws, "CAP-100", "SOON", day(-3), day(10));

    CHECK(lotOrder(ws, args({"--part", "CAP-100"})) == args({"PAST", "SOON", "FAR", "NONE"}));
    CHECK(lotOrder(ws, args({"--part", "CAP-100", "--sort", "expires:desc"})) ==
          args({"NONE", "FAR", "SOON", "PAST"}));
    CHECK(lotOrder(ws, args({"--part", "CAP-100", "--sort", "received"})) ==
          args({"PAST", "NONE", "FAR", "SOON"}));
    CHECK(lotOrder(ws, args({"--part", "CAP-100", "--sort", "received:desc"})) ==
          args({"SOON", "FAR", "NONE", "PAST"}));
    CHECK(lotOrder(ws, args({"--part", "CAP-100", "--sort", "lot"})) ==
          args({"FAR", "NONE", "PAST", "SOON"}));
    // Without --part: every part's lots, in the same order.
    CHECK(lotOrder(ws, {}) == args({"PAST", "F-SOON", "SOON", "FAR", "NONE"}));

    // The derived expiry status, in both forms of lot show.
    CHECK(text(showLot(ws, "CAP-100", "PAST"), "expiry_status") == QStringLiteral("expired"));
    CHECK(showLot(ws, "CAP-100", "PAST").value(QStringLiteral("days_left")).toInteger() < 0);
    CHECK(text(showLot(ws, "CAP-100", "SOON"), "expiry_status") == QStringLiteral("expiring_soon"));
    CHECK(text(showLot(ws, "CAP-100", "FAR"), "expiry_status") == QStringLiteral("ok"));
    CHECK(text(showLot(ws, "CAP-100", "NONE"), "expiry_status") == QStringLiteral("no_expiry"));
    CHECK(runOk(ws, args({"lot", "show", "CAP-100", "PAST"}))
              .out.contains(QStringLiteral("Expired (expired ")));
    CHECK(runOk(ws, args({"lot", "show", "CAP-100", "SOON"}))
              .out.contains(QStringLiteral("Expiring soon (expires in ")));
    CHECK(runOk(ws, args({"lot", "show", "CAP-100", "NONE"}))
              .out.contains(QStringLiteral("No expiry")));

    // The "expiring soon" window is the one set in the preferences (default 30 days).
    REQUIRE(QDir().mkpath(ws.file(QStringLiteral("config/Lotbook"))));
    lotbook::test::writeFile(ws.file(QStringLiteral("config/Lotbook/Lotbook.conf")),
                             "[preferences]\nexpiryWindowDays=5\n");
    CHECK(text(showLot(ws, "CAP-100", "SOON"), "expiry_status") == QStringLiteral("ok"));
    CHECK(text(showLot(ws, "CAP-100", "PAST"), "expiry_status") == QStringLiteral("expired"));

    // Bad sort or status values are usage errors.
    for (const QStringList &bad :
         {args({"lots", "--sort", "colour"}), args({"lots", "--sort", "expires:up"}),
          args({"lots", "--status", "deleted"}), args({"lots", "--format", "xml"})}) {
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        const CliResult r = ws.run(bad);
        CHECK(r.exitCode == 64);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QStringLiteral("lots --help")));
    }
}

TEST_CASE("cli: lot archive hides a lot from the default list; --status shows it; restore",
          "[cli][lot]")
{
    CliWorkspace ws;
    setUpCatalog(ws);
    addLot(ws, "CAP-100", "L-1", day(-10), day(100));
    addLot(ws, "CAP-100", "L-2", day(-5));

    const CliResult archived = runOk(ws, args({"--user", "auditor", "lot", "archive", "CAP-100",
                                               "l-1", "--reason", "Damaged in transit"}));
    CHECK(archived.out.contains(QStringLiteral("Archived lot L-1 of part CAP-100")));

    CHECK(lotOrder(ws, args({"--part", "CAP-100"})) == args({"L-2"}));
    CHECK(lotOrder(ws, args({"--part", "CAP-100", "--status", "archived"})) == args({"L-1"}));
    CHECK(lotOrder(ws, args({"--part", "CAP-100", "--status", "all"})) == args({"L-1", "L-2"}));
    const QJsonArray all = jsonList(ws, args({"lots", "--status", "ALL"}));
    CHECK(column(all, "status") == args({"archived", "active"}));
    CHECK(
        runOk(ws, args({"lots", "--status", "archived"})).out.contains(QStringLiteral("Archived")));

    QJsonObject lot = showLot(ws, "CAP-100", "L-1");
    CHECK(text(lot, "status") == QStringLiteral("archived"));
    CHECK_FALSE(text(lot, "archived_at").isEmpty());
    CHECK(text(lot, "archived_by") == QStringLiteral("auditor"));
    CHECK(text(lot, "archive_reason") == QStringLiteral("Damaged in transit"));
    CHECK(lot.value(QStringLiteral("version")) == QJsonValue(2));
    const CliResult shown = runOk(ws, args({"lot", "show", "CAP-100", "L-1"}));
    CHECK(shown.out.contains(QStringLiteral("Archived by:")));
    CHECK(shown.out.contains(QStringLiteral("Damaged in transit")));

    // Archived lots are not edited, nor archived twice; nothing changes.
    const CliResult edit = ws.run(args({"lot", "edit", "CAP-100", "L-1", "--qty", "99"}));
    CHECK(edit.exitCode == 1);
    CHECK(edit.out.isEmpty());
    CHECK(edit.err == QStringLiteral("error: Lot L-1 is archived; restore it before editing.\n"));
    // Even with other bad input, what matters first is that it must be restored.
    const CliResult badEdit = ws.run(args({"lot", "edit", "CAP-100", "L-1", "--qty", "abc"}));
    CHECK(badEdit.exitCode == 1);
    CHECK(badEdit.err.contains(QStringLiteral("restore it before editing")));
    const CliResult twice = ws.run(args({"lot", "archive", "CAP-100", "L-1"}));
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("Lot L-1 is already archived")));
    lot = showLot(ws, "CAP-100", "L-1");
    CHECK(lot.value(QStringLiteral("quantity")) == QJsonValue(10));
    CHECK(lot.value(QStringLiteral("version")) == QJsonValue(2));

    const CliResult restored = runOk(ws, args({"lot", "restore", "cap-100", "L-1"}));
    CHECK(restored.out.contains(QStringLiteral("Restored lot L-1 of part CAP-100")));
    lot = showLot(ws, "CAP-100", "L-1");
    CHECK(text(lot, "status") == QStringLiteral("active"));
    CHECK(text(lot, "archived_at").isEmpty());
    CHECK(text(lot, "archived_by").isEmpty());
    CHECK(text(lot, "archive_reason").isEmpty());
    CHECK(lotOrder(ws, args({"--part", "CAP-100"})) == args({"L-1", "L-2"}));
    CHECK(lotOrder(ws, args({"--status", "archived"})).isEmpty());
    const CliResult again = ws.run(args({"lot", "restore", "CAP-100", "L-1"}));
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("Lot L-1 is not archived")));

    // Restored, it can be edited again.
    runOk(ws, args({"lot", "edit", "CAP-100", "L-1", "--qty", "99"}));
    CHECK(showLot(ws, "CAP-100", "L-1").value(QStringLiteral("quantity")) == QJsonValue(99));

    const QList<lotbook::AuditEvent> events = lotEvents(ws.dbPath());
    QStringList actions;
    for (const lotbook::AuditEvent &e : events)
        actions << e.action;
    CHECK(actions == args({"create", "create", "archive", "restore", "update"}));
    const lotbook::AuditEvent &archive = events.at(2);
    CHECK(archive.user == QStringLiteral("auditor"));
    CHECK(archive.entityKey == QStringLiteral("CAP-100/L-1"));
    const lotbook::FieldChange *reason = change(archive, "archive_reason");
    REQUIRE(reason);
    CHECK(reason->newValue.toString() == QStringLiteral("Damaged in transit"));
    const lotbook::FieldChange *status = change(events.at(3), "status");
    REQUIRE(status);
    CHECK(status->oldValue.toString() == QStringLiteral("archived"));
    CHECK(status->newValue.toString() == QStringLiteral("active"));
}

TEST_CASE("cli: lots --supplier and --search filter; search text is never SQL", "[cli][lot]")
{
    CliWorkspace ws;
    setUpCatalog(ws);
    addLot(ws, "CAP-100", "ABC-100", day(-10), day(50));
    addLot(ws, "CAP-100", "abc-200", day(-9), day(60), "Beta Supply");
    addLot(ws, "CAP-100", "XYZ-1", day(-8), day(70), "Beta Supply");
    addLot(ws, "FUSE-5", "LOT%7", day(-7), day(80));

    CHECK(lotOrder(ws, args({"--supplier", "beta supply"})) == args({"abc-200", "XYZ-1"}));
    CHECK(lotOrder(ws, args({"--supplier", "Acme Components", "--part", "CAP-100"})) ==
          args({"ABC-100"}));
    const CliResult unknown = ws.run(args({"lots", "--supplier", "Zeta"}));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.contains(QStringLiteral("There is no supplier named \"Zeta\"")));

    // A real substring, whatever its case.
    CHECK(lotOrder(ws, args({"--search", "Bc-"})) == args({"ABC-100", "abc-200"}));
    CHECK(lotOrder(ws, args({"--search", "xyz", "--part", "CAP-100"})) == args({"XYZ-1"}));
    CHECK(lotOrder(ws, args({"--search", "bc", "--supplier", "Beta Supply"})) == args({"abc-200"}));
    // SQL metacharacters are matched literally: no injection, no wildcards.
    CHECK(lotOrder(ws, args({"--search", "' OR 1=1 --"})).isEmpty());
    CHECK(lotOrder(ws, args({"--search", "%_"})).isEmpty());
    CHECK(lotOrder(ws, args({"--search", "_"})).isEmpty());
    CHECK(lotOrder(ws, args({"--search", "%"})) == args({"LOT%7"}));
    CHECK(lotOrder(ws, args({"--search", "\"; DROP TABLE lot; --"})).isEmpty());
    CHECK(lotCount(ws) == 4);
}

TEST_CASE("cli: Every lot rule is refused with exit 1, every error printed, nothing written",
          "[cli][lot]")
{
    CliWorkspace ws;
    setUpCatalog(ws);
    runOk(ws, args({"lot", "add", "--part", "CAP-100", "--lot", "L-1", "--received"}) +
                  QStringList{day(-10)} +
                  args({"--qty", "10", "--cost", "2", "--supplier", "Acme Components",
                        "--warehouse", "Main", "--bin", "A-01"}));
    REQUIRE(lotEvents(ws.dbPath()).size() == 1);

    // A valid `lot add` with one option replaced.
    auto addWith = [](const QString &option, const QString &value) {
        QList<std::pair<QString, QString>> fields{
            {QStringLiteral("--part"), QStringLiteral("CAP-100")},
            {QStringLiteral("--lot"), QStringLiteral("L-2")},
            {QStringLiteral("--received"), day(-10)},
            {QStringLiteral("--expires"), day(30)},
            {QStringLiteral("--qty"), QStringLiteral("5")},
            {QStringLiteral("--cost"), QStringLiteral("1.25")},
            {QStringLiteral("--supplier"), QStringLiteral("Acme Components")},
            {QStringLiteral("--warehouse"), QStringLiteral("Main")},
            {QStringLiteral("--bin"), QStringLiteral("A-02")}};
        QStringList arguments{QStringLiteral("lot"), QStringLiteral("add")};
        for (const auto &[name, fieldValue] : fields)
            arguments << name << (name == option ? value : fieldValue);
        return arguments;
    };
    struct Case
    {
        const char *option;
        QString value;
        const char *message;
    };
    const QList<Case> cases{
        {"--lot", QStringLiteral(" "), "Lot number is required."},
        {"--lot", QStringLiteral(" l-1 "),
         "Part CAP-100 already has a lot numbered \"l-1\" (lot numbers are compared ignoring case "
         "and surrounding spaces)."},
        {"--received", day(1), "is in the future; a lot can only be recorded once it has arrived."},
        {"--received", QStringLiteral("2025-02-30"),
         "Received date \"2025-02-30\" is not a valid date; write it as YYYY-MM-DD"},
        {"--received", QStringLiteral("2025/01/10"), "Received date \"2025/01/10\" is not a valid"},
        {"--received", QStringLiteral("10/03/2025"), "Received date \"10/03/2025\" is not a valid"},
        {"--expires", day(-11), "Expiration date is before the received date."},
        {"--expires", QStringLiteral("soon"), "Expiration date \"soon\" is not a valid date"},
        {"--qty", QStringLiteral("0"), "Quantity received must be greater than 0."},
        {"--qty", QStringLiteral("-3"),
         "Quantity received must be a whole number greater than 0 (\"-3\" is not)."},
        {"--qty", QStringLiteral("2.5"),
         "Quantity received must be a whole number greater than 0 (\"2.5\" is not)."},
        {"--qty", QStringLiteral("2,5"),
         "Quantity received must be a whole number greater than 0 (\"2,5\" is not)."},
        {"--qty", QStringLiteral("abc"),
         "Quantity received must be a whole number greater than 0 (\"abc\" is not)."},
        {"--cost", QStringLiteral("-1"), "Cost per unit cannot be negative."},
        {"--cost", QStringLiteral("1.23456"), "Cost per unit can have at most 4 decimal places."},
        {"--cost", QStringLiteral("1,5"), "Cost per unit must be a number"},
        {"--supplier", QStringLiteral("Nobody"), "There is no supplier named \"Nobody\"."},
        {"--supplier", QStringLiteral(" "), "Supplier is required"},
        {"--warehouse", QStringLiteral("Nowhere"), "There is no warehouse named \"Nowhere\"."},
        {"--bin", QStringLiteral("B-01"), "Main has no bin with code \"B-01\"."},
        {"--part", QStringLiteral("RES-1K"),
         "Part RES-1K does not track lots; turn on lot tracking for it first."},
        {"--part", QStringLiteral("NOPE"), "There is no part with part number \"NOPE\"."},
    };
    for (const Case &c : cases) {
        const QStringList arguments = addWith(QLatin1String(c.option), c.value);
        INFO("lotbook-cli " << arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult r = ws.run(arguments);
        INFO("stderr: " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        // One error, on one line, saying what is wrong.
        CHECK(r.err.startsWith(QStringLiteral("error: ")));
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
        CHECK(r.err.contains(QString::fromUtf8(c.message)));
    }

    // Several problems at once: each reported once, in the order of the fields.
    const CliResult many = ws.run(
        args({"lot",        "add",       "--part",      "CAP-100", "--lot", "L-1",    "--received",
              "2025-01-10", "--expires", "2025-01-09",  "--qty",   "abc",   "--cost", "-1",
              "--supplier", "Nobody",    "--warehouse", "Nowhere", "--bin", "A-01"}));
    CHECK(many.exitCode == 1);
    CHECK(many.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts) ==
          QStringList{
              QStringLiteral("error: Part CAP-100 already has a lot numbered \"L-1\" (lot numbers "
                             "are compared ignoring case and surrounding spaces)."),
              QStringLiteral("error: Expiration date is before the received date."),
              QStringLiteral("error: Quantity received must be a whole number greater than 0 "
                             "(\"abc\" is not)."),
              QStringLiteral("error: Cost per unit cannot be negative."),
              QStringLiteral("error: There is no supplier named \"Nobody\"."),
              QStringLiteral("error: There is no warehouse named \"Nowhere\"."),
          });

    // A deactivated supplier is not offered for new lots.
    runOk(ws, args({"supplier", "deactivate", "Beta Supply"}));
    const CliResult inactive = ws.run(addWith(QStringLiteral("--supplier"), s("beta supply")));
    CHECK(inactive.exitCode == 1);
    CHECK(inactive.err.contains(QStringLiteral("That supplier is deactivated")));

    // Edits are held to the same rules, and leave the lot as it was.
    struct EditCase
    {
        QStringList arguments;
        const char *message;
    };
    runOk(ws, args({"lot", "add", "--part", "CAP-100", "--lot", "L-2", "--received"}) +
                  QStringList{day(-10)} +
                  args({"--qty", "1", "--cost", "1", "--supplier", "Acme Components", "--warehouse",
                        "Main"}));
    const QList<EditCase> edits{
        {args({"--lot", "  L-2 "}), "Part CAP-100 already has a lot numbered \"L-2\""},
        {args({"--lot", ""}), "Lot number is required."},
        {QStringList{QStringLiteral("--received"), day(1)}, "is in the future"},
        {QStringList{QStringLiteral("--expires"), day(-11)},
         "Expiration date is before the received date."},
        {args({"--qty", "0"}), "Quantity received must be greater than 0."},
        {args({"--cost", "1.00001"}), "Cost per unit can have at most 4 decimal places."},
        {args({"--supplier", "Nobody"}), "There is no supplier named \"Nobody\"."},
        {args({"--bin", "B-01"}), "Main has no bin with code \"B-01\"."},
        // Moving to another warehouse keeps the bin unless told: the bin is then wrong.
        {args({"--warehouse", "Annex"}),
         "Bin A-01 belongs to another warehouse; choose a bin of the lot's warehouse, or none."},
    };
    for (const EditCase &e : edits) {
        const QStringList arguments = args({"lot", "edit", "CAP-100", "L-1"}) + e.arguments;
        INFO("lotbook-cli " << arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult r = ws.run(arguments);
        INFO("stderr: " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(QStringLiteral("error: ")));
        CHECK(r.err.contains(QString::fromUtf8(e.message)));
    }
    const QJsonObject l1 = showLot(ws, "CAP-100", "L-1");
    CHECK(l1.value(QStringLiteral("version")) == QJsonValue(1));
    CHECK(l1.value(QStringLiteral("quantity")) == QJsonValue(10));
    CHECK(text(l1, "warehouse") == QStringLiteral("Main"));
    CHECK(text(l1, "bin") == QStringLiteral("A-01"));
    CHECK(text(l1, "received") == day(-10));

    // Nothing was written by any refused command: two lots, two audit events.
    CHECK(lotCount(ws) == 2);
    CHECK(lotEvents(ws.dbPath()).size() == 2);
}

TEST_CASE("cli: lot edit changes the given fields and the audit trail records old and new",
          "[cli][lot]")
{
    CliWorkspace ws;
    setUpCatalog(ws);
    const QString expires = day(200);
    runOk(ws, args({"--user", "clerk", "lot", "add", "--part", "CAP-100", "--lot", "L-1",
                    "--received"}) +
                  QStringList{day(-10), QStringLiteral("--expires"), expires} +
                  args({"--qty", "100", "--cost", "0.25", "--supplier", "Acme Components",
                        "--warehouse", "Main", "--bin", "A-01", "--notes", "First count"}));

    const CliResult edited =
        runOk(ws, args({"--user", "manager", "lot", "edit", "cap-100", " l-1", "--qty", "250",
                        "--cost", "0.5", "--no-expiry", "--notes", "Recounted", "--lot", "L-1A"}));
    CHECK(edited.out.contains(QStringLiteral("Saved lot L-1A of part CAP-100")));
    QJsonObject lot = showLot(ws, "CAP-100", "L-1A");
    CHECK(lot.value(QStringLiteral("quantity")) == QJsonValue(250));
    CHECK(text(lot, "unit_cost") == QStringLiteral("0.5"));
    CHECK(text(lot, "expires").isEmpty());
    CHECK(text(lot, "notes") == QStringLiteral("Recounted"));
    // Only the fields given change.
    CHECK(text(lot, "received") == day(-10));
    CHECK(text(lot, "supplier") == QStringLiteral("Acme Components"));
    CHECK(text(lot, "bin") == QStringLiteral("A-01"));
    CHECK(text(lot, "created_by") == QStringLiteral("clerk"));
    CHECK(text(lot, "updated_by") == QStringLiteral("manager"));
    CHECK(lot.value(QStringLiteral("version")) == QJsonValue(2));
    CHECK(ws.run(args({"lot", "show", "CAP-100", "L-1"})).exitCode == 1);

    QList<lotbook::AuditEvent> events = lotEvents(ws.dbPath());
    REQUIRE(events.size() == 2);
    const lotbook::AuditEvent &update = events.at(1);
    CHECK(update.action == QStringLiteral("update"));
    CHECK(update.user == QStringLiteral("manager"));
    CHECK(update.entityKey == QStringLiteral("CAP-100/L-1A"));
    QStringList fields;
    for (const lotbook::FieldChange &c : update.changes)
        fields << c.field;
    CHECK(fields == args({"lot_number", "expires_on", "quantity", "unit_cost", "notes"}));
    const lotbook::FieldChange *number = change(update, "lot_number");
    REQUIRE(number);
    CHECK(number->oldValue.toString() == QStringLiteral("L-1"));
    CHECK(number->newValue.toString() == QStringLiteral("L-1A"));
    const lotbook::FieldChange *quantity = change(update, "quantity");
    REQUIRE(quantity);
    CHECK(quantity->oldValue.toLongLong() == 100);
    CHECK(quantity->newValue.toLongLong() == 250);
    const lotbook::FieldChange *cost = change(update, "unit_cost");
    REQUIRE(cost);
    CHECK(cost->oldValue.toString() == QStringLiteral("0.25"));
    CHECK(cost->newValue.toString() == QStringLiteral("0.5"));
    const lotbook::FieldChange *expiry = change(update, "expires_on");
    REQUIRE(expiry);
    CHECK(expiry->oldValue.toString() == expires);
    CHECK(expiry->newValue.isNull());

    // The same values again: nothing changes, no event.
    const CliResult same = runOk(ws, args({"lot", "edit", "CAP-100", "L-1A", "--qty", "250"}));
    CHECK(same.out.contains(QStringLiteral("nothing was changed")));
    CHECK(lotEvents(ws.dbPath()).size() == 2);

    // Another warehouse with one of its bins; then out of the bin; then an expiry again.
    runOk(ws, args({"lot", "edit", "CAP-100", "L-1A", "--warehouse", "annex", "--bin", "b-01"}));
    CHECK(text(showLot(ws, "CAP-100", "L-1A"), "warehouse") == QStringLiteral("Annex"));
    CHECK(column(jsonList(ws, args({"lots"})), "location") == QStringList{s("Annex — B-01")});
    runOk(ws, args({"lot", "edit", "CAP-100", "L-1A", "--no-bin"}));
    CHECK(column(jsonList(ws, args({"lots"})), "location") == args({"Annex"}));
    runOk(ws, args({"lot", "edit", "CAP-100", "L-1A", "--expires"}) + QStringList{expires});
    CHECK(text(showLot(ws, "CAP-100", "L-1A"), "expires") == expires);

    events = lotEvents(ws.dbPath());
    REQUIRE(events.size() == 5);
    const lotbook::FieldChange *warehouse = change(events.at(2), "warehouse");
    REQUIRE(warehouse);
    CHECK(warehouse->oldValue.toString() == QStringLiteral("Main"));
    CHECK(warehouse->newValue.toString() == QStringLiteral("Annex"));
    const lotbook::FieldChange *bin = change(events.at(3), "bin");
    REQUIRE(bin);
    CHECK(bin->oldValue.toString() == QStringLiteral("B-01"));
    CHECK(bin->newValue.isNull());
}

TEST_CASE("cli: lot commands have --help, and usage errors exit 64", "[cli][lot]")
{
    CliWorkspace ws;
    struct HelpCase
    {
        QStringList words;
        const char *mustMention;
    };
    const QList<HelpCase> helps{
        {args({"lot", "add"}), "--received"},   {args({"lot", "edit"}), "--no-expiry"},
        {args({"lot", "archive"}), "--reason"}, {args({"lot", "restore"}), "LOT"},
        {args({"lot", "show"}), "--format"},    {args({"lots"}), "--sort"},
    };
    for (const HelpCase &h : helps) {
        INFO(h.words.join(QLatin1Char(' ')).toStdString());
        const CliResult r = ws.run(h.words + args({"--help"}));
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        CHECK(r.out.contains(QStringLiteral("Usage: lotbook-cli [global options] ") +
                             h.words.join(QLatin1Char(' '))));
        CHECK(r.out.contains(QLatin1String(h.mustMention)));
    }
    const CliResult overview = ws.runRaw(args({"--help"}));
    for (const char *command :
         {"lot add", "lot edit", "lot archive", "lot restore", "lot show", "lots"})
        CHECK(overview.out.contains(QLatin1String(command)));
    const CliResult group = ws.run(args({"lot", "--help"}));
    CHECK(group.exitCode == 0);
    CHECK(group.out.contains(QStringLiteral("lot archive")));
    CHECK_FALSE(QFileInfo::exists(ws.dbPath()));

    setUpCatalog(ws);
    addLot(ws, "CAP-100", "L-1", day(-1));
    struct UsageCase
    {
        QStringList arguments;
        const char *mustMention;
    };
    const QList<UsageCase> usages{
        {args({"lot", "add", "--part", "CAP-100", "--received", "2025-01-01", "--qty", "1",
               "--cost", "1", "--supplier", "Acme Components", "--warehouse", "Main"}),
         "--lot"},
        {args({"lot", "add", "--part", "CAP-100", "--lot", "L-9", "--received", "2025-01-01",
               "--cost", "1", "--supplier", "Acme Components", "--warehouse", "Main"}),
         "--qty"},
        {args({"lot", "edit", "CAP-100"}), "LOT"},
        {args({"lot", "edit", "CAP-100", "L-1"}), "Nothing to change"},
        {args({"lot", "edit", "CAP-100", "L-1", "--expires", "2026-01-01", "--no-expiry"}),
         "--no-expiry"},
        {args({"lot", "edit", "CAP-100", "L-1", "--bin", "A-01", "--no-bin"}), "--no-bin"},
        {args({"lot", "edit", "CAP-100", "L-1", "--part", "FUSE-5"}), "part"},
        {args({"lot", "show", "CAP-100", "L-1", "--format", "csv"}), "csv"},
        {args({"lot", "archive", "CAP-100", "L-1", "extra"}), "extra"},
        {args({"lot", "remove", "CAP-100", "L-1"}), "lot remove"},
    };
    for (const UsageCase &u : usages) {
        INFO("arguments: " << u.arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult r = ws.run(u.arguments);
        INFO("stderr: " << r.err.toStdString());
        CHECK(r.exitCode == 64);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QLatin1String(u.mustMention)));
        CHECK(r.err.contains(QStringLiteral("--help")));
    }
    CHECK(lotCount(ws) == 1);
}

TEST_CASE("cli: lot commands on a missing database exit 2 and create nothing", "[cli][lot]")
{
    CliWorkspace ws;
    for (const QStringList &arguments :
         {args({"lots"}), args({"lot", "show", "CAP-100", "L-1"}),
          args({"lot", "archive", "CAP-100", "L-1"}),
          args({"lot", "add", "--part", "CAP-100", "--lot", "L-1", "--received", "2025-01-01",
                "--qty", "1", "--cost", "1", "--supplier", "Acme", "--warehouse", "Main"})}) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult r = ws.run(arguments);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QStringLiteral("init")));
    }
    CHECK_FALSE(QFileInfo::exists(ws.dbPath()));
}
