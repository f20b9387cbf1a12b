// The Expiring page, its count in the sidebar and the status bar message,
// driven through a real MainWindow on its own database file: exactly the
// expected lots in order with days left, opening and archiving from the page,
// and the counts following every change (a lot saved, archived or restored on
// the Lots tab, the window changed in Preferences, another database opened).
#include "Database.h"
#include "ExpiringPage.h"
#include "Lot.h"
#include "LotDialog.h"
#include "LotStore.h"
#include "LotTableModel.h"
#include "LotsTab.h"
#include "MainWindow.h"
#include "PartStore.h"
#include "PartView.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "SupplierStore.h"
#include "TempDb.h"
#include "Text.h"
#include "UiTestSupport.h"
#include "WarehouseStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>
#include <catch2/catch.hpp>
#include <optional>

using namespace lotbook;
using namespace lotbook::test;

namespace {

// Two lot-tracked parts, one supplier, one warehouse.
struct Catalog
{
    qint64 supplier = 0, warehouse = 0;
    qint64 cap = 0;  // CAP-100
    qint64 seal = 0; // SEAL-7
};

Catalog seedCatalog(Database &db)
{
    Catalog c;
    Result<Supplier> s =
        SupplierStore(db).create({0, QStringLiteral("Acme Parts Co."), {}, {}, {}, {}, true});
    REQUIRE(s);
    c.supplier = s.value().id;
    Result<Warehouse> w = WarehouseStore(db).create({0, QStringLiteral("Warehouse A"), {}, true});
    REQUIRE(w);
    c.warehouse = w.value().id;
    auto part = [&db](const char *number, const char *name) {
        Part p;
        p.number = QString::fromLatin1(number);
        p.name = QString::fromLatin1(name);
        p.trackLots = true;
        Result<Part> created = PartStore(db).create(p);
        REQUIRE(created);
        return created.value().id;
    };
    c.cap = part("CAP-100", "Run capacitor");
    c.seal = part("SEAL-7", "Duct sealant");
    return c;
}

QDate today()
{
    return QDate::currentDate();
}

// A lot received long ago expiring `days` from today (no expiry when `days` is empty).
qint64 addLot(Database &db, qint64 part, const Catalog &c, const char *number,
              std::optional<int> days, bool archived = false)
{
    Lot lot;
    lot.partId = part;
    lot.lotNumber = QString::fromLatin1(number);
    lot.received = today().addDays(-400);
    if (days)
        lot.expires = today().addDays(*days);
    lot.quantity = 10;
    lot.unitCost = 25000;
    lot.supplierId = c.supplier;
    lot.warehouseId = c.warehouse;
    LotStore store(db);
    Result<Lot> created = store.create(lot);
    INFO(number << ": " << created.message().toStdString());
    REQUIRE(created);
    if (archived)
        REQUIRE(store.archive(created.value().id, created.value().version, QStringLiteral("gone")));
    return created.value().id;
}

// With the default 30-day window: 2 expired, 3 expiring soon.
void seedBoundaries(Database &db, const Catalog &c)
{
    addLot(db, c.cap, c, "EXPIRED-10", -10);
    addLot(db, c.cap, c, "EXPIRED-1", -1);
    addLot(db, c.cap, c, "TODAY", 0);
    addLot(db, c.cap, c, "EDGE-30", 30);
    addLot(db, c.cap, c, "BEYOND-31", 31);
    addLot(db, c.cap, c, "NO-EXPIRY", std::nullopt);
    addLot(db, c.cap, c, "ARCHIVED-EXPIRED", -5, true);
    addLot(db, c.seal, c, "SEAL-SOON-3", 3);
}

const QStringList kExpected{QStringLiteral("EXPIRED-10"), QStringLiteral("EXPIRED-1"),
                            QStringLiteral("TODAY"), QStringLiteral("SEAL-SOON-3"),
                            QStringLiteral("EDGE-30")};

struct ExpiringWindow
{
    TempDb temp;
    Catalog catalog;
    std::unique_ptr<MainWindow> window;

    explicit ExpiringWindow(bool seed = true)
    {
        catalog = seedCatalog(temp.db());
        if (seed)
            seedBoundaries(temp.db(), catalog);
        temp.close();
        window = openWindow(temp.path(), OpenMode::OpenExisting);
    }
    Database &db() { return *window->database(); }
    ExpiringPage *page() { return window->expiringPage(); }
    LotTableModel *model() { return page()->model(); }
    template <typename W> W *child(const char *name)
    {
        auto *w = findWidget<W>(*window, name);
        INFO(name);
        REQUIRE(w);
        return w;
    }
    QString sidebarText()
    {
        return child<QListWidget>("sidebar")->item(MainWindow::ExpiringPageIndex)->text();
    }
    QLabel *statusLabel() { return child<QLabel>("expiryStatusLabel"); }
    // What the status label says, without its link markup.
    QString statusText()
    {
        return QTextDocumentFragment::fromHtml(statusLabel()->text()).toPlainText();
    }
    QString countText() { return child<QLabel>("expiringCount")->text(); }
    void activate()
    {
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    void refresh()
    {
        activate();
        QTest::keyClick(window.get(), Qt::Key_F5);
    }
    void showExpiring()
    {
        activate();
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        REQUIRE(child<QStackedWidget>("pages")->currentWidget() == page());
    }
};

QString shown(LotTableModel *model, int row, const char *field)
{
    const int column = model->columnOf(QLatin1String(field));
    CHECK(column >= 0);
    return model->index(row, column).data().toString();
}

QStringList shownColumn(LotTableModel *model, const char *field)
{
    while (model->canFetchMore())
        model->fetchMore();
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << shown(model, row, field);
    return values;
}

int rowOf(LotTableModel *model, const QString &number)
{
    return int(shownColumn(model, "lot_number").indexOf(number));
}

QVariant stored(Database &db, qint64 lotId, const char *column)
{
    QSqlQuery q(db.connection());
    const bool ok =
        q.prepare(QStringLiteral("SELECT %1 FROM lot WHERE id = ?").arg(QLatin1String(column))) &&
        (q.addBindValue(lotId), q.exec()) && q.next();
    CHECK(ok);
    return ok ? q.value(0) : QVariant();
}

qint64 lotId(Database &db, qint64 part, const char *number)
{
    Result<Lot> lot = LotStore(db).find(part, QString::fromLatin1(number));
    REQUIRE(lot);
    return lot.value().id;
}

// withDialog, with `drive` starting once the dialog is the active window so
// that keys reach it (offscreen has no window manager to activate it).
template <typename D>
bool withActiveDialog(const std::function<void()> &trigger, const std::function<void(D &)> &drive)
{
    return withDialog<D>(trigger, [&drive](D &dialog) {
        dialog.activateWindow();
        const bool active = QTest::qWaitFor([&dialog] { return dialog.isActiveWindow(); });
        CHECK(active);
        if (active)
            drive(dialog);
    });
}

// Unticks "Expires on" in an open lot dialog and saves: the lot no longer expires.
void saveWithoutExpiry(LotDialog &d)
{
    auto *check = findWidget<QCheckBox>(d, "expiresCheck");
    CHECK(check);
    if (!check)
        return;
    CHECK(check->isChecked());
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    CHECK_FALSE(check->isChecked());
    auto *save = findWidget<QPushButton>(d, "saveButton");
    CHECK(save);
    if (save)
        QTest::mouseClick(save, Qt::LeftButton);
    CHECK_FALSE(d.isVisible());
}

} // namespace

TEST_CASE("The Expiring page lists exactly the expired and soon expiring active lots oldest first",
          "[ui][expiring]")
{
    ExpiringWindow f;
    f.showExpiring();
    CHECK(shownColumn(f.model(), "lot_number") == kExpected);
    CHECK(shownColumn(f.model(), "days_left") ==
          QStringList{QStringLiteral("-10"), QStringLiteral("-1"), QStringLiteral("0"),
                      QStringLiteral("3"), QStringLiteral("30")});
    CHECK(shownColumn(f.model(), "part_number") ==
          QStringList{QStringLiteral("CAP-100"), QStringLiteral("CAP-100"),
                      QStringLiteral("CAP-100"), QStringLiteral("SEAL-7"),
                      QStringLiteral("CAP-100")});
    CHECK(shown(f.model(), 3, "part_name") == QStringLiteral("Duct sealant"));
    CHECK(shown(f.model(), 0, "expires_on") == formatDate(today().addDays(-10)));

    CHECK(f.child<QLabel>("expiringHeading")->text() ==
          QStringLiteral("Expired or expiring within 30 days"));
    CHECK(f.countText() == QStringLiteral("5 lots · 2 expired · 3 expiring soon"));
    CHECK(f.child<QTableView>("expiringTable")->isVisible());
    CHECK_FALSE(f.child<QLabel>("expiringEmptyState")->isVisible());

    // The Lots tab's expiry marks: colour on every row, icon and words on the date.
    const int expires = f.model()->columnOf(QStringLiteral("expires_on"));
    for (int row = 0; row < f.model()->rowCount(); ++row) {
        INFO("row " << row);
        CHECK(f.model()->index(row, expires).data(Qt::BackgroundRole).isValid());
        CHECK(f.model()->index(row, expires).data(Qt::DecorationRole).isValid());
    }
    CHECK(f.model()->index(0, expires).data(Qt::BackgroundRole) !=
          f.model()->index(2, expires).data(Qt::BackgroundRole));
    CHECK(f.model()->index(0, expires).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("expired 10 days ago"));
    CHECK(f.model()->index(1, expires).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("expired yesterday"));
    CHECK(f.model()->index(2, expires).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("expires today"));
    CHECK(f.model()->index(4, expires).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("expires in 30 days"));
}

TEST_CASE("The sidebar and the status bar say how many lots expired or expire soon",
          "[ui][expiring]")
{
    ExpiringWindow f;
    CHECK(f.sidebarText() == QStringLiteral("Expiring (5)"));
    CHECK(f.statusLabel()->isVisible());
    CHECK(f.statusText() == QStringLiteral("2 lots expired, 3 expire within 30 days (show)"));
    // Only a message in the status bar: no window pops up.
    CHECK(QApplication::activeModalWidget() == nullptr);
}

TEST_CASE("Clicking show in the status bar opens the Expiring page", "[ui][expiring]")
{
    ExpiringWindow f;
    auto *pages = f.child<QStackedWidget>("pages");
    REQUIRE(pages->currentIndex() == MainWindow::InventoryPageIndex);
    QLabel *label = f.statusLabel();
    REQUIRE(QTest::qWaitFor([label] { return label->width() >= label->sizeHint().width(); }));
    // The middle of the word "show", laid out as the label lays out its text.
    const QString plain = f.statusText();
    const qsizetype at = plain.lastIndexOf(QStringLiteral("show"));
    REQUIRE(at > 0);
    const QFontMetrics metrics(label->font());
    const int x = label->contentsRect().left() + metrics.horizontalAdvance(plain.left(at)) +
                  metrics.horizontalAdvance(QStringLiteral("show")) / 2;
    QTest::mouseClick(label, Qt::LeftButton, {}, QPoint(x, label->height() / 2));
    CHECK(pages->currentWidget() == f.page());
    CHECK(f.child<QListWidget>("sidebar")->currentRow() == MainWindow::ExpiringPageIndex);
}

TEST_CASE("Archiving from the Expiring page asks first then removes the row and lowers the counts",
          "[ui][expiring]")
{
    ExpiringWindow f;
    f.showExpiring();
    const qint64 id = lotId(f.db(), f.catalog.cap, "EXPIRED-1");
    auto *view = f.child<QTableView>("expiringTable");
    const int row = rowOf(f.model(), QStringLiteral("EXPIRED-1"));
    REQUIRE(row == 1);
    view->selectRow(row);
    auto *archive = f.child<QPushButton>("expiringArchive");
    REQUIRE(archive->isEnabled());

    // Cancelled: nothing changes.
    const bool cancelled = withActiveDialog<QInputDialog>(
        [&] { QTest::mouseClick(archive, Qt::LeftButton); },
        [](QInputDialog &input) {
            CHECK(input.labelText().startsWith(
                QStringLiteral("Archive lot EXPIRED-1 of CAP-100 Run capacitor?")));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            CHECK_FALSE(input.isVisible());
        });
    CHECK(cancelled);
    CHECK(stored(f.db(), id, "status").toString() == QStringLiteral("active"));
    CHECK(shownColumn(f.model(), "lot_number") == kExpected);

    // Confirmed with a reason: archived, gone from the list, counted no more.
    f.activate();
    view->selectRow(row);
    const bool confirmed = withActiveDialog<QInputDialog>(
        [&] { QTest::mouseClick(archive, Qt::LeftButton); },
        [](QInputDialog &input) {
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Spoiled"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            CHECK_FALSE(input.isVisible());
        });
    CHECK(confirmed);
    CHECK(stored(f.db(), id, "status").toString() == QStringLiteral("archived"));
    CHECK(stored(f.db(), id, "archive_reason").toString() == QStringLiteral("Spoiled"));
    QStringList expected = kExpected;
    expected.removeAll(QStringLiteral("EXPIRED-1"));
    CHECK(shownColumn(f.model(), "lot_number") == expected);
    // The lot that moved up into its row is selected, ready for the next step.
    CHECK(f.page()->currentLotId() == lotId(f.db(), f.catalog.cap, "TODAY"));
    CHECK(f.countText() == QStringLiteral("4 lots · 1 expired · 3 expiring soon"));
    CHECK(f.sidebarText() == QStringLiteral("Expiring (4)"));
    CHECK(f.statusText() == QStringLiteral("1 lot expired, 3 expire within 30 days (show)"));
}

TEST_CASE("A lot opens from the Expiring page and a saved change updates the list",
          "[ui][expiring]")
{
    ExpiringWindow f;
    f.showExpiring();
    auto *view = f.child<QTableView>("expiringTable");

    // Enter opens the selected lot.
    view->selectRow(rowOf(f.model(), QStringLiteral("SEAL-SOON-3")));
    view->setFocus();
    const bool byEnter =
        withDialog<LotDialog>([&] { QTest::keyClick(view, Qt::Key_Return); },
                              [&](LotDialog &d) {
                                  CHECK(d.lotId() == lotId(f.db(), f.catalog.seal, "SEAL-SOON-3"));
                                  CHECK(d.windowTitle().contains(QStringLiteral("SEAL-SOON-3")));
                              });
    CHECK(byEnter);

    // So does a double-click.
    const int row = rowOf(f.model(), QStringLiteral("TODAY"));
    const QRect cell = view->visualRect(f.model()->index(row, 2));
    const bool byDoubleClick = withDialog<LotDialog>(
        [&] {
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        },
        [&](LotDialog &d) { CHECK(d.lotId() == lotId(f.db(), f.catalog.cap, "TODAY")); });
    CHECK(byDoubleClick);

    // And Open Lot, where the lot no longer expiring leaves the list when saved.
    f.activate();
    view->selectRow(rowOf(f.model(), QStringLiteral("EDGE-30")));
    auto *open = f.child<QPushButton>("expiringOpen");
    REQUIRE(open->isEnabled());
    const bool byButton = withActiveDialog<LotDialog>(
        [&] { QTest::mouseClick(open, Qt::LeftButton); }, saveWithoutExpiry);
    CHECK(byButton);
    CHECK(stored(f.db(), lotId(f.db(), f.catalog.cap, "EDGE-30"), "expires_on").isNull());
    QStringList expected = kExpected;
    expected.removeAll(QStringLiteral("EDGE-30"));
    CHECK(shownColumn(f.model(), "lot_number") == expected);
    CHECK(f.sidebarText() == QStringLiteral("Expiring (4)"));
    CHECK(f.statusText() == QStringLiteral("2 lots expired, 2 expire within 30 days (show)"));
}

TEST_CASE("Saving archiving and restoring on the Lots tab update the Expiring counts",
          "[ui][expiring]")
{
    ExpiringWindow f;
    f.window->openPart(f.catalog.cap);
    LotsTab *lots = f.window->partView()->lotsTab();
    REQUIRE(lots->view()->isVisible());
    auto pressEnterOn = [&](const char *number) {
        const int row = rowOf(lots->model(), QString::fromLatin1(number));
        REQUIRE(row >= 0);
        lots->view()->selectRow(row);
        lots->view()->setFocus();
        QTest::keyClick(lots->view(), Qt::Key_Return);
    };

    // Saved without expiry: one lot fewer.
    const bool saved =
        withActiveDialog<LotDialog>([&] { pressEnterOn("EXPIRED-10"); }, saveWithoutExpiry);
    CHECK(saved);
    CHECK(f.sidebarText() == QStringLiteral("Expiring (4)"));
    CHECK(f.statusText() == QStringLiteral("1 lot expired, 3 expire within 30 days (show)"));
    CHECK(rowOf(f.model(), QStringLiteral("EXPIRED-10")) == -1);

    // Archived in the lot dialog: one fewer again.
    f.activate();
    const bool archived = withActiveDialog<LotDialog>(
        [&] { pressEnterOn("EXPIRED-1"); },
        [](LotDialog &d) {
            const bool asked = withActiveDialog<QInputDialog>(
                [&] { d.archiveLot(); },
                [](QInputDialog &) {
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
                });
            CHECK(asked);
            CHECK_FALSE(d.isVisible());
        });
    CHECK(archived);
    CHECK(f.sidebarText() == QStringLiteral("Expiring (3)"));
    CHECK(f.statusText() == QStringLiteral("3 lots expire within 30 days (show)"));

    // Restored from the Archived list: back in the count.
    f.activate();
    auto *status = f.child<QComboBox>("lotStatusFilter");
    status->setCurrentIndex(status->findText(QStringLiteral("Archived")));
    const bool restored = withActiveDialog<LotDialog>([&] { pressEnterOn("EXPIRED-1"); },
                                                      [](LotDialog &d) {
                                                          d.restoreLot();
                                                          d.reject();
                                                      });
    CHECK(restored);
    CHECK(f.sidebarText() == QStringLiteral("Expiring (4)"));
    CHECK(f.statusText() == QStringLiteral("1 lot expired, 3 expire within 30 days (show)"));
    CHECK(rowOf(f.model(), QStringLiteral("EXPIRED-1")) == 0);
}

TEST_CASE("Changing the expiry window changes the Expiring list and the counts", "[ui][expiring]")
{
    ExpiringWindow f;
    f.showExpiring();

    // One day longer: the lot expiring in 31 days joins at the end.
    Preferences().setExpiryWindowDays(31);
    f.refresh();
    QStringList longer = kExpected;
    longer << QStringLiteral("BEYOND-31");
    CHECK(shownColumn(f.model(), "lot_number") == longer);
    CHECK(f.child<QLabel>("expiringHeading")->text() ==
          QStringLiteral("Expired or expiring within 31 days"));
    CHECK(f.sidebarText() == QStringLiteral("Expiring (6)"));
    CHECK(f.statusText() == QStringLiteral("2 lots expired, 4 expire within 31 days (show)"));

    // Through the Preferences dialog: a window of 0 days keeps only today.
    f.activate();
    const bool changed = withActiveDialog<PreferencesDialog>(
        [&] { QTest::keyClick(f.window.get(), Qt::Key_Comma, Qt::ControlModifier); },
        [](PreferencesDialog &d) {
            auto *spin = findWidget<QSpinBox>(d, "expiryWindowSpin");
            CHECK(spin);
            if (!spin)
                return;
            spin->setFocus();
            spin->selectAll();
            QTest::keyClicks(spin, QStringLiteral("0"));
            CHECK(spin->value() == 0);
            QTest::keyClick(spin, Qt::Key_Return);
            CHECK_FALSE(d.isVisible());
        });
    CHECK(changed);
    CHECK(Preferences().expiryWindowDays() == 0);
    CHECK(shownColumn(f.model(), "lot_number") == QStringList{QStringLiteral("EXPIRED-10"),
                                                              QStringLiteral("EXPIRED-1"),
                                                              QStringLiteral("TODAY")});
    CHECK(f.child<QLabel>("expiringHeading")->text() ==
          QStringLiteral("Expired or expiring today"));
    CHECK(f.sidebarText() == QStringLiteral("Expiring (3)"));
    CHECK(f.statusText() == QStringLiteral("2 lots expired, 1 expires today (show)"));
}

TEST_CASE("With nothing expiring the page says so and the status bar stays quiet", "[ui][expiring]")
{
    ExpiringWindow f(false);
    addLot(f.db(), f.catalog.cap, f.catalog, "LATER", 45);
    addLot(f.db(), f.catalog.cap, f.catalog, "FOREVER", std::nullopt);
    addLot(f.db(), f.catalog.cap, f.catalog, "OLD-ARCHIVED", -20, true);
    f.refresh();
    f.showExpiring();
    CHECK(f.model()->rowCount() == 0);
    auto *empty = f.child<QLabel>("expiringEmptyState");
    CHECK(empty->isVisible());
    CHECK(
        empty->text().startsWith(QStringLiteral("Nothing has expired or expires within 30 days.")));
    CHECK_FALSE(f.child<QTableView>("expiringTable")->isVisible());
    CHECK(f.countText() == QStringLiteral("No lots"));
    CHECK(f.sidebarText() == QStringLiteral("Expiring"));
    CHECK_FALSE(f.statusLabel()->isVisible());
    CHECK(f.statusText().isEmpty());
    CHECK_FALSE(f.child<QPushButton>("expiringOpen")->isEnabled());
    CHECK_FALSE(f.child<QPushButton>("expiringArchive")->isEnabled());

    // A window of 45 days brings LATER in, and the message back.
    Preferences().setExpiryWindowDays(45);
    f.refresh();
    CHECK(shownColumn(f.model(), "lot_number") == QStringList{QStringLiteral("LATER")});
    CHECK(f.child<QTableView>("expiringTable")->isVisible());
    CHECK(f.sidebarText() == QStringLiteral("Expiring (1)"));
    CHECK(f.statusText() == QStringLiteral("1 lot expires within 45 days (show)"));
}

TEST_CASE("Opening another database shows its own expiry counts", "[ui][expiring]")
{
    ExpiringWindow f;
    REQUIRE(f.sidebarText() == QStringLiteral("Expiring (5)"));
    TempDb other(QStringLiteral("other.sqlite"));
    const Catalog c = seedCatalog(other.db());
    addLot(other.db(), c.cap, c, "ONLY-ONE", -2);
    other.close();
    REQUIRE(f.window->openDatabase(other.path(), OpenMode::OpenExisting, true));
    CHECK(f.sidebarText() == QStringLiteral("Expiring (1)"));
    CHECK(f.statusText() == QStringLiteral("1 lot expired (show)"));
    CHECK(shownColumn(f.window->expiringPage()->model(), "lot_number") ==
          QStringList{QStringLiteral("ONLY-ONE")});
}

TEST_CASE("The Expiring table remembers its column widths", "[ui][expiring]")
{
    ExpiringWindow f;
    QHeaderView *header = f.child<QTableView>("expiringTable")->horizontalHeader();
    const int column = f.model()->columnOf(QStringLiteral("part_name"));
    header->resizeSection(column, 333);
    // A second window (settings kept) lays the table out the same way.
    MainWindow second;
    REQUIRE(second.openDatabase(f.temp.path(), OpenMode::OpenExisting, true));
    auto *view = findWidget<QTableView>(second, "expiringTable");
    REQUIRE(view);
    CHECK(view->horizontalHeader()->sectionSize(column) == 333);
}
