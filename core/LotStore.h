// Lots: create, edit, archive (with an optional reason) and restore, each
// validated and written together with its audit event in one transaction.
// Lots are never deleted. Edits and archiving carry the version they were
// read at; if someone changed the lot since, the call is refused, saying who
// and when, and nothing is overwritten.
#pragma once

#include "Lot.h"
#include "LotQuery.h"

namespace lotbook {

class Database;

class LotStore
{
public:
    explicit LotStore(Database &db);

    // Every broken rule, each naming its field. `today` decides "in the future".
    FieldErrors validate(const Lot &lot, const QDate &today = QDate::currentDate()) const;
    Result<Lot> create(const Lot &lot);
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

} // namespace lotbook
