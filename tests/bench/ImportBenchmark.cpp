// Benchmark, not a test: imports N generated lots from CSV through LotImport
// (validation, one transaction, an audit event per lot) and, in the same run,
// times sqlite3's own `.import` of the same file into a table of the same
// columns, and prints rows per second, the ratio and the peak RSS (VmHWM).
// Without --rows it runs itself once per size (100,000 and 1,000,000 rows) so
// each size's peak memory is measured in a fresh process.
//   import_benchmark [--rows N] [--sizes N,N,...] [--keep DIR]
#include "CsvReader.h"
#include "Database.h"
#include "LotImport.h"
#include "PartStore.h"
#include "SupplierStore.h"
#include "WarehouseStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace lotbook;

namespace {

constexpr int kParts = 50, kSuppliers = 20, kWarehouses = 5, kBins = 10;

void must(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "benchmark failed: %s\n", what);
        std::exit(1);
    }
}

QString partNumber(int i)
{
    return QStringLiteral("PN-%1").arg(i, 3, 10, QLatin1Char('0'));
}
QString supplierName(int i)
{
    return QStringLiteral("Supplier %1").arg(i, 2, 10, QLatin1Char('0'));
}
QString warehouseName(int i)
{
    return QStringLiteral("Warehouse %1").arg(i);
}
QString binCode(int i)
{
    return QStringLiteral("B-%1").arg(i, 2, 10, QLatin1Char('0'));
}

const char *kHeader = "Part number,Lot number,Received date,Expiration date,Quantity received,"
                      "Cost per unit,Supplier,Location,Bin,Notes\r\n";

// A packing list of `rows` lots, streamed to disk as it is generated.
void writeCsv(const QString &path, qint64 rows)
{
    QFile f(path);
    must(f.open(QIODevice::WriteOnly), "creating the CSV file");
    QByteArray chunk = kHeader;
    for (qint64 i = 0; i < rows; ++i) {
        const int part = int(i % kParts);
        const int day = int(i % 28) + 1;
        chunk += partNumber(part).toLatin1() + ",LOT-" + QByteArray::number(i) + ",2024-03-" +
                 (day < 10 ? "0" : "") + QByteArray::number(day) + "," +
                 (i % 3 == 0 ? QByteArray() : QByteArray("2027-01-31")) + "," +
                 QByteArray::number(i % 500 + 1) + "," + QByteArray::number(i % 90) + "." +
                 QByteArray::number(i % 100) + "," + supplierName(int(i % kSuppliers)).toLatin1() +
                 "," + warehouseName(int(i % kWarehouses)).toLatin1() + "," +
                 (i % 4 == 0 ? QByteArray() : binCode(int(i % kBins)).toLatin1()) + "," +
                 (i % 10 == 0 ? QByteArray("\"checked, ok\"") : QByteArray()) + "\r\n";
        if (chunk.size() > (1 << 20)) {
            must(f.write(chunk) == chunk.size(), "writing the CSV file");
            chunk.clear();
        }
    }
    must(f.write(chunk) == chunk.size(), "writing the CSV file");
}

void makeCatalog(Database &db)
{
    PartStore parts(db);
    for (int i = 0; i < kParts; ++i) {
        Part p;
        p.number = partNumber(i);
        p.name = QStringLiteral("Part %1").arg(i);
        p.trackLots = true;
        must(parts.create(p).ok(), "creating a part");
    }
    SupplierStore suppliers(db);
    for (int i = 0; i < kSuppliers; ++i)
        must(suppliers.create({0, supplierName(i), {}, {}, {}, {}, true}).ok(),
             "creating a supplier");
    WarehouseStore warehouses(db);
    for (int w = 0; w < kWarehouses; ++w) {
        const Result<Warehouse> warehouse = warehouses.create({0, warehouseName(w), {}, true});
        must(warehouse.ok(), "creating a warehouse");
        for (int b = 0; b < kBins; ++b)
            must(warehouses.createBin({0, warehouse.value().id, binCode(b), {}, true}).ok(),
                 "creating a bin");
    }
}

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

// CPU seconds (user + system) used by finished child processes so far.
double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Timing
{
    double wall = -1; // seconds
    double cpu = -1;  // seconds of CPU, user and system
};

// One sqlite3 run reading `script` on stdin; wall -1 when it failed.
Timing timeSqlite3(const QString &dbPath, const QByteArray &script)
{
    QProcess p;
    const double cpuBefore = childCpuSeconds();
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), dbPath});
    if (!p.waitForStarted())
        return {};
    p.write(script);
    p.closeWriteChannel();
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3: %s\n", p.readAllStandardError().constData());
        return {};
    }
    return {double(t.nsecsElapsed()) / 1e9, childCpuSeconds() - cpuBefore};
}

int runOne(qint64 rows, const QString &keepDir)
{
    QTemporaryDir tmp;
    must(tmp.isValid(), "making a temporary folder");
    const QString dir = keepDir.isEmpty() ? tmp.path() : keepDir;
    QDir().mkpath(dir);
    const QString csv = dir + QStringLiteral("/lots.csv");
    writeCsv(csv, rows);
    const qint64 csvBytes = QFileInfo(csv).size();

    // Parsing alone, to show what the CSV reader costs.
    QElapsedTimer t;
    {
        QFile f(csv);
        must(f.open(QIODevice::ReadOnly), "opening the CSV");
        t.start();
        CsvReader reader(f);
        CsvRecord record;
        qint64 n = 0;
        while (reader.next(record) == CsvReader::Status::Record)
            ++n;
        must(n == rows, "parsing the CSV");
    }
    const double parseSeconds = double(t.nsecsElapsed()) / 1e9;

    const QString dbPath = dir + QStringLiteral("/lotbook.sqlite");
    QFile::remove(dbPath);
    OpenResult opened = Database::open(dbPath, OpenMode::CreateIfMissing);
    must(opened.ok(), "creating the database");
    Database &db = *opened.database;
    db.setUserName(QStringLiteral("bench"));
    makeCatalog(db);

    t.restart();
    const double cpuBefore = cpuSeconds();
    const ImportReport report = LotImport(db).runFile(csv, {});
    const Timing import{double(t.nsecsElapsed()) / 1e9, cpuSeconds() - cpuBefore};
    if (!report.ok()) {
        for (const ImportError &e : report.errors.mid(0, 5))
            std::fprintf(stderr, "line %lld, %s: %s\n", e.line, qPrintable(e.column),
                         qPrintable(e.message));
        must(false, "importing");
    }
    must(report.lots == rows, "importing every row");
    const qint64 rssKb = peakRssKb();
    opened.database.reset();

    // sqlite3's own .import of the same file into a table of the same columns.
    const QString plainDb = dir + QStringLiteral("/plain.sqlite");
    QFile::remove(plainDb);
    const Timing sqlite = timeSqlite3(
        plainDb, "CREATE TABLE lots (part_number TEXT, lot_number TEXT, received_date TEXT, "
                 "expiration_date TEXT, quantity_received INTEGER, cost_per_unit TEXT, "
                 "supplier TEXT, location TEXT, bin TEXT, notes TEXT);\n"
                 ".import --csv --skip 1 '" +
                     csv.toUtf8() + "' lots\n");
    // For scale: sqlite3 filling Lotbook's own lot table (its indexes and
    // search index) from the same file, without validation or audit events.
    const QString schemaDb = dir + QStringLiteral("/schema.sqlite");
    QFile::remove(schemaDb);
    {
        OpenResult s = Database::open(schemaDb, OpenMode::CreateIfMissing);
        must(s.ok(), "creating the second database");
        s.database->setUserName(QStringLiteral("bench"));
        makeCatalog(*s.database);
    }
    const Timing schema = timeSqlite3(
        schemaDb,
        "PRAGMA foreign_keys = ON;\n"
        "CREATE TEMP TABLE t (part_number, lot_number, received, expires, quantity, cost, "
        "supplier, location, bin, notes);\n"
        ".import --csv --skip 1 '" +
            csv.toUtf8() +
            "' t\n"
            "BEGIN;\n"
            "INSERT INTO lot (part_id, lot_number, lot_key, received_on, expires_on, quantity, "
            "unit_cost, supplier_id, warehouse_id, bin_id, notes, status, created_at, "
            "created_by, updated_at, updated_by, version) "
            "SELECT p.id, t.lot_number, lower(t.lot_number), t.received, NULLIF(t.expires, ''), "
            "t.quantity, CAST(round(t.cost * 10000) AS INTEGER), s.id, w.id, b.id, t.notes, "
            "'active', 'now', 'bench', 'now', 'bench', 1 FROM t "
            "JOIN part p ON p.part_key = lower(t.part_number) "
            "JOIN supplier s ON s.name_key = lower(t.supplier) "
            "JOIN warehouse w ON w.name_key = lower(t.location) "
            "LEFT JOIN bin b ON b.warehouse_id = w.id AND b.code_key = lower(t.bin);\n"
            "COMMIT;\n");

    // Wall time is what a user waits; CPU time is steadier on a busy machine.
    std::printf("rows=%lld csv_mb=%.1f parse_s=%.3f | lotbook import: wall_s=%.2f cpu_s=%.2f "
                "rows_per_s=%.0f (cpu: %.0f) | sqlite3 .import: wall_s=%.3f cpu_s=%.3f | "
                "ratio wall=%.1f cpu=%.1f | sqlite3 into lot schema: wall_s=%.2f cpu_s=%.2f | "
                "peak_rss_mb=%.1f\n",
                rows, double(csvBytes) / 1e6, parseSeconds, import.wall, import.cpu,
                double(rows) / import.wall, double(rows) / import.cpu, sqlite.wall, sqlite.cpu,
                import.wall / sqlite.wall, import.cpu / sqlite.cpu, schema.wall, schema.cpu,
                double(rssKb) / 1024.0);
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("One size, here."),
                                        QStringLiteral("N"));
    const QCommandLineOption sizesOption(QStringLiteral("sizes"),
                                         QStringLiteral("Sizes, each in its own process."),
                                         QStringLiteral("N,N"), QStringLiteral("100000,1000000"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the files in this folder."),
                                        QStringLiteral("DIR"));
    parser.addOptions({rowsOption, sizesOption, keepOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(rowsOption))
        return runOne(parser.value(rowsOption).toLongLong(), parser.value(keepOption));

    std::printf("LotImport vs sqlite3 .import (%s), one process per size\n",
                qPrintable(QStringLiteral("same CSV, same run")));
    std::fflush(stdout);
    for (const QString &size : parser.value(sizesOption).split(QLatin1Char(','))) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        QStringList arguments{QStringLiteral("--rows"), size.trimmed()};
        if (parser.isSet(keepOption))
            arguments << QStringLiteral("--keep") << parser.value(keepOption);
        child.start(QCoreApplication::applicationFilePath(), arguments);
        if (!child.waitForStarted() || !child.waitForFinished(-1) || child.exitCode() != 0)
            return 1;
    }
    return 0;
}
