// The audit trail: exactly one event per catalog change, in the same
// transaction, naming who, what and each changed field; none for a change that
// changes nothing or is refused; and events cannot be edited or deleted.
#include "AuditLog.h"
#include "CatalogDrafts.h"
#include "Database.h"
#include "PartStore.h"
#include "SupplierStore.h"
#include "TempDb.h"
#include "WarehouseStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace lotbook;
using lotbook::test::TempDb;
using namespace lotbook::test;

namespace {

QList<AuditEvent> allEvents(Database &db)
{
    Result<QList<AuditEvent>> r = AuditLog::events(db);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

QList<AuditEvent> eventsFor(Database &db, const QString &entity, qint64 id)
{
    Result<QList<AuditEvent>> r = AuditLog::events(db, entity, id);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

QStringList fieldsOf(const AuditEvent &e)
{
    QStringList fields;
    for (const FieldChange &c : e.changes)
        fields << c.field;
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

QStringList sl(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *i : items)
        list << QString::fromUtf8(i);
    return list;
}

// The one event the last action wrote: the event list grew by exactly one.
AuditEvent onlyNewEvent(Database &db, qsizetype countBefore)
{
    const QList<AuditEvent> events = allEvents(db);
    REQUIRE(events.size() == countBefore + 1);
    return events.last();
}

} // namespace

TEST_CASE("Creating a part writes one create event listing every field", "[core][audit]")
{
    TempDb tmp;
    tmp.db().setUserName(QStringLiteral("alice"));
    PartStore parts(tmp.db());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    Part draft;
    draft.number = QStringLiteral(" CAP-100 ");
    draft.name = QStringLiteral("Run capacitor");
    draft.price = 125000;
    draft.trackLots = true;
    const Part p = parts.create(draft).value();
    REQUIRE(p.id > 0);

    const QList<AuditEvent> events = allEvents(tmp.db());
    REQUIRE(events.size() == 1);
    const AuditEvent &e = events.first();
    CHECK(e.seq > 0);
    CHECK(e.action == QLatin1String("create"));
    CHECK(e.entity == QLatin1String("part"));
    CHECK(e.entityId == p.id);
    CHECK(e.entityKey == QLatin1String("CAP-100"));
    CHECK(e.user == QLatin1String("alice"));

    // When: UTC ISO 8601 with a 'Z', and not from another day.
    CHECK(e.at.endsWith(QLatin1Char('Z')));
    const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs);
    REQUIRE(at.isValid());
    CHECK(at.timeSpec() == Qt::UTC);
    CHECK(at >= before);
    CHECK(at <= QDateTime::currentDateTimeUtc().addSecs(1));

    CHECK(fieldsOf(e) ==
          sl({"part_number", "name", "unit", "price", "description", "track_lots", "active"}));
    for (const FieldChange &c : e.changes) {
        INFO(c.field.toStdString());
        CHECK(isNull(c.oldValue));
    }
    CHECK(changeOf(e, QStringLiteral("part_number")).newValue.toString() ==
          QLatin1String("CAP-100"));
    CHECK(changeOf(e, QStringLiteral("name")).newValue.toString() ==
          QLatin1String("Run capacitor"));
    CHECK(changeOf(e, QStringLiteral("unit")).newValue.toString() == QLatin1String("ea"));
    CHECK(changeOf(e, QStringLiteral("price")).newValue.toLongLong() == 125000);
    CHECK(changeOf(e, QStringLiteral("track_lots")).newValue.toLongLong() == 1);
    CHECK(changeOf(e, QStringLiteral("active")).newValue.toLongLong() == 1);

    // The row carries the same "who".
    QSqlQuery q(tmp.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT created_by, updated_by FROM part")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("alice"));
    CHECK(q.value(1).toString() == QLatin1String("alice"));
}

TEST_CASE(
    "Updating a part writes one event with only the changed fields and their old and new values",
    "[core][audit]")
{
    TempDb tmp;
    PartStore parts(tmp.db());
    Part p = parts.create(makePart(QStringLiteral("P-1"), QStringLiteral("Widget"))).value();
    const qsizetype n = allEvents(tmp.db()).size();

    tmp.db().setUserName(QStringLiteral("bob"));
    p.name = QStringLiteral("Widget, large");
    p.price = 39000;
    REQUIRE(parts.update(p).ok());

    const AuditEvent e = onlyNewEvent(tmp.db(), n);
    CHECK(e.action == QLatin1String("update"));
    CHECK(e.entity == QLatin1String("part"));
    CHECK(e.entityId == p.id);
    CHECK(e.entityKey == QLatin1String("P-1"));
    CHECK(e.user == QLatin1String("bob"));
    REQUIRE(fieldsOf(e) == sl({"name", "price"}));
    CHECK(e.changes[0].oldValue.toString() == QLatin1String("Widget"));
    CHECK(e.changes[0].newValue.toString() == QLatin1String("Widget, large"));
    CHECK(e.changes[1].oldValue.toLongLong() == 0);
    CHECK(e.changes[1].newValue.toLongLong() == 39000);

    SECTION("renaming the part number keys the event by the new number")
    {
        p.number = QStringLiteral("P-1A");
        REQUIRE(parts.update(p).ok());
        const AuditEvent r = onlyNewEvent(tmp.db(), n + 1);
        CHECK(r.entityKey == QLatin1String("P-1A"));
        REQUIRE(fieldsOf(r) == sl({"part_number"}));
        CHECK(r.changes[0].oldValue.toString() == QLatin1String("P-1"));
        CHECK(r.changes[0].newValue.toString() == QLatin1String("P-1A"));
    }
    SECTION("the history of one part, oldest first")
    {
        const Part other =
            parts.create(makePart(QStringLiteral("P-2"), QStringLiteral("Other"))).value();
        const QList<AuditEvent> history = eventsFor(tmp.db(), QStringLiteral("part"), p.id);
        REQUIRE(history.size() == 2);
        CHECK(history[0].action == QLatin1String("create"));
        CHECK(history[1].action == QLatin1String("update"));
        CHECK(history[0].seq < history[1].seq);
        CHECK(eventsFor(tmp.db(), QStringLiteral("part"), other.id).size() == 1);
        CHECK(eventsFor(tmp.db(), QStringLiteral("supplier"), p.id).isEmpty());
    }
}

TEST_CASE("Deactivating and reactivating write deactivate and activate events", "[core][audit]")
{
    TempDb tmp;
    PartStore parts(tmp.db());
    const Part p = parts.create(makePart(QStringLiteral("P-1"), QStringLiteral("Widget"))).value();
    qsizetype n = allEvents(tmp.db()).size();

    REQUIRE(parts.setActive(p.id, false).ok());
    AuditEvent e = onlyNewEvent(tmp.db(), n++);
    CHECK(e.action == QLatin1String("deactivate"));
    CHECK(e.entityKey == QLatin1String("P-1"));
    REQUIRE(fieldsOf(e) == sl({"active"}));
    CHECK(e.changes[0].oldValue.toLongLong() == 1);
    CHECK(e.changes[0].newValue.toLongLong() == 0);

    // Deactivating again changes nothing and records nothing.
    REQUIRE(parts.setActive(p.id, false).ok());
    CHECK(allEvents(tmp.db()).size() == n);

    REQUIRE(parts.setActive(p.id, true).ok());
    e = onlyNewEvent(tmp.db(), n++);
    CHECK(e.action == QLatin1String("activate"));
    REQUIRE(fieldsOf(e) == sl({"active"}));
    CHECK(e.changes[0].oldValue.toLongLong() == 0);
    CHECK(e.changes[0].newValue.toLongLong() == 1);

    REQUIRE(parts.setActive(p.id, true).ok());
    CHECK(allEvents(tmp.db()).size() == n);
}

TEST_CASE("An update that changes nothing or only spacing writes no event", "[core][audit]")
{
    TempDb tmp;
    PartStore parts(tmp.db());
    SupplierStore suppliers(tmp.db());
    WarehouseStore warehouses(tmp.db());
    Part p = parts.create(makePart(QStringLiteral("P-1"), QStringLiteral("Widget"))).value();
    Supplier s = suppliers.create(makeSupplier(QStringLiteral("Acme"))).value();
    Warehouse w = warehouses.create(makeWarehouse(QStringLiteral("Main"))).value();
    Bin b = warehouses.createBin(makeBin(w.id, QStringLiteral("A-1"))).value();
    const qsizetype n = allEvents(tmp.db()).size();
    REQUIRE(n == 4);

    CHECK(parts.update(p).ok());
    CHECK(suppliers.update(s).ok());
    CHECK(warehouses.update(w).ok());
    CHECK(warehouses.updateBin(b).ok());
    p.number = QStringLiteral("  P-1 ");
    p.name = QStringLiteral("Widget   ");
    CHECK(parts.update(p).ok());
    s.name = QStringLiteral(" Acme ");
    CHECK(suppliers.update(s).ok());
    CHECK(allEvents(tmp.db()).size() == n);
}

TEST_CASE("A refused create or update writes no event", "[core][audit]")
{
    TempDb tmp;
    PartStore parts(tmp.db());
    SupplierStore suppliers(tmp.db());
    WarehouseStore warehouses(tmp.db());
    Part a = parts.create(makePart(QStringLiteral("A"), QStringLiteral("Alpha"))).value();
    REQUIRE(parts.create(makePart(QStringLiteral("B"), QStringLiteral("Beta"))).ok());
    Supplier s = suppliers.create(makeSupplier(QStringLiteral("Acme"))).value();
    const Warehouse w = warehouses.create(makeWarehouse(QStringLiteral("Main"))).value();
    REQUIRE(warehouses.createBin(makeBin(w.id, QStringLiteral("A-1"))).ok());
    const qsizetype n = allEvents(tmp.db()).size();

    a.number = QStringLiteral("b");
    CHECK_FALSE(parts.update(a).ok());
    a.number = QStringLiteral("A");
    a.name = QString();
    CHECK_FALSE(parts.update(a).ok());
    CHECK_FALSE(parts.create(makePart(QStringLiteral("a"), QStringLiteral("Dup"))).ok());
    s.email = QStringLiteral("not an email");
    CHECK_FALSE(suppliers.update(s).ok());
    CHECK_FALSE(warehouses.create(makeWarehouse(QStringLiteral("MAIN"))).ok());
    CHECK_FALSE(warehouses.createBin(makeBin(w.id, QStringLiteral("a-1"))).ok());
    CHECK_FALSE(warehouses.createBin(makeBin(4242, QStringLiteral("Z-1"))).ok());

    CHECK(allEvents(tmp.db()).size() == n);
}

TEST_CASE("Changes to suppliers and warehouses and bins are audited with their own keys",
          "[core][audit]")
{
    TempDb tmp;
    SupplierStore suppliers(tmp.db());
    WarehouseStore warehouses(tmp.db());

    Supplier s =
        suppliers.create(makeSupplier(QStringLiteral("Acme"), QStringLiteral("Dana"))).value();
    AuditEvent e = onlyNewEvent(tmp.db(), 0);
    CHECK(e.action == QLatin1String("create"));
    CHECK(e.entity == QLatin1String("supplier"));
    CHECK(e.entityId == s.id);
    CHECK(e.entityKey == QLatin1String("Acme"));
    CHECK(e.user == QLatin1String("tester"));
    CHECK(fieldsOf(e) == sl({"name", "contact", "phone", "email", "notes", "active"}));

    s.contact = QStringLiteral("Lee");
    REQUIRE(suppliers.update(s).ok());
    e = onlyNewEvent(tmp.db(), 1);
    CHECK(e.action == QLatin1String("update"));
    REQUIRE(fieldsOf(e) == sl({"contact"}));
    CHECK(e.changes[0].oldValue.toString() == QLatin1String("Dana"));
    CHECK(e.changes[0].newValue.toString() == QLatin1String("Lee"));
    REQUIRE(suppliers.setActive(s.id, false).ok());
    e = onlyNewEvent(tmp.db(), 2);
    CHECK(e.action == QLatin1String("deactivate"));
    CHECK(e.entity == QLatin1String("supplier"));

    Warehouse w = warehouses.create(makeWarehouse(QStringLiteral("Main"))).value();
    e = onlyNewEvent(tmp.db(), 3);
    CHECK(e.entity == QLatin1String("warehouse"));
    CHECK(e.entityKey == QLatin1String("Main"));
    CHECK(fieldsOf(e) == sl({"name", "notes", "active"}));
    w.name = QStringLiteral("Main Depot");
    REQUIRE(warehouses.update(w).ok());
    e = onlyNewEvent(tmp.db(), 4);
    CHECK(e.action == QLatin1String("update"));
    CHECK(e.entityKey == QLatin1String("Main Depot"));
    REQUIRE(fieldsOf(e) == sl({"name"}));
    CHECK(e.changes[0].oldValue.toString() == QLatin1String("Main"));
    REQUIRE(warehouses.setActive(w.id, false).ok());
    CHECK(onlyNewEvent(tmp.db(), 5).action == QLatin1String("deactivate"));

    Bin b = warehouses.createBin(makeBin(w.id, QStringLiteral("A-1"))).value();
    e = onlyNewEvent(tmp.db(), 6);
    CHECK(e.entity == QLatin1String("bin"));
    CHECK(e.entityId == b.id);
    CHECK(e.entityKey == QLatin1String("Main Depot / A-1"));
    CHECK(fieldsOf(e) == sl({"warehouse_id", "code", "description", "active"}));
    CHECK(changeOf(e, QStringLiteral("warehouse_id")).newValue.toLongLong() == w.id);
    b.description = QStringLiteral("Top shelf");
    REQUIRE(warehouses.updateBin(b).ok());
    e = onlyNewEvent(tmp.db(), 7);
    CHECK(e.action == QLatin1String("update"));
    REQUIRE(fieldsOf(e) == sl({"description"}));
    CHECK_FALSE(isNull(e.changes[0].oldValue));
    CHECK(e.changes[0].oldValue.toString().isEmpty());
    CHECK(e.changes[0].newValue.toString() == QLatin1String("Top shelf"));
    REQUIRE(warehouses.setBinActive(b.id, false).ok());
    e = onlyNewEvent(tmp.db(), 8);
    CHECK(e.action == QLatin1String("deactivate"));
    CHECK(e.entityKey == QLatin1String("Main Depot / A-1"));

    // Each entity's history is separate.
    CHECK(eventsFor(tmp.db(), QStringLiteral("supplier"), s.id).size() == 3);
    CHECK(eventsFor(tmp.db(), QStringLiteral("warehouse"), w.id).size() == 3);
    CHECK(eventsFor(tmp.db(), QStringLiteral("bin"), b.id).size() == 3);
}

TEST_CASE("A change whose audit event cannot be written is not saved either", "[core][audit]")
{
    TempDb tmp;
    PartStore parts(tmp.db());
    Part p = parts.create(makePart(QStringLiteral("P-1"), QStringLiteral("Widget"))).value();
    {
        QSqlQuery q(tmp.db().connection());
        REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER audit_fails BEFORE INSERT ON "
                                      "audit_event BEGIN SELECT RAISE(ABORT, 'audit down'); END")));
    }

    Result<Part> created = parts.create(makePart(QStringLiteral("P-2"), QStringLiteral("Gadget")));
    CHECK_FALSE(created.ok());
    CHECK(created.message().contains(QStringLiteral("audit down")));
    CHECK_FALSE(parts.findByNumber(QStringLiteral("P-2")).ok());

    p.name = QStringLiteral("Changed");
    CHECK_FALSE(parts.update(p).ok());
    CHECK(parts.get(p.id).value().name == QLatin1String("Widget"));
    CHECK_FALSE(parts.setActive(p.id, false).ok());
    CHECK(parts.get(p.id).value().active);

    CHECK(parts.list().value().size() == 1);
    CHECK(allEvents(tmp.db()).size() == 1);
}

TEST_CASE("Audit events cannot be changed or deleted even with raw SQL", "[core][audit]")
{
    TempDb tmp;
    REQUIRE(PartStore(tmp.db()).create(makePart(QStringLiteral("P-1"), QStringLiteral("W"))).ok());
    const QList<AuditEvent> before = allEvents(tmp.db());
    REQUIRE(before.size() == 1);

    QSqlQuery q(tmp.db().connection());
    SECTION("update")
    {
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_event SET user_name = 'mallory'")));
        CHECK(q.lastError().text().contains(QStringLiteral("append-only")));
    }
    SECTION("delete")
    {
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_event")));
        CHECK(q.lastError().text().contains(QStringLiteral("append-only")));
    }
    SECTION("delete one row by key")
    {
        REQUIRE(q.prepare(QStringLiteral("DELETE FROM audit_event WHERE seq = ?")));
        q.addBindValue(before.first().seq);
        CHECK_FALSE(q.exec());
    }
    q.finish();

    const QList<AuditEvent> after = allEvents(tmp.db());
    REQUIRE(after.size() == 1);
    CHECK(after.first().user == before.first().user);
    CHECK(after.first().at == before.first().at);
    CHECK(after.first().changes == before.first().changes);
}

TEST_CASE("AuditLog::diff lists changed fields in the given order", "[core][audit]")
{
    const QStringList fields = sl({"a", "b", "c", "d"});
    const QVariantMap before{{QStringLiteral("a"), 1},
                             {QStringLiteral("b"), QStringLiteral("x")},
                             {QStringLiteral("c"), QVariant()},
                             {QStringLiteral("d"), qlonglong(5)}};

    SECTION("nothing changed, integers compared by value not type")
    {
        const QVariantMap after{{QStringLiteral("a"), qlonglong(1)},
                                {QStringLiteral("b"), QStringLiteral("x")},
                                {QStringLiteral("c"), QVariant()},
                                {QStringLiteral("d"), 5}};
        CHECK(AuditLog::diff(before, after, fields).isEmpty());
    }
    SECTION("fields missing from `after` are not compared")
    {
        CHECK(
            AuditLog::diff(before, {{QStringLiteral("b"), QStringLiteral("x")}}, fields).isEmpty());
    }
    SECTION("changes in field order; null and empty text differ")
    {
        const QVariantMap after{{QStringLiteral("d"), 6},
                                {QStringLiteral("c"), QString()},
                                {QStringLiteral("a"), 1},
                                {QStringLiteral("zz"), 9}};
        const QList<FieldChange> changes = AuditLog::diff(before, after, fields);
        REQUIRE(changes.size() == 2);
        CHECK(changes[0].field == QLatin1String("c"));
        CHECK(changes[1].field == QLatin1String("d"));
        CHECK(changes[1].oldValue.toLongLong() == 5);
        CHECK(changes[1].newValue.toLongLong() == 6);
    }
    SECTION("a create: every given field, old values empty")
    {
        const QList<FieldChange> changes = AuditLog::diff({}, before, fields);
        CHECK(changes.size() == 3); // "c" is null before and after
    }
}

TEST_CASE("Audit change lists survive the trip through JSON", "[core][audit]")
{
    const QList<FieldChange> changes{
        {QStringLiteral("name"), QStringLiteral("Old"), QString::fromUtf8("Neu \"ä\" \\ ✓")},
        {QStringLiteral("price"), qlonglong(0), qlonglong(39000)},
        {QStringLiteral("expires_on"), QVariant(), QStringLiteral("2026-03-03")},
        {QStringLiteral("active"), 1, 0},
    };
    const QString json = AuditLog::changesToJson(changes);
    const QList<FieldChange> back = AuditLog::changesFromJson(json);
    REQUIRE(back.size() == changes.size());
    CHECK(back[0].field == QLatin1String("name"));
    CHECK(back[0].oldValue.toString() == QLatin1String("Old"));
    CHECK(back[0].newValue.toString() == QString::fromUtf8("Neu \"ä\" \\ ✓"));
    CHECK(back[1].oldValue.toLongLong() == 0);
    CHECK(back[1].newValue.toLongLong() == 39000);
    CHECK(isNull(back[2].oldValue));
    CHECK(back[2].newValue.toString() == QLatin1String("2026-03-03"));
    CHECK(back[3].oldValue.toLongLong() == 1);
    CHECK(back[3].newValue.toLongLong() == 0);

    CHECK(AuditLog::changesToJson({}) == QLatin1String("[]"));
    CHECK(AuditLog::changesFromJson(QStringLiteral("not json")).isEmpty());
}

TEST_CASE("Audit change lists are written as QJsonDocument writes them", "[core][audit]")
{
    // changesToJson is hand-written for speed; stored events must keep the
    // compact form Qt writes (keys sorted, same escapes, same numbers).
    QString every;
    for (ushort c = 0; c < 0x80; ++c)
        every += QChar(c);
    every += QString::fromUtf8("äß€✓\U0001F600");
    const QList<FieldChange> changes{
        {QStringLiteral("notes"), QVariant(), every},
        {QStringLiteral("quantity"), qlonglong(-9007199254740993LL), qlonglong(1)},
        {QStringLiteral("active"), true, false},
        {QStringLiteral("ratio"), 0.1, 2.5e-7},
        {QStringLiteral("unit_cost"), 0, 123456789},
        {QString::fromUtf8("f\"ld"), QString(), QStringLiteral("")},
    };
    QJsonArray array;
    for (const FieldChange &c : changes) {
        auto json = [](const QVariant &v) {
            return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v);
        };
        array.append(QJsonObject{{QStringLiteral("field"), c.field},
                                 {QStringLiteral("old"), json(c.oldValue)},
                                 {QStringLiteral("new"), json(c.newValue)}});
    }
    const QString expected = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    CHECK(AuditLog::changesToJson(changes) == expected);
}
