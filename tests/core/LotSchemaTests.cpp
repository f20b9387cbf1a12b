// Schema step 2 defends the lot rules even against raw SQL (a bin of another
// warehouse, an expiry before the received date, a bad quantity, cost or
// status, a duplicate key); part_list counts the active lots of lot-tracked
// parts; and the sample data shows every kind of lot.
#include "Expiry.h"
#include "LotFixture.h"
#include "SampleData.h"
#include "Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace lotbook;
using namespace lotbook::test;

namespace {

// Raw INSERT of a lot with the given column overrides; returns the driver's
// error text, empty on success.
QString insertRaw(Database &db, const LotWorld &w, const QVariantMap &overrides)
{
    QVariantMap v{{QStringLiteral("part_id"), w.part.id},
                  {QStringLiteral("lot_number"), QStringLiteral("RAW-1")},
                  {QStringLiteral("lot_key"), QStringLiteral("raw-1")},
                  {QStringLiteral("received_on"), QStringLiteral("2024-01-10")},
                  {QStringLiteral("expires_on"), QStringLiteral("2025-01-10")},
                  {QStringLiteral("quantity"), 5},
                  {QStringLiteral("unit_cost"), 100},
                  {QStringLiteral("supplier_id"), w.acme.id},
                  {QStringLiteral("warehouse_id"), w.main.id},
                  {QStringLiteral("bin_id"), w.mainA1.id},
                  {QStringLiteral("status"), QStringLiteral("active")},
                  {QStringLiteral("created_at"), QStringLiteral("2024-01-10T00:00:00.000Z")},
                  {QStringLiteral("created_by"), QStringLiteral("raw")},
                  {QStringLiteral("updated_at"), QStringLiteral("2024-01-10T00:00:00.000Z")},
                  {QStringLiteral("updated_by"), QStringLiteral("raw")}};
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
        v.insert(it.key(), it.value());
    const QStringList columns = v.keys();
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(db.connection());
    REQUIRE(
        q.prepare(QStringLiteral("INSERT INTO lot (%1) VALUES (%2)")
                      .arg(columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")))));
    for (const QString &c : columns)
        q.addBindValue(v.value(c));
    if (q.exec())
        return {};
    const QString error = q.lastError().text();
    return error.isEmpty() ? QStringLiteral("failed") : error;
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(sql) && q.next();
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
    return q.value(0);
}

QVariant activeLots(Database &db, qint64 partId)
{
    return scalar(db,
                  QStringLiteral("SELECT active_lots FROM part_list WHERE id = %1").arg(partId));
}

} // namespace

TEST_CASE("The lot table refuses through raw SQL what the store refuses", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    REQUIRE(Schema::currentVersion() >= 2);
    CHECK(tmp.db().schemaVersion() == Schema::currentVersion());

    // The baseline row is acceptable, so each refusal below is the one override.
    REQUIRE(insertRaw(tmp.db(), w, {}).isEmpty());
    const qint64 lots = countRows(tmp.db(), QStringLiteral("lot"));
    auto key = [n = 0]() mutable {
        ++n;
        return QVariantMap{{QStringLiteral("lot_number"), QStringLiteral("RAW-X%1").arg(n)},
                           {QStringLiteral("lot_key"), QStringLiteral("raw-x%1").arg(n)}};
    };
    auto with = [&](QVariantMap extra) {
        QVariantMap m = key();
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            m.insert(it.key(), it.value());
        return insertRaw(tmp.db(), w, m);
    };

    SECTION("a bin of another warehouse")
    {
        const QString error = with({{QStringLiteral("bin_id"), w.coldB1.id}});
        INFO(error.toStdString());
        CHECK(error.contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive));
        // The same bin with its own warehouse is fine.
        CHECK(with({{QStringLiteral("bin_id"), w.coldB1.id},
                    {QStringLiteral("warehouse_id"), w.cold.id}})
                  .isEmpty());
        CHECK(countRows(tmp.db(), QStringLiteral("lot")) == lots + 1);
    }
    SECTION("an expiry before the received date")
    {
        const QString error = with({{QStringLiteral("expires_on"), QStringLiteral("2024-01-09")}});
        INFO(error.toStdString());
        CHECK(error.contains(QStringLiteral("CHECK"), Qt::CaseInsensitive));
        CHECK(with({{QStringLiteral("expires_on"), QStringLiteral("2024-01-10")}}).isEmpty());
        CHECK(with({{QStringLiteral("expires_on"), QVariant()}}).isEmpty());
        CHECK(countRows(tmp.db(), QStringLiteral("lot")) == lots + 2);
    }
    SECTION("an update that moves the expiry before the received date")
    {
        QSqlQuery q(tmp.db().connection());
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE lot SET expires_on = '2023-12-31'")));
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE lot SET bin_id = %1").arg(w.coldB1.id)));
        CHECK(scalar(tmp.db(), QStringLiteral("SELECT expires_on FROM lot")).toString() ==
              QLatin1String("2025-01-10"));
    }
    SECTION("other values the rules refuse")
    {
        CHECK_FALSE(with({{QStringLiteral("quantity"), 0}}).isEmpty());
        CHECK_FALSE(with({{QStringLiteral("quantity"), -1}}).isEmpty());
        CHECK_FALSE(with({{QStringLiteral("unit_cost"), -1}}).isEmpty());
        CHECK_FALSE(with({{QStringLiteral("status"), QStringLiteral("deleted")}}).isEmpty());
        CHECK_FALSE(with({{QStringLiteral("lot_number"), QStringLiteral("  ")}}).isEmpty());
        CHECK_FALSE(with({{QStringLiteral("received_on"), QVariant()}}).isEmpty());
        CHECK_FALSE(with({{QStringLiteral("supplier_id"), 4242}}).isEmpty());
        CHECK_FALSE(with({{QStringLiteral("warehouse_id"), 4242}}).isEmpty());
        CHECK_FALSE(with({{QStringLiteral("part_id"), 4242}}).isEmpty());
        CHECK_FALSE(with({{QStringLiteral("bin_id"), 4242}}).isEmpty());
        // The same key on the same part, but allowed on another part.
        CHECK_FALSE(insertRaw(tmp.db(), w, {}).isEmpty());
        CHECK(insertRaw(tmp.db(), w, {{QStringLiteral("part_id"), w.otherPart.id}}).isEmpty());
        CHECK(countRows(tmp.db(), QStringLiteral("lot")) == lots + 1);
        // Zero cost is allowed.
        CHECK(with({{QStringLiteral("unit_cost"), 0}}).isEmpty());
    }
}

TEST_CASE("part_list counts only active lots of lot-tracked parts", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    CHECK(activeLots(tmp.db(), w.part.id).toLongLong() == 0);
    CHECK_FALSE(activeLots(tmp.db(), w.part.id).isNull());
    CHECK(activeLots(tmp.db(), w.untracked.id).isNull());

    const Lot a = w.createNumbered(QStringLiteral("A"));
    w.createNumbered(QStringLiteral("B"));
    const Lot c = w.createNumbered(QStringLiteral("C"));
    Lot other = w.draft(QStringLiteral("A"));
    other.partId = w.otherPart.id;
    w.create(other);
    CHECK(activeLots(tmp.db(), w.part.id).toLongLong() == 3);
    CHECK(activeLots(tmp.db(), w.otherPart.id).toLongLong() == 1);

    REQUIRE(w.lots.archive(a.id, a.version).ok());
    const Lot archivedC = w.lots.archive(c.id, c.version).value();
    CHECK(activeLots(tmp.db(), w.part.id).toLongLong() == 1);
    REQUIRE(w.lots.restore(archivedC.id, archivedC.version).ok());
    CHECK(activeLots(tmp.db(), w.part.id).toLongLong() == 2);

    // Lot tracking stays on once a part has lots, so its lots never lose their tab.
    Part p = w.parts.get(w.part.id).value();
    p.trackLots = false;
    const Result<Part> refused = w.parts.update(p);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errors().first().field == QStringLiteral("track_lots"));
    CHECK(refused.message().contains(QStringLiteral("3 lot(s)")));
    CHECK(w.parts.get(w.part.id).value().trackLots);
    CHECK(activeLots(tmp.db(), w.part.id).toLongLong() == 2);
    CHECK(countRows(tmp.db(), QStringLiteral("lot")) == 4);
    CHECK(activeLots(tmp.db(), w.otherPart.id).toLongLong() == 1);
}

TEST_CASE("A deactivated part takes no new lots but its lots stay editable", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const Lot existing = w.createNumbered(QStringLiteral("OLD-1"));
    REQUIRE(w.parts.setActive(w.part.id, false).ok());
    const qint64 lotsBefore = countRows(tmp.db(), QStringLiteral("lot"));

    const Result<Lot> refused = w.lots.create(w.draft(QStringLiteral("NEW-1")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errors().first().field == QStringLiteral("part"));
    CHECK(refused.message().contains(QStringLiteral("deactivated")));
    CHECK(countRows(tmp.db(), QStringLiteral("lot")) == lotsBefore);

    Lot edited = existing;
    edited.notes = QStringLiteral("Counted again");
    CHECK(w.lots.update(edited).ok());
}

TEST_CASE("Sample data includes archived and no-expiry and expired lots", "[core][lots]")
{
    TempDb tmp;
    REQUIRE(SampleData::populate(tmp.db()).ok());
    LotStore lots(tmp.db());
    LotFilter all;
    all.status = LotFilter::Status::All;
    const QList<LotRow> rows = lots.list(all).value();
    REQUIRE(rows.size() >= 3);
    CHECK(lots.count(all).value() == rows.size());

    const QDate today = QDate::currentDate();
    int archived = 0, noExpiry = 0, expired = 0, soon = 0, freeOfCharge = 0;
    for (const LotRow &r : rows) {
        INFO(r.partNumber.toStdString() << "/" << r.lot.lotNumber.toStdString());
        CHECK(LotStore(tmp.db()).validate(r.lot, today.addDays(1)).isEmpty());
        if (r.lot.status == LotStatus::Archived) {
            ++archived;
            CHECK_FALSE(r.lot.archiveReason.isEmpty());
        }
        const ExpiryState state = expiryOf(r.lot.expires, today, 30).state;
        noExpiry += state == ExpiryState::NoExpiry;
        expired += state == ExpiryState::Expired && r.lot.status == LotStatus::Active;
        soon += state == ExpiryState::ExpiringSoon;
        freeOfCharge += r.lot.unitCost == 0;
    }
    CHECK(archived >= 1);
    CHECK(noExpiry >= 1);
    CHECK(expired >= 1);
    CHECK(soon >= 1);
    CHECK(freeOfCharge >= 1);

    // Each lot was audited: a create, plus an archive for archived ones.
    qint64 lotEventsTotal = 0;
    for (const LotRow &r : rows)
        lotEventsTotal += lotEvents(tmp.db(), r.lot.id).size();
    CHECK(lotEventsTotal == rows.size() + archived);

    // Lots only on lot-tracked parts.
    for (const LotRow &r : rows) {
        INFO(r.partNumber.toStdString());
        CHECK(PartStore(tmp.db()).get(r.lot.partId).value().trackLots);
    }
}
