#include "WarehouseStore.h"

#include "Text.h"

#include <QCoreApplication>

namespace lotbook {

namespace {
// This file's strings; lupdate files them under the "WarehouseStore" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WarehouseStore)
};

const QStringList kWarehouseFields{QStringLiteral("name"), QStringLiteral("notes"),
                                   QStringLiteral("active")};
const QStringList kBinFields{QStringLiteral("warehouse_id"), QStringLiteral("code"),
                             QStringLiteral("description"), QStringLiteral("active")};

QVariantMap toRow(const Warehouse &w)
{
    return {{QStringLiteral("name"), w.name.trimmed()},
            {QStringLiteral("name_key"), normalizedKey(w.name)},
            {QStringLiteral("notes"), w.notes.trimmed()},
            {QStringLiteral("active"), w.active ? 1 : 0}};
}

Warehouse warehouseFromRow(const QVariantMap &r)
{
    Warehouse w;
    w.id = r.value(QStringLiteral("id")).toLongLong();
    w.name = r.value(QStringLiteral("name")).toString();
    w.notes = r.value(QStringLiteral("notes")).toString();
    w.active = r.value(QStringLiteral("active")).toBool();
    return w;
}

QVariantMap toRow(const Bin &b)
{
    return {{QStringLiteral("warehouse_id"), b.warehouseId},
            {QStringLiteral("code"), b.code.trimmed()},
            {QStringLiteral("code_key"), normalizedKey(b.code)},
            {QStringLiteral("description"), b.description.trimmed()},
            {QStringLiteral("active"), b.active ? 1 : 0}};
}

Bin binFromRow(const QVariantMap &r)
{
    Bin b;
    b.id = r.value(QStringLiteral("id")).toLongLong();
    b.warehouseId = r.value(QStringLiteral("warehouse_id")).toLongLong();
    b.code = r.value(QStringLiteral("code")).toString();
    b.description = r.value(QStringLiteral("description")).toString();
    b.active = r.value(QStringLiteral("active")).toBool();
    return b;
}

} // namespace

WarehouseStore::WarehouseStore(Database &db)
    : m_warehouses(db, QStringLiteral("warehouse"), kWarehouseFields),
      m_bins(db, QStringLiteral("bin"), kBinFields)
{}

FieldErrors WarehouseStore::validate(const Warehouse &warehouse) const
{
    FieldErrors errors;
    const QString name = warehouse.name.trimmed();
    if (name.isEmpty())
        errors.append({QStringLiteral("name"), Text::tr("Warehouse name is required.")});
    else if (Result<bool> taken = m_warehouses.keyTaken(QStringLiteral("name_key"),
                                                        normalizedKey(name), warehouse.id);
             !taken)
        errors += taken.errors();
    else if (taken.value())
        errors.append(
            {QStringLiteral("name"),
             Text::tr("A warehouse named \"%1\" already exists (names are compared ignoring "
                      "case and surrounding spaces).")
                 .arg(name)});
    return errors;
}

Result<Warehouse> WarehouseStore::create(const Warehouse &warehouse)
{
    if (Status s = m_warehouses.writable(); !s)
        return s.errors();
    Warehouse draft = warehouse;
    draft.id = 0;
    if (FieldErrors errors = validate(draft); !errors.isEmpty())
        return errors;
    Result<qint64> id = m_warehouses.insertRow(toRow(draft), draft.name.trimmed());
    if (!id)
        return id.errors();
    return get(id.value());
}

Result<Warehouse> WarehouseStore::update(const Warehouse &warehouse)
{
    if (Status s = m_warehouses.writable(); !s)
        return s.errors();
    if (FieldErrors errors = validate(warehouse); !errors.isEmpty())
        return errors;
    if (Status s = m_warehouses.updateRow(warehouse.id, toRow(warehouse), warehouse.name.trimmed());
        !s)
        return s.errors();
    return get(warehouse.id);
}

Status WarehouseStore::setActive(qint64 id, bool active)
{
    Result<Warehouse> current = get(id);
    if (!current)
        return current.errors();
    return m_warehouses.updateRow(
        id, {{QStringLiteral("active"), active ? 1 : 0}}, current.value().name,
        active ? QStringLiteral("activate") : QStringLiteral("deactivate"));
}

Result<Warehouse> WarehouseStore::get(qint64 id) const
{
    Result<QVariantMap> row = m_warehouses.loadRow(id);
    if (!row)
        return row.errors();
    return warehouseFromRow(row.value());
}

Result<Warehouse> WarehouseStore::findByName(const QString &name) const
{
    Result<QList<Warehouse>> found = mapRows<Warehouse>(
        m_warehouses.selectRows(QStringLiteral("WHERE name_key = ?"), {normalizedKey(name)}),
        warehouseFromRow);
    if (!found)
        return found.errors();
    if (found.value().isEmpty())
        return Result<Warehouse>::failure(
            QStringLiteral("warehouse"),
            Text::tr("There is no warehouse named \"%1\".").arg(name.trimmed()));
    return found.value().first();
}

Result<QList<Warehouse>> WarehouseStore::list(bool includeInactive) const
{
    return mapRows<Warehouse>(
        m_warehouses.selectRows(includeInactive
                                    ? QStringLiteral("ORDER BY name_key")
                                    : QStringLiteral("WHERE active = 1 ORDER BY name_key"),
                                {}),
        warehouseFromRow);
}

FieldErrors WarehouseStore::validateBin(const Bin &bin) const
{
    FieldErrors errors;
    Result<Warehouse> warehouse = get(bin.warehouseId);
    if (bin.warehouseId <= 0 || !warehouse) {
        errors.append(
            {QStringLiteral("warehouse"), Text::tr("Choose the warehouse the bin belongs to.")});
        return errors;
    }
    const QString code = bin.code.trimmed();
    if (code.isEmpty())
        errors.append({QStringLiteral("code"), Text::tr("Bin code is required.")});
    else if (Result<bool> taken =
                 m_bins.keyTaken(QStringLiteral("code_key"), normalizedKey(code), bin.id,
                                 QStringLiteral("warehouse_id"), bin.warehouseId);
             !taken)
        errors += taken.errors();
    else if (taken.value())
        errors.append(
            {QStringLiteral("code"),
             Text::tr("%1 already has a bin with code \"%2\".").arg(warehouse.value().name, code)});
    return errors;
}

namespace {
QString binKey(const WarehouseStore &store, const Bin &bin)
{
    Result<Warehouse> w = store.get(bin.warehouseId);
    return (w ? w.value().name : QString()) + QStringLiteral(" / ") + bin.code.trimmed();
}
} // namespace

Result<Bin> WarehouseStore::createBin(const Bin &bin)
{
    if (Status s = m_bins.writable(); !s)
        return s.errors();
    Bin draft = bin;
    draft.id = 0;
    if (FieldErrors errors = validateBin(draft); !errors.isEmpty())
        return errors;
    Result<qint64> id = m_bins.insertRow(toRow(draft), binKey(*this, draft));
    if (!id)
        return id.errors();
    return this->bin(id.value());
}

Result<Bin> WarehouseStore::updateBin(const Bin &bin)
{
    if (Status s = m_bins.writable(); !s)
        return s.errors();
    Result<Bin> current = this->bin(bin.id);
    if (!current)
        return current.errors();
    if (current.value().warehouseId != bin.warehouseId)
        return Result<Bin>::failure(
            QStringLiteral("warehouse"),
            Text::tr("A bin cannot move to another warehouse; deactivate it and "
                     "create a new bin there."));
    if (FieldErrors errors = validateBin(bin); !errors.isEmpty())
        return errors;
    if (Status s = m_bins.updateRow(bin.id, toRow(bin), binKey(*this, bin)); !s)
        return s.errors();
    return this->bin(bin.id);
}

Status WarehouseStore::setBinActive(qint64 id, bool active)
{
    Result<Bin> current = bin(id);
    if (!current)
        return current.errors();
    return m_bins.updateRow(id, {{QStringLiteral("active"), active ? 1 : 0}},
                            binKey(*this, current.value()),
                            active ? QStringLiteral("activate") : QStringLiteral("deactivate"));
}

Result<Bin> WarehouseStore::bin(qint64 id) const
{
    Result<QVariantMap> row = m_bins.loadRow(id);
    if (!row)
        return row.errors();
    return binFromRow(row.value());
}

Result<Bin> WarehouseStore::findBin(qint64 warehouseId, const QString &code) const
{
    Result<QList<Bin>> found =
        mapRows<Bin>(m_bins.selectRows(QStringLiteral("WHERE warehouse_id = ? AND code_key = ?"),
                                       {warehouseId, normalizedKey(code)}),
                     binFromRow);
    if (!found)
        return found.errors();
    if (found.value().isEmpty()) {
        Result<Warehouse> w = get(warehouseId);
        return Result<Bin>::failure(
            QStringLiteral("bin"),
            Text::tr("%1 has no bin with code \"%2\".")
                .arg(w ? w.value().name : Text::tr("The warehouse"), code.trimmed()));
    }
    return found.value().first();
}

Result<QList<Bin>> WarehouseStore::bins(qint64 warehouseId, bool includeInactive) const
{
    return mapRows<Bin>(
        m_bins.selectRows(
            includeInactive
                ? QStringLiteral("WHERE warehouse_id = ? ORDER BY code_key")
                : QStringLiteral("WHERE warehouse_id = ? AND active = 1 ORDER BY code_key"),
            {warehouseId}),
        binFromRow);
}

} // namespace lotbook
