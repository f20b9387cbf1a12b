// Icons: every name the code asks QIcon::fromTheme() for exists in the shipped
// fallback theme and draws on a machine without an icon theme; a platform
// theme that has a name wins over the fallback; the sidebar, menus and the
// main toolbar show them; Find and the remembered toolbar.
#include "Icons.h"
#include "InventoryPage.h"
#include "ListPanel.h"
#include "LotsTab.h"
#include "MainWindow.h"
#include "PartView.h"
#include "SampleData.h"
#include "SuppliersPage.h"
#include "TempDb.h"
#include "UiTestSupport.h"
#include "WarehousesPage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <catch2/catch.hpp>
#include <cmath>
#include <memory>
#include <tuple>

using namespace lotbook;
using lotbook::test::openWindow;
using lotbook::test::TempDb;

namespace {

// Every literal name passed to QIcon::fromTheme() in ui/ and app/. A call
// whose name is not a literal is reported in `unreadable`: this test could
// not vouch for it.
QStringList iconNamesInSources(QStringList &unreadable)
{
    const QDir root(QStringLiteral(QT_TESTCASE_SOURCEDIR "/.."));
    const QRegularExpression call(QStringLiteral("fromTheme\\("));
    const QRegularExpression literal(QStringLiteral(
        "fromTheme\\(\\s*(?:QStringLiteral|QLatin1String|QString)?\\(?\\s*u?\"([^\"]+)\""));
    QStringList names;
    for (const QString &folder : {QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator it(root.filePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
            const QString text = QString::fromUtf8(file.readAll());
            // Code only: a comment may mention fromTheme() without a name.
            int lineNo = 0;
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                ++lineNo;
                const QString code = line.section(QStringLiteral("//"), 0, 0);
                const int calls = int(code.count(call));
                int found = 0;
                for (auto m = literal.globalMatch(code); m.hasNext(); ++found)
                    names.append(m.next().captured(1));
                if (found != calls)
                    unreadable.append(root.relativeFilePath(path) + QLatin1Char(':') +
                                      QString::number(lineNo));
            }
        }
    }
    names.removeDuplicates();
    names.sort();
    return names;
}

// Pixmaps are premultiplied: compare in that format, so a round trip through
// straight alpha cannot round an edge pixel differently.
QImage rgba(const QPixmap &pixmap)
{
    return pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

QImage shipped(const QString &folder, const QString &name)
{
    return QImage(QStringLiteral(":/icons/lotbook-fallback/%1/%2.png").arg(folder, name))
        .convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

int inkedPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qAlpha(image.pixel(x, y)) > 0;
    return n;
}

// The mean colour of an icon's opaque pixels.
QColor inkColor(const QImage &image)
{
    double r = 0, g = 0, b = 0;
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (const QRgb p = image.pixel(x, y); qAlpha(p) == 255) {
                r += qRed(p);
                g += qGreen(p);
                b += qBlue(p);
                ++n;
            }
    REQUIRE(n > 0);
    return QColor(int(r / n), int(g / n), int(b / n));
}

// WCAG contrast ratio of two colours: 1 (none) to 21 (black on white).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto linear = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// Sets the icon theme and its search paths for one test, and puts back what
// was there before (the theme Qt found for this platform, usually none).
class IconThemeScope
{
public:
    IconThemeScope() : m_name(QIcon::themeName()), m_paths(QIcon::themeSearchPaths()) {}
    ~IconThemeScope()
    {
        QIcon::setThemeSearchPaths(m_paths);
        QIcon::setThemeName(m_name);
    }
    IconThemeScope(const IconThemeScope &) = delete;
    IconThemeScope &operator=(const IconThemeScope &) = delete;

private:
    QString m_name;
    QStringList m_paths;
};

QAction *action(const QWidget &window, const char *name)
{
    auto *a = window.findChild<QAction *>(QLatin1String(name));
    INFO(name);
    REQUIRE(a);
    return a;
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

QString focusedName()
{
    return focused() ? focused()->objectName() : QString();
}

} // namespace

TEST_CASE("Every icon name in the code is drawn by the fallback theme on a bare machine",
          "[ui][icons]")
{
    installIconFallback();
    IconThemeScope scope;
    // No platform theme at all, whatever this machine has installed.
    QIcon::setThemeName(QStringLiteral("lotbook-test-no-such-theme"));

    QStringList unreadable;
    const QStringList names = iconNamesInSources(unreadable);
    INFO("fromTheme() without a literal name at: "
         << unreadable.join(QStringLiteral(", ")).toStdString());
    CHECK(unreadable.isEmpty());
    // The search found the code: the sidebar's and the toolbar's names at least.
    REQUIRE(names.size() >= 15);
    for (const char *expected : {"package-x-generic", "system-users", "list-add", "edit-find",
                                 "view-refresh", "document-edit"})
        CHECK(names.contains(QLatin1String(expected)));

    const QStringList fallback = fallbackIconNames();
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK(fallback.contains(name));
        const QIcon icon = QIcon::fromTheme(name);
        REQUIRE_FALSE(icon.isNull());
        // Drawn from the shipped PNG of that size, unscaled: menus (16),
        // toolbar and sidebar (24), and twice those on high-DPI screens.
        for (const auto &[size, ratio, folder] :
             {std::tuple{16, 1.0, "16x16/actions"}, std::tuple{24, 1.0, "24x24/actions"},
              std::tuple{16, 2.0, "16x16@2/actions"}, std::tuple{24, 2.0, "24x24@2/actions"}}) {
            INFO(folder);
            const QImage drawn = rgba(icon.pixmap(QSize(size, size), ratio));
            const QImage png = shipped(QLatin1String(folder), name);
            REQUIRE_FALSE(png.isNull());
            CHECK(drawn.size() == QSize(size, size) * ratio);
            CHECK(drawn == png);
            CHECK(inkedPixels(drawn) > size * ratio); // not a blank square
        }
    }
}

TEST_CASE("A name the platform icon theme has comes from it and the others from the fallback",
          "[ui][icons]")
{
    installIconFallback();
    IconThemeScope scope;
    // A platform theme like Adwaita: inherits hicolor, has some names only.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString theme = dir.filePath(QStringLiteral("platform-test"));
    REQUIRE(QDir().mkpath(theme + QStringLiteral("/24x24/actions")));
    QFile index(theme + QStringLiteral("/index.theme"));
    REQUIRE(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=Platform test\nInherits=hicolor\n"
                "Directories=24x24/actions\n\n[24x24/actions]\nSize=24\nType=Fixed\n");
    index.close();
    QImage red(24, 24, QImage::Format_ARGB32);
    red.fill(Qt::red);
    REQUIRE(red.save(theme + QStringLiteral("/24x24/actions/document-new.png")));

    QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << dir.path());
    QIcon::setThemeName(QStringLiteral("platform-test"));

    const QImage platform = rgba(QIcon::fromTheme(QStringLiteral("document-new")).pixmap(24, 24));
    CHECK(platform.pixelColor(12, 12) == QColor(Qt::red));
    const QImage fallback =
        rgba(QIcon::fromTheme(QStringLiteral("document-import")).pixmap(24, 24));
    CHECK(fallback == shipped(QStringLiteral("24x24/actions"), QStringLiteral("document-import")));
}

TEST_CASE("The sidebar pages, menu actions and the main toolbar show icons", "[ui][icons]")
{
    TempDb tmp;
    tmp.close();
    auto window = openWindow(tmp.path(), OpenMode::OpenExisting);

    auto *sidebar = window->findChild<QListWidget *>(QStringLiteral("sidebar"));
    REQUIRE(sidebar);
    REQUIRE(sidebar->count() == 6);
    const QSize size = sidebar->iconSize();
    for (int i = 0; i < sidebar->count(); ++i) {
        INFO(sidebar->item(i)->text().toStdString());
        const QIcon icon = sidebar->item(i)->icon();
        REQUIRE_FALSE(icon.isNull());
        const QImage drawn = rgba(icon.pixmap(size));
        CHECK(inkedPixels(drawn) > size.width());
        // The selected page's icon stays legible on the selection.
        CHECK(contrast(inkColor(drawn), sidebar->palette().color(QPalette::Highlight)) >= 3.0);
    }
    CHECK(sidebar->palette().color(QPalette::HighlightedText) ==
          sidebar->palette().color(QPalette::Text));
    // The pages' icons differ: not one stand-in for all.
    CHECK(rgba(sidebar->item(0)->icon().pixmap(size)) !=
          rgba(sidebar->item(1)->icon().pixmap(size)));

    for (const char *name : {"actionNewDatabase", "actionOpenDatabase", "actionBackUpDatabase",
                             "actionNew", "actionEdit", "actionFind", "actionRefresh",
                             "actionImportLots", "actionExportCsv", "actionPrint"}) {
        INFO(name);
        CHECK_FALSE(action(*window, name)->icon().isNull());
    }

    auto *bar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    REQUIRE(bar);
    CHECK(bar->isVisible());
    CHECK_FALSE(bar->isMovable());
    CHECK(bar->toolButtonStyle() == Qt::ToolButtonTextBesideIcon);
    QStringList onBar;
    for (QAction *a : bar->actions()) {
        if (a->isSeparator())
            continue;
        onBar.append(a->objectName());
        INFO(a->objectName().toStdString());
        CHECK_FALSE(a->icon().isNull());
        CHECK_FALSE(a->iconText().isEmpty());
        // The tooltip tells the shortcut.
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        REQUIRE_FALSE(keys.isEmpty());
        CHECK(a->toolTip().endsWith(QStringLiteral(" (%1)").arg(keys)));
    }
    CHECK(onBar == QStringList{QStringLiteral("actionNew"), QStringLiteral("actionEdit"),
                               QStringLiteral("actionRefresh"), QStringLiteral("actionFind"),
                               QStringLiteral("actionImportLots"),
                               QStringLiteral("actionExportCsv"), QStringLiteral("actionPrint")});
    CHECK(action(*window, "actionNew")->toolTip() ==
          QStringLiteral("New part, supplier or warehouse, depending on the page (%1)")
              .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    // Clicking the toolbar button runs the menu action.
    QWidget *findButton = bar->widgetForAction(action(*window, "actionFind"));
    REQUIRE(findButton);
    window->showPage(MainWindow::SuppliersPageIndex);
    window->suppliersPage()->panel()->view()->setFocus();
    QTest::mouseClick(findButton, Qt::LeftButton);
    CHECK(focused() == window->suppliersPage()->panel()->searchEdit());
}

TEST_CASE("Find puts the cursor in the search field of the page shown", "[ui][icons]")
{
    TempDb tmp;
    REQUIRE(SampleData::populate(tmp.db()));
    tmp.close();
    auto window = openWindow(tmp.path(), OpenMode::OpenExisting);
    QAction *find = action(*window, "actionFind");
    const auto pressFind = [&] {
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        return focused();
    };
    const auto pressFindName = [&] {
        pressFind();
        return focusedName();
    };

    SECTION("Inventory: the part search, its text selected to type over")
    {
        QLineEdit *search = window->inventoryPage()->panel()->searchEdit();
        QTest::keyClicks(search, QStringLiteral("CAP"));
        window->inventoryPage()->panel()->view()->setFocus();
        REQUIRE(focused() != search);
        CHECK(pressFind() == search);
        CHECK(search->selectedText() == QStringLiteral("CAP"));
        QTest::keyClicks(search, QStringLiteral("SEAL"));
        CHECK(search->text() == QStringLiteral("SEAL"));
    }
    SECTION("a part's Lots tab: the lot search")
    {
        const qint64 part = window->inventoryPage()->panel()->currentId();
        REQUIRE(part != 0);
        window->openPart(part);
        auto *tabs = window->partView()->findChild<QTabWidget *>(QStringLiteral("partTabs"));
        REQUIRE(tabs);
        tabs->setCurrentWidget(window->partView()->lotsTab());
        REQUIRE(window->partView()->lotsTabShown());
        CHECK(pressFind() ==
              window->partView()->lotsTab()->findChild<QLineEdit *>(QStringLiteral("lotSearch")));
    }
    SECTION("Trace, Suppliers, Warehouses and Bins, Audit log")
    {
        window->showPage(MainWindow::TracePageIndex);
        CHECK(pressFindName() == QStringLiteral("traceLot"));
        window->showPage(MainWindow::SuppliersPageIndex);
        CHECK(pressFind() == window->suppliersPage()->panel()->searchEdit());
        window->showPage(MainWindow::WarehousesPageIndex);
        CHECK(pressFind() == window->warehousesPage()->warehousePanel()->searchEdit());
        // Working in the bin list: its own search.
        window->warehousesPage()->binPanel()->view()->setFocus();
        CHECK(pressFind() == window->warehousesPage()->binPanel()->searchEdit());
        window->showPage(MainWindow::AuditLogPageIndex);
        CHECK(pressFindName() == QStringLiteral("auditPart"));
    }
    SECTION("Expiring has no search field: the status bar says so")
    {
        window->showPage(MainWindow::ExpiringPageIndex);
        QWidget *before = focused();
        find->trigger();
        CHECK(focused() == before);
        CHECK(window->statusBar()->currentMessage() ==
              QStringLiteral("This page has no search field."));
    }
}

TEST_CASE("A hidden toolbar stays hidden the next time the window opens", "[ui][icons]")
{
    TempDb tmp;
    tmp.close();
    {
        auto window = openWindow(tmp.path(), OpenMode::OpenExisting);
        auto *bar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        REQUIRE(bar);
        QAction *toggle = action(*window, "actionShowToolBar");
        CHECK(toggle->isChecked());
        // View > Show Toolbar, as in the menu.
        auto *view = window->menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
        REQUIRE(view);
        CHECK(view->actions().contains(toggle));
        toggle->trigger();
        CHECK_FALSE(bar->isVisible());
        window->close();
    }
    MainWindow again; // settings kept from the first window
    REQUIRE(again.openDatabase(tmp.path(), OpenMode::OpenExisting, true));
    again.show();
    auto *bar = again.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    REQUIRE(bar);
    CHECK_FALSE(bar->isVisible());
    CHECK_FALSE(action(again, "actionShowToolBar")->isChecked());
    action(again, "actionShowToolBar")->trigger();
    CHECK(bar->isVisible());
    QSettings().remove(QStringLiteral("window/state")); // later tests start with the default
}
