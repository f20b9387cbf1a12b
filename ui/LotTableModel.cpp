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
struct LotColumn
{
    ColumnSpec spec;
    LotSortField sort;
};

QList<LotColumn> lotColumns(LotTableModel::Layout layout)
{
    using C = ColumnSpec;
    using S = LotSortField;
    const LotColumn part{{QStringLiteral("part_number"), LotTableModel::tr("Part #"), C::Text},
                         S::Part};
    const LotColumn partName{{QStringLiteral("part_name"), LotTableModel::tr("Part name"), C::Text},
                             S::PartName};
    const LotColumn lot{{QStringLiteral("lot_number"), LotTableModel::tr("Lot number"), C::Text},
                        S::LotNumber};
    const LotColumn received{
        {QStringLiteral("received_on"), LotTableModel::tr("Received"), C::Date}, S::Received};
    const LotColumn expires{{QStringLiteral("expires_on"), LotTableModel::tr("Expires"), C::Date},
                            S::Expires};
    // Days left are derived from today when shown; the column carries the date.
    const LotColumn daysLeft{{QStringLiteral("days_left"), LotTableModel::tr("Days left"),
                              C::Integer, QStringLiteral("expires_on")},
                             S::Expires};
    const LotColumn qty{{QStringLiteral("quantity"), LotTableModel::tr("Qty received"), C::Integer},
                        S::Quantity};
    const LotColumn cost{{QStringLiteral("unit_cost"), LotTableModel::tr("Cost/unit"), C::Money},
                         S::UnitCost};
    const LotColumn supplier{
        {QStringLiteral("supplier_name"), LotTableModel::tr("Supplier"), C::Text}, S::Supplier};
    const LotColumn location{{QStringLiteral("location"), LotTableModel::tr("Location"), C::Text},
                             S::Location};
    const LotColumn status{{QStringLiteral("status"), LotTableModel::tr("Status"), C::Text},
                           S::Status};
    switch (layout) {
    case LotTableModel::Layout::AllParts:
        return {part, partName, lot, received, expires, qty, cost, supplier, location, status};
    case LotTableModel::Layout::Expiring:
        return {expires, daysLeft, part, partName, lot, qty, supplier, location};
    case LotTableModel::Layout::PartLots:
        break;
    }
    return {lot, received, expires, qty, cost, supplier, location, status};
}

QList<ColumnSpec> specs(const QList<LotColumn> &columns)
{
    QList<ColumnSpec> list;
    for (const LotColumn &c : columns)
        list << c.spec;
    return list;
}

QList<LotSortField> sortFields(const QList<LotColumn> &columns)
{
    QList<LotSortField> list;
    for (const LotColumn &c : columns)
        list << c.sort;
    return list;
}
} // namespace

LotTableModel::LotTableModel(Database &db, Layout layout, QObject *parent)
    : BoundTableModel(QStringLiteral("lot_list"), specs(lotColumns(layout)), db.connection(),
                      parent),
      m_db(db), m_layout(layout), m_sortFields(sortFields(lotColumns(layout)))
{}

LotSort LotTableModel::currentSort() const
{
    LotSort sort;
    const int column = sortColumn();
    if (column >= 1 && column <= m_sortFields.size()) {
        sort.field = m_sortFields.at(column - 1);
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
    if ((column.field == QLatin1String("expires_on") ||
         column.field == QLatin1String("days_left")) &&
        raw.isNull())
        return tr("—");
    if (column.field == QLatin1String("days_left"))
        return QLocale().toString(today().daysTo(dateFromIso(raw.toString())));
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
