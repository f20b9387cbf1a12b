// Lots: create, edit, archive (with an optional reason) and restore, each
// validated and written together with its audit event in one transaction.
// Lots are never deleted. Edits and archiving carry the version they were
// read at; if someone changed the lot since, the call is refused, saying who
// and when, and nothing is overwritten.
#pragma once

#include "AuditLog.h"
#include "Lot.h"
#include "LotQuery.h"

#include <memory>

namespace lotbook {

class Database;

// How a new lot is recorded in the audit trail: "create" by default; an import
// records "import" and names its file in an extra change.
struct LotAuditNote
{
    QString action = QStringLiteral("create");
    QList<FieldChange> extraChanges; // after the lot's own fields
};

class LotStore
{
public:
    explicit LotStore(Database &db);

    // Every broken rule, each naming its field. `today` decides "in the future".
    FieldErrors validate(const Lot &lot, const QDate &today = QDate::currentDate()) const;
    Result<Lot> create(const Lot &lot);
    Result<Lot> create(const Lot &lot, const LotAuditNote &note);
    Result<Lot> update(const Lot &lot); // lot.version: the version it was read at
    Result<Lot> archive(qint64 id, qint64 version, const QString &reason = {});
    Result<Lot> restore(qint64 id, qint64 version);

    Result<Lot> get(qint64 id) const;
    Result<Lot> find(qint64 partId, const QString &lotNumber) const;
    Result<LotRow> row(qint64 id) const;
    Result<QList<LotRow>> list(const LotFilter &filter, const LotSort &sort = {},
                               int limit = -1) const;
    Result<qint64> count(const LotFilter &filter) const;

private:
    Database &m_db;
    Status writable() const;
    // Refuses when the stored lot moved past `version` (or is archived, for edits).
    Status checkVersion(const Lot &current, qint64 version) const;
    Result<Lot> writeChange(const Lot &before, const Lot &after, const QString &action);
    QVariantMap auditView(const Lot &lot) const;
    QString humanKey(const Lot &lot) const;
};

// For imports: creates many lots inside the caller's open transaction. Each
// lot is checked by exactly the rules of LotStore::validate() and written and
// audited as LotStore::create() does, with the note's action and extra
// changes; lots are written in batches, with their statements prepared once,
// and flush() writes the rest. `today` decides "in the future" for the whole
// run. Lives only as long as that transaction, with nothing else writing lots
// meanwhile, and must be gone before the database is closed.
class LotBulkCreator
{
public:
    LotBulkCreator(Database &db, LotAuditNote note, const QDate &today = QDate::currentDate());
    ~LotBulkCreator();
    LotBulkCreator(const LotBulkCreator &) = delete;
    LotBulkCreator &operator=(const LotBulkCreator &) = delete;

    // Every broken rule of a new lot, as LotStore::validate() says them; lots
    // queued before count as saved.
    FieldErrors validate(const Lot &lot);
    // Validates the lot and queues it to be written with its audit event.
    // Broken rules come back as errors naming their fields, and the lot is
    // not written. When writing failed, writeFailed() is true and the caller's
    // transaction must be rolled back.
    Status create(const Lot &lot);
    // Writes the queued lots; call it before committing.
    Status flush();
    bool writeFailed() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lotbook
