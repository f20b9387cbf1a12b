// import and export through the real lotbook-cli binary: the summary on
// stdout, every error on stderr as "line N, column C: reason" with exit 1 and
// nothing written, --dry-run, --create-missing, --date-format and --map; CSV
// export with RFC 4180 quoting and formula neutralising; a round trip from one
// database to another with the same catalog; and an import killed with SIGKILL
// halfway through a large file, which must leave the database exactly as it
// was and passing `check`.
#include "AuditLog.h"
#include "CliRunner.h"
#include "Database.h"
#include "LotStore.h"
#include "PartStore.h"
#include "SupplierStore.h"
#include "TempDb.h"
#include "Text.h"
#include "WarehouseStore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <memory>

using lotbook::test::args;
using lotbook::test::CliResult;
using lotbook::test::CliWorkspace;
using lotbook::test::runOk;
using lotbook::test::s;
using namespace lotbook;

namespace {

std::unique_ptr<Database> openDb(const QString &path)
{
    OpenResult r = Database::open(path, OpenMode::CreateIfMissing);
    INFO(r.message.toStdString());
    REQUIRE(r.ok());
    r.database->setUserName(QStringLiteral("setup"));
    return std::move(r.database);
}

template <typename T> T required(Result<T> r)
{
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return r.take();
}

// Two lot-tracked parts, two suppliers, two warehouses with bins: the same
// catalog in every database these tests make (written through core, which is
// faster than a dozen CLI runs and is the same library the CLI uses).
void setUpCatalog(const QString &path)
{
    std::unique_ptr<Database> db = openDb(path);
    PartStore parts(*db);
    for (const char *number : {"CAP-100", "FUSE-5"}) {
        Part p;
        p.number = QString::fromUtf8(number);
        p.name = QStringLiteral("Part ") + p.number;
        p.trackLots = true;
        required(parts.create(p));
    }
    SupplierStore suppliers(*db);
    for (const char *name : {"Acme Components", "Beta Supply"})
        required(suppliers.create({0, QString::fromUtf8(name), {}, {}, {}, {}, true}));
    WarehouseStore warehouses(*db);
    const Warehouse main = required(warehouses.create({0, QStringLiteral("Main"), {}, true}));
    const Warehouse annex = required(warehouses.create({0, QStringLiteral("Annex"), {}, true}));
    required(warehouses.createBin({0, main.id, QStringLiteral("A-01"), {}, true}));
    required(warehouses.createBin({0, main.id, QStringLiteral("A-02"), {}, true}));
    required(warehouses.createBin({0, annex.id, QStringLiteral("B-01"), {}, true}));
}

void writeText(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

qint64 count(const QString &dbPath, const char *table)
{
    std::unique_ptr<Database> db = openDb(dbPath);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Every row of every table, in rowid order, hashed: equal hashes mean the
// database holds exactly the same data (the file bytes may differ: WAL).
QByteArray contentHash(const QString &dbPath)
{
    std::unique_ptr<Database> db = openDb(dbPath);
    QSqlQuery tables(db->connection());
    REQUIRE(tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    REQUIRE(names.contains(QStringLiteral("lot")));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &name : names) {
        QSqlQuery q(db->connection());
        // Table names come from sqlite_master, not from input.
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name)));
        hash.addData(name.toUtf8());
        while (q.next()) {
            for (int c = 0; c < q.record().count(); ++c)
                hash.addData(q.value(c).toString().toUtf8() + '\x1f');
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

const QByteArray kHeader =
    "Part number,Lot number,Received date,Expiration date,Qty,Unit cost,Supplier,Warehouse,Bin,"
    "Notes\r\n";

} // namespace

TEST_CASE("cli: import prints a summary and the lots are listed", "[cli][import]")
{
    CliWorkspace ws;
    ws.init();
    setUpCatalog(ws.dbPath());
    writeText(ws.file(QStringLiteral("packing.csv")),
              kHeader + "CAP-100,L-1,2024-01-10,2026-01-10,100,0.05,Acme Components,Main,A-01,\r\n"
                        "FUSE-5,L-2,2024-01-11,,20,1.2,Beta Supply,Annex,,\"boxed, dry\"\r\n");
    const CliResult r = runOk(ws, args({"import", "packing.csv"}));
    CHECK(r.out == QStringLiteral("imported 2 lots from packing.csv\n"));
    CHECK(r.err.isEmpty());
    CHECK(runOk(ws, args({"lots", "--sort", "lot", "--format", "csv"})).out ==
          QStringLiteral(
              "part_number,lot_number,received,expires,quantity,unit_cost,supplier,location,"
              "status,part_name,warehouse,bin,notes\r\n"
              "CAP-100,L-1,2024-01-10,2026-01-10,100,0.05,Acme Components,Main — A-01,active,"
              "Part CAP-100,Main,A-01,\r\n"
              "FUSE-5,L-2,2024-01-11,,20,1.2,Beta Supply,Annex,active,Part FUSE-5,Annex,,"
              "\"boxed, dry\"\r\n"));
    // The audit trail names the file.
    std::unique_ptr<Database> db = openDb(ws.dbPath());
    QList<AuditEvent> events;
    const Result<QList<AuditEvent>> all = AuditLog::events(*db);
    REQUIRE(all.ok());
    for (const AuditEvent &e : all.value())
        if (e.entity == QLatin1String("lot"))
            events << e;
    REQUIRE(events.size() == 2);
    CHECK(events.at(0).action == QLatin1String("import"));
    CHECK(AuditLog::changesToJson(events.at(0).changes).contains(QStringLiteral("packing.csv")));
}

TEST_CASE("cli: import errors go to stderr one per line and nothing is written", "[cli][import]")
{
    CliWorkspace ws;
    ws.init();
    setUpCatalog(ws.dbPath());
    writeText(ws.file(QStringLiteral("bad.csv")),
              kHeader + "CAP-100,L-1,2024-01-10,,100,0.05,Acme Components,Main,A-01,\r\n"
                        "CAP-100,L-2,2024-01-10,,0,0.05,Acme Components,Main,A-01,\r\n"
                        "CAP-100,L-3,2024-01-10,,5,0.05,Nobody,Main,,\r\n"
                        "CAP-100,L-4,2024-01-10\r\n");
    const QByteArray before = contentHash(ws.dbPath());
    const CliResult r = ws.run(args({"import", "bad.csv"}));
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err ==
          QStringLiteral("line 3, column Qty: Quantity received must be greater than 0.\n"
                         "line 4, column Supplier: There is no supplier named \"Nobody\". Add it "
                         "first, or let the import create missing suppliers, warehouses and bins.\n"
                         "line 5: This record has 3 fields, but the header has 10.\n"
                         "error: 3 errors in bad.csv; nothing was imported.\n"));
    CHECK(contentHash(ws.dbPath()) == before);
    CHECK(count(ws.dbPath(), "lot") == 0);
}

TEST_CASE("cli: import --dry-run says what would be imported and writes nothing", "[cli][import]")
{
    CliWorkspace ws;
    ws.init();
    setUpCatalog(ws.dbPath());
    writeText(ws.file(QStringLiteral("p.csv")),
              kHeader + "CAP-100,L-1,2024-01-10,,100,0.05,Acme Components,Main,A-09,\r\n"
                        "CAP-100,L-2,2024-01-10,,100,0.05,Gamma,Depot,,\r\n");
    const QByteArray before = contentHash(ws.dbPath());
    const CliResult r = runOk(ws, args({"import", "p.csv", "--dry-run", "--create-missing"}));
    CHECK(r.out == QStringLiteral("would import 2 lots from p.csv (dry run: nothing was written)\n"
                                  "would create supplier Gamma\n"
                                  "would create warehouse Depot\n"
                                  "would create bin Main / A-09\n"));
    CHECK(contentHash(ws.dbPath()) == before);

    SECTION("and a dry run with errors fails like the import would")
    {
        const CliResult bad = ws.run(args({"import", "p.csv", "--dry-run"}));
        CHECK(bad.exitCode == 1);
        CHECK(bad.err.count(QStringLiteral("\n")) == 4); // 3 errors and the summary
        CHECK(contentHash(ws.dbPath()) == before);
    }
    SECTION("then the real import creates them")
    {
        const CliResult done = runOk(ws, args({"import", "p.csv", "--create-missing"}));
        CHECK(done.out.startsWith(QStringLiteral("imported 2 lots from p.csv\ncreated supplier "
                                                 "Gamma\n")));
        CHECK(count(ws.dbPath(), "lot") == 2);
        CHECK(count(ws.dbPath(), "supplier") == 3);
        CHECK(count(ws.dbPath(), "bin") == 4);
    }
}

TEST_CASE("cli: import --date-format and --map read a foreign packing list", "[cli][import]")
{
    CliWorkspace ws;
    ws.init();
    setUpCatalog(ws.dbPath());
    writeText(ws.file(QStringLiteral("de.csv")),
              "Artikel;Charge;Eingang;MHD;Menge;Preis;Lieferant;Lager\r\n"
              "CAP-100;C-7;05/03/2024;31/12/2025;12;0.5;Acme Components;Main\r\n");
    const CliResult r =
        runOk(ws, args({"import", "de.csv", "--date-format", "day-first", "--map", "Artikel=part",
                        "--map", "Charge=lot_number", "--map=Eingang=received", "--map",
                        "MHD=expires", "--map", "Menge=qty", "--map", "Preis=unit_cost", "--map",
                        "Lieferant=supplier", "--map", "Lager=warehouse"}));
    CHECK(r.out == QStringLiteral("imported 1 lot from de.csv\n"));
    CHECK(runOk(ws, args({"lots", "--format", "csv"}))
              .out.contains(QStringLiteral("CAP-100,C-7,2024-03-05,2025-12-31,12,0.5,")));
}

TEST_CASE("cli: import usage and file errors", "[cli][import]")
{
    CliWorkspace ws;
    ws.init();
    setUpCatalog(ws.dbPath());
    writeText(ws.file(QStringLiteral("p.csv")), kHeader);
    auto fails = [&ws](const QStringList &arguments, int code, const char *says) {
        const CliResult r = ws.run(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        CHECK(r.exitCode == code);
        CHECK(r.err.contains(QString::fromUtf8(says)));
    };
    fails(args({"import"}), 64, "Missing FILE");
    fails(args({"import", "p.csv", "--date-format", "us"}), 64, "Unknown date format");
    fails(args({"import", "p.csv", "--map", "Qty"}), 64, "--map needs COLUMN=FIELD");
    fails(args({"import", "p.csv", "--map", "Qty=colour"}), 64, "--map needs COLUMN=FIELD");
    fails(args({"import", "p.csv", "--locale", "xx_nowhere"}), 64, "Unknown locale");
    fails(args({"import", "missing.csv"}), 1, "There is no file missing.csv");
    fails(args({"import", "p.csv"}), 1, "line 2: The file has a header but no rows");
    writeText(ws.file(QStringLiteral("empty.csv")), QByteArray());
    fails(args({"import", "empty.csv"}), 1, "line 1: The file is empty");
    CHECK(runOk(ws, args({"import", "--help"})).out.contains(QStringLiteral("--create-missing")));
}

TEST_CASE("cli: lots as CSV quotes fields and neutralises formulas but not numbers",
          "[cli][export]")
{
    CliWorkspace ws;
    ws.init();
    setUpCatalog(ws.dbPath());
    {
        std::unique_ptr<Database> db = openDb(ws.dbPath());
        SupplierStore suppliers(*db);
        const Supplier evil =
            required(suppliers.create({0, QStringLiteral("@Evil, Inc."), {}, {}, {}, {}, true}));
        LotStore lots(*db);
        const qint64 part = required(PartStore(*db).findByNumber(QStringLiteral("CAP-100"))).id;
        const qint64 main = required(WarehouseStore(*db).findByName(QStringLiteral("Main"))).id;
        for (const char *number : {"=1+1", "-5", "+7", "say \"hi\""}) {
            Lot l;
            l.partId = part;
            l.lotNumber = QString::fromUtf8(number);
            l.received = QDate(2024, 1, 10);
            l.quantity = 3;
            l.unitCost = 2500;
            l.supplierId = evil.id;
            l.warehouseId = main;
            required(lots.create(l));
        }
    }
    const QString expected = QStringLiteral(
        "part_number,lot_number,received,expires,quantity,unit_cost,supplier,location,status,"
        "part_name,warehouse,bin,notes\r\n"
        "CAP-100,'+7,2024-01-10,,3,0.25,\"'@Evil, Inc.\",Main,active,Part CAP-100,Main,,\r\n"
        "CAP-100,'-5,2024-01-10,,3,0.25,\"'@Evil, Inc.\",Main,active,Part CAP-100,Main,,\r\n"
        "CAP-100,'=1+1,2024-01-10,,3,0.25,\"'@Evil, Inc.\",Main,active,Part CAP-100,Main,,\r\n"
        "CAP-100,\"say \"\"hi\"\"\",2024-01-10,,3,0.25,\"'@Evil, Inc.\",Main,active,Part "
        "CAP-100,Main,,\r\n");
    CHECK(runOk(ws, args({"lots", "--sort", "lot", "--format", "csv"})).out == expected);
    // `export` is the same list, CSV by default.
    CHECK(runOk(ws, args({"export", "--sort", "lot"})).out == expected);
}

TEST_CASE("cli: exporting a part's lots and importing them into an empty database gives the "
          "same lots",
          "[cli][export][import]")
{
    CliWorkspace source;
    source.init();
    setUpCatalog(source.dbPath());
    {
        std::unique_ptr<Database> db = openDb(source.dbPath());
        LotStore lots(*db);
        PartStore parts(*db);
        SupplierStore suppliers(*db);
        WarehouseStore warehouses(*db);
        const qint64 cap = required(parts.findByNumber(QStringLiteral("CAP-100"))).id;
        const qint64 fuse = required(parts.findByNumber(QStringLiteral("FUSE-5"))).id;
        const qint64 acme = required(suppliers.findByName(QStringLiteral("Acme Components"))).id;
        const qint64 beta = required(suppliers.findByName(QStringLiteral("Beta Supply"))).id;
        const Warehouse main = required(warehouses.findByName(QStringLiteral("Main")));
        const Warehouse annex = required(warehouses.findByName(QStringLiteral("Annex")));
        const qint64 a02 = required(warehouses.findBin(main.id, QStringLiteral("A-02"))).id;
        const qint64 b01 = required(warehouses.findBin(annex.id, QStringLiteral("B-01"))).id;
        struct Row
        {
            const char *number;
            QDate received, expires;
            qint64 qty;
            MoneyUnits cost;
            qint64 supplier, warehouse, bin;
            const char *notes;
        };
        // Notes that a spreadsheet would run, that span lines, quote and separate.
        const QList<Row> rows{
            {"L-2024-001", {2024, 1, 10}, {2025, 1, 10}, 100, 500, acme, main.id, a02, ""},
            {"=HYPERLINK(\"x\")",
             {2024, 2, 1},
             {},
             1,
             0,
             beta,
             annex.id,
             b01,
             "=cmd|' /C calc'!A0"},
            {"-42",
             {2023, 12, 31},
             {2024, 1, 1},
             999999,
             25,
             acme,
             annex.id,
             0,
             "first line\nsecond line"},
            {"comma, \"quoted\"",
             {2024, 3, 3},
             {},
             7,
             123456789,
             beta,
             main.id,
             0,
             "boxed, \"dry\"; keep cool"},
            {"Ünïcödé 📦", {2024, 3, 4}, {2030, 1, 1}, 3, 10000, acme, main.id, a02, "@ Ünïcödé 📦"},
        };
        for (const Row &row : rows) {
            Lot l;
            l.partId = cap;
            l.lotNumber = QString::fromUtf8(row.number);
            l.received = row.received;
            l.expires = row.expires;
            l.quantity = row.qty;
            l.unitCost = row.cost;
            l.supplierId = row.supplier;
            l.warehouseId = row.warehouse;
            l.binId = row.bin;
            l.notes = QString::fromUtf8(row.notes);
            required(lots.create(l));
        }
        // Another part's lot, left out by --part.
        Lot other;
        other.partId = fuse;
        other.lotNumber = QStringLiteral("F-1");
        other.received = QDate(2024, 1, 1);
        other.quantity = 1;
        other.supplierId = acme;
        other.warehouseId = main.id;
        required(lots.create(other));
    }
    const CliResult exported =
        runOk(source, args({"lots", "--part", "CAP-100", "--format", "csv"}));

    CliWorkspace target;
    target.init();
    setUpCatalog(target.dbPath());
    writeText(target.file(QStringLiteral("cap-100.csv")), exported.out.toUtf8());
    const CliResult imported = runOk(target, args({"import", "cap-100.csv"}));
    CHECK(imported.out == QStringLiteral("imported 5 lots from cap-100.csv\n"));

    // Field by field, through core: part, lot number, dates, quantity, cost,
    // supplier, warehouse, bin and notes.
    auto read = [](const QString &path) {
        std::unique_ptr<Database> db = openDb(path);
        LotFilter filter;
        filter.status = LotFilter::Status::All;
        QStringList lines;
        for (const LotRow &r : required(LotStore(*db).list(filter, {LotSortField::LotNumber})))
            lines << QStringList{r.partNumber,
                                 r.lot.lotNumber,
                                 dateToIso(r.lot.received),
                                 dateToIso(r.lot.expires),
                                 QString::number(r.lot.quantity),
                                 QString::number(r.lot.unitCost),
                                 r.supplierName,
                                 r.warehouseName,
                                 r.binCode,
                                 lotStatusKey(r.lot.status),
                                 r.lot.notes}
                         .join(QLatin1Char('|'));
        return lines;
    };
    QStringList expected = read(source.dbPath());
    expected.removeIf([](const QString &line) { return line.startsWith(QLatin1String("FUSE-5")); });
    const QStringList actual = read(target.dbPath());
    REQUIRE(actual.size() == 5);
    CHECK(actual.join(QLatin1Char('\n')).toStdString() ==
          expected.join(QLatin1Char('\n')).toStdString());
    // And exporting again gives the same file.
    CHECK(runOk(target, args({"lots", "--part", "CAP-100", "--format", "csv"})).out ==
          exported.out);
}

TEST_CASE("cli: an import killed partway leaves the database exactly as before",
          "[cli][import][kill]")
{
    CliWorkspace ws;
    ws.init();
    setUpCatalog(ws.dbPath());
    runOk(ws, args({"lot", "add", "--part", "CAP-100", "--lot", "BEFORE", "--received",
                    "2024-01-01", "--qty", "1", "--cost", "1", "--supplier", "Acme Components",
                    "--warehouse", "Main"}));
    // Large enough that the import is still running when it is killed.
    QByteArray csv = kHeader;
    const int rows = 60000;
    for (int i = 0; i < rows; ++i)
        csv += "CAP-100,K-" + QByteArray::number(i) +
               ",2024-01-10,2026-01-10,5,0.25,Acme Components,Main,A-01,bulk\r\n";
    writeText(ws.file(QStringLiteral("big.csv")), csv);
    const QByteArray before = contentHash(ws.dbPath());
    const qint64 lotsBefore = count(ws.dbPath(), "lot");

    QProcess child;
    child.setProcessEnvironment(lotbook::test::cliEnvironment(ws.home()));
    child.setWorkingDirectory(ws.home());
    child.start(QStringLiteral(LOTBOOK_CLI_PATH), args({"--db"}) + QStringList{ws.dbPath()} +
                                                      args({"import", "big.csv", "--progress"}));
    REQUIRE(child.waitForStarted());
    // Wait until it reports progress: it is then inside its transaction.
    QByteArray err;
    QElapsedTimer waited;
    waited.start();
    while (!err.contains("progress:") && child.state() == QProcess::Running &&
           waited.elapsed() < 60000) {
        child.waitForReadyRead(100);
        err += child.readAllStandardError();
    }
    INFO("stderr so far: " << err.toStdString());
    REQUIRE(err.contains("progress:"));
    REQUIRE(child.state() == QProcess::Running);
    child.kill(); // SIGKILL
    REQUIRE(child.waitForFinished(30000));
    CHECK(child.exitStatus() == QProcess::CrashExit);
    err += child.readAllStandardError();
    CHECK_FALSE(err.contains("imported"));

    // SQLite rolls the unfinished transaction back on the next open.
    CHECK(contentHash(ws.dbPath()) == before);
    CHECK(count(ws.dbPath(), "lot") == lotsBefore);
    const CliResult check = ws.run(args({"check"}));
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
    std::unique_ptr<Database> db = openDb(ws.dbPath());
    CHECK(AuditLog::verify(*db).value().intact);
}
