// `lotbook-cli lots` as a trace tool across all parts, run as the real binary on
// a database set up through the CLI itself with a known answer: every filter
// alone (lot number, part number or name, supplier, received and expiry dates,
// warehouse and bin, status), date boundaries (received ranges include their
// days; --expires-before/--expires-after exclude theirs, and never list lots
// without expiry), combinations, sorting by part, the part columns in every
// format, and clear errors for bad dates, unknown names and misused options.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using lotbook::test::args;
using lotbook::test::CliResult;
using lotbook::test::CliWorkspace;
using lotbook::test::runOk;
using lotbook::test::s;

namespace {

struct LotSpec
{
    const char *part;
    const char *lot;
    const char *received;
    const char *expires; // "" : none
    const char *supplier;
    const char *warehouse;
    const char *bin; // "" : none
};

// Six lots over three parts, two suppliers, two warehouses:
//   CAP-470 C-1001 2024-01-10 exp 2025-01-10 Acme Parts Co. Warehouse A/C-12
//   CAP-470 C-1002 2024-02-01 exp 2025-02-01 Acme Parts Co. Warehouse A/C-13
//   CAP-470 C-2001 2024-03-15 no expiry      Beta Supply    Warehouse B/B-1
//   CAP-470 C-1003 2024-02-29 exp 2024-12-31 Acme Parts Co. Warehouse A/C-12 (archived)
//   FUSE-5  F-77   2024-01-31 exp 2026-06-30 Acme Parts Co. Warehouse A
//   RES-1K  R-9    2024-01-10 exp 2025-01-10 Beta Supply    Warehouse B/B-1
// Names: CAP-470 "Electrolytic capacitor", FUSE-5 "Fuse for Capacitor bank",
// RES-1K "Resistor 1k".
void setUpTrace(const CliWorkspace &ws)
{
    ws.init();
    runOk(ws, args({"supplier", "add", "--name", "Acme Parts Co."}));
    runOk(ws, args({"supplier", "add", "--name", "Beta Supply"}));
    runOk(ws, args({"warehouse", "add", "--name", "Warehouse A"}));
    runOk(ws, args({"warehouse", "add", "--name", "Warehouse B"}));
    runOk(ws, args({"bin", "add", "--warehouse", "Warehouse A", "--code", "C-12"}));
    runOk(ws, args({"bin", "add", "--warehouse", "Warehouse A", "--code", "C-13"}));
    runOk(ws, args({"bin", "add", "--warehouse", "Warehouse B", "--code", "B-1"}));
    runOk(ws, args({"part", "add", "--number", "CAP-470", "--name", "Electrolytic capacitor",
                    "--track-lots"}));
    runOk(ws, args({"part", "add", "--number", "FUSE-5", "--name", "Fuse for Capacitor bank",
                    "--track-lots"}));
    runOk(ws, args({"part", "add", "--number", "RES-1K", "--name", "Resistor 1k", "--track-lots"}));
    const LotSpec lots[] = {
        {"CAP-470", "C-1001", "2024-01-10", "2025-01-10", "Acme Parts Co.", "Warehouse A", "C-12"},
        {"CAP-470", "C-1002", "2024-02-01", "2025-02-01", "Acme Parts Co.", "Warehouse A", "C-13"},
        {"CAP-470", "C-2001", "2024-03-15", "", "Beta Supply", "Warehouse B", "B-1"},
        {"CAP-470", "C-1003", "2024-02-29", "2024-12-31", "Acme Parts Co.", "Warehouse A", "C-12"},
        {"FUSE-5", "F-77", "2024-01-31", "2026-06-30", "Acme Parts Co.", "Warehouse A", ""},
        {"RES-1K", "R-9", "2024-01-10", "2025-01-10", "Beta Supply", "Warehouse B", "B-1"},
    };
    for (const LotSpec &l : lots) {
        QStringList a =
            args({"lot", "add", "--part", l.part, "--lot", l.lot, "--received", l.received, "--qty",
                  "10", "--cost", "0.25", "--supplier", l.supplier, "--warehouse", l.warehouse});
        if (*l.expires)
            a << QStringLiteral("--expires") << QString::fromUtf8(l.expires);
        if (*l.bin)
            a << QStringLiteral("--bin") << QString::fromUtf8(l.bin);
        runOk(ws, a);
    }
    runOk(ws, args({"lot", "archive", "CAP-470", "C-1003", "--reason", "used up"}));
}

// The lot numbers `lots <arguments> --sort lot` lists, read from its CSV.
QStringList lots(const CliWorkspace &ws, const QStringList &arguments)
{
    const CliResult r =
        runOk(ws, args({"lots"}) + arguments + args({"--sort", "lot", "--format", "csv"}));
    QStringList lines = r.out.split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() >= 2);
    REQUIRE(lines.takeFirst().startsWith(QStringLiteral("part_number,lot_number,")));
    REQUIRE(lines.takeLast().isEmpty());
    QStringList numbers;
    for (const QString &line : lines)
        numbers << line.section(QLatin1Char(','), 1, 1);
    return numbers;
}

// Every status.
QStringList allLots(const CliWorkspace &ws, const QStringList &arguments)
{
    return lots(ws, arguments + args({"--status", "all"}));
}

QJsonArray jsonLots(const CliWorkspace &ws, const QStringList &arguments)
{
    const CliResult r = runOk(ws, args({"lots"}) + arguments + args({"--format", "json"}));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(error.errorString().toStdString() << "\n" << r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

TEST_CASE("cli: lots lists every part and filters by lot number and part number or name",
          "[cli][trace]")
{
    CliWorkspace ws;
    setUpTrace(ws);
    // Without --part: the active lots of all parts.
    CHECK(lots(ws, {}) == args({"C-1001", "C-1002", "C-2001", "F-77", "R-9"}));
    CHECK(allLots(ws, {}) == args({"C-1001", "C-1002", "C-1003", "C-2001", "F-77", "R-9"}));
    CHECK(lots(ws, args({"--status", "archived"})) == args({"C-1003"}));

    // --lot: a substring of the lot number, any case; --search is the same option.
    CHECK(allLots(ws, args({"--lot", "c-100"})) == args({"C-1001", "C-1002", "C-1003"}));
    CHECK(allLots(ws, args({"--search", "c-100"})) == args({"C-1001", "C-1002", "C-1003"}));
    CHECK(allLots(ws, args({"--lot", "001"})) == args({"C-1001", "C-2001"}));
    CHECK(allLots(ws, args({"--lot", "7"})) == args({"F-77"}));
    CHECK(allLots(ws, args({"--lot", "-9"})) == args({"R-9"}));
    CHECK(allLots(ws, args({"--lot", "C-1004"})).isEmpty());

    // --part-text: part number or name, any case.
    CHECK(allLots(ws, args({"--part-text", "capacitor"})) ==
          args({"C-1001", "C-1002", "C-1003", "C-2001", "F-77"}));
    CHECK(allLots(ws, args({"--part-text", "ELECTROLYTIC"})) ==
          args({"C-1001", "C-1002", "C-1003", "C-2001"}));
    CHECK(allLots(ws, args({"--part-text", "fuse-"})) == args({"F-77"}));
    CHECK(allLots(ws, args({"--part-text", "res-1"})) == args({"R-9"}));
    CHECK(allLots(ws, args({"--part-text", "transistor"})).isEmpty());
    // --part names one part exactly.
    CHECK(allLots(ws, args({"--part", "cap-470"})) ==
          args({"C-1001", "C-1002", "C-1003", "C-2001"}));
    CHECK(allLots(ws, args({"--part", "CAP-470", "--part-text", "fuse"})).isEmpty());
}

TEST_CASE("cli: lots filters by supplier and warehouse and bin", "[cli][trace]")
{
    CliWorkspace ws;
    setUpTrace(ws);
    CHECK(allLots(ws, args({"--supplier", "acme parts co."})) ==
          args({"C-1001", "C-1002", "C-1003", "F-77"}));
    CHECK(allLots(ws, args({"--supplier", "Beta Supply"})) == args({"C-2001", "R-9"}));
    CHECK(allLots(ws, args({"--warehouse", "Warehouse A"})) ==
          args({"C-1001", "C-1002", "C-1003", "F-77"}));
    CHECK(allLots(ws, args({"--warehouse", "warehouse b"})) == args({"C-2001", "R-9"}));
    CHECK(allLots(ws, args({"--warehouse", "Warehouse A", "--bin", "c-12"})) ==
          args({"C-1001", "C-1003"}));
    CHECK(allLots(ws, args({"--warehouse", "Warehouse A", "--bin", "C-13"})) == args({"C-1002"}));
    CHECK(allLots(ws, args({"--warehouse", "Warehouse B", "--bin", "B-1"})) ==
          args({"C-2001", "R-9"}));
    CHECK(lots(ws, args({"--warehouse", "Warehouse A", "--bin", "C-12"})) == args({"C-1001"}));
}

TEST_CASE("cli: lots received range includes both days", "[cli][trace]")
{
    CliWorkspace ws;
    setUpTrace(ws);
    CHECK(allLots(ws, args({"--received-from", "2024-01-10", "--received-to", "2024-02-01"})) ==
          args({"C-1001", "C-1002", "F-77", "R-9"}));
    CHECK(allLots(ws, args({"--received-from", "2024-01-11", "--received-to", "2024-02-01"})) ==
          args({"C-1002", "F-77"}));
    CHECK(allLots(ws, args({"--received-from", "2024-01-10", "--received-to", "2024-01-31"})) ==
          args({"C-1001", "F-77", "R-9"}));
    CHECK(allLots(ws, args({"--received-from", "2024-02-01", "--received-to", "2024-02-01"})) ==
          args({"C-1002"}));
    CHECK(allLots(ws, args({"--received-from", "2024-02-29"})) == args({"C-1003", "C-2001"}));
    CHECK(allLots(ws, args({"--received-to", "2024-01-10"})) == args({"C-1001", "R-9"}));
    CHECK(allLots(ws, args({"--received-to", "2024-01-09"})).isEmpty());
    CHECK(allLots(ws, args({"--received-from", "2024-03-16"})).isEmpty());
}

TEST_CASE("cli: lots expires-before and expires-after leave out the day itself and lots "
          "without expiry",
          "[cli][trace]")
{
    CliWorkspace ws;
    setUpTrace(ws);
    // Strictly before: a lot expiring on the day is not "before" it.
    CHECK(allLots(ws, args({"--expires-before", "2025-01-10"})) == args({"C-1003"}));
    CHECK(allLots(ws, args({"--expires-before", "2025-01-11"})) ==
          args({"C-1001", "C-1003", "R-9"}));
    CHECK(allLots(ws, args({"--expires-before", "2024-12-31"})).isEmpty());
    // Strictly after.
    CHECK(allLots(ws, args({"--expires-after", "2025-01-10"})) == args({"C-1002", "F-77"}));
    CHECK(allLots(ws, args({"--expires-after", "2025-01-09"})) ==
          args({"C-1001", "C-1002", "F-77", "R-9"}));
    CHECK(allLots(ws, args({"--expires-after", "2026-06-30"})).isEmpty());
    CHECK(allLots(ws, args({"--expires-after", "9999-12-31"})).isEmpty());
    CHECK(allLots(ws, args({"--expires-before", "0001-01-01"})).isEmpty());
    // Between, exclusive; C-2001 never expires and is in no expiry range.
    CHECK(allLots(ws, args({"--expires-after", "2024-12-31", "--expires-before", "2025-02-01"})) ==
          args({"C-1001", "R-9"}));
    CHECK(allLots(ws, args({"--expires-after", "1900-01-01", "--expires-before", "9999-12-31"})) ==
          args({"C-1001", "C-1002", "C-1003", "F-77", "R-9"}));
    CHECK(allLots(ws, args({"--expires-after", "2025-01-10", "--expires-before", "2025-01-11"}))
              .isEmpty());
}

TEST_CASE("cli: lots filters combine to the capacitor trace", "[cli][trace]")
{
    CliWorkspace ws;
    setUpTrace(ws);
    // A capacitor failed: capacitor lots received from Acme between two dates.
    const QStringList trace =
        args({"--part-text", "capacitor", "--supplier", "Acme Parts Co.", "--received-from",
              "2024-01-01", "--received-to", "2024-02-01"});
    CHECK(allLots(ws, trace) == args({"C-1001", "C-1002", "F-77"}));
    CHECK(allLots(ws, trace + args({"--warehouse", "Warehouse A", "--bin", "C-12"})) ==
          args({"C-1001"}));
    CHECK(allLots(ws, trace + args({"--lot", "c-10", "--expires-before", "2025-02-01"})) ==
          args({"C-1001"}));
    CHECK(allLots(ws, trace + args({"--warehouse", "Warehouse B"})).isEmpty());
    // The archived lots of a supplier.
    CHECK(lots(ws, args({"--status", "archived", "--supplier", "Acme Parts Co."})) ==
          args({"C-1003"}));
    CHECK(lots(ws, args({"--status", "archived", "--supplier", "Beta Supply"})).isEmpty());
    // Every filter at once.
    CHECK(allLots(ws, args({"--part",          "CAP-470",        "--part-text",
                            "electro",         "--lot",          "100",
                            "--supplier",      "Acme Parts Co.", "--received-from",
                            "2024-02-01",      "--received-to",  "2024-02-29",
                            "--expires-after", "2024-12-30",     "--expires-before",
                            "2025-01-01",      "--warehouse",    "Warehouse A",
                            "--bin",           "C-12",           "--status",
                            "archived"})) == args({"C-1003"}));

    // Where it is: the JSON names the part, the warehouse and the bin.
    const QJsonArray found =
        jsonLots(ws, trace + args({"--warehouse", "Warehouse A", "--bin", "C-12"}));
    REQUIRE(found.size() == 1);
    const QJsonObject lot = found.at(0).toObject();
    CHECK(text(lot, "part_number") == QStringLiteral("CAP-470"));
    CHECK(text(lot, "part_name") == QStringLiteral("Electrolytic capacitor"));
    CHECK(text(lot, "lot_number") == QStringLiteral("C-1001"));
    CHECK(text(lot, "supplier") == QStringLiteral("Acme Parts Co."));
    CHECK(text(lot, "received") == QStringLiteral("2024-01-10"));
    CHECK(text(lot, "warehouse") == QStringLiteral("Warehouse A"));
    CHECK(text(lot, "bin") == QStringLiteral("C-12"));
    CHECK(text(lot, "location") == QString::fromUtf8("Warehouse A — C-12"));
}

TEST_CASE("cli: lots shows part number and name in every format and sorts by part", "[cli][trace]")
{
    CliWorkspace ws;
    setUpTrace(ws);
    const CliResult csv = runOk(ws, args({"lots", "--lot", "F-77", "--format", "csv"}));
    CHECK(csv.out ==
          QStringLiteral("part_number,lot_number,received,expires,quantity,unit_cost,"
                         "supplier,location,status,part_name,warehouse,bin,notes\r\n"
                         "FUSE-5,F-77,2024-01-31,2026-06-30,10,0.25,Acme Parts Co.,"
                         "Warehouse A,active,Fuse for Capacitor bank,Warehouse A,,\r\n"));
    const CliResult table = runOk(ws, args({"lots", "--lot", "F-77"}));
    const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(QStringLiteral("Part")));
    CHECK(lines.at(1).startsWith(QStringLiteral("FUSE-5  F-77")));

    // By part number, then soonest expiry within a part, no expiry last.
    auto order = [&ws](const char *sort) {
        QStringList keys;
        for (const QJsonValue &v : jsonLots(ws, args({"--status", "all", "--sort", sort})))
            keys << text(v.toObject(), "part_number") + QLatin1Char('/') +
                        text(v.toObject(), "lot_number");
        return keys;
    };
    CHECK(order("part") == args({"CAP-470/C-1003", "CAP-470/C-1001", "CAP-470/C-1002",
                                 "CAP-470/C-2001", "FUSE-5/F-77", "RES-1K/R-9"}));
    CHECK(order("part:desc") == args({"RES-1K/R-9", "FUSE-5/F-77", "CAP-470/C-1003",
                                      "CAP-470/C-1001", "CAP-470/C-1002", "CAP-470/C-2001"}));
    // Expiry across parts: lots without expiry last (first when reversed).
    CHECK(order("expires") == args({"CAP-470/C-1003", "CAP-470/C-1001", "RES-1K/R-9",
                                    "CAP-470/C-1002", "FUSE-5/F-77", "CAP-470/C-2001"}));
    CHECK(order("expires:desc").constFirst() == QStringLiteral("CAP-470/C-2001"));
    CHECK(order("received:desc").constFirst() == QStringLiteral("CAP-470/C-2001"));
}

TEST_CASE("cli: lots refuses bad dates and unknown names with exit 1 and misuse with 64",
          "[cli][trace]")
{
    CliWorkspace ws;
    setUpTrace(ws);
    struct Bad
    {
        QStringList arguments;
        QStringList messages;
    };
    const QList<Bad> bad{
        {args({"--received-from", "2024-13-01"}),
         {QStringLiteral("--received-from \"2024-13-01\" is not a valid date; write it as "
                         "YYYY-MM-DD")}},
        {args({"--received-to", "yesterday"}), {QStringLiteral("--received-to \"yesterday\"")}},
        {args({"--expires-before", "2024-02-30"}),
         {QStringLiteral("--expires-before \"2024-02-30\" is not a valid date")}},
        {args({"--expires-after", "01/02/2024"}),
         {QStringLiteral("--expires-after \"01/02/2024\" is not a valid date")}},
        {args({"--supplier", "Zeta"}), {QStringLiteral("There is no supplier named \"Zeta\".")}},
        {args({"--warehouse", "Warehouse Z"}),
         {QStringLiteral("There is no warehouse named \"Warehouse Z\".")}},
        {args({"--warehouse", "Warehouse B", "--bin", "C-12"}),
         {QStringLiteral("Warehouse B has no bin with code \"C-12\".")}},
        {args({"--part", "CAP-9"}), {QStringLiteral("There is no part with part number")}},
        // Every problem at once.
        {args({"--received-from", "x", "--supplier", "Zeta", "--warehouse", "Nowhere"}),
         {QStringLiteral("--received-from \"x\""), QStringLiteral("Zeta"),
          QStringLiteral("Nowhere")}},
    };
    for (const Bad &b : bad) {
        INFO("lots " << b.arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult r = ws.run(args({"lots"}) + b.arguments);
        INFO("stderr: " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        for (const QString &m : b.messages)
            CHECK(r.err.contains(m));
        CHECK(r.err.startsWith(QStringLiteral("error: ")));
    }

    const QList<QStringList> usage{
        args({"--bin", "C-12"}),   args({"--status", "gone"}), args({"--sort", "part-number"}),
        args({"--received-from"}), args({"--colour", "red"}),
    };
    for (const QStringList &u : usage) {
        INFO("lots " << u.join(QLatin1Char(' ')).toStdString());
        const CliResult r = ws.run(args({"lots"}) + u);
        CHECK(r.exitCode == 64);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QStringLiteral("lots --help")));
    }
    CHECK(ws.run(args({"lots", "--bin", "C-12"})).err.contains(QStringLiteral("--warehouse")));

    const CliResult help = runOk(ws, args({"lots", "--help"}));
    for (const char *option : {"--lot", "--search", "--part-text", "--supplier", "--received-from",
                               "--received-to", "--expires-before", "--expires-after",
                               "--warehouse", "--bin", "--status", "--sort", "--format"})
        CHECK(help.out.contains(QLatin1String(option)));
}
