// Two instances on one file: a window and the real lotbook-cli (another
// process) writing the same database while the window is open. F5 and the
// application becoming active again show the other process's writes, on the
// same page, row and scroll position; a long list that is only partly fetched
// holds back neither the other process's writes nor the window's own saves
// (no "database is locked"); a lot the other process changed meanwhile is
// refused with who and when; a full disk while saving is reported, not fatal.
#include "Database.h"
#include "ListPanel.h"
#include "LotDialog.h"
#include "LotStore.h"
#include "LotTableModel.h"
#include "LotsTab.h"
#include "MainWindow.h"
#include "PartStore.h"
#include "PartView.h"
#include "SupplierStore.h"
#include "TempDb.h"
#include "TracePage.h"
#include "Transaction.h"
#include "UiTestSupport.h"
#include "WarehouseStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace lotbook;
using namespace lotbook::test;

namespace {

constexpr int kLots = 300; // more than one fetch (256 rows): the list stays partly fetched

struct Cli
{
    int exitCode = -1;
    QString err;
};

// The real lotbook-cli on `path` as user `user`: another process.
Cli runCli(const QString &path, const QString &home, const QStringList &arguments,
           const QString &user = QStringLiteral("alex"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LOTBOOK_CLI_PATH),
                  QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"), user} +
                      arguments);
    Cli r;
    if (!process.waitForStarted() || !process.waitForFinished(60000) ||
        process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromUtf8(w);
    return out;
}

// CAP-100 with kLots lots B-0000... (expiring one a day apart, so the list
// order is the lot number order), Acme, Main.
struct World
{
    TempDb temp;
    qint64 part = 0;
    std::unique_ptr<MainWindow> window;

    World()
    {
        Database &db = temp.db();
        Part p;
        p.number = QStringLiteral("CAP-100");
        p.name = QStringLiteral("Run capacitor");
        p.trackLots = true;
        const Result<Part> created = PartStore(db).create(p);
        REQUIRE(created);
        part = created.value().id;
        Supplier s;
        s.name = QStringLiteral("Acme");
        const Result<Supplier> supplier = SupplierStore(db).create(s);
        REQUIRE(supplier);
        Warehouse w;
        w.name = QStringLiteral("Main");
        const Result<Warehouse> warehouse = WarehouseStore(db).create(w);
        REQUIRE(warehouse);
        {
            Transaction tx(db.connection());
            LotBulkCreator bulk(db, LotAuditNote{});
            for (int i = 0; i < kLots; ++i) {
                Lot l;
                l.partId = part;
                l.lotNumber = number(i);
                l.received = QDate(2024, 1, 10);
                l.expires = QDate(2030, 1, 1).addDays(i);
                l.quantity = 10;
                l.unitCost = 10000;
                l.supplierId = supplier.value().id;
                l.warehouseId = warehouse.value().id;
                REQUIRE(bulk.create(l));
            }
            REQUIRE(bulk.flush());
            REQUIRE(tx.commit());
        }
        temp.close();
        window = openWindow(temp.path(), OpenMode::OpenExisting);
    }
    static QString number(int i) { return QStringLiteral("B-%1").arg(i, 4, 10, QLatin1Char('0')); }

    Cli cli(const QStringList &arguments, const QString &user = QStringLiteral("alex"))
    {
        return runCli(temp.path(), temp.dir(), arguments, user);
    }
    void requireCli(const QStringList &arguments)
    {
        const Cli r = cli(arguments);
        INFO("lotbook-cli " << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                            << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    LotsTab *openLots()
    {
        window->openPart(part);
        LotsTab *lots = window->partView()->lotsTab();
        REQUIRE(lots->view()->isVisible());
        return lots;
    }
    QVariant stored(qint64 lotId, const char *column)
    {
        QSqlQuery q(window->database()->connection());
        REQUIRE(q.prepare(
            QStringLiteral("SELECT %1 FROM lot WHERE id = ?").arg(QLatin1String(column))));
        q.addBindValue(lotId);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0);
    }
};

// Selects `row` of a lazily fetched table and scrolls it to the top of the view.
void selectFarRow(QTableView *view, int row)
{
    QAbstractItemModel *model = view->model();
    while (model->rowCount() <= row && model->canFetchMore({}))
        model->fetchMore({});
    REQUIRE(model->rowCount() > row);
    view->selectRow(row);
    view->scrollTo(model->index(row, 1), QAbstractItemView::PositionAtTop);
    QApplication::processEvents();
}

QString shown(LotTableModel *model, int row, const char *field)
{
    const int column = model->columnOf(QLatin1String(field));
    REQUIRE(column >= 0);
    return model->index(row, column).data().toString();
}

int rowOf(LotTableModel *model, const QString &lotNumber)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (shown(model, row, "lot_number") == lotNumber)
            return row;
    return -1;
}

// The application goes to the background and comes back, as when the user
// switches to another program and back.
void switchAwayAndBack()
{
    emit qApp->applicationStateChanged(Qt::ApplicationInactive);
    emit qApp->applicationStateChanged(Qt::ApplicationActive);
}

// The dialog is the active window, so that keys reach its fields.
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

template <typename W> W *field(QWidget &dialog, const char *name)
{
    auto *w = findWidget<W>(dialog, name);
    CHECK(w);
    return w;
}

} // namespace

TEST_CASE("F5 shows what lotbook-cli wrote while a long list was open, in the same place, "
          "and the window's own save then goes through",
          "[ui][two-instances]")
{
    World w;
    LotsTab *lots = w.openLots();
    LotTableModel *model = lots->model();
    REQUIRE(model->rowCount() < kLots); // partly fetched: its SELECT is still open
    selectFarRow(lots->view(), 200);
    const qint64 selected = lots->currentLotId();
    const int scrolled = lots->view()->verticalScrollBar()->value();
    REQUIRE(scrolled > 0);

    // The other process writes while the list is open: it is not held back.
    w.requireCli(
        words({"lot", "add", "--part", "CAP-100", "--lot", "FROM-CLI", "--received", "2024-02-01",
               "--qty", "5", "--cost", "1", "--supplier", "Acme", "--warehouse", "Main"}));
    w.requireCli(words({"lot", "edit", "CAP-100", "B-0201", "--qty", "77"}));

    QTest::keyClick(lots->view(), Qt::Key_F5);
    auto *count = findWidget<QLabel>(*w.window, "lotCount");
    REQUIRE(count);
    CHECK(count->text() == QLocale().toString(kLots + 1) + QStringLiteral(" lots"));
    CHECK(lots->currentLotId() == selected);
    CHECK(QTest::qWaitFor([&] { return lots->view()->verticalScrollBar()->value() == scrolled; }));
    CHECK(lots->view()->verticalScrollBar()->value() == scrolled);
    const int edited = rowOf(model, QStringLiteral("B-0201"));
    REQUIRE(edited >= 0);
    CHECK(shown(model, edited, "quantity") == QStringLiteral("77"));

    // The window saves through the same file: not "database is locked".
    const bool opened = withActiveDialog<LotDialog>(
        [&] { QTest::keyClick(lots->view(), Qt::Key_Return); },
        [&](LotDialog &d) {
            typeInto(d, "quantityEdit", QStringLiteral("88"));
            QTest::keyClick(field<QLineEdit>(d, "quantityEdit"), Qt::Key_Return);
            CHECK_FALSE(d.isVisible());
            if (d.isVisible())
                INFO(field<QLabel>(d, "generalError")->text().toStdString());
        });
    REQUIRE(opened);
    CHECK(w.stored(selected, "quantity").toLongLong() == 88);
    CHECK(w.stored(selected, "version").toLongLong() == 2);
    CHECK(w.cli(words({"check"})).exitCode == 0);
    CHECK(w.cli(words({"audit", "verify"})).exitCode == 0);
}

TEST_CASE("when the application is active again the lists show another process's writes "
          "on the same page, row and scroll position",
          "[ui][two-instances]")
{
    World w;
    w.window->showPage(MainWindow::TracePageIndex);
    TracePage *trace = w.window->tracePage();
    REQUIRE(trace->view()->isVisible());
    LotTableModel *model = trace->model();
    REQUIRE(model->rowCount() < kLots);
    selectFarRow(trace->view(), 150);
    const qint64 selected = trace->currentLotId();
    const int scrolled = trace->view()->verticalScrollBar()->value();
    REQUIRE(scrolled > 0);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);

    SECTION("nothing changed: nothing is read again")
    {
        switchAwayAndBack();
        QTest::qWait(1000);
        CHECK(resets.isEmpty());
    }
    SECTION("another process wrote: the lists show it")
    {
        w.requireCli(words({"lot", "edit", "CAP-100", "B-0151", "--qty", "66"}));
        // Switching through windows quickly does not count.
        emit qApp->applicationStateChanged(Qt::ApplicationActive);
        emit qApp->applicationStateChanged(Qt::ApplicationInactive);
        QTest::qWait(1000);
        CHECK(resets.isEmpty());

        switchAwayAndBack();
        REQUIRE(QTest::qWaitFor([&] { return !resets.isEmpty(); }));
        CHECK(w.window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget() ==
              trace);
        CHECK(trace->currentLotId() == selected);
        const int edited = rowOf(model, QStringLiteral("B-0151"));
        REQUIRE(edited >= 0);
        CHECK(shown(model, edited, "quantity") == QStringLiteral("66"));
        CHECK(QTest::qWaitFor(
            [&] { return trace->view()->verticalScrollBar()->value() == scrolled; }));
        CHECK(trace->view()->verticalScrollBar()->value() == scrolled);
        CHECK(trace->currentLotId() == selected);
    }
}

TEST_CASE("with a dialog open the lists wait, and catch up when it closes", "[ui][two-instances]")
{
    World w;
    LotsTab *lots = w.openLots();
    LotTableModel *model = lots->model();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    const bool opened = withActiveDialog<LotDialog>(
        [&] {
            lots->view()->selectRow(0);
            QTest::keyClick(lots->view(), Qt::Key_Return);
        },
        [&](LotDialog &d) {
            const Cli r = w.cli(words({"lot", "edit", "CAP-100", "B-0002", "--qty", "55"}));
            CHECK(r.exitCode == 0);
            switchAwayAndBack();
            QTest::qWait(1000);
            CHECK(resets.isEmpty());
            d.reject();
        });
    REQUIRE(opened);
    REQUIRE(QTest::qWaitFor([&] { return !resets.isEmpty(); }));
    CHECK(shown(model, rowOf(model, QStringLiteral("B-0002")), "quantity") == QStringLiteral("55"));
    CHECK(shown(model, lots->view()->currentIndex().row(), "lot_number") ==
          QStringLiteral("B-0000"));
}

TEST_CASE("saving a lot that lotbook-cli changed meanwhile is refused naming who, and "
          "nothing is lost",
          "[ui][two-instances]")
{
    World w;
    LotsTab *lots = w.openLots();
    const qint64 lotId = lots->model()->idAt(0);
    const bool opened = withActiveDialog<LotDialog>(
        [&] {
            lots->view()->selectRow(0);
            QTest::keyClick(lots->view(), Qt::Key_Return);
        },
        [&](LotDialog &d) {
            // Alex changes the lot from the command line while it is open here.
            const Cli r = w.cli(
                words({"lot", "edit", "CAP-100", "B-0000", "--qty", "12", "--notes", "recounted"}));
            CHECK(r.exitCode == 0);
            typeInto(d, "quantityEdit", QStringLiteral("15"));
            QTest::keyClick(field<QLineEdit>(d, "quantityEdit"), Qt::Key_Return);
            CHECK(d.isVisible());
            auto *general = field<QLabel>(d, "generalError");
            CHECK(general->isVisible());
            CHECK(general->text().startsWith(QStringLiteral("Lot B-0000 was changed by alex at ")));
            CHECK(general->text().contains(QStringLiteral("Nothing was saved")));
            CHECK(field<QLineEdit>(d, "quantityEdit")->text() == QStringLiteral("15"));
        });
    REQUIRE(opened);
    CHECK(w.stored(lotId, "quantity").toLongLong() == 12);
    CHECK(w.stored(lotId, "notes").toString() == QStringLiteral("recounted"));
    CHECK(w.stored(lotId, "updated_by").toString() == QStringLiteral("alex"));
    CHECK(w.stored(lotId, "version").toLongLong() == 2);
}

TEST_CASE("a full disk while saving is reported in the dialog or a message box, and nothing "
          "is written",
          "[ui][faults]")
{
    World w;
    Database &db = *w.window->database();
    auto pragma = [&db](const QString &sql) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(sql));
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    auto countOf = [&db](const char *table) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    // The window's connection may not grow the file: as if the disk were full.
    pragma(QStringLiteral("PRAGMA max_page_count = %1")
               .arg(pragma(QStringLiteral("PRAGMA page_count"))));
    const qint64 lotsBefore = countOf("lot");
    const qint64 eventsBefore = countOf("audit_event");

    SECTION("a new lot: the Lot dialog says so and keeps what was typed")
    {
        LotsTab *lots = w.openLots();
        const QString notes(30000, QLatin1Char('n')); // needs pages of its own
        const bool opened = withActiveDialog<LotDialog>(
            [&] {
                QTest::mouseClick(findWidget<QPushButton>(*w.window, "newLotButton"),
                                  Qt::LeftButton);
            },
            [&](LotDialog &d) {
                typeInto(d, "lotNumberEdit", QStringLiteral("FULL-1"));
                typeInto(d, "quantityEdit", QStringLiteral("3"));
                typeInto(d, "costEdit", QStringLiteral("1"));
                for (const char *name : {"supplierCombo", "warehouseCombo"}) {
                    auto *combo = field<QComboBox>(d, name);
                    combo->setCurrentIndex(
                        combo->findText(QLatin1String(name) == QLatin1String("supplierCombo")
                                            ? QStringLiteral("Acme")
                                            : QStringLiteral("Main")));
                }
                field<QLineEdit>(d, "notesEdit")->setText(notes);
                QTest::keyClick(field<QLineEdit>(d, "quantityEdit"), Qt::Key_Return);
                CHECK(d.isVisible());
                auto *general = field<QLabel>(d, "generalError");
                CHECK(general->isVisible());
                INFO(general->text().toStdString());
                CHECK(general->text().startsWith(QStringLiteral("The disk is full: ")));
                CHECK(general->text().contains(QStringLiteral("nothing was changed")));
                CHECK(field<QLineEdit>(d, "lotNumberEdit")->text() == QStringLiteral("FULL-1"));
                CHECK(countOf("lot") == lotsBefore);
                CHECK(countOf("audit_event") == eventsBefore);

                // Room again: the same Save goes through.
                pragma(QStringLiteral("PRAGMA max_page_count = 1073741823"));
                QTest::keyClick(field<QLineEdit>(d, "quantityEdit"), Qt::Key_Return);
                CHECK_FALSE(d.isVisible());
            });
        REQUIRE(opened);
        CHECK(countOf("lot") == lotsBefore + 1);
        CHECK(lots->model()->totalCount() == kLots + 1);
    }
    SECTION("deactivating a part: a message box says so")
    {
        // Each deactivate or activate adds an audit event; once one needs a
        // new page, the message box says the disk is full.
        auto *toggle = findWidget<QPushButton>(*w.window, "partsToggleActive");
        auto *showInactive = findWidget<QCheckBox>(*w.window, "partsShowInactive");
        REQUIRE(toggle);
        REQUIRE(showInactive);
        showInactive->setChecked(true); // the part stays listed when deactivated
        QString said;
        qint64 events = countOf("audit_event");
        for (int i = 0; i < 500 && said.isEmpty(); ++i) {
            events = countOf("audit_event");
            withDialog<QMessageBox>([&] { QTest::mouseClick(toggle, Qt::LeftButton); },
                                    [&](QMessageBox &box) {
                                        said = box.text();
                                        box.accept();
                                    });
        }
        INFO(said.toStdString());
        CHECK(said.startsWith(QStringLiteral("The disk is full: ")));
        CHECK(countOf("audit_event") == events);
        CHECK(w.window->isVisible());
    }
}
