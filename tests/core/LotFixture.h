// Shared set-up for the lot tests: a fresh database with lot-tracked parts,
// suppliers, warehouses and bins, a valid lot draft to vary one field at a
// time, and helpers to read lot rows and audit events back.
#pragma once

#include "AuditLog.h"
#include "Database.h"
#include "Lot.h"
#include "LotStore.h"
#include "PartStore.h"
#include "SupplierStore.h"
#include "TempDb.h"
#include "WarehouseStore.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <string>
#include <vector>

namespace lotbook::test {

// Row counts a refused change must leave exactly as they were.
struct LotCounts
{
    qint64 lots = 0;
    qint64 events = 0;
    bool operator==(const LotCounts &) const = default;
};

// A fixed past day far enough back that "not in the future" always holds.
inline QDate pastDay()
{
    return QDate(2024, 1, 10);
}

class LotWorld
{
public:
    explicit LotWorld(Database &db);

    Database &db;
    PartStore parts;
    SupplierStore suppliers;
    WarehouseStore warehouses;
    LotStore lots;

    Part part;      // "PN-1", tracks lots
    Part otherPart; // "PN-2", tracks lots
    Part untracked; // "PN-X", does not track lots
    Supplier acme;  // "Acme"
    Supplier bolt;  // "Bolt Supply"
    Warehouse main; // "Main" with bins
    Warehouse cold; // "Cold room" with bin B-1
    Bin mainA1, mainA2, coldB1;

    // A lot on `part` that passes every rule: received pastDay(), expires a
    // year later, 10 units at 1.25, Acme, Main / A-1.
    Lot draft(const QString &number = QStringLiteral("LOT-1")) const;
    // Creates `lot` and requires success.
    Lot create(const Lot &lot);
    Lot createNumbered(const QString &number);

    LotCounts counts() const;
};

qint64 countRows(Database &db, const QString &table);
void execSql(Database &db, const QString &sql);

QList<AuditEvent> allEvents(Database &db);
QList<AuditEvent> lotEvents(Database &db, qint64 lotId);
// The one event the last action wrote: the list grew by exactly one.
AuditEvent onlyNewEvent(Database &db, qsizetype countBefore);
// Lists of names as std::string, which Catch2 prints readably on failure.
using Names = std::vector<std::string>;
Names names(const QStringList &list);
bool contains(const Names &list, const char *name);

Names fieldsOf(const AuditEvent &e);
FieldChange changeOf(const AuditEvent &e, const QString &field);
bool isNull(const QVariant &v);
Names fieldsOf(const FieldErrors &errors);
QString str(const char *utf8);

} // namespace lotbook::test
