// Test helpers: catalog drafts with only the fields a test cares about, and
// a row count read straight from the database file.
#pragma once

#include "Database.h"
#include "PartStore.h"
#include "SupplierStore.h"
#include "WarehouseStore.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace lotbook::test {

inline Part makePart(const QString &number, const QString &name = QStringLiteral("Widget"))
{
    Part p;
    p.number = number;
    p.name = name;
    return p;
}

inline Supplier makeSupplier(const QString &name, const QString &contact = {})
{
    Supplier s;
    s.name = name;
    s.contact = contact;
    return s;
}

inline Warehouse makeWarehouse(const QString &name, const QString &notes = {})
{
    Warehouse w;
    w.name = name;
    w.notes = notes;
    return w;
}

inline Bin makeBin(qint64 warehouseId, const QString &code, const QString &description = {})
{
    Bin b;
    b.warehouseId = warehouseId;
    b.code = code;
    b.description = description;
    return b;
}

// Rows in `table` (a name written by the test, never input).
inline qint64 count(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace lotbook::test
