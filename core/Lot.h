// A lot: one received shipment of a lot-tracked part. Status is Active or
// Archived; archived lots are kept forever and can be restored. `version`
// grows with every write and guards against overwriting someone else's edit.
#pragma once

#include "Money.h"
#include "Result.h"

#include <QDate>
#include <QString>

namespace lotbook {

enum class LotStatus
{
    Active,
    Archived
};
QString lotStatusKey(LotStatus status); // "active" / "archived" as stored
LotStatus lotStatusFromKey(const QString &key);
QString lotStatusName(LotStatus status); // translated "Active" / "Archived"

struct Lot
{
    qint64 id = 0;
    qint64 partId = 0;
    QString lotNumber;
    QDate received;
    QDate expires; // invalid: no expiry
    qint64 quantity = 0;
    MoneyUnits unitCost = 0;
    qint64 supplierId = 0;
    qint64 warehouseId = 0;
    qint64 binId = 0; // 0: no bin
    QString notes;
    LotStatus status = LotStatus::Active;
    QString archivedAt, archivedBy, archiveReason;
    QString createdAt, createdBy, updatedAt, updatedBy;
    qint64 version = 0;
};

// A lot with the names a list shows beside it.
struct LotRow
{
    Lot lot;
    QString partNumber;
    QString partName;
    QString supplierName;
    QString warehouseName;
    QString binCode;
};

// Parses a quantity typed by a person: a whole number greater than 0, with the
// locale's digit grouping allowed ("1,200").
Result<qint64> parseQuantity(const QString &text, const QLocale &locale);
// Parses an ISO date (YYYY-MM-DD) for the command line and files.
Result<QDate> parseIsoDate(const QString &text, const QString &field, const QString &label);

// Human label of a lot field as stored in audit events ("expires_on" -> "Expiration date").
QString lotFieldLabel(const QString &field);

} // namespace lotbook
