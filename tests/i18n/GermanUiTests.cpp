// The GUI in German: with the translation for de_DE installed, the main window,
// its pages and the dialogs show no English text that has a German translation
// (which would mean a context lupdate and the code disagree on, or a literal
// never sent through tr()), menus keep one accelerator per letter, and dates
// and amounts follow the German locale.
#include "ImportErrors.h"
#include "LotDialog.h"
#include "LotImport.h"
#include "LotStore.h"
#include "LotsTab.h"
#include "MainWindow.h"
#include "Money.h"
#include "PartDialog.h"
#include "PartStore.h"
#include "PartView.h"
#include "PreferencesDialog.h"
#include "SampleData.h"
#include "SupplierDialog.h"
#include "TempDb.h"
#include "Translations.h"
#include "TsFile.h"
#include "UiTestSupport.h"
#include "WarehouseDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHash>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTranslator>

using namespace lotbook;
using namespace lotbook::test;

namespace {

// German for the process while it lives: translators and default locale.
class GermanSession
{
public:
    GermanSession() : m_locale(QLocale::German, QLocale::Germany)
    {
        m_translators = installTranslations(*QCoreApplication::instance(), m_locale);
        QLocale::setDefault(m_locale);
    }
    ~GermanSession()
    {
        QLocale::setDefault(m_previous);
        for (QTranslator *t : m_translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    GermanSession(const GermanSession &) = delete;
    GermanSession &operator=(const GermanSession &) = delete;
    const QList<QTranslator *> &translators() const { return m_translators; }

private:
    QLocale m_previous;
    QLocale m_locale;
    QList<QTranslator *> m_translators;
};

QString withoutAccelerator(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

// English source -> German, for every message whose German differs.
QHash<QString, QString> germanByEnglish()
{
    const TsFile ts = readTs(translationSource("lotbook_de.ts"));
    QHash<QString, QString> map;
    for (const TsMessage &m : ts.messages) {
        // Unfinished messages are the file tests' business.
        if (m.numerus || !m.type.isEmpty() || m.translations.isEmpty() ||
            m.translations.first().isEmpty())
            continue;
        const QString english = withoutAccelerator(m.source);
        const QString german = withoutAccelerator(m.translations.first());
        if (!english.trimmed().isEmpty() && english != german)
            map.insert(english, german);
    }
    return map;
}

// Every text a widget tree shows as chrome (not data): titles, labels,
// buttons, actions, tabs, column headers, placeholders and tooltips.
QStringList chromeTexts(const QWidget &root)
{
    QStringList texts{root.windowTitle(), root.toolTip()};
    for (const QWidget *w : root.findChildren<QWidget *>()) {
        texts << w->toolTip() << w->windowTitle();
        if (auto *label = qobject_cast<const QLabel *>(w)) {
            // A part's unit is data (the sample's parts are in "ea"), shown beside
            // a lot's quantity and in the part's details.
            static const QStringList dataLabels{QStringLiteral("unitLabel"),
                                                QStringLiteral("detailUnit")};
            if (!dataLabels.contains(label->objectName()))
                texts << label->text();
        } else if (auto *button = qobject_cast<const QAbstractButton *>(w)) {
            texts << button->text();
        } else if (auto *box = qobject_cast<const QGroupBox *>(w)) {
            texts << box->title();
        } else if (auto *edit = qobject_cast<const QLineEdit *>(w)) {
            texts << edit->placeholderText();
        } else if (auto *tabs = qobject_cast<const QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        } else if (auto *menu = qobject_cast<const QMenu *>(w)) {
            texts << menu->title();
        } else if (auto *list = qobject_cast<const QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text();
        }
        if (auto *view = qobject_cast<const QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c)
                texts << model->headerData(c, Qt::Horizontal).toString();
        }
    }
    for (const QAction *a : root.findChildren<QAction *>())
        texts << a->text() << a->toolTip();
    return texts;
}

QStringList untranslated(const QStringList &texts, const QHash<QString, QString> &german,
                         const QString &where)
{
    QStringList found;
    for (const QString &text : texts) {
        const QString plain = withoutAccelerator(text);
        if (german.contains(plain))
            found << QStringLiteral("%1: \"%2\" (German: \"%3\")").arg(where, plain, german[plain]);
    }
    found.removeDuplicates();
    return found;
}

// The accelerator letter of "&Save" ('s'); none for "Save" or "A && B".
QChar acceleratorOf(const QString &text)
{
    const QString plain = QString(text).replace(QLatin1String("&&"), QString());
    const qsizetype amp = plain.indexOf(QLatin1Char('&'));
    return amp >= 0 && amp + 1 < plain.size() ? plain.at(amp + 1).toLower() : QChar();
}

// The same accelerator letter twice among `texts` (one menu, or what one window shows).
QStringList clashing(const QStringList &texts, const QString &where)
{
    QHash<QChar, QString> seen;
    QStringList clashes;
    for (const QString &text : texts) {
        const QChar key = acceleratorOf(text);
        if (key.isNull())
            continue;
        if (seen.contains(key))
            clashes
                << QStringLiteral("%1: '%2' in \"%3\" and \"%4\"").arg(where, key, seen[key], text);
        else
            seen.insert(key, text);
    }
    return clashes;
}

QStringList actionTexts(const QList<QAction *> &actions)
{
    QStringList texts;
    for (const QAction *a : actions)
        if (!a->isSeparator() && a->isVisible())
            texts << a->text();
    return texts;
}

// Texts whose Alt+letter acts in `root` as shown: buttons, labels with a buddy, tabs.
QStringList mnemonicTexts(const QWidget &root)
{
    QStringList texts;
    for (const QWidget *w : root.findChildren<QWidget *>()) {
        if (!w->isVisibleTo(&root))
            continue;
        if (auto *button = qobject_cast<const QAbstractButton *>(w))
            texts << button->text();
        else if (auto *label = qobject_cast<const QLabel *>(w); label && label->buddy())
            texts << label->text();
        else if (auto *tabs = qobject_cast<const QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
    }
    return texts;
}

QString report(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("installTranslations loads Lotbook's German and Qt's own for de_DE")
{
    GermanSession german;
    QStringList files;
    for (const QTranslator *t : german.translators())
        files << t->filePath();
    INFO(report(files).toStdString());
    CHECK(files.contains(QStringLiteral(":/i18n/lotbook_de.qm")));
    CHECK(QCoreApplication::translate("lotbook::MainWindow", "Inventory") !=
          QLatin1String("Inventory"));
    // Qt's own strings (Debian: qt6-translations-l10n) when installed.
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                      QStringLiteral("/qtbase_de.qm")))
        CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") ==
              QLatin1String("Abbrechen"));
}

TEST_CASE("installTranslations installs nothing for the C locale")
{
    const QList<QTranslator *> none =
        installTranslations(*QCoreApplication::instance(), QLocale::c());
    CHECK(none.isEmpty());
    for (QTranslator *t : none) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

TEST_CASE("the German main window, its pages and menus show no untranslated text and no "
          "accelerator twice")
{
    const QHash<QString, QString> german = germanByEnglish();
    REQUIRE(german.size() > 500);
    TempDb t;
    REQUIRE(SampleData::populate(t.db()).ok());
    t.close();

    GermanSession session;
    auto window = openWindow(t.path(), OpenMode::OpenExisting);
    // Menus: one letter per entry; the menu bar's letters act on every page.
    const QStringList menuBarTexts = actionTexts(window->menuBar()->actions());
    QStringList clashes = clashing(menuBarTexts, QStringLiteral("menu bar"));
    for (const QAction *top : window->menuBar()->actions())
        if (top->menu())
            clashes << clashing(actionTexts(top->menu()->actions()),
                                withoutAccelerator(top->text()));

    QStringList problems;
    const auto look = [&](const QString &where) {
        QApplication::processEvents();
        problems << untranslated(chromeTexts(*window), german, where);
        clashes << clashing(menuBarTexts + mnemonicTexts(*window->centralWidget()), where);
    };
    const QList<std::pair<MainWindow::Page, const char *>> pages{
        {MainWindow::InventoryPageIndex, "Inventory"},
        {MainWindow::ExpiringPageIndex, "Expiring"},
        {MainWindow::TracePageIndex, "Trace"},
        {MainWindow::SuppliersPageIndex, "Suppliers"},
        {MainWindow::WarehousesPageIndex, "Warehouses"},
        {MainWindow::AuditLogPageIndex, "Audit log"},
    };
    for (const auto &[page, name] : pages) {
        window->showPage(page);
        look(QString::fromUtf8(name));
    }
    // The part view of a part with lots, on each of its tabs.
    QSqlQuery first(window->database()->connection());
    REQUIRE(first.exec(QStringLiteral("SELECT part_id FROM lot ORDER BY id LIMIT 1")));
    REQUIRE(first.next());
    window->openPart(first.value(0).toLongLong());
    QApplication::processEvents();
    QTabWidget *tabs = nullptr;
    for (QTabWidget *candidate : window->centralWidget()->findChildren<QTabWidget *>())
        if (candidate->isVisible())
            tabs = candidate;
    REQUIRE(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        look(QStringLiteral("Part view, tab %1").arg(withoutAccelerator(tabs->tabText(i))));
    }
    INFO(report(problems).toStdString());
    CHECK(problems.isEmpty());
    INFO(report(clashes).toStdString());
    CHECK(clashes.isEmpty());
}

TEST_CASE("German dialogs show no untranslated text, keep one accelerator per letter, and show "
          "dates and amounts the German way")
{
    const QHash<QString, QString> german = germanByEnglish();
    TempDb t;
    REQUIRE(SampleData::populate(t.db()).ok());
    GermanSession session;
    QStringList problems;

    QSqlQuery lot(t.db().connection());
    REQUIRE(lot.exec(QStringLiteral(
        "SELECT id, part_id, unit_cost, received_on FROM lot ORDER BY unit_cost DESC LIMIT 1")));
    REQUIRE(lot.next());
    const qint64 lotId = lot.value(0).toLongLong();
    const qint64 partId = lot.value(1).toLongLong();
    const MoneyUnits cost = lot.value(2).toLongLong();
    const QDate received = QDate::fromString(lot.value(3).toString(), Qt::ISODate);
    {
        LotDialog existing(t.db(), partId, lotId);
        existing.show();
        problems << untranslated(chromeTexts(existing), german, QStringLiteral("LotDialog"));
        problems << clashing(mnemonicTexts(existing), QStringLiteral("LotDialog"));
        auto *costEdit = findWidget<QLineEdit>(existing, "costEdit");
        REQUIRE(costEdit);
        const QLocale de(QLocale::German, QLocale::Germany);
        CHECK(costEdit->text() == formatMoney(cost, de));
        CHECK(costEdit->text().contains(QLatin1Char(',')));
        auto *receivedEdit = findWidget<QDateEdit>(existing, "receivedDateEdit");
        REQUIRE(receivedEdit);
        CHECK(receivedEdit->date() == received);
        CHECK(receivedEdit->text() == received.toString(QStringLiteral("dd.MM.yyyy")));
    }
    {
        LotDialog fresh(t.db(), partId, 0);
        fresh.show();
        problems << untranslated(chromeTexts(fresh), german, QStringLiteral("new LotDialog"));
        problems << clashing(mnemonicTexts(fresh), QStringLiteral("new LotDialog"));
    }
    {
        PartDialog dialog(t.db(), Part{});
        problems << untranslated(chromeTexts(dialog), german, QStringLiteral("PartDialog"));
        problems << clashing(mnemonicTexts(dialog), QStringLiteral("PartDialog"));
    }
    {
        SupplierDialog dialog(t.db(), Supplier{});
        problems << untranslated(chromeTexts(dialog), german, QStringLiteral("SupplierDialog"));
        problems << clashing(mnemonicTexts(dialog), QStringLiteral("SupplierDialog"));
    }
    {
        WarehouseDialog dialog(t.db(), Warehouse{});
        problems << untranslated(chromeTexts(dialog), german, QStringLiteral("WarehouseDialog"));
        problems << clashing(mnemonicTexts(dialog), QStringLiteral("WarehouseDialog"));
    }
    {
        PreferencesDialog dialog;
        problems << untranslated(chromeTexts(dialog), german, QStringLiteral("PreferencesDialog"));
        problems << clashing(mnemonicTexts(dialog), QStringLiteral("PreferencesDialog"));
    }
    INFO(report(problems).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("a part's lots exported in German import back: the import knows the German headers")
{
    TempDb source;
    REQUIRE(SampleData::populate(source.db()).ok());
    QString partNumber;
    {
        QSqlQuery q(source.db().connection());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT part_number FROM part p WHERE (SELECT COUNT(*) FROM lot WHERE part_id = p.id) "
            "> 1 ORDER BY part_key LIMIT 1")));
        REQUIRE(q.next());
        partNumber = q.value(0).toString();
    }
    const Part part = PartStore(source.db()).findByNumber(partNumber).value();
    LotFilter all;
    all.partId = part.id;
    all.status = LotFilter::Status::All;
    const auto lotsOf = [&all](Database &db, qint64 partId) {
        all.partId = partId;
        QStringList lines;
        const Result<QList<LotRow>> rows = LotStore(db).list(all, {LotSortField::LotNumber});
        REQUIRE(rows.ok());
        for (const LotRow &r : rows.value())
            lines << QStringList{r.lot.lotNumber,
                                 r.lot.received.toString(Qt::ISODate),
                                 r.lot.expires.toString(Qt::ISODate),
                                 QString::number(r.lot.quantity),
                                 QString::number(r.lot.unitCost),
                                 r.supplierName,
                                 r.warehouseName,
                                 r.binCode,
                                 r.lot.notes}
                         .join(QLatin1Char('|'));
        return lines;
    };
    const QStringList expected = lotsOf(source.db(), part.id);
    REQUIRE(expected.size() > 1);
    source.close();

    GermanSession session;
    const QString path = source.file(QStringLiteral("lose.csv"));
    {
        auto window = openWindow(source.path(), OpenMode::OpenExisting);
        window->openPart(part.id);
        LotsTab *tab = window->partView()->lotsTab();
        auto *status = findWidget<QComboBox>(*tab, "lotStatusFilter");
        REQUIRE(status);
        status->setCurrentIndex(status->findData(int(LotFilter::Status::All)));
        QAction *exportCsv = window->findChild<QAction *>(QStringLiteral("actionExportCsv"));
        REQUIRE(exportCsv);
        REQUIRE(exportCsv->isEnabled());
        CHECK(withDialog<QFileDialog>([exportCsv] { exportCsv->trigger(); },
                                      [&path](QFileDialog &dialog) {
                                          dialog.selectFile(path);
                                          static_cast<QDialog &>(dialog).accept();
                                      }));
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString header = QString::fromUtf8(file.readLine());
    INFO(header.toStdString());
    // German headers, not English ones: the lookup below is what makes them import.
    CHECK(header.contains(QCoreApplication::translate("lotbook::LotTableModel", "Lot number")));
    CHECK_FALSE(header.contains(QStringLiteral("Lot number")));
    CHECK_FALSE(header.contains(QStringLiteral("Qty received")));

    TempDb target(QStringLiteral("target.sqlite"));
    Part again = part;
    again.id = 0;
    const qint64 targetPart = PartStore(target.db()).create(again).value().id;
    ImportOptions options;
    options.createMissing = true; // the suppliers, warehouses and bins
    const ImportReport report = LotImport(target.db()).runFile(path, options);
    INFO(errorText(report));
    REQUIRE(report.ok());
    CHECK(lotsOf(target.db(), targetPart) == expected);
}
