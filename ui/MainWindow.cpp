#include "MainWindow.h"

#include "AuditLogPage.h"
#include "BackgroundTask.h"
#include "Backup.h"
#include "ExpiringPage.h"
#include "ExpiryOverview.h"
#include "ExportActions.h"
#include "Icons.h"
#include "ImportDialog.h"
#include "InventoryPage.h"
#include "ListPanel.h"
#include "ListPositions.h"
#include "LotsTab.h"
#include "PartView.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "SampleData.h"
#include "Schema.h"
#include "SuppliersPage.h"
#include "ThemeColors.h"
#include "TracePage.h"
#include "WarehousesPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace lotbook {

namespace {
// SQLite forgets an interrupt that comes before its statement's first step,
// so the stop is repeated until the thread has ended (within milliseconds).
void stopAndWait(SqlStop &stop, QThread *thread)
{
    do
        stop.stop();
    while (!thread->wait(10));
}
} // namespace

namespace {
const QString kRecentKey = QStringLiteral("recentFiles");
constexpr int kMaxRecent = 8;
// How long the application must stay active before the lists are refreshed.
constexpr int kActivationPauseMs = 400;
// tr() below looks it up in MainWindow's own context.
const QString kFileFilter = QT_TRANSLATE_NOOP(
    "lotbook::MainWindow", "Lotbook databases (*.sqlite *.db *.lotbook);;All files (*)");

QString withinDays(int days)
{
    return days == 0   ? MainWindow::tr("today")
           : days == 1 ? MainWindow::tr("within 1 day")
                       : MainWindow::tr("within %L1 days").arg(days);
}

// "3 lots expired, 4 expire within 30 days": the status bar's expiry message.
QString expiryStatusText(const ExpiryCounts &c, int days)
{
    const QString within = withinDays(days);
    const QString expired = c.expired == 1 ? MainWindow::tr("1 lot expired")
                                           : MainWindow::tr("%L1 lots expired").arg(c.expired);
    if (!c.expiringSoon)
        return expired;
    if (!c.expired)
        return c.expiringSoon == 1
                   ? MainWindow::tr("1 lot expires %1").arg(within)
                   : MainWindow::tr("%L1 lots expire %2").arg(c.expiringSoon).arg(within);
    return c.expiringSoon == 1
               ? MainWindow::tr("%1, 1 expires %2").arg(expired, within)
               : MainWindow::tr("%1, %L2 expire %3").arg(expired).arg(c.expiringSoon).arg(within);
}

// A page's icon in the sidebar and the View menu, by freedesktop name (Icons.h).
QIcon pageIcon(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::InventoryPageIndex:
        return QIcon::fromTheme(QStringLiteral("package-x-generic"));
    case MainWindow::ExpiringPageIndex:
        return QIcon::fromTheme(QStringLiteral("appointment-soon"));
    case MainWindow::TracePageIndex:
        return QIcon::fromTheme(QStringLiteral("system-search"));
    case MainWindow::SuppliersPageIndex:
        return QIcon::fromTheme(QStringLiteral("system-users"));
    case MainWindow::WarehousesPageIndex:
        return QIcon::fromTheme(QStringLiteral("go-home"));
    case MainWindow::AuditLogPageIndex:
        return QIcon::fromTheme(QStringLiteral("document-properties"));
    }
    return {};
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lotbook"));
    setWindowIcon(applicationIcon());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    m_sidebar = new QListWidget(splitter);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    // 24 px: a size icon themes draw (22 would be scaled down from 24, blurred).
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setSpacing(2);
    m_sidebar->setMinimumWidth(150);
    m_sidebar->setMaximumWidth(260);
    installIconFallback(); // main() did; here too for windows made elsewhere (tests)
    // In Page order.
    const QStringList entries{tr("Inventory"), tr("Expiring"),   tr("Trace"),
                              tr("Suppliers"), tr("Warehouses"), tr("Audit log")};
    for (int i = 0; i < entries.size(); ++i)
        m_sidebar->addItem(new QListWidgetItem(pageIcon(Page(i)), entries.at(i)));
    // A light selection, as file managers' sidebars have: icons drawn for the
    // window's background, from any theme, vanish on a full-strength highlight.
    QPalette sidebarColors = m_sidebar->palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor base = sidebarColors.color(group, QPalette::Base);
        const QColor strong = sidebarColors.color(group, QPalette::Highlight);
        sidebarColors.setColor(group, QPalette::Highlight,
                               QColor::fromRgbF(0.7f * base.redF() + 0.3f * strong.redF(),
                                                0.7f * base.greenF() + 0.3f * strong.greenF(),
                                                0.7f * base.blueF() + 0.3f * strong.blueF()));
        sidebarColors.setColor(group, QPalette::HighlightedText,
                               sidebarColors.color(group, QPalette::Text));
    }
    m_sidebar->setPalette(sidebarColors);
    m_pages = new QStackedWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 1000});
    setCentralWidget(splitter);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_fileLabel);
    // The icon sets the message apart from the file name beside it.
    m_expiryStatus = new QWidget(this);
    auto *expiryLayout = new QHBoxLayout(m_expiryStatus);
    expiryLayout->setContentsMargins(12, 0, 0, 0);
    expiryLayout->setSpacing(4);
    m_expiryIcon = new QLabel(m_expiryStatus);
    expiryLayout->addWidget(m_expiryIcon);
    m_expiryLabel = new QLabel(m_expiryStatus);
    m_expiryLabel->setObjectName(QStringLiteral("expiryStatusLabel"));
    m_expiryLabel->setTextFormat(Qt::RichText);
    m_expiryLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                           Qt::LinksAccessibleByKeyboard);
    expiryLayout->addWidget(m_expiryLabel);
    m_expiryStatus->hide();
    connect(m_expiryLabel, &QLabel::linkActivated, this, [this] { showPage(ExpiringPageIndex); });
    statusBar()->addPermanentWidget(m_expiryStatus);
    // Lots expire at midnight without anyone changing anything.
    auto *dayTimer = new QTimer(this);
    dayTimer->setInterval(60 * 1000);
    connect(dayTimer, &QTimer::timeout, this, [this] {
        if (m_db && m_expiryDay != QDate::currentDate())
            refreshExpiry();
    });
    dayTimer->start();
    m_activationRefresh = new QTimer(this);
    m_activationRefresh->setSingleShot(true);
    connect(m_activationRefresh, &QTimer::timeout, this, &MainWindow::refreshAfterActivation);
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive)
                    m_activationRefresh->start(kActivationPauseMs);
                else
                    m_activationRefresh->stop();
            });

    buildMenus();
    buildToolBar();
    // Lists that gather every change are brought up to date when shown.
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        // A page shown on screen has just refreshed itself (showEvent); a
        // second refresh would read its list twice.
        if (index == AuditLogPageIndex && m_auditLog && !m_auditLog->isVisible())
            m_auditLog->refresh();
        else if (index == TracePageIndex && m_trace && !m_trace->isVisible())
            m_trace->refresh();
    });
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages->count())
            m_pages->setCurrentIndex(row);
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray()); // the toolbar
    const QByteArray splitterState =
        settings.value(QStringLiteral("window/splitter")).toByteArray();
    if (!splitterState.isEmpty())
        splitter->restoreState(splitterState);
    connect(splitter, &QSplitter::splitterMoved, this, [splitter] {
        QSettings().setValue(QStringLiteral("window/splitter"), splitter->saveState());
    });
    buildPages();
}

MainWindow::~MainWindow()
{
    // A backup may be reading a sample database's temporary folder; its
    // finished() will not be delivered now, so its busy cursor goes here.
    if (m_backupThread) {
        stopAndWait(*m_backupStop, m_backupThread); // closeEvent() asked
        QApplication::restoreOverrideCursor();
    }
    stopQuickCheck();
    // Models and pages hold queries on the connection: drop them before it.
    clearPages();
    m_db.reset();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")),
                                     tr("&New Database…"), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newDb->setObjectName(QStringLiteral("actionNewDatabase"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                    tr("&Open Database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("actionOpenDatabase"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();
    m_backupAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                     tr("&Back Up Database…"), this, &MainWindow::backUpDatabase);
    m_backupAction->setObjectName(QStringLiteral("actionBackUpDatabase"));
    m_backupAction->setToolTip(tr("Write a copy of the open database to a file, while you go on "
                                  "working"));
    file->addSeparator();
    QAction *importLots = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                          tr("&Import Lots…"), this, &MainWindow::importLots);
    importLots->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importLots->setObjectName(QStringLiteral("actionImportLots"));
    m_exportActions = new ExportActions(this);
    file->addAction(m_exportActions->exportCsvAction());
    file->addSeparator();
    file->addAction(m_exportActions->printAction());
    file->addAction(m_exportActions->exportPdfAction());
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *newRecord = edit->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New…"),
                                         this, &MainWindow::newRecord);
    newRecord->setShortcut(QKeySequence::New);
    newRecord->setObjectName(QStringLiteral("actionNew"));
    newRecord->setToolTip(tr("New part, supplier or warehouse, depending on the page"));
    QAction *editRecord = edit->addAction(QIcon::fromTheme(QStringLiteral("document-edit")),
                                          tr("&Edit Selected…"), this, &MainWindow::editRecord);
    editRecord->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    editRecord->setObjectName(QStringLiteral("actionEdit"));
    m_editActions = {newRecord, editRecord, importLots};
    edit->addSeparator();
    QAction *find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find"),
                                    this, &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setToolTip(tr("Go to the search field of the page"));
    edit->addSeparator();
    QAction *prefs = edit->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")),
                                     tr("&Preferences…"), this, &MainWindow::showPreferences);
    prefs->setShortcut(QKeySequence::Preferences);
    if (prefs->shortcut().isEmpty())
        prefs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    prefs->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    const QStringList names{tr("&Inventory"), tr("E&xpiring"),   tr("&Trace"),
                            tr("&Suppliers"), tr("&Warehouses"), tr("&Audit Log")};
    for (int i = 0; i < names.size(); ++i) {
        QAction *a =
            view->addAction(pageIcon(Page(i)), names.at(i), this, [this, i] { showPage(Page(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *back = view->addAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Back"),
                                    this, &MainWindow::goBack);
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    QAction *refresh = view->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                                       tr("&Refresh"), this, &MainWindow::refreshAll);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    if (refresh->shortcut().isEmpty())
        refresh->setShortcut(QKeySequence(Qt::Key_F5));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open &Sample Database"), this, [this] { openSampleDatabase(); });
    help->addSeparator();
    QAction *about = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")),
                                     tr("&About Lotbook"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildToolBar()
{
    auto *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar")); // saveState() needs it
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The most used menu actions, by object name, with the short text shown
    // beside the icon; a name not (yet) in the menus is left out.
    const auto add = [this, bar](const char *name, const QString &text) {
        auto *action = findChild<QAction *>(QLatin1String(name));
        if (!action)
            return;
        action->setIconText(text);
        // The tooltip tells the shortcut, as the menu does.
        if (!action->shortcut().isEmpty())
            action->setToolTip(tr("%1 (%2)").arg(
                action->toolTip(), action->shortcut().toString(QKeySequence::NativeText)));
        bar->addAction(action);
    };
    add("actionNew", tr("New"));
    add("actionEdit", tr("Edit"));
    bar->addSeparator();
    add("actionRefresh", tr("Refresh"));
    add("actionFind", tr("Find"));
    bar->addSeparator();
    add("actionImportLots", tr("Import"));
    add("actionExportCsv", tr("Export"));
    add("actionPrint", tr("Print"));
    if (auto *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        view->addSeparator();
        QAction *toggle = bar->toggleViewAction();
        toggle->setText(tr("Show &Toolbar"));
        toggle->setObjectName(QStringLiteral("actionShowToolBar"));
        view->addAction(toggle);
    }
}

QLineEdit *MainWindow::currentSearchField() const
{
    if (!m_db)
        return nullptr;
    switch (m_pages->currentIndex()) {
    case InventoryPageIndex:
        if (m_inventoryStack->currentWidget() != m_partView)
            return m_inventory->panel()->searchEdit();
        return m_partView->lotsTabShown()
                   ? m_partView->lotsTab()->findChild<QLineEdit *>(QStringLiteral("lotSearch"))
                   : nullptr;
    case TracePageIndex:
        return m_trace->findChild<QLineEdit *>(QStringLiteral("traceLot"));
    case SuppliersPageIndex:
        return m_suppliers->panel()->searchEdit();
    case WarehousesPageIndex: {
        // The bin list's search when the bin list is being worked in.
        ListPanel *bins = m_warehouses->binPanel();
        return bins->isAncestorOf(focusWidget()) ? bins->searchEdit()
                                                 : m_warehouses->warehousePanel()->searchEdit();
    }
    case AuditLogPageIndex:
        return m_auditLog->findChild<QLineEdit *>(QStringLiteral("auditPart"));
    }
    return nullptr;
}

void MainWindow::focusSearch()
{
    if (!m_db)
        return; // the page says how to open one
    QLineEdit *field = currentSearchField();
    if (!field || !field->isEnabled()) {
        statusBar()->showMessage(tr("This page has no search field."), 4000);
        return;
    }
    field->setFocus(Qt::ShortcutFocusReason);
    field->selectAll();
}

void MainWindow::clearPages()
{
    while (m_pages->count() > 0) {
        QWidget *w = m_pages->widget(0);
        m_pages->removeWidget(w);
        delete w;
    }
    m_inventoryStack = nullptr;
    m_inventory = nullptr;
    m_expiring = nullptr;
    m_trace = nullptr;
    m_auditLog = nullptr;
    m_partView = nullptr;
    m_suppliers = nullptr;
    m_warehouses = nullptr;
}

void MainWindow::buildPages()
{
    const int current = qMax(0, m_sidebar->currentRow());
    clearPages();
    const bool haveDb = m_db != nullptr;
    m_sidebar->setEnabled(haveDb);
    for (QAction *a : std::as_const(m_editActions))
        a->setEnabled(haveDb && !m_db->isReadOnly());
    m_backupAction->setEnabled(haveDb && !m_backupThread);
    if (!haveDb) {
        auto *none = new QLabel(tr("No database is open.\n\nUse File › New Database to start one, "
                                   "File › Open Database to open a file, or Help › Open Sample "
                                   "Database to look around."),
                                m_pages);
        none->setObjectName(QStringLiteral("noDatabaseLabel"));
        none->setAlignment(Qt::AlignCenter);
        none->setWordWrap(true);
        m_pages->addWidget(none);
        m_fileLabel->setText(tr("No database"));
        setWindowTitle(tr("Lotbook"));
        updateExpiryStatus();
        m_exportActions->pagesRebuilt();
        return;
    }

    m_inventoryStack = new QStackedWidget(m_pages);
    m_inventoryStack->setObjectName(QStringLiteral("inventoryStack"));
    m_inventory = new InventoryPage(*m_db, m_inventoryStack);
    m_partView = new PartView(*m_db, m_inventoryStack);
    m_inventoryStack->addWidget(m_inventory);
    m_inventoryStack->addWidget(m_partView);
    m_expiring = new ExpiringPage(*m_db, m_pages);
    m_trace = new TracePage(*m_db, m_pages);
    m_suppliers = new SuppliersPage(*m_db, m_pages);
    m_warehouses = new WarehousesPage(*m_db, m_pages);
    m_auditLog = new AuditLogPage(*m_db, m_pages);
    // In Page order.
    m_pages->addWidget(m_inventoryStack);
    m_pages->addWidget(m_expiring);
    m_pages->addWidget(m_trace);
    m_pages->addWidget(m_suppliers);
    m_pages->addWidget(m_warehouses);
    m_pages->addWidget(m_auditLog);

    connect(m_inventory, &InventoryPage::openPart, this, &MainWindow::openPart);
    connect(m_partView, &PartView::backRequested, this, &MainWindow::goBack);
    connect(m_partView, &PartView::lotsChanged, this, [this] { m_inventory->refresh(); });
    // Any saved change can move a lot into or out of the Expiring list, or
    // rename what it shows (part, supplier, warehouse).
    connect(m_partView, &PartView::lotsChanged, this, &MainWindow::refreshExpiry);
    connect(m_inventory, &InventoryPage::dataChanged, this, &MainWindow::refreshExpiry);
    connect(m_suppliers, &SuppliersPage::dataChanged, this, &MainWindow::refreshExpiry);
    connect(m_warehouses, &WarehousesPage::dataChanged, this, &MainWindow::refreshExpiry);
    connect(m_trace, &TracePage::dataChanged, this, &MainWindow::refreshExpiry);
    connect(m_auditLog, &AuditLogPage::dataChanged, this, &MainWindow::refreshExpiry);
    connect(m_auditLog, &AuditLogPage::openPart, this, &MainWindow::openPart);

    connect(m_expiring, &ExpiringPage::dataChanged, this, [this] {
        updateExpiryStatus();
        m_inventory->refresh(); // its active lot counts
        if (m_partView->partId())
            m_partView->lotsTab()->refresh(m_partView->lotsTab()->currentLotId());
        m_trace->refresh();
        m_auditLog->refresh();
    });
    connect(m_partView, &PartView::editRequested, this, [this](qint64 id) {
        m_inventory->editPart(id);
        m_partView->showPart(id);
    });

    const QFileInfo info(m_db->path());
    QString label = QDir::toNativeSeparators(info.absoluteFilePath());
    if (m_db->isReadOnly())
        label += tr(" — read-only");
    m_fileLabel->setText(label);
    setWindowTitle(m_db->isReadOnly() ? tr("%1 [read-only] — Lotbook").arg(info.fileName())
                                      : tr("%1 — Lotbook").arg(info.fileName()));
    QString readOnlyWhy;
    if (m_db->readOnlyCause() == ReadOnlyCause::FolderPermissions)
        readOnlyWhy = tr("This database is read-only: its folder cannot be written, and saving "
                         "changes needs files beside it. You can look, but not change anything.");
    else if (m_db->isReadOnly())
        readOnlyWhy = tr("This database file is read-only: you can look, but not change anything.");
    // The message goes when another replaces it; the label's tooltip keeps saying why.
    m_fileLabel->setToolTip(readOnlyWhy.isEmpty()
                                ? QDir::toNativeSeparators(info.absoluteFilePath())
                                : QDir::toNativeSeparators(info.absoluteFilePath()) +
                                      QLatin1Char('\n') + readOnlyWhy);
    if (!readOnlyWhy.isEmpty())
        statusBar()->showMessage(readOnlyWhy);
    m_sidebar->setCurrentRow(current);
    m_pages->setCurrentIndex(current);
    updateExpiryStatus();
    m_exportActions->pagesRebuilt();
    m_dataVersion = dataVersion();
}

bool MainWindow::openDatabase(const QString &path, OpenMode mode, bool quiet)
{
    // An older file is copied and upgraded first, on a thread (both read or
    // write the whole file: seconds for a large one), the window repainting.
    QString upgradeCopy;
    if (const int version = Database::fileSchemaVersion(path);
        mode != OpenMode::Inspect && version >= 0 && version < Schema::currentVersion()) {
        OpenResult upgraded;
        show(); // at start: the progress belongs to a window, not to nothing
        runBackgroundTask(
            this, tr("Upgrade Database"),
            tr("Copying %1 and upgrading it for this version of Lotbook…")
                .arg(QDir::toNativeSeparators(path)),
            0,
            [&](TaskProgress &) {
                // Opened and closed on this thread: a connection stays on its thread.
                upgraded = Database::open(path, mode);
                if (upgraded.ok())
                    upgradeCopy = upgraded.database->upgradeBackupPath();
                upgraded.database.reset();
            },
            false);
        if (!upgraded.ok()) {
            m_lastError = upgraded.message;
            if (!quiet)
                QMessageBox::critical(this, tr("Cannot open database"), upgraded.message);
            return false;
        }
    }
    // The quick check of every page runs after the window shows (startQuickCheck).
    OpenResult result = Database::open(path, mode, Verify::ByCaller);
    if (!result.ok()) {
        m_lastError = result.message;
        if (!quiet)
            QMessageBox::critical(this, tr("Cannot open database"), result.message);
        return false;
    }
    m_lastError.clear();
    stopQuickCheck(); // of the file this one replaces
    clearPages();
    m_db = std::move(result.database);
    m_db->setUserName(Preferences().userName());
    if (!m_sampleDir || !m_db->path().startsWith(m_sampleDir->path()))
        rememberRecent(m_db->path());
    buildPages();
    showPage(InventoryPageIndex);
    if (upgradeCopy.isEmpty())
        upgradeCopy = m_db->upgradeBackupPath();
    if (!upgradeCopy.isEmpty())
        statusBar()->showMessage(
            // Short, to fit beside the file name; the copy is in the same folder.
            tr("Upgraded for this version of Lotbook; the file as it was is kept beside it as %1")
                .arg(QFileInfo(upgradeCopy).fileName()));
    // Ready to type a part number: the search filters, Enter opens the part.
    m_inventory->panel()->searchEdit()->setFocus();
    // An upgrade checked every page moments ago, before touching the file.
    if (upgradeCopy.isEmpty())
        startQuickCheck();
    return true;
}

void MainWindow::startQuickCheck()
{
    auto stop = std::make_shared<SqlStop>();
    auto result = std::make_shared<Status>(success());
    const QString path = m_db->path();
    m_checkStop = stop;
    m_checkThread =
        QThread::create([path, stop, result] { *result = Database::quickCheck(path, stop.get()); });
    m_checkThread->setParent(this);
    QThread *thread = m_checkThread;
    connect(thread, &QThread::finished, this, [this, thread, stop, result, path] {
        thread->deleteLater();
        if (m_checkThread == thread) {
            m_checkThread = nullptr;
            m_checkStop.reset();
        }
        if (stop->stopped() || result->ok() || !m_db)
            return;
        // Damaged: closed as a damaged file is refused when opening, before
        // anything more is written to it.
        waitForBackup();
        clearPages();
        m_db.reset();
        m_lastError = result->message();
        buildPages();
        // What SQLite found goes under Show Details: pages and b-trees mean
        // nothing at the counter, but everything to whoever repairs the file.
        QMessageBox box(
            QMessageBox::Critical, tr("Damaged Database"),
            tr("%1 is damaged, so Lotbook has closed it.").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Ok, this);
        box.setInformativeText(tr("Open your latest backup with File › Open Database, or copy it "
                                  "in place of this file (the README explains how)."));
        box.setDetailedText(result->message());
        box.exec();
    });
    thread->start(QThread::LowPriority);
}

void MainWindow::stopQuickCheck()
{
    if (!m_checkThread)
        return;
    stopAndWait(*m_checkStop, m_checkThread);
    // Its finished() comes later and sees the stop.
    m_checkThread = nullptr;
    m_checkStop.reset();
}

bool MainWindow::openSampleDatabase(bool quiet)
{
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                               QStringLiteral("/lotbook-sample-XXXXXX"));
    if (!dir->isValid()) {
        m_lastError = tr("Cannot create a temporary folder for the sample database.");
        if (!quiet)
            QMessageBox::critical(this, tr("Sample database"), m_lastError);
        return false;
    }
    const QString path = dir->filePath(QStringLiteral("sample.sqlite"));
    {
        OpenResult created = Database::open(path, OpenMode::CreateIfMissing);
        Status filled = created.ok() ? SampleData::populate(*created.database)
                                     : Status::failure({}, created.message);
        if (!filled) {
            m_lastError = filled.message();
            if (!quiet)
                QMessageBox::critical(this, tr("Sample database"), m_lastError);
            return false;
        }
    }
    waitForBackup(); // of the sample about to be removed, perhaps
    auto previous = std::move(m_sampleDir);
    m_sampleDir = std::move(dir);
    if (!openDatabase(path, OpenMode::OpenExisting, quiet)) {
        m_sampleDir = std::move(previous);
        return false;
    }
    // Short: it shares the status bar with the file name and the expiry count.
    statusBar()->showMessage(tr("Sample database: a temporary copy, removed when Lotbook closes."),
                             10000);
    return true;
}

void MainWindow::showPage(Page page)
{
    if (!m_db)
        return;
    m_sidebar->setCurrentRow(int(page));
    m_pages->setCurrentIndex(int(page));
}

void MainWindow::openPart(qint64 id)
{
    if (!m_partView)
        return;
    showPage(InventoryPageIndex);
    m_partView->showPart(id);
    m_inventoryStack->setCurrentWidget(m_partView);
    m_partView->focusContent();
}

void MainWindow::importLots()
{
    if (!m_db || m_db->isReadOnly())
        return;
    const QString path = ImportDialog::askForFile(this);
    if (!path.isEmpty())
        importFile(path);
}

void MainWindow::importFile(const QString &path)
{
    if (!m_db || m_db->isReadOnly())
        return;
    ImportDialog dialog(*m_db, this);
    connect(&dialog, &ImportDialog::lotsImported, this, &MainWindow::refreshAll);
    dialog.loadFile(path);
    dialog.exec();
}

void MainWindow::backUpDatabase()
{
    if (!m_db || m_backupThread)
        return;
    // The folder used last; at first the database's own (not a sample's temporary one).
    QSettings settings;
    QString folder = settings.value(QStringLiteral("backup/folder")).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = m_sampleDir && m_db->path().startsWith(m_sampleDir->path())
                     ? QDir::homePath()
                     : QFileInfo(m_db->path()).absolutePath();
    const QString suggested =
        QDir(folder).filePath(Backup::suggestedFileName(m_db->path(), QDate::currentDate()));
    // The dialog asks before replacing an existing file: a yes there means replace.
    const QString path = QFileDialog::getSaveFileName(this, tr("Back Up Database"), suggested,
                                                      tr(kFileFilter.toUtf8().constData()));
    if (!path.isEmpty())
        backUpTo(path, true);
}

void MainWindow::backUpTo(const QString &path, bool replace)
{
    if (!m_db || m_backupThread)
        return;
    if (!m_backupStatus) {
        m_backupStatus = new QWidget(this);
        m_backupStatus->setObjectName(QStringLiteral("backupStatus"));
        auto *layout = new QHBoxLayout(m_backupStatus);
        layout->setContentsMargins(0, 0, 0, 0);
        m_backupLabel = new QLabel(m_backupStatus);
        layout->addWidget(m_backupLabel);
        auto *bar = new QProgressBar(m_backupStatus);
        bar->setObjectName(QStringLiteral("backupProgress"));
        bar->setRange(0, 0); // SQLite does not say how far it is: a busy bar
        bar->setMaximumWidth(120);
        bar->setMaximumHeight(m_backupLabel->sizeHint().height());
        bar->setTextVisible(false);
        layout->addWidget(bar);
        m_backupCancel = new QToolButton(m_backupStatus);
        m_backupCancel->setObjectName(QStringLiteral("backupCancel"));
        m_backupCancel->setText(tr("Cancel"));
        m_backupCancel->setToolTip(tr("Stop the backup; nothing is written"));
        m_backupCancel->setAutoRaise(true);
        connect(m_backupCancel, &QToolButton::clicked, this, &MainWindow::cancelBackup);
        layout->addWidget(m_backupCancel);
        statusBar()->addWidget(m_backupStatus);
    }
    const QString source = m_db->path();
    m_backupLabel->setText(tr("Backing up to %1…").arg(QDir::toNativeSeparators(path)));
    m_backupStatus->show();
    m_backupCancel->setEnabled(true);
    m_backupAction->setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor); // busy, but the window still works

    // Its own connection on its own thread: a large file never freezes the window.
    auto result = std::make_shared<Result<BackupInfo>>();
    auto stop = std::make_shared<SqlStop>();
    m_backupStop = stop;
    const Backup::Existing existing =
        replace ? Backup::Existing::Replace : Backup::Existing::Refuse;
    m_backupThread = QThread::create([source, path, existing, result, stop] {
        *result = Backup::write(source, path, existing, stop.get());
    });
    m_backupThread->setParent(this);
    connect(m_backupThread, &QThread::finished, this, [this, result, stop] {
        m_backupThread->deleteLater();
        m_backupThread = nullptr;
        m_backupStop.reset();
        QApplication::restoreOverrideCursor();
        m_backupStatus->hide();
        m_backupAction->setEnabled(m_db != nullptr);
        if (!result->ok() && stop->stopped()) {
            statusBar()->showMessage(result->message(), 10000);
            return;
        }
        if (!result->ok()) {
            QMessageBox::warning(this, tr("Back Up Database"), result->message());
            return;
        }
        const BackupInfo &info = result->value();
        QSettings().setValue(QStringLiteral("backup/folder"), QFileInfo(info.path).absolutePath());
        statusBar()->showMessage(
            // Short: the file name and the expiry count share the status bar.
            tr("Backed up to %1 (%2, checked)")
                .arg(QDir::toNativeSeparators(info.path), QLocale().formattedDataSize(info.bytes)),
            30000);
    });
    m_backupThread->start();
}

void MainWindow::cancelBackup()
{
    if (!m_backupStop)
        return;
    // Again every 20 ms until it ends: see stopAndWait().
    m_backupStop->stop();
    auto *again = new QTimer(this);
    again->setInterval(20);
    connect(again, &QTimer::timeout, this, [stop = m_backupStop] { stop->stop(); });
    connect(m_backupThread, &QThread::finished, again, &QObject::deleteLater);
    again->start();
    m_backupCancel->setEnabled(false);
    m_backupLabel->setText(tr("Cancelling the backup…"));
}

void MainWindow::waitForBackup()
{
    if (m_backupThread)
        m_backupThread->wait();
}

void MainWindow::goBack()
{
    if (m_inventoryStack && m_inventoryStack->currentWidget() == m_partView) {
        const qint64 id = m_partView->partId();
        m_inventoryStack->setCurrentWidget(m_inventory);
        m_inventory->refresh(id);
        m_inventory->panel()->view()->setFocus();
    }
}

void MainWindow::newRecord()
{
    if (!m_db || m_db->isReadOnly())
        return;
    switch (m_pages->currentIndex()) {
    case InventoryPageIndex:
        if (m_inventoryStack->currentWidget() == m_partView && m_partView->lotsTabShown())
            m_partView->lotsTab()->newLot();
        else
            m_inventory->newPart();
        break;
    case SuppliersPageIndex:
        m_suppliers->newSupplier();
        break;
    case WarehousesPageIndex:
        m_warehouses->newWarehouse();
        break;
    }
}

void MainWindow::editRecord()
{
    if (!m_db || m_db->isReadOnly())
        return;
    switch (m_pages->currentIndex()) {
    case InventoryPageIndex:
        if (m_inventoryStack->currentWidget() == m_partView) {
            m_inventory->editPart(m_partView->partId());
            m_partView->showPart(m_partView->partId());
        } else if (const qint64 id = m_inventory->panel()->currentId()) {
            m_inventory->editPart(id);
        }
        break;
    case SuppliersPageIndex:
        if (const qint64 id = m_suppliers->panel()->currentId())
            m_suppliers->editSupplier(id);
        break;
    case WarehousesPageIndex:
        if (const qint64 id = m_warehouses->warehousePanel()->currentId())
            m_warehouses->editWarehouse(id);
        break;
    }
}

void MainWindow::refreshAll()
{
    if (!m_db)
        return;
    m_dataVersion = dataVersion(); // before reading: a write meanwhile is seen next time
    const ListPositions positions = ListPositions::of(m_pages);
    m_inventory->refresh();
    if (m_partView->partId()) {
        // Read before showPart(), which selects the first lot.
        const qint64 lot = m_partView->lotsTab()->currentLotId();
        m_partView->showPart(m_partView->partId());
        m_partView->lotsTab()->refresh(lot);
    }
    m_suppliers->refresh();
    m_warehouses->refresh();
    m_expiring->refresh();
    m_trace->refresh();
    m_auditLog->refresh();
    updateExpiryStatus();
    positions.put();
}

void MainWindow::refreshAfterActivation()
{
    if (!m_db || !isVisible())
        return;
    // A dialog may hold a lot being edited: its list waits until it closes.
    if (QApplication::activeModalWidget()) {
        m_activationRefresh->start(kActivationPauseMs);
        return;
    }
    if (dataVersion() != m_dataVersion)
        refreshAll();
}

qint64 MainWindow::dataVersion() const
{
    if (!m_db)
        return -1;
    QSqlQuery q(m_db->connection());
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

void MainWindow::refreshExpiry()
{
    if (!m_expiring)
        return;
    m_expiring->refresh();
    updateExpiryStatus();
}

void MainWindow::updateExpiryStatus()
{
    QListWidgetItem *item = m_sidebar->item(ExpiringPageIndex);
    if (!m_db || !m_expiring) {
        item->setText(tr("Expiring"));
        item->setToolTip({});
        m_expiryLabel->clear();
        m_expiryStatus->hide();
        return;
    }
    const ExpiryCounts c = m_expiring->counts();
    const int days = m_expiring->windowDays();
    m_expiryDay = m_expiring->day();
    item->setText(c.total() ? tr("Expiring (%L1)").arg(c.total()) : tr("Expiring"));
    const QString text = expiryStatusText(c, days);
    item->setToolTip(c.total() ? text
                               : tr("No lot has expired or expires %1.").arg(withinDays(days)));
    if (!c.total()) {
        m_expiryLabel->clear();
        m_expiryStatus->hide();
        return;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_expiryIcon->setPixmap(expiryIcon(c.expired ? ExpiryState::Expired : ExpiryState::ExpiringSoon)
                                .pixmap(iconSize, iconSize));
    m_expiryLabel->setText(text + QStringLiteral(" (<a href=\"expiring\">%1</a>)").arg(tr("show")));
    m_expiryLabel->setToolTip(tr("Show the Expiring page (Ctrl+2)"));
    m_expiryStatus->show();
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), QDir::homePath() + QStringLiteral("/lotbook.sqlite"),
        tr(kFileFilter.toUtf8().constData()));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Database"),
                             tr("%1 already exists. Choose a new file name, or use File › Open "
                                "Database to open it.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path, OpenMode::CreateIfMissing);
}

void MainWindow::chooseDatabase()
{
    const QString start = m_db ? QFileInfo(m_db->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), start,
                                                      tr(kFileFilter.toUtf8().constData()));
    if (!path.isEmpty())
        openDatabase(path, OpenMode::OpenExisting);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            openDatabase(path, OpenMode::OpenExisting);
        });
        a->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(kRecentKey);
            updateRecentMenu();
        });
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && m_db) {
        m_db->setUserName(Preferences().userName());
        refreshAll(); // the expiry window may have changed: every list recolours
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Lotbook"),
        tr("<h3>Lotbook %1</h3><p>Lot and batch tracking for parts warehouses: every shipment "
           "of a part is recorded as its own lot, so any unit can be traced back to where it "
           "came from.</p><p>Licensed under the GNU General Public License, version 3 or "
           "later.</p>")
            .arg(QStringLiteral(LOTBOOK_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_backupThread) {
        QMessageBox ask(QMessageBox::Question, tr("Back Up Database"),
                        tr("A backup is still being written. Cancel it and close Lotbook?"),
                        QMessageBox::NoButton, this);
        QPushButton *close = ask.addButton(tr("Cancel Backup and Close"), QMessageBox::AcceptRole);
        ask.setDefaultButton(ask.addButton(tr("Keep Working"), QMessageBox::RejectRole));
        ask.exec();
        if (ask.clickedButton() != close) {
            event->ignore();
            return;
        }
    }
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QSettings().setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace lotbook
