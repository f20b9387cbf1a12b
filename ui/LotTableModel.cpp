#include "LotTableModel.h"

#include "Database.h"
#include "Expiry.h"
#include "Lot.h"
#include "LotStore.h"
#include "Money.h"
#include "Text.h"
#include "ThemeColors.h"

#include <QGuiApplication>
#include <QLocale>

namespace lotbook {

namespace {
QList<ColumnSpec> lotColumns()
{
    using C = ColumnSpec;
    return {{QStringLiteral("lot_number"), LotTableModel::tr("Lot number"), C::Text},
            {QStringLiteral("received_on"), LotTableModel::tr("Received"), C::Date},
            {QStringLiteral("expires_on"), LotTableModel::tr("Expires"), C::Date},
            {QStringLiteral("quantity"), LotTableModel::tr("Qty received"), C::Integer},
            {QStringLiteral("unit_cost"), LotTableModel::tr("Cost/unit"), C::Money},
            {QStringLiteral("supplier_name"), LotTableModel::tr("Supplier"), C::Text},
            {QStringLiteral("location"), LotTableModel::tr("Location"), C::Text},
            {QStringLiteral("status"), LotTableModel::tr("Status"), C::Text}};
}

// Column (1-based, after the hidden id) to the shared sort field.
constexpr LotSortField kSortFields[] = {
    LotSortField::LotNumber, LotSortField::Received, LotSortField::Expires,  LotSortField::Quantity,
    LotSortField::UnitCost,  LotSortField::Supplier, LotSortField::Location, LotSortField::Status};
} // namespace

LotTableModel::LotTableModel(Database &db, QObject *parent)
    : BoundTableModel(QStringLiteral("lot_list"), lotColumns(), db.connection(), parent), m_db(db)
{}

LotSort LotTableModel::currentSort() const
{
    LotSort sort;
    const int column = sortColumn();
    if (column >= 1 && column <= int(std::size(kSortFields))) {
        sort.field = kSortFields[column - 1];
        sort.descending = sortOrder() == Qt::DescendingOrder;
    }
    return sort;
}

QString LotTableModel::orderBy() const
{
    return lotOrderBy(currentSort());
}

bool LotTableModel::refresh()
{
    const SqlClause where = lotWhere(m_filter);
    setConditions(where.sql, where.values);
    return select();
}

qint64 LotTableModel::totalCount() const
{
    // Counted on the lot table itself: the view's joins would be paid per row.
    const Result<qint64> n = LotStore(m_db).count(m_filter);
    return n ? n.value() : -1;
}

QVariant LotTableModel::displayValue(const ColumnSpec &column, const QVariant &raw) const
{
    if (column.field == QLatin1String("status"))
        return lotStatusName(lotStatusFromKey(raw.toString()));
    if (column.field == QLatin1String("expires_on") && raw.isNull())
        return tr("—");
    if (column.kind == ColumnSpec::Money)
        return formatMoney(raw.toLongLong(), QLocale());
    return BoundTableModel::displayValue(column, raw);
}

QVariant LotTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int expiresColumn = columnOf(QStringLiteral("expires_on"));
    const int statusColumn = columnOf(QStringLiteral("status"));
    if (role == Qt::ToolTipRole || role == Qt::BackgroundRole || role == Qt::DecorationRole ||
        role == Qt::ForegroundRole) {
        const bool archived =
            QSqlQueryModel::data(this->index(index.row(), statusColumn)).toString() ==
            QLatin1String("archived");
        if (role == Qt::ForegroundRole)
            return archived ? QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text)
                            : QVariant();
        const QDate expires =
            dateFromIso(QSqlQueryModel::data(this->index(index.row(), expiresColumn)).toString());
        const Expiry expiry = expiryOf(expires, today(), m_windowDays);
        // Archived lots are out of stock use: no alarm colours for them.
        const ExpiryState state = archived ? ExpiryState::Ok : expiry.state;
        switch (role) {
        case Qt::ToolTipRole:
            if (index.column() == expiresColumn)
                return expiryDescription(expiry);
            return {};
        case Qt::BackgroundRole: {
            const QColor c = expiryBackground(state, QGuiApplication::palette());
            return c.isValid() ? QVariant(c) : QVariant();
        }
        case Qt::DecorationRole:
            if (index.column() == expiresColumn) {
                const QIcon icon = expiryIcon(state);
                return icon.isNull() ? QVariant() : QVariant(icon);
            }
            return {};
        }
    }
    if (role == Qt::UserRole && index.column() == expiresColumn) {
        const QDate expires = dateFromIso(QSqlQueryModel::data(index).toString());
        return int(expiryOf(expires, today(), m_windowDays).state);
    }
    return BoundTableModel::data(index, role);
}

} // namespace lotbook
