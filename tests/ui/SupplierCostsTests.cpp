// Supplier accountability through the real main window: the Suppliers page
// lists the selected supplier's lots across all parts with their count and
// received value, filtered by received date and status, and opens a lot; a
// part's Costs tab shows lowest, highest and quantity-weighted average cost
// per unit per supplier and a chart with one series per supplier.
#include "CostsTab.h"
#include "Database.h"
#include "ListPanel.h"
#include "Lot.h"
#include "LotDialog.h"
#include "LotStore.h"
#include "LotTableModel.h"
#include "LotsTab.h"
#include "MainWindow.h"
#include "Money.h"
#include "PartStore.h"
#include "PartView.h"
#include "SupplierLotsPanel.h"
#include "SupplierStore.h"
#include "SuppliersPage.h"
#include "TempDb.h"
#include "UiTestSupport.h"
#include "WarehouseStore.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <string>
#include <vector>

using namespace lotbook;
using namespace lotbook::test;

namespace {

using Names = std::vector<std::string>;

// Suppliers Acme Parts Co., Coolco and Empty Co (no lots); parts CAP-100 and
// SEAL-7 (lot-tracked) and FLT-20 (not). Received dates count back from today
// because the Suppliers page starts on the last 12 months.
//   Acme:   CAP-100 A-NEW  today-10   10 x 1.25
//           SEAL-7  A-SEAL today-100   4 x 2.50
//           CAP-100 A-OLD  today-500   2 x 1.00  (older than 12 months)
//           CAP-100 A-ARCH today-30    3 x 0     (free, archived)
//   Coolco: CAP-100 C-1    today-20    5 x 3.00
struct Ledger
{
    qint64 acme = 0, coolco = 0, empty = 0;
    qint64 cap = 0, seal = 0, filter = 0;
    std::map<std::string, qint64> lots;
};

qint64 createdId(const auto &result)
{
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    return result.value().id;
}

Ledger seedLedger(Database &db)
{
    Ledger l;
    SupplierStore suppliers(db);
    l.acme =
        createdId(suppliers.create({0, QStringLiteral("Acme Parts Co."), {}, {}, {}, {}, true}));
    l.coolco = createdId(suppliers.create({0, QStringLiteral("Coolco"), {}, {}, {}, {}, true}));
    l.empty = createdId(suppliers.create({0, QStringLiteral("Empty Co"), {}, {}, {}, {}, true}));
    const qint64 warehouse =
        createdId(WarehouseStore(db).create({0, QStringLiteral("Warehouse A"), {}, true}));
    PartStore parts(db);
    auto part = [&](const char *number, bool tracked) {
        Part p;
        p.number = QString::fromLatin1(number);
        p.name = QStringLiteral("Part ") + p.number;
        p.trackLots = tracked;
        return createdId(parts.create(p));
    };
    l.cap = part("CAP-100", true);
    l.seal = part("SEAL-7", true);
    l.filter = part("FLT-20", false);

    LotStore store(db);
    const QDate today = QDate::currentDate();
    auto lot = [&](qint64 partId, const char *number, int daysAgo, qint64 qty, MoneyUnits cost,
                   qint64 supplier) {
        Lot x;
        x.partId = partId;
        x.lotNumber = QString::fromLatin1(number);
        x.received = today.addDays(-daysAgo);
        x.quantity = qty;
        x.unitCost = cost;
        x.supplierId = supplier;
        x.warehouseId = warehouse;
        Result<Lot> created = store.create(x);
        INFO(number << ": " << created.message().toStdString());
        REQUIRE(created.ok());
        l.lots[number] = created.value().id;
        return created.value();
    };
    lot(l.cap, "A-NEW", 10, 10, 12500, l.acme);
    lot(l.seal, "A-SEAL", 100, 4, 25000, l.acme);
    lot(l.cap, "A-OLD", 500, 2, 10000, l.acme);
    const Lot archived = lot(l.cap, "A-ARCH", 30, 3, 0, l.acme);
    REQUIRE(store.archive(archived.id, archived.version).ok());
    lot(l.cap, "C-1", 20, 5, 30000, l.coolco);
    return l;
}

struct LedgerWindow
{
    TempDb temp;
    Ledger ledger;
    std::unique_ptr<MainWindow> window;

    LedgerWindow()
    {
        ledger = seedLedger(temp.db());
        temp.close();
        window = openWindow(temp.path(), OpenMode::OpenExisting);
    }

    template <typename W> W *child(const char *name)
    {
        auto *w = findWidget<W>(*window, name);
        INFO(name);
        REQUIRE(w);
        return w;
    }
};

// The Suppliers page, shown from the keyboard as a user would (Ctrl+4).
struct SuppliersFixture : LedgerWindow
{
    SuppliersPage *page = nullptr;
    SupplierLotsPanel *lots = nullptr;

    SuppliersFixture()
    {
        QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
        page = window->suppliersPage();
        REQUIRE(page->isVisible());
        lots = page->lotsPanel();
    }

    // Clicks the supplier's row in the list, the way a user picks it.
    void clickSupplier(qint64 id)
    {
        ListPanel *panel = page->panel();
        const int row = panel->model()->rowOfId(id);
        REQUIRE(row >= 0);
        QTableView *view = panel->view();
        const QRect rect = view->visualRect(panel->model()->index(row, 1));
        REQUIRE(rect.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        REQUIRE(panel->currentId() == id);
    }

    Names shownLots()
    {
        LotTableModel *model = lots->model();
        while (model->canFetchMore())
            model->fetchMore();
        const int column = model->columnOf(QStringLiteral("lot_number"));
        REQUIRE(column >= 0);
        Names names;
        for (int row = 0; row < model->rowCount(); ++row)
            names.push_back(model->index(row, column).data().toString().toStdString());
        std::sort(names.begin(), names.end());
        return names;
    }

    QString summary() { return child<QLabel>("supplierLotsSummary")->text(); }
};

QString summaryText(qint64 lots, MoneyUnits value)
{
    const QString count = lots == 1 ? QStringLiteral("1 lot") : QStringLiteral("%1 lots").arg(lots);
    return QString::fromUtf8("%1 · received value %2").arg(count, formatMoney(value, QLocale()));
}

} // namespace

TEST_CASE("Selecting a supplier shows exactly its lots and their count and value",
          "[ui][suppliers]")
{
    SuppliersFixture f;
    auto *table = f.child<QTableView>("supplierLotsTable");

    f.clickSupplier(f.ledger.acme);
    // Last 12 months, every status: A-OLD is older; SEAL-7's lot is another part's.
    CHECK(f.shownLots() == Names{"A-ARCH", "A-NEW", "A-SEAL"});
    CHECK(f.summary() == summaryText(3, 10 * 12500 + 4 * 25000 + 3 * 0));
    CHECK(table->isVisible());
    CHECK(f.child<QLabel>("supplierLotsTitle")->text() ==
          QStringLiteral("Lots from Acme Parts Co."));

    f.clickSupplier(f.ledger.coolco);
    CHECK(f.shownLots() == Names{"C-1"});
    CHECK(f.summary() == summaryText(1, 5 * 30000));

    f.clickSupplier(f.ledger.empty);
    CHECK(f.shownLots().empty());
    CHECK(f.summary() == summaryText(0, 0));
    CHECK_FALSE(table->isVisible());
    auto *empty = f.child<QLabel>("supplierLotsEmpty");
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("Empty Co")));
}

TEST_CASE("The supplier lots date range and status filter them", "[ui][suppliers]")
{
    SuppliersFixture f;
    f.clickSupplier(f.ledger.acme);
    auto *from = f.child<QDateEdit>("supplierLotsFrom");
    auto *to = f.child<QDateEdit>("supplierLotsTo");
    auto *allTime = f.child<QCheckBox>("supplierLotsAllTime");
    auto *status = f.child<QComboBox>("supplierLotsStatus");
    const QDate today = QDate::currentDate();
    CHECK(to->date() == today);
    CHECK(from->date() == today.addYears(-1).addDays(1));

    from->setDate(today.addDays(-50));
    CHECK(f.shownLots() == Names{"A-ARCH", "A-NEW"});
    CHECK(f.summary() == summaryText(2, 125000));

    to->setDate(today.addDays(-25));
    CHECK(f.shownLots() == Names{"A-ARCH"});
    CHECK(f.summary() == summaryText(1, 0));

    // Both ends are included.
    from->setDate(today.addDays(-100));
    to->setDate(today.addDays(-100));
    CHECK(f.shownLots() == Names{"A-SEAL"});
    CHECK(f.summary() == summaryText(1, 100000));

    QTest::mouseClick(allTime, Qt::LeftButton);
    REQUIRE(allTime->isChecked());
    CHECK_FALSE(from->isEnabled());
    CHECK_FALSE(to->isEnabled());
    CHECK(f.shownLots() == Names{"A-ARCH", "A-NEW", "A-OLD", "A-SEAL"});
    CHECK(f.summary() == summaryText(4, 125000 + 100000 + 20000));

    status->setCurrentIndex(status->findText(QStringLiteral("Active")));
    CHECK(f.shownLots() == Names{"A-NEW", "A-OLD", "A-SEAL"});
    CHECK(f.summary() == summaryText(3, 245000));
    status->setCurrentIndex(status->findText(QStringLiteral("Archived")));
    CHECK(f.shownLots() == Names{"A-ARCH"});
    CHECK(f.summary() == summaryText(1, 0));
}

TEST_CASE("A range that ends before it starts lists no supplier lots", "[ui][suppliers]")
{
    SuppliersFixture f;
    f.clickSupplier(f.ledger.acme);
    const QDate today = QDate::currentDate();
    f.child<QDateEdit>("supplierLotsFrom")->setDate(today);
    f.child<QDateEdit>("supplierLotsTo")->setDate(today.addDays(-1));
    CHECK(f.shownLots().empty());
    auto *empty = f.child<QLabel>("supplierLotsEmpty");
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("ends before it starts")));
}

TEST_CASE("Enter on a supplier lot opens that lot", "[ui][suppliers]")
{
    SuppliersFixture f;
    f.clickSupplier(f.ledger.coolco);
    auto *table = f.child<QTableView>("supplierLotsTable");
    REQUIRE(f.lots->currentLotId() == f.ledger.lots.at("C-1"));
    table->setFocus();
    qint64 shown = 0;
    const bool seen = withDialog<LotDialog>([&] { QTest::keyClick(table, Qt::Key_Return); },
                                            [&](LotDialog &d) { shown = d.lotId(); });
    CHECK(seen);
    CHECK(shown == f.ledger.lots.at("C-1"));
}

namespace {

struct CostsFixture : LedgerWindow
{
    CostsTab *costs = nullptr;

    void open(qint64 partId)
    {
        window->openPart(partId);
        PartView *view = window->partView();
        REQUIRE(view->isVisible());
        costs = view->costsTab();
        QTabWidget *tabs = view->tabs();
        const int index = tabs->indexOf(costs);
        REQUIRE(index == tabs->indexOf(view->lotsTab()) + 1);
        CHECK(tabs->tabText(index) == QStringLiteral("&Costs"));
        tabs->setCurrentIndex(index);
        REQUIRE(costs->isVisible());
    }

    // Row texts of the stats table by its first column.
    std::map<std::string, std::vector<std::string>> stats()
    {
        auto *table = child<QTableWidget>("costStatsTable");
        REQUIRE(table->isVisible());
        std::map<std::string, std::vector<std::string>> rows;
        for (int row = 0; row < table->rowCount(); ++row) {
            std::vector<std::string> cells;
            for (int column = 1; column < table->columnCount(); ++column)
                cells.push_back(table->item(row, column)->text().toStdString());
            rows[table->item(row, 0)->text().toStdString()] = cells;
        }
        return rows;
    }

    // Points per series, by series name.
    std::map<std::string, qsizetype> series()
    {
        auto *view = child<QChartView>("costChart");
        REQUIRE(view->isVisible());
        std::map<std::string, qsizetype> points;
        const QList<QAbstractSeries *> all = view->chart()->series();
        for (QAbstractSeries *s : all) {
            auto *line = qobject_cast<QLineSeries *>(s);
            REQUIRE(line);
            points[line->name().toStdString()] = line->count();
        }
        CHECK(points.size() == size_t(all.size())); // one series per supplier name
        return points;
    }
};

std::vector<std::string> row(qint64 lots, qint64 qty, MoneyUnits low, MoneyUnits high,
                             MoneyUnits average)
{
    const QLocale locale;
    return {locale.toString(lots).toStdString(), locale.toString(qty).toStdString(),
            formatMoney(low, locale).toStdString(), formatMoney(high, locale).toStdString(),
            formatMoney(average, locale).toStdString()};
}

} // namespace

TEST_CASE("The Costs tab shows lowest highest and average cost per supplier", "[ui][costs]")
{
    CostsFixture f;
    f.open(f.ledger.cap);
    auto *archived = f.child<QCheckBox>("costsIncludeArchived");
    CHECK(archived->isChecked()); // archived lots were received: they count by default

    // Acme: 10 x 12500, 2 x 10000, 3 x 0 -> 145000 / 15 = 9666.67 -> 9667.
    // All: 295000 / 20 = 14750.
    auto stats = f.stats();
    REQUIRE(stats.size() == 3);
    CHECK(stats["All suppliers"] == row(4, 20, 0, 30000, 14750));
    CHECK(stats["Acme Parts Co."] == row(3, 15, 0, 12500, 9667));
    CHECK(stats["Coolco"] == row(1, 5, 30000, 30000, 30000));
    CHECK(f.child<QTableWidget>("costStatsTable")->item(0, 0)->text() ==
          QStringLiteral("All suppliers"));
    CHECK(f.series() == std::map<std::string, qsizetype>{{"Acme Parts Co.", 3}, {"Coolco", 1}});

    // Without the archived free lot: Acme 145000 / 12 = 12083.33 -> 12083;
    // all 295000 / 17 = 17352.94 -> 17353.
    QTest::mouseClick(archived, Qt::LeftButton);
    REQUIRE_FALSE(archived->isChecked());
    stats = f.stats();
    CHECK(stats["All suppliers"] == row(3, 17, 10000, 30000, 17353));
    CHECK(stats["Acme Parts Co."] == row(2, 12, 10000, 12500, 12083));
    CHECK(stats["Coolco"] == row(1, 5, 30000, 30000, 30000));
    CHECK(f.series() == std::map<std::string, qsizetype>{{"Acme Parts Co.", 2}, {"Coolco", 1}});
}

TEST_CASE("The Costs tab of a part with a single lot shows one series with one point",
          "[ui][costs]")
{
    CostsFixture f;
    f.open(f.ledger.seal);
    auto stats = f.stats();
    REQUIRE(stats.size() == 2);
    CHECK(stats["All suppliers"] == row(1, 4, 25000, 25000, 25000));
    CHECK(stats["Acme Parts Co."] == row(1, 4, 25000, 25000, 25000));
    CHECK(f.series() == std::map<std::string, qsizetype>{{"Acme Parts Co.", 1}});
}

TEST_CASE("The Costs tab follows a lot added on the Lots tab", "[ui][costs]")
{
    CostsFixture f;
    f.open(f.ledger.seal);
    Lot lot = LotStore(*f.window->database()).get(f.ledger.lots.at("A-SEAL")).value();
    lot.id = 0;
    lot.lotNumber = QStringLiteral("C-SEAL");
    lot.supplierId = f.ledger.coolco;
    lot.quantity = 1;
    lot.unitCost = 40000;
    REQUIRE(LotStore(*f.window->database()).create(lot).ok());
    // What the Lots tab does after a save.
    emit f.window->partView()->lotsTab()->lotsChanged();
    auto stats = f.stats();
    CHECK(stats["All suppliers"] == row(2, 5, 25000, 40000, 28000));
    CHECK(stats["Coolco"] == row(1, 1, 40000, 40000, 40000));
    CHECK(f.series() == std::map<std::string, qsizetype>{{"Acme Parts Co.", 1}, {"Coolco", 1}});
}

TEST_CASE("The Costs tab of a part without lot tracking explains why it is empty", "[ui][costs]")
{
    CostsFixture f;
    f.open(f.ledger.filter);
    auto *label = f.child<QLabel>("costsUntrackedLabel");
    CHECK(label->isVisible());
    CHECK(label->text().contains(QStringLiteral("FLT-20 does not track lots")));
    CHECK_FALSE(f.child<QTableWidget>("costStatsTable")->isVisible());
}
