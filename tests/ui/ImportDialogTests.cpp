// File > Import Lots: the import dialog on real CSV files in a temporary
// folder, importing into a real database file through its worker thread. The
// preview's guessed mapping from a messy header, fixing a column through its
// combo, date formats, the error table (line, column, reason; copied as
// tab-separated rows) with nothing written, create-missing, cancelling a
// large file mid-way, the main window's lists refreshed after an import, and
// the menu action with its remembered folder.
#include "CatalogDrafts.h"
#include "Database.h"
#include "ImportDialog.h"
#include "ImportErrors.h"
#include "ImportRun.h"
#include "LotImport.h"
#include "LotStore.h"
#include "LotTableModel.h"
#include "LotsTab.h"
#include "MainWindow.h"
#include "PartStore.h"
#include "PartView.h"
#include "SupplierStore.h"
#include "TempDb.h"
#include "UiTestSupport.h"
#include "WarehouseStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <atomic>
#include <catch2/catch.hpp>
#include <memory>

using namespace lotbook;
using namespace lotbook::test;

namespace {

constexpr int kRunTimeoutMs = 120000; // a generous ceiling for the worker; never a speed assert

// The catalog every test imports against, created through the core stores.
struct Catalog
{
    qint64 part = 0;      // CAP-100, tracks lots
    qint64 acme = 0;      // supplier "Acme Parts Co."
    qint64 warehouse = 0; // "Warehouse A", bins A-1 and A-2
    qint64 binA1 = 0;
};

Catalog seed(Database &db)
{
    QSettings().clear();
    Catalog c;
    Part part = makePart(QStringLiteral("CAP-100"), QStringLiteral("Run capacitor"));
    part.trackLots = true;
    Result<Part> p = PartStore(db).create(part);
    REQUIRE(p);
    c.part = p.value().id;
    Result<Supplier> s = SupplierStore(db).create(makeSupplier(QStringLiteral("Acme Parts Co.")));
    REQUIRE(s);
    c.acme = s.value().id;
    WarehouseStore warehouses(db);
    Result<Warehouse> w = warehouses.create(makeWarehouse(QStringLiteral("Warehouse A")));
    REQUIRE(w);
    c.warehouse = w.value().id;
    Result<Bin> a1 = warehouses.createBin(makeBin(c.warehouse, QStringLiteral("A-1")));
    REQUIRE(a1);
    c.binA1 = a1.value().id;
    REQUIRE(warehouses.createBin(makeBin(c.warehouse, QStringLiteral("A-2"))));
    return c;
}

QString writeCsv(const TempDb &tmp, const QString &name, const QByteArray &bytes)
{
    const QString path = tmp.file(name);
    writeFile(path, bytes);
    return path;
}

QPushButton *button(const ImportDialog &dialog, const char *name)
{
    auto *b = findWidget<QPushButton>(dialog, name);
    REQUIRE(b);
    return b;
}

// Clicks Check or Import and waits for the worker to finish.
void runAndWait(ImportDialog &dialog, const char *buttonName)
{
    QPushButton *b = button(dialog, buttonName);
    REQUIRE(b->isEnabled());
    QSignalSpy finished(&dialog, &ImportDialog::runFinished);
    QTest::mouseClick(b, Qt::LeftButton);
    REQUIRE((finished.count() > 0 || finished.wait(kRunTimeoutMs)));
    REQUIRE_FALSE(dialog.isRunning());
}

// A dialog on `path`, shown the way the main window shows it (but not modal).
std::unique_ptr<ImportDialog> openDialog(Database &db, const QString &path)
{
    auto dialog = std::make_unique<ImportDialog>(db);
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    REQUIRE(dialog->loadFile(path));
    return dialog;
}

// Picks the item of a column's combo by typing its first letters, as a user
// does with the keyboard.
void typeIntoCombo(ImportDialog &dialog, int column, const QString &text, ImportField expected)
{
    QComboBox *combo = dialog.columnCombo(column);
    REQUIRE(combo);
    combo->setFocus();
    // Letters typed within the keyboard interval add to one search: start a new one.
    QTest::qWait(QApplication::keyboardInputInterval() + 50);
    QTest::keyClicks(combo, text);
    REQUIRE(ImportField(combo->currentData().toInt()) == expected);
}

} // namespace

TEST_CASE("import preview guesses the mapping from a messy header", "[ui][import]")
{
    TempDb tmp;
    seed(tmp.db());
    QByteArray csv = "\xEF\xBB\xBF PART #;Batch code;Date received;Best before;Qty;Unit-cost;"
                     "Vendor;Warehouse;Bin;Remarks;Carton\r\n";
    for (int i = 1; i <= 30; ++i)
        csv += "CAP-100;B-" + QByteArray::number(i) +
               ";2024-01-10;;5;2.50;Acme Parts Co.;Warehouse A;A-1;;C" + QByteArray::number(i) +
               "\r\n";
    const QString path = writeCsv(tmp, QStringLiteral("messy.csv"), csv);
    auto dialog = openDialog(tmp.db(), path);

    const ColumnMapping expected{
        {ImportField::PartNumber, ImportField::LotNumber, ImportField::Received,
         ImportField::Expires, ImportField::Quantity, ImportField::UnitCost, ImportField::Supplier,
         ImportField::Location, ImportField::Bin, ImportField::Notes, ImportField::Ignore}};
    CHECK(dialog->mapping() == expected);
    CHECK(dialog->columnCombo(1)->currentText() == importFieldLabel(ImportField::LotNumber));
    CHECK(dialog->columnCombo(10)->currentText() == importFieldLabel(ImportField::Ignore));

    auto *info = findWidget<QLabel>(*dialog, "fileInfoLabel");
    REQUIRE(info);
    CHECK(info->text().startsWith(QStringLiteral("Semicolon-separated, 11 columns")));
    auto *table = findWidget<QTableWidget>(*dialog, "previewTable");
    REQUIRE(table);
    CHECK(table->rowCount() == 21); // "Import as" and the first 20 rows
    CHECK(table->columnCount() == 11);
    CHECK(table->horizontalHeaderItem(0)->text() == QLatin1String("PART #"));
    CHECK(table->verticalHeaderItem(0)->text() == QLatin1String("Import as"));
    CHECK(table->verticalHeaderItem(1)->text() == QLatin1String("2")); // file line numbers
    CHECK(table->item(1, 1)->text() == QLatin1String("B-1"));
    CHECK(table->cellWidget(0, 4) == dialog->columnCombo(4));

    auto *mappingError = findWidget<QLabel>(*dialog, "mappingError");
    REQUIRE(mappingError);
    CHECK_FALSE(mappingError->isVisible());
    CHECK(button(*dialog, "importButton")->isEnabled());
    CHECK(button(*dialog, "checkButton")->isEnabled());
    CHECK(button(*dialog, "checkButton")->isDefault()); // Enter checks before anything is written

    SECTION("a required field without a column blocks the import")
    {
        typeIntoCombo(*dialog, 4, QStringLiteral("("), ImportField::Ignore);
        CHECK(mappingError->isVisible());
        CHECK(mappingError->text().contains(QStringLiteral("Quantity received")));
        CHECK_FALSE(button(*dialog, "importButton")->isEnabled());
        CHECK_FALSE(button(*dialog, "checkButton")->isEnabled());
        typeIntoCombo(*dialog, 4, QStringLiteral("Q"), ImportField::Quantity);
        CHECK_FALSE(mappingError->isVisible());
        CHECK(button(*dialog, "importButton")->isEnabled());
    }
    SECTION("two columns on one field block the import and are marked")
    {
        typeIntoCombo(*dialog, 10, QStringLiteral("Lot n"), ImportField::LotNumber);
        CHECK(mappingError->isVisible());
        CHECK(mappingError->text().contains(QStringLiteral("2 columns are mapped to Lot number")));
        CHECK_FALSE(button(*dialog, "importButton")->isEnabled());
        CHECK_FALSE(table->horizontalHeaderItem(1)->icon().isNull());
        CHECK_FALSE(table->horizontalHeaderItem(10)->icon().isNull());
        CHECK(table->horizontalHeaderItem(0)->icon().isNull());
        dialog->setColumnField(1, ImportField::Ignore);
        CHECK_FALSE(mappingError->isVisible());
        CHECK(table->horizontalHeaderItem(10)->icon().isNull());
    }
}

TEST_CASE("import with a column remapped through its combo puts the data in the right field",
          "[ui][import]")
{
    TempDb tmp;
    const Catalog c = seed(tmp.db());
    // "Lot" is the forwarder's pallet number; the part's lot is the batch code.
    const QByteArray csv = "Part;Lot;Batch code;Received;Qty;Cost;Supplier;Warehouse;Info\n"
                           "CAP-100;PAL-1;BX-771;2024-02-01;12;1.25;Acme Parts Co.;Warehouse A;"
                           "top shelf\n"
                           "CAP-100;PAL-1;BX-772;2024-02-01;8;1.30;Acme Parts Co.;Warehouse A;\n";
    const QString path = writeCsv(tmp, QStringLiteral("pallets.csv"), csv);
    tmp.db().setUserName(QStringLiteral("Import Clerk")); // the worker's connection records it too
    auto dialog = openDialog(tmp.db(), path);
    // The closer name wins the guess: "Lot" is taken, "Batch code" left out.
    CHECK(dialog->mapping().fields.at(1) == ImportField::LotNumber);
    CHECK(dialog->mapping().fields.at(2) == ImportField::Ignore);
    CHECK(dialog->mapping().fields.at(8) == ImportField::Ignore);

    typeIntoCombo(*dialog, 2, QStringLiteral("Lot n"), ImportField::LotNumber);
    typeIntoCombo(*dialog, 1, QStringLiteral("("), ImportField::Ignore);
    typeIntoCombo(*dialog, 8, QStringLiteral("No"), ImportField::Notes);
    runAndWait(*dialog, "importButton");
    INFO(errorText(dialog->report()));
    REQUIRE(dialog->report().outcome == ImportReport::Outcome::Imported);
    CHECK(dialog->report().lots == 2);

    LotStore lots(tmp.db());
    const Result<Lot> first = lots.find(c.part, QStringLiteral("BX-771"));
    REQUIRE(first);
    CHECK(first.value().quantity == 12);
    CHECK(first.value().unitCost == 12500);
    CHECK(first.value().notes == QLatin1String("top shelf"));
    CHECK(first.value().supplierId == c.acme);
    CHECK(first.value().warehouseId == c.warehouse);
    CHECK(lots.find(c.part, QStringLiteral("BX-772")));
    CHECK_FALSE(lots.find(c.part, QStringLiteral("PAL-1")));
    CHECK(count(tmp.db(), QStringLiteral("lot")) == 2);
    QSqlQuery audit(tmp.db().connection());
    audit.prepare(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'import' AND "
                                 "user_name = ? AND changes LIKE ?"));
    audit.addBindValue(QStringLiteral("Import Clerk"));
    audit.addBindValue(QStringLiteral("%pallets.csv%"));
    REQUIRE(audit.exec());
    REQUIRE(audit.next());
    CHECK(audit.value(0).toLongLong() == 2);

    auto *summary = findWidget<QLabel>(*dialog, "summaryLabel");
    REQUIRE(summary);
    CHECK(summary->isVisible());
    CHECK(summary->text().contains(QStringLiteral("Imported 2 lots from pallets.csv.")));
    // The same file is not offered again.
    CHECK_FALSE(button(*dialog, "importButton")->isEnabled());
    CHECK(button(*dialog, "closeButton")->isDefault());
}

TEST_CASE("import reads dates in the chosen format", "[ui][import][dates]")
{
    TempDb tmp;
    const Catalog c = seed(tmp.db());
    LotStore lots(tmp.db());

    SECTION("ambiguous day-first dates, chosen by the user")
    {
        const QString path =
            writeCsv(tmp, QStringLiteral("dates.csv"),
                     "Part number,Lot number,Received,Expires,Qty,Unit cost,Supplier,Warehouse\n"
                     "CAP-100,D-1,05/03/2024,07/04/2026,1,1,Acme Parts Co.,Warehouse A\n");
        auto dialog = openDialog(tmp.db(), path);
        auto *order = findWidget<QComboBox>(*dialog, "dateOrderCombo");
        auto *example = findWidget<QLabel>(*dialog, "dateExampleLabel");
        REQUIRE(order);
        REQUIRE(example);
        CHECK(DateOrder(order->currentData().toInt()) == DateOrder::Iso);
        CHECK(example->text().contains(QStringLiteral("is not a date")));

        order->setFocus();
        QTest::keyClicks(order, QStringLiteral("D"));
        REQUIRE(DateOrder(order->currentData().toInt()) == DateOrder::DayFirst);
        CHECK(example->text() ==
              QStringLiteral("“05/03/2024” reads as %1")
                  .arg(QLocale().toString(QDate(2024, 3, 5), QLocale::LongFormat)));
        runAndWait(*dialog, "importButton");
        INFO(errorText(dialog->report()));
        REQUIRE(dialog->report().outcome == ImportReport::Outcome::Imported);
        const Result<Lot> lot = lots.find(c.part, QStringLiteral("D-1"));
        REQUIRE(lot);
        CHECK(lot.value().received == QDate(2024, 3, 5));
        CHECK(lot.value().expires == QDate(2026, 4, 7));
    }
    SECTION("a day over 12 first: day-first is preset, and decimal commas are seen")
    {
        const QString path =
            writeCsv(tmp, QStringLiteral("eu.csv"),
                     "Part number;Lot number;Received;Qty;Unit cost;Supplier;Warehouse\n"
                     "CAP-100;E-1;25.03.2024;3;0,85;Acme Parts Co.;Warehouse A\n"
                     "CAP-100;E-2;02.04.2024;1;1.234,50;Acme Parts Co.;Warehouse A\n");
        auto dialog = openDialog(tmp.db(), path);
        auto *order = findWidget<QComboBox>(*dialog, "dateOrderCombo");
        auto *numbers = findWidget<QComboBox>(*dialog, "numberFormatCombo");
        REQUIRE(order);
        REQUIRE(numbers);
        CHECK(DateOrder(order->currentData().toInt()) == DateOrder::DayFirst);
        CHECK(numbers->currentData().toBool()); // decimal comma
        runAndWait(*dialog, "importButton");
        INFO(errorText(dialog->report()));
        REQUIRE(dialog->report().outcome == ImportReport::Outcome::Imported);
        CHECK(lots.find(c.part, QStringLiteral("E-1")).value().received == QDate(2024, 3, 25));
        CHECK(lots.find(c.part, QStringLiteral("E-1")).value().unitCost == 8500);
        CHECK(lots.find(c.part, QStringLiteral("E-2")).value().unitCost == 12345000);
    }
}

TEST_CASE("import errors appear in the error table with line numbers and nothing is written",
          "[ui][import][errors]")
{
    TempDb tmp;
    seed(tmp.db());
    const qint64 lotsBefore = count(tmp.db(), QStringLiteral("lot"));
    const qint64 eventsBefore = count(tmp.db(), QStringLiteral("audit_event"));
    const QString path =
        writeCsv(tmp, QStringLiteral("bad.csv"),
                 "Part number,Lot number,Received,Qty,Unit cost,Supplier,Warehouse\n"
                 "CAP-100,OK-1,2024-01-10,4,1,Acme Parts Co.,Warehouse A\n"
                 "CAP-100,BAD-1,2024-01-10,0,1,Acme Parts Co.,Warehouse A\n"
                 "CAP-100,BAD-2,2024-01-10,4,1,Nobody Ltd,Warehouse A\n");
    auto dialog = openDialog(tmp.db(), path);

    SECTION("Import refuses the file")
    {
        runAndWait(*dialog, "importButton");
    }
    SECTION("Check lists the same errors")
    {
        runAndWait(*dialog, "checkButton");
    }
    const ImportReport &report = dialog->report();
    INFO(errorText(report));
    REQUIRE(report.outcome == ImportReport::Outcome::Refused);
    CHECK(count(tmp.db(), QStringLiteral("lot")) == lotsBefore);
    CHECK(count(tmp.db(), QStringLiteral("audit_event")) == eventsBefore);

    auto *table = findWidget<QTableWidget>(*dialog, "errorTable");
    REQUIRE(table);
    CHECK(table->isVisible());
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QLatin1String("3"));
    CHECK(table->item(0, 1)->text() == QLatin1String("Qty"));
    CHECK(table->item(0, 2)->text().contains(QStringLiteral("Quantity received")));
    CHECK(table->item(1, 0)->text() == QLatin1String("4"));
    CHECK(table->item(1, 1)->text() == QLatin1String("Supplier"));
    CHECK(table->item(1, 2)->text().contains(QStringLiteral("Nobody Ltd")));
    auto *summary = findWidget<QLabel>(*dialog, "summaryLabel");
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("2 errors in bad.csv")));
    CHECK(button(*dialog, "importButton")->isEnabled()); // fix the file, try again

    // Ctrl+C in the table copies the selected rows, tab-separated.
    QApplication::clipboard()->clear();
    table->setFocus();
    table->selectRow(1);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() ==
          QStringLiteral("4\tSupplier\t%1\n").arg(table->item(1, 2)->text()));
    // The Copy button with nothing selected copies every row.
    table->clearSelection();
    QTest::mouseClick(button(*dialog, "copyButton"), Qt::LeftButton);
    CHECK(QApplication::clipboard()->text() ==
          QStringLiteral("3\tQty\t%1\n4\tSupplier\t%2\n")
              .arg(table->item(0, 2)->text(), table->item(1, 2)->text()));
}

TEST_CASE("import counts the errors beyond those listed", "[ui][import][errors]")
{
    TempDb tmp;
    seed(tmp.db());
    QByteArray csv = "Part number,Lot number,Received,Qty,Unit cost,Supplier,Warehouse\n";
    for (int i = 0; i < 1003; ++i)
        csv += "NOPE-1,L" + QByteArray::number(i) + ",2024-01-10,1,1,Acme Parts Co.,Warehouse A\n";
    auto dialog = openDialog(tmp.db(), writeCsv(tmp, QStringLiteral("many.csv"), csv));
    runAndWait(*dialog, "checkButton");
    REQUIRE(dialog->report().outcome == ImportReport::Outcome::Refused);
    auto *table = findWidget<QTableWidget>(*dialog, "errorTable");
    auto *more = findWidget<QLabel>(*dialog, "moreErrorsLabel");
    REQUIRE(table);
    REQUIRE(more);
    CHECK(table->rowCount() == 1000);
    CHECK(table->item(999, 0)->text() == QLatin1String("1001"));
    CHECK(more->text() == QStringLiteral("… and 3 more errors, not listed."));
}

TEST_CASE("import creates missing suppliers warehouses and bins only when asked",
          "[ui][import][create]")
{
    TempDb tmp;
    const Catalog c = seed(tmp.db());
    const QString path =
        writeCsv(tmp, QStringLiteral("new-things.csv"),
                 "Part number,Lot number,Received,Qty,Unit cost,Supplier,Warehouse,Bin\n"
                 "CAP-100,N-1,2024-01-10,4,1,Nordic Seals AB,Warehouse A,Z-9\n"
                 "CAP-100,N-2,2024-01-10,4,1,Nordic Seals AB,Cold Store,C-1\n");
    auto dialog = openDialog(tmp.db(), path);
    const qint64 suppliers = count(tmp.db(), QStringLiteral("supplier"));
    const qint64 warehouses = count(tmp.db(), QStringLiteral("warehouse"));
    const qint64 bins = count(tmp.db(), QStringLiteral("bin"));
    auto *create = findWidget<QCheckBox>(*dialog, "createMissingCheck");
    REQUIRE(create);
    CHECK_FALSE(create->isChecked());

    runAndWait(*dialog, "checkButton");
    CHECK(dialog->report().outcome == ImportReport::Outcome::Refused);
    CHECK(dialog->report().errorCount() >= 3);

    create->setFocus();
    QTest::keyClick(create, Qt::Key_Space);
    REQUIRE(create->isChecked());
    runAndWait(*dialog, "checkButton");
    INFO(errorText(dialog->report()));
    REQUIRE(dialog->report().outcome == ImportReport::Outcome::Validated);
    auto *summary = findWidget<QLabel>(*dialog, "summaryLabel");
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("Will create supplier: Nordic Seals AB")));
    CHECK(summary->text().contains(QStringLiteral("Will create warehouse: Cold Store")));
    CHECK(count(tmp.db(), QStringLiteral("supplier")) == suppliers); // a check writes nothing
    CHECK(button(*dialog, "importButton")->isDefault()); // after a clean check, Enter imports

    runAndWait(*dialog, "importButton");
    REQUIRE(dialog->report().outcome == ImportReport::Outcome::Imported);
    CHECK(dialog->report().createdSuppliers == QStringList{QStringLiteral("Nordic Seals AB")});
    CHECK(dialog->report().createdWarehouses == QStringList{QStringLiteral("Cold Store")});
    CHECK(dialog->report().createdBins.size() == 2);
    CHECK(summary->text().contains(QStringLiteral("Created bins: ")));
    CHECK(count(tmp.db(), QStringLiteral("supplier")) == suppliers + 1);
    CHECK(count(tmp.db(), QStringLiteral("warehouse")) == warehouses + 1);
    CHECK(count(tmp.db(), QStringLiteral("bin")) == bins + 2);
    const Result<Supplier> nordic =
        SupplierStore(tmp.db()).findByName(QStringLiteral("Nordic Seals AB"));
    REQUIRE(nordic);
    CHECK(LotStore(tmp.db()).find(c.part, QStringLiteral("N-1")).value().supplierId ==
          nordic.value().id);
}

TEST_CASE("import cancelled mid-way writes nothing", "[ui][import][cancel]")
{
    TempDb tmp;
    seed(tmp.db());
    QByteArray csv = "Part number,Lot number,Received,Qty,Unit cost,Supplier,Warehouse,Bin\n";
    for (int i = 0; i < 20000; ++i)
        csv += "CAP-100,BIG-" + QByteArray::number(i) +
               ",2024-01-10,1,0.5,Acme Parts Co.,Warehouse A,A-1\n";
    const QString path = writeCsv(tmp, QStringLiteral("big.csv"), csv);
    const qint64 eventsBefore = count(tmp.db(), QStringLiteral("audit_event"));
    auto dialog = openDialog(tmp.db(), path);

    // The worker is held at its first progress report until the test has
    // clicked Cancel, so the click lands mid-way on any machine.
    struct Gate
    {
        QSemaphore open;
        std::atomic<bool> held{false};
        std::atomic<qint64> bytes{0};
    };
    auto gate = std::make_shared<Gate>();
    dialog->importRun()->setWorkerHook([gate](qint64, qint64 bytes) {
        if (!gate->held.exchange(true)) {
            gate->bytes = bytes;
            gate->open.acquire();
        }
    });
    // Whatever happens below, the worker is let go before the dialog waits for it.
    struct Release
    {
        std::shared_ptr<Gate> gate;
        ~Release() { gate->open.release(1000); }
    } release{gate};

    auto *progress = findWidget<QProgressBar>(*dialog, "progressBar");
    auto *cancel = findWidget<QPushButton>(*dialog, "cancelButton");
    REQUIRE(progress);
    REQUIRE(cancel);
    CHECK_FALSE(progress->isVisible());
    QSignalSpy finished(dialog.get(), &ImportDialog::runFinished);

    QTest::mouseClick(button(*dialog, "importButton"), Qt::LeftButton);
    REQUIRE(dialog->isRunning());
    CHECK(progress->isVisible());
    CHECK(cancel->isVisible());
    CHECK_FALSE(button(*dialog, "importButton")->isEnabled());
    CHECK_FALSE(dialog->columnCombo(0)->isEnabled());
    // The GUI thread keeps handling events while the worker runs: the bar moves.
    REQUIRE(QTest::qWaitFor([&] { return progress->value() > 0; }, kRunTimeoutMs));
    CHECK(gate->held.load());
    CHECK(progress->value() < progress->maximum());

    SECTION("the Cancel button")
    {
        QTest::mouseClick(cancel, Qt::LeftButton);
    }
    SECTION("Escape cancels the run and leaves the dialog open")
    {
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        CHECK(dialog->isVisible());
    }
    CHECK_FALSE(cancel->isEnabled());
    gate->open.release();
    REQUIRE((finished.count() > 0 || finished.wait(kRunTimeoutMs)));
    CHECK(dialog->isVisible());
    const ImportReport &report = dialog->report();
    CHECK(report.outcome == ImportReport::Outcome::Cancelled);
    CHECK(report.rows > 0);
    CHECK(report.rows < 20000);
    CHECK(count(tmp.db(), QStringLiteral("lot")) == 0);
    CHECK(count(tmp.db(), QStringLiteral("audit_event")) == eventsBefore);
    CHECK_FALSE(progress->isVisible());
    auto *summary = findWidget<QLabel>(*dialog, "summaryLabel");
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("Nothing was imported")));
    CHECK(button(*dialog, "importButton")->isEnabled());
}

TEST_CASE("import success refreshes the part's lots in the main window", "[ui][import][window]")
{
    TempDb tmp;
    const Catalog c = seed(tmp.db());
    const QString path =
        writeCsv(tmp, QStringLiteral("refresh.csv"),
                 "Part number,Lot number,Received,Qty,Unit cost,Supplier,Warehouse\n"
                 "CAP-100,R-1,2024-01-10,4,1,Acme Parts Co.,Warehouse A\n"
                 "CAP-100,R-2,2024-01-11,6,1,Acme Parts Co.,Warehouse A\n");
    const QString dbPath = tmp.path();
    tmp.close();
    auto window = openWindow(dbPath, OpenMode::OpenExisting);
    window->openPart(c.part);
    LotsTab *lots = window->partView()->lotsTab();
    REQUIRE(lots->model()->totalCount() == 0);

    bool imported = false;
    const bool seen = withDialog<ImportDialog>(
        [&] { window->importFile(path); },
        [&](ImportDialog &dialog) {
            QSignalSpy done(&dialog, &ImportDialog::runFinished);
            QTest::mouseClick(findWidget<QPushButton>(dialog, "importButton"), Qt::LeftButton);
            CHECK(done.wait(kRunTimeoutMs));
            imported = dialog.report().outcome == ImportReport::Outcome::Imported;
            // Behind the dialog, already refreshed.
            CHECK(lots->model()->totalCount() == 2);
            QTest::keyClick(&dialog, Qt::Key_Escape);
            CHECK_FALSE(dialog.isVisible());
        });
    REQUIRE(seen);
    REQUIRE(imported);
    CHECK(lots->model()->totalCount() == 2);
    const int column = lots->model()->columnOf(QStringLiteral("lot_number"));
    REQUIRE(column >= 0);
    QStringList shown;
    for (int r = 0; r < lots->model()->rowCount(); ++r)
        shown << lots->model()->index(r, column).data().toString();
    shown.sort();
    CHECK(shown == QStringList{QStringLiteral("R-1"), QStringLiteral("R-2")});
}

TEST_CASE("import from File > Import Lots asks for a file in the folder used last",
          "[ui][import][window]")
{
    TempDb tmp;
    seed(tmp.db());
    const QString path = writeCsv(tmp, QStringLiteral("menu.csv"),
                                  "Part number,Lot number,Received,Qty,Unit cost,Supplier,"
                                  "Warehouse\nCAP-100,M-1,2024-01-10,4,1,Acme Parts Co.,"
                                  "Warehouse A\n");
    const QString dbPath = tmp.path();
    tmp.close();
    auto window = openWindow(dbPath, OpenMode::OpenExisting);
    QSettings().setValue(QStringLiteral("import/folder"), tmp.dir());
    auto *action = window->findChild<QAction *>(QStringLiteral("actionImportLots"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I));

    // The file dialog, then the import dialog on the chosen file: two modal
    // windows one after the other, answered by one poll.
    QString fileDialogFolder, importedPath;
    bool sawImport = false;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        if (auto *files = qobject_cast<QFileDialog *>(modal)) {
            fileDialogFolder = files->directory().absolutePath();
            files->selectFile(path);
            QMetaObject::invokeMethod(files, "accept"); // protected in QFileDialog
        } else if (auto *import = qobject_cast<ImportDialog *>(modal)) {
            sawImport = true;
            importedPath = import->filePath();
            import->reject();
        } else {
            modal->close();
        }
    });
    poll.start();
    QTest::keyClick(window.get(), Qt::Key_I, Qt::ControlModifier);
    poll.stop();
    CHECK(fileDialogFolder == QDir(tmp.dir()).absolutePath());
    CHECK(sawImport);
    CHECK(importedPath == QFileInfo(path).absoluteFilePath());
    CHECK(QSettings().value(QStringLiteral("import/folder")).toString() == tmp.dir());
}
