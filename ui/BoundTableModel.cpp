#include "BoundTableModel.h"

#include "Money.h"
#include "Text.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace lotbook {

BoundTableModel::BoundTableModel(const QString &table, QList<ColumnSpec> columns, QSqlDatabase db,
                                 QObject *parent)
    : QSqlTableModel(parent, db), m_list(db), m_table(table), m_columns(std::move(columns))
{
    setEditStrategy(QSqlTableModel::OnManualSubmit);
    setTable(table);
}

void BoundTableModel::setConditions(const QString &where, const QVariantList &values)
{
    m_where = where;
    m_values = values;
}

void BoundTableModel::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    QSqlTableModel::setSort(column, order);
}

QString BoundTableModel::orderBy() const
{
    QStringList order;
    // Column 0 is the hidden id; the specs start at column 1.
    if (m_sortColumn >= 1 && m_sortColumn <= m_columns.size())
        order << m_columns.at(m_sortColumn - 1).field + (m_sortOrder == Qt::AscendingOrder
                                                             ? QStringLiteral(" ASC")
                                                             : QStringLiteral(" DESC"));
    if (!m_defaultOrder.isEmpty())
        order << m_defaultOrder;
    order << QStringLiteral("id");
    return order.join(QLatin1String(", "));
}

QString BoundTableModel::selectStatement() const
{
    return fullQuery().sql;
}

SqlClause BoundTableModel::fullQuery(const QStringList &extra) const
{
    QStringList fields{QStringLiteral("id")};
    for (const ColumnSpec &c : m_columns)
        fields << (c.expression.isEmpty() ? c.field
                                          : c.expression + QStringLiteral(" AS ") + c.field);
    fields << extra;
    QString sql =
        QStringLiteral("SELECT %1 FROM %2").arg(fields.join(QLatin1String(", ")), m_table);
    if (!m_where.isEmpty())
        sql += QStringLiteral(" WHERE ") + m_where;
    return {sql + QStringLiteral(" ORDER BY ") + orderBy(), m_values};
}

bool BoundTableModel::select()
{
    QSqlQuery q(m_list.database());
    if (!q.prepare(selectStatement())) {
        m_lastError = q.lastError().text();
        return false;
    }
    for (const QVariant &v : m_values)
        q.addBindValue(v);
    // Views read the old rows once more (the selection to keep); then the old
    // query ends, so that this one reads the newest committed data.
    beginResetModel();
    ListConnection::release(query());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        QSqlQueryModel::clear();
        endResetModel();
        return false;
    }
    m_lastError.clear();
    QSqlQueryModel::setQuery(std::move(q));
    for (int i = 0; i < m_columns.size(); ++i)
        setHeaderData(i + 1, Qt::Horizontal, m_columns.at(i).header);
    endResetModel();
    return true;
}

qint64 BoundTableModel::totalCount() const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM ") + m_table;
    if (!m_where.isEmpty())
        sql += QStringLiteral(" WHERE ") + m_where;
    if (!q.prepare(sql))
        return -1;
    for (const QVariant &v : m_values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

Qt::ItemFlags BoundTableModel::flags(const QModelIndex &index) const
{
    return QSqlTableModel::flags(index) & ~Qt::ItemIsEditable;
}

qint64 BoundTableModel::idAt(int row) const
{
    return QSqlQueryModel::data(index(row, 0)).toLongLong();
}

int BoundTableModel::rowOfId(qint64 id)
{
    for (int row = 0;; ++row) {
        if (row >= rowCount()) {
            if (!canFetchMore())
                return -1;
            fetchMore();
            if (row >= rowCount())
                return -1;
        }
        if (idAt(row) == id)
            return row;
    }
}

int BoundTableModel::columnOf(const QString &field) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).field == field)
            return i + 1;
    return -1;
}

QVariant BoundTableModel::displayValue(const ColumnSpec &column, const QVariant &raw) const
{
    const QLocale locale;
    switch (column.kind) {
    case ColumnSpec::Money:
        return raw.isNull() ? QVariant() : formatMoney(raw.toLongLong(), locale);
    case ColumnSpec::YesNo:
        return raw.toBool() ? tr("yes") : tr("no");
    case ColumnSpec::Active:
        return raw.toBool() ? tr("Active") : tr("Inactive");
    case ColumnSpec::Integer:
        return raw.isNull() ? QVariant() : locale.toString(raw.toLongLong());
    case ColumnSpec::Date: {
        const QDate d = dateFromIso(raw.toString());
        return d.isValid() ? QVariant(formatDate(d, locale)) : raw;
    }
    case ColumnSpec::Text:
        break;
    }
    return raw;
}

QVariant BoundTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() == 0 || index.column() > m_columns.size())
        return QSqlTableModel::data(index, role);
    const ColumnSpec &column = m_columns.at(index.column() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(column, QSqlQueryModel::data(index, Qt::DisplayRole));
    case Qt::EditRole:
        return QSqlQueryModel::data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (column.kind == ColumnSpec::Money || column.kind == ColumnSpec::Integer)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return {};
    default:
        return QSqlTableModel::data(index, role);
    }
}

} // namespace lotbook
