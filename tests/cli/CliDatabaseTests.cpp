// init and check on real files: a sound database passes; every kind of file
// Lotbook refuses makes `check` (and any other command) exit 2 with a message
// that says what is wrong, and stays byte-for-byte as it was.
#include "CliRunner.h"
#include "PartStore.h"
#include "Schema.h"
#include "TempDb.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using lotbook::test::CliResult;
using lotbook::test::CliWorkspace;
using lotbook::test::fileHash;

namespace {

// Runs `sql` statements on `path` through a raw connection, closed and removed after.
void rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("cli-tests-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("cli: init creates a database that check accepts", "[cli][check]")
{
    CliWorkspace ws;
    const CliResult init = ws.run({QStringLiteral("init")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("Created")));
    REQUIRE(QFileInfo::exists(ws.dbPath()));

    const CliResult check = ws.run({QStringLiteral("check")});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.err.isEmpty());
    CHECK(check.out.contains(
        QStringLiteral("Schema version:  %1").arg(lotbook::Schema::currentVersion())));
    CHECK(check.out.contains(QStringLiteral("0x4C4F5442")));
    CHECK(check.out.contains(QStringLiteral("Integrity:       ok")));
    CHECK(check.out.contains(QStringLiteral("Foreign keys:    ok")));

    // check only reads; a second init leaves the existing database alone.
    const QByteArray before = fileHash(ws.dbPath());
    CHECK(ws.run({QStringLiteral("check")}).exitCode == 0);
    CHECK(fileHash(ws.dbPath()) == before);
    const CliResult again = ws.run({QStringLiteral("init")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("already initialised")));
    CHECK(fileHash(ws.dbPath()) == before);

    // An empty file is turned into a database, as the desktop application does.
    const QString empty = ws.file(QStringLiteral("empty.sqlite"));
    lotbook::test::writeFile(empty, {});
    const CliResult fromEmpty = ws.runRaw({QStringLiteral("--db"), empty, QStringLiteral("init")});
    CHECK(fromEmpty.exitCode == 0);
    CHECK(ws.runRaw({QStringLiteral("--db"), empty, QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("cli: check and other commands refuse bad files with exit 2 and leave them untouched",
          "[cli][check]")
{
    lotbook::test::TempDb temp(QStringLiteral("made-by-core.sqlite"));
    const QString home = temp.dir();
    QString path;
    QString expected; // what stderr must say

    SECTION("missing file")
    {
        temp.close();
        path = temp.file(QStringLiteral("nowhere.sqlite"));
        expected = QStringLiteral("There is no database file");
    }
    SECTION("a text file")
    {
        temp.close();
        path = temp.file(QStringLiteral("notes.txt"));
        lotbook::test::writeFile(path, "Shopping list: capacitors, resistors.\n");
        expected = QStringLiteral("not a database file");
    }
    SECTION("an SQLite file that is not Lotbook")
    {
        temp.close();
        path = temp.file(QStringLiteral("other.sqlite"));
        rawSql(path, {QStringLiteral("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)"),
                      QStringLiteral("INSERT INTO recipe (name) VALUES ('soup')")});
        expected = QStringLiteral("not a Lotbook database");
    }
    SECTION("a Lotbook file from a newer version")
    {
        temp.close();
        path = temp.path();
        rawSql(path, {QStringLiteral("PRAGMA user_version = %1")
                          .arg(lotbook::Schema::currentVersion() + 1)});
        expected = QStringLiteral("newer version of Lotbook");
    }
    SECTION("a corrupt Lotbook file")
    {
        lotbook::test::damageFillerPage(temp);
        path = temp.path();
        expected = QStringLiteral("damaged (corrupt)");
    }

    const bool existed = QFileInfo::exists(path);
    const QByteArray before = fileHash(path);
    const QList<QStringList> commands{
        {QStringLiteral("check")},
        {QStringLiteral("part"), QStringLiteral("list")},
        {QStringLiteral("part"), QStringLiteral("add"), QStringLiteral("--number"),
         QStringLiteral("X"), QStringLiteral("--name"), QStringLiteral("X")},
    };
    for (const QStringList &command : commands) {
        INFO("lotbook-cli --db " << path.toStdString() << " "
                                 << command.join(QLatin1Char(' ')).toStdString());
        const CliResult r =
            lotbook::test::runCli(QStringList{QStringLiteral("--db"), path} + command, home);
        INFO("stderr: " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(QStringLiteral("error: ")));
        CHECK(r.err.contains(expected));
        CHECK(r.err.contains(path));
        CHECK(QFileInfo::exists(path) == existed);
        CHECK(fileHash(path) == before);
    }

    // init refuses too, except on a missing file, which it creates.
    const CliResult init =
        lotbook::test::runCli({QStringLiteral("--db"), path, QStringLiteral("init")}, home);
    if (existed) {
        CHECK(init.exitCode == 2);
        CHECK(init.err.contains(expected));
        CHECK(fileHash(path) == before);
    } else {
        CHECK(init.exitCode == 0);
        CHECK(QFileInfo::exists(path));
    }
}

TEST_CASE("cli: check reports broken references with exit 2", "[cli][check]")
{
    lotbook::test::TempDb temp;
    temp.close();
    // A bin whose warehouse does not exist: only possible with foreign keys off.
    rawSql(temp.path(),
           {QStringLiteral("PRAGMA foreign_keys = OFF"),
            QStringLiteral("INSERT INTO bin (warehouse_id, code, code_key, created_at, "
                           "created_by, updated_at, updated_by) VALUES (42, 'A1', 'a1', "
                           "'2026-01-01T00:00:00.000Z', 't', '2026-01-01T00:00:00.000Z', 't')")});
    const CliResult r = lotbook::test::runCli(
        {QStringLiteral("--db"), temp.path(), QStringLiteral("check")}, temp.dir());
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.out.contains(QStringLiteral("Integrity:       ok")));
    CHECK(r.out.contains(QStringLiteral("1 broken reference")));
    CHECK(r.err.contains(QStringLiteral("bin row 1 refers to a missing warehouse row")));
}
