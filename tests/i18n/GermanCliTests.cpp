// lotbook-cli in German: with LANGUAGE=de it loads the embedded translation
// for its help and messages, while data (CSV, amounts, dates) keeps the plain
// machine format scripts parse, whatever the language.
#include "CliRunner.h"
#include "TsFile.h"

#include <QHash>

using namespace lotbook::test;

namespace {

QProcessEnvironment german()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    return env;
}

// The German of `source` in `context`, as lotbook_de.ts has it.
QString de(const char *context, const char *source)
{
    static const QHash<QString, QString> byKey = [] {
        QHash<QString, QString> map;
        for (const TsMessage &m : readTs(translationSource("lotbook_de.ts")).messages)
            if (!m.translations.isEmpty())
                map.insert(m.context + QLatin1Char('|') + m.source, m.translations.first());
        return map;
    }();
    const QString key = QString::fromUtf8(context) + QLatin1Char('|') + QString::fromUtf8(source);
    INFO("no German for [" << context << "] " << source);
    REQUIRE(byKey.contains(key));
    return byKey.value(key);
}

} // namespace

TEST_CASE("lotbook-cli --help is German under LANGUAGE=de and English under C")
{
    CliWorkspace ws;
    const CliResult deutsch = ws.run({QStringLiteral("--help")}, german());
    REQUIRE(deutsch.exitCode == 0);
    const QString summary = de("Commands", "List lots, filtered and sorted");
    CHECK(summary != QLatin1String("List lots, filtered and sorted"));
    CHECK(deutsch.out.contains(summary));
    CHECK(deutsch.out.contains(de("CommandLine", "Shows this help.")));

    const CliResult english = ws.run({QStringLiteral("--help")});
    REQUIRE(english.exitCode == 0);
    CHECK(english.out.contains(QLatin1String("List lots, filtered and sorted")));
    CHECK_FALSE(english.out.contains(summary));
}

TEST_CASE("lotbook-cli errors from core and cli read German under LANGUAGE=de")
{
    CliWorkspace ws;
    ws.init();
    const CliResult r =
        ws.run(args({"part", "add", "--number", "P-1", "--name", "Schraube", "--price", "12,5"}),
               german());
    CHECK(r.exitCode == 1);
    // Console's "error: %1" around Money's message, naming PartCommands' label;
    // the example amount stays in the command line's own format.
    const QString expected =
        de("Console", "error: %1")
            .arg(de("Money", "%1 must be a number, such as %2.")
                     .arg(de("PartCommands", "Price"), QStringLiteral("4.10")));
    CHECK(r.err.trimmed() == expected);
}

TEST_CASE("lotbook-cli keeps data in machine format under LANGUAGE=de")
{
    CliWorkspace ws;
    ws.init();
    const QStringList add = args({"part", "add", "--number", "P-1", "--name", "Schraube", "--price",
                                  "1234.50", "--track-lots"});
    REQUIRE(ws.run(add, german()).exitCode == 0);
    const QStringList list = args({"part", "list", "--format", "csv"});
    const CliResult deutsch = ws.run(list, german());
    const CliResult english = ws.run(list);
    REQUIRE(deutsch.exitCode == 0);
    CHECK(deutsch.out == english.out);
    CHECK(deutsch.out.contains(QLatin1String("1234.5")));
}
