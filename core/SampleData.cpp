#include "SampleData.h"

#include "Database.h"
#include "LotStore.h"
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

    // Lots relative to today, so the sample always shows expired, soon
    // expiring, long-dated, no-expiry and archived lots.
    const QDate today = QDate::currentDate();
    auto id = [](const auto &result) { return result ? result.value().id : qint64(0); };
    const qint64 acme = id(suppliers.findByName(QStringLiteral("Acme Parts Co.")));
    const qint64 coolco = id(suppliers.findByName(QStringLiteral("Coolco")));
    const qint64 northwind = id(suppliers.findByName(QStringLiteral("Northwind HVAC Supply")));
    const qint64 whA = id(warehouses.findByName(QStringLiteral("Warehouse A")));
    const qint64 whB = id(warehouses.findByName(QStringLiteral("Warehouse B")));
    const qint64 van = id(warehouses.findByName(QStringLiteral("Van 3")));
    auto bin = [&](qint64 warehouse, const char *code) {
        return id(warehouses.findBin(warehouse, QString::fromLatin1(code)));
    };
    struct SampleLot
    {
        const char *part;
        const char *number;
        int receivedDaysAgo;
        int expiresInDays; // 0: no expiry
        qint64 quantity;
        MoneyUnits cost;
        qint64 supplier;
        qint64 warehouse;
        qint64 bin;
        const char *notes;
        bool archived;
    };
    const QList<SampleLot> lots{
        {"CAP-100", "ACME-0101", 300, -8, 50, 39000, acme, whB, bin(whB, "B-1"), "", false},
        {"CAP-100", "ACME-0303", 200, 7, 50, 41000, acme, whA, bin(whA, "C-12"), "", false},
        {"CAP-100", "COOL-0304", 190, 400, 20, 45000, coolco, whA, 0, "", false},
        {"CAP-100", "FREE-0410", 150, 0, 2, 0, acme, van, bin(van, "V-1"),
         "Free replacements for the March recall.", false},
        {"CAP-100", "NW-2211", 600, -200, 40, 37500, northwind, whA, bin(whA, "A-1"), "", true},
        {"SEAL-7", "CC-5521", 120, 25, 48, 58000, coolco, whA, bin(whA, "A-2"),
         "Keep above freezing.", false},
        {"SEAL-7", "CC-4410", 400, -30, 24, 55000, coolco, whA, bin(whA, "A-2"), "", false},
        {"REF-410A", "NW-R410-88", 60, 0, 6, 1795000, northwind, whB, bin(whB, "B-2"),
         "Store upright.", false},
    };
    LotStore lotStore(db);
    for (const SampleLot &s : lots) {
        Result<Part> part = parts.findByNumber(QString::fromLatin1(s.part));
        if (!keep(status, part))
            return status;
        Lot lot;
        lot.partId = part.value().id;
        lot.lotNumber = QString::fromLatin1(s.number);
        lot.received = today.addDays(-s.receivedDaysAgo);
        if (s.expiresInDays)
            lot.expires = today.addDays(s.expiresInDays);
        lot.quantity = s.quantity;
        lot.unitCost = s.cost;
        lot.supplierId = s.supplier;
        lot.warehouseId = s.warehouse;
        lot.binId = s.bin;
        lot.notes = QString::fromUtf8(s.notes);
        Result<Lot> created = lotStore.create(lot);
        if (!keep(status, created))
            return status;
        if (s.archived &&
            !keep(status, lotStore.archive(created.value().id, created.value().version,
                                           QStringLiteral("Used up; bin emptied at stock count."))))
            return status;
    }
    return tx.commit();
}

} // namespace lotbook::SampleData
