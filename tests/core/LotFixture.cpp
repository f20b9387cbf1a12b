#include "LotFixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <catch2/catch.hpp>

namespace lotbook::test {

namespace {
template <typename T> T required(Result<T> r)
{
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return r.take();
}

Part makePart(const QString &number, bool trackLots)
{
    Part p;
    p.number = number;
    p.name = QStringLiteral("Part ") + number;
    p.trackLots = trackLots;
    return p;
}
} // namespace

LotWorld::LotWorld(Database &database)
    : db(database), parts(database), suppliers(database), warehouses(database), lots(database)
{
    part = required(parts.create(makePart(QStringLiteral("PN-1"), true)));
    otherPart = required(parts.create(makePart(QStringLiteral("PN-2"), true)));
    untracked = required(parts.create(makePart(QStringLiteral("PN-X"), false)));
    acme = required(suppliers.create({0, QStringLiteral("Acme"), {}, {}, {}, {}, true}));
    bolt = required(suppliers.create({0, QStringLiteral("Bolt Supply"), {}, {}, {}, {}, true}));
    main = required(warehouses.create({0, QStringLiteral("Main"), {}, true}));
    cold = required(warehouses.create({0, QStringLiteral("Cold room"), {}, true}));
    mainA1 = required(warehouses.createBin({0, main.id, QStringLiteral("A-1"), {}, true}));
    mainA2 = required(warehouses.createBin({0, main.id, QStringLiteral("A-2"), {}, true}));
    coldB1 = required(warehouses.createBin({0, cold.id, QStringLiteral("B-1"), {}, true}));
}

Lot LotWorld::draft(const QString &number) const
{
    Lot lot;
    lot.partId = part.id;
    lot.lotNumber = number;
    lot.received = pastDay();
    lot.expires = pastDay().addYears(1);
    lot.quantity = 10;
    lot.unitCost = 12500;
    lot.supplierId = acme.id;
    lot.warehouseId = main.id;
    lot.binId = mainA1.id;
    return lot;
}

Lot LotWorld::create(const Lot &lot)
{
    Result<Lot> r = lots.create(lot);
    INFO("creating lot " << lot.lotNumber.toStdString() << ": " << r.message().toStdString());
    REQUIRE(r.ok());
    REQUIRE(r.value().id > 0);
    return r.value();
}

Lot LotWorld::createNumbered(const QString &number)
{
    return create(draft(number));
}

LotCounts LotWorld::counts() const
{
    return {countRows(db, QStringLiteral("lot")), countRows(db, QStringLiteral("audit_event"))};
}

qint64 countRows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void execSql(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(sql);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
}

QList<AuditEvent> allEvents(Database &db)
{
    return required(AuditLog::events(db));
}

QList<AuditEvent> lotEvents(Database &db, qint64 lotId)
{
    return required(AuditLog::events(db, QStringLiteral("lot"), lotId));
}

AuditEvent onlyNewEvent(Database &db, qsizetype countBefore)
{
    const QList<AuditEvent> events = allEvents(db);
    REQUIRE(events.size() == countBefore + 1);
    return events.last();
}

Names names(const QStringList &list)
{
    Names out;
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

bool contains(const Names &list, const char *name)
{
    return std::find(list.begin(), list.end(), std::string(name)) != list.end();
}

Names fieldsOf(const AuditEvent &e)
{
    Names fields;
    for (const FieldChange &c : e.changes)
        fields.push_back(c.field.toStdString());
    return fields;
}

FieldChange changeOf(const AuditEvent &e, const QString &field)
{
    for (const FieldChange &c : e.changes)
        if (c.field == field)
            return c;
    FAIL("no change for field " << field.toStdString());
    return {};
}

bool isNull(const QVariant &v)
{
    return !v.isValid() || v.isNull();
}

Names fieldsOf(const FieldErrors &errors)
{
    Names fields;
    for (const FieldError &e : errors)
        fields.push_back(e.field.toStdString());
    return fields;
}

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace lotbook::test
