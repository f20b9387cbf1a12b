// How lot lists are filtered and sorted, in one place for the Lots tab, the
// command line and later the Trace page. Produces code-written SQL over the
// lot_list view with every user value bound, never pasted.
#pragma once

#include "Result.h"

#include <QDate>
#include <QString>
#include <QVariantList>

namespace lotbook {

struct LotFilter
{
    enum class Status
    {
        Active,
        Archived,
        All
    };
    qint64 partId = 0; // 0: every part
    QString partText;  // part number or name contains this
    Status status = Status::Active;
    qint64 supplierId = 0;  // 0: every supplier
    QString search;         // lot number contains this (case-insensitive, literal)
    QDate receivedFrom;     // inclusive; invalid: open
    QDate receivedTo;       // inclusive; invalid: open
    QDate expiresFrom;      // inclusive; a lot without expiry never matches a bound
    QDate expiresTo;        // inclusive
    qint64 warehouseId = 0; // 0: every warehouse
    qint64 binId = 0;       // 0: every bin
};

enum class LotSortField
{
    Expires,
    LotNumber,
    Received,
    Quantity,
    UnitCost,
    Supplier,
    Location,
    Status,
    Part,
    PartName
};

struct LotSort
{
    LotSortField field = LotSortField::Expires;
    bool descending = false;
};

struct SqlClause
{
    QString sql; // empty: no condition
    QVariantList values;
};

// Conditions valid on both the lot table and the lot_list view.
SqlClause lotWhere(const LotFilter &filter);
// ORDER BY terms (without the keyword). Expires ascending puts lots without
// expiry last (SQLite sorts NULL first); ties go by expiry, received date, id.
QString lotOrderBy(const LotSort &sort);
// "expires", "received:desc", "lot", "qty", "cost", "supplier", "location", "status".
Result<LotSort> parseLotSort(const QString &text);
Result<LotFilter::Status> parseLotStatusFilter(const QString &text);

} // namespace lotbook
