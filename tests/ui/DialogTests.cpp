// The add dialogs driven through a real MainWindow: key clicks into the
// fields, Enter or a click on Save, then the database and the lists are
// checked. Invalid entries keep the dialog open with the error next to the
// field and write nothing.
#include "BinDialog.h"
#include "Database.h"
#include "InventoryPage.h"
#include "ListPanel.h"
#include "MainWindow.h"
#include "Money.h"
#include "PartDialog.h"
#include "PartStore.h"
#include "PartView.h"
#include "Preferences.h"
#include "SupplierDialog.h"
#include "SupplierStore.h"
#include "SuppliersPage.h"
#include "TempDb.h"
#include "UiTestSupport.h"
#include "WarehouseDialog.h"
#include "WarehouseStore.h"
#include "WarehousesPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <ostream>

using namespace lotbook;
using lotbook::test::TempDb;
using namespace lotbook::test;

namespace {

template <typename W> W *child(const QWidget &parent, const char *name)
{
    return parent.findChild<W *>(QLatin1String(name));
}

QPushButton *button(const QWidget &parent, const char *name)
{
    auto *b = child<QPushButton>(parent, name);
    REQUIRE(b);
    return b;
}

// Clicks a page's entry in the sidebar, as a user switches pages.
void clickSidebar(MainWindow &window, MainWindow::Page page)
{
    auto *sidebar = child<QListWidget>(window, "sidebar");
    REQUIRE(sidebar);
    const QRect rect = sidebar->visualItemRect(sidebar->item(int(page)));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(sidebar->currentRow() == int(page));
}

void typeIntoText(QWidget &dialog, const char *name, const QString &text)
{
    auto *edit = child<QPlainTextEdit>(dialog, name);
    CHECK(edit);
    if (!edit)
        return;
    QTest::keyClicks(edit, text);
    CHECK(edit->toPlainText() == text);
}

// Enter in a line edit presses the dialog's default button (Save).
void pressEnterIn(QWidget &dialog, const char *name)
{
    auto *edit = child<QLineEdit>(dialog, name);
    CHECK(edit);
    if (edit)
        QTest::keyClick(edit, Qt::Key_Return);
}

void clickSave(QWidget &dialog)
{
    auto *box = child<QDialogButtonBox>(dialog, "buttonBox");
    CHECK(box);
    if (box && box->button(QDialogButtonBox::Save))
        QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}

// Rows in `table`, or -1 (and a failed check) when the query fails. No
// REQUIRE: it is also called while a dialog's event loop runs.
qint64 countRows(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next();
    CHECK(ok);
    return ok ? q.value(0).toLongLong() : -1;
}

struct Counts
{
    qint64 parts, suppliers, warehouses, bins, events;
    bool operator==(const Counts &) const = default;
};

std::ostream &operator<<(std::ostream &out, const Counts &c)
{
    return out << "parts " << c.parts << ", suppliers " << c.suppliers << ", warehouses "
               << c.warehouses << ", bins " << c.bins << ", audit events " << c.events;
}

Counts counts(const Database &db)
{
    return {countRows(db, QStringLiteral("part")), countRows(db, QStringLiteral("supplier")),
            countRows(db, QStringLiteral("warehouse")), countRows(db, QStringLiteral("bin")),
            countRows(db, QStringLiteral("audit_event"))};
}

} // namespace

TEST_CASE("A supplier, a warehouse with two bins and a lot-tracked part are created through their "
          "dialogs",
          "[ui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto window =
        openWindow(dir.filePath(QStringLiteral("new.sqlite")), OpenMode::CreateIfMissing);
    const Database &db = *window->database();
    const QString user = Preferences().userName();

    // Supplier: typed in, saved with the Save button.
    clickSidebar(*window, MainWindow::SuppliersPageIndex);
    ListPanel *suppliers = window->suppliersPage()->panel();
    REQUIRE(suppliers->isVisible());
    CHECK(suppliers->countLabel()->text() == QStringLiteral("0 suppliers"));
    const bool supplierDialog = withDialog<SupplierDialog>(
        [&] { QTest::mouseClick(button(*window, "suppliersNew"), Qt::LeftButton); },
        [](SupplierDialog &d) {
            CHECK(d.windowTitle() == QStringLiteral("New Supplier"));
            typeInto(d, "nameEdit", QStringLiteral("Acme Parts Co."));
            typeInto(d, "contactEdit", QStringLiteral("Dana Whitfield"));
            typeInto(d, "phoneEdit", QStringLiteral("+1 555 0101"));
            typeInto(d, "emailEdit", QStringLiteral("orders@acme-parts.example"));
            typeIntoText(d, "notesEdit", QStringLiteral("Net 30"));
            clickSave(d);
            CHECK_FALSE(d.isVisible());
        });
    REQUIRE(supplierDialog);
    {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT id, name, contact, phone, email, notes, active, created_by FROM supplier")));
        REQUIRE(q.next());
        CHECK(q.value(1).toString() == QStringLiteral("Acme Parts Co."));
        CHECK(q.value(2).toString() == QStringLiteral("Dana Whitfield"));
        CHECK(q.value(3).toString() == QStringLiteral("+1 555 0101"));
        CHECK(q.value(4).toString() == QStringLiteral("orders@acme-parts.example"));
        CHECK(q.value(5).toString() == QStringLiteral("Net 30"));
        CHECK(q.value(6).toBool());
        CHECK(q.value(7).toString() == user);
        CHECK(suppliers->currentId() == q.value(0).toLongLong());
        CHECK_FALSE(q.next());
    }
    REQUIRE(suppliers->model()->rowCount() == 1);
    CHECK(cell(suppliers, 0, QStringLiteral("name")) == QStringLiteral("Acme Parts Co."));
    CHECK(cell(suppliers, 0, QStringLiteral("email")) ==
          QStringLiteral("orders@acme-parts.example"));
    CHECK(cell(suppliers, 0, QStringLiteral("active")) == QStringLiteral("Active"));
    CHECK(suppliers->countLabel()->text() == QStringLiteral("1 supplier"));

    // Warehouse: saved with Enter in the name field; then two bins in it.
    clickSidebar(*window, MainWindow::WarehousesPageIndex);
    ListPanel *warehouses = window->warehousesPage()->warehousePanel();
    ListPanel *bins = window->warehousesPage()->binPanel();
    REQUIRE(warehouses->isVisible());
    CHECK_FALSE(button(*window, "binsNew")->isEnabled()); // no warehouse to put a bin in yet
    const bool warehouseDialog = withDialog<WarehouseDialog>(
        [&] { QTest::mouseClick(button(*window, "warehousesNew"), Qt::LeftButton); },
        [](WarehouseDialog &d) {
            CHECK(d.windowTitle() == QStringLiteral("New Warehouse"));
            typeIntoText(d, "notesEdit", QStringLiteral("12 Depot Road"));
            typeInto(d, "nameEdit", QStringLiteral("Warehouse A"));
            pressEnterIn(d, "nameEdit");
            CHECK_FALSE(d.isVisible());
        });
    REQUIRE(warehouseDialog);
    REQUIRE(countRows(db, QStringLiteral("warehouse")) == 1);
    REQUIRE(warehouses->model()->rowCount() == 1);
    CHECK(cell(warehouses, 0, QStringLiteral("name")) == QStringLiteral("Warehouse A"));
    CHECK(cell(warehouses, 0, QStringLiteral("notes")) == QStringLiteral("12 Depot Road"));
    CHECK(warehouses->countLabel()->text() == QStringLiteral("1 warehouse"));
    const qint64 warehouseId = warehouses->currentId();
    REQUIRE(warehouseId != 0);
    REQUIRE(button(*window, "binsNew")->isEnabled());

    const QList<std::pair<QString, QString>> newBins{
        {QStringLiteral("A-1"), QStringLiteral("Top shelf")},
        {QStringLiteral("A-2"), QStringLiteral("Bottom shelf")}};
    for (const auto &[code, description] : newBins) {
        const bool binDialog = withDialog<BinDialog>(
            [&] { QTest::mouseClick(button(*window, "binsNew"), Qt::LeftButton); },
            [&](BinDialog &d) {
                CHECK(d.windowTitle() == QStringLiteral("New Bin in Warehouse A"));
                auto *warehouse = child<QLabel>(d, "warehouseValue");
                CHECK((warehouse && warehouse->text() == QStringLiteral("Warehouse A")));
                typeInto(d, "codeEdit", code);
                typeInto(d, "descriptionEdit", description);
                pressEnterIn(d, "descriptionEdit");
                CHECK_FALSE(d.isVisible());
            });
        REQUIRE(binDialog);
    }
    {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT warehouse_id, code, description, active FROM bin ORDER BY code_key")));
        for (const auto &[code, description] : newBins) {
            REQUIRE(q.next());
            CHECK(q.value(0).toLongLong() == warehouseId);
            CHECK(q.value(1).toString() == code);
            CHECK(q.value(2).toString() == description);
            CHECK(q.value(3).toBool());
        }
        CHECK_FALSE(q.next());
    }
    REQUIRE(bins->model()->rowCount() == 2);
    CHECK(cell(bins, 0, QStringLiteral("code")) == QStringLiteral("A-1"));
    CHECK(cell(bins, 1, QStringLiteral("code")) == QStringLiteral("A-2"));
    CHECK(cell(bins, 1, QStringLiteral("description")) == QStringLiteral("Bottom shelf"));
    CHECK(bins->countLabel()->text() == QStringLiteral("2 bins"));
    CHECK(cell(bins, bins->view()->currentIndex().row(), QStringLiteral("code")) ==
          QStringLiteral("A-2")); // the bin just added is selected

    // Part: lot-tracked, with unit and price replacing the prefilled values.
    clickSidebar(*window, MainWindow::InventoryPageIndex);
    ListPanel *parts = window->inventoryPage()->panel();
    REQUIRE(parts->isVisible());
    CHECK(child<QLabel>(*window, "partsEmptyState")->isVisible());
    const bool partDialog = withDialog<PartDialog>(
        [&] { QTest::mouseClick(button(*window, "partsNew"), Qt::LeftButton); },
        [](PartDialog &d) {
            CHECK(d.windowTitle() == QStringLiteral("New Part"));
            typeInto(d, "partNumberEdit", QStringLiteral("CAP-100"));
            typeInto(d, "nameEdit", QStringLiteral("Run capacitor 45/5 uF"));
            typeInto(d, "unitEdit", QStringLiteral("pcs"));
            typeInto(d, "priceEdit", QStringLiteral("12.50"));
            typeIntoText(d, "descriptionEdit", QStringLiteral("For condenser units."));
            auto *trackLots = child<QCheckBox>(d, "trackLotsCheck");
            CHECK(trackLots);
            if (trackLots) {
                CHECK_FALSE(trackLots->isChecked());
                QTest::keyClick(trackLots, Qt::Key_Space);
                CHECK(trackLots->isChecked());
            }
            pressEnterIn(d, "priceEdit");
            CHECK_FALSE(d.isVisible());
        });
    REQUIRE(partDialog);
    qint64 partId = 0;
    {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id, part_number, name, unit, price, description, "
                                      "track_lots, active, created_by FROM part")));
        REQUIRE(q.next());
        partId = q.value(0).toLongLong();
        CHECK(q.value(1).toString() == QStringLiteral("CAP-100"));
        CHECK(q.value(2).toString() == QStringLiteral("Run capacitor 45/5 uF"));
        CHECK(q.value(3).toString() == QStringLiteral("pcs"));
        CHECK(q.value(4).toLongLong() == 125000);
        CHECK(q.value(5).toString() == QStringLiteral("For condenser units."));
        CHECK(q.value(6).toBool());
        CHECK(q.value(7).toBool());
        CHECK(q.value(8).toString() == user);
        CHECK_FALSE(q.next());
    }
    REQUIRE(parts->model()->rowCount() == 1);
    CHECK(parts->currentId() == partId);
    CHECK(cell(parts, 0, QStringLiteral("part_number")) == QStringLiteral("CAP-100"));
    CHECK(cell(parts, 0, QStringLiteral("name")) == QStringLiteral("Run capacitor 45/5 uF"));
    CHECK(cell(parts, 0, QStringLiteral("unit")) == QStringLiteral("pcs"));
    CHECK(cell(parts, 0, QStringLiteral("price")) == formatMoney(125000, QLocale()));
    CHECK(cell(parts, 0, QStringLiteral("track_lots")) == QStringLiteral("yes"));
    CHECK(cell(parts, 0, QStringLiteral("active")) == QStringLiteral("Active"));
    CHECK(parts->countLabel()->text() == QStringLiteral("1 part"));
    CHECK(parts->view()->isVisible());
    CHECK_FALSE(child<QLabel>(*window, "partsEmptyState")->isVisible());

    // Each create wrote its audit event: supplier, warehouse, two bins, part.
    QSqlQuery q(db.connection());
    REQUIRE(
        q.exec(QStringLiteral("SELECT action, entity, entity_key FROM audit_event ORDER BY seq")));
    const QStringList expected{QStringLiteral("create supplier Acme Parts Co."),
                               QStringLiteral("create warehouse Warehouse A"),
                               QStringLiteral("create bin Warehouse A / A-1"),
                               QStringLiteral("create bin Warehouse A / A-2"),
                               QStringLiteral("create part CAP-100")};
    QStringList seen;
    while (q.next())
        seen << QStringLiteral("%1 %2 %3")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    CHECK(seen == expected);
}

TEST_CASE("Invalid dialog entries show the error next to the field and write nothing", "[ui]")
{
    TempDb temp;
    {
        SupplierStore suppliers(temp.db());
        REQUIRE(suppliers.create({0, QStringLiteral("Acme Parts Co."), {}, {}, {}, {}, true}));
        WarehouseStore warehouses(temp.db());
        Result<Warehouse> w = warehouses.create({0, QStringLiteral("Warehouse A"), {}, true});
        REQUIRE(w);
        REQUIRE(warehouses.createBin({0, w.value().id, QStringLiteral("A-1"), {}, true}));
        Part part;
        part.number = QStringLiteral("CAP-100");
        part.name = QStringLiteral("Run capacitor");
        REQUIRE(PartStore(temp.db()).create(part));
    }
    temp.close();
    const auto window = openWindow(temp.path(), OpenMode::OpenExisting);
    const Database &db = *window->database();
    const Counts before = counts(db);
    REQUIRE(before == Counts{1, 1, 1, 1, 4});
    ListPanel *parts = window->inventoryPage()->panel();
    ListPanel *suppliers = window->suppliersPage()->panel();
    ListPanel *bins = window->warehousesPage()->binPanel();

    SECTION("an empty part number")
    {
        const bool opened = withDialog<PartDialog>(
            [&] { QTest::mouseClick(button(*window, "partsNew"), Qt::LeftButton); },
            [](PartDialog &d) {
                typeInto(d, "nameEdit", QStringLiteral("Start capacitor"));
                pressEnterIn(d, "nameEdit");
                checkFieldError(d, "partNumberError", QStringLiteral("Part number is required."));
                checkNoFieldError(d, "nameError");
                checkNoFieldError(d, "priceError");
                CHECK(d.focusWidget() == child<QLineEdit>(d, "partNumberEdit"));
                // Spaces only are no part number either.
                typeInto(d, "partNumberEdit", QStringLiteral("   "));
                clickSave(d);
                checkFieldError(d, "partNumberError", QStringLiteral("Part number is required."));
                QTest::keyClick(&d, Qt::Key_Escape);
                CHECK_FALSE(d.isVisible());
            });
        REQUIRE(opened);
    }

    SECTION("a part number already used, in other case")
    {
        const bool opened = withDialog<PartDialog>(
            [&] { QTest::mouseClick(button(*window, "partsNew"), Qt::LeftButton); },
            [](PartDialog &d) {
                typeInto(d, "partNumberEdit", QStringLiteral(" cap-100 "));
                typeInto(d, "nameEdit", QStringLiteral("Another capacitor"));
                pressEnterIn(d, "partNumberEdit");
                checkFieldError(
                    d, "partNumberError",
                    QStringLiteral("Part number \"cap-100\" is already used by another part (part "
                                   "numbers are compared ignoring case and surrounding spaces)."));
                checkNoFieldError(d, "nameError");
            });
        REQUIRE(opened);
    }

    SECTION("a price that is not a number")
    {
        const bool opened = withDialog<PartDialog>(
            [&] { QTest::mouseClick(button(*window, "partsNew"), Qt::LeftButton); },
            [](PartDialog &d) {
                typeInto(d, "partNumberEdit", QStringLiteral("CAP-200"));
                typeInto(d, "nameEdit", QStringLiteral("Start capacitor"));
                typeInto(d, "priceEdit", QStringLiteral("abc"));
                pressEnterIn(d, "priceEdit");
                checkFieldError(d, "priceError",
                                QStringLiteral("Catalog price must be a number, such as %1.")
                                    .arg(QLocale().toString(4.1, 'f', 2)));
                checkNoFieldError(d, "partNumberError");
                checkNoFieldError(d, "nameError");
                CHECK(d.focusWidget() == child<QLineEdit>(d, "priceEdit"));
            });
        REQUIRE(opened);
    }

    SECTION("a supplier name that differs from an existing one only by case")
    {
        window->showPage(MainWindow::SuppliersPageIndex);
        const bool opened = withDialog<SupplierDialog>(
            [&] { QTest::mouseClick(button(*window, "suppliersNew"), Qt::LeftButton); },
            [](SupplierDialog &d) {
                typeInto(d, "nameEdit", QStringLiteral("ACME parts co."));
                clickSave(d);
                checkFieldError(d, "nameError",
                                QStringLiteral("A supplier named \"ACME parts co.\" already exists "
                                               "(names are compared ignoring case and surrounding "
                                               "spaces)."));
            });
        REQUIRE(opened);
    }

    SECTION("a bad email address")
    {
        window->showPage(MainWindow::SuppliersPageIndex);
        const bool opened = withDialog<SupplierDialog>(
            [&] { QTest::mouseClick(button(*window, "suppliersNew"), Qt::LeftButton); },
            [](SupplierDialog &d) {
                typeInto(d, "nameEdit", QStringLiteral("Coolco"));
                typeInto(d, "emailEdit", QStringLiteral("sales at coolco"));
                pressEnterIn(d, "emailEdit");
                checkFieldError(d, "emailError",
                                QStringLiteral("Email \"sales at coolco\" does not look like an "
                                               "email address (name@example.com)."));
                checkNoFieldError(d, "nameError");
            });
        REQUIRE(opened);
    }

    SECTION("an empty warehouse name")
    {
        window->showPage(MainWindow::WarehousesPageIndex);
        const bool opened = withDialog<WarehouseDialog>(
            [&] { QTest::mouseClick(button(*window, "warehousesNew"), Qt::LeftButton); },
            [](WarehouseDialog &d) {
                pressEnterIn(d, "nameEdit");
                checkFieldError(d, "nameError", QStringLiteral("Warehouse name is required."));
            });
        REQUIRE(opened);
    }

    SECTION("a bin code the warehouse already has")
    {
        window->showPage(MainWindow::WarehousesPageIndex);
        const bool opened = withDialog<BinDialog>(
            [&] { QTest::mouseClick(button(*window, "binsNew"), Qt::LeftButton); },
            [](BinDialog &d) {
                typeInto(d, "codeEdit", QStringLiteral("a-1"));
                pressEnterIn(d, "codeEdit");
                checkFieldError(d, "codeError",
                                QStringLiteral("Warehouse A already has a bin with code \"a-1\"."));
            });
        REQUIRE(opened);
    }

    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(counts(db) == before);
    CHECK(parts->model()->rowCount() == 1);
    CHECK(parts->countLabel()->text() == QStringLiteral("1 part"));
    CHECK(suppliers->model()->rowCount() == 1);
    CHECK(suppliers->countLabel()->text() == QStringLiteral("1 supplier"));
    CHECK(bins->model()->rowCount() == 1);
    CHECK(bins->countLabel()->text() == QStringLiteral("1 bin"));
}

TEST_CASE("Correcting the field in the still-open dialog saves the part", "[ui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto window =
        openWindow(dir.filePath(QStringLiteral("fix.sqlite")), OpenMode::CreateIfMissing);
    const Database &db = *window->database();

    // Edit › New… opens the dialog of the current page.
    const bool opened = withDialog<PartDialog>(
        [&] {
            auto *action = window->findChild<QAction *>(QStringLiteral("actionNew"));
            REQUIRE(action);
            action->trigger();
        },
        [&](PartDialog &d) {
            typeInto(d, "partNumberEdit", QStringLiteral("SEAL-7"));
            typeInto(d, "nameEdit", QStringLiteral("Duct sealant"));
            typeInto(d, "priceEdit", QStringLiteral("6.2.0"));
            pressEnterIn(d, "priceEdit");
            CHECK(d.isVisible());
            CHECK(child<QLabel>(d, "priceError")->isVisible());
            CHECK(countRows(db, QStringLiteral("part")) == 0);
            typeInto(d, "priceEdit", QStringLiteral("6.20"));
            pressEnterIn(d, "priceEdit");
            CHECK_FALSE(d.isVisible());
        });
    REQUIRE(opened);
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT part_number, price, track_lots FROM part")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("SEAL-7"));
    CHECK(q.value(1).toLongLong() == 62000);
    CHECK_FALSE(q.value(2).toBool());
    CHECK_FALSE(q.next());
    ListPanel *parts = window->inventoryPage()->panel();
    REQUIRE(parts->model()->rowCount() == 1);
    CHECK(cell(parts, 0, QStringLiteral("track_lots")) == QStringLiteral("no"));
    CHECK(parts->countLabel()->text() == QStringLiteral("1 part"));
}

TEST_CASE("Editing a part from its view and from the list updates both", "[ui]")
{
    TempDb temp;
    Part seed;
    seed.number = QStringLiteral("CAP-100");
    seed.name = QStringLiteral("Run capacitor");
    seed.price = 12500;
    Result<Part> created = PartStore(temp.db()).create(seed);
    REQUIRE(created);
    const qint64 id = created.value().id;
    temp.close();
    const auto window = openWindow(temp.path(), OpenMode::OpenExisting);
    const Database &db = *window->database();
    ListPanel *parts = window->inventoryPage()->panel();
    REQUIRE(parts->currentId() == id);

    // From the part view's Edit button.
    QTest::keyClick(parts->view(), Qt::Key_Return);
    REQUIRE(window->partView()->isVisible());
    const bool fromView = withDialog<PartDialog>(
        [&] { QTest::mouseClick(button(*window, "editPartButton"), Qt::LeftButton); },
        [](PartDialog &d) {
            CHECK(d.windowTitle() == QStringLiteral("Edit Part — CAP-100"));
            auto *number = child<QLineEdit>(d, "partNumberEdit");
            CHECK((number && number->text() == QStringLiteral("CAP-100")));
            auto *price = child<QLineEdit>(d, "priceEdit");
            CHECK((price && price->text() == formatMoney(12500, QLocale())));
            typeInto(d, "nameEdit", QStringLiteral("Run capacitor 45/5 uF"));
            typeInto(d, "priceEdit", QStringLiteral("3.90"));
            QTest::keyClick(child<QCheckBox>(d, "trackLotsCheck"), Qt::Key_Space);
            clickSave(d);
            CHECK_FALSE(d.isVisible());
        });
    REQUIRE(fromView);
    CHECK(window->partView()->isVisible());
    CHECK(child<QLabel>(*window, "partTitle")->text().contains(QStringLiteral("45/5 uF")));
    CHECK(child<QLabel>(*window, "detailPrice")->text() == formatMoney(39000, QLocale()));
    CHECK(child<QLabel>(*window, "detailTrackLots")->text() ==
          QStringLiteral("Each shipment is tracked as its own lot."));

    // Back in the list, Edit › Edit Selected… (Ctrl+E) edits the selected part.
    QTest::mouseClick(button(*window, "backButton"), Qt::LeftButton);
    REQUIRE(parts->isVisible());
    CHECK(cell(parts, 0, QStringLiteral("name")) == QStringLiteral("Run capacitor 45/5 uF"));
    CHECK(cell(parts, 0, QStringLiteral("price")) == formatMoney(39000, QLocale()));
    CHECK(cell(parts, 0, QStringLiteral("track_lots")) == QStringLiteral("yes"));
    // Offscreen has no window manager to hand activation back after a dialog
    // closes, and window shortcuts need the active window.
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    const bool fromList = withDialog<PartDialog>(
        [&] { QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier); },
        [](PartDialog &d) {
            typeInto(d, "partNumberEdit", QStringLiteral("CAP-101"));
            pressEnterIn(d, "partNumberEdit");
            CHECK_FALSE(d.isVisible());
        });
    REQUIRE(fromList);
    CHECK(cell(parts, 0, QStringLiteral("part_number")) == QStringLiteral("CAP-101"));
    CHECK(parts->currentId() == id);
    CHECK(parts->countLabel()->text() == QStringLiteral("1 part"));

    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT part_number, name, price, track_lots FROM part")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("CAP-101"));
    CHECK(q.value(1).toString() == QStringLiteral("Run capacitor 45/5 uF"));
    CHECK(q.value(2).toLongLong() == 39000);
    CHECK(q.value(3).toBool());
    CHECK_FALSE(q.next());
    CHECK(countRows(db, QStringLiteral("audit_event")) == 3); // create, update, update
}
