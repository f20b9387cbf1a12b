// The catalog commands (part, supplier, warehouse, bin) against a real database
// file: what is added shows up in every list format, and bad input is refused
// with exit 1, a message naming the field, and nothing written.
#include "AuditLog.h"
#include "CliRunner.h"
#include "Database.h"
#include "TempDb.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using lotbook::test::args;
using lotbook::test::CliResult;
using lotbook::test::CliWorkspace;
using lotbook::test::runOk;
using lotbook::test::s;

namespace {

QJsonArray jsonList(const CliWorkspace &ws, const QStringList &arguments)
{
    const CliResult r = runOk(ws, arguments + args({"--format", "json"}));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(error.errorString().toStdString() << "\n" << r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

// Audit events about one kind of entity in the CLI's file, oldest first, read
// through core after the CLI has exited.
QList<lotbook::AuditEvent> auditEvents(const QString &path, const QString &entity)
{
    lotbook::OpenResult opened = lotbook::Database::open(path, lotbook::OpenMode::OpenExisting);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    const auto events = lotbook::AuditLog::events(*opened.database);
    REQUIRE(events.ok());
    QList<lotbook::AuditEvent> matching;
    for (const lotbook::AuditEvent &e : events.value())
        if (e.entity == entity)
            matching << e;
    return matching;
}

// One field of every object in a JSON list.
QStringList column(const QJsonArray &list, const QString &key)
{
    QStringList values;
    for (const QJsonValue &v : list)
        values << v.toObject().value(key).toString();
    return values;
}

// The column where `text` starts in `line`, for checking the table is aligned.
qsizetype columnOf(const QString &line, const QString &text)
{
    const qsizetype at = line.indexOf(text);
    REQUIRE(at >= 0);
    return at;
}

} // namespace

TEST_CASE("cli: part add, then part list as table, CSV and JSON", "[cli][part]")
{
    CliWorkspace ws;
    ws.init();
    const CliResult added = runOk(ws, args({"part", "add", "--number", "CAP-100", "--name",
                                            "Capacitor 100 nF, \"X7R\"", "--unit", "pcs", "--price",
                                            "0.0025", "--description", "Ceramic", "--track-lots"}));
    CHECK(added.out.contains(QStringLiteral("CAP-100")));
    runOk(ws, args({"part", "add", "--number", "RES-1K", "--name", "Resistor 1k", "--price",
                    "1234.5"}));

    SECTION("table: aligned columns with yes/no")
    {
        const CliResult r = runOk(ws, args({"part", "list"}));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 3);
        const QString header = lines.at(0);
        CHECK(header.contains(QStringLiteral("Number")));
        CHECK(header.contains(QStringLiteral("Lots tracked")));
        CHECK(header.contains(QStringLiteral("Active")));
        CHECK(lines.at(1).startsWith(QStringLiteral("CAP-100 ")));
        CHECK(lines.at(2).startsWith(QStringLiteral("RES-1K ")));
        CHECK(columnOf(lines.at(1), QStringLiteral("Capacitor")) ==
              columnOf(header, QStringLiteral("Name")));
        CHECK(columnOf(lines.at(2), QStringLiteral("Resistor")) ==
              columnOf(header, QStringLiteral("Name")));
        CHECK(columnOf(lines.at(1), QStringLiteral("pcs")) ==
              columnOf(header, QStringLiteral("Unit")));
        // Amounts are right-aligned under "Price", written with a dot.
        const qsizetype priceEnd = columnOf(header, QStringLiteral("Price")) + 5;
        CHECK(columnOf(lines.at(1), QStringLiteral("0.0025")) + 6 == priceEnd);
        CHECK(columnOf(lines.at(2), QStringLiteral("1234.5")) + 6 == priceEnd);
        CHECK(lines.at(1).contains(QStringLiteral(" yes ")));
        CHECK(lines.at(2).contains(QStringLiteral(" no ")));
    }

    SECTION("CSV: header of keys, RFC 4180 quoting, CRLF")
    {
        const CliResult r = runOk(ws, args({"part", "list", "--format", "csv"}));
        CHECK(r.out ==
              QStringLiteral(
                  "part_number,name,unit,price,description,track_lots,active\r\n"
                  "CAP-100,\"Capacitor 100 nF, \"\"X7R\"\"\",pcs,0.0025,Ceramic,true,true\r\n"
                  "RES-1K,Resistor 1k,ea,1234.5,,false,true\r\n"));
    }

    SECTION("JSON: an array of objects with lower_snake keys")
    {
        const QJsonArray parts = jsonList(ws, args({"part", "list"}));
        REQUIRE(parts.size() == 2);
        const QJsonObject cap = parts.at(0).toObject();
        CHECK(cap.value(QStringLiteral("part_number")).toString() == QStringLiteral("CAP-100"));
        CHECK(cap.value(QStringLiteral("name")).toString() == s("Capacitor 100 nF, \"X7R\""));
        CHECK(cap.value(QStringLiteral("unit")).toString() == QStringLiteral("pcs"));
        // Money stays exact: text, never a floating-point number.
        CHECK(cap.value(QStringLiteral("price")).toString() == QStringLiteral("0.0025"));
        CHECK(cap.value(QStringLiteral("description")).toString() == QStringLiteral("Ceramic"));
        CHECK(cap.value(QStringLiteral("track_lots")) == QJsonValue(true));
        CHECK(cap.value(QStringLiteral("active")) == QJsonValue(true));
        const QJsonObject res = parts.at(1).toObject();
        CHECK(res.value(QStringLiteral("part_number")).toString() == QStringLiteral("RES-1K"));
        CHECK(res.value(QStringLiteral("unit")).toString() == QStringLiteral("ea"));
        CHECK(res.value(QStringLiteral("price")).toString() == QStringLiteral("1234.5"));
        CHECK(res.value(QStringLiteral("track_lots")) == QJsonValue(false));
    }
}

TEST_CASE("cli: A part number differing only by case, spaces or Unicode case is refused",
          "[cli][part]")
{
    CliWorkspace ws;
    ws.init();
    runOk(ws, args({"part", "add", "--number", "ÄBC", "--name", "First"}));

    const CliResult r = ws.run(args({"part", "add", "--number", " äbc ", "--name", "Second"}));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("error: Part number")));
    CHECK(r.err.contains(s("\"äbc\"")));
    CHECK(r.err.contains(QStringLiteral("already used")));

    // Nothing was written: still one part, one audit event.
    const QJsonArray parts = jsonList(ws, args({"part", "list", "--all"}));
    REQUIRE(parts.size() == 1);
    CHECK(parts.at(0).toObject().value(QStringLiteral("part_number")).toString() == s("ÄBC"));
    CHECK(parts.at(0).toObject().value(QStringLiteral("name")).toString() == s("First"));
    CHECK(auditEvents(ws.dbPath(), QStringLiteral("part")).size() == 1);

    // Renaming another part onto it is refused the same way.
    runOk(ws, args({"part", "add", "--number", "XYZ", "--name", "Third"}));
    const CliResult edit = ws.run(args({"part", "edit", "XYZ", "--number", "äBc"}));
    CHECK(edit.exitCode == 1);
    CHECK(edit.err.contains(QStringLiteral("Part number")));
    CHECK(column(jsonList(ws, args({"part", "list"})), QStringLiteral("part_number"))
              .contains(QStringLiteral("XYZ")));
}

TEST_CASE("cli: A bad price is refused naming the price, and nothing is written", "[cli][part]")
{
    CliWorkspace ws;
    ws.init();
    const char *badPrices[] = {"abc", "-1", "1.23456", "1e3", ""};
    for (const char *price : badPrices) {
        INFO("price: " << price);
        const CliResult r =
            ws.run(args({"part", "add", "--number", "P-1", "--name", "Part", "--price", price}));
        INFO("stderr: " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(QStringLiteral("error: ")));
        CHECK(r.err.contains(QStringLiteral("Price")));
    }
    CHECK(runOk(ws, args({"part", "list", "--all", "--format", "csv"})).out ==
          QStringLiteral("part_number,name,unit,price,description,track_lots,active\r\n"));

    // A bad price and a missing name are reported together.
    const CliResult both =
        ws.run(args({"part", "add", "--number", "P-1", "--name", " ", "--price", "-1"}));
    CHECK(both.exitCode == 1);
    CHECK(both.err.contains(QStringLiteral("Price cannot be negative")));
    CHECK(both.err.contains(QStringLiteral("Name is required")));

    // Editing with a bad price leaves the part as it was.
    runOk(ws, args({"part", "add", "--number", "P-1", "--name", "Part", "--price", "2.5"}));
    const CliResult edit = ws.run(args({"part", "edit", "P-1", "--price", "2.50001"}));
    CHECK(edit.exitCode == 1);
    CHECK(edit.err.contains(QStringLiteral("Price can have at most 4 decimal places")));
    CHECK(jsonList(ws, args({"part", "list"})).at(0).toObject().value(QStringLiteral("price")) ==
          QJsonValue(QStringLiteral("2.5")));
}

TEST_CASE("cli: part edit, deactivate and activate", "[cli][part]")
{
    CliWorkspace ws;
    ws.init();
    runOk(ws, args({"part", "add", "--number", "CAP-100", "--name", "Cap", "--track-lots"}));

    runOk(ws, args({"part", "edit", "cap-100", "--number", "CAP-101", "--name", "Capacitor",
                    "--unit", "box", "--price", "3", "--description", "New", "--no-track-lots"}));
    QJsonObject part = jsonList(ws, args({"part", "list"})).at(0).toObject();
    CHECK(part.value(QStringLiteral("part_number")).toString() == QStringLiteral("CAP-101"));
    CHECK(part.value(QStringLiteral("name")).toString() == QStringLiteral("Capacitor"));
    CHECK(part.value(QStringLiteral("unit")).toString() == QStringLiteral("box"));
    CHECK(part.value(QStringLiteral("price")).toString() == QStringLiteral("3"));
    CHECK(part.value(QStringLiteral("description")).toString() == QStringLiteral("New"));
    CHECK(part.value(QStringLiteral("track_lots")) == QJsonValue(false));

    // Only the fields given change.
    runOk(ws, args({"part", "edit", "CAP-101", "--track-lots"}));
    part = jsonList(ws, args({"part", "list"})).at(0).toObject();
    CHECK(part.value(QStringLiteral("track_lots")) == QJsonValue(true));
    CHECK(part.value(QStringLiteral("name")).toString() == QStringLiteral("Capacitor"));

    runOk(ws, args({"part", "deactivate", "CAP-101"}));
    CHECK(jsonList(ws, args({"part", "list"})).isEmpty());
    const QJsonArray all = jsonList(ws, args({"part", "list", "--all"}));
    REQUIRE(all.size() == 1);
    CHECK(all.at(0).toObject().value(QStringLiteral("active")) == QJsonValue(false));
    CHECK(runOk(ws, args({"part", "list", "--all"})).out.contains(QStringLiteral(" no")));

    runOk(ws, args({"part", "activate", "CAP-101"}));
    CHECK(jsonList(ws, args({"part", "list"})).size() == 1);

    const CliResult missing = ws.run(args({"part", "deactivate", "NOPE"}));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("There is no part with part number \"NOPE\"")));

    const QList<lotbook::AuditEvent> events = auditEvents(ws.dbPath(), QStringLiteral("part"));
    REQUIRE(events.size() == 5);
    CHECK(events.at(0).action == QStringLiteral("create"));
    CHECK(events.at(1).action == QStringLiteral("update"));
    CHECK(events.at(3).action == QStringLiteral("deactivate"));
    CHECK(events.at(4).action == QStringLiteral("activate"));
}

TEST_CASE(
    "cli: --user is written into audit events, by default the preferences' name or the login name",
    "[cli][audit]")
{
    CliWorkspace ws;
    ws.init();
    runOk(ws, args({"--user", "alice", "part", "add", "--number", "A", "--name", "A"}));

    QProcessEnvironment login;
    login.insert(QStringLiteral("USER"), QStringLiteral("carol"));
    REQUIRE(ws.run(args({"part", "add", "--number", "B", "--name", "B"}), login).exitCode == 0);

    // The same settings file as the desktop application's preferences.
    REQUIRE(QDir().mkpath(ws.file(QStringLiteral("config/Lotbook"))));
    lotbook::test::writeFile(ws.file(QStringLiteral("config/Lotbook/Lotbook.conf")),
                             "[preferences]\nuserName=pat\n");
    REQUIRE(ws.run(args({"part", "add", "--number", "C", "--name", "C"}), login).exitCode == 0);

    const QList<lotbook::AuditEvent> events = auditEvents(ws.dbPath(), QStringLiteral("part"));
    REQUIRE(events.size() == 3);
    CHECK(events.at(0).user == QStringLiteral("alice"));
    CHECK(events.at(0).entityKey == QStringLiteral("A"));
    CHECK(events.at(1).user == QStringLiteral("carol"));
    CHECK(events.at(2).user == QStringLiteral("pat"));
}

TEST_CASE("cli: supplier add, edit, deactivate and list", "[cli][supplier]")
{
    CliWorkspace ws;
    ws.init();
    runOk(ws, args({"supplier", "add", "--name", "Acme Components", "--contact", "Jo Smith",
                    "--phone", "+1 555 0100", "--email", "orders@acme.example", "--notes",
                    "Net 30, ships Tuesdays"}));
    runOk(ws, args({"supplier", "add", "--name", "Zeta"}));

    const CliResult dup = ws.run(args({"supplier", "add", "--name", " ACME components "}));
    CHECK(dup.exitCode == 1);
    CHECK(dup.err.contains(QStringLiteral("supplier named")));
    const CliResult email = ws.run(args({"supplier", "add", "--name", "Beta", "--email", "nope"}));
    CHECK(email.exitCode == 1);
    CHECK(email.err.contains(QStringLiteral("Email \"nope\"")));

    QJsonArray suppliers = jsonList(ws, args({"supplier", "list"}));
    REQUIRE(suppliers.size() == 2);
    const QJsonObject acme = suppliers.at(0).toObject();
    CHECK(acme.value(QStringLiteral("name")).toString() == QStringLiteral("Acme Components"));
    CHECK(acme.value(QStringLiteral("contact")).toString() == QStringLiteral("Jo Smith"));
    CHECK(acme.value(QStringLiteral("phone")).toString() == QStringLiteral("+1 555 0100"));
    CHECK(acme.value(QStringLiteral("email")).toString() == QStringLiteral("orders@acme.example"));
    CHECK(acme.value(QStringLiteral("notes")).toString() ==
          QStringLiteral("Net 30, ships Tuesdays"));
    CHECK(acme.value(QStringLiteral("active")) == QJsonValue(true));

    // A text cell starting with '+' could run as a formula in a spreadsheet:
    // CSV neutralises it with a leading quote (JSON keeps the value as is).
    CHECK(runOk(ws, args({"supplier", "list", "--format", "csv"})).out ==
          QStringLiteral("name,contact,phone,email,notes,active\r\n"
                         "Acme Components,Jo Smith,'+1 555 0100,orders@acme.example,"
                         "\"Net 30, ships Tuesdays\",true\r\n"
                         "Zeta,,,,,true\r\n"));
    const QStringList table =
        runOk(ws, args({"supplier", "list"})).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(table.size() == 3);
    CHECK(columnOf(table.at(1), QStringLiteral("Jo Smith")) ==
          columnOf(table.at(0), QStringLiteral("Contact")));

    runOk(ws, args({"supplier", "edit", "acme components", "--name", "Acme", "--phone", "123"}));
    runOk(ws, args({"supplier", "deactivate", "zeta"}));
    suppliers = jsonList(ws, args({"supplier", "list"}));
    REQUIRE(suppliers.size() == 1);
    CHECK(suppliers.at(0).toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("Acme"));
    CHECK(suppliers.at(0).toObject().value(QStringLiteral("phone")).toString() ==
          QStringLiteral("123"));
    CHECK(jsonList(ws, args({"supplier", "list", "--all"})).size() == 2);
}

TEST_CASE("cli: warehouse and bin add, deactivate and list", "[cli][warehouse][bin]")
{
    CliWorkspace ws;
    ws.init();
    runOk(ws, args({"warehouse", "add", "--name", "Main", "--notes", "Dock 4"}));
    runOk(ws, args({"warehouse", "add", "--name", "Annex"}));
    const CliResult dup = ws.run(args({"warehouse", "add", "--name", "MAIN "}));
    CHECK(dup.exitCode == 1);
    CHECK(dup.err.contains(QStringLiteral("warehouse named \"MAIN\" already exists")));

    runOk(ws, args({"bin", "add", "--warehouse", "main", "--code", "A-01", "--description",
                    "Top shelf"}));
    runOk(ws, args({"bin", "add", "--warehouse", "Main", "--code", "A-02"}));
    runOk(ws, args({"bin", "add", "--warehouse", "Annex", "--code", "A-01"}));
    const CliResult dupBin = ws.run(args({"bin", "add", "--warehouse", "Main", "--code", "a-01"}));
    CHECK(dupBin.exitCode == 1);
    CHECK(dupBin.err.contains(QStringLiteral("Main already has a bin with code \"a-01\"")));
    const CliResult noWarehouse =
        ws.run(args({"bin", "add", "--warehouse", "Nowhere", "--code", "X"}));
    CHECK(noWarehouse.exitCode == 1);
    CHECK(noWarehouse.err.contains(QStringLiteral("no warehouse named \"Nowhere\"")));

    const QJsonArray warehouses = jsonList(ws, args({"warehouse", "list"}));
    REQUIRE(warehouses.size() == 2);
    CHECK(warehouses.at(0).toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("Annex"));
    CHECK(warehouses.at(1).toObject().value(QStringLiteral("notes")).toString() ==
          QStringLiteral("Dock 4"));
    CHECK(runOk(ws, args({"warehouse", "list", "--format", "csv"})).out ==
          QStringLiteral("name,notes,active\r\nAnnex,,true\r\nMain,Dock 4,true\r\n"));

    CHECK(runOk(ws, args({"bin", "list", "--format", "csv"})).out ==
          QStringLiteral("warehouse,code,description,active\r\n"
                         "Annex,A-01,,true\r\n"
                         "Main,A-01,Top shelf,true\r\n"
                         "Main,A-02,,true\r\n"));
    const QJsonArray mainBins = jsonList(ws, args({"bin", "list", "--warehouse", "MAIN"}));
    REQUIRE(mainBins.size() == 2);
    CHECK(mainBins.at(0).toObject().value(QStringLiteral("warehouse")).toString() ==
          QStringLiteral("Main"));
    CHECK(mainBins.at(0).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("A-01"));
    CHECK(mainBins.at(0).toObject().value(QStringLiteral("description")).toString() ==
          QStringLiteral("Top shelf"));
    CHECK(mainBins.at(0).toObject().value(QStringLiteral("active")) == QJsonValue(true));
    const QStringList table =
        runOk(ws, args({"bin", "list"})).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(table.size() == 4);
    CHECK(columnOf(table.at(2), QStringLiteral("Top shelf")) ==
          columnOf(table.at(0), QStringLiteral("Description")));

    runOk(ws, args({"bin", "deactivate", "--warehouse", "Main", "--code", "a-02"}));
    CHECK(jsonList(ws, args({"bin", "list", "--warehouse", "Main"})).size() == 1);
    CHECK(jsonList(ws, args({"bin", "list", "--warehouse", "Main", "--all"})).size() == 2);
    runOk(ws, args({"bin", "activate", "--warehouse", "Main", "--code", "A-02"}));
    CHECK(jsonList(ws, args({"bin", "list", "--warehouse", "Main"})).size() == 2);
    const CliResult noBin =
        ws.run(args({"bin", "deactivate", "--warehouse", "Main", "--code", "Z"}));
    CHECK(noBin.exitCode == 1);
    CHECK(noBin.err.contains(QStringLiteral("Main has no bin with code \"Z\"")));

    // Without --all, the bins of an inactive warehouse are not listed either.
    runOk(ws, args({"warehouse", "edit", "annex", "--name", "Overflow", "--notes", "Yard"}));
    runOk(ws, args({"warehouse", "deactivate", "Overflow"}));
    CHECK(jsonList(ws, args({"warehouse", "list"})).size() == 1);
    CHECK(jsonList(ws, args({"bin", "list"})).size() == 2);
    const QJsonArray allBins = jsonList(ws, args({"bin", "list", "--all"}));
    REQUIRE(allBins.size() == 3);
    CHECK(allBins.at(2).toObject().value(QStringLiteral("warehouse")).toString() ==
          QStringLiteral("Overflow"));
    runOk(ws, args({"warehouse", "activate", "overflow"}));
    CHECK(jsonList(ws, args({"warehouse", "list"})).size() == 2);
}

TEST_CASE("cli: Lists of an empty catalog", "[cli]")
{
    CliWorkspace ws;
    ws.init();
    CHECK(jsonList(ws, args({"part", "list"})).isEmpty());
    CHECK(runOk(ws, args({"supplier", "list", "--format", "csv"})).out ==
          QStringLiteral("name,contact,phone,email,notes,active\r\n"));
    CHECK(runOk(ws, args({"warehouse", "list"})).out.startsWith(QStringLiteral("Name")));
}
