// The main window: a sidebar of pages (Inventory, Suppliers, Warehouses), the
// page stack, menus, the main toolbar, and a status bar naming the open
// database and saying how many lots have expired or expire soon (kept current
// after every change). It owns the open Database; pages are rebuilt whenever
// another file is opened.
#pragma once

#include "Database.h"

#include <QDate>
#include <QMainWindow>
#include <QTemporaryDir>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QMenu;
class QProgressBar;
class QThread;
class QTimer;
class QToolButton;

namespace lotbook {

class AuditLogPage;
class ExpiringPage;
class ExportActions;
class InventoryPage;
class TracePage;
class PartView;
class SuppliersPage;
class WarehousesPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page
    {
        InventoryPageIndex = 0,
        ExpiringPageIndex = 1,
        TracePageIndex = 2,
        SuppliersPageIndex = 3,
        WarehousesPageIndex = 4,
        AuditLogPageIndex = 5,
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a database and rebuilds the pages. On failure the
    // current database stays open; the message is shown unless `quiet`.
    bool openDatabase(const QString &path, OpenMode mode, bool quiet = false);
    // A fresh sample database in a temporary folder.
    bool openSampleDatabase(bool quiet = false);
    QString lastError() const { return m_lastError; }

    Database *database() const { return m_db.get(); }
    InventoryPage *inventoryPage() const { return m_inventory; }
    PartView *partView() const { return m_partView; }
    SuppliersPage *suppliersPage() const { return m_suppliers; }
    WarehousesPage *warehousesPage() const { return m_warehouses; }
    ExpiringPage *expiringPage() const { return m_expiring; }
    TracePage *tracePage() const { return m_trace; }
    AuditLogPage *auditLogPage() const { return m_auditLog; }
    ExportActions *exportActions() const { return m_exportActions; }
    void showPage(Page page);
    void openPart(qint64 id);
    // File > Import Lots: asks for a CSV file (starting in the folder used
    // last), then opens the import dialog on it.
    void importLots();
    // The import dialog on `path`; the lists refresh after a successful import.
    void importFile(const QString &path);
    // File > Back Up Database: asks where to write the copy (<db>-YYYY-MM-DD.sqlite
    // in the folder used last), then backUpTo() it.
    void backUpDatabase();
    // Writes a backup of the open database to `path` on a worker thread with a
    // connection of its own, so the window stays usable; the status bar shows
    // that it runs and then where the copy went (a failure opens a message box).
    void backUpTo(const QString &path, bool replace);
    bool isBackingUp() const { return m_backupThread != nullptr; }
    // Stops a running backup (the Cancel button beside it); nothing is written.
    void cancelBackup();
    // While SQLite's quick check of the open file runs in the background.
    bool isCheckingDatabase() const { return m_checkThread != nullptr; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QTemporaryDir> m_sampleDir;
    QString m_lastError;

    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QStackedWidget *m_inventoryStack = nullptr;
    InventoryPage *m_inventory = nullptr;
    PartView *m_partView = nullptr;
    SuppliersPage *m_suppliers = nullptr;
    WarehousesPage *m_warehouses = nullptr;
    ExpiringPage *m_expiring = nullptr;
    TracePage *m_trace = nullptr;
    AuditLogPage *m_auditLog = nullptr;
    QLabel *m_fileLabel;
    QWidget *m_expiryStatus; // an icon and the label, hidden when nothing expires
    QLabel *m_expiryIcon;
    QLabel *m_expiryLabel; // "3 lots expired, 4 expire within 30 days (show)"
    QDate m_expiryDay;     // the day the expiry counts were taken
    QMenu *m_recentMenu;
    QList<QAction *> m_editActions;
    QAction *m_backupAction = nullptr;
    ExportActions *m_exportActions = nullptr; // File › Export List as CSV, Print, Export PDF
    QThread *m_backupThread = nullptr;        // while a backup runs
    QWidget *m_backupStatus = nullptr;        // "Backing up…" and a busy bar in the status bar
    QLabel *m_backupLabel = nullptr;
    QToolButton *m_backupCancel = nullptr;
    std::shared_ptr<SqlStop> m_backupStop; // cancels m_backupThread
    // The quick check of the file just opened (every page read, 1.5 s for
    // 1.4 GB: not in the way of the first paint). A damaged file is closed.
    QThread *m_checkThread = nullptr;
    std::shared_ptr<SqlStop> m_checkStop; // ends m_checkThread early
    // Another program may have written while the window was in the background:
    // when the application becomes active again (after a pause, so that
    // switching through windows does not count), the lists are refreshed if
    // the file changed, never under an open dialog.
    QTimer *m_activationRefresh;
    qint64 m_dataVersion = -1; // PRAGMA data_version when the lists were last read

    void buildMenus();
    // The main toolbar: the most used menu actions, its visibility kept by saveState().
    void buildToolBar();
    // Edit > Find: keyboard focus to the current page's search field.
    void focusSearch();
    QLineEdit *currentSearchField() const;
    void buildPages();
    void clearPages();
    void startQuickCheck();
    void stopQuickCheck();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void newDatabase();
    void chooseDatabase();
    void newRecord();
    void editRecord();
    void goBack();
    // Every list again, each keeping its selection and scroll position (F5).
    void refreshAll();
    void refreshAfterActivation();
    qint64 dataVersion() const; // changes when another connection commits
    // The Expiring page, its sidebar count and the status bar message, after
    // any change that can move a lot into or out of the list.
    void refreshExpiry();
    void updateExpiryStatus();
    void showPreferences();
    void showAbout();
    void waitForBackup();
};

} // namespace lotbook
