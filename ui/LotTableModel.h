// The lots of one part for the Lots tab, over the lot_list view: filtered by
// status, supplier and lot number (all bound), sorted in SQL with lots that
// never expire last, counted on the lot table, with expiry shown at a glance
// (colour, icon and a tooltip such as "expires in 12 days").
#pragma once

#include "BoundTableModel.h"
#include "LotQuery.h"

#include <QDate>

namespace lotbook {

class Database;

class LotTableModel : public BoundTableModel
{
    Q_OBJECT
public:
    // Which columns: one part's lots, lots of every part (Trace), or the
    // Expiring list (expiry and days left first).
    enum class Layout
    {
        PartLots,
        AllParts,
        Expiring
    };
    LotTableModel(Database &db, QObject *parent = nullptr)
        : LotTableModel(db, Layout::PartLots, parent)
    {}
    LotTableModel(Database &db, Layout layout, QObject *parent = nullptr);
    Layout layout() const { return m_layout; }

    void setFilter(const LotFilter &filter) { m_filter = filter; }
    const LotFilter &filter() const { return m_filter; }
    void setExpiryWindowDays(int days) { m_windowDays = days; }
    void setToday(const QDate &today) { m_today = today; } // tests; default: current date
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    bool refresh();
    LotSort currentSort() const;

    qint64 totalCount() const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString orderBy() const override;
    QVariant displayValue(const ColumnSpec &column, const QVariant &raw) const override;

private:
    Database &m_db;
    Layout m_layout;
    QList<LotSortField> m_sortFields; // per column after the hidden id
    LotFilter m_filter;
    int m_windowDays = 30;
    QDate m_today;
};

} // namespace lotbook
