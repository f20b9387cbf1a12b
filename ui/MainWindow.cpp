#include "MainWindow.h"

#include "AuditLogPage.h"
#include "ExpiringPage.h"
#include "ExpiryOverview.h"
#include "InventoryPage.h"
#include "ListPanel.h"
#include "LotsTab.h"
#include "PartView.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "SampleData.h"
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
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>

namespace lotbook {

namespace {
const QString kRecentKey = QStringLiteral("recentFiles");
constexpr int kMaxRecent = 8;
const QString kFileFilter =
    QT_TRANSLATE_NOOP("MainWindow", "Lotbook databases (*.sqlite *.db *.lotbook);;All files (*)");

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
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lotbook"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lotbook.svg")));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    m_sidebar = new QListWidget(splitter);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    m_sidebar->setMinimumWidth(150);
    m_sidebar->setMaximumWidth(260);
    const QStyle *s = style();
    // In Page order.
    const QList<QPair<QStyle::StandardPixmap, QString>> entries{
        {QStyle::SP_FileDialogDetailedView, tr("Inventory")},
        {QStyle::SP_MessageBoxWarning, tr("Expiring")},
        {QStyle::SP_FileDialogContentsView, tr("Trace")},
        {QStyle::SP_DirHomeIcon, tr("Suppliers")},
        {QStyle::SP_DriveHDIcon, tr("Warehouses")},
        {QStyle::SP_FileDialogInfoView, tr("Audit log")},
    };
    for (const auto &[icon, text] : entries)
        m_sidebar->addItem(new QListWidgetItem(s->standardIcon(icon), text));
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

    buildMenus();
    // Lists that gather every change are brought up to date when shown.
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        if (index == AuditLogPageIndex && m_auditLog)
            m_auditLog->refresh();
        else if (index == TracePageIndex && m_trace)
            m_trace->refresh();
    });
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages->count())
            m_pages->setCurrentIndex(row);
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
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
    // Models and pages hold queries on the connection: drop them before it.
    clearPages();
    m_db.reset();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newDb->setObjectName(QStringLiteral("actionNewDatabase"));
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("actionOpenDatabase"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *newRecord = edit->addAction(tr("&New…"), this, &MainWindow::newRecord);
    newRecord->setShortcut(QKeySequence::New);
    newRecord->setObjectName(QStringLiteral("actionNew"));
    newRecord->setToolTip(tr("New part, supplier or warehouse, depending on the page"));
    QAction *editRecord = edit->addAction(tr("&Edit Selected…"), this, &MainWindow::editRecord);
    editRecord->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    editRecord->setObjectName(QStringLiteral("actionEdit"));
    m_editActions = {newRecord, editRecord};
    edit->addSeparator();
    QAction *prefs = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    prefs->setShortcut(QKeySequence::Preferences);
    if (prefs->shortcut().isEmpty())
        prefs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    prefs->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList names{tr("&Inventory"), tr("E&xpiring"),   tr("&Trace"),
                            tr("&Suppliers"), tr("&Warehouses"), tr("&Audit Log")};
    for (int i = 0; i < names.size(); ++i) {
        QAction *a = view->addAction(names.at(i), this, [this, i] { showPage(Page(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *back = view->addAction(tr("&Back"), this, &MainWindow::goBack);
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refreshAll);
    refresh->setShortcut(QKeySequence::Refresh);
    if (refresh->shortcut().isEmpty())
        refresh->setShortcut(QKeySequence(Qt::Key_F5));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open &Sample Database"), this, [this] { openSampleDatabase(); });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Lotbook"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
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
    m_fileLabel->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    setWindowTitle(m_db->isReadOnly() ? tr("%1 [read-only] — Lotbook").arg(info.fileName())
                                      : tr("%1 — Lotbook").arg(info.fileName()));
    if (m_db->isReadOnly())
        statusBar()->showMessage(
            tr("This database file is read-only: you can look, but not change anything."));
    m_sidebar->setCurrentRow(current);
    m_pages->setCurrentIndex(current);
    updateExpiryStatus();
}

bool MainWindow::openDatabase(const QString &path, OpenMode mode, bool quiet)
{
    OpenResult result = Database::open(path, mode);
    if (!result.ok()) {
        m_lastError = result.message;
        if (!quiet)
            QMessageBox::critical(this, tr("Cannot open database"), result.message);
        return false;
    }
    m_lastError.clear();
    clearPages();
    m_db = std::move(result.database);
    m_db->setUserName(Preferences().userName());
    if (!m_sampleDir || !m_db->path().startsWith(m_sampleDir->path()))
        rememberRecent(m_db->path());
    buildPages();
    showPage(InventoryPageIndex);
    // Ready to type a part number: the search filters, Enter opens the part.
    m_inventory->panel()->searchEdit()->setFocus();
    return true;
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
    auto previous = std::move(m_sampleDir);
    m_sampleDir = std::move(dir);
    if (!openDatabase(path, OpenMode::OpenExisting, quiet)) {
        m_sampleDir = std::move(previous);
        return false;
    }
    statusBar()->showMessage(tr("Sample database: a fresh copy in a temporary folder; it is "
                                "removed when Lotbook closes."),
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
    m_inventory->refresh();
    if (m_partView->partId()) {
        m_partView->showPart(m_partView->partId());
        m_partView->lotsTab()->refresh(m_partView->lotsTab()->currentLotId());
    }
    m_suppliers->refresh();
    m_warehouses->refresh();
    m_expiring->refresh();
    m_trace->refresh();
    m_auditLog->refresh();
    updateExpiryStatus();
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
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace lotbook
