// lotbook-cli backup with the real binary: the copy passes `check` and holds
// the data; it is consistent while another process holds an uncommitted
// change; existing files, missing folders and refused databases give the
// documented exit codes and messages; an older file is copied before a
// command upgrades it.
#include "CatalogDrafts.h"
#include "CliRunner.h"
#include "Database.h"
#include "PartStore.h"
#include "Schema.h"
#include "TempDb.h"
#include "Transaction.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace lotbook::test;

namespace {

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

// Part numbers in a database, through the CLI.
QString partList(const CliWorkspace &ws, const QString &db)
{
    const CliResult r = ws.runRaw({s("--db"), db, s("part"), s("list"), s("--format"), s("csv")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

} // namespace

TEST_CASE("cli: backup writes a copy that check accepts and that holds the data", "[cli][backup]")
{
    CliWorkspace ws;
    ws.init();
    runOk(ws, args({"part", "add", "--number", "CAP-100", "--name", "Run capacitor"}));
    const QString copy = ws.file(s("copy.sqlite"));

    const CliResult r = runOk(ws, {s("backup"), copy});
    CHECK(r.out.contains(copy));
    CHECK(r.out.contains(s("passed its check")));
    CHECK(r.out.contains(s("schema version %1").arg(lotbook::Schema::currentVersion())));
    CHECK(r.err.isEmpty());
    REQUIRE(QFileInfo::exists(copy));

    const CliResult check = ws.runRaw({s("--db"), copy, s("check")});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(s("Integrity:       ok")));
    CHECK(partList(ws, copy).contains(s("CAP-100")));
    const CliResult audit = ws.runRaw({s("--db"), copy, s("audit"), s("verify")});
    INFO(audit.err.toStdString());
    CHECK(audit.exitCode == 0);
}

TEST_CASE("cli: backup into a folder names the copy after the database and today", "[cli][backup]")
{
    CliWorkspace ws;
    ws.init();
    const QString folder = ws.file(s("backups"));
    REQUIRE(QDir().mkpath(folder));
    runOk(ws, {s("backup"), folder});
    const QString expected = folder + s("/lotbook-%1.sqlite").arg(today());
    INFO(QDir(folder).entryList(QDir::Files).join(s(", ")).toStdString());
    CHECK(QFileInfo::exists(expected));
    CHECK(ws.runRaw({s("--db"), expected, s("check")}).exitCode == 0);
}

TEST_CASE("cli: backup refuses an existing file with exit 1 unless --force", "[cli][backup]")
{
    CliWorkspace ws;
    ws.init();
    const QString existing = ws.file(s("backup.sqlite"));
    writeFile(existing, "keep me");
    const QByteArray before = fileHash(existing);

    const CliResult refused = ws.run({s("backup"), existing});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(existing));
    CHECK(refused.err.contains(s("already exists")));
    CHECK(refused.err.contains(s("--force")));
    CHECK(refused.out.isEmpty());
    CHECK(fileHash(existing) == before);

    runOk(ws, {s("backup"), existing, s("--force")});
    CHECK(fileHash(existing) != before);
    CHECK(ws.runRaw({s("--db"), existing, s("check")}).exitCode == 0);
}

TEST_CASE("cli: backup to a missing folder exits 1 naming the folder", "[cli][backup]")
{
    CliWorkspace ws;
    ws.init();
    const QString folder = ws.file(s("no/such/folder"));
    const CliResult r = ws.run({s("backup"), folder + s("/b.sqlite")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(folder));
    CHECK(r.err.contains(s("does not exist")));
    CHECK_FALSE(QFileInfo::exists(ws.file(s("no"))));
}

TEST_CASE("cli: backup of a database that is refused exits 2", "[cli][backup]")
{
    CliWorkspace ws;
    const QString copy = ws.file(s("copy.sqlite"));
    SECTION("missing")
    {
        const CliResult r = ws.run({s("backup"), copy});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(s("There is no database file")));
    }
    SECTION("not a database")
    {
        writeFile(ws.dbPath(), "part_number,name\nP-1,Widget\n");
        const CliResult r = ws.run({s("backup"), copy});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(s("not a database file")));
    }
    CHECK_FALSE(QFileInfo::exists(copy));
}

TEST_CASE("cli: backup usage errors exit 64", "[cli][backup]")
{
    CliWorkspace ws;
    ws.init();
    CHECK(ws.run({s("backup")}).exitCode == 64);
    CHECK(ws.run({s("backup"), ws.file(s("a.sqlite")), s("--fast")}).exitCode == 64);
    const CliResult help = ws.run({s("backup"), s("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(s("--force")));
}

TEST_CASE("cli: backup while another process holds an uncommitted change copies only what was "
          "committed",
          "[cli][backup]")
{
    TempDb temp;
    REQUIRE(lotbook::PartStore(temp.db()).create(makePart(s("COMMITTED"))).ok());
    const QString copy = temp.file(s("copy.sqlite"));
    CliResult r;
    {
        // This process holds the write lock with a change not committed.
        lotbook::Transaction tx(temp.db().connection());
        REQUIRE(tx.isActive());
        REQUIRE(lotbook::PartStore(temp.db()).create(makePart(s("UNCOMMITTED"))).ok());
        r = runCli({s("--db"), temp.path(), s("backup"), copy}, temp.dir());
    }
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const CliResult parts =
        runCli({s("--db"), copy, s("part"), s("list"), s("--format"), s("csv")}, temp.dir());
    CHECK(parts.out.contains(s("COMMITTED")));
    CHECK_FALSE(parts.out.contains(s("UNCOMMITTED")));
    CHECK(runCli({s("--db"), copy, s("check")}, temp.dir()).exitCode == 0);
}

TEST_CASE("cli: a command that upgrades an older file says where the copy of it went",
          "[cli][backup][migration]")
{
    CliWorkspace ws;
    const int old = lotbook::Schema::currentVersion() - 1;
    {
        const QString name = s("cli-backup-old");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), name);
            db.setDatabaseName(ws.dbPath());
            REQUIRE(db.open());
            const auto &all = lotbook::Schema::steps();
            REQUIRE(lotbook::Schema::migrate(db, {all.begin(), all.begin() + old}).ok());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray oldHash = fileHash(ws.dbPath());

    const CliResult r = runOk(ws, args({"part", "list"}));
    const QString copy = ws.dbPath() + s(".v%1-%2.bak").arg(old).arg(today());
    INFO(r.err.toStdString());
    CHECK(r.err.contains(copy));
    CHECK(r.err.contains(s("Upgraded")));
    REQUIRE(QFileInfo::exists(copy));
    CHECK(fileHash(ws.dbPath()) != oldHash);
    // `check` on the copy: an older, sound Lotbook database.
    const CliResult check = ws.runRaw({s("--db"), copy, s("check")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(s("Schema version:  %1").arg(old)));
}
