// Benchmark, not a test: builds (or reuses) a database of 1,000,000 lots over
// 10,000 parts, one part holding 100,000 of them, and prints median times for
// the Lots tab's work on that part, the Trace page's searches across all
// parts and the Expiring list, through the real widgets (offscreen).
//   lot_benchmark [--db PATH] [--lots N] [--big N] [--parts N] [--runs N]
#include "Database.h"
#include "LotStore.h"
#include "LotTableModel.h"
#include "LotsTab.h"
#include "Text.h"
#include "TracePage.h"
#include "Transaction.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace lotbook;

namespace {

void must(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "benchmark setup failed: %s\n", what);
        std::exit(1);
    }
}

// Bulk data straight through SQL in one transaction: the benchmark measures
// reading and one audited save, not the generator.
void build(Database &db, int parts, int lots, int bigLots)
{
    QSqlDatabase c = db.connection();
    Transaction tx(c);
    QSqlQuery q(c);
    const QString now = utcNowIso();
    must(q.prepare(QStringLiteral(
             "INSERT INTO supplier (name, name_key, created_at, created_by, updated_at, "
             "updated_by) VALUES (?, ?, ?, 'bench', ?, 'bench')")),
         "prepare supplier");
    for (int i = 1; i <= 20; ++i) {
        const QString name = QStringLiteral("Supplier %1").arg(i, 2, 10, QLatin1Char('0'));
        q.addBindValue(name);
        q.addBindValue(normalizedKey(name));
        q.addBindValue(now);
        q.addBindValue(now);
        must(q.exec(), "insert supplier");
    }
    must(q.prepare(QStringLiteral(
             "INSERT INTO warehouse (name, name_key, created_at, created_by, updated_at, "
             "updated_by) VALUES (?, ?, ?, 'bench', ?, 'bench')")),
         "prepare warehouse");
    for (int i = 1; i <= 5; ++i) {
        const QString name = QStringLiteral("Warehouse %1").arg(i);
        q.addBindValue(name);
        q.addBindValue(normalizedKey(name));
        q.addBindValue(now);
        q.addBindValue(now);
        must(q.exec(), "insert warehouse");
    }
    must(q.prepare(QStringLiteral(
             "INSERT INTO bin (warehouse_id, code, code_key, created_at, created_by, updated_at, "
             "updated_by) VALUES (?, ?, ?, ?, 'bench', ?, 'bench')")),
         "prepare bin");
    for (int w = 1; w <= 5; ++w)
        for (int b = 1; b <= 10; ++b) {
            const QString code = QStringLiteral("B-%1").arg(b);
            q.addBindValue(w);
            q.addBindValue(code);
            q.addBindValue(normalizedKey(code));
            q.addBindValue(now);
            q.addBindValue(now);
            must(q.exec(), "insert bin");
        }
    must(q.prepare(QStringLiteral(
             "INSERT INTO part (part_number, part_key, name, name_key, unit, price, track_lots, "
             "created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, 'ea', 12500, 1, "
             "?, 'bench', ?, 'bench')")),
         "prepare part");
    for (int i = 1; i <= parts; ++i) {
        const QString number = QStringLiteral("P-%1").arg(i, 5, 10, QLatin1Char('0'));
        q.addBindValue(number);
        q.addBindValue(normalizedKey(number));
        q.addBindValue(QStringLiteral("Bench part %1").arg(i));
        q.addBindValue(normalizedKey(QStringLiteral("Bench part %1").arg(i)));
        q.addBindValue(now);
        q.addBindValue(now);
        must(q.exec(), "insert part");
    }
    must(q.prepare(QStringLiteral(
             "INSERT INTO lot (part_id, lot_number, lot_key, received_on, expires_on, quantity, "
             "unit_cost, supplier_id, warehouse_id, bin_id, status, created_at, created_by, "
             "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, "
             "'bench')")),
         "prepare lot");
    QRandomGenerator rng(42);
    const QDate today = QDate::currentDate();
    for (int i = 0; i < lots; ++i) {
        // Part 1 holds `bigLots`; the rest spread evenly over the other parts.
        const int part = i < bigLots ? 1 : 2 + (i - bigLots) % (parts - 1);
        const QString number = QStringLiteral("L%1").arg(i, 7, 10, QLatin1Char('0'));
        const QDate received = today.addDays(-int(rng.bounded(5 * 365)));
        const int kind = int(rng.bounded(10));
        const QVariant expires =
            kind < 3 ? QVariant()
                     : QVariant(dateToIso(received.addDays(30 + int(rng.bounded(3 * 365)))));
        const int warehouse = 1 + int(rng.bounded(5));
        q.addBindValue(part);
        q.addBindValue(number);
        q.addBindValue(normalizedKey(number));
        q.addBindValue(dateToIso(received));
        q.addBindValue(expires);
        q.addBindValue(1 + int(rng.bounded(500)));
        q.addBindValue(qint64(rng.bounded(200000)));
        q.addBindValue(1 + int(rng.bounded(20)));
        q.addBindValue(warehouse);
        q.addBindValue(kind == 9 ? QVariant()
                                 : QVariant((warehouse - 1) * 10 + 1 + int(rng.bounded(10))));
        q.addBindValue(rng.bounded(3) == 0 ? QStringLiteral("archived") : QStringLiteral("active"));
        q.addBindValue(now);
        q.addBindValue(now);
        must(q.exec(), "insert lot");
    }
    must(tx.commit().ok(), "commit");
    // No ANALYZE: a user's file has no planner statistics either.
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Runs `prepare` (untimed) then `work` (timed), `runs` times; returns ms.
std::vector<double> measure(int runs, const std::function<void()> &prepare,
                            const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        prepare();
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return times;
}

void report(const char *what, const std::vector<double> &ms)
{
    std::printf("%-44s median %8.2f ms   min %8.2f   max %8.2f   (%zu runs)\n", what, median(ms),
                *std::min_element(ms.begin(), ms.end()), *std::max_element(ms.begin(), ms.end()),
                ms.size());
}

// What the view paints first: a screenful of rows, every column, display and colour roles.
void touchFirstScreen(QAbstractItemModel *model)
{
    const int rows = std::min(model->rowCount(), 40);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < model->columnCount(); ++c) {
            model->data(model->index(r, c), Qt::DisplayRole);
            model->data(model->index(r, c), Qt::BackgroundRole);
        }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LotbookBenchmark"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Database to build or reuse."),
                                      QStringLiteral("path"));
    const QCommandLineOption lotsOption(QStringLiteral("lots"), QStringLiteral("Total lots."),
                                        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption bigOption(QStringLiteral("big"),
                                       QStringLiteral("Lots of the largest part."),
                                       QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption partsOption(QStringLiteral("parts"), QStringLiteral("Parts."),
                                         QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure."),
                                        QStringLiteral("n"), QStringLiteral("15"));
    parser.addOptions({dbOption, lotsOption, bigOption, partsOption, runsOption});
    parser.process(app);
    const int lots = parser.value(lotsOption).toInt();
    const int big = parser.value(bigOption).toInt();
    const int parts = parser.value(partsOption).toInt();
    const int runs = parser.value(runsOption).toInt();

    QTemporaryDir tmp;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption)
                                                : tmp.filePath(QStringLiteral("bench.sqlite"));
    const bool reuse = QFileInfo::exists(path);
    OpenResult opened = Database::open(path, OpenMode::CreateIfMissing);
    must(opened.ok(), qPrintable(opened.message));
    Database &db = *opened.database;
    db.setUserName(QStringLiteral("bench"));
    if (!reuse) {
        QElapsedTimer t;
        t.start();
        build(db, parts, lots, big);
        std::printf("built %d lots over %d parts (largest part: %d lots) in %.1f s\n", lots, parts,
                    big, double(t.elapsed()) / 1000.0);
    }
    std::printf("database: %s (%.0f MB)\n", qPrintable(path),
                double(QFileInfo(path).size()) / (1024.0 * 1024.0));

    LotsTab tab(db);
    tab.resize(1200, 800);
    tab.show();
    auto *view = tab.view();
    auto *model = tab.model();
    const int expiresColumn = model->columnOf(QStringLiteral("expires_on"));
    const int receivedColumn = model->columnOf(QStringLiteral("received_on"));
    auto *supplier = tab.findChild<QComboBox *>(QStringLiteral("lotSupplierFilter"));

    report("open the largest part's Lots tab", measure(
                                                   runs, [&] { tab.showPart(2); },
                                                   [&] {
                                                       tab.showPart(1);
                                                       touchFirstScreen(model);
                                                   }));
    report("switch sort to Expires",
           measure(
               runs, [&] { view->sortByColumn(receivedColumn, Qt::AscendingOrder); },
               [&] {
                   view->sortByColumn(expiresColumn, Qt::AscendingOrder);
                   touchFirstScreen(model);
               }));
    report("filter by one supplier", measure(
                                         runs, [&] { supplier->setCurrentIndex(0); },
                                         [&] {
                                             supplier->setCurrentIndex(3);
                                             touchFirstScreen(model);
                                         }));
    supplier->setCurrentIndex(0);

    LotStore store(db);
    int n = 0;
    const QDate today = QDate::currentDate();
    report(
        "save one new lot (validate, write, audit, refresh)",
        measure(
            runs, [] {},
            [&] {
                Lot lot;
                lot.partId = 1;
                lot.lotNumber =
                    QStringLiteral("NEW-%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(++n);
                lot.received = today;
                lot.expires = today.addDays(400);
                lot.quantity = 10;
                lot.unitCost = 41000;
                lot.supplierId = 3;
                lot.warehouseId = 1;
                lot.binId = 2;
                Result<Lot> saved = store.create(lot);
                must(saved.ok(), qPrintable(saved.message()));
                tab.refresh(saved.value().id);
                touchFirstScreen(model);
            }));
    n = 1000;
    std::vector<Lot> saved;
    report(
        "  of which: LotStore::create alone",
        measure(
            runs, [] {},
            [&] {
                Lot lot;
                lot.partId = 1;
                lot.lotNumber =
                    QStringLiteral("NEW-%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(++n);
                lot.received = today;
                lot.expires = today.addDays(400);
                lot.quantity = 10;
                lot.unitCost = 41000;
                lot.supplierId = 3;
                lot.warehouseId = 1;
                lot.binId = 2;
                Result<Lot> created = store.create(lot);
                must(created.ok(), "create");
                saved.push_back(created.value());
            }));
    // The saved lot sorts far down (expiry in 400 days among 66,000 active
    // lots): the list shows at once, then fetches in chunks from the event
    // loop until the lot is selected. This is the time until it is selected.
    report("  then: saved lot selected and scrolled to",
           measure(
               runs, [] {},
               [&] {
                   const qint64 id = saved.back().id;
                   tab.refresh(id);
                   while (tab.currentLotId() != id)
                       QCoreApplication::processEvents();
               }));

    // The Trace page: every lot of every part. Each figure is the time from
    // the search starting (the typing pause over) to the first screen painted
    // and the true count shown.
    TracePage trace(db);
    trace.resize(1400, 800);
    trace.show();
    auto *traceSupplier = trace.findChild<QComboBox *>(QStringLiteral("traceSupplier"));
    auto *traceLot = trace.findChild<QLineEdit *>(QStringLiteral("traceLot"));
    auto *traceCount = trace.findChild<QLabel *>(QStringLiteral("traceCount"));
    auto bound = [&trace](const char *name, const QDate &date) {
        trace.findChild<QCheckBox *>(QLatin1String(name) + QLatin1String("Check"))
            ->setChecked(date.isValid());
        if (date.isValid())
            trace.findChild<QDateEdit *>(QLatin1String(name))->setDate(date);
    };
    // Back to no filters without searching (the timed search runs the query).
    auto resetTrace = [&] {
        traceLot->clear();
        trace.findChild<QLineEdit *>(QStringLiteral("tracePart"))->clear();
        traceSupplier->setCurrentIndex(0);
        trace.findChild<QComboBox *>(QStringLiteral("traceWarehouse"))->setCurrentIndex(0);
        auto *status = trace.findChild<QComboBox *>(QStringLiteral("traceStatus"));
        status->setCurrentIndex(status->findData(int(LotFilter::Status::All)));
        for (const char *name :
             {"traceReceivedFrom", "traceReceivedTo", "traceExpiresFrom", "traceExpiresTo"})
            bound(name, QDate());
    };
    auto traceSearch = [&] {
        trace.search();
        touchFirstScreen(trace.model());
    };
    report("trace: all lots, newest first", measure(runs, resetTrace, traceSearch));
    std::printf("  (%s)\n", qPrintable(traceCount->text()));
    report("trace: supplier + received range (6 months)",
           measure(
               runs,
               [&] {
                   resetTrace();
                   traceSupplier->setCurrentIndex(3);
                   bound("traceReceivedFrom", today.addDays(-365));
                   bound("traceReceivedTo", today.addDays(-183));
               },
               traceSearch));
    std::printf("  (%s)\n", qPrintable(traceCount->text()));
    report("trace: supplier + received range (1 month)",
           measure(
               runs,
               [&] {
                   resetTrace();
                   traceSupplier->setCurrentIndex(3);
                   bound("traceReceivedFrom", today.addDays(-400));
                   bound("traceReceivedTo", today.addDays(-370));
               },
               traceSearch));
    std::printf("  (%s)\n", qPrintable(traceCount->text()));
    for (const char *text : {"12345", "0012", "12"}) {
        const QString label =
            QStringLiteral("trace: lot number contains \"%1\"%2")
                .arg(QLatin1String(text), qstrlen(text) < 3 ? QStringLiteral(" (no index)")
                                                            : QStringLiteral(" (trigram)"));
        report(qPrintable(label), measure(
                                      runs,
                                      [&] {
                                          resetTrace();
                                          traceLot->setText(QLatin1String(text));
                                      },
                                      traceSearch));
        std::printf("  (%s)\n", qPrintable(traceCount->text()));
    }
    report("trace: part text \"part 123\"",
           measure(
               runs,
               [&] {
                   resetTrace();
                   trace.findChild<QLineEdit *>(QStringLiteral("tracePart"))
                       ->setText(QStringLiteral("part 123"));
               },
               traceSearch));
    std::printf("  (%s)\n", qPrintable(traceCount->text()));
    resetTrace();
    trace.search();
    QTableView *traceView = trace.view();
    const int traceExpires = trace.model()->columnOf(QStringLiteral("expires_on"));
    const int traceReceived = trace.model()->columnOf(QStringLiteral("received_on"));
    report("trace: all lots, sort by Expires",
           measure(
               runs, [&] { traceView->sortByColumn(traceReceived, Qt::DescendingOrder); },
               [&] {
                   traceView->sortByColumn(traceExpires, Qt::AscendingOrder);
                   touchFirstScreen(trace.model());
               }));
    traceView->sortByColumn(traceReceived, Qt::DescendingOrder);
    trace.hide();

    // The Expiring list: active lots expired or expiring within 30 days,
    // soonest first, first screen and count.
    LotTableModel expiring(db, LotTableModel::Layout::Expiring);
    LotFilter soon;
    soon.status = LotFilter::Status::Active;
    soon.expiresTo = today.addDays(30);
    expiring.setFilter(soon);
    qint64 expiringCount = 0;
    report("expiring: first screen + count", measure(
                                                 runs, [] {},
                                                 [&] {
                                                     expiring.refresh();
                                                     touchFirstScreen(&expiring);
                                                     expiringCount = expiring.totalCount();
                                                 }));
    std::printf("  (%lld lots)\n", expiringCount);
    return 0;
}
