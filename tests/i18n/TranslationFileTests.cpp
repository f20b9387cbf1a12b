// The translation files are complete and current: every string lupdate finds
// in core/, ui/ and app/ is in lotbook_de.ts with a finished German text that
// keeps the placeholders, accelerators and punctuation the code relies on.
#include "TsFile.h"

#include <QRegularExpression>
#include <QSet>
#include <catch2/catch.hpp>

using namespace lotbook::test;

namespace {

QString joinForReport(const QStringList &lines)
{
    constexpr int kShown = 40;
    QString text = lines.mid(0, kShown).join(QLatin1Char('\n'));
    if (lines.size() > kShown)
        text += QStringLiteral("\n... and %1 more").arg(lines.size() - kShown);
    return text;
}

// %1..%99 (also %L1), the arguments QString::arg() fills.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9][0-9]?)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    return found;
}

// Keyboard accelerators: a single '&' before a character ("&&" is a literal
// ampersand, "&amp;"-style entities and "& " are no accelerators).
int acceleratorCount(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?![&\\s]|[a-z]+;)"));
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
}

// What a translation must keep of its source, as problems found.
QStringList checkForm(const TsMessage &m, const QString &translation, bool lastForm)
{
    QStringList problems;
    const QString where = describe(m);
    if (translation.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
        problems << where + QStringLiteral(": empty translation");
        return problems;
    }
    if (placeholders(translation) != placeholders(m.source))
        problems << where + QStringLiteral(": placeholders differ in \"%1\"").arg(translation);
    if (m.numerus && lastForm && !translation.contains(QLatin1String("%n")))
        problems << where + QStringLiteral(": plural form \"%1\" lacks %n").arg(translation);
    if (acceleratorCount(m.source) != acceleratorCount(translation))
        problems
            << where + QStringLiteral(": accelerator (&) count differs in \"%1\"").arg(translation);
    const auto sameEdge = [&](bool (*test)(const QString &)) {
        return test(m.source) == test(translation);
    };
    if (!sameEdge([](const QString &s) { return s.startsWith(QLatin1Char(' ')); }) ||
        !sameEdge([](const QString &s) { return s.endsWith(QLatin1Char(' ')); }) ||
        !sameEdge([](const QString &s) { return s.endsWith(QLatin1Char('\n')); }))
        problems << where + QStringLiteral(": leading/trailing space or newline differs in \"%1\"")
                                .arg(translation);
    for (const QString &end : {QStringLiteral("…"), QStringLiteral(":")}) {
        if (m.source.endsWith(end) != translation.endsWith(end))
            problems << where + QStringLiteral(": \"%1\" ending differs in \"%2\"")
                                    .arg(end, translation);
    }
    return problems;
}

QStringList checkComplete(const TsFile &ts, bool pluralOnly)
{
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (pluralOnly && !m.numerus) {
            problems << describe(m) + QStringLiteral(": not a plural message");
            continue;
        }
        if (!m.type.isEmpty()) {
            problems << describe(m) + QStringLiteral(": %1").arg(m.type);
            continue;
        }
        // German and English both have two plural forms: one, other.
        if (m.numerus && m.translations.size() != 2) {
            problems << describe(m) + QStringLiteral(": %1 plural forms, expected 2")
                                          .arg(m.translations.size());
            continue;
        }
        for (qsizetype i = 0; i < m.translations.size(); ++i)
            problems << checkForm(m, m.translations[i], i == m.translations.size() - 1);
    }
    return problems;
}

// New strings (in the sources, not in the file) and stale ones (the other way).
void checkCurrent(const TsFile &before, const LupdateRun &run)
{
    QSet<QString> beforeKeys, afterKeys;
    for (const TsMessage &m : before.messages)
        beforeKeys << m.key();
    QStringList added, removed;
    for (const TsMessage &m : run.updated.messages) {
        afterKeys << m.key();
        if (!beforeKeys.contains(m.key()))
            added << describe(m);
    }
    for (const TsMessage &m : before.messages)
        if (!afterKeys.contains(m.key()))
            removed << describe(m);
    INFO("Refresh with: cmake --build <build dir> --target lotbook_lupdate, then translate.");
    INFO("lupdate warnings:\n" << joinForReport(run.warnings).toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.warnings.isEmpty());
    INFO("in the sources, missing from the file:\n" << joinForReport(added).toStdString());
    CHECK(added.isEmpty());
    INFO("in the file, gone from the sources:\n" << joinForReport(removed).toStdString());
    CHECK(removed.isEmpty());
}

} // namespace

TEST_CASE("lotbook_de.ts translates every string, keeping placeholders and accelerators")
{
    const TsFile ts = readTs(translationSource("lotbook_de.ts"));
    INFO(ts.error.toStdString());
    REQUIRE(ts.error.isEmpty());
    CHECK(ts.language.startsWith(QLatin1String("de")));
    REQUIRE(ts.messages.size() > 500);
    const QStringList problems = checkComplete(ts, false);
    INFO(problems.size() << " problems:\n" << joinForReport(problems).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("lotbook_en.ts gives both English plural forms of every %n string")
{
    const TsFile ts = readTs(translationSource("lotbook_en.ts"));
    INFO(ts.error.toStdString());
    REQUIRE(ts.error.isEmpty());
    CHECK(ts.language.startsWith(QLatin1String("en")));
    const QStringList problems = checkComplete(ts, true);
    INFO(problems.size() << " problems:\n" << joinForReport(problems).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("lupdate finds no string missing from lotbook_de.ts, and none stale")
{
    const QString path = translationSource("lotbook_de.ts");
    const TsFile before = readTs(path);
    REQUIRE(before.error.isEmpty());
    const LupdateRun run = runLupdateOnCopy(path, false);
    INFO(run.updated.error.toStdString());
    REQUIRE(run.updated.error.isEmpty());
    checkCurrent(before, run);
}

TEST_CASE("lupdate finds no plural string missing from lotbook_en.ts, and none stale")
{
    const QString path = translationSource("lotbook_en.ts");
    const TsFile before = readTs(path);
    REQUIRE(before.error.isEmpty());
    const LupdateRun run = runLupdateOnCopy(path, true);
    INFO(run.updated.error.toStdString());
    REQUIRE(run.updated.error.isEmpty());
    checkCurrent(before, run);
}
