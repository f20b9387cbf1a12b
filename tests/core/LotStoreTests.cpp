// Lot lifecycle: create, update, archive (with a reason) and restore each
// write exactly one audit event with field-level changes; archived lots are
// read-only until restored; lots are never deleted; and an edit based on a
// stale version is refused, naming who changed the lot, with nothing overwritten.
#include "LotFixture.h"

#include <QFile>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace lotbook;
using namespace lotbook::test;

namespace {

Lot requireOk(const Result<Lot> &r)
{
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

// A second connection to the same file, with its own user name.
std::unique_ptr<Database> openSecond(const QString &path, const QString &user)
{
    OpenResult r = Database::open(path, OpenMode::OpenExisting);
    INFO(r.message.toStdString());
    REQUIRE(r.ok());
    r.database->setUserName(user);
    return std::move(r.database);
}

} // namespace

TEST_CASE("Creating a lot writes one create event keyed PN/LOT with every field", "[core][lots]")
{
    TempDb tmp;
    tmp.db().setUserName(QStringLiteral("alice"));
    LotWorld w(tmp.db());
    const qsizetype n = allEvents(tmp.db()).size();

    Lot d = w.draft(QStringLiteral(" LOT-7 "));
    d.notes = QStringLiteral("first shipment");
    const Lot lot = w.create(d);

    const AuditEvent e = onlyNewEvent(tmp.db(), n);
    CHECK(e.action == QLatin1String("create"));
    CHECK(e.entity == QLatin1String("lot"));
    CHECK(e.entityId == lot.id);
    CHECK(e.entityKey == QLatin1String("PN-1/LOT-7"));
    CHECK(e.user == QLatin1String("alice"));
    // Every field that has a value; the archive reason has none.
    CHECK(fieldsOf(e) == Names{"lot_number", "received_on", "expires_on", "quantity", "unit_cost",
                               "supplier", "warehouse", "bin", "notes", "status"});
    for (const FieldChange &c : e.changes) {
        INFO(c.field.toStdString());
        CHECK(isNull(c.oldValue));
    }
    CHECK(changeOf(e, QStringLiteral("lot_number")).newValue.toString() == QLatin1String("LOT-7"));
    CHECK(changeOf(e, QStringLiteral("received_on")).newValue.toString() ==
          QLatin1String("2024-01-10"));
    CHECK(changeOf(e, QStringLiteral("expires_on")).newValue.toString() ==
          QLatin1String("2025-01-10"));
    CHECK(changeOf(e, QStringLiteral("quantity")).newValue.toLongLong() == 10);
    CHECK(changeOf(e, QStringLiteral("unit_cost")).newValue.toString() == QLatin1String("1.25"));
    CHECK(changeOf(e, QStringLiteral("supplier")).newValue.toString() == QLatin1String("Acme"));
    CHECK(changeOf(e, QStringLiteral("warehouse")).newValue.toString() == QLatin1String("Main"));
    CHECK(changeOf(e, QStringLiteral("bin")).newValue.toString() == QLatin1String("A-1"));
    CHECK(changeOf(e, QStringLiteral("status")).newValue.toString() == QLatin1String("active"));

    SECTION("a lot with no expiry and no bin lists neither")
    {
        Lot bare = w.draft(QStringLiteral("BARE"));
        bare.expires = QDate();
        bare.binId = 0;
        w.create(bare);
        const AuditEvent b = onlyNewEvent(tmp.db(), n + 1);
        CHECK(b.entityKey == QLatin1String("PN-1/BARE"));
        CHECK_FALSE(contains(fieldsOf(b), "expires_on"));
        CHECK_FALSE(contains(fieldsOf(b), "bin"));
    }
}

TEST_CASE("Updating a lot records only the changed fields with old and new values", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const Lot lot = w.createNumbered(QStringLiteral("LOT-1"));
    const qsizetype n = allEvents(tmp.db()).size();

    tmp.db().setUserName(QStringLiteral("bob"));
    Lot edit = lot;
    edit.expires = QDate(2025, 6, 30);
    edit.unitCost = 13750;
    const Lot saved = requireOk(w.lots.update(edit));
    CHECK(saved.expires == QDate(2025, 6, 30));
    CHECK(saved.unitCost == 13750);
    CHECK(saved.version == lot.version + 1);
    CHECK(saved.updatedBy == QLatin1String("bob"));
    CHECK(saved.createdBy == QLatin1String("tester"));

    const AuditEvent e = onlyNewEvent(tmp.db(), n);
    CHECK(e.action == QLatin1String("update"));
    CHECK(e.entity == QLatin1String("lot"));
    CHECK(e.entityId == lot.id);
    CHECK(e.entityKey == QLatin1String("PN-1/LOT-1"));
    CHECK(e.user == QLatin1String("bob"));
    REQUIRE(fieldsOf(e) == Names{"expires_on", "unit_cost"});
    CHECK(e.changes[0].oldValue.toString() == QLatin1String("2025-01-10"));
    CHECK(e.changes[0].newValue.toString() == QLatin1String("2025-06-30"));
    CHECK(e.changes[1].oldValue.toString() == QLatin1String("1.25"));
    CHECK(e.changes[1].newValue.toString() == QLatin1String("1.375"));

    SECTION("clearing the expiry records it going to empty")
    {
        Lot clear = saved;
        clear.expires = QDate();
        const Lot cleared = requireOk(w.lots.update(clear));
        CHECK_FALSE(cleared.expires.isValid());
        const AuditEvent c = onlyNewEvent(tmp.db(), n + 1);
        REQUIRE(fieldsOf(c) == Names{"expires_on"});
        CHECK(c.changes[0].oldValue.toString() == QLatin1String("2025-06-30"));
        CHECK(isNull(c.changes[0].newValue));
    }
    SECTION("renaming the lot keys the event by the new number")
    {
        Lot renamed = saved;
        renamed.lotNumber = QStringLiteral("LOT-1B");
        requireOk(w.lots.update(renamed));
        const AuditEvent r = onlyNewEvent(tmp.db(), n + 1);
        CHECK(r.entityKey == QLatin1String("PN-1/LOT-1B"));
        REQUIRE(fieldsOf(r) == Names{"lot_number"});
        CHECK(r.changes[0].oldValue.toString() == QLatin1String("LOT-1"));
        CHECK(r.changes[0].newValue.toString() == QLatin1String("LOT-1B"));
    }
    SECTION("supplier, warehouse and bin are recorded by name")
    {
        Lot moved = saved;
        moved.supplierId = w.bolt.id;
        moved.warehouseId = w.cold.id;
        moved.binId = w.coldB1.id;
        requireOk(w.lots.update(moved));
        const AuditEvent m = onlyNewEvent(tmp.db(), n + 1);
        REQUIRE(fieldsOf(m) == Names{"supplier", "warehouse", "bin"});
        CHECK(m.changes[0].oldValue.toString() == QLatin1String("Acme"));
        CHECK(m.changes[0].newValue.toString() == QLatin1String("Bolt Supply"));
        CHECK(m.changes[1].oldValue.toString() == QLatin1String("Main"));
        CHECK(m.changes[1].newValue.toString() == QLatin1String("Cold room"));
        CHECK(m.changes[2].oldValue.toString() == QLatin1String("A-1"));
        CHECK(m.changes[2].newValue.toString() == QLatin1String("B-1"));
    }
    SECTION("the lot's history, oldest first")
    {
        const QList<AuditEvent> history = lotEvents(tmp.db(), lot.id);
        REQUIRE(history.size() == 2);
        CHECK(history[0].action == QLatin1String("create"));
        CHECK(history[1].action == QLatin1String("update"));
        CHECK(history[0].seq < history[1].seq);
    }
}

TEST_CASE("An update that changes nothing writes no event and keeps the version", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    Lot d = w.draft(QStringLiteral("LOT-1"));
    d.notes = QStringLiteral("dry");
    const Lot lot = w.create(d);
    const LotCounts before = w.counts();

    CHECK(requireOk(w.lots.update(lot)).version == lot.version);
    Lot spaced = lot;
    spaced.lotNumber = QStringLiteral("  LOT-1 ");
    spaced.notes = QStringLiteral(" dry  ");
    CHECK(requireOk(w.lots.update(spaced)).version == lot.version);
    // Fields a lot edit does not touch are ignored, not written.
    Lot ignored = lot;
    ignored.status = LotStatus::Archived;
    ignored.archiveReason = QStringLiteral("not through update");
    ignored.createdBy = QStringLiteral("mallory");
    const Lot same = requireOk(w.lots.update(ignored));
    CHECK(same.status == LotStatus::Active);
    CHECK(same.createdBy == QLatin1String("tester"));

    CHECK(w.counts() == before);
    const Lot stored = w.lots.get(lot.id).value();
    CHECK(stored.version == lot.version);
    CHECK(stored.updatedAt == lot.updatedAt);
}

TEST_CASE("Archiving records the status change and the reason and restoring undoes it",
          "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const Lot lot = w.createNumbered(QStringLiteral("LOT-1"));
    const qsizetype n = allEvents(tmp.db()).size();

    tmp.db().setUserName(QStringLiteral("carol"));
    const Lot archived =
        requireOk(w.lots.archive(lot.id, lot.version, QStringLiteral("  Used up at stock count ")));
    CHECK(archived.status == LotStatus::Archived);
    CHECK(archived.archiveReason == QLatin1String("Used up at stock count"));
    CHECK(archived.archivedBy == QLatin1String("carol"));
    CHECK_FALSE(archived.archivedAt.isEmpty());
    CHECK(archived.version == lot.version + 1);
    // Everything else is kept.
    CHECK(archived.lotNumber == lot.lotNumber);
    CHECK(archived.quantity == lot.quantity);
    CHECK(archived.expires == lot.expires);

    AuditEvent e = onlyNewEvent(tmp.db(), n);
    CHECK(e.action == QLatin1String("archive"));
    CHECK(e.entity == QLatin1String("lot"));
    CHECK(e.entityId == lot.id);
    CHECK(e.entityKey == QLatin1String("PN-1/LOT-1"));
    CHECK(e.user == QLatin1String("carol"));
    REQUIRE(fieldsOf(e) == Names{"status", "archive_reason"});
    CHECK(e.changes[0].oldValue.toString() == QLatin1String("active"));
    CHECK(e.changes[0].newValue.toString() == QLatin1String("archived"));
    CHECK(isNull(e.changes[1].oldValue));
    CHECK(e.changes[1].newValue.toString() == QLatin1String("Used up at stock count"));

    // The row stays.
    CHECK(countRows(tmp.db(), QStringLiteral("lot")) == 1);
    CHECK(w.lots.get(lot.id).ok());

    const Lot restored = requireOk(w.lots.restore(archived.id, archived.version));
    CHECK(restored.status == LotStatus::Active);
    CHECK(restored.archiveReason.isEmpty());
    CHECK(restored.archivedAt.isEmpty());
    CHECK(restored.archivedBy.isEmpty());
    CHECK(restored.version == archived.version + 1);

    e = onlyNewEvent(tmp.db(), n + 1);
    CHECK(e.action == QLatin1String("restore"));
    CHECK(e.entityKey == QLatin1String("PN-1/LOT-1"));
    REQUIRE(fieldsOf(e) == Names{"status", "archive_reason"});
    CHECK(e.changes[0].oldValue.toString() == QLatin1String("archived"));
    CHECK(e.changes[0].newValue.toString() == QLatin1String("active"));
    CHECK(e.changes[1].oldValue.toString() == QLatin1String("Used up at stock count"));
    CHECK(isNull(e.changes[1].newValue));

    const QList<AuditEvent> history = lotEvents(tmp.db(), lot.id);
    REQUIRE(history.size() == 3);
    CHECK(history[0].action == QLatin1String("create"));
    CHECK(history[1].action == QLatin1String("archive"));
    CHECK(history[2].action == QLatin1String("restore"));

    SECTION("archiving without a reason records only the status")
    {
        const Lot again = requireOk(w.lots.archive(restored.id, restored.version));
        CHECK(again.archiveReason.isEmpty());
        const AuditEvent a = onlyNewEvent(tmp.db(), n + 2);
        CHECK(a.action == QLatin1String("archive"));
        REQUIRE(fieldsOf(a) == Names{"status"});
        CHECK(a.changes[0].oldValue.toString() == QLatin1String("active"));
        CHECK(a.changes[0].newValue.toString() == QLatin1String("archived"));
        CHECK(w.lots.get(lot.id).value().status == LotStatus::Archived);
    }
}

TEST_CASE("Archived lots refuse edits until restored and states are not repeated", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const Lot lot = w.createNumbered(QStringLiteral("LOT-1"));
    const Lot archived = requireOk(w.lots.archive(lot.id, lot.version, QStringLiteral("empty")));
    const LotCounts before = w.counts();

    Lot edit = archived;
    edit.quantity = 99;
    Result<Lot> r = w.lots.update(edit);
    REQUIRE_FALSE(r.ok());
    CHECK(r.message().contains(QStringLiteral("archived")));
    CHECK(r.message().contains(QStringLiteral("LOT-1")));

    r = w.lots.archive(archived.id, archived.version, QStringLiteral("again"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.message().contains(QStringLiteral("already archived")));

    CHECK(w.counts() == before);
    const Lot stored = w.lots.get(lot.id).value();
    CHECK(stored.quantity == 10);
    CHECK(stored.version == archived.version);
    CHECK(stored.archiveReason == QLatin1String("empty"));

    // After a restore the same edit goes through.
    const Lot restored = requireOk(w.lots.restore(archived.id, archived.version));
    edit.version = restored.version;
    CHECK(requireOk(w.lots.update(edit)).quantity == 99);

    SECTION("restoring an active lot is refused")
    {
        const Lot active = w.lots.get(lot.id).value();
        const LotCounts now = w.counts();
        Result<Lot> again = w.lots.restore(active.id, active.version);
        REQUIRE_FALSE(again.ok());
        CHECK(again.message().contains(QStringLiteral("not archived")));
        CHECK(w.counts() == now);
        CHECK(w.lots.get(lot.id).value().version == active.version);
    }
    SECTION("a lot that does not exist cannot be archived, restored or updated")
    {
        const LotCounts now = w.counts();
        CHECK_FALSE(w.lots.archive(4242, 1).ok());
        CHECK_FALSE(w.lots.restore(4242, 1).ok());
        Lot ghost = w.draft(QStringLiteral("GHOST"));
        ghost.id = 4242;
        ghost.version = 1;
        CHECK_FALSE(w.lots.update(ghost).ok());
        CHECK(w.counts() == now);
    }
}

TEST_CASE("Archived lots are kept and listed only by the archived filter", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const Lot a = w.createNumbered(QStringLiteral("KEEP"));
    const Lot b = w.createNumbered(QStringLiteral("GONE"));
    requireOk(w.lots.archive(b.id, b.version, QStringLiteral("scrapped")));

    LotFilter filter;
    filter.partId = w.part.id;
    QList<LotRow> rows = w.lots.list(filter).value();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].lot.id == a.id);
    filter.status = LotFilter::Status::Archived;
    rows = w.lots.list(filter).value();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].lot.id == b.id);
    CHECK(rows[0].lot.archiveReason == QLatin1String("scrapped"));
    CHECK(countRows(tmp.db(), QStringLiteral("lot")) == 2);

    // An archived lot still holds its number: it cannot be reused on the part.
    Result<Lot> reuse = w.lots.create(w.draft(QStringLiteral("gone")));
    CHECK_FALSE(reuse.errorFor(QStringLiteral("lot_number")).isEmpty());
}

TEST_CASE("A read-only database refuses every lot change", "[core][lots]")
{
    TempDb tmp;
    Lot lot;
    {
        LotWorld w(tmp.db());
        lot = w.createNumbered(QStringLiteral("LOT-1"));
    }
    tmp.close();
    const QString path = tmp.path();
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    OpenResult r = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(r.ok());
    REQUIRE(r.database->isReadOnly());
    LotStore lots(*r.database);
    Lot edit = lot;
    edit.quantity = 5;
    CHECK(lots.update(edit).message().contains(QStringLiteral("read-only")));
    CHECK(lots.archive(lot.id, lot.version).message().contains(QStringLiteral("read-only")));
    CHECK(lots.restore(lot.id, lot.version).message().contains(QStringLiteral("read-only")));
    Lot fresh = lot;
    fresh.lotNumber = QStringLiteral("LOT-2");
    CHECK(lots.create(fresh).message().contains(QStringLiteral("read-only")));
    CHECK(lots.get(lot.id).value().quantity == 10);
    r.database.reset();
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

TEST_CASE("A stale update from a second connection is refused naming who changed the lot",
          "[core][lots]")
{
    TempDb tmp;
    tmp.db().setUserName(QStringLiteral("alice"));
    LotWorld w(tmp.db());
    const Lot created = w.createNumbered(QStringLiteral("LOT-1"));

    std::unique_ptr<Database> second = openSecond(tmp.path(), QStringLiteral("bob"));
    LotStore aliceLots(tmp.db());
    LotStore bobLots(*second);

    // Both read the lot at the same version.
    const Lot aliceCopy = aliceLots.get(created.id).value();
    const Lot bobCopy = bobLots.get(created.id).value();
    REQUIRE(aliceCopy.version == bobCopy.version);
    const qint64 v = aliceCopy.version;

    // Alice saves first.
    Lot aliceEdit = aliceCopy;
    aliceEdit.quantity = 11;
    aliceEdit.notes = QStringLiteral("alice counted");
    const Lot aliceSaved = requireOk(aliceLots.update(aliceEdit));
    CHECK(aliceSaved.version == v + 1);
    const LotCounts afterAlice = w.counts();

    SECTION("Bob's update is refused")
    {
        Lot bobEdit = bobCopy;
        bobEdit.quantity = 12;
        bobEdit.unitCost = 99;
        Result<Lot> r = bobLots.update(bobEdit);
        REQUIRE_FALSE(r.ok());
        INFO(r.message().toStdString());
        CHECK(r.message().contains(QStringLiteral("alice")));
        CHECK(r.message().contains(QStringLiteral("LOT-1")));
        CHECK(r.message().contains(QStringLiteral("Nothing was saved")));
    }
    SECTION("Bob's archive with the old version is refused")
    {
        Result<Lot> r = bobLots.archive(bobCopy.id, bobCopy.version, QStringLiteral("bob"));
        REQUIRE_FALSE(r.ok());
        INFO(r.message().toStdString());
        CHECK(r.message().contains(QStringLiteral("alice")));
    }
    SECTION("Bob's update is refused even when it changes nothing Alice changed")
    {
        Lot bobEdit = bobCopy;
        bobEdit.expires = QDate(2026, 1, 1);
        Result<Lot> r = bobLots.update(bobEdit);
        REQUIRE_FALSE(r.ok());
        CHECK(r.message().contains(QStringLiteral("alice")));
    }

    // Nothing of Bob's was written; Alice's change persists, version bumped once.
    CHECK(w.counts() == afterAlice);
    for (LotStore *store : {&aliceLots, &bobLots}) {
        const Lot now = store->get(created.id).value();
        CHECK(now.version == v + 1);
        CHECK(now.quantity == 11);
        CHECK(now.unitCost == created.unitCost);
        CHECK(now.expires == created.expires);
        CHECK(now.status == LotStatus::Active);
        CHECK(now.notes == QLatin1String("alice counted"));
        CHECK(now.updatedBy == QLatin1String("alice"));
    }
    const QList<AuditEvent> history = lotEvents(*second, created.id);
    REQUIRE(history.size() == 2);
    CHECK(history[1].user == QLatin1String("alice"));

    // Bob, after reopening the lot, can save on top of Alice's change.
    Lot fresh = bobLots.get(created.id).value();
    fresh.unitCost = 99;
    const Lot bobSaved = requireOk(bobLots.update(fresh));
    CHECK(bobSaved.version == v + 2);
    CHECK(bobSaved.quantity == 11);
    CHECK(bobSaved.updatedBy == QLatin1String("bob"));
    CHECK(aliceLots.get(created.id).value().unitCost == 99);
}

TEST_CASE("A stale archive or restore on the same connection is refused", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const Lot lot = w.createNumbered(QStringLiteral("LOT-1"));
    Lot edit = lot;
    edit.quantity = 20;
    const Lot saved = requireOk(w.lots.update(edit));
    const LotCounts before = w.counts();

    Result<Lot> r = w.lots.archive(lot.id, lot.version);
    REQUIRE_FALSE(r.ok());
    CHECK(r.message().contains(QStringLiteral("tester")));
    CHECK(w.counts() == before);
    CHECK(w.lots.get(lot.id).value().status == LotStatus::Active);

    const Lot archived = requireOk(w.lots.archive(saved.id, saved.version));
    const LotCounts afterArchive = w.counts();
    CHECK_FALSE(w.lots.restore(archived.id, saved.version).ok());
    CHECK_FALSE(w.lots.restore(archived.id, archived.version + 1).ok());
    CHECK(w.counts() == afterArchive);
    CHECK(w.lots.get(lot.id).value().status == LotStatus::Archived);
}

TEST_CASE("Lots cannot be deleted and their rows survive every operation", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    Lot lot = w.createNumbered(QStringLiteral("LOT-1"));
    lot = requireOk(w.lots.archive(lot.id, lot.version));
    lot = requireOk(w.lots.restore(lot.id, lot.version));
    lot = requireOk(w.lots.archive(lot.id, lot.version));
    CHECK(countRows(tmp.db(), QStringLiteral("lot")) == 1);
    CHECK(lotEvents(tmp.db(), lot.id).size() == 4);

    // The referenced catalog rows cannot be deleted from under a lot either.
    QSqlQuery q(tmp.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM supplier WHERE id = %1").arg(w.acme.id)));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM bin WHERE id = %1").arg(w.mainA1.id)));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM part WHERE id = %1").arg(w.part.id)));
    q.finish();
    CHECK(w.lots.row(lot.id).value().binCode == QLatin1String("A-1"));
}

TEST_CASE("A lot change whose audit event cannot be written is not saved", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const Lot lot = w.createNumbered(QStringLiteral("LOT-1"));
    execSql(tmp.db(), QStringLiteral("CREATE TEMP TRIGGER audit_fails BEFORE INSERT ON "
                                     "audit_event BEGIN SELECT RAISE(ABORT, 'audit down'); END"));
    const LotCounts before = w.counts();

    Result<Lot> created = w.lots.create(w.draft(QStringLiteral("LOT-2")));
    CHECK_FALSE(created.ok());
    CHECK(created.message().contains(QStringLiteral("audit down")));
    Lot edit = lot;
    edit.quantity = 50;
    CHECK_FALSE(w.lots.update(edit).ok());
    CHECK_FALSE(w.lots.archive(lot.id, lot.version).ok());

    CHECK(w.counts() == before);
    const Lot stored = w.lots.get(lot.id).value();
    CHECK(stored.quantity == 10);
    CHECK(stored.version == lot.version);
    CHECK(stored.status == LotStatus::Active);
    CHECK_FALSE(w.lots.find(w.part.id, QStringLiteral("LOT-2")).ok());
}
