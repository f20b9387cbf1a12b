// A full disk under the real lotbook-cli: the process runs with a file size
// limit (ulimit -f, SIGXFSZ ignored), so SQLite's writes past it fail the way
// they fail on a full disk. `lot add` and `import` then exit non-zero with a
// sentence that says the disk is full (or reported an error) and what failed,
// never crash, and leave the file as it was: `check` and `audit
// verify` pass and the lots and the audit trail are unchanged.
#include "CliRunner.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace lotbook::test;

namespace {

// lotbook-cli --db <db> <arguments> with writes limited to `limitKb` KiB per file.
CliResult runLimited(const CliWorkspace &ws, int limitKb, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(ws.home()));
    process.setWorkingDirectory(ws.home());
    // An ignored signal stays ignored across exec: a write past the limit then
    // fails with EFBIG instead of killing the process.
    process.start(
        QStringLiteral("bash"),
        QStringList{QStringLiteral("-c"),
                    QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(limitKb),
                    QStringLiteral(LOTBOOK_CLI_PATH), QStringLiteral("--db"), ws.dbPath()} +
            arguments);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit); // no crash
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Everything a failed write must leave as it was.
QString state(const CliWorkspace &ws)
{
    runOk(ws, args({"check"}));
    return runOk(ws, args({"lots", "--status", "all", "--format", "csv"})).out +
           runOk(ws, args({"audit", "verify"})).out;
}

// Which statement found no room decides the words after the colon: the lot,
// its audit event or the commit ("saving the change").
void requireDiskSentence(const CliResult &r)
{
    INFO("stderr: " << r.err.toStdString());
    CHECK(r.exitCode != 0);
    static const QRegularExpression sentence(QStringLiteral(
        "The disk (is full|reported an error): (saving|writing) [a-z ]+ failed and nothing was "
        "changed\\. (Free some disk space|Check the disk or network share), then try again\\."));
    CHECK(sentence.match(r.err).hasMatch());
    CHECK_FALSE(r.err.contains(QStringLiteral("INSERT")));
    CHECK_FALSE(r.err.contains(QStringLiteral("COMMIT")));
}

} // namespace

TEST_CASE("cli: on a full disk lot add and import fail saying so and change nothing",
          "[cli][faults]")
{
    CliWorkspace ws;
    ws.init();
    runOk(ws,
          args({"part", "add", "--number", "CAP-100", "--name", "Run capacitor", "--track-lots"}));
    runOk(ws, args({"supplier", "add", "--name", "Acme"}));
    runOk(ws, args({"warehouse", "add", "--name", "Main"}));
    runOk(ws, args({"lot", "add", "--part", "CAP-100", "--lot", "L-1", "--received", "2024-03-01",
                    "--qty", "5", "--cost", "1.25", "--supplier", "Acme", "--warehouse", "Main"}));
    const QString before = state(ws);
    // Room for SQLite's 32 KiB shared-memory index, not for what is written below.
    constexpr int kLimitKb = 48;

    const QStringList bigLot = args({"lot", "add", "--part", "CAP-100", "--lot", "L-2",
                                     "--received", "2024-03-02", "--qty", "7", "--cost", "2",
                                     "--supplier", "Acme", "--warehouse", "Main", "--notes"}) +
                               QStringList{QString(120 * 1024, QLatin1Char('n'))};
    SECTION("lot add")
    {
        const CliResult r = runLimited(ws, kLimitKb, bigLot);
        requireDiskSentence(r);
        CHECK(state(ws) == before);
        // With room again, the same command goes through.
        runOk(ws, bigLot);
        CHECK(state(ws) != before);
    }
    SECTION("import")
    {
        QByteArray csv = "Part number,Lot number,Received date,Quantity received,Cost per "
                         "unit,Supplier,Location\n";
        for (int i = 0; i < 3000; ++i)
            csv += QStringLiteral("CAP-100,IMP-%1,2024-02-01,%2,0.50,Acme,Main\n")
                       .arg(i)
                       .arg(1 + i % 50)
                       .toUtf8();
        QFile file(ws.file(QStringLiteral("packing.csv")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(csv) == csv.size());
        file.close();
        const CliResult r = runLimited(ws, kLimitKb, args({"import"}) << file.fileName());
        requireDiskSentence(r);
        CHECK(r.err.contains(QStringLiteral("nothing was imported")));
        CHECK(state(ws) == before);
        runOk(ws, args({"import"}) << file.fileName());
        CHECK(state(ws) != before);
    }
}
