// Export from every list and reports, through a real MainWindow on its own
// database file: File › Export List as CSV… (the real file dialog) on a part's
// Lots tab, Trace, Expiring and the Audit log writes the columns the view
// shows in their on-screen order, every row the list's filter finds (also
// rows the view never fetched), ISO dates, plain numbers and neutralised
// formulas; the lots file imports back to the same lots; a cancelled export
// writes nothing; the actions are enabled only where there is a list; Export
// PDF and a lot's record from the context menu write PDFs with the title and
// the expected lot numbers.
#include "AuditLogPage.h"
#include "CatalogDrafts.h"
#include "CsvReader.h"
#include "Database.h"
#include "ExpiringPage.h"
#include "ExportActions.h"
#include "ImportErrors.h"
#include "ListExport.h"
#include "Lot.h"
#include "LotImport.h"
#include "LotStore.h"
#include "LotTableModel.h"
#include "LotsTab.h"
#include "MainWindow.h"
#include "PartStore.h"
#include "PartView.h"
#include "SupplierStore.h"
#include "TempDb.h"
#include "Text.h"
#include "TracePage.h"
#include "UiTestSupport.h"
#include "WarehouseStore.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QProcess>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <memory>

using namespace lotbook;
using namespace lotbook::test;

namespace {

template <typename T> T required(Result<T> r)
{
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return r.take();
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QDate day(int offset)
{
    return QDate::currentDate().addDays(offset);
}

struct Catalog
{
    qint64 cap = 0, fuse = 0, acme = 0, evil = 0, main = 0, binA = 0;
};

Catalog setUpCatalog(Database &db)
{
    Catalog c;
    PartStore parts(db);
    Part cap = makePart(QStringLiteral("CAP-100"), QStringLiteral("Run capacitor"));
    cap.trackLots = true;
    c.cap = required(parts.create(cap)).id;
    Part fuse = makePart(QStringLiteral("FUSE-5"), QStringLiteral("Fuse 5 A"));
    fuse.trackLots = true;
    c.fuse = required(parts.create(fuse)).id;
    SupplierStore suppliers(db);
    c.acme = required(suppliers.create(makeSupplier(QStringLiteral("Acme Components")))).id;
    c.evil = required(suppliers.create(makeSupplier(QStringLiteral("=Evil, Inc.")))).id;
    WarehouseStore warehouses(db);
    c.main = required(warehouses.create(makeWarehouse(QStringLiteral("Main")))).id;
    c.binA = required(warehouses.createBin(makeBin(c.main, QStringLiteral("A-01")))).id;
    return c;
}

qint64 addLot(Database &db, qint64 part, const QString &number, qint64 supplier, const Catalog &c,
              const QDate &received, const QDate &expires, const QString &notes = {},
              MoneyUnits cost = 12500, qint64 quantity = 10)
{
    Lot l;
    l.partId = part;
    l.lotNumber = number;
    l.received = received;
    l.expires = expires;
    l.quantity = quantity;
    l.unitCost = cost;
    l.supplierId = supplier;
    l.warehouseId = c.main;
    l.binId = c.binA;
    l.notes = notes;
    return required(LotStore(db).create(l)).id;
}

// CAP-100: L-1 (expired 3 days ago, notes that look like a formula), L-2
// (expires in 10 days, from "=Evil, Inc."), X-3 (no expiry), L-4 (archived);
// FUSE-5: F-9 (expires in 5 days).
Catalog setUpLots(Database &db)
{
    const Catalog c = setUpCatalog(db);
    addLot(db, c.cap, QStringLiteral("L-1"), c.acme, c, day(-100), day(-3),
           QStringLiteral("=SUM(A1:A9)"), 25);
    addLot(db, c.cap, QStringLiteral("L-2"), c.evil, c, day(-50), day(10),
           QStringLiteral("line one\nline \"two\""), 1234567, 1200);
    addLot(db, c.cap, QStringLiteral("X-3"), c.acme, c, day(-20), QDate(), QStringLiteral("plain"));
    const qint64 archived = addLot(db, c.cap, QStringLiteral("L-4"), c.acme, c, day(-10), day(300));
    const Lot l4 = required(LotStore(db).get(archived));
    required(LotStore(db).archive(l4.id, l4.version, QStringLiteral("used up")));
    addLot(db, c.fuse, QStringLiteral("F-9"), c.acme, c, day(-5), day(5));
    return c;
}

struct CsvFile
{
    bool bom = false;
    QStringList header;
    QList<QStringList> rows;
    QString text; // the whole file after the byte order mark
};

CsvFile readCsv(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CsvFile csv;
    csv.bom = bytes.startsWith("\xEF\xBB\xBF");
    csv.text = QString::fromUtf8(csv.bom ? bytes.mid(3) : bytes);
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer);
    REQUIRE(reader.readHeader() == CsvReader::Status::Record);
    csv.header = reader.header();
    CsvRecord record;
    while (reader.next(record) == CsvReader::Status::Record)
        csv.rows << record.fields;
    return csv;
}

// The value of `column` in the row whose `keyColumn` is `key`.
QString valueOf(const CsvFile &csv, const QString &keyColumn, const QString &key,
                const QString &column)
{
    const qsizetype k = csv.header.indexOf(keyColumn);
    const qsizetype c = csv.header.indexOf(column);
    REQUIRE(k >= 0);
    REQUIRE(c >= 0);
    for (const QStringList &row : csv.rows)
        if (row.value(k) == key)
            return row.value(c);
    FAIL("no row with " << key.toStdString());
    return {};
}

QStringList columnOf(const CsvFile &csv, const QString &column)
{
    const qsizetype c = csv.header.indexOf(column);
    REQUIRE(c >= 0);
    QStringList values;
    for (const QStringList &row : csv.rows)
        values << row.value(c);
    return values;
}

// The headers the view shows, in their on-screen order.
QStringList visibleHeaders(QTableView *view)
{
    QStringList names;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            names << view->model()->headerData(logical, Qt::Horizontal).toString();
    }
    return names;
}

// File › Export List as CSV… through the real file dialog.
void exportThroughMenu(MainWindow &window, const QString &path)
{
    QAction *action = window.findChild<QAction *>(QStringLiteral("actionExportCsv"));
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    const bool seen = withDialog<QFileDialog>(
        [action] { action->trigger(); },
        [&path](QFileDialog &dialog) {
            dialog.selectFile(path);
            static_cast<QDialog &>(dialog).accept(); // QFileDialog hides accept()
        });
    CHECK(seen);
    REQUIRE(QFileInfo::exists(path));
}

QString pdfText(const QString &path)
{
    REQUIRE(QFileInfo::exists(path));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    INFO("pdftotext (poppler-utils, installed by .ci/install-deps) must be on the PATH");
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

void showLotsOf(MainWindow &window, const QString &partNumber)
{
    const Part part = required(PartStore(*window.database()).findByNumber(partNumber));
    window.openPart(part.id);
    REQUIRE(window.partView()->lotsTabShown());
    REQUIRE(window.partView()->lotsTab()->isVisible());
}

} // namespace

TEST_CASE("a part's lots export as the Lots tab shows them, with part number and notes",
          "[ui][export]")
{
    TempDb tmp;
    setUpLots(tmp.db());
    tmp.close();
    auto window = openWindow(tmp.path(), OpenMode::OpenExisting);
    showLotsOf(*window, QStringLiteral("CAP-100"));
    LotsTab *tab = window->partView()->lotsTab();

    // Filter by typing, hide Cost/unit and move Supplier to the front.
    QTest::keyClicks(findWidget<QLineEdit>(*tab, "lotSearch"), QStringLiteral("L-"));
    REQUIRE(tab->model()->totalCount() == 2); // L-1 and L-2; X-3 and archived L-4 are out
    QHeaderView *header = tab->view()->horizontalHeader();
    header->hideSection(tab->model()->columnOf(QStringLiteral("unit_cost")));
    header->moveSection(
        header->visualIndex(tab->model()->columnOf(QStringLiteral("supplier_name"))), 1);
    const QStringList shown = visibleHeaders(tab->view());
    REQUIRE(shown.first() == QStringLiteral("Supplier"));
    REQUIRE_FALSE(shown.contains(QStringLiteral("Cost/unit")));

    const QString path = tmp.file(QStringLiteral("lots.csv"));
    exportThroughMenu(*window, path);
    const CsvFile csv = readCsv(path);
    CHECK(csv.bom);
    // The visible columns in their order, then what an import needs besides.
    CHECK(csv.header == shown + QStringList{QStringLiteral("Part #"), QStringLiteral("Notes")});
    // The filter's rows in the list's order (soonest expiry first).
    CHECK(columnOf(csv, QStringLiteral("Lot number")) ==
          QStringList{QStringLiteral("L-1"), QStringLiteral("L-2")});
    const QString lot = QStringLiteral("Lot number");
    const QString l1 = QStringLiteral("L-1");
    const QString l2 = QStringLiteral("L-2");
    // ISO dates, plain numbers, names and statuses as shown.
    CHECK(valueOf(csv, lot, l1, QStringLiteral("Received")) == dateToIso(day(-100)));
    CHECK(valueOf(csv, lot, l1, QStringLiteral("Expires")) == dateToIso(day(-3)));
    CHECK(valueOf(csv, lot, l2, QStringLiteral("Qty received")) == QStringLiteral("1200"));
    CHECK(valueOf(csv, lot, l1, QStringLiteral("Location")) == s("Main — A-01"));
    CHECK(valueOf(csv, lot, l1, QStringLiteral("Status")) == QStringLiteral("Active"));
    CHECK(valueOf(csv, lot, l1, QStringLiteral("Part #")) == QStringLiteral("CAP-100"));
    CHECK(valueOf(csv, lot, l2, QStringLiteral("Notes")) == s("line one\nline \"two\""));
    // Text a spreadsheet would run is neutralised; the file says it with an apostrophe.
    CHECK(valueOf(csv, lot, l1, QStringLiteral("Notes")) == QStringLiteral("'=SUM(A1:A9)"));
    CHECK(valueOf(csv, lot, l2, QStringLiteral("Supplier")) == QStringLiteral("'=Evil, Inc."));
    CHECK(csv.text.contains(QStringLiteral("\"'=Evil, Inc.\"")));
    CHECK(csv.text.startsWith(QStringLiteral("Supplier,Lot number,")));
    CHECK(csv.text.endsWith(QStringLiteral("\r\n")));
}

TEST_CASE("a part's lots exported from the Lots tab import back to the same lots",
          "[ui][export][import]")
{
    TempDb source;
    setUpLots(source.db());
    source.close();
    auto window = openWindow(source.path(), OpenMode::OpenExisting);
    showLotsOf(*window, QStringLiteral("CAP-100"));
    LotsTab *tab = window->partView()->lotsTab();
    auto *status = findWidget<QComboBox>(*tab, "lotStatusFilter");
    status->setCurrentIndex(status->findData(int(LotFilter::Status::All)));
    REQUIRE(tab->model()->totalCount() == 4);
    const QString path = source.file(QStringLiteral("cap.csv"));
    exportThroughMenu(*window, path);

    TempDb target(QStringLiteral("target.sqlite"));
    setUpCatalog(target.db());
    ImportOptions options; // every header of the list is one the import knows
    const ImportReport report = LotImport(target.db()).runFile(path, options);
    INFO(errorText(report));
    REQUIRE(report.ok());
    CHECK(report.lots == 4);

    // Field by field (an import makes active lots: the status is not imported).
    auto read = [](Database &db) {
        LotFilter filter;
        filter.status = LotFilter::Status::All;
        QStringList lines;
        for (const LotRow &r : required(LotStore(db).list(filter, {LotSortField::LotNumber})))
            lines << QStringList{r.partNumber,
                                 r.lot.lotNumber,
                                 dateToIso(r.lot.received),
                                 dateToIso(r.lot.expires),
                                 QString::number(r.lot.quantity),
                                 QString::number(r.lot.unitCost),
                                 r.supplierName,
                                 r.warehouseName,
                                 r.binCode,
                                 r.lot.notes}
                         .join(QLatin1Char('|'));
        return lines;
    };
    QStringList expected = read(*window->database());
    expected.removeIf([](const QString &line) { return line.startsWith(QLatin1String("FUSE-5")); });
    CHECK(read(target.db()).join(QLatin1Char('\n')).toStdString() ==
          expected.join(QLatin1Char('\n')).toStdString());
}

TEST_CASE("Trace exports every matching lot in the order of the clicked header", "[ui][export]")
{
    TempDb tmp;
    setUpLots(tmp.db());
    tmp.close();
    auto window = openWindow(tmp.path(), OpenMode::OpenExisting);
    window->showPage(MainWindow::TracePageIndex);
    TracePage *trace = window->tracePage();
    QTest::keyClicks(findWidget<QLineEdit>(*trace, "traceLot"), QStringLiteral("l-"));
    trace->search();
    REQUIRE(trace->model()->totalCount() == 3); // L-1, L-2 and archived L-4
    QHeaderView *header = trace->view()->horizontalHeader();
    header->setSortIndicator(trace->model()->columnOf(QStringLiteral("lot_number")),
                             Qt::DescendingOrder);

    const QString path = tmp.file(QStringLiteral("trace.csv"));
    REQUIRE(window->exportActions()->exportCsv(path));
    const CsvFile csv = readCsv(path);
    // Part # is shown here: only the notes are added.
    CHECK(csv.header == visibleHeaders(trace->view()) + QStringList{QStringLiteral("Notes")});
    CHECK(columnOf(csv, QStringLiteral("Lot number")) ==
          QStringList{QStringLiteral("L-4"), QStringLiteral("L-2"), QStringLiteral("L-1")});
    const QString lot = QStringLiteral("Lot number");
    CHECK(valueOf(csv, lot, QStringLiteral("L-4"), QStringLiteral("Status")) ==
          QStringLiteral("Archived"));
    // Money as a plain decimal: 1.25, 0.0025 and 123.4567 (never "1,234.57").
    CHECK(valueOf(csv, lot, QStringLiteral("L-4"), QStringLiteral("Cost/unit")) ==
          QStringLiteral("1.25"));
    CHECK(valueOf(csv, lot, QStringLiteral("L-1"), QStringLiteral("Cost/unit")) ==
          QStringLiteral("0.0025"));
    CHECK(valueOf(csv, lot, QStringLiteral("L-2"), QStringLiteral("Cost/unit")) ==
          QStringLiteral("123.4567"));
    CHECK(valueOf(csv, lot, QStringLiteral("L-2"), QStringLiteral("Part name")) ==
          QStringLiteral("Run capacitor"));
    CHECK(window->statusBar()->currentMessage().contains(QStringLiteral("Exported 3 rows")));
}

TEST_CASE("the Expiring list exports with days left as numbers", "[ui][export]")
{
    TempDb tmp;
    setUpLots(tmp.db());
    tmp.close();
    auto window = openWindow(tmp.path(), OpenMode::OpenExisting);
    window->showPage(MainWindow::ExpiringPageIndex);
    ExpiringPage *page = window->expiringPage();
    const QString path = tmp.file(QStringLiteral("expiring.csv"));
    exportThroughMenu(*window, path);
    const CsvFile csv = readCsv(path);
    CHECK(csv.header == visibleHeaders(page->view()) + QStringList{QStringLiteral("Notes")});
    CHECK(csv.header.first() == QStringLiteral("Expires"));
    CHECK(columnOf(csv, QStringLiteral("Lot number")) ==
          QStringList{QStringLiteral("L-1"), QStringLiteral("F-9"), QStringLiteral("L-2")});
    CHECK(columnOf(csv, QStringLiteral("Days left")) ==
          QStringList{QStringLiteral("-3"), QStringLiteral("5"), QStringLiteral("10")});
    CHECK(columnOf(csv, QStringLiteral("Expires")) ==
          QStringList{dateToIso(day(-3)), dateToIso(day(5)), dateToIso(day(10))});
}

TEST_CASE("the Audit log exports its filtered events in words, times in ISO UTC", "[ui][export]")
{
    TempDb tmp;
    setUpLots(tmp.db());
    tmp.close();
    auto window = openWindow(tmp.path(), OpenMode::OpenExisting);
    window->showPage(MainWindow::AuditLogPageIndex);
    AuditLogPage *audit = window->auditLogPage();
    QTest::keyClicks(findWidget<QLineEdit>(*audit, "auditLot"), QStringLiteral("L-4"));
    REQUIRE(QTest::qWaitFor([audit] { return audit->model()->totalCount() == 2; }));
    // The Audit log has no printed form: CSV only.
    CHECK(window->findChild<QAction *>(QStringLiteral("actionExportCsv"))->isEnabled());
    CHECK_FALSE(window->findChild<QAction *>(QStringLiteral("actionPrint"))->isEnabled());
    CHECK_FALSE(window->findChild<QAction *>(QStringLiteral("actionExportPdf"))->isEnabled());

    const QString path = tmp.file(QStringLiteral("audit.csv"));
    exportThroughMenu(*window, path);
    const CsvFile csv = readCsv(path);
    CHECK(csv.header == visibleHeaders(audit->view()));
    REQUIRE(csv.rows.size() == 2);
    // Newest first, as listed: the archiving, then the creation.
    CHECK(columnOf(csv, QStringLiteral("Action")) ==
          QStringList{QStringLiteral("Archived"), QStringLiteral("Created")});
    const QRegularExpression iso(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$"));
    for (const QString &at : columnOf(csv, QStringLiteral("When (UTC)")))
        CHECK(iso.match(at).hasMatch());
    const QString created = columnOf(csv, QStringLiteral("Changes")).at(1);
    CHECK(created.contains(QStringLiteral("Lot number: L-4")));
    // Without the locale: ISO dates and plain amounts.
    CHECK(created.contains(QStringLiteral("Received date: ") + dateToIso(day(-10))));
    CHECK(created.contains(QStringLiteral("Cost per unit: 1.25")));
    CHECK(columnOf(csv, QStringLiteral("Part / lot / name")).at(0) ==
          QStringLiteral("CAP-100/L-4"));
}

TEST_CASE("an export reads every row the filter finds, not the rows the view fetched",
          "[ui][export]")
{
    TempDb tmp;
    const Catalog c = setUpLots(tmp.db());
    for (int i = 0; i < 700; ++i)
        addLot(tmp.db(), c.fuse, QStringLiteral("BULK-%1").arg(i, 4, 10, QLatin1Char('0')), c.acme,
               c, day(-1), day(400));
    tmp.close();
    auto window = openWindow(tmp.path(), OpenMode::OpenExisting);
    window->showPage(MainWindow::TracePageIndex);
    TracePage *trace = window->tracePage();
    trace->search();
    REQUIRE(trace->model()->totalCount() == 705);
    const int fetched = trace->model()->rowCount();
    REQUIRE(fetched < 705);

    const QString path = tmp.file(QStringLiteral("all.csv"));
    REQUIRE(window->exportActions()->exportCsv(path));
    const CsvFile csv = readCsv(path);
    CHECK(csv.rows.size() == 705);
    CHECK(columnOf(csv, QStringLiteral("Lot number")).filter(QStringLiteral("BULK-")).size() ==
          700);
    // The view did not have to fetch them.
    CHECK(trace->model()->rowCount() == fetched);

    SECTION("a cancelled export writes nothing and leaves an older file as it was")
    {
        const std::optional<ListExport> list = window->exportActions()->currentListExport();
        REQUIRE(list);
        const QString older = tmp.file(QStringLiteral("older.csv"));
        writeFile(older, "keep me");
        qint64 calls = 0;
        const ExportOutcome outcome = writeListCsv(tmp.path(), *list, older, [&calls](qint64 rows) {
            ++calls;
            return rows < 500; // cancel at the first report
        });
        CHECK(outcome.kind == ExportOutcome::Kind::Cancelled);
        CHECK(calls == 1);
        QFile f(older);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == QByteArray("keep me"));
        const QString none = tmp.file(QStringLiteral("none.csv"));
        CHECK(writeListCsv(tmp.path(), *list, none, [](qint64) { return false; }).kind ==
              ExportOutcome::Kind::Cancelled);
        CHECK_FALSE(QFileInfo::exists(none));
    }
    SECTION("a file that cannot be written is reported, nothing is left")
    {
        const QString bad = tmp.file(QStringLiteral("no/such/folder/x.csv"));
        const ExportOutcome outcome =
            writeListCsv(tmp.path(), *window->exportActions()->currentListExport(), bad);
        CHECK(outcome.kind == ExportOutcome::Kind::Failed);
        CHECK(outcome.error.contains(QStringLiteral("Cannot write")));
        CHECK_FALSE(QFileInfo::exists(bad));
    }
}

TEST_CASE("export and print are enabled only where a list is shown", "[ui][export]")
{
    TempDb tmp;
    setUpLots(tmp.db());
    tmp.close();
    auto window = openWindow(tmp.path(), OpenMode::OpenExisting);
    auto *csv = window->findChild<QAction *>(QStringLiteral("actionExportCsv"));
    auto *print = window->findChild<QAction *>(QStringLiteral("actionPrint"));
    auto *pdf = window->findChild<QAction *>(QStringLiteral("actionExportPdf"));
    REQUIRE(csv);
    REQUIRE(print);
    REQUIRE(pdf);
    CHECK(csv->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    CHECK(print->shortcut() == QKeySequence(QKeySequence::Print));
    auto enabled = [&] {
        QCoreApplication::processEvents(); // a hidden page is looked at once it is gone
        return QList<bool>{csv->isEnabled(), print->isEnabled(), pdf->isEnabled()};
    };
    const QList<bool> none{false, false, false};
    const QList<bool> all{true, true, true};

    CHECK(enabled() == none); // the parts list
    showLotsOf(*window, QStringLiteral("CAP-100"));
    CHECK(enabled() == all);
    // The part's Details tab has no list.
    window->partView()->tabs()->setCurrentIndex(0);
    CHECK(enabled() == none);
    window->showPage(MainWindow::ExpiringPageIndex);
    CHECK(enabled() == all);
    window->showPage(MainWindow::TracePageIndex);
    CHECK(enabled() == all);
    window->showPage(MainWindow::SuppliersPageIndex);
    CHECK(enabled() == none);
    window->showPage(MainWindow::AuditLogPageIndex);
    CHECK(enabled() == (QList<bool>{true, false, false}));
    // Ctrl+Shift+E on the Trace page opens the file dialog.
    window->showPage(MainWindow::TracePageIndex);
    CHECK(withDialog<QFileDialog>(
        [&] { QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier); },
        [](QFileDialog &dialog) { dialog.reject(); }));
}

TEST_CASE("Export PDF writes the list on screen as a report", "[ui][export][report]")
{
    TempDb tmp;
    setUpLots(tmp.db());
    tmp.close();
    auto window = openWindow(tmp.path(), OpenMode::OpenExisting);
    showLotsOf(*window, QStringLiteral("CAP-100"));
    QAction *action = window->findChild<QAction *>(QStringLiteral("actionExportPdf"));
    const QString path = tmp.file(QStringLiteral("lots.pdf"));
    CHECK(withDialog<QFileDialog>(
        [action] { action->trigger(); },
        [&path](QFileDialog &dialog) {
            dialog.selectFile(path);
            static_cast<QDialog &>(dialog).accept(); // QFileDialog hides accept()
        }));
    QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Lots of CAP-100 (Run capacitor)")));
    CHECK(text.contains(QStringLiteral("Page 1 of 1")));
    for (const char *lot : {"L-1", "L-2", "X-3"})
        CHECK(text.contains(s(lot)));
    CHECK_FALSE(text.contains(QStringLiteral("L-4"))); // archived: not in the Active filter
    CHECK_FALSE(text.contains(QStringLiteral("F-9")));

    // The Trace page's report says its filter.
    window->showPage(MainWindow::TracePageIndex);
    QTest::keyClicks(findWidget<QLineEdit>(*window->tracePage(), "traceLot"), QStringLiteral("F-"));
    window->tracePage()->search();
    const QString tracePath = tmp.file(QStringLiteral("trace.pdf"));
    REQUIRE(window->exportActions()->exportPdf(tracePath));
    text = pdfText(tracePath);
    CHECK(text.contains(QStringLiteral("Trace: lots of all parts")));
    CHECK(text.contains(QStringLiteral("Lot number contains")));
    CHECK(text.contains(QStringLiteral("F-9")));
    CHECK_FALSE(text.contains(QStringLiteral("L-1")));
}

TEST_CASE("a lot's record is exported as PDF from the lot list's context menu",
          "[ui][export][report]")
{
    TempDb tmp;
    setUpLots(tmp.db());
    tmp.close();
    auto window = openWindow(tmp.path(), OpenMode::OpenExisting);
    showLotsOf(*window, QStringLiteral("CAP-100"));
    QTableView *view = window->partView()->lotsTab()->view();
    const QModelIndex first = view->model()->index(0, 1); // L-1: soonest expiry
    REQUIRE(first.data().toString() == QStringLiteral("L-1"));

    // Pick "Export Lot Record as PDF…" in the menu when it pops up.
    QTimer pick;
    pick.setInterval(10);
    QObject::connect(&pick, &QTimer::timeout, [&pick] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        pick.stop();
        auto *action = menu->findChild<QAction *>(QStringLiteral("actionExportLotRecordPdf"));
        CHECK(action);
        CHECK(action->isEnabled());
        if (!action) {
            menu->close();
            return;
        }
        menu->setActiveAction(action);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    pick.start();
    const QString path = tmp.file(QStringLiteral("lot.pdf"));
    const QPoint where = view->visualRect(first).center();
    CHECK(withDialog<QFileDialog>(
        [view, where] { emit view->customContextMenuRequested(where); },
        [&path](QFileDialog &dialog) {
            dialog.selectFile(path);
            static_cast<QDialog &>(dialog).accept(); // QFileDialog hides accept()
        }));
    pick.stop();
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Lot record: L-1 of part CAP-100")));
    CHECK(text.contains(QStringLiteral("History")));
    CHECK(text.contains(QStringLiteral("=SUM(A1:A9)"))); // the notes, as written
}
