// Parts: part number (unique, case-insensitive and Unicode-aware), name, unit,
// catalog price, description, whether the part tracks lots, active.
#pragma once

#include "Money.h"
#include "Result.h"
#include "RowStore.h"

namespace lotbook {

struct Part
{
    qint64 id = 0;
    QString number;
    QString name;
    QString unit = QStringLiteral("ea");
    MoneyUnits price = 0;
    QString description;
    bool trackLots = false;
    bool active = true;
};

class PartStore
{
public:
    explicit PartStore(Database &db);

    FieldErrors validate(const Part &part) const;
    Result<Part> create(const Part &part);
    Result<Part> update(const Part &part);
    Status setActive(qint64 id, bool active);

    Result<Part> get(qint64 id) const;
    Result<Part> findByNumber(const QString &number) const;
    Result<QList<Part>> list(bool includeInactive = true) const;
    // Every part number (inactive too), in list order: for completers. One
    // column, so 10,000 parts cost a few milliseconds, not list()'s fifty.
    Result<QStringList> numbers() const;

private:
    RowStore m_rows;
};

} // namespace lotbook
