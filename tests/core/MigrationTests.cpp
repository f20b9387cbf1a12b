// Schema migrations by user_version steps: each step is all-or-nothing, running
// them again changes nothing, and a file from any older version upgrades to the
// current one keeping its data.
#include "AuditQuery.h"
#include "Database.h"
#include "LotFixture.h"
#include "LotStore.h"
#include "PartStore.h"
#include "RawConnection.h"
#include "Schema.h"
#include "TempDb.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace lotbook;
using lotbook::test::fileHash;

namespace {
using lotbook::test::RawConnection;

std::vector<MigrationStep> firstSteps(std::size_t count)
{
    const std::vector<MigrationStep> &all = Schema::steps();
    return {all.begin(), all.begin() + static_cast<std::ptrdiff_t>(std::min(count, all.size()))};
}

const std::vector<MigrationStep> kBrokenSteps{
    {1,
     {QStringLiteral("CREATE TABLE first (x INTEGER)"),
      QStringLiteral("INSERT INTO first (x) VALUES (1)")}},
    {2,
     {QStringLiteral("CREATE TABLE second (y INTEGER)"),
      QStringLiteral("INSERT INTO second (y) VALUES (2)"),
      QStringLiteral("THIS IS NOT SQL AT ALL")}},
    {3, {QStringLiteral("CREATE TABLE third (z INTEGER)")}},
};

} // namespace

TEST_CASE("The built-in migration steps are numbered from 1 without gaps", "[core][migration]")
{
    const std::vector<MigrationStep> &steps = Schema::steps();
    REQUIRE_FALSE(steps.empty());
    for (std::size_t i = 0; i < steps.size(); ++i) {
        INFO("step " << i);
        CHECK(steps[i].version == static_cast<int>(i) + 1);
        CHECK_FALSE(steps[i].statements.isEmpty());
    }
    CHECK(Schema::currentVersion() == steps.back().version);
}

TEST_CASE("A failing migration step leaves the database at the previous version",
          "[core][migration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("steps.sqlite"));
    {
        RawConnection raw(path);
        REQUIRE(Schema::migrate(raw.db(), {kBrokenSteps.front()}).ok());
        CHECK(Schema::userVersion(raw.db()) == 1);
    }
    const QByteArray hashAtVersion1 = fileHash(path);

    RawConnection raw(path);
    const QStringList schemaBefore = raw.schema();
    Status s = Schema::migrate(raw.db(), kBrokenSteps);
    INFO("message: " << s.message().toStdString());
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().contains(QStringLiteral("THIS IS NOT SQL")));

    CHECK(Schema::userVersion(raw.db()) == 1);
    CHECK(raw.tableExists(QStringLiteral("first")));
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM first")).toInt() == 1);
    // The step's earlier, valid statements were rolled back with it.
    CHECK_FALSE(raw.tableExists(QStringLiteral("second")));
    CHECK_FALSE(raw.tableExists(QStringLiteral("third")));
    CHECK(raw.schema() == schemaBefore);
    CHECK(fileHash(path) == hashAtVersion1);

    // The connection is left usable: a corrected step list completes the upgrade.
    std::vector<MigrationStep> fixed = kBrokenSteps;
    fixed[1].statements.removeLast();
    Status retry = Schema::migrate(raw.db(), fixed);
    INFO("retry: " << retry.message().toStdString());
    REQUIRE(retry.ok());
    CHECK(Schema::userVersion(raw.db()) == 3);
    CHECK(raw.scalar(QStringLiteral("SELECT y FROM second")).toInt() == 2);
    CHECK(raw.tableExists(QStringLiteral("third")));
}

TEST_CASE("A failing first step leaves a new file at version 0", "[core][migration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    RawConnection raw(dir.filePath(QStringLiteral("fresh.sqlite")));
    Status s = Schema::migrate(
        raw.db(),
        {{1, {QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("CREATE TABLE a (x)")}}});
    CHECK_FALSE(s.ok());
    CHECK_FALSE(s.message().isEmpty());
    CHECK(Schema::userVersion(raw.db()) == 0);
    CHECK_FALSE(raw.tableExists(QStringLiteral("a")));
}

TEST_CASE("Migrating step by step reaches the current version; migrating again is a no-op",
          "[core][migration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    RawConnection raw(dir.filePath(QStringLiteral("fresh.sqlite")));
    CHECK(Schema::userVersion(raw.db()) == 0);

    const std::vector<MigrationStep> &steps = Schema::steps();
    for (std::size_t i = 0; i < steps.size(); ++i) {
        Status s = Schema::migrate(raw.db(), firstSteps(i + 1));
        INFO("step " << steps[i].version << ": " << s.message().toStdString());
        REQUIRE(s.ok());
        CHECK(Schema::userVersion(raw.db()) == steps[i].version);
    }
    CHECK(Schema::userVersion(raw.db()) == Schema::currentVersion());
    CHECK(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt() == Database::kApplicationId);
    CHECK(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));

    const QStringList schema = raw.schema();
    raw.exec(
        QStringLiteral("INSERT INTO audit_event (at, user_name, action, entity, entity_id, "
                       "entity_key, changes) VALUES ('t', 'u', 'create', 'part', 1, 'k', '[]')"));
    for (int run = 0; run < 2; ++run) {
        Status again = Schema::migrate(raw.db());
        INFO(again.message().toStdString());
        CHECK(again.ok());
        CHECK(Schema::userVersion(raw.db()) == Schema::currentVersion());
        CHECK(raw.schema() == schema);
        CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_event")).toInt() == 1);
    }
}

TEST_CASE("Migrating all at once gives the same schema as step by step", "[core][migration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    RawConnection stepwise(dir.filePath(QStringLiteral("stepwise.sqlite")));
    for (std::size_t i = 1; i <= Schema::steps().size(); ++i)
        REQUIRE(Schema::migrate(stepwise.db(), firstSteps(i)).ok());
    RawConnection atOnce(dir.filePath(QStringLiteral("at-once.sqlite")));
    REQUIRE(Schema::migrate(atOnce.db()).ok());
    CHECK(atOnce.schema() == stepwise.schema());

    // And the same as a file created through Database::open.
    lotbook::test::TempDb tmp;
    tmp.close();
    RawConnection opened(tmp.path());
    CHECK(opened.schema() == atOnce.schema());
}

TEST_CASE("A database newer than every known step is left alone by migrate", "[core][migration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    RawConnection raw(dir.filePath(QStringLiteral("newer.sqlite")));
    raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion() + 5));
    CHECK(Schema::migrate(raw.db()).ok());
    CHECK(Schema::userVersion(raw.db()) == Schema::currentVersion() + 5);
    CHECK(raw.schema().isEmpty());
}

TEST_CASE("Migrating a closed connection reports an error", "[core][migration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    RawConnection raw(dir.filePath(QStringLiteral("closed.sqlite")));
    QSqlDatabase db = raw.db();
    db.close();
    CHECK(Schema::userVersion(db) == -1);
    Status s = Schema::migrate(db);
    CHECK_FALSE(s.ok());
    CHECK_FALSE(s.message().isEmpty());
}

TEST_CASE("A later step upgrades existing data in place", "[core][migration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::vector<MigrationStep> v1{
        {1, {QStringLiteral("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")}}};
    std::vector<MigrationStep> v2 = v1;
    v2.push_back({2,
                  {QStringLiteral("ALTER TABLE item ADD COLUMN price INTEGER NOT NULL DEFAULT 0"),
                   QStringLiteral("UPDATE item SET price = 100 WHERE name = 'old'")}});

    RawConnection raw(dir.filePath(QStringLiteral("data.sqlite")));
    REQUIRE(Schema::migrate(raw.db(), v1).ok());
    raw.exec(QStringLiteral("INSERT INTO item (name) VALUES ('old')"));
    REQUIRE(Schema::migrate(raw.db(), v2).ok());
    CHECK(Schema::userVersion(raw.db()) == 2);
    CHECK(raw.scalar(QStringLiteral("SELECT name || ':' || price FROM item")).toString() ==
          QLatin1String("old:100"));
}

TEST_CASE("Database::open upgrades a file from every older schema version and keeps its data",
          "[core][migration][open]")
{
    // Version 0 is a file without any schema: see the empty-file tests.
    for (int k = 1; k < Schema::currentVersion(); ++k) {
        DYNAMIC_SECTION("from version " << k)
        {
            QTemporaryDir dir;
            REQUIRE(dir.isValid());
            const QString path = dir.filePath(QStringLiteral("v%1.sqlite").arg(k));
            {
                RawConnection raw(path);
                REQUIRE(Schema::migrate(raw.db(), firstSteps(std::size_t(k))).ok());
                REQUIRE(Schema::userVersion(raw.db()) == k);
                // Written with the version 1 columns, which every later step must keep.
                raw.exec(QStringLiteral(
                    "INSERT INTO part (part_number, part_key, name, name_key, created_at, "
                    "created_by, updated_at, updated_by) VALUES ('OLD-1', 'old-1', 'Old part', "
                    "'old part', '2024-01-01T00:00:00.000Z', 'a', '2024-01-01T00:00:00.000Z', "
                    "'a')"));
            }
            OpenResult r = Database::open(path, OpenMode::OpenExisting);
            INFO(r.message.toStdString());
            REQUIRE(r.ok());
            CHECK(r.database->schemaVersion() == Schema::currentVersion());
            Result<Part> old = PartStore(*r.database).findByNumber(QStringLiteral("old-1"));
            REQUIRE(old.ok());
            CHECK(old.value().name == QLatin1String("Old part"));
        }
    }

    SECTION("the current version opens without any change to the schema")
    {
        lotbook::test::TempDb tmp;
        tmp.close();
        QStringList before;
        {
            RawConnection raw(tmp.path());
            before = raw.schema();
        }
        tmp.reopen();
        tmp.close();
        RawConnection raw(tmp.path());
        CHECK(raw.schema() == before);
        CHECK(Schema::userVersion(raw.db()) == Schema::currentVersion());
    }
}

TEST_CASE("Inspecting an older file opens it read-only and leaves it as it was",
          "[core][migration][open]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    {
        RawConnection raw(path);
        REQUIRE(Schema::migrate(raw.db(), firstSteps(2)).ok());
    }
    const QByteArray before = lotbook::test::fileHash(path);
    {
        OpenResult r = Database::open(path, OpenMode::Inspect);
        INFO(r.message.toStdString());
        REQUIRE(r.ok());
        CHECK(r.database->isReadOnly());
        CHECK(r.database->schemaVersion() == 2);
        CHECK_FALSE(
            PartStore(*r.database)
                .create(
                    Part{0, QStringLiteral("P-1"), QStringLiteral("Part"), {}, 0, {}, false, true})
                .ok());
    }
    CHECK(lotbook::test::fileHash(path) == before);
    // Opened for work, the same file is upgraded.
    OpenResult w = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(w.ok());
    CHECK(w.database->schemaVersion() == Schema::currentVersion());
}

TEST_CASE("Step 5 indexes the audit log's users: their list takes a seek per name",
          "[core][migration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    {
        RawConnection raw(path);
        REQUIRE(Schema::migrate(raw.db(), firstSteps(4)).ok());
        int seq = 0;
        for (const char *user : {"lee", "dana", "Dana", "admin", "dana", "lee"}) {
            QSqlQuery q(raw.db());
            REQUIRE(q.prepare(QStringLiteral(
                "INSERT INTO audit_event (seq, at, user_name, action, entity, entity_id, "
                "entity_key, changes) VALUES (?, '2024-01-01T00:00:00.000Z', ?, 'create', 'part', "
                "1, 'P-1', '[]')")));
            q.addBindValue(++seq);
            q.addBindValue(QString::fromLatin1(user));
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec());
        }
        CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                        "'audit_event_user'"))
                  .toInt() == 0);
    }
    OpenResult r = Database::open(path, OpenMode::OpenExisting);
    INFO(r.message.toStdString());
    REQUIRE(r.ok());
    REQUIRE(r.database->schemaVersion() >= 5);

    // Every name once, as written, ordered ignoring case: the list as before.
    const Result<QStringList> users = AuditQuery::users(*r.database);
    REQUIRE(users.ok());
    const QStringList names = users.value();
    CHECK(names.size() == 4);
    CHECK(QSet<QString>(names.begin(), names.end()) ==
          QSet<QString>{QStringLiteral("admin"), QStringLiteral("dana"), QStringLiteral("Dana"),
                        QStringLiteral("lee")});
    CHECK(names.first() == QLatin1String("admin"));
    CHECK(names.last() == QLatin1String("lee"));

    // Each next name is a seek in the new index, not a pass over every event.
    QSqlQuery plan(r.database->connection());
    REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT MIN(user_name) FROM audit_event "
                                     "WHERE user_name > 'dana'")));
    QStringList details;
    while (plan.next())
        details << plan.value(3).toString();
    INFO(details.join(QLatin1String(" / ")).toStdString());
    CHECK(details.join(QLatin1Char(' '))
              .contains(QLatin1String("USING COVERING INDEX "
                                      "audit_event_user")));
}

TEST_CASE("Step 6 keeps the number of lots in lot_tally, so counting every lot reads one row",
          "[core][migration]")
{
    lotbook::test::TempDb tmp;
    lotbook::test::LotWorld world(tmp.db());
    for (const char *number : {"L-1", "L-2", "L-3"})
        REQUIRE(world.lots.create(world.draft(QString::fromLatin1(number))).ok());
    tmp.close();
    {
        // The file as step 5 left it: no tally, no triggers.
        RawConnection raw(tmp.path());
        raw.exec(QStringLiteral("DROP TRIGGER lot_tally_insert"));
        raw.exec(QStringLiteral("DROP TRIGGER lot_tally_delete"));
        raw.exec(QStringLiteral("DROP TABLE lot_tally"));
        raw.exec(QStringLiteral("PRAGMA user_version = 5"));
    }
    tmp.reopen(); // upgrades
    REQUIRE(tmp.db().schemaVersion() == Schema::currentVersion());
    const auto tally = [&tmp] {
        QSqlQuery q(tmp.db().connection());
        REQUIRE((q.exec(QStringLiteral("SELECT lots FROM lot_tally")) && q.next()));
        return q.value(0).toLongLong();
    };
    const auto counted = [&tmp] {
        QSqlQuery q(tmp.db().connection());
        REQUIRE((q.exec(QStringLiteral("SELECT COUNT(*) FROM lot")) && q.next()));
        return q.value(0).toLongLong();
    };
    CHECK(tally() == 3);

    // Kept by every insert and delete, also in bulk; the unfiltered count reads it.
    LotStore lots(tmp.db());
    const Lot fourth = world.draft(QStringLiteral("L-4")); // ids only: its stores were closed
    REQUIRE(lots.create(fourth).ok());
    CHECK(tally() == 4);
    {
        QSqlQuery q(tmp.db().connection());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM lot WHERE lot_number IN ('L-1', 'L-2')")));
    }
    CHECK(tally() == 2);
    CHECK(tally() == counted());
    CHECK(lots.count(LotFilter{}).value() == 2);
    LotFilter archived;
    archived.status = LotFilter::Status::Archived;
    CHECK(lots.count(archived).value() == 0);
}
