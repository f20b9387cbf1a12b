#include "LotStore.h"

#include "AuditLog.h"
#include "Database.h"
#include "SqlError.h"
#include "Text.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace lotbook {

namespace {
// This file's strings; lupdate files them under the "LotStore" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LotStore)
};

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

// One scalar from a bound query, or an invalid QVariant.
QVariant scalar(const Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!exec(q, sql, values, QT_TRANSLATE_NOOP("SqlError", "reading a record")) || !q.next())
        return {};
    return q.value(0);
}

// The lookups validate() and the audit view run: prepared afresh for one
// change, or prepared once and kept, for a LotBulkCreator. A bulk creator
// also remembers the rows of the catalog (parts, suppliers, warehouses, bins):
// inside its transaction nobody else writes, and it only adds to them.
class Lookups
{
public:
    enum Kind
    {
        Changing, // rows of lots: asked every time
        Catalog,  // rows of the catalog: a bulk creator remembers them
    };
    Lookups(const Database &db, bool keep) : m_db(db), m_keep(keep) {}

    // The first row of `sql` with `values` bound; empty when there is none or
    // the query failed.
    QVariantList row(const QString &sql, const QVariantList &values, Kind kind = Changing)
    {
        if (m_keep && kind == Catalog) {
            QString key = sql;
            for (const QVariant &v : values)
                key += QLatin1Char('\x1f') + v.toString();
            auto it = m_remembered.constFind(key);
            if (it == m_remembered.constEnd()) {
                if (m_remembered.size() >= 10000) // bounded, whatever the file
                    m_remembered.clear();
                it = m_remembered.insert(key, row(sql, values, Changing));
            }
            return it.value();
        }
        QSqlQuery fresh(m_db.connection());
        QSqlQuery *q = &fresh;
        if (m_keep) {
            auto it = m_kept.find(sql);
            if (it == m_kept.end()) {
                QSqlQuery prepared(m_db.connection());
                prepared.setForwardOnly(true);
                if (!prepared.prepare(sql))
                    return {};
                it = m_kept.insert(sql, prepared);
            }
            q = &it.value();
            bindAll(*q, values);
            if (!q->exec())
                return {};
        } else {
            fresh.setForwardOnly(true);
            if (!exec(fresh, sql, values, QT_TRANSLATE_NOOP("SqlError", "reading a record")))
                return {};
        }
        QVariantList result;
        if (q->next())
            for (int i = 0; i < q->record().count(); ++i)
                result << q->value(i);
        q->finish();
        return result;
    }
    QVariant value(const QString &sql, const QVariantList &values, Kind kind = Changing)
    {
        return row(sql, values, kind).value(0);
    }

    // Binds like exec() does: a null QString as '' (Qt would bind NULL).
    static void bindAll(QSqlQuery &q, const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, boundValue(values.at(i)));
    }

private:
    const Database &m_db;
    bool m_keep;
    QHash<QString, QSqlQuery> m_kept;
    QHash<QString, QVariantList> m_remembered;
};

const QString kInsertLotInto = QStringLiteral(
    "INSERT INTO lot (part_id, lot_number, lot_key, received_on, expires_on, quantity, "
    "unit_cost, supplier_id, warehouse_id, bin_id, notes, status, created_at, created_by, "
    "updated_at, updated_by, version) VALUES ");
const QString kInsertLotValues =
    QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, 1)");
const QString kInsertLot = kInsertLotInto + kInsertLotValues;

// `rows` lots in one statement, each new id returned with the lot's key: one
// statement per batch spares SQLite a statement journal and the lot search
// index a flush per lot.
QString insertLotsSql(qsizetype rows)
{
    QString sql = kInsertLotInto;
    for (qsizetype i = 0; i < rows; ++i)
        sql += (i ? QStringLiteral(", ") : QString()) + kInsertLotValues;
    return sql + QStringLiteral(" RETURNING id, part_id, lot_key");
}

QVariantList insertValues(const Lot &draft, const QString &now, const QString &user)
{
    return {draft.partId,
            draft.lotNumber.trimmed(),
            normalizedKey(draft.lotNumber),
            dateToIso(draft.received),
            dateOrNull(draft.expires),
            draft.quantity,
            draft.unitCost,
            draft.supplierId,
            draft.warehouseId,
            idOrNull(draft.binId),
            draft.notes.trimmed(),
            now,
            user,
            now,
            user};
}
} // namespace

LotStore::LotStore(Database &db) : m_db(db) {}

Status LotStore::writable() const
{
    if (m_db.isReadOnly())
        return Status::failure(
            {}, Text::tr("This database is open read-only; changes cannot be saved."));
    return success();
}

namespace {
// Every rule a lot must keep, asked through `lookups`: the one place these
// rules live, for validate() and for LotBulkCreator. `stored` is the lot as
// saved (empty for a new one).
FieldErrors checkLot(Lookups &lookups, const Lot &lot, const Lot &stored, const QDate &today)
{
    FieldErrors errors;
    auto add = [&errors](const char *field, const QString &message) {
        errors.append({QString::fromLatin1(field), message});
    };

    // The part must exist and track lots.
    QString partNumber;
    if (const QVariantList part = lookups.row(
            QStringLiteral("SELECT part_number, track_lots, active FROM part WHERE id = ?"),
            {lot.partId}, Lookups::Catalog);
        !part.isEmpty()) {
        partNumber = part.at(0).toString();
        // New lots need a lot-tracked, active part; existing lots stay editable.
        if (lot.id == 0 && !part.at(2).toBool())
            add("part", Text::tr("Part %1 is deactivated; reactivate it before receiving new lots.")
                            .arg(partNumber));
        else if (lot.id == 0 && !part.at(1).toBool())
            add("part", Text::tr("Part %1 does not track lots; turn on lot tracking for it first.")
                            .arg(partNumber));
    } else {
        add("part", Text::tr("Choose the part this lot belongs to."));
    }

    const QString number = lot.lotNumber.trimmed();
    if (number.isEmpty()) {
        add("lot_number", Text::tr("Lot number is required."));
    } else if (number.size() > 64) {
        add("lot_number", Text::tr("Lot number can be at most 64 characters."));
    } else if (!partNumber.isEmpty()) {
        const QVariant other = lookups.value(
            QStringLiteral("SELECT id FROM lot WHERE part_id = ? AND lot_key = ? AND id <> ?"),
            {lot.partId, normalizedKey(number), lot.id});
        if (other.isValid())
            add("lot_number",
                Text::tr(
                    "Part %1 already has a lot numbered \"%2\" (lot numbers are compared ignoring "
                    "case and surrounding spaces).")
                    .arg(partNumber, number));
    }

    if (!lot.received.isValid())
        add("received_on", Text::tr("Received date is required."));
    else if (lot.received > today)
        add("received_on",
            Text::tr("Received date %1 is in the future; a lot can only be recorded once "
                     "it has arrived.")
                .arg(formatDate(lot.received)));
    if (lot.expires.isValid() && lot.received.isValid() && lot.expires < lot.received)
        add("expires_on", Text::tr("Expiration date is before the received date."));
    if (lot.quantity <= 0)
        add("quantity", Text::tr("Quantity received must be a whole number greater than 0."));
    if (lot.unitCost < 0)
        add("unit_cost", Text::tr("Cost per unit cannot be negative."));

    // Entries that are already on the lot may since have been deactivated:
    // only a newly chosen supplier, warehouse or bin must be active.
    const QVariant supplierActive =
        lookups.value(QStringLiteral("SELECT active FROM supplier WHERE id = ?"), {lot.supplierId},
                      Lookups::Catalog);
    if (!lot.supplierId || !supplierActive.isValid())
        add("supplier", Text::tr("Supplier is required: choose one from the list."));
    else if (!supplierActive.toBool() && lot.supplierId != stored.supplierId)
        add("supplier", Text::tr("That supplier is deactivated; choose an active supplier."));

    const QVariant warehouseActive =
        lookups.value(QStringLiteral("SELECT active FROM warehouse WHERE id = ?"),
                      {lot.warehouseId}, Lookups::Catalog);
    if (!lot.warehouseId || !warehouseActive.isValid())
        add("warehouse", Text::tr("Location is required: choose a warehouse from the list."));
    else if (!warehouseActive.toBool() && lot.warehouseId != stored.warehouseId)
        add("warehouse", Text::tr("That warehouse is deactivated; choose an active one."));

    if (lot.binId) {
        const QVariantList b =
            lookups.row(QStringLiteral("SELECT warehouse_id, active, code FROM bin WHERE id = ?"),
                        {lot.binId}, Lookups::Catalog);
        if (b.isEmpty())
            add("bin", Text::tr("That bin does not exist; choose one from the list."));
        else if (b.at(0).toLongLong() != lot.warehouseId)
            add("bin", Text::tr("Bin %1 belongs to another warehouse; choose a bin of the lot's "
                                "warehouse, or none.")
                           .arg(b.at(2).toString()));
        else if (!b.at(1).toBool() && lot.binId != stored.binId)
            add("bin",
                Text::tr("Bin %1 is deactivated; choose an active bin.").arg(b.at(2).toString()));
    }
    return errors;
}

// The lot's fields as its audit events show them (names, not ids).
QVariantMap auditViewOf(Lookups &lookups, const Lot &lot)
{
    auto name = [&lookups](const char *sql, qint64 id) {
        return id ? lookups.value(QString::fromLatin1(sql), {id}, Lookups::Catalog) : QVariant();
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

// "PN-1/LOT-7": how audit events name a lot.
QString humanKeyOf(Lookups &lookups, const Lot &lot)
{
    const QVariant part = lookups.value(QStringLiteral("SELECT part_number FROM part WHERE id = ?"),
                                        {lot.partId}, Lookups::Catalog);
    return part.toString() + QLatin1Char('/') + lot.lotNumber.trimmed();
}
} // namespace

FieldErrors LotStore::validate(const Lot &lot, const QDate &today) const
{
    Lot stored;
    if (lot.id) {
        if (Result<Lot> current = get(lot.id))
            stored = current.value();
    }
    Lookups lookups(m_db, false);
    return checkLot(lookups, lot, stored, today);
}

QVariantMap LotStore::auditView(const Lot &lot) const
{
    Lookups lookups(m_db, false);
    return auditViewOf(lookups, lot);
}

QString LotStore::humanKey(const Lot &lot) const
{
    Lookups lookups(m_db, false);
    return humanKeyOf(lookups, lot);
}

Result<Lot> LotStore::create(const Lot &lot)
{
    return create(lot, LotAuditNote{});
}

Result<Lot> LotStore::create(const Lot &lot, const LotAuditNote &note)
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
    if (Status s = exec(q, kInsertLot, insertValues(draft, now, m_db.userName()),
                        QT_TRANSLATE_NOOP("SqlError", "saving the new lot"));
        !s)
        return s.errors();
    draft.id = q.lastInsertId().toLongLong();
    if (Status s = AuditLog::record(
            m_db, note.action, QStringLiteral("lot"), draft.id, humanKey(draft),
            AuditLog::diff({}, auditView(draft), kAuditFields) + note.extraChanges);
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
            {}, Text::tr("Lot %1 was changed by %2 at %3 after you opened it. Nothing was saved: "
                         "reopen the lot to see the current values.")
                    .arg(current.lotNumber, current.updatedBy, formatTimestamp(current.updatedAt)));
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
            QT_TRANSLATE_NOOP("SqlError", "saving the lot"));
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
        return Result<Lot>::failure({}, Text::tr("Lot %1 is archived; restore it before editing.")
                                            .arg(current.value().lotNumber));
    if (lot.partId != current.value().partId)
        return Result<Lot>::failure(QStringLiteral("part"),
                                    Text::tr("A lot cannot move to another part."));
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
            {}, Text::tr("Lot %1 is already archived.").arg(current.value().lotNumber));
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
        return Result<Lot>::failure(
            {}, Text::tr("Lot %1 is not archived.").arg(current.value().lotNumber));
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
    if (Status s = exec(q, kSelectRow + QStringLiteral(" WHERE id = ?"), {id},
                        QT_TRANSLATE_NOOP("SqlError", "reading the lot"));
        !s)
        return s.errors();
    if (!q.next())
        return Result<LotRow>::failure({}, Text::tr("The lot no longer exists."));
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
            Text::tr("There is no lot \"%1\" for this part.").arg(lotNumber.trimmed()));
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
    if (Status s = exec(q, sql, values, QT_TRANSLATE_NOOP("SqlError", "listing lots")); !s)
        return s.errors();
    QList<LotRow> rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

Result<qint64> LotStore::count(const LotFilter &filter) const
{
    const SqlClause where = lotWhere(filter);
    // Every lot: kept by triggers (schema step 6), not counted row by row.
    QString sql = where.sql.isEmpty()
                      ? QStringLiteral("SELECT lots FROM lot_tally")
                      : QStringLiteral("SELECT COUNT(*) FROM lot WHERE ") + where.sql;
    // Implied by any expiry bound; spelled out, it lets the count seek the
    // expiry indexes as a range (the list keeps its index-ordered scan).
    if (filter.expiresFrom.isValid() || filter.expiresTo.isValid())
        sql += QStringLiteral(" AND (expires_on IS NULL) = 0");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = exec(q, sql, where.values, QT_TRANSLATE_NOOP("SqlError", "counting lots")); !s)
        return s.errors();
    return q.next() ? q.value(0).toLongLong() : 0;
}

struct LotBulkCreator::Private
{
    Private(Database &database, LotAuditNote auditNote, const QDate &day)
        : db(database), note(std::move(auditNote)), today(day), lookups(database, true),
          recorder(database), batchInsert(database.connection())
    {}
    static constexpr qsizetype kBatch = 64;
    static QString keyOf(const Lot &lot)
    {
        return QString::number(lot.partId) + QLatin1Char('/') + normalizedKey(lot.lotNumber);
    }

    Database &db;
    LotAuditNote note;
    QDate today;
    Lookups lookups;
    AuditLog::Recorder recorder;
    QSqlQuery batchInsert; // kBatch lots; a shorter last batch gets its own statement
    bool batchPrepared = false;
    QList<Lot> queued;
    QSet<QString> queuedKeys;
    bool failed = false;
};

LotBulkCreator::LotBulkCreator(Database &db, LotAuditNote note, const QDate &today)
    : d(std::make_unique<Private>(db, std::move(note), today))
{}

LotBulkCreator::~LotBulkCreator() = default;

bool LotBulkCreator::writeFailed() const
{
    return d->failed;
}

FieldErrors LotBulkCreator::validate(const Lot &lot)
{
    Lot draft = lot;
    draft.id = 0;
    // A lot number repeated before its twin is written: write the queue, so the
    // rule sees it as saved and says so in its own words.
    if (d->queuedKeys.contains(Private::keyOf(draft))) {
        if (Status s = flush(); !s)
            return s.errors();
    }
    return checkLot(d->lookups, draft, Lot(), d->today);
}

Status LotBulkCreator::create(const Lot &lot)
{
    if (d->db.isReadOnly())
        return Status::failure(
            {}, Text::tr("This database is open read-only; changes cannot be saved."));
    Lot draft = lot;
    draft.id = 0;
    draft.status = LotStatus::Active;
    draft.archiveReason.clear();
    if (FieldErrors errors = validate(draft); !errors.isEmpty())
        return errors;
    d->queued.append(draft);
    d->queuedKeys.insert(Private::keyOf(draft));
    return d->queued.size() >= Private::kBatch ? flush() : success();
}

Status LotBulkCreator::flush()
{
    if (d->queued.isEmpty() || d->failed)
        return d->failed ? Status::failure({}, Text::tr("Saving the lots failed before."))
                         : success();
    auto failure = [this](const QSqlQuery &q, const char *context) {
        d->failed = true;
        return Status(FieldErrors{sqlError(q, context)});
    };
    QSqlQuery shortBatch(d->db.connection());
    QSqlQuery *q = &shortBatch;
    if (d->queued.size() == Private::kBatch) {
        if (!d->batchPrepared && !d->batchInsert.prepare(insertLotsSql(Private::kBatch)))
            return failure(d->batchInsert, "saving the new lots");
        d->batchPrepared = true;
        q = &d->batchInsert;
    } else if (!shortBatch.prepare(insertLotsSql(d->queued.size()))) {
        return failure(shortBatch, "saving the new lots");
    }
    const QString now = utcNowIso();
    QVariantList values;
    values.reserve(d->queued.size() * 15);
    for (const Lot &lot : std::as_const(d->queued))
        values += insertValues(lot, now, d->db.userName());
    Lookups::bindAll(*q, values);
    if (!q->exec())
        return failure(*q, "saving the new lots");
    QHash<QString, qint64> ids;
    while (q->next())
        ids.insert(q->value(1).toString() + QLatin1Char('/') + q->value(2).toString(),
                   q->value(0).toLongLong());
    q->finish();

    // The audit events in the order the lots came.
    QList<AuditLog::Recorder::Draft> events;
    events.reserve(d->queued.size());
    for (Lot &lot : d->queued) {
        lot.id = ids.value(Private::keyOf(lot));
        if (!lot.id) {
            d->failed = true;
            return Status::failure({}, Text::tr("A new lot was not saved: %1.").arg(lot.lotNumber));
        }
        events.append({d->note.action, QStringLiteral("lot"), lot.id, humanKeyOf(d->lookups, lot),
                       AuditLog::diff({}, auditViewOf(d->lookups, lot), kAuditFields) +
                           d->note.extraChanges});
    }
    if (Status s = d->recorder.recordAll(events); !s) {
        d->failed = true;
        return s;
    }
    d->queued.clear();
    d->queuedKeys.clear();
    return success();
}

} // namespace lotbook
