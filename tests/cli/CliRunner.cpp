#include "CliRunner.h"

#include <QDir>
#include <QProcess>
#include <catch2/catch.hpp>

namespace lotbook::test {

QProcessEnvironment cliEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    // English messages whatever the machine's language: tests read the English text.
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

CliResult runCli(const QStringList &arguments, const QString &home,
                 const QProcessEnvironment &extraEnv)
{
    QProcessEnvironment env = cliEnvironment(home);
    env.insert(extraEnv);

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home);
    process.start(QStringLiteral(LOTBOOK_CLI_PATH), arguments);
    INFO("lotbook-cli " << arguments.join(QLatin1Char(' ')).toStdString());
    REQUIRE(process.waitForStarted());
    // Generous: only there so a hung child cannot hang the test run forever.
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);

    CliResult result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliWorkspace::CliWorkspace()
{
    REQUIRE(m_dir.isValid());
    m_dbPath = m_dir.filePath(QStringLiteral("lotbook.sqlite"));
}

CliResult CliWorkspace::run(const QStringList &arguments, const QProcessEnvironment &extraEnv) const
{
    return runCli(QStringList{QStringLiteral("--db"), m_dbPath} + arguments, home(), extraEnv);
}

void CliWorkspace::init() const
{
    const CliResult r = run({QStringLiteral("init")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

} // namespace lotbook::test
