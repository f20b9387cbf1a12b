// The audit trail in the GUI, through a real MainWindow on its own file: the
// History tab of a lot tells an edit in words; the Audit log page lists every
// event newest first with the true count, filters by lot, part, record,
// action, user and UTC dates, shows the selected event's changes, opens a
// lot's dialog (and asks for a part's view), verifies the chain, and keeps
// its column widths.
#include "AuditLog.h"
#include "AuditLogPage.h"
#include "Database.h"
#include "LotDialog.h"
#include "LotStore.h"
#include "MainWindow.h"
#include "PartStore.h"
#include "SupplierStore.h"
#include "TempDb.h"
#include "Text.h"
#include "Transaction.h"
#include "UiTestSupport.h"
#include "WarehouseStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringListModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace lotbook;
using namespace lotbook::test;

namespace {

template <typename T> T required(Result<T> r)
{
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return r.take();
}

// An event with a chosen time, chained like AuditLog::record does.
void appendEvent(Database &db, const QString &at, const QString &user, const QString &action,
                 const QString &entity, qint64 entityId, const QString &key)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")));
    AuditEvent e;
    e.seq = q.next() ? q.value(0).toLongLong() + 1 : 1;
    const QString prev = e.seq > 1 ? q.value(1).toString() : QStringLiteral(""); // not NULL
    q.finish();
    e.at = at;
    e.user = user;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.entityKey = key;
    e.changesJson = QStringLiteral("[]");
    REQUIRE(q.prepare(QStringLiteral(
        "INSERT INTO audit_event (seq, at, user_name, action, entity, entity_id, entity_key, "
        "changes, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    for (const QVariant &v :
         QVariantList{e.seq, e.at, e.user, e.action, e.entity, e.entityId, e.entityKey,
                      e.changesJson, prev, AuditLog::eventHash(e, prev)})
        q.addBindValue(v);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

Lot lotDraft(qint64 partId, const QString &number, qint64 supplier, qint64 warehouse, qint64 bin)
{
    Lot l;
    l.partId = partId;
    l.lotNumber = number;
    l.received = QDate(2025, 1, 10);
    l.expires = QDate(2030, 3, 1);
    l.quantity = 50;
    l.unitCost = 12500;
    l.supplierId = supplier;
    l.warehouseId = warehouse;
    l.binId = bin;
    return l;
}

// The log every test starts from (seq: what):
//  1, 2  2024-01-10 and 2024-01-11 (UTC), dora: a warehouse created, deactivated
//  3, 4  parts CAP-100 and RES-200; 5 supplier; 6 warehouse; 7 bin (clerk)
//  8, 9  lots CAP-100/ACME-0101 and CAP-100/ACME-0102; 10 RES-200/ACME-0101 (clerk)
// 11     CAP-100/ACME-0101: expiry 2030-03-01 -> 2030-04-01 (alice)
// 12     CAP-100/ACME-0102 archived (bob)
struct Trail
{
    TempDb tmp;
    qint64 cap = 0, res = 0;
    qint64 capLot = 0; // CAP-100/ACME-0101
    std::unique_ptr<MainWindow> window;
    AuditLogPage *page = nullptr;
    QTableView *table = nullptr;

    Trail()
    {
        Database &db = tmp.db();
        appendEvent(db, QStringLiteral("2024-01-10T08:00:00.000Z"), QStringLiteral("dora"),
                    QStringLiteral("create"), QStringLiteral("warehouse"), 99,
                    QStringLiteral("Old depot"));
        appendEvent(db, QStringLiteral("2024-01-11T23:59:59.999Z"), QStringLiteral("dora"),
                    QStringLiteral("deactivate"), QStringLiteral("warehouse"), 99,
                    QStringLiteral("Old depot"));
        db.setUserName(QStringLiteral("clerk"));
        PartStore parts(db);
        Part p;
        p.number = QStringLiteral("CAP-100");
        p.name = QStringLiteral("Run capacitor");
        p.trackLots = true;
        cap = required(parts.create(p)).id;
        p.number = QStringLiteral("RES-200");
        p.name = QStringLiteral("Resistor");
        res = required(parts.create(p)).id;
        const qint64 acme =
            required(SupplierStore(db).create({0, QStringLiteral("Acme"), {}, {}, {}, {}, true}))
                .id;
        WarehouseStore warehouses(db);
        const qint64 wa =
            required(warehouses.create({0, QStringLiteral("Warehouse A"), {}, true})).id;
        const qint64 bin =
            required(warehouses.createBin({0, wa, QStringLiteral("C-12"), {}, true})).id;
        LotStore lots(db);
        Lot a = required(lots.create(lotDraft(cap, QStringLiteral("ACME-0101"), acme, wa, bin)));
        capLot = a.id;
        const Lot b =
            required(lots.create(lotDraft(cap, QStringLiteral("ACME-0102"), acme, wa, bin)));
        required(lots.create(lotDraft(res, QStringLiteral("ACME-0101"), acme, wa, bin)));
        db.setUserName(QStringLiteral("alice"));
        a.expires = QDate(2030, 4, 1);
        required(lots.update(a));
        db.setUserName(QStringLiteral("bob"));
        required(lots.archive(b.id, b.version, QStringLiteral("Damaged")));
        REQUIRE(required(AuditLog::events(db)).size() == 12);
        tmp.close();

        window = openWindow(tmp.path(), OpenMode::OpenExisting);
        window->showPage(MainWindow::AuditLogPageIndex);
        page = window->auditLogPage();
        REQUIRE(page);
        REQUIRE(page->isVisible());
        table = findWidget<QTableView>(*page, "auditTable");
        REQUIRE(table);
    }

    AuditEventModel *model() const { return page->model(); }

    std::vector<qint64> shownSeqs() const
    {
        std::vector<qint64> seqs;
        for (int row = 0; row < model()->rowCount(); ++row)
            seqs.push_back(model()->seqAt(row));
        return seqs;
    }
    QString count() const { return findWidget<QLabel>(*page, "auditCount")->text(); }
    int rowOfSeq(qint64 seq) const { return model()->fetchedRowOfSeq(seq); }

    // Types into a filter field and presses Enter, as a user does.
    void filterText(const char *name, const QString &text) const
    {
        auto *edit = findWidget<QLineEdit>(*page, name);
        REQUIRE(edit);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    void choose(const char *comboName, const QString &key) const
    {
        auto *combo = findWidget<QComboBox>(*page, comboName);
        REQUIRE(combo);
        const int index = combo->findData(key);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
    }
    void clear() const
    {
        auto *button = findWidget<QPushButton>(*page, "auditClear");
        REQUIRE(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void selectSeq(qint64 seq) const
    {
        const int row = rowOfSeq(seq);
        REQUIRE(row >= 0);
        table->setFocus();
        table->setCurrentIndex(model()->index(row, 0));
        table->selectRow(row);
    }
};

using Seqs = std::vector<qint64>;

} // namespace

TEST_CASE("The History tab of a lot shows an edit in words newest first", "[ui][audit]")
{
    Trail t;
    Database &db = *t.window->database();
    LotDialog dialog(db, t.cap, t.capLot, t.window.get());
    dialog.show();
    auto *tabs = findWidget<QTabWidget>(dialog, "tabs");
    auto *tree = findWidget<QTreeWidget>(dialog, "historyTree");
    REQUIRE(tabs);
    REQUIRE(tree);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
    CHECK(tree->isVisible());
    REQUIRE(tree->topLevelItemCount() == 2);
    const QTreeWidgetItem *edit = tree->topLevelItem(0);
    CHECK(edit->text(1) == QStringLiteral("alice"));
    // The dates as the dialog shows them.
    const QLocale locale;
    CHECK(edit->text(2).contains(
        QStringLiteral("Expiration date: %1 -> %2")
            .arg(formatDate(QDate(2030, 3, 1), locale), formatDate(QDate(2030, 4, 1), locale))));
    CHECK(tree->topLevelItem(1)->text(1) == QStringLiteral("clerk"));
    CHECK(tree->topLevelItem(1)->text(2).contains(QStringLiteral("Lot number: ACME-0101")));
}

TEST_CASE("The Audit log page lists every event newest first with the true count", "[ui][audit]")
{
    Trail t;
    CHECK(t.shownSeqs() == Seqs{12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
    CHECK(t.count() == QStringLiteral("12 events"));

    // What each column says.
    const int row = t.rowOfSeq(11);
    auto cell = [&](int r, int column) { return t.model()->index(r, column).data().toString(); };
    CHECK(cell(row, AuditEventModel::UserColumn) == QStringLiteral("alice"));
    CHECK(cell(row, AuditEventModel::ActionColumn) == QStringLiteral("Changed"));
    CHECK(cell(row, AuditEventModel::EntityColumn) == QStringLiteral("Lot"));
    CHECK(cell(row, AuditEventModel::KeyColumn) == QStringLiteral("CAP-100/ACME-0101"));
    const QLocale locale;
    CHECK(cell(row, AuditEventModel::ChangesColumn) ==
          QStringLiteral("Expiration date: %1 -> %2")
              .arg(formatDate(QDate(2030, 3, 1), locale), formatDate(QDate(2030, 4, 1), locale)));
    CHECK(cell(t.rowOfSeq(1), AuditEventModel::AtColumn) == QStringLiteral("2024-01-10 08:00:00"));
    CHECK(t.model()->headerData(AuditEventModel::AtColumn, Qt::Horizontal).toString() ==
          QStringLiteral("When (UTC)"));

    SECTION("selecting an event shows its changes in words")
    {
        t.selectSeq(12);
        auto *details = findWidget<QTextBrowser>(*t.page, "auditDetails");
        REQUIRE(details);
        const QString text = details->toPlainText();
        CHECK(text.contains(QStringLiteral("Event 12")));
        CHECK(text.contains(QStringLiteral("Archived lot CAP-100/ACME-0102")));
        CHECK(text.contains(QStringLiteral("Who: bob")));
        CHECK(text.contains(QStringLiteral("Status: Active -> Archived")));
        CHECK(text.contains(QStringLiteral("Archive reason: (none) -> Damaged")));
        CHECK(text.contains(QStringLiteral("Hash: ")));
        auto *open = findWidget<QPushButton>(*t.page, "auditOpen");
        REQUIRE(open);
        CHECK(open->isEnabled());
        CHECK(open->text() == QStringLiteral("Open Lot"));
    }
    SECTION("more events than one fetch: the count is still the true count")
    {
        {
            Database &db = *t.window->database();
            Transaction tx(db.connection());
            for (int i = 0; i < 300; ++i)
                appendEvent(db, QStringLiteral("2024-02-01T10:00:00.000Z"), QStringLiteral("eve"),
                            QStringLiteral("update"), QStringLiteral("supplier"), 1,
                            QStringLiteral("Acme"));
            REQUIRE(tx.commit().ok());
        }
        t.page->refresh();
        CHECK(t.model()->rowCount() < 312); // fetched lazily
        CHECK(t.model()->seqAt(0) == 312);
        CHECK(t.count() == QStringLiteral("%1 events").arg(QLocale().toString(312)));
        t.filterText("auditUser", QStringLiteral("eve"));
        CHECK(t.count() == QStringLiteral("%1 of %2 events")
                               .arg(QLocale().toString(300), QLocale().toString(312)));
    }
    SECTION("a change made elsewhere shows when the page is shown again")
    {
        t.window->showPage(MainWindow::InventoryPageIndex);
        Database &db = *t.window->database();
        Part p = required(PartStore(db).get(t.res));
        p.name = QStringLiteral("Resistor 10k");
        required(PartStore(db).update(p));
        t.window->showPage(MainWindow::AuditLogPageIndex);
        CHECK(t.model()->seqAt(0) == 13);
        CHECK(t.count() == QStringLiteral("13 events"));
    }
}

TEST_CASE("The Audit log page filters by lot and part and record and action and user and date",
          "[ui][audit]")
{
    Trail t;
    SECTION("lot number, then with its part")
    {
        t.filterText("auditLot", QStringLiteral("ACME-0101"));
        CHECK(t.shownSeqs() == Seqs{11, 10, 8});
        CHECK(t.count() == QStringLiteral("3 of 12 events"));
        t.filterText("auditPart", QStringLiteral("cap-100"));
        CHECK(t.shownSeqs() == Seqs{11, 8});
        CHECK(t.count() == QStringLiteral("2 of 12 events"));
    }
    SECTION("part: its own events and its lots'")
    {
        t.filterText("auditPart", QStringLiteral("CAP-100"));
        CHECK(t.shownSeqs() == Seqs{12, 11, 9, 8, 3});
        CHECK(t.count() == QStringLiteral("5 of 12 events"));
        t.filterText("auditPart", QStringLiteral("CAP-10"));
        CHECK(t.shownSeqs().empty());
        CHECK(t.count() == QStringLiteral("No events match (of 12)"));
    }
    SECTION("record and action")
    {
        t.choose("auditEntity", QStringLiteral("lot"));
        CHECK(t.shownSeqs() == Seqs{12, 11, 10, 9, 8});
        t.choose("auditAction", QStringLiteral("archive"));
        CHECK(t.shownSeqs() == Seqs{12});
        CHECK(t.count() == QStringLiteral("1 of 12 events"));
        t.choose("auditEntity", QString());
        t.choose("auditAction", QStringLiteral("create"));
        CHECK(t.shownSeqs() == Seqs{10, 9, 8, 7, 6, 5, 4, 3, 1});
    }
    SECTION("user, ignoring case")
    {
        t.filterText("auditUser", QStringLiteral("ALICE"));
        CHECK(t.shownSeqs() == Seqs{11});
        t.filterText("auditUser", QStringLiteral("dora"));
        CHECK(t.shownSeqs() == Seqs{2, 1});
        t.filterText("auditUser", QString());
        CHECK(t.shownSeqs().size() == 12);
    }
    SECTION("UTC date range, both ends included")
    {
        auto *fromCheck = findWidget<QCheckBox>(*t.page, "auditFromCheck");
        auto *toCheck = findWidget<QCheckBox>(*t.page, "auditToCheck");
        auto *from = findWidget<QDateEdit>(*t.page, "auditFrom");
        auto *to = findWidget<QDateEdit>(*t.page, "auditTo");
        REQUIRE(fromCheck);
        REQUIRE(toCheck);
        REQUIRE(from);
        REQUIRE(to);
        CHECK_FALSE(from->isEnabled());
        QTest::mouseClick(fromCheck, Qt::LeftButton);
        REQUIRE(fromCheck->isChecked());
        CHECK(from->isEnabled());
        from->setDate(QDate(2024, 1, 10));
        QTest::mouseClick(toCheck, Qt::LeftButton);
        to->setDate(QDate(2024, 1, 11));
        CHECK(t.shownSeqs() == Seqs{2, 1});
        CHECK(t.count() == QStringLiteral("2 of 12 events"));
        from->setDate(QDate(2024, 1, 11));
        CHECK(t.shownSeqs() == Seqs{2});
        to->setDate(QDate(2024, 1, 10));
        CHECK(t.shownSeqs().empty());
        CHECK(t.count().contains(QStringLiteral("before it starts")));
        QTest::mouseClick(toCheck, Qt::LeftButton);
        from->setDate(QDate(2024, 1, 12));
        CHECK(t.shownSeqs() == Seqs{12, 11, 10, 9, 8, 7, 6, 5, 4, 3});
    }
    SECTION("combined, then Clear Filters shows everything again")
    {
        t.filterText("auditPart", QStringLiteral("CAP-100"));
        t.filterText("auditUser", QStringLiteral("clerk"));
        t.choose("auditAction", QStringLiteral("create"));
        t.choose("auditEntity", QStringLiteral("lot"));
        CHECK(t.shownSeqs() == Seqs{9, 8});
        t.clear();
        CHECK(t.shownSeqs().size() == 12);
        CHECK(t.count() == QStringLiteral("12 events"));
        CHECK(findWidget<QLineEdit>(*t.page, "auditPart")->text().isEmpty());
        CHECK(findWidget<QComboBox>(*t.page, "auditAction")->currentIndex() == 0);
    }
}

TEST_CASE("The Part and User filters offer the file's part numbers and users once focused",
          "[ui][audit]")
{
    Trail t;
    auto *part = findWidget<QLineEdit>(*t.page, "auditPart");
    auto *user = findWidget<QLineEdit>(*t.page, "auditUser");
    REQUIRE(part);
    REQUIRE(user);
    auto offered = [](QLineEdit *edit) {
        auto *model = qobject_cast<QStringListModel *>(edit->completer()->model());
        return model ? model->stringList() : QStringList{QStringLiteral("(no model)")};
    };
    part->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return part->hasFocus(); }));
    CHECK(offered(part) == QStringList{QStringLiteral("CAP-100"), QStringLiteral("RES-200")});
    CHECK(offered(user) == QStringList{QStringLiteral("alice"), QStringLiteral("bob"),
                                       QStringLiteral("clerk"), QStringLiteral("dora")});

    // A part added meanwhile is offered after the next refresh (F5).
    Part p;
    p.number = QStringLiteral("FAN-300");
    p.name = QStringLiteral("Fan");
    REQUIRE(PartStore(*t.window->database()).create(p).ok());
    t.page->refresh();
    CHECK(offered(part) == QStringList{QStringLiteral("CAP-100"), QStringLiteral("FAN-300"),
                                       QStringLiteral("RES-200")});
}

TEST_CASE("Opening an event opens its record: a lot's dialog or a part's view", "[ui][audit]")
{
    Trail t;
    SECTION("Enter on a lot event opens that lot's dialog")
    {
        t.filterText("auditLot", QStringLiteral("ACME-0101"));
        t.filterText("auditPart", QStringLiteral("CAP-100"));
        REQUIRE(t.shownSeqs() == Seqs{11, 8});
        t.selectSeq(11);
        const bool opened =
            withDialog<LotDialog>([&] { QTest::keyClick(t.table, Qt::Key_Return); },
                                  [&](LotDialog &d) {
                                      CHECK(d.lotId() == t.capLot);
                                      CHECK(d.windowTitle().contains(QStringLiteral("ACME-0101")));
                                      CHECK(d.windowTitle().contains(QStringLiteral("CAP-100")));
                                      auto *tree = findWidget<QTreeWidget>(d, "historyTree");
                                      CHECK(tree);
                                      if (tree)
                                          CHECK(tree->topLevelItemCount() == 2);
                                  });
        CHECK(opened);
    }
    SECTION("a double-click does too")
    {
        const int row = t.rowOfSeq(10);
        REQUIRE(row >= 0);
        const QRect cell = t.table->visualRect(t.model()->index(row, 1));
        const bool opened = withDialog<LotDialog>(
            [&] {
                QTest::mouseClick(t.table->viewport(), Qt::LeftButton, {}, cell.center());
                QTest::mouseDClick(t.table->viewport(), Qt::LeftButton, {}, cell.center());
            },
            [&](LotDialog &d) {
                CHECK(d.windowTitle().contains(QStringLiteral("RES-200")));
                CHECK(d.lotId() != t.capLot);
            });
        CHECK(opened);
    }
    SECTION("a part event asks for the part's view")
    {
        QSignalSpy spy(t.page, &AuditLogPage::openPart);
        t.selectSeq(4);
        QTest::keyClick(t.table, Qt::Key_Return);
        REQUIRE(spy.count() == 1);
        CHECK(spy.at(0).at(0).toLongLong() == t.res);
    }
}

TEST_CASE("Verify Trail shows the event count and newest hash or the first broken event",
          "[ui][audit]")
{
    Trail t;
    auto *verify = findWidget<QPushButton>(*t.page, "auditVerify");
    auto *result = findWidget<QLabel>(*t.page, "auditVerifyResult");
    REQUIRE(verify);
    REQUIRE(result);
    const QString newest = required(AuditLog::events(*t.window->database())).last().hash;
    // The check runs in the background; the button waits for it.
    auto verifyNow = [&] {
        QTest::mouseClick(verify, Qt::LeftButton);
        CHECK_FALSE(verify->isEnabled());
        REQUIRE(QTest::qWaitFor([&] { return !t.page->isVerifying(); }, 60000));
        CHECK(verify->isEnabled());
    };
    verifyNow();
    CHECK(result->text() == QStringLiteral("Intact: 12 events, newest hash %1").arg(newest));

    {
        QSqlQuery q(t.window->database()->connection());
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_event_no_update")));
        REQUIRE(q.exec(QStringLiteral("UPDATE audit_event SET user_name = 'x' WHERE seq = 5")));
    }
    verifyNow();
    CHECK(result->text().startsWith(QStringLiteral("Broken at event 5: ")));
    CHECK(result->text().contains(QStringLiteral("altered")));
    // The broken event is selected, showing what it says now.
    CHECK(t.model()->seqAt(t.table->currentIndex().row()) == 5);
    CHECK(findWidget<QTextBrowser>(*t.page, "auditDetails")
              ->toPlainText()
              .contains(QStringLiteral("Who: x")));
}

TEST_CASE("The Audit log table remembers its column widths", "[ui][audit]")
{
    Trail t;
    QHeaderView *header = t.table->horizontalHeader();
    header->resizeSection(AuditEventModel::KeyColumn, 321);
    AuditLogPage again(*t.window->database());
    auto *table = findWidget<QTableView>(again, "auditTable");
    REQUIRE(table);
    CHECK(table->horizontalHeader()->sectionSize(AuditEventModel::KeyColumn) == 321);
}
