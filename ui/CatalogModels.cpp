#include "CatalogModels.h"

#include "Text.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSqlQuery>

namespace lotbook {

namespace {
QString tableFor(CatalogModel::Kind kind)
{
    switch (kind) {
    case CatalogModel::Kind::Parts:
        return QStringLiteral("part_list");
    case CatalogModel::Kind::Suppliers:
        return QStringLiteral("supplier");
    case CatalogModel::Kind::Warehouses:
        return QStringLiteral("warehouse");
    case CatalogModel::Kind::Bins:
        return QStringLiteral("bin_list");
    }
    return {};
}

QList<ColumnSpec> columnsFor(CatalogModel::Kind kind)
{
    using C = ColumnSpec;
    switch (kind) {
    case CatalogModel::Kind::Parts:
        return {{QStringLiteral("part_number"), CatalogModel::tr("Part #"), C::Text},
                {QStringLiteral("name"), CatalogModel::tr("Name"), C::Text},
                {QStringLiteral("unit"), CatalogModel::tr("Unit"), C::Text},
                {QStringLiteral("price"), CatalogModel::tr("Price"), C::Money},
                {QStringLiteral("track_lots"), CatalogModel::tr("Lots"), C::YesNo},
                {QStringLiteral("active_lots"), CatalogModel::tr("Active lots"), C::Integer},
                {QStringLiteral("active"), CatalogModel::tr("Status"), C::Active}};
    case CatalogModel::Kind::Suppliers:
        return {{QStringLiteral("name"), CatalogModel::tr("Name"), C::Text},
                {QStringLiteral("contact"), CatalogModel::tr("Contact"), C::Text},
                {QStringLiteral("phone"), CatalogModel::tr("Phone"), C::Text},
                {QStringLiteral("email"), CatalogModel::tr("Email"), C::Text},
                {QStringLiteral("active"), CatalogModel::tr("Status"), C::Active}};
    case CatalogModel::Kind::Warehouses:
        return {{QStringLiteral("name"), CatalogModel::tr("Warehouse"), C::Text},
                {QStringLiteral("notes"), CatalogModel::tr("Address / notes"), C::Text},
                {QStringLiteral("active"), CatalogModel::tr("Status"), C::Active}};
    case CatalogModel::Kind::Bins:
        return {{QStringLiteral("code"), CatalogModel::tr("Bin"), C::Text},
                {QStringLiteral("description"), CatalogModel::tr("Description"), C::Text},
                {QStringLiteral("active"), CatalogModel::tr("Status"), C::Active}};
    }
    return {};
}

// Normalised key columns the search looks into (substring, Unicode-aware).
QStringList searchKeys(CatalogModel::Kind kind)
{
    switch (kind) {
    case CatalogModel::Kind::Parts:
        return {QStringLiteral("part_key"), QStringLiteral("name_key")};
    case CatalogModel::Kind::Bins:
        return {QStringLiteral("code_key")};
    default:
        return {QStringLiteral("name_key")};
    }
}

QString defaultOrder(CatalogModel::Kind kind)
{
    switch (kind) {
    case CatalogModel::Kind::Parts:
        return QStringLiteral("part_key");
    case CatalogModel::Kind::Bins:
        return QStringLiteral("code_key");
    default:
        return QStringLiteral("name_key");
    }
}
} // namespace

CatalogModel::CatalogModel(Kind kind, QSqlDatabase db, QObject *parent)
    : BoundTableModel(tableFor(kind), columnsFor(kind), db, parent), m_kind(kind)
{
    setDefaultOrder(defaultOrder(kind));
}

bool CatalogModel::refresh()
{
    QStringList where;
    QVariantList values;
    if (!m_showInactive)
        where << QStringLiteral("active = 1");
    if (m_kind == Kind::Bins) {
        where << QStringLiteral("warehouse_id = ?");
        values << m_warehouseId;
    }
    const QString key = normalizedKey(m_search);
    if (!key.isEmpty()) {
        // instr() has no wildcards: the user's text is matched literally.
        QStringList any;
        for (const QString &column : searchKeys(m_kind)) {
            any << QStringLiteral("instr(%1, ?) > 0").arg(column);
            values << key;
        }
        where << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    setConditions(where.join(QLatin1String(" AND ")), values);
    return select();
}

qint64 CatalogModel::hiddenInactiveCount() const
{
    if (m_showInactive)
        return 0;
    QSqlQuery q(database());
    QString sql = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE active = 0").arg(tableFor(m_kind));
    if (m_kind == Kind::Bins)
        sql += QStringLiteral(" AND warehouse_id = ?");
    if (!q.prepare(sql))
        return 0;
    if (m_kind == Kind::Bins)
        q.addBindValue(m_warehouseId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ForegroundRole && index.isValid()) {
        const int activeColumn = columnOf(QStringLiteral("active"));
        if (activeColumn >= 0 &&
            !QSqlQueryModel::data(this->index(index.row(), activeColumn)).toBool())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    }
    return BoundTableModel::data(index, role);
}

} // namespace lotbook
