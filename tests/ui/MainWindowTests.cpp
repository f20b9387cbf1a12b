// The main window on real database files: search as you type, the empty
// state, opening a part and going back, deactivating, read-only files,
// refusing files that are not Lotbook databases, and the sample database.
#include "Database.h"
#include "InventoryPage.h"
#include "ListPanel.h"
#include "MainWindow.h"
#include "PartStore.h"
#include "PartView.h"
#include "SupplierStore.h"
#include "SuppliersPage.h"
#include "TempDb.h"
#include "UiTestSupport.h"
#include "WarehouseStore.h"
#include "WarehousesPage.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <memory>

using namespace lotbook;
using lotbook::test::cell;
using lotbook::test::damageFillerPage;
using lotbook::test::fileHash;
using lotbook::test::openWindow;
using lotbook::test::TempDb;
using lotbook::test::withDialog;
using lotbook::test::writeFile;

namespace {

template <typename W> W *child(const QWidget &parent, const char *name)
{
    auto *w = parent.findChild<W *>(QLatin1String(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

qint64 addPart(Database &db, const QString &number, const QString &name, bool trackLots = false)
{
    Part part;
    part.number = number;
    part.name = name;
    part.trackLots = trackLots;
    Result<Part> created = PartStore(db).create(part);
    INFO(created.message().toStdString());
    REQUIRE(created);
    return created.value().id;
}

qint64 countRows(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Part numbers in the order the Inventory list shows them.
QStringList shownPartNumbers(const ListPanel *parts)
{
    QStringList numbers;
    for (int row = 0; row < parts->model()->rowCount(); ++row)
        numbers << cell(parts, row, QStringLiteral("part_number"));
    return numbers;
}

// Replaces the search text the way a user does: select all, type (or delete).
void typeSearch(QLineEdit *search, const QString &text)
{
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(search, Qt::Key_Backspace);
    else
        QTest::keyClicks(search, text);
    REQUIRE(search->text() == text);
}

} // namespace

TEST_CASE("The part search filters as you type and matches the text literally", "[ui]")
{
    TempDb temp;
    addPart(temp.db(), QStringLiteral("CAP-100"), QStringLiteral("Run capacitor 45/5 uF"));
    addPart(temp.db(), QStringLiteral("CAP-200"), QStringLiteral("Start capacitor"));
    addPart(temp.db(), QStringLiteral("SEAL-7"), QStringLiteral("Duct sealant 10 oz"));
    addPart(temp.db(), QStringLiteral("PCT-50"), QStringLiteral("Sealant 50% tube"));
    temp.close();
    const auto window = openWindow(temp.path(), OpenMode::OpenExisting);
    ListPanel *parts = window->inventoryPage()->panel();
    auto *search = child<QLineEdit>(*window, "partsSearch");
    REQUIRE(search == parts->searchEdit());
    auto *empty = child<QLabel>(*window, "partsEmptyState");
    QLabel *count = parts->countLabel();

    CHECK(shownPartNumbers(parts) ==
          QStringList{QStringLiteral("CAP-100"), QStringLiteral("CAP-200"),
                      QStringLiteral("PCT-50"), QStringLiteral("SEAL-7")});
    CHECK(count->text() == QStringLiteral("4 parts"));

    // Each key press filters: "c" is in all four, "ca" only in the capacitors.
    QTest::keyClicks(search, QStringLiteral("c"));
    CHECK(parts->model()->rowCount() == 4);
    QTest::keyClicks(search, QStringLiteral("a"));
    CHECK(shownPartNumbers(parts) ==
          QStringList{QStringLiteral("CAP-100"), QStringLiteral("CAP-200")});
    CHECK(count->text() == QStringLiteral("2 parts"));
    QTest::keyClicks(search, QStringLiteral("p-1"));
    CHECK(shownPartNumbers(parts) == QStringList{QStringLiteral("CAP-100")});
    CHECK(count->text() == QStringLiteral("1 part"));
    CHECK(parts->currentId() == parts->model()->idAt(0));

    // Names too, ignoring case and surrounding spaces.
    typeSearch(search, QStringLiteral("  SEALANT "));
    CHECK(shownPartNumbers(parts) ==
          QStringList{QStringLiteral("PCT-50"), QStringLiteral("SEAL-7")});
    CHECK(count->text() == QStringLiteral("2 parts"));

    // '%' is a character like any other: a LIKE wildcard would match all four.
    typeSearch(search, QStringLiteral("0%"));
    CHECK(shownPartNumbers(parts) == QStringList{QStringLiteral("PCT-50")});
    CHECK(count->text() == QStringLiteral("1 part"));
    CHECK(parts->view()->isVisible());

    const QStringList nothing{QStringLiteral("' OR 1=1 --"), QStringLiteral("%_"),
                              QStringLiteral("_"), QStringLiteral("\" OR \"\"=\""),
                              QStringLiteral("'; DROP TABLE part; --")};
    for (const QString &text : nothing) {
        INFO(text.toStdString());
        typeSearch(search, text);
        CHECK(parts->model()->lastErrorText().isEmpty());
        CHECK(parts->model()->rowCount() == 0);
        CHECK(count->text() == QStringLiteral("0 parts"));
        CHECK(empty->isVisible());
        CHECK(empty->text() ==
              QStringLiteral("No part number or name contains \"%1\".").arg(text.trimmed()));
        CHECK_FALSE(parts->view()->isVisible());
        CHECK(parts->currentId() == 0);
    }

    // Clearing the search shows everything again; nothing was changed.
    typeSearch(search, QString());
    CHECK(parts->model()->rowCount() == 4);
    CHECK(count->text() == QStringLiteral("4 parts"));
    CHECK(parts->view()->isVisible());
    CHECK_FALSE(empty->isVisible());
    CHECK(countRows(*window->database(), QStringLiteral("part")) == 4);
}

TEST_CASE("A new empty database shows empty states that say what to do first", "[ui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    const auto window = openWindow(path, OpenMode::CreateIfMissing);
    CHECK(QFileInfo::exists(path));
    CHECK(child<QLabel>(*window, "databaseLabel")->text().contains(QStringLiteral("empty.sqlite")));

    ListPanel *parts = window->inventoryPage()->panel();
    auto *partsEmpty = child<QLabel>(*window, "partsEmptyState");
    CHECK(partsEmpty->isVisible());
    CHECK(partsEmpty->text().contains(QStringLiteral("New Part")));
    CHECK_FALSE(parts->view()->isVisible());
    CHECK(parts->countLabel()->text() == QStringLiteral("0 parts"));
    CHECK(child<QPushButton>(*window, "partsNew")->isEnabled());
    CHECK_FALSE(child<QPushButton>(*window, "partsEdit")->isEnabled());
    CHECK_FALSE(child<QPushButton>(*window, "partsToggleActive")->isEnabled());

    window->showPage(MainWindow::SuppliersPageIndex);
    auto *suppliersEmpty = child<QLabel>(*window, "suppliersEmptyState");
    CHECK(suppliersEmpty->isVisible());
    CHECK(suppliersEmpty->text().contains(QStringLiteral("New Supplier")));
    CHECK(window->suppliersPage()->panel()->countLabel()->text() == QStringLiteral("0 suppliers"));

    window->showPage(MainWindow::WarehousesPageIndex);
    auto *warehousesEmpty = child<QLabel>(*window, "warehousesEmptyState");
    CHECK(warehousesEmpty->isVisible());
    CHECK(warehousesEmpty->text().contains(QStringLiteral("New Warehouse")));
    auto *binsEmpty = child<QLabel>(*window, "binsEmptyState");
    CHECK(binsEmpty->isVisible());
    CHECK(binsEmpty->text() == QStringLiteral("Select a warehouse to see its bins."));
    CHECK_FALSE(child<QPushButton>(*window, "binsNew")->isEnabled());
}

TEST_CASE("Double-click or Enter on a part opens its view, Alt+Left or the back button returns",
          "[ui]")
{
    TempDb temp;
    const qint64 capId = addPart(temp.db(), QStringLiteral("CAP-100"),
                                 QStringLiteral("Run capacitor 45/5 uF"), true);
    const qint64 sealId =
        addPart(temp.db(), QStringLiteral("SEAL-7"), QStringLiteral("Duct sealant 10 oz"));
    temp.close();
    const auto window = openWindow(temp.path(), OpenMode::OpenExisting);
    ListPanel *parts = window->inventoryPage()->panel();
    PartView *view = window->partView();
    auto *title = child<QLabel>(*window, "partTitle");
    REQUIRE(parts->isVisible());
    CHECK_FALSE(view->isVisible());

    // Double-click the second row.
    const int sealRow = parts->model()->rowOfId(sealId);
    REQUIRE(sealRow >= 0);
    const QRect sealRect = parts->view()->visualRect(parts->model()->index(sealRow, 1));
    REQUIRE(sealRect.isValid());
    // A QWidget mouseDClick sends only the double-click event; a real one comes after a click.
    QTest::mouseClick(parts->view()->viewport(), Qt::LeftButton, {}, sealRect.center());
    QTest::mouseDClick(parts->view()->viewport(), Qt::LeftButton, {}, sealRect.center());
    REQUIRE(view->isVisible());
    CHECK_FALSE(parts->isVisible());
    CHECK(view->partId() == sealId);
    CHECK(title->text().contains(QStringLiteral("SEAL-7")));
    REQUIRE(view->tabs()->count() >= 1);
    CHECK(view->tabs()->tabText(0).remove(QLatin1Char('&')) == QStringLiteral("Details"));
    CHECK(view->tabs()->currentIndex() == 0);
    CHECK(child<QLabel>(*view, "detailPartNumber")->text() == QStringLiteral("SEAL-7"));
    CHECK(child<QLabel>(*view, "detailTrackLots")->text() == QStringLiteral("Not tracked"));

    // Alt+Left goes back to the list, with the part still selected.
    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    REQUIRE(parts->isVisible());
    CHECK_FALSE(view->isVisible());
    CHECK(parts->currentId() == sealId);
    CHECK(parts->view()->hasFocus());

    // Enter on the selected row opens it; the back button returns.
    parts->selectId(capId);
    QTest::keyClick(parts->view(), Qt::Key_Return);
    REQUIRE(view->isVisible());
    CHECK(view->partId() == capId);
    CHECK(title->text().contains(QStringLiteral("CAP-100")));
    CHECK(child<QLabel>(*view, "detailTrackLots")->text() ==
          QStringLiteral("Each shipment is tracked as its own lot."));
    QTest::mouseClick(child<QPushButton>(*view, "backButton"), Qt::LeftButton);
    REQUIRE(parts->isVisible());
    CHECK_FALSE(view->isVisible());
    CHECK(parts->currentId() == capId);

    // Alt+Left on the list itself goes nowhere.
    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    CHECK(parts->isVisible());
    CHECK(parts->currentId() == capId);
}

TEST_CASE("A deactivated part leaves the list unless Show inactive is checked", "[ui]")
{
    TempDb temp;
    const qint64 capId =
        addPart(temp.db(), QStringLiteral("CAP-100"), QStringLiteral("Run capacitor"));
    const qint64 sealId =
        addPart(temp.db(), QStringLiteral("SEAL-7"), QStringLiteral("Duct sealant"));
    temp.close();
    const auto window = openWindow(temp.path(), OpenMode::OpenExisting);
    const Database &db = *window->database();
    ListPanel *parts = window->inventoryPage()->panel();
    auto *toggle = child<QPushButton>(*window, "partsToggleActive");
    auto *showInactive = child<QCheckBox>(*window, "partsShowInactive");
    auto activeInDb = [&](qint64 id) {
        QSqlQuery q(db.connection());
        REQUIRE(q.prepare(QStringLiteral("SELECT active FROM part WHERE id = ?")));
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toBool();
    };

    parts->selectId(sealId);
    REQUIRE(parts->currentId() == sealId);
    CHECK(toggle->text() == QStringLiteral("Deactivate"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK_FALSE(activeInDb(sealId));
    CHECK(activeInDb(capId));
    CHECK(parts->model()->rowOfId(sealId) == -1);
    CHECK(shownPartNumbers(parts) == QStringList{QStringLiteral("CAP-100")});
    CHECK(parts->countLabel()->text() == QStringLiteral("1 part"));
    CHECK(parts->currentId() == capId);
    {
        QSqlQuery q(db.connection());
        REQUIRE(q.prepare(QStringLiteral("SELECT action FROM audit_event WHERE entity = 'part' "
                                         "AND entity_id = ? ORDER BY seq DESC LIMIT 1")));
        q.addBindValue(sealId);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("deactivate"));
    }

    // Show inactive brings it back, marked and greyed.
    QTest::keyClick(showInactive, Qt::Key_Space);
    REQUIRE(showInactive->isChecked());
    CHECK(shownPartNumbers(parts) ==
          QStringList{QStringLiteral("CAP-100"), QStringLiteral("SEAL-7")});
    CHECK(parts->countLabel()->text() == QStringLiteral("2 parts"));
    const int sealRow = parts->model()->rowOfId(sealId);
    REQUIRE(sealRow >= 0);
    CHECK(cell(parts, sealRow, QStringLiteral("active")) == QStringLiteral("Inactive"));
    CHECK(parts->model()->index(sealRow, 1).data(Qt::ForegroundRole).value<QBrush>() ==
          QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
    CHECK_FALSE(parts->model()
                    ->index(parts->model()->rowOfId(capId), 1)
                    .data(Qt::ForegroundRole)
                    .isValid());

    // Selected, the inactive part can be activated again.
    parts->selectId(sealId);
    CHECK(toggle->text() == QStringLiteral("Activate"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK(activeInDb(sealId));
    CHECK(cell(parts, parts->model()->rowOfId(sealId), QStringLiteral("active")) ==
          QStringLiteral("Active"));
    CHECK(toggle->text() == QStringLiteral("Deactivate"));
    QTest::keyClick(showInactive, Qt::Key_Space);
    REQUIRE_FALSE(showInactive->isChecked());
    CHECK(parts->model()->rowCount() == 2);
    CHECK(parts->countLabel()->text() == QStringLiteral("2 parts"));
}

TEST_CASE("A read-only database file opens with editing disabled and says so", "[ui]")
{
    TempDb temp;
    const qint64 partId =
        addPart(temp.db(), QStringLiteral("CAP-100"), QStringLiteral("Run capacitor"));
    {
        REQUIRE(
            SupplierStore(temp.db()).create({0, QStringLiteral("Coolco"), {}, {}, {}, {}, true}));
        WarehouseStore warehouses(temp.db());
        Result<Warehouse> w = warehouses.create({0, QStringLiteral("Warehouse A"), {}, true});
        REQUIRE(w);
        REQUIRE(warehouses.createBin({0, w.value().id, QStringLiteral("A-1"), {}, true}));
    }
    temp.close();
    REQUIRE(
        QFile::setPermissions(temp.path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray hashBefore = fileHash(temp.path());
    {
        const auto window = openWindow(temp.path(), OpenMode::OpenExisting);
        REQUIRE(window->database()->isReadOnly());

        const QString label = child<QLabel>(*window, "databaseLabel")->text();
        CHECK(label.contains(QStringLiteral("lotbook.sqlite")));
        CHECK(label.contains(QStringLiteral("read-only")));
        CHECK(window->windowTitle().contains(QStringLiteral("read-only")));
        CHECK(window->statusBar()->currentMessage().contains(QStringLiteral("read-only")));

        // The data is there to look at, nothing can be added or changed.
        ListPanel *parts = window->inventoryPage()->panel();
        CHECK(shownPartNumbers(parts) == QStringList{QStringLiteral("CAP-100")});
        CHECK(parts->currentId() == partId);
        for (const char *name :
             {"partsNew", "partsEdit", "partsToggleActive", "suppliersNew", "suppliersEdit",
              "suppliersToggleActive", "warehousesNew", "warehousesEdit", "warehousesToggleActive",
              "binsNew", "binsEdit", "binsToggleActive"}) {
            INFO(name);
            CHECK_FALSE(child<QPushButton>(*window, name)->isEnabled());
        }
        CHECK(window->warehousesPage()->binPanel()->model()->rowCount() == 1);
        for (const char *name : {"actionNew", "actionEdit"}) {
            auto *action = window->findChild<QAction *>(QLatin1String(name));
            REQUIRE(action);
            CHECK_FALSE(action->isEnabled());
        }

        // Ctrl+N opens no dialog (one that did would be closed and reported).
        QString unexpected;
        QTimer guard;
        guard.setInterval(5);
        QObject::connect(&guard, &QTimer::timeout, [&] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                unexpected = modal->windowTitle();
                modal->close();
            }
        });
        guard.start();
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        guard.stop();
        CHECK(unexpected == QString());

        // The part opens for reading; its Edit button is off.
        QTest::keyClick(parts->view(), Qt::Key_Return);
        REQUIRE(window->partView()->isVisible());
        CHECK_FALSE(child<QPushButton>(*window, "editPartButton")->isEnabled());
    }
    CHECK(fileHash(temp.path()) == hashBefore);
}

TEST_CASE("Opening a file that is not a Lotbook database fails and keeps the open database", "[ui]")
{
    TempDb temp;
    addPart(temp.db(), QStringLiteral("CAP-100"), QStringLiteral("Run capacitor"));
    temp.close();
    const auto window = openWindow(temp.path(), OpenMode::OpenExisting);
    Database *const db = window->database();
    InventoryPage *const inventory = window->inventoryPage();
    const QString label = child<QLabel>(*window, "databaseLabel")->text();
    const QString title = window->windowTitle();

    QString other;
    QString expected;
    SECTION("a text file")
    {
        other = temp.file(QStringLiteral("notes.sqlite"));
        writeFile(other, "Shopping list: capacitors, sealant\n");
        expected = QStringLiteral("is not a database file");
    }
    SECTION("another program's SQLite database")
    {
        other = temp.file(QStringLiteral("other.sqlite"));
        const QString connection = QStringLiteral("ui-tests-other");
        {
            QSqlDatabase foreign = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            foreign.setDatabaseName(other);
            REQUIRE(foreign.open());
            QSqlQuery q(foreign);
            REQUIRE(
                q.exec(QStringLiteral("CREATE TABLE song (id INTEGER PRIMARY KEY, title TEXT)")));
            REQUIRE(q.exec(QStringLiteral("INSERT INTO song (title) VALUES ('Blue')")));
            q.finish();
            foreign.close();
        }
        QSqlDatabase::removeDatabase(connection);
        expected = QStringLiteral("is an SQLite database, but not a Lotbook database");
    }
    SECTION("a file that is not there")
    {
        other = temp.file(QStringLiteral("missing.sqlite"));
        expected = QStringLiteral("There is no database file at");
    }
    const bool existed = QFileInfo::exists(other);
    const QByteArray otherHash = fileHash(other);

    CHECK_FALSE(window->openDatabase(other, OpenMode::OpenExisting, true));
    INFO(window->lastError().toStdString());
    CHECK(window->lastError().contains(expected));
    CHECK(window->lastError().contains(QFileInfo(other).fileName()));
    CHECK(QApplication::activeModalWidget() == nullptr);

    // The previous database is still open and shown, untouched.
    CHECK(window->database() == db);
    CHECK(window->database()->path() == QFileInfo(temp.path()).absoluteFilePath());
    CHECK(window->inventoryPage() == inventory);
    CHECK(shownPartNumbers(inventory->panel()) == QStringList{QStringLiteral("CAP-100")});
    CHECK(child<QLabel>(*window, "databaseLabel")->text() == label);
    CHECK(window->windowTitle() == title);
    CHECK(QFileInfo::exists(other) == existed);
    CHECK(fileHash(other) == otherHash);

    // Not quiet (File › Open), the same message is shown in a message box.
    const QString quietMessage = window->lastError();
    QString shown;
    QTimer answer;
    answer.setInterval(5);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    answer.start();
    CHECK_FALSE(window->openDatabase(other, OpenMode::OpenExisting, false));
    answer.stop();
    CHECK(shown == quietMessage);
    CHECK(window->database() == db);

    // A later successful open clears the error.
    REQUIRE(window->openDatabase(temp.file(QStringLiteral("fresh.sqlite")),
                                 OpenMode::CreateIfMissing, true));
    CHECK(window->lastError().isEmpty());
    CHECK(window->inventoryPage()->panel()->model()->rowCount() == 0);
}

TEST_CASE("A damaged database opens, then the background check closes it and says why", "[ui]")
{
    TempDb temp;
    addPart(temp.db(), QStringLiteral("CAP-100"), QStringLiteral("Run capacitor"));
    {
        // A sound file stays open once its check is done.
        const auto window = openWindow(temp.path(), OpenMode::OpenExisting);
        REQUIRE(QTest::qWaitFor([&] { return !window->isCheckingDatabase(); }, 30000));
        CHECK(window->database() != nullptr);
        CHECK(window->lastError().isEmpty());
    }
    damageFillerPage(temp); // where only the check reads
    const QByteArray before = fileHash(temp.path());

    std::unique_ptr<MainWindow> window;
    QString shown;
    QString details;
    const bool seen = withDialog<QMessageBox>(
        [&] {
            window = std::make_unique<MainWindow>();
            // Opened: the check that reads every page runs after the window shows.
            REQUIRE(window->openDatabase(temp.path(), OpenMode::OpenExisting, true));
            CHECK(window->database() != nullptr);
            window->show();
            REQUIRE(QTest::qWaitFor([&] { return !window->isCheckingDatabase(); }, 30000));
            QTest::qWait(50);
        },
        [&](QMessageBox &box) {
            shown = box.text() + QLatin1Char('\n') + box.informativeText();
            details = box.detailedText();
            CHECK(box.icon() == QMessageBox::Critical);
            box.accept();
        });
    REQUIRE(seen);
    INFO(shown.toStdString());
    CHECK(shown.contains(QFileInfo(temp.path()).absoluteFilePath() +
                         QStringLiteral(" is damaged, so Lotbook has closed it.")));
    CHECK(shown.contains(QStringLiteral("latest backup")));
    // What SQLite found, for whoever repairs it.
    CHECK(details.contains(QStringLiteral("damaged (corrupt)")));
    CHECK(details.contains(QStringLiteral("Page ")));
    CHECK(window->database() == nullptr);
    CHECK(window->lastError().contains(QStringLiteral("damaged (corrupt)")));
    CHECK(child<QLabel>(*window, "noDatabaseLabel")->isVisible());
    CHECK(child<QLabel>(*window, "databaseLabel")->text() == QStringLiteral("No database"));
    window.reset();
    CHECK(fileHash(temp.path()) == before);
}

TEST_CASE("The sample database opens with four parts", "[ui]")
{
    QSettings().clear();
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.database() == nullptr);
    CHECK(child<QLabel>(window, "noDatabaseLabel")->isVisible());
    CHECK(child<QLabel>(window, "databaseLabel")->text() == QStringLiteral("No database"));
    CHECK_FALSE(child<QListWidget>(window, "sidebar")->isEnabled());

    REQUIRE(window.openSampleDatabase(true));
    REQUIRE(window.database());
    CHECK_FALSE(window.database()->isReadOnly());
    CHECK(child<QListWidget>(window, "sidebar")->isEnabled());
    ListPanel *parts = window.inventoryPage()->panel();
    REQUIRE(parts->isVisible());
    CHECK(shownPartNumbers(parts) ==
          QStringList{QStringLiteral("CAP-100"), QStringLiteral("FLT-20"),
                      QStringLiteral("REF-410A"), QStringLiteral("SEAL-7")});
    CHECK(parts->countLabel()->text() == QStringLiteral("4 parts"));
    CHECK(window.suppliersPage()->panel()->countLabel()->text() == QStringLiteral("3 suppliers"));
    CHECK(window.warehousesPage()->warehousePanel()->countLabel()->text() ==
          QStringLiteral("3 warehouses"));
    // A throwaway copy: not offered again under File › Open Recent.
    CHECK_FALSE(QSettings()
                    .value(QStringLiteral("recentFiles"))
                    .toStringList()
                    .contains(window.database()->path()));
}
