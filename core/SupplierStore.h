// Suppliers: name (unique, case-insensitive and Unicode-aware), contact name,
// phone, email, notes, active. Suppliers in use are deactivated, not deleted.
#pragma once

#include "Result.h"
#include "RowStore.h"

namespace lotbook {

struct Supplier
{
    qint64 id = 0;
    QString name;
    QString contact;
    QString phone;
    QString email;
    QString notes;
    bool active = true;
};

class SupplierStore
{
public:
    explicit SupplierStore(Database &db);

    FieldErrors validate(const Supplier &supplier) const;
    Result<Supplier> create(const Supplier &supplier);
    Result<Supplier> update(const Supplier &supplier);
    Status setActive(qint64 id, bool active);

    Result<Supplier> get(qint64 id) const;
    Result<Supplier> findByName(const QString &name) const;
    Result<QList<Supplier>> list(bool includeInactive = true) const;

private:
    RowStore m_rows;
};

} // namespace lotbook
