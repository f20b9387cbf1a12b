// The Audit log page: every audit event, newest first, filtered by part, lot,
// record kind, action, user and UTC date range, with the true count; the
// selected event's changes in words below the list; Enter or a double-click
// opens the record (a lot's dialog; a part through openPart()); "Verify Trail"
// walks the hash chain and shows the count and newest hash to note.
#pragma once

#include "AuditQuery.h"
#include "ListConnection.h"

#include <QSqlQueryModel>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QThread;
class QTimer;

namespace lotbook {

class Database;

// Read-only list of audit events over audit_event, filtered through
// AuditQuery (the same bound SQL as `lotbook-cli audit`) and fetched lazily.
// Not a BoundTableModel: audit_event is keyed by seq, not id, and two columns
// (action and changes) are words computed from the stored keys and JSON.
class AuditEventModel : public QSqlQueryModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeqColumn,
        AtColumn,
        UserColumn,
        ActionColumn,
        EntityColumn,
        KeyColumn,
        ChangesColumn,
        ColumnCount
    };

    explicit AuditEventModel(Database &db, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter) { m_filter = filter; }
    const AuditFilter &filter() const { return m_filter; }
    // Runs the query; false (and errorText()) on a refused filter or SQL error.
    bool refresh();
    QString errorText() const { return m_error; }
    // Events matching the filter: SELECT COUNT(*), not the fetched rows.
    qint64 totalCount() const;
    // The SELECT refresh() runs (every matching event, in the list's order;
    // columns in Column order, then entity_id, prev_hash and hash) and its
    // bound values: for an export that reads every event on its own connection.
    SqlClause fullQuery() const;

    AuditEvent eventAt(int row) const;
    qint64 seqAt(int row) const;
    // Row of the event, among the rows fetched so far; -1 if not there.
    int fetchedRowOfSeq(qint64 seq) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    QVariant raw(int row, int column) const;
    Database &m_db;
    ListConnection m_list; // the events are read here (see ListConnection)
    AuditFilter m_filter;
    int m_sortColumn = SeqColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QString m_error;
};

class AuditLogPage : public QWidget
{
    Q_OBJECT
public:
    AuditLogPage(Database &db, QWidget *parent = nullptr);
    ~AuditLogPage() override;
    // Re-reads the log, keeping the selected event.
    void refresh();
    AuditEventModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Opens the record of the event on `row`: a lot's dialog, a part's view
    // (through openPart), a supplier's, warehouse's or bin's dialog.
    void openEvent(int row);
    // Walks the hash chain in the background (on its own connection) and shows
    // the outcome beside the button.
    void verifyTrail();
    bool isVerifying() const { return m_verifyThread != nullptr; }
    void clearFilters();

signals:
    void dataChanged();
    // The user opened an event of a part: show that part.
    void openPart(qint64 partId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Database &m_db;
    AuditEventModel *m_model;
    QTableView *m_view;
    QTextBrowser *m_details;
    QLineEdit *m_part;
    QLineEdit *m_lot;
    QComboBox *m_entity;
    QComboBox *m_action;
    QLineEdit *m_user;
    QCheckBox *m_fromCheck;
    QDateEdit *m_from;
    QCheckBox *m_toCheck;
    QDateEdit *m_to;
    QPushButton *m_clear;
    QPushButton *m_open;
    QPushButton *m_verify;
    QLabel *m_count;
    QLabel *m_verifyResult;
    QTimer *m_pause;
    QThread *m_verifyThread = nullptr;
    qint64 m_selectAfterReset = 0;
    bool m_completionsStale = true; // the part and user lists, read on focus

    AuditFilter currentFilter() const;
    void applyFilters();
    void updateCompletions(); // when stale
    void showSelected();
    void selectSeq(qint64 seq);
    int currentRow() const;
    void showVerification(const Result<AuditVerification> &result);
};

} // namespace lotbook
