// File > Back Up Database in a real window: the file dialog offers
// <db>-YYYY-MM-DD.sqlite, the copy is written on a worker thread (busy cursor
// and a busy bar meanwhile, the action disabled), the status bar says where it
// went, and the dialog starts in that folder next time; a failure says why.
// Also what the window says about a database in a read-only folder, and about
// an older database that was copied before its upgrade.
#include "CatalogDrafts.h"
#include "Database.h"
#include "Folders.h"
#include "MainWindow.h"
#include "PartStore.h"
#include "Schema.h"
#include "TempDb.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace lotbook;
using namespace lotbook::test;

namespace {

QAction *backupAction(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("actionBackUpDatabase"));
    REQUIRE(action);
    return action;
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

void waitForBackup(MainWindow &window)
{
    REQUIRE(QTest::qWaitFor([&] { return !window.isBackingUp(); }, 60000));
}

} // namespace

TEST_CASE("File > Back Up Database writes a checked copy off the GUI thread and says where",
          "[ui][backup]")
{
    TempDb temp;
    REQUIRE(PartStore(temp.db()).create(makePart(QStringLiteral("CAP-100"))).ok());
    const auto window = openWindow(temp.path(), OpenMode::OpenExisting);
    QAction *action = backupAction(*window);
    CHECK(action->isEnabled());
    bool inFileMenu = false;
    for (QObject *o : action->associatedObjects())
        if (auto *menu = qobject_cast<QMenu *>(o))
            inFileMenu = inFileMenu || menu->title() == QLatin1String("&File");
    CHECK(inFileMenu);

    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QString destination = out.filePath(QStringLiteral("monday.sqlite"));
    const bool shown = withDialog<QFileDialog>(
        [&] { action->trigger(); },
        [&](QFileDialog &dialog) {
            // At first: the database's folder, today's name.
            CHECK(dialog.selectedFiles().value(0) ==
                  temp.file(QStringLiteral("lotbook-%1.sqlite").arg(today())));
            dialog.selectFile(destination);
            static_cast<QDialog &>(dialog).accept(); // as the Save button does
        });
    REQUIRE(shown);

    // Running: the window is back in the user's hands while the copy is written.
    CHECK(window->isBackingUp());
    CHECK_FALSE(action->isEnabled());
    REQUIRE(QApplication::overrideCursor());
    CHECK(QApplication::overrideCursor()->shape() == Qt::BusyCursor);
    auto *status = window->findChild<QWidget *>(QStringLiteral("backupStatus"));
    REQUIRE(status);
    CHECK(status->isVisible());
    CHECK(window->findChild<QWidget *>(QStringLiteral("backupProgress")));

    waitForBackup(*window);
    CHECK_FALSE(QApplication::overrideCursor());
    CHECK_FALSE(status->isVisible());
    CHECK(action->isEnabled());
    const QString message = window->statusBar()->currentMessage();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("Backed up to")));
    CHECK(message.contains(QStringLiteral("checked")));
    CHECK(message.contains(QDir::toNativeSeparators(destination)));

    REQUIRE(QFileInfo::exists(destination));
    {
        OpenResult copy = Database::open(destination, OpenMode::Inspect);
        INFO(copy.message.toStdString());
        REQUIRE(copy.ok());
        CHECK(PartStore(*copy.database).findByNumber(QStringLiteral("CAP-100")).ok());
    }

    // Next time the dialog starts in the folder used last.
    CHECK(QSettings().value(QStringLiteral("backup/folder")).toString() == out.path());
    withDialog<QFileDialog>([&] { action->trigger(); },
                            [&](QFileDialog &dialog) {
                                CHECK(
                                    dialog.selectedFiles().value(0) ==
                                    out.filePath(QStringLiteral("lotbook-%1.sqlite").arg(today())));
                                dialog.reject();
                            });
    CHECK_FALSE(window->isBackingUp());
}

TEST_CASE("Cancel beside a running backup stops it, and closing the window asks first",
          "[ui][backup]")
{
    TempDb temp;
    REQUIRE(PartStore(temp.db()).create(makePart(QStringLiteral("CAP-100"))).ok());
    addFiller(temp, 100000); // about 20 MB: still copying when Cancel is pressed
    temp.close();
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QString destination = out.filePath(QStringLiteral("b.sqlite"));

    auto window = openWindow(temp.path(), OpenMode::OpenExisting);
    window->backUpTo(destination, false);
    REQUIRE(window->isBackingUp());
    auto *cancel = window->findChild<QToolButton *>(QStringLiteral("backupCancel"));
    REQUIRE(cancel);
    CHECK(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    CHECK_FALSE(cancel->isEnabled());
    waitForBackup(*window);
    const QString message = window->statusBar()->currentMessage();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("cancelled")));
    CHECK(folderEntries(out.path()).isEmpty());
    CHECK_FALSE(QApplication::overrideCursor());
    CHECK(backupAction(*window)->isEnabled());

    // Closing while a backup runs: "Keep Working" keeps both, the other button stops it.
    window->backUpTo(destination, false);
    REQUIRE(window->isBackingUp());
    const auto answer = [&](const QString &button) {
        return withDialog<QMessageBox>([&] { window->close(); },
                                       [&](QMessageBox &box) {
                                           CHECK(box.text().contains(QStringLiteral("backup")));
                                           for (QAbstractButton *b : box.buttons())
                                               if (b->text() == button)
                                                   b->click();
                                       });
    };
    CHECK(answer(QStringLiteral("Keep Working")));
    CHECK(window->isVisible());
    CHECK(window->isBackingUp());
    CHECK(answer(QStringLiteral("Cancel Backup and Close")));
    CHECK_FALSE(window->isVisible());
    window.reset(); // waits for the stopped backup
    CHECK(folderEntries(out.path()).isEmpty());
}

TEST_CASE("A backup that cannot be written says why and leaves the window as it was",
          "[ui][backup]")
{
    TempDb temp;
    const auto window = openWindow(temp.path(), OpenMode::OpenExisting);
    const QString folder = temp.file(QStringLiteral("no/such/folder"));
    QString shownText;
    const bool shown = withDialog<QMessageBox>(
        [&] {
            window->backUpTo(folder + QStringLiteral("/b.sqlite"), false);
            waitForBackup(*window);
        },
        [&](QMessageBox &box) {
            shownText = box.text();
            box.accept();
        });
    CHECK(shown);
    INFO(shownText.toStdString());
    CHECK(shownText.contains(folder));
    CHECK(shownText.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QApplication::overrideCursor());
    CHECK(backupAction(*window)->isEnabled());
    CHECK_FALSE(QFileInfo::exists(temp.file(QStringLiteral("no"))));
}

TEST_CASE("A database in a folder that cannot be written opens read-only in the window, saying "
          "why",
          "[ui][readonly]")
{
    TempDb temp;
    REQUIRE(PartStore(temp.db()).create(makePart(QStringLiteral("CAP-100"))).ok());
    temp.close();
    // Root may write anyway; a folder without any write permission is not written to.
    RestoreFolder restore{temp.dir()};
    REQUIRE(QFile::setPermissions(temp.dir(), kReadOnlyFolder));
    {
        const auto window = openWindow(temp.path(), OpenMode::OpenExisting);
        REQUIRE(window->database()->readOnlyCause() == ReadOnlyCause::FolderPermissions);
        const QString message = window->statusBar()->currentMessage();
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("read-only")));
        CHECK(message.contains(QStringLiteral("folder cannot be written")));
        CHECK(window->windowTitle().contains(QStringLiteral("read-only")));
        auto *label = window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
        REQUIRE(label);
        CHECK(label->text().contains(QStringLiteral("read-only")));
        // Still said when another message has replaced that one.
        CHECK(label->toolTip().contains(QStringLiteral("folder cannot be written")));
        auto *newAction = window->findChild<QAction *>(QStringLiteral("actionNew"));
        REQUIRE(newAction);
        CHECK_FALSE(newAction->isEnabled());
        // Reading is all a backup needs.
        CHECK(backupAction(*window)->isEnabled());
        CHECK(window->inventoryPage());
    }
    CHECK(QDir(temp.dir()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("lotbook.sqlite")});
}

TEST_CASE("Opening an older database in the window says where the copy before the upgrade is",
          "[ui][backup][migration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("stock.sqlite"));
    const int old = Schema::currentVersion() - 1;
    {
        const QString name = QStringLiteral("ui-backup-old");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            const auto &all = Schema::steps();
            REQUIRE(Schema::migrate(db, {all.begin(), all.begin() + old}).ok());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    // The copy and the upgrade run on a thread of their own.
    const auto window = openWindow(path, OpenMode::OpenExisting);
    CHECK(window->database()->schemaVersion() == Schema::currentVersion());
    const QString copy = path + QStringLiteral(".v%1-%2.bak").arg(old).arg(today());
    CHECK(QFileInfo::exists(copy));
    const QString message = window->statusBar()->currentMessage();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("Upgraded")));
    CHECK(message.contains(QStringLiteral("kept beside it as ") + QFileInfo(copy).fileName()));
}
