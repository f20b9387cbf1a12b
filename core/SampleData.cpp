#include "SampleData.h"

#include "Database.h"
#include "PartStore.h"
#include "SupplierStore.h"
#include "Transaction.h"
#include "WarehouseStore.h"

namespace lotbook::SampleData {

namespace {
template <typename T> bool keep(Status &status, const Result<T> &result)
{
    if (!result)
        status = Status(result.errors());
    return result.ok();
}
} // namespace

Status populate(Database &db)
{
    Transaction tx(db.connection());
    if (!tx.isActive())
        return tx.beginStatus();
    Status status = success();
    SupplierStore suppliers(db);
    WarehouseStore warehouses(db);
    PartStore parts(db);

    const QList<Supplier> supplierList{
        {0, QStringLiteral("Acme Parts Co."), QStringLiteral("Dana Whitfield"),
         QStringLiteral("+1 555 0101"), QStringLiteral("orders@acme-parts.example"),
         QStringLiteral("Net 30. Ships Tuesdays and Fridays."), true},
        {0, QStringLiteral("Coolco"), QStringLiteral("Lee Park"), QStringLiteral("+1 555 0142"),
         QStringLiteral("sales@coolco.example"), QStringLiteral("Refrigerants and sealants."),
         true},
        {0,
         QStringLiteral("Northwind HVAC Supply"),
         QStringLiteral("Sam Ortiz"),
         QStringLiteral("+1 555 0177"),
         QStringLiteral("sam@northwind.example"),
         {},
         true},
    };
    for (const Supplier &s : supplierList)
        if (!keep(status, suppliers.create(s)))
            return status;

    struct Place
    {
        QString name;
        QString notes;
        QStringList bins;
    };
    const QList<Place> places{
        {QStringLiteral("Warehouse A"),
         QStringLiteral("12 Depot Road, dock 1"),
         {QStringLiteral("A-1"), QStringLiteral("A-2"), QStringLiteral("C-12")}},
        {QStringLiteral("Warehouse B"),
         QStringLiteral("12 Depot Road, dock 4 (cold room)"),
         {QStringLiteral("B-1"), QStringLiteral("B-2")}},
        {QStringLiteral("Van 3"),
         QStringLiteral("Service van, plate LB-303"),
         {QStringLiteral("V-1")}},
    };
    for (const Place &p : places) {
        Result<Warehouse> w = warehouses.create({0, p.name, p.notes, true});
        if (!keep(status, w))
            return status;
        for (const QString &code : p.bins)
            if (!keep(status, warehouses.createBin({0, w.value().id, code, {}, true})))
                return status;
    }

    const QList<Part> partList{
        {0, QStringLiteral("CAP-100"), QStringLiteral("Run capacitor 45/5 uF 440 V"),
         QStringLiteral("ea"), 125000, QStringLiteral("Dual run capacitor for condenser units."),
         true, true},
        {0, QStringLiteral("SEAL-7"), QStringLiteral("Duct sealant 10 oz"), QStringLiteral("tube"),
         62000, QStringLiteral("Water-based mastic; shelf life 24 months."), true, true},
        {0,
         QStringLiteral("FLT-20"),
         QStringLiteral("Air filter 20x25x1 MERV 8"),
         QStringLiteral("ea"),
         80000,
         {},
         false,
         true},
        {0, QStringLiteral("REF-410A"), QStringLiteral("Refrigerant R-410A, 25 lb cylinder"),
         QStringLiteral("cyl"), 1895000, QStringLiteral("Store upright, below 52 °C."), true, true},
    };
    for (const Part &p : partList)
        if (!keep(status, parts.create(p)))
            return status;

    return tx.commit();
}

} // namespace lotbook::SampleData
