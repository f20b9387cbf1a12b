// The list models of the catalog pages (parts, suppliers, warehouses, bins):
// a BoundTableModel with a type-as-you-go search over normalised keys, an
// inactive filter and, for bins, the chosen warehouse.
#pragma once

#include "BoundTableModel.h"

namespace lotbook {

class CatalogModel : public BoundTableModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Parts,
        Suppliers,
        Warehouses,
        Bins
    };
    CatalogModel(Kind kind, QSqlDatabase db, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setSearch(const QString &text) { m_search = text; }
    QString search() const { return m_search; }
    void setShowInactive(bool show) { m_showInactive = show; }
    void setWarehouseId(qint64 id) { m_warehouseId = id; } // bins only
    // Rebuilds the conditions from the settings above and selects.
    bool refresh();
    // Inactive entries hidden by the current settings (0 when they are shown).
    qint64 hiddenInactiveCount() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Kind m_kind;
    QString m_search;
    bool m_showInactive = false;
    qint64 m_warehouseId = 0;
};

} // namespace lotbook
