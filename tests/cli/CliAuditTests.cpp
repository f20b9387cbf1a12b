// `audit verify` and `audit` through the real lotbook-cli on a database built
// with the CLI itself: verify prints the count and newest hash and exits 0 on
// an intact trail, names the first broken event and exits 2 on an edited or
// gapped one; `audit` lists events newest first with the changes in words,
// filters by lot, part, user, action, entity and UTC dates (alone and
// combined), and refuses bad input with a usage error.
#include "AuditLog.h"
#include "CliRunner.h"
#include "Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using lotbook::test::args;
using lotbook::test::CliResult;
using lotbook::test::CliWorkspace;
using lotbook::test::runOk;
using lotbook::test::s;

namespace {

// A usage error: exit 64, "error: ..." on stderr, nothing on stdout.
void checkUsageError(const CliWorkspace &ws, const QStringList &arguments, const char *text)
{
    const CliResult r = ws.run(arguments);
    INFO("lotbook-cli " << arguments.join(QLatin1Char(' ')).toStdString());
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    CHECK(r.exitCode == 64);
    CHECK(r.err.startsWith(QStringLiteral("error: ")));
    CHECK(r.err.contains(QString::fromUtf8(text)));
    CHECK(r.out.isEmpty());
}

// UTC date `days` from today, as the audit filters take it.
QString utcDay(qint64 days)
{
    return QDateTime::currentDateTimeUtc().date().addDays(days).toString(Qt::ISODate);
}

// Catalogs, three lots and their changes by three users. Events:
//  1 part CAP-100, 2 part RES-200, 3 supplier, 4 warehouse, 5 bin (clerk)
//  6 CAP-100/ACME-0101, 7 CAP-100/ACME-0102, 8 RES-200/ACME-0101 (clerk)
//  9 CAP-100/ACME-0101 expiry changed (alice)
// 10 CAP-100/ACME-0102 archived (bob)
// 11 part RES-200 renamed (alice)
void buildTrail(const CliWorkspace &ws)
{
    ws.init();
    const QStringList clerk = args({"--user", "clerk"});
    runOk(ws, clerk + args({"part", "add", "--number", "CAP-100", "--name", "Run capacitor",
                            "--track-lots"}));
    runOk(ws, clerk + args({"part", "add", "--number", "RES-200", "--name", "Resistor",
                            "--track-lots"}));
    runOk(ws, clerk + args({"supplier", "add", "--name", "Acme Parts Co."}));
    runOk(ws, clerk + args({"warehouse", "add", "--name", "Warehouse A"}));
    runOk(ws, clerk + args({"bin", "add", "--warehouse", "Warehouse A", "--code", "C-12"}));
    for (const auto &[part, lot] :
         {std::pair{"CAP-100", "ACME-0101"}, std::pair{"CAP-100", "ACME-0102"},
          std::pair{"RES-200", "ACME-0101"}})
        runOk(ws, clerk + args({"lot",         "add",         "--part",     part,
                                "--lot",       lot,           "--received", "2025-01-10",
                                "--expires",   "2026-03-01",  "--qty",      "50",
                                "--cost",      "1.25",        "--supplier", "Acme Parts Co.",
                                "--warehouse", "Warehouse A", "--bin",      "C-12"}));
    runOk(ws, args({"--user", "alice", "lot", "edit", "CAP-100", "ACME-0101", "--expires",
                    "2026-04-01"}));
    runOk(ws,
          args({"--user", "bob", "lot", "archive", "CAP-100", "ACME-0102", "--reason", "Damaged"}));
    runOk(ws, args({"--user", "alice", "part", "edit", "RES-200", "--name", "Resistor 10k"}));
}

QJsonArray auditJson(const CliWorkspace &ws, const QStringList &filters)
{
    const CliResult r = runOk(ws, args({"audit"}) + filters + args({"--format", "json"}));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(error.errorString().toStdString() << "\n" << r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

using Seqs = std::vector<qint64>;

Seqs seqs(const CliWorkspace &ws, const QStringList &filters)
{
    Seqs out;
    for (const QJsonValue &v : auditJson(ws, filters))
        out.push_back(v.toObject().value(QStringLiteral("seq")).toInteger());
    return out;
}

// Raw SQL on the CLI's file from the test process, as someone with a shell would.
void tamper(const CliWorkspace &ws, const QStringList &statements)
{
    const QString name = QStringLiteral("cli-audit-tamper");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(ws.dbPath());
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(q.exec(sql));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

const QRegularExpression
    kIntact(QStringLiteral("^intact: (\\d+) events, newest hash ([0-9a-f]{64})\n$"));

} // namespace

TEST_CASE("cli: audit verify prints the event count and newest hash of an intact trail",
          "[cli][audit]")
{
    CliWorkspace ws;
    ws.init();
    SECTION("an empty trail")
    {
        const CliResult r = runOk(ws, args({"audit", "verify"}));
        CHECK(r.out == QStringLiteral("intact: 0 events, newest hash (none)\n"));
        CHECK(r.err.isEmpty());
    }
    SECTION("after changes")
    {
        buildTrail(ws);
        const CliResult r = runOk(ws, args({"audit", "verify"}));
        const QRegularExpressionMatch m = kIntact.match(r.out);
        INFO(r.out.toStdString());
        REQUIRE(m.hasMatch());
        CHECK(m.captured(1) == QStringLiteral("11"));
        // The newest hash is the hash of the newest event `audit` lists.
        const QJsonArray newest = auditJson(ws, args({"--limit", "1"}));
        REQUIRE(newest.size() == 1);
        CHECK(newest.at(0).toObject().value(QStringLiteral("seq")).toInteger() == 11);
        CHECK(newest.at(0).toObject().value(QStringLiteral("hash")).toString() == m.captured(2));

        // JSON for scripts.
        const CliResult j = runOk(ws, args({"audit", "verify", "--format", "json"}));
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        CHECK(o.value(QStringLiteral("intact")).toBool());
        CHECK(o.value(QStringLiteral("count")).toInteger() == 11);
        CHECK(o.value(QStringLiteral("newest_hash")).toString() == m.captured(2));
        CHECK_FALSE(o.contains(QStringLiteral("broken_seq")));

        // One more change: count and hash move on.
        runOk(ws, args({"supplier", "deactivate", "Acme Parts Co."}));
        const QRegularExpressionMatch after =
            kIntact.match(runOk(ws, args({"audit", "verify"})).out);
        REQUIRE(after.hasMatch());
        CHECK(after.captured(1) == QStringLiteral("12"));
        CHECK(after.captured(2) != m.captured(2));
    }
}

TEST_CASE("cli: audit verify names the first broken event and exits 2", "[cli][audit]")
{
    CliWorkspace ws;
    buildTrail(ws);
    const QRegularExpressionMatch noted = kIntact.match(runOk(ws, args({"audit", "verify"})).out);
    REQUIRE(noted.hasMatch());

    SECTION("an edited event")
    {
        tamper(ws, {QStringLiteral("DROP TRIGGER audit_event_no_update"),
                    QStringLiteral("UPDATE audit_event SET user_name = 'mallory' WHERE seq = 9")});
        const CliResult r = ws.run(args({"audit", "verify"}));
        CHECK(r.exitCode == 2);
        CHECK(r.err.startsWith(QStringLiteral("error: ")));
        CHECK(r.err.contains(QStringLiteral("broken at event 9")));
        CHECK(r.err.contains(QStringLiteral("altered")));
        // The count and newest hash are still printed for the auditor's notes.
        CHECK(r.out == QStringLiteral("broken: 11 events, newest hash %1, first broken event 9\n")
                           .arg(noted.captured(2)));

        const CliResult j = ws.run(args({"audit", "verify", "--format", "json"}));
        CHECK(j.exitCode == 2);
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        CHECK_FALSE(o.value(QStringLiteral("intact")).toBool(true));
        CHECK(o.value(QStringLiteral("broken_seq")).toInteger() == 9);
        CHECK(o.value(QStringLiteral("count")).toInteger() == 11);
    }
    SECTION("an event deleted from the middle")
    {
        tamper(ws, {QStringLiteral("DROP TRIGGER audit_event_no_delete"),
                    QStringLiteral("DELETE FROM audit_event WHERE seq = 6")});
        const CliResult r = ws.run(args({"audit", "verify"}));
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("broken at event 7")));
        CHECK(r.err.contains(QStringLiteral("event 6 is missing")));
        CHECK(r.out.startsWith(QStringLiteral("broken: 10 events")));
    }
    SECTION("a cut-off tail: intact on its own, but not the noted count and hash")
    {
        tamper(ws, {QStringLiteral("DROP TRIGGER audit_event_no_delete"),
                    QStringLiteral("DELETE FROM audit_event WHERE seq > 9")});
        const CliResult r = runOk(ws, args({"audit", "verify"}));
        const QRegularExpressionMatch m = kIntact.match(r.out);
        REQUIRE(m.hasMatch());
        CHECK(m.captured(1) == QStringLiteral("9"));
        CHECK(m.captured(2) != noted.captured(2));
    }
}

TEST_CASE("cli: audit lists events newest first with the changes in words", "[cli][audit]")
{
    CliWorkspace ws;
    buildTrail(ws);

    SECTION("table")
    {
        const CliResult r = runOk(ws, args({"audit"}));
        QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 12);
        CHECK(lines.at(0).startsWith(QStringLiteral("Seq  At (UTC)")));
        CHECK(lines.at(0).contains(QStringLiteral("Changes")));
        CHECK(lines.at(1).trimmed().startsWith(QStringLiteral("11  ")));
        CHECK(lines.at(11).trimmed().startsWith(QStringLiteral("1  ")));
        CHECK(lines.at(1).contains(QStringLiteral("alice")));
        CHECK(lines.at(1).contains(QStringLiteral("Name: Resistor -> Resistor 10k")));
        CHECK(lines.at(3).contains(QStringLiteral("CAP-100/ACME-0101")));
        CHECK(lines.at(3).contains(QStringLiteral("Expiration date: 2026-03-01 -> 2026-04-01")));
        CHECK(lines.at(2).contains(QStringLiteral("Status: Active -> Archived")));
        CHECK(lines.at(2).contains(QStringLiteral("Archive reason: (none) -> Damaged")));
        // Hashes are for CSV and JSON, not the table.
        CHECK_FALSE(r.out.contains(QRegularExpression(QStringLiteral("[0-9a-f]{64}"))));
    }
    SECTION("oldest first and a limit, with the true count below")
    {
        const CliResult r = runOk(ws, args({"audit", "--oldest-first", "--limit", "2"}));
        QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 4);
        CHECK(lines.at(1).trimmed().startsWith(QStringLiteral("1  ")));
        CHECK(lines.at(2).trimmed().startsWith(QStringLiteral("2  ")));
        CHECK(lines.at(3) == QStringLiteral("2 of 11 events shown."));
        CHECK(seqs(ws, args({"--oldest-first", "--limit", "3"})) == Seqs{1, 2, 3});
    }
    SECTION("CSV with the entity id and hashes")
    {
        const CliResult r =
            runOk(ws, args({"audit", "--lot", "CAP-100/ACME-0101", "--format", "csv"}));
        const QStringList lines = r.out.split(QStringLiteral("\r\n"));
        REQUIRE(lines.size() == 4); // header, two events, final empty
        CHECK(lines.at(0) ==
              QStringLiteral("seq,at,user,action,entity,entity_id,key,changes,prev_hash,hash"));
        CHECK(lines.at(1).startsWith(QStringLiteral("9,")));
        CHECK(lines.at(1).contains(
            QStringLiteral(",alice,update,lot,1,CAP-100/ACME-0101,Expiration date: 2026-03-01 "
                           "-> 2026-04-01,")));
        CHECK(lines.at(2).startsWith(QStringLiteral("6,")));
        CHECK(lines.at(3).isEmpty());
    }
    SECTION("JSON with a changes array of stored values and words")
    {
        const QJsonArray events = auditJson(ws, args({"--lot", "CAP-100/ACME-0101"}));
        REQUIRE(events.size() == 2);
        const QJsonObject e = events.at(0).toObject();
        CHECK(e.value(QStringLiteral("seq")).toInteger() == 9);
        CHECK(e.value(QStringLiteral("user")).toString() == QStringLiteral("alice"));
        CHECK(e.value(QStringLiteral("action")).toString() == QStringLiteral("update"));
        CHECK(e.value(QStringLiteral("entity")).toString() == QStringLiteral("lot"));
        CHECK(e.value(QStringLiteral("key")).toString() == QStringLiteral("CAP-100/ACME-0101"));
        CHECK(e.value(QStringLiteral("at")).toString().endsWith(QLatin1Char('Z')));
        CHECK(e.value(QStringLiteral("hash")).toString().size() == 64);
        CHECK(e.value(QStringLiteral("prev_hash")).toString().size() == 64);
        const QJsonArray changes = e.value(QStringLiteral("changes")).toArray();
        REQUIRE(changes.size() == 1);
        const QJsonObject c = changes.at(0).toObject();
        CHECK(c.value(QStringLiteral("field")).toString() == QStringLiteral("expires_on"));
        CHECK(c.value(QStringLiteral("label")).toString() == QStringLiteral("Expiration date"));
        CHECK(c.value(QStringLiteral("old")).toString() == QStringLiteral("2026-03-01"));
        CHECK(c.value(QStringLiteral("new")).toString() == QStringLiteral("2026-04-01"));
        CHECK(c.value(QStringLiteral("text")).toString() ==
              QStringLiteral("Expiration date: 2026-03-01 -> 2026-04-01"));
        // A create's changes have null old values.
        const QJsonArray created =
            events.at(1).toObject().value(QStringLiteral("changes")).toArray();
        REQUIRE_FALSE(created.isEmpty());
        CHECK(created.at(0).toObject().value(QStringLiteral("old")).isNull());
    }
    SECTION("nothing matching says so")
    {
        const CliResult r = runOk(ws, args({"audit", "--user", "nobody"}));
        CHECK(r.out == QStringLiteral("No audit events match.\n"));
        CHECK(auditJson(ws, args({"--user", "nobody"})).isEmpty());
    }
}

TEST_CASE("cli: audit filters by lot and part and user and action and dates", "[cli][audit]")
{
    CliWorkspace ws;
    buildTrail(ws);

    CHECK(seqs(ws, {}) == Seqs{11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
    // --lot PART/LOT: that lot only, ignoring case.
    CHECK(seqs(ws, args({"--lot", "CAP-100/ACME-0101"})) == Seqs{9, 6});
    CHECK(seqs(ws, args({"--lot", "cap-100/acme-0101"})) == Seqs{9, 6});
    CHECK(seqs(ws, args({"--lot", "RES-200/ACME-0101"})) == Seqs{8});
    // A lot number alone: that number under every part.
    CHECK(seqs(ws, args({"--lot", "ACME-0101"})) == Seqs{9, 8, 6});
    CHECK(seqs(ws, args({"--lot", "ACME-01"})).empty());
    // --part: the part's events and its lots'.
    CHECK(seqs(ws, args({"--part", "CAP-100"})) == Seqs{10, 9, 7, 6, 1});
    CHECK(seqs(ws, args({"--part", "RES-200"})) == Seqs{11, 8, 2});
    CHECK(seqs(ws, args({"--part", "RES-200", "--lot", "ACME-0101"})) == Seqs{8});
    CHECK(seqs(ws, args({"--part", "NOPE"})).empty());
    // --user, --action, --entity.
    CHECK(seqs(ws, args({"--user", "alice"})) == Seqs{11, 9});
    CHECK(seqs(ws, args({"--user", "BOB"})) == Seqs{10});
    CHECK(seqs(ws, args({"--action", "archive"})) == Seqs{10});
    CHECK(seqs(ws, args({"--action", "update"})) == Seqs{11, 9});
    CHECK(seqs(ws, args({"--entity", "part"})) == Seqs{11, 2, 1});
    // Dates (UTC, both ends inclusive): every event was written today.
    CHECK(seqs(ws, args({"--since", utcDay(-1).toUtf8().constData()})).size() == 11);
    CHECK(seqs(ws, args({"--since", utcDay(-1).toUtf8().constData(), "--until",
                         utcDay(1).toUtf8().constData()}))
              .size() == 11);
    CHECK(seqs(ws, args({"--until", utcDay(-2).toUtf8().constData()})).empty());
    CHECK(seqs(ws, args({"--since", utcDay(2).toUtf8().constData()})).empty());
    // Combined.
    CHECK(seqs(ws, args({"--part", "CAP-100", "--user", "clerk"})) == Seqs{7, 6, 1});
    CHECK(seqs(ws, args({"--part", "CAP-100", "--user", "clerk", "--action", "create", "--entity",
                         "lot"})) == Seqs{7, 6});
    CHECK(seqs(ws, args({"--lot", "CAP-100/ACME-0101", "--user", "alice", "--since",
                         utcDay(-1).toUtf8().constData()})) == Seqs{9});
    CHECK(seqs(ws, args({"--lot", "CAP-100/ACME-0101", "--action", "archive"})).empty());
}

TEST_CASE("cli: audit refuses bad input with a usage error", "[cli][audit]")
{
    CliWorkspace ws;
    buildTrail(ws);
    checkUsageError(ws, args({"audit", "--since", "2026-13-01"}), "is not a valid date");
    checkUsageError(ws, args({"audit", "--until", "yesterday"}), "YYYY-MM-DD");
    checkUsageError(ws, args({"audit", "--since", "2026-03-02", "--until", "2026-03-01"}),
                    "ends (2026-03-01) before it starts (2026-03-02)");
    checkUsageError(ws, args({"audit", "--action", "erase"}), "Unknown action \"erase\"");
    checkUsageError(ws, args({"audit", "--entity", "customer"}), "Unknown entity");
    checkUsageError(ws, args({"audit", "--format", "xml"}), "Unknown format");
    checkUsageError(ws, args({"audit", "--limit", "0"}), "--limit");
    checkUsageError(ws, args({"audit", "--limit", "ten"}), "--limit");
    checkUsageError(ws, args({"audit", "--lot", " "}), "--lot needs a lot number");
    checkUsageError(ws, args({"audit", "--lot", "CAP-100/"}), "--lot needs a lot number");
    checkUsageError(ws, args({"audit", "--lot", "CAP-100/ACME-0101", "--part", "RES-200"}),
                    "give one");
    checkUsageError(ws, args({"audit", "--user", " "}), "--user needs a name");
    checkUsageError(ws, args({"audit", "--colour"}), "colour");
    checkUsageError(ws, args({"audit", "extra"}), "Unexpected argument");
    checkUsageError(ws, args({"audit", "verify", "--format", "csv"}), "Unknown format");

    // A missing file is a database error, not a usage error.
    const CliResult missing =
        lotbook::test::runCli(args({"--db"}) << ws.file(QStringLiteral("none.sqlite"))
                                             << QStringLiteral("audit") << QStringLiteral("verify"),
                              ws.home());
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("none.sqlite")));
    CHECK(missing.out.isEmpty());
}

TEST_CASE("cli: audit --help and audit verify --help describe the commands", "[cli][audit]")
{
    CliWorkspace ws;
    const CliResult list = ws.runRaw(args({"audit", "--help"}));
    CHECK(list.exitCode == 0);
    for (const char *option : {"--lot", "--part", "--since", "--until", "--user", "--action",
                               "--entity", "--limit", "--oldest-first", "--format"})
        CHECK(list.out.contains(QString::fromUtf8(option)));
    CHECK(list.out.contains(QStringLiteral("audit verify")));

    const CliResult verify = ws.runRaw(args({"audit", "verify", "--help"}));
    CHECK(verify.exitCode == 0);
    CHECK(verify.out.contains(QStringLiteral("newest")));
    CHECK(verify.out.contains(QStringLiteral("cut off")));

    const CliResult overview = ws.runRaw(args({"--help"}));
    CHECK(overview.out.contains(QStringLiteral("audit verify")));
}
