// Runs the real, built lotbook-cli (LOTBOOK_CLI_PATH) in a child process, with
// HOME and the XDG folders inside a temporary folder so the user's own settings
// and database are never read or written.
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

// Readable QStrings in Catch2's failure messages.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace lotbook::test {

struct CliResult
{
    int exitCode = -1;
    QString out; // stdout, UTF-8
    QString err; // stderr, UTF-8
};

// The environment lotbook-cli runs in under test: `home` becomes HOME and holds
// the XDG folders, and messages are English whatever the machine's language.
QProcessEnvironment cliEnvironment(const QString &home);

// `home` becomes HOME and holds the XDG folders; `extraEnv` is added on top.
CliResult runCli(const QStringList &arguments, const QString &home,
                 const QProcessEnvironment &extraEnv = {});

// A temporary folder with a database path in it (not created) for the CLI.
class CliWorkspace
{
public:
    CliWorkspace();
    QString dbPath() const { return m_dbPath; }
    QString home() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    // lotbook-cli --db <dbPath> <arguments...>
    CliResult run(const QStringList &arguments, const QProcessEnvironment &extraEnv = {}) const;
    // lotbook-cli <arguments...>, no --db added.
    CliResult runRaw(const QStringList &arguments) const { return runCli(arguments, home()); }
    // Runs `init` and requires it to succeed.
    void init() const;

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
};

// Words as a QStringList: args({"part", "add", "--number", "P-1"}).
inline QStringList args(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *w : words)
        list << QString::fromUtf8(w);
    return list;
}

inline QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Runs the command in `ws` and requires exit code 0, showing stderr otherwise.
inline CliResult runOk(const CliWorkspace &ws, const QStringList &arguments)
{
    const CliResult r = ws.run(arguments);
    INFO("lotbook-cli " << arguments.join(QLatin1Char(' ')).toStdString());
    INFO("stderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

} // namespace lotbook::test
