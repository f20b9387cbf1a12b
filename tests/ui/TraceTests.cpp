// The Trace page through a real MainWindow on its own database file: the
// capacitor example typed with the keyboard (focus lands in the lot number,
// Tab walks the filters in order, dates are typed, Enter opens the lot), each
// filter narrowing to a known answer with the true count, the empty state,
// Clear, sorting by a header, refreshing after a save in the lot dialog, and
// the remembered column layout.
#include "Database.h"
#include "Lot.h"
#include "LotDialog.h"
#include "LotStore.h"
#include "LotTableModel.h"
#include "MainWindow.h"
#include "PartStore.h"
#include "SupplierStore.h"
#include "TempDb.h"
#include "Text.h"
#include "TracePage.h"
#include "UiTestSupport.h"
#include "WarehouseStore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

using namespace lotbook;
using namespace lotbook::test;

namespace {

struct Catalog
{
    qint64 acme = 0, coolco = 0;
    qint64 warehouseA = 0, warehouseB = 0;
    qint64 binC12 = 0, binC13 = 0, binB1 = 0;
    qint64 runCap = 0, startCap = 0, fuse = 0;
};

struct Seed
{
    const char *number;
    qint64 Catalog::*part;
    QDate received;
    QDate expires; // invalid: none
    qint64 Catalog::*supplier;
    qint64 Catalog::*warehouse;
    qint64 Catalog::*bin; // nullptr: no bin
    bool archived;
};

// Two capacitors and a fuse; the lots the capacitor example must find are
// CAP-100 / L-240110 and CAP-220 / S-240125 (Acme, January 2024, Warehouse A
// bin C-12).
//   CAP-100 L-240110 2024-01-10 exp 2026-01-10 Acme   A/C-12
//   CAP-100 L-240301 2024-03-01 exp 2026-03-01 Acme   A/C-12   (after the range)
//   CAP-100 L-231215 2023-12-15 no expiry      Acme   A/C-13   (before the range)
//   CAP-220 S-240125 2024-01-25 exp 2025-07-25 Acme   A/C-12
//   CAP-220 S-240120 2024-01-20 exp 2025-01-20 Coolco B/B-1    (other supplier)
//   CAP-220 S-240205 2024-02-05 exp 2024-12-05 Acme   A/C-13   archived
//   FUSE-5  F-240115 2024-01-15 no expiry      Acme   A        (not a capacitor)
const Seed kLots[] = {
    {"L-240110", &Catalog::runCap, QDate(2024, 1, 10), QDate(2026, 1, 10), &Catalog::acme,
     &Catalog::warehouseA, &Catalog::binC12, false},
    {"L-240301", &Catalog::runCap, QDate(2024, 3, 1), QDate(2026, 3, 1), &Catalog::acme,
     &Catalog::warehouseA, &Catalog::binC12, false},
    {"L-231215", &Catalog::runCap, QDate(2023, 12, 15), QDate(), &Catalog::acme,
     &Catalog::warehouseA, &Catalog::binC13, false},
    {"S-240125", &Catalog::startCap, QDate(2024, 1, 25), QDate(2025, 7, 25), &Catalog::acme,
     &Catalog::warehouseA, &Catalog::binC12, false},
    {"S-240120", &Catalog::startCap, QDate(2024, 1, 20), QDate(2025, 1, 20), &Catalog::coolco,
     &Catalog::warehouseB, &Catalog::binB1, false},
    {"S-240205", &Catalog::startCap, QDate(2024, 2, 5), QDate(2024, 12, 5), &Catalog::acme,
     &Catalog::warehouseA, &Catalog::binC13, true},
    {"F-240115", &Catalog::fuse, QDate(2024, 1, 15), QDate(), &Catalog::acme, &Catalog::warehouseA,
     nullptr, false},
};

template <typename T> T required(Result<T> r)
{
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return r.take();
}

Catalog seedCatalog(Database &db)
{
    Catalog c;
    SupplierStore suppliers(db);
    c.acme =
        required(suppliers.create({0, QStringLiteral("Acme Parts Co."), {}, {}, {}, {}, true})).id;
    c.coolco = required(suppliers.create({0, QStringLiteral("Coolco"), {}, {}, {}, {}, true})).id;
    WarehouseStore warehouses(db);
    c.warehouseA = required(warehouses.create({0, QStringLiteral("Warehouse A"), {}, true})).id;
    c.warehouseB = required(warehouses.create({0, QStringLiteral("Warehouse B"), {}, true})).id;
    c.binC12 =
        required(warehouses.createBin({0, c.warehouseA, QStringLiteral("C-12"), {}, true})).id;
    c.binC13 =
        required(warehouses.createBin({0, c.warehouseA, QStringLiteral("C-13"), {}, true})).id;
    c.binB1 = required(warehouses.createBin({0, c.warehouseB, QStringLiteral("B-1"), {}, true})).id;
    PartStore parts(db);
    auto part = [&parts](const char *number, const char *name) {
        Part p;
        p.number = QString::fromUtf8(number);
        p.name = QString::fromUtf8(name);
        p.trackLots = true;
        return required(parts.create(p)).id;
    };
    c.runCap = part("CAP-100", "Run capacitor");
    c.startCap = part("CAP-220", "Start capacitor");
    c.fuse = part("FUSE-5", "Fuse 5 A");
    LotStore lots(db);
    for (const Seed &s : kLots) {
        Lot lot;
        lot.partId = c.*s.part;
        lot.lotNumber = QString::fromUtf8(s.number);
        lot.received = s.received;
        lot.expires = s.expires;
        lot.quantity = 10;
        lot.unitCost = 2500;
        lot.supplierId = c.*s.supplier;
        lot.warehouseId = c.*s.warehouse;
        lot.binId = s.bin ? c.*s.bin : 0;
        const Lot created = required(lots.create(lot));
        if (s.archived)
            REQUIRE(lots.archive(created.id, created.version).ok());
    }
    return c;
}

// Keys go where a real key press goes: an open popup, else the focus widget.
QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    return QApplication::focusWidget();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = keyTarget();
    CHECK(target);
    if (target)
        QTest::keyClick(target, key, modifiers);
}

void typeText(const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = keyTarget();
        CHECK(target);
        if (!target)
            return;
        QTest::keyClicks(target, QString(c));
    }
}

bool hasFocusIn(const QWidget *widget)
{
    const QWidget *focus = QApplication::focusWidget();
    return widget && focus && (focus == widget || widget->isAncestorOf(focus));
}

QString focusName()
{
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_")))
            return w->objectName();
    return {};
}

// Types a date into a focused date edit one section at a time (year, month,
// then day, so the day is valid for its month), Tab and Shift+Tab moving
// between the sections, as a keyboard user does in any locale's format.
void typeDate(QDateEdit *edit, const QDate &date)
{
    REQUIRE(hasFocusIn(edit));
    if (edit->currentSectionIndex() < edit->sectionCount() - 1) {
        press(Qt::Key_Tab);
        press(Qt::Key_Backtab);
    } else {
        press(Qt::Key_Backtab);
        press(Qt::Key_Tab);
    }
    QDateEdit wanted;
    wanted.setDisplayFormat(edit->displayFormat());
    wanted.setDate(date);
    for (const QDateTimeEdit::Section section :
         {QDateTimeEdit::YearSection, QDateTimeEdit::MonthSection, QDateTimeEdit::DaySection}) {
        for (int index = 0; index < edit->sectionCount(); ++index) {
            if (edit->sectionAt(index) != section)
                continue;
            for (int n = 0; n < edit->sectionCount() && edit->currentSectionIndex() != index; ++n)
                press(edit->currentSectionIndex() < index ? Qt::Key_Tab : Qt::Key_Backtab);
            CHECK(hasFocusIn(edit));
            typeText(wanted.sectionText(section));
        }
    }
    CHECK(edit->date() == date);
}

// Tab moves through a date's sections, then on to the next field.
void leaveDateEdit()
{
    QDateEdit *edit = nullptr;
    for (QWidget *w = QApplication::focusWidget(); w && !edit; w = w->parentWidget())
        edit = qobject_cast<QDateEdit *>(w);
    REQUIRE(edit);
    for (int i = 0; i < 4 && edit && hasFocusIn(edit); ++i)
        press(Qt::Key_Tab);
    CHECK_FALSE(hasFocusIn(edit));
}

// Alt+letter keys used twice among the visible buddy labels and buttons.
QStringList mnemonicClashes(const QWidget &window)
{
    QStringList seen;
    QStringList clashes;
    auto note = [&](const QString &text) {
        for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < text.size();
             i = text.indexOf(QLatin1Char('&'), i + 2)) {
            if (text.at(i + 1) == QLatin1Char('&'))
                continue;
            const QString key = text.at(i + 1).toLower();
            if (seen.contains(key))
                clashes << key + QStringLiteral(" in \"") + text + QLatin1Char('"');
            seen << key;
            break;
        }
    };
    for (const QLabel *label : window.findChildren<QLabel *>())
        if (label->isVisibleTo(&window) && label->buddy())
            note(label->text());
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
        if (button->isVisibleTo(&window))
            note(button->text());
    return clashes;
}

// A database with the catalog and lots above, and a shown main window on
// its Trace page.
struct TraceWindow
{
    TempDb temp;
    Catalog catalog;
    std::unique_ptr<MainWindow> window;
    TracePage *page = nullptr;

    TraceWindow()
    {
        catalog = seedCatalog(temp.db());
        temp.close();
        window = openWindow(temp.path(), OpenMode::OpenExisting);
        // Ctrl+3, as a user gets there.
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        page = window->tracePage();
        REQUIRE(page);
        REQUIRE(page->isVisible());
    }
    Database &db() { return *window->database(); }
    LotTableModel *model() { return page->model(); }
    template <typename W> W *child(const char *name)
    {
        auto *w = findWidget<W>(*page, name);
        INFO(name);
        REQUIRE(w);
        return w;
    }
    QString count() { return child<QLabel>("traceCount")->text(); }

    // The lot numbers listed, in order, once the search that waits for a
    // pause in typing has run; the count label must say `expectedCount`.
    QStringList listedAfterSearch(const QString &expectedCount)
    {
        auto *pause = findWidget<QTimer>(*page, "traceSearchPause");
        REQUIRE(pause);
        CHECK(QTest::qWaitFor([pause] { return !pause->isActive(); }));
        CHECK(count() == expectedCount);
        return listed();
    }
    QStringList listed()
    {
        QStringList numbers;
        const int column = model()->columnOf(QStringLiteral("lot_number"));
        while (model()->canFetchMore())
            model()->fetchMore();
        for (int row = 0; row < model()->rowCount(); ++row)
            numbers << model()->index(row, column).data().toString();
        return numbers;
    }
    QString shown(int row, const char *field)
    {
        const int column = model()->columnOf(QLatin1String(field));
        REQUIRE(column >= 0);
        return model()->index(row, column).data().toString();
    }
    int rowOf(const QString &lotNumber)
    {
        const QStringList numbers = listed();
        return int(numbers.indexOf(lotNumber));
    }
    qint64 lotId(const char *number)
    {
        QSqlQuery q(db().connection());
        REQUIRE(q.prepare(QStringLiteral("SELECT id FROM lot WHERE lot_number = ?")));
        q.addBindValue(QString::fromUtf8(number));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    void pick(const char *comboName, const QString &text)
    {
        auto *combo = child<QComboBox>(comboName);
        const int index = combo->findText(text);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
    }
    void setBound(const char *name, const QDate &date)
    {
        auto *check = child<QCheckBox>((QByteArray(name) + "Check").constData());
        auto *edit = child<QDateEdit>(name);
        check->setChecked(date.isValid());
        CHECK(edit->isEnabled() == date.isValid());
        if (date.isValid())
            edit->setDate(date);
    }
    void activate()
    {
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
};

} // namespace

TEST_CASE("The capacitor trace takes a few keystrokes and Enter opens the right lot", "[ui][trace]")
{
    TraceWindow f;
    // Every lot of every part at first, archived too, newest received first.
    CHECK(f.count() == QStringLiteral("7 lots"));
    CHECK(f.listed() == QStringList({"L-240301", "S-240205", "S-240125", "S-240120", "F-240115",
                                     "L-240110", "L-231215"}));
    CHECK(f.child<QComboBox>("traceStatus")->currentText() == QStringLiteral("All"));
    CHECK(f.child<QComboBox>("traceSupplier")->itemText(0) == QStringLiteral("All suppliers"));
    CHECK(mnemonicClashes(*f.window).isEmpty());
    // The keyboard starts in the lot number.
    REQUIRE(focusName() == QStringLiteral("traceLot"));

    press(Qt::Key_Tab);
    CHECK(focusName() == QStringLiteral("tracePart"));
    typeText(QStringLiteral("capacitor"));
    press(Qt::Key_Tab);
    CHECK(focusName() == QStringLiteral("traceSupplier"));
    typeText(QStringLiteral("Acme"));
    CHECK(f.child<QComboBox>("traceSupplier")->currentText() == QStringLiteral("Acme Parts Co."));
    press(Qt::Key_Tab);
    CHECK(focusName() == QStringLiteral("traceReceivedFromCheck"));
    press(Qt::Key_Space); // ticks the bound and moves on to its date
    CHECK(focusName() == QStringLiteral("traceReceivedFrom"));
    typeDate(f.child<QDateEdit>("traceReceivedFrom"), QDate(2024, 1, 1));
    leaveDateEdit();
    CHECK(focusName() == QStringLiteral("traceReceivedToCheck"));
    press(Qt::Key_Space);
    CHECK(focusName() == QStringLiteral("traceReceivedTo"));
    typeDate(f.child<QDateEdit>("traceReceivedTo"), QDate(2024, 1, 31));
    // Enter searches now and hands the keyboard to the results.
    press(Qt::Key_Return);
    CHECK(focusName() == QStringLiteral("traceTable"));

    // Both capacitor lots from Acme received in January; they sit in Warehouse A, bin C-12.
    CHECK(f.count() == QStringLiteral("2 lots"));
    CHECK(f.listed() == QStringList({"S-240125", "L-240110"}));
    CHECK(f.shown(0, "part_number") == QStringLiteral("CAP-220"));
    CHECK(f.shown(0, "part_name") == QStringLiteral("Start capacitor"));
    CHECK(f.shown(0, "supplier_name") == QStringLiteral("Acme Parts Co."));
    CHECK(f.shown(0, "location") == QString::fromUtf8("Warehouse A — C-12"));
    CHECK(f.shown(1, "part_number") == QStringLiteral("CAP-100"));
    CHECK(f.shown(1, "location") == QString::fromUtf8("Warehouse A — C-12"));
    CHECK(f.shown(1, "received_on") == formatDate(QDate(2024, 1, 10)));
    CHECK_FALSE(f.child<QLabel>("traceEmpty")->isVisible());

    // Down to the second result; Enter opens that lot.
    CHECK(f.page->currentLotId() == f.lotId("S-240125"));
    press(Qt::Key_Down);
    CHECK(f.page->currentLotId() == f.lotId("L-240110"));
    qint64 opened = 0;
    QString shownNumber;
    CHECK(withDialog<LotDialog>([&] { press(Qt::Key_Return); },
                                [&](LotDialog &d) {
                                    opened = d.lotId();
                                    if (auto *e = findWidget<QLineEdit>(d, "lotNumberEdit"))
                                        shownNumber = e->text();
                                }));
    CHECK(opened == f.lotId("L-240110"));
    CHECK(shownNumber == QStringLiteral("L-240110"));
}

TEST_CASE("Tab walks the trace filters in order and Enter in a filter moves to the results",
          "[ui][trace]")
{
    TraceWindow f;
    REQUIRE(focusName() == QStringLiteral("traceLot"));
    QStringList order{focusName()};
    for (int i = 0; i < 12 && focusName() != QStringLiteral("traceTable"); ++i) {
        press(Qt::Key_Tab);
        order << focusName();
    }
    // Unticked date bounds and the bin of no warehouse are skipped.
    CHECK(order ==
          QStringList({"traceLot", "tracePart", "traceSupplier", "traceReceivedFromCheck",
                       "traceReceivedToCheck", "traceExpiresFromCheck", "traceExpiresToCheck",
                       "traceWarehouse", "traceStatus", "traceClear", "traceTable"}));

    // Back in the lot number: type part of it, Enter: the results have the keyboard.
    f.child<QLineEdit>("traceLot")->setFocus();
    typeText(QStringLiteral("2401"));
    press(Qt::Key_Return);
    CHECK(f.count() == QStringLiteral("4 lots"));
    CHECK(focusName() == QStringLiteral("traceTable"));
    CHECK(f.page->currentLotId() == f.lotId("S-240125"));
    press(Qt::Key_Down);
    CHECK(f.page->currentLotId() == f.lotId("S-240120"));
    qint64 opened = 0;
    CHECK(withDialog<LotDialog>([&] { press(Qt::Key_Return); },
                                [&](LotDialog &d) { opened = d.lotId(); }));
    CHECK(opened == f.lotId("S-240120"));

    // Showing the page again puts the keyboard back in the lot number, text selected.
    f.activate();
    f.window->showPage(MainWindow::InventoryPageIndex);
    f.window->showPage(MainWindow::TracePageIndex);
    CHECK(focusName() == QStringLiteral("traceLot"));
    CHECK(f.child<QLineEdit>("traceLot")->selectedText() == QStringLiteral("2401"));
}

TEST_CASE("Each trace filter narrows the lots with the true count", "[ui][trace]")
{
    TraceWindow f;
    auto *lot = f.child<QLineEdit>("traceLot");
    auto *part = f.child<QLineEdit>("tracePart");

    SECTION("lot number: trigram and short searches")
    {
        QTest::keyClicks(lot, QStringLiteral("s-2401"));
        CHECK(f.listedAfterSearch(QStringLiteral("2 lots")) ==
              QStringList({"S-240125", "S-240120"}));
        lot->clear();
        QTest::keyClicks(lot, QStringLiteral("15"));
        CHECK(f.listedAfterSearch(QStringLiteral("2 lots")) ==
              QStringList({"F-240115", "L-231215"}));
        lot->clear();
        QTest::keyClicks(lot, QStringLiteral("0301"));
        CHECK(f.listedAfterSearch(QStringLiteral("1 lot")) == QStringList({"L-240301"}));
    }
    SECTION("part number or name")
    {
        QTest::keyClicks(part, QStringLiteral("CAP-2"));
        CHECK(f.listedAfterSearch(QStringLiteral("3 lots")) ==
              QStringList({"S-240205", "S-240125", "S-240120"}));
        part->clear();
        QTest::keyClicks(part, QStringLiteral("RUN CAP"));
        CHECK(f.listedAfterSearch(QStringLiteral("3 lots")) ==
              QStringList({"L-240301", "L-240110", "L-231215"}));
        part->clear();
        QTest::keyClicks(part, QStringLiteral("fuse"));
        CHECK(f.listedAfterSearch(QStringLiteral("1 lot")) == QStringList({"F-240115"}));
    }
    SECTION("supplier and status")
    {
        f.pick("traceSupplier", QStringLiteral("Coolco"));
        CHECK(f.listedAfterSearch(QStringLiteral("1 lot")) == QStringList({"S-240120"}));
        f.pick("traceSupplier", QStringLiteral("Acme Parts Co."));
        f.pick("traceStatus", QStringLiteral("Archived"));
        CHECK(f.listedAfterSearch(QStringLiteral("1 lot")) == QStringList({"S-240205"}));
        f.pick("traceStatus", QStringLiteral("Active"));
        CHECK(f.listedAfterSearch(QStringLiteral("5 lots")) ==
              QStringList({"L-240301", "S-240125", "F-240115", "L-240110", "L-231215"}));
    }
    SECTION("received range includes both days")
    {
        f.setBound("traceReceivedFrom", QDate(2024, 1, 10));
        f.setBound("traceReceivedTo", QDate(2024, 1, 20));
        CHECK(f.listedAfterSearch(QStringLiteral("3 lots")) ==
              QStringList({"S-240120", "F-240115", "L-240110"}));
        f.setBound("traceReceivedTo", QDate());
        CHECK(
            f.listedAfterSearch(QStringLiteral("6 lots")) ==
            QStringList({"L-240301", "S-240205", "S-240125", "S-240120", "F-240115", "L-240110"}));
    }
    SECTION("expiry range includes both days and never lots without expiry")
    {
        f.setBound("traceExpiresFrom", QDate(2025, 1, 20));
        CHECK(f.listedAfterSearch(QStringLiteral("4 lots")) ==
              QStringList({"L-240301", "S-240125", "S-240120", "L-240110"}));
        f.setBound("traceExpiresTo", QDate(2025, 7, 25));
        CHECK(f.listedAfterSearch(QStringLiteral("2 lots")) ==
              QStringList({"S-240125", "S-240120"}));
        f.setBound("traceExpiresFrom", QDate());
        CHECK(f.listedAfterSearch(QStringLiteral("3 lots")) ==
              QStringList({"S-240205", "S-240125", "S-240120"}));
    }
    SECTION("warehouse and its bins")
    {
        auto *bin = f.child<QComboBox>("traceBin");
        CHECK_FALSE(bin->isEnabled());
        f.pick("traceWarehouse", QStringLiteral("Warehouse A"));
        CHECK(
            f.listedAfterSearch(QStringLiteral("6 lots")) ==
            QStringList({"L-240301", "S-240205", "S-240125", "F-240115", "L-240110", "L-231215"}));
        CHECK(bin->isEnabled());
        QStringList bins;
        for (int i = 0; i < bin->count(); ++i)
            bins << bin->itemText(i);
        CHECK(bins == QStringList({"All bins", "C-12", "C-13"}));
        f.pick("traceBin", QStringLiteral("C-13"));
        CHECK(f.listedAfterSearch(QStringLiteral("2 lots")) ==
              QStringList({"S-240205", "L-231215"}));
        // Another warehouse offers its own bins and forgets the other's.
        f.pick("traceWarehouse", QStringLiteral("Warehouse B"));
        CHECK(bin->currentText() == QStringLiteral("All bins"));
        CHECK(f.listedAfterSearch(QStringLiteral("1 lot")) == QStringList({"S-240120"}));
    }
    SECTION("nothing matches: an empty state, and Clear shows every lot again")
    {
        QTest::keyClicks(lot, QStringLiteral("L-24"));
        f.pick("traceSupplier", QStringLiteral("Coolco"));
        CHECK(f.listedAfterSearch(QStringLiteral("0 lots")).isEmpty());
        auto *empty = f.child<QLabel>("traceEmpty");
        CHECK(empty->isVisible());
        CHECK(empty->text().startsWith(QStringLiteral("No lots match these filters.")));
        f.setBound("traceReceivedFrom", QDate(2024, 1, 1));
        f.pick("traceWarehouse", QStringLiteral("Warehouse A"));
        QTest::mouseClick(f.child<QPushButton>("traceClear"), Qt::LeftButton);
        CHECK(f.count() == QStringLiteral("7 lots"));
        CHECK_FALSE(empty->isVisible());
        CHECK(lot->text().isEmpty());
        CHECK(f.child<QComboBox>("traceSupplier")->currentIndex() == 0);
        CHECK(f.child<QComboBox>("traceWarehouse")->currentIndex() == 0);
        CHECK_FALSE(f.child<QCheckBox>("traceReceivedFromCheck")->isChecked());
        CHECK_FALSE(f.child<QDateEdit>("traceReceivedFrom")->isEnabled());
        CHECK(f.child<QComboBox>("traceStatus")->currentText() == QStringLiteral("All"));
        CHECK(focusName() == QStringLiteral("traceLot"));
    }
}

TEST_CASE("Trace results sort by a header click and refresh after a save in the lot dialog",
          "[ui][trace]")
{
    TraceWindow f;
    QTest::keyClicks(f.child<QLineEdit>("tracePart"), QStringLiteral("capacitor"));
    REQUIRE(f.listedAfterSearch(QStringLiteral("6 lots")).size() == 6);
    auto *view = f.child<QTableView>("traceTable");
    QHeaderView *header = view->horizontalHeader();
    const int partColumn = f.model()->columnOf(QStringLiteral("part_number"));
    auto clickHeader = [&](int column) {
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    // Part number, ties by soonest expiry with no expiry last; then reversed.
    clickHeader(partColumn);
    CHECK(f.listed() ==
          QStringList({"L-240110", "L-240301", "L-231215", "S-240205", "S-240120", "S-240125"}));
    clickHeader(partColumn);
    CHECK(f.listed() ==
          QStringList({"S-240205", "S-240120", "S-240125", "L-240110", "L-240301", "L-231215"}));
    // The header's sort is remembered with the columns.
    CHECK_FALSE(QSettings().value(QStringLiteral("views/trace/columns")).toByteArray().isEmpty());

    // A change saved in the lot dialog shows at once.
    const int row = f.rowOf(QStringLiteral("S-240120"));
    REQUIRE(row >= 0);
    view->setFocus();
    view->selectRow(row);
    CHECK(withDialog<LotDialog>([&] { QTest::keyClick(view, Qt::Key_Return); },
                                [&](LotDialog &d) {
                                    CHECK(d.lotId() == f.lotId("S-240120"));
                                    typeInto(d, "quantityEdit", QStringLiteral("75"));
                                    if (auto *save = findWidget<QPushButton>(d, "saveButton"))
                                        QTest::mouseClick(save, Qt::LeftButton);
                                    CHECK_FALSE(d.isVisible());
                                }));
    const int after = f.rowOf(QStringLiteral("S-240120"));
    REQUIRE(after >= 0);
    CHECK(f.shown(after, "quantity") == QLocale().toString(75));
    CHECK(f.page->currentLotId() == f.lotId("S-240120"));
    CHECK(f.count() == QStringLiteral("6 lots"));
}

TEST_CASE("The trace column layout is remembered", "[ui][trace]")
{
    TraceWindow f;
    QHeaderView *header = f.child<QTableView>("traceTable")->horizontalHeader();
    const int partName = f.model()->columnOf(QStringLiteral("part_name"));
    header->resizeSection(partName, 321);
    const int received = f.model()->columnOf(QStringLiteral("received_on"));
    header->setSortIndicator(received, Qt::AscendingOrder);

    // A page built later (the next run) lays its columns out the same way.
    TracePage again(f.db());
    again.show();
    QHeaderView *restored = again.view()->horizontalHeader();
    CHECK(restored->sectionSize(partName) == 321);
    CHECK(restored->sortIndicatorSection() == received);
    CHECK(restored->sortIndicatorOrder() == Qt::AscendingOrder);
    CHECK(again.model()->currentSort().field == LotSortField::Received);
    CHECK_FALSE(again.model()->currentSort().descending);
}
