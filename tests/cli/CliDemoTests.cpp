// `lotbook-cli demo` through the real binary: it creates the file, fills it
// with the promised mix, and the result passes `check` and `audit verify` and
// lists like any database; the same seed and day give the same lots; a
// database that already holds records, bad numbers, a day in the future and
// missing options are refused, with nothing created or written.
#include "CliRunner.h"

#include <QFileInfo>
#include <QRegularExpression>

using lotbook::test::args;
using lotbook::test::CliResult;
using lotbook::test::CliWorkspace;
using lotbook::test::runOk;
using lotbook::test::s;

namespace {

// The number `pattern` captures in demo's summary, whatever the digit grouping.
qint64 figure(const QString &text, const QString &pattern)
{
    const QRegularExpressionMatch m = QRegularExpression(pattern).match(text);
    INFO("pattern " << pattern.toStdString() << " in:\n" << text.toStdString());
    REQUIRE(m.hasMatch());
    QString digits = m.captured(1);
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    return digits.toLongLong();
}

const QStringList kDemo =
    args({"demo", "--parts", "40", "--lots", "2000", "--seed", "7", "--today", "2025-06-01"});

} // namespace

TEST_CASE("cli: demo fills a new database that passes check and audit verify")
{
    CliWorkspace ws;
    REQUIRE_FALSE(QFileInfo::exists(ws.dbPath()));
    const CliResult made = runOk(ws, kDemo);
    CHECK(made.out.contains(s("seed 7, as of 2025-06-01")));
    CHECK(figure(made.out, s("Lots:\\s+(\\d[^:]*):")) == 2000);
    CHECK(figure(made.out, s("Parts:\\s+(\\d\\S*)")) == 40);
    const qint64 archived = figure(made.out, s("(\\d\\S*) archived"));
    CHECK(archived > 2000 / 4);
    CHECK(archived < 2000 * 2 / 5);
    const qint64 events = figure(made.out, s("Audit events:\\s+(\\d\\S*)"));
    CHECK(events > 2000 + archived);

    const CliResult check = runOk(ws, args({"check"}));
    CHECK(check.out.contains(s("Integrity:")));
    const CliResult verify = runOk(ws, args({"audit", "verify"}));
    CHECK(verify.out.contains(QString::number(events)));

    // It lists like any database: every lot, archived ones too.
    const CliResult all = runOk(ws, args({"lots", "--status", "all", "--format", "csv"}));
    CHECK(all.out.trimmed().split(QLatin1Char('\n')).size() == 2000 + 1);
    const CliResult active = runOk(ws, args({"lots", "--format", "csv"}));
    CHECK(active.out.trimmed().split(QLatin1Char('\n')).size() == 2000 - archived + 1);

    SECTION("the same seed and day give the same lots")
    {
        CliWorkspace again;
        runOk(again, kDemo);
        CHECK(runOk(again, args({"lots", "--status", "all", "--format", "csv"})).out == all.out);
    }
    SECTION("a database that already holds records is refused and left as it was")
    {
        const CliResult r = ws.run(kDemo);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(s("already holds")));
        CHECK(runOk(ws, args({"lots", "--status", "all", "--format", "csv"})).out == all.out);
        CHECK(runOk(ws, args({"audit", "verify"})).out == verify.out);
    }
}

TEST_CASE("cli: demo goes into a database made by init")
{
    CliWorkspace ws;
    ws.init();
    runOk(ws, args({"demo", "--parts", "5", "--lots", "50", "--today", "2025-06-01"}));
    runOk(ws, args({"check"}));
    runOk(ws, args({"audit", "verify"}));
}

TEST_CASE("cli: demo refuses bad numbers, a day in the future and missing options")
{
    CliWorkspace ws;
    auto refused = [&ws](const QStringList &arguments, int exitCode, const char *text) {
        const CliResult r = ws.run(arguments);
        INFO("lotbook-cli " << arguments.join(QLatin1Char(' ')).toStdString());
        INFO("stderr: " << r.err.toStdString());
        CHECK(r.exitCode == exitCode);
        CHECK(r.err.contains(s(text)));
        CHECK_FALSE(QFileInfo::exists(ws.dbPath()));
    };
    refused(args({"demo", "--parts", "0", "--lots", "10"}), 1,
            "--parts \"0\" is not a whole number");
    refused(args({"demo", "--parts", "ten", "--lots", "10"}), 1, "--parts \"ten\"");
    refused(args({"demo", "--parts", "3", "--lots", "-5"}), 1, "--lots \"-5\"");
    refused(args({"demo", "--parts", "3", "--lots", "10", "--seed", "x"}), 1, "--seed \"x\"");
    refused(args({"demo", "--parts", "3", "--lots", "10", "--today", "2025-13-01"}), 1,
            "not a valid date");
    refused(args({"demo", "--parts", "3", "--lots", "10", "--today", "2999-01-01"}), 1,
            "in the future");
    refused(args({"demo", "--parts", "3"}), 64, "--lots");
    refused(args({"demo", "--lots", "3"}), 64, "--parts");
}
