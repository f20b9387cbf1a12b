// A read-only QSqlTableModel whose WHERE clause is written by code with '?'
// placeholders and whose values are always bound, never pasted into SQL
// (QSqlTableModel::setFilter pastes text). Sorting happens in SQL; the count
// shown to users comes from SELECT COUNT(*), not from the lazily fetched rows.
#pragma once

#include "ListConnection.h"
#include "LotQuery.h"

#include <QSqlTableModel>

namespace lotbook {

struct ColumnSpec
{
    enum Kind
    {
        Text,
        Money,
        YesNo,
        Integer,
        Date,
        Active
    };
    QString field;  // column of the table or view (or the alias of `expression`)
    QString header; // translated header text
    Kind kind = Text;
    QString expression = {}; // code-written SQL selected AS `field`, when not a plain column
};

class BoundTableModel : public QSqlTableModel
{
    Q_OBJECT
public:
    BoundTableModel(const QString &table, QList<ColumnSpec> columns, QSqlDatabase db,
                    QObject *parent = nullptr);

    // `where`: code-written SQL with '?' placeholders; `values`: bound in order.
    void setConditions(const QString &where, const QVariantList &values);
    // Default order when no header was clicked: code-written ORDER BY terms.
    void setDefaultOrder(const QString &orderBy) { m_defaultOrder = orderBy; }

    bool select() override;
    void setSort(int column, Qt::SortOrder order) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Rows matching the conditions (SELECT COUNT(*)); -1 on error.
    virtual qint64 totalCount() const;
    qint64 idAt(int row) const;
    // Row of the record with this id, fetching more rows as needed; -1 if absent.
    int rowOfId(qint64 id);
    int columnOf(const QString &field) const;
    const QList<ColumnSpec> &columns() const { return m_columns; }
    // The model's SELECT over every matching row, in its order, with its bound
    // values: id, the columns, then `extra` code-written expressions. For an
    // export that reads every row on its own connection instead of fetching
    // them all into the model.
    SqlClause fullQuery(const QStringList &extra = {}) const;
    QString lastErrorText() const { return m_lastError; }

protected:
    QString selectStatement() const override;
    // The ORDER BY terms: the clicked column, then the default order, then id.
    virtual QString orderBy() const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    virtual QVariant displayValue(const ColumnSpec &column, const QVariant &raw) const;

private:
    ListConnection m_list; // the SELECT runs here, not on the connection saves use
    QString m_table;
    QList<ColumnSpec> m_columns;
    QString m_where;
    QVariantList m_values;
    QString m_defaultOrder;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_lastError;
};

} // namespace lotbook
