// Warehouses (name unique, case-insensitive) and their bins (code unique within
// the warehouse). Both are deactivated rather than deleted.
#pragma once

#include "Result.h"
#include "RowStore.h"

namespace lotbook {

struct Warehouse
{
    qint64 id = 0;
    QString name;
    QString notes; // address and notes
    bool active = true;
};

struct Bin
{
    qint64 id = 0;
    qint64 warehouseId = 0;
    QString code;
    QString description;
    bool active = true;
};

class WarehouseStore
{
public:
    explicit WarehouseStore(Database &db);

    FieldErrors validate(const Warehouse &warehouse) const;
    Result<Warehouse> create(const Warehouse &warehouse);
    Result<Warehouse> update(const Warehouse &warehouse);
    Status setActive(qint64 id, bool active);
    Result<Warehouse> get(qint64 id) const;
    Result<Warehouse> findByName(const QString &name) const;
    Result<QList<Warehouse>> list(bool includeInactive = true) const;

    FieldErrors validateBin(const Bin &bin) const;
    Result<Bin> createBin(const Bin &bin);
    Result<Bin> updateBin(const Bin &bin);
    Status setBinActive(qint64 id, bool active);
    Result<Bin> bin(qint64 id) const;
    Result<Bin> findBin(qint64 warehouseId, const QString &code) const;
    Result<QList<Bin>> bins(qint64 warehouseId, bool includeInactive = true) const;

private:
    RowStore m_warehouses;
    RowStore m_bins;
};

} // namespace lotbook
