// lotbook-cli's command line itself: version, help, and usage errors (exit 64).
#include "CliRunner.h"

#include <QFileInfo>

using lotbook::test::CliResult;
using lotbook::test::CliWorkspace;

TEST_CASE("cli: --version prints the version and exits 0", "[cli]")
{
    const CliWorkspace ws;
    const CliResult r = ws.runRaw({QStringLiteral("--version")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.trimmed() == QStringLiteral("lotbook-cli " LOTBOOK_VERSION));
    CHECK(r.err.isEmpty());
}

TEST_CASE("cli: --help lists every command and exits 0", "[cli]")
{
    const CliWorkspace ws;
    const CliResult r = ws.runRaw({QStringLiteral("--help")});
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    for (const char *command : {"init", "check", "part add", "part edit", "part deactivate",
                                "part activate", "part list", "supplier add", "supplier list",
                                "warehouse add", "warehouse edit", "bin add", "bin list"})
        CHECK(r.out.contains(QString::fromLatin1(command)));
    CHECK(r.out.contains(QStringLiteral("--db")));
    CHECK(r.out.contains(QStringLiteral("--user")));
}

TEST_CASE("cli: Every subcommand has --help, exit 0, and touches no database", "[cli]")
{
    const CliWorkspace ws;
    struct Case
    {
        QStringList words;
        QString mustMention;
    };
    const QList<Case> cases{
        {{QStringLiteral("init")}, QStringLiteral("init")},
        {{QStringLiteral("check")}, QStringLiteral("check")},
        {{QStringLiteral("part"), QStringLiteral("add")}, QStringLiteral("--number")},
        {{QStringLiteral("part"), QStringLiteral("edit")}, QStringLiteral("--no-track-lots")},
        {{QStringLiteral("part"), QStringLiteral("deactivate")}, QStringLiteral("PN")},
        {{QStringLiteral("part"), QStringLiteral("list")}, QStringLiteral("--format")},
        {{QStringLiteral("supplier"), QStringLiteral("add")}, QStringLiteral("--email")},
        {{QStringLiteral("supplier"), QStringLiteral("edit")}, QStringLiteral("--contact")},
        {{QStringLiteral("warehouse"), QStringLiteral("edit")}, QStringLiteral("--notes")},
        {{QStringLiteral("bin"), QStringLiteral("add")}, QStringLiteral("--code")},
        {{QStringLiteral("bin"), QStringLiteral("list")}, QStringLiteral("--warehouse")},
    };
    for (const Case &c : cases) {
        INFO(c.words.join(QLatin1Char(' ')).toStdString());
        const CliResult r = ws.run(c.words + QStringList{QStringLiteral("--help")});
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        CHECK(r.out.contains(QStringLiteral("Usage: lotbook-cli [global options] ") +
                             c.words.join(QLatin1Char(' '))));
        CHECK(r.out.contains(c.mustMention));
    }
    // A group alone with --help lists its actions.
    const CliResult group = ws.run({QStringLiteral("part"), QStringLiteral("--help")});
    CHECK(group.exitCode == 0);
    CHECK(group.out.contains(QStringLiteral("part add")));
    CHECK(group.out.contains(QStringLiteral("part list")));
    CHECK_FALSE(QFileInfo::exists(ws.dbPath()));
}

TEST_CASE("cli: Usage errors exit 64 with a hint to use --help", "[cli]")
{
    CliWorkspace ws;
    ws.init();
    struct Case
    {
        QStringList arguments;
        QString mustMention;
    };
    const QList<Case> cases{
        {{}, QStringLiteral("No command")},
        {{QStringLiteral("frobnicate")}, QStringLiteral("frobnicate")},
        {{QStringLiteral("part")}, QStringLiteral("part")},
        {{QStringLiteral("part"), QStringLiteral("remove"), QStringLiteral("X")},
         QStringLiteral("part remove")},
        {{QStringLiteral("part"), QStringLiteral("add"), QStringLiteral("--name"),
          QStringLiteral("Cap")},
         QStringLiteral("--number")},
        {{QStringLiteral("part"), QStringLiteral("add"), QStringLiteral("--number"),
          QStringLiteral("C1"), QStringLiteral("--name"), QStringLiteral("Cap"),
          QStringLiteral("--colour"), QStringLiteral("red")},
         QStringLiteral("colour")},
        {{QStringLiteral("part"), QStringLiteral("add"), QStringLiteral("--number")},
         QStringLiteral("number")},
        {{QStringLiteral("part"), QStringLiteral("edit")}, QStringLiteral("PN")},
        {{QStringLiteral("part"), QStringLiteral("edit"), QStringLiteral("C1")},
         QStringLiteral("Nothing to change")},
        {{QStringLiteral("part"), QStringLiteral("edit"), QStringLiteral("C1"),
          QStringLiteral("--track-lots"), QStringLiteral("--no-track-lots")},
         QStringLiteral("--no-track-lots")},
        {{QStringLiteral("part"), QStringLiteral("list"), QStringLiteral("--format"),
          QStringLiteral("xml")},
         QStringLiteral("xml")},
        {{QStringLiteral("bin"), QStringLiteral("add"), QStringLiteral("--code"),
          QStringLiteral("A1")},
         QStringLiteral("--warehouse")},
        {{QStringLiteral("--bogus"), QStringLiteral("check")}, QStringLiteral("bogus")},
    };
    for (const Case &c : cases) {
        INFO("arguments: " << c.arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult r = ws.run(c.arguments);
        INFO("stderr: " << r.err.toStdString());
        CHECK(r.exitCode == 64);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(c.mustMention));
        CHECK(r.err.contains(QStringLiteral("--help")));
    }
}

TEST_CASE("cli: --user with a control character is refused before anything is written", "[cli]")
{
    const CliWorkspace ws;
    ws.init();
    const CliResult r = ws.run({QStringLiteral("--user"),
                                QStringLiteral("Dana\x1f"
                                               "Clerk"),
                                QStringLiteral("supplier"), QStringLiteral("add"),
                                QStringLiteral("--name"), QStringLiteral("Acme")});
    CHECK(r.exitCode == 64);
    CHECK(r.err.contains(QStringLiteral("--user")));
    CHECK(r.err.contains(QStringLiteral("control characters")));
    const CliResult list = ws.run({QStringLiteral("supplier"), QStringLiteral("list")});
    CHECK_FALSE(list.out.contains(QStringLiteral("Acme")));
}
