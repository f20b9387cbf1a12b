#include "LotStore.h"

#include "AuditLog.h"
#include "Database.h"
#include "SqlError.h"
#include "Text.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>

namespace lotbook {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LotStore", text);
}

const QStringList kAuditFields{
    QStringLiteral("lot_number"), QStringLiteral("received_on"),   QStringLiteral("expires_on"),
    QStringLiteral("quantity"),   QStringLiteral("unit_cost"),     QStringLiteral("supplier"),
    QStringLiteral("warehouse"),  QStringLiteral("bin"),           QStringLiteral("notes"),
    QStringLiteral("status"),     QStringLiteral("archive_reason")};

const QString kSelectRow = QStringLiteral(
    "SELECT id, part_id, lot_number, received_on, expires_on, quantity, unit_cost, supplier_id, "
    "warehouse_id, bin_id, notes, status, archived_at, archived_by, archive_reason, created_at, "
    "created_by, updated_at, updated_by, version, part_number, part_name, supplier_name, "
    "warehouse_name, bin_code FROM lot_list");

LotRow rowFrom(const QSqlQuery &q)
{
    LotRow r;
    Lot &l = r.lot;
    int i = 0;
    l.id = q.value(i++).toLongLong();
    l.partId = q.value(i++).toLongLong();
    l.lotNumber = q.value(i++).toString();
    l.received = dateFromIso(q.value(i++).toString());
    l.expires = dateFromIso(q.value(i++).toString());
    l.quantity = q.value(i++).toLongLong();
    l.unitCost = q.value(i++).toLongLong();
    l.supplierId = q.value(i++).toLongLong();
    l.warehouseId = q.value(i++).toLongLong();
    l.binId = q.value(i++).toLongLong();
    l.notes = q.value(i++).toString();
    l.status = lotStatusFromKey(q.value(i++).toString());
    l.archivedAt = q.value(i++).toString();
    l.archivedBy = q.value(i++).toString();
    l.archiveReason = q.value(i++).toString();
    l.createdAt = q.value(i++).toString();
    l.createdBy = q.value(i++).toString();
    l.updatedAt = q.value(i++).toString();
    l.updatedBy = q.value(i++).toString();
    l.version = q.value(i++).toLongLong();
    r.partNumber = q.value(i++).toString();
    r.partName = q.value(i++).toString();
    r.supplierName = q.value(i++).toString();
    r.warehouseName = q.value(i++).toString();
    r.binCode = q.value(i++).toString();
    return r;
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(dateToIso(d)) : QVariant();
}
QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}
QVariant textOrNull(const QString &t)
{
    return t.isEmpty() ? QVariant() : QVariant(t);
}

// A stored UTC timestamp as local date and time for messages.
QString localTime(const QString &utcIso)
{
    QDateTime t = QDateTime::fromString(utcIso, Qt::ISODateWithMs);
    if (!t.isValid())
        return utcIso;
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

// One scalar from a bound query, or an invalid QVariant.
QVariant scalar(const Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!exec(q, sql, values, "reading a record") || !q.next())
        return {};
    return q.value(0);
}
} // namespace

LotStore::LotStore(Database &db) : m_db(db) {}

Status LotStore::writable() const
{
    if (m_db.isReadOnly())
        return Status::failure({}, tr("This database is open read-only; changes cannot be saved."));
    return success();
}

FieldErrors LotStore::validate(const Lot &lot, const QDate &today) const
{
    FieldErrors errors;
    auto add = [&errors](const char *field, const QString &message) {
        errors.append({QString::fromLatin1(field), message});
    };

    // The part must exist and track lots.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString partNumber;
    if (exec(q, QStringLiteral("SELECT part_number, track_lots, active FROM part WHERE id = ?"),
             {lot.partId}, "reading the part") &&
        q.next()) {
        partNumber = q.value(0).toString();
        // New lots need a lot-tracked, active part; existing lots stay editable.
        if (lot.id == 0 && !q.value(2).toBool())
            add("part", tr("Part %1 is deactivated; reactivate it before receiving new lots.")
                            .arg(partNumber));
        else if (lot.id == 0 && !q.value(1).toBool())
            add("part", tr("Part %1 does not track lots; turn on lot tracking for it first.")
                            .arg(partNumber));
    } else {
        add("part", tr("Choose the part this lot belongs to."));
    }
    q.finish();

    const QString number = lot.lotNumber.trimmed();
    if (number.isEmpty()) {
        add("lot_number", tr("Lot number is required."));
    } else if (number.size() > 64) {
        add("lot_number", tr("Lot number can be at most 64 characters."));
    } else if (!partNumber.isEmpty()) {
        const QVariant other = scalar(
            m_db,
            QStringLiteral("SELECT id FROM lot WHERE part_id = ? AND lot_key = ? AND id <> ?"),
            {lot.partId, normalizedKey(number), lot.id});
        if (other.isValid())
            add("lot_number",
                tr("Part %1 already has a lot numbered \"%2\" (lot numbers are compared ignoring "
                   "case and surrounding spaces).")
                    .arg(partNumber, number));
    }

    if (!lot.received.isValid())
        add("received_on", tr("Received date is required."));
    else if (lot.received > today)
        add("received_on", tr("Received date %1 is in the future; a lot can only be recorded once "
                              "it has arrived.")
                               .arg(QLocale().toString(lot.received, QLocale::ShortFormat)));
    if (lot.expires.isValid() && lot.received.isValid() && lot.expires < lot.received)
        add("expires_on", tr("Expiration date is before the received date."));
    if (lot.quantity <= 0)
        add("quantity", tr("Quantity received must be a whole number greater than 0."));
    if (lot.unitCost < 0)
        add("unit_cost", tr("Cost per unit cannot be negative."));

    // Entries that are already on the lot may since have been deactivated:
    // only a newly chosen supplier, warehouse or bin must be active.
    Lot stored;
    if (lot.id) {
        if (Result<Lot> current = get(lot.id))
            stored = current.value();
    }
    const QVariant supplierActive =
        scalar(m_db, QStringLiteral("SELECT active FROM supplier WHERE id = ?"), {lot.supplierId});
    if (!lot.supplierId || !supplierActive.isValid())
        add("supplier", tr("Supplier is required: choose one from the list."));
    else if (!supplierActive.toBool() && lot.supplierId != stored.supplierId)
        add("supplier", tr("That supplier is deactivated; choose an active supplier."));

    const QVariant warehouseActive = scalar(
        m_db, QStringLiteral("SELECT active FROM warehouse WHERE id = ?"), {lot.warehouseId});
    if (!lot.warehouseId || !warehouseActive.isValid())
        add("warehouse", tr("Location is required: choose a warehouse from the list."));
    else if (!warehouseActive.toBool() && lot.warehouseId != stored.warehouseId)
        add("warehouse", tr("That warehouse is deactivated; choose an active one."));

    if (lot.binId) {
        QSqlQuery b(m_db.connection());
        b.setForwardOnly(true);
        if (!exec(b, QStringLiteral("SELECT warehouse_id, active, code FROM bin WHERE id = ?"),
                  {lot.binId}, "reading the bin") ||
            !b.next())
            add("bin", tr("That bin does not exist; choose one from the list."));
        else if (b.value(0).toLongLong() != lot.warehouseId)
            add("bin", tr("Bin %1 belongs to another warehouse; choose a bin of the lot's "
                          "warehouse, or none.")
                           .arg(b.value(2).toString()));
        else if (!b.value(1).toBool() && lot.binId != stored.binId)
            add("bin",
                tr("Bin %1 is deactivated; choose an active bin.").arg(b.value(2).toString()));
    }
    return errors;
}

QVariantMap LotStore::auditView(const Lot &lot) const
{
    auto name = [this](const char *sql, qint64 id) {
        return id ? scalar(m_db, QString::fromLatin1(sql), {id}) : QVariant();
    };
    return {{QStringLiteral("lot_number"), lot.lotNumber.trimmed()},
            {QStringLiteral("received_on"), dateOrNull(lot.received)},
            {QStringLiteral("expires_on"), dateOrNull(lot.expires)},
            {QStringLiteral("quantity"), lot.quantity},
            {QStringLiteral("unit_cost"), formatMoneyPlain(lot.unitCost)},
            {QStringLiteral("supplier"),
             name("SELECT name FROM supplier WHERE id = ?", lot.supplierId)},
            {QStringLiteral("warehouse"),
             name("SELECT name FROM warehouse WHERE id = ?", lot.warehouseId)},
            {QStringLiteral("bin"), name("SELECT code FROM bin WHERE id = ?", lot.binId)},
            {QStringLiteral("notes"), lot.notes.trimmed()},
            {QStringLiteral("status"), lotStatusKey(lot.status)},
            {QStringLiteral("archive_reason"), textOrNull(lot.archiveReason.trimmed())}};
}

QString LotStore::humanKey(const Lot &lot) const
{
    const QVariant part =
        scalar(m_db, QStringLiteral("SELECT part_number FROM part WHERE id = ?"), {lot.partId});
    return part.toString() + QLatin1Char('/') + lot.lotNumber.trimmed();
}

Result<Lot> LotStore::create(const Lot &lot)
{
    if (Status s = writable(); !s)
        return s.errors();
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return tx.beginStatus().errors();
    Lot draft = lot;
    draft.id = 0;
    draft.status = LotStatus::Active;
    draft.archiveReason.clear();
    if (FieldErrors errors = validate(draft); !errors.isEmpty())
        return errors;

    const QString now = utcNowIso();
    QSqlQuery q(m_db.connection());
    if (Status s =
            exec(q,
                 QStringLiteral(
                     "INSERT INTO lot (part_id, lot_number, lot_key, received_on, expires_on, "
                     "quantity, unit_cost, supplier_id, warehouse_id, bin_id, notes, status, "
                     "created_at, created_by, updated_at, updated_by, version) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, 1)"),
                 {draft.partId, draft.lotNumber.trimmed(), normalizedKey(draft.lotNumber),
                  dateToIso(draft.received), dateOrNull(draft.expires), draft.quantity,
                  draft.unitCost, draft.supplierId, draft.warehouseId, idOrNull(draft.binId),
                  draft.notes.trimmed(), now, m_db.userName(), now, m_db.userName()},
                 "saving the new lot");
        !s)
        return s.errors();
    draft.id = q.lastInsertId().toLongLong();
    if (Status s =
            AuditLog::record(m_db, QStringLiteral("create"), QStringLiteral("lot"), draft.id,
                             humanKey(draft), AuditLog::diff({}, auditView(draft), kAuditFields));
        !s)
        return s.errors();
    if (Status s = tx.commit(); !s)
        return s.errors();
    return get(draft.id);
}

Status LotStore::checkVersion(const Lot &current, qint64 version) const
{
    if (current.version != version)
        return Status::failure(
            {}, tr("Lot %1 was changed by %2 at %3 after you opened it. Nothing was saved: "
                   "reopen the lot to see the current values.")
                    .arg(current.lotNumber, current.updatedBy, localTime(current.updatedAt)));
    return success();
}

Result<Lot> LotStore::writeChange(const Lot &before, const Lot &after, const QString &action)
{
    const QList<FieldChange> changes =
        AuditLog::diff(auditView(before), auditView(after), kAuditFields);
    if (changes.isEmpty())
        return before;
    const QString now = utcNowIso();
    const bool archived = after.status == LotStatus::Archived;
    QSqlQuery q(m_db.connection());
    if (Status s = exec(
            q,
            QStringLiteral("UPDATE lot SET lot_number = ?, lot_key = ?, received_on = ?, "
                           "expires_on = ?, quantity = ?, unit_cost = ?, supplier_id = ?, "
                           "warehouse_id = ?, bin_id = ?, notes = ?, status = ?, archived_at = ?, "
                           "archived_by = ?, archive_reason = ?, updated_at = ?, updated_by = ?, "
                           "version = version + 1 WHERE id = ? AND version = ?"),
            {after.lotNumber.trimmed(), normalizedKey(after.lotNumber), dateToIso(after.received),
             dateOrNull(after.expires), after.quantity, after.unitCost, after.supplierId,
             after.warehouseId, idOrNull(after.binId), after.notes.trimmed(),
             lotStatusKey(after.status), archived ? QVariant(after.archivedAt) : QVariant(),
             archived ? QVariant(after.archivedBy) : QVariant(),
             archived ? textOrNull(after.archiveReason.trimmed()) : QVariant(), now,
             m_db.userName(), before.id, before.version},
            "saving the lot");
        !s)
        return s.errors();
    if (q.numRowsAffected() != 1) {
        // Someone else wrote between our read and this write.
        Result<Lot> current = get(before.id);
        return current ? checkVersion(current.value(), before.version).errors() : current.errors();
    }
    if (Status s = AuditLog::record(m_db, action, QStringLiteral("lot"), before.id, humanKey(after),
                                    changes);
        !s)
        return s.errors();
    return get(before.id);
}

Result<Lot> LotStore::update(const Lot &lot)
{
    if (Status s = writable(); !s)
        return s.errors();
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return tx.beginStatus().errors();
    Result<Lot> current = get(lot.id);
    if (!current)
        return current.errors();
    if (Status s = checkVersion(current.value(), lot.version); !s)
        return s.errors();
    if (current.value().status == LotStatus::Archived)
        return Result<Lot>::failure(
            {},
            tr("Lot %1 is archived; restore it before editing.").arg(current.value().lotNumber));
    if (lot.partId != current.value().partId)
        return Result<Lot>::failure(QStringLiteral("part"),
                                    tr("A lot cannot move to another part."));
    Lot after = current.value();
    after.lotNumber = lot.lotNumber;
    after.received = lot.received;
    after.expires = lot.expires;
    after.quantity = lot.quantity;
    after.unitCost = lot.unitCost;
    after.supplierId = lot.supplierId;
    after.warehouseId = lot.warehouseId;
    after.binId = lot.binId;
    after.notes = lot.notes;
    if (FieldErrors errors = validate(after); !errors.isEmpty())
        return errors;
    Result<Lot> saved = writeChange(current.value(), after, QStringLiteral("update"));
    if (!saved)
        return saved;
    if (Status s = tx.commit(); !s)
        return s.errors();
    return saved;
}

Result<Lot> LotStore::archive(qint64 id, qint64 version, const QString &reason)
{
    if (Status s = writable(); !s)
        return s.errors();
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return tx.beginStatus().errors();
    Result<Lot> current = get(id);
    if (!current)
        return current.errors();
    if (Status s = checkVersion(current.value(), version); !s)
        return s.errors();
    if (current.value().status == LotStatus::Archived)
        return Result<Lot>::failure(
            {}, tr("Lot %1 is already archived.").arg(current.value().lotNumber));
    Lot after = current.value();
    after.status = LotStatus::Archived;
    after.archivedAt = utcNowIso();
    after.archivedBy = m_db.userName();
    after.archiveReason = reason.trimmed();
    Result<Lot> saved = writeChange(current.value(), after, QStringLiteral("archive"));
    if (!saved)
        return saved;
    if (Status s = tx.commit(); !s)
        return s.errors();
    return saved;
}

Result<Lot> LotStore::restore(qint64 id, qint64 version)
{
    if (Status s = writable(); !s)
        return s.errors();
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return tx.beginStatus().errors();
    Result<Lot> current = get(id);
    if (!current)
        return current.errors();
    if (Status s = checkVersion(current.value(), version); !s)
        return s.errors();
    if (current.value().status == LotStatus::Active)
        return Result<Lot>::failure({},
                                    tr("Lot %1 is not archived.").arg(current.value().lotNumber));
    Lot after = current.value();
    after.status = LotStatus::Active;
    after.archivedAt.clear();
    after.archivedBy.clear();
    after.archiveReason.clear();
    Result<Lot> saved = writeChange(current.value(), after, QStringLiteral("restore"));
    if (!saved)
        return saved;
    if (Status s = tx.commit(); !s)
        return s.errors();
    return saved;
}

Result<LotRow> LotStore::row(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = exec(q, kSelectRow + QStringLiteral(" WHERE id = ?"), {id}, "reading the lot");
        !s)
        return s.errors();
    if (!q.next())
        return Result<LotRow>::failure({}, tr("The lot no longer exists."));
    return rowFrom(q);
}

Result<Lot> LotStore::get(qint64 id) const
{
    Result<LotRow> r = row(id);
    if (!r)
        return r.errors();
    return r.value().lot;
}

Result<Lot> LotStore::find(qint64 partId, const QString &lotNumber) const
{
    const QVariant id =
        scalar(m_db, QStringLiteral("SELECT id FROM lot WHERE part_id = ? AND lot_key = ?"),
               {partId, normalizedKey(lotNumber)});
    if (!id.isValid())
        return Result<Lot>::failure(
            QStringLiteral("lot_number"),
            tr("There is no lot \"%1\" for this part.").arg(lotNumber.trimmed()));
    return get(id.toLongLong());
}

Result<QList<LotRow>> LotStore::list(const LotFilter &filter, const LotSort &sort, int limit) const
{
    const SqlClause where = lotWhere(filter);
    QString sql = kSelectRow;
    if (!where.sql.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.sql;
    sql += QStringLiteral(" ORDER BY ") + lotOrderBy(sort);
    QVariantList values = where.values;
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = exec(q, sql, values, "listing lots"); !s)
        return s.errors();
    QList<LotRow> rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

Result<qint64> LotStore::count(const LotFilter &filter) const
{
    const SqlClause where = lotWhere(filter);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM lot");
    if (!where.sql.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.sql;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = exec(q, sql, where.values, "counting lots"); !s)
        return s.errors();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace lotbook
