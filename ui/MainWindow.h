// The main window: a sidebar of pages (Inventory, Suppliers, Warehouses), the
// page stack, menus, and a status bar naming the open database and saying how
// many lots have expired or expire soon (kept current after every change). It
// owns the open Database; pages are rebuilt whenever another file is opened.
#pragma once

#include "Database.h"

#include <QDate>
#include <QMainWindow>
#include <QTemporaryDir>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QMenu;

namespace lotbook {

class AuditLogPage;
class ExpiringPage;
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
    void showPage(Page page);
    void openPart(qint64 id);

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

    void buildMenus();
    void buildPages();
    void clearPages();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void newDatabase();
    void chooseDatabase();
    void newRecord();
    void editRecord();
    void goBack();
    void refreshAll();
    // The Expiring page, its sidebar count and the status bar message, after
    // any change that can move a lot into or out of the list.
    void refreshExpiry();
    void updateExpiryStatus();
    void showPreferences();
    void showAbout();
};

} // namespace lotbook
