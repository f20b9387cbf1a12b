// Benchmark, not a test: Lotbook on a 1,000,000-lot demo database (built on
// first use by `lotbook-cli demo`, fixed seed, and reused afterwards). It prints, each as the
// median of several runs and beside the time the sqlite3 shell takes for the same SQL on the same
// file in the same run (and the ratio):
//  - cold start of the real `lotbook` binary (a new process, spawn to exit,
//    with --quit-when-ready: it quits once the Inventory page has painted);
//  - in a main window driven here (offscreen): opening the largest part's
//    Lots tab, sorting it by expiry, a Trace search, and opening the Expiring,
//    Trace, Suppliers and Audit log pages, each until painted;
//  - peak memory (VmHWM) after each, and the startup process's own peak;
//  - every SQL statement each step ran (traced through SQLite itself), with
//    its rows, time and whether it scanned a whole table; --plans adds each
//    statement's EXPLAIN QUERY PLAN.
// The equivalent SQL is what the step really ran: the statements SQLite saw,
// with their bound values, and for a list read lazily only the rows it read.
//   scale_benchmark [--db PATH] [--lots N] [--parts N] [--seed S] [--runs N]
//                   [--starts N] [--lotbook PATH] [--cli PATH] [--sqlite3 PATH] [--plans]
#include "Database.h"
#include "ExpiringPage.h"
#include "InventoryPage.h"
#include "ListPanel.h"
#include "LotTableModel.h"
#include "LotsTab.h"
#include "MainWindow.h"
#include "PartView.h"
#include "Text.h"
#include "TracePage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <dlfcn.h>
#include <fcntl.h>
#include <functional>
#include <map>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

using namespace lotbook;

namespace {

void must(bool ok, const QString &what)
{
    if (!ok) {
        std::fprintf(stderr, "scale_benchmark: %s\n", qPrintable(what));
        std::exit(1);
    }
}

// ---- SQLite's own trace, reached through the library Qt's driver loads ----
// (no build dependency on sqlite3.h: the few entry points are looked up).

struct Statement
{
    QString sql;      // as prepared
    QString expanded; // with its bound values
    qint64 rows = 0;  // rows it returned
    double ms = 0;    // SQLite's own time for it
    int fullScanSteps = 0;
    int sorts = 0;
    int autoIndexes = 0;
    bool readOnly = true;
    bool internal = false; // run by SQLite itself (the FTS5 module), not by Lotbook
};

namespace sqlite {
using TraceV2 = int (*)(void *, unsigned, int (*)(unsigned, void *, void *, void *), void *);
using AutoExtension = int (*)(void (*)());
using StmtText = const char *(*)(void *);
using Expanded = char *(*)(void *);
using Free = void (*)(void *);
using StmtInt = int (*)(void *);
using StmtStatus = int (*)(void *, int, int);
constexpr unsigned kTraceStmt = 0x01, kTraceProfile = 0x02, kTraceRow = 0x04;
constexpr int kFullScanStep = 1, kSort = 2, kAutoIndex = 3;

TraceV2 traceV2;
AutoExtension autoExtension;
StmtText sql;
Expanded expandedSql;
Free freeMemory;
StmtInt readOnly;
StmtStatus stmtStatus;

std::vector<Statement> *recording = nullptr; // where traced statements go; null: nowhere
std::map<void *, size_t> running;            // statement -> its entry in `recording`

int onTrace(unsigned type, void *, void *p, void *x)
{
    // The window's own statements only: the quick check on its background
    // thread is not part of any step (and `recording` is not shared).
    if (!recording || QThread::currentThread() != QCoreApplication::instance()->thread())
        return 0;
    if (type == kTraceStmt) {
        const char *text = static_cast<const char *>(x);
        if (text && text[0] == '-' && text[1] == '-')
            return 0; // a trigger's body
        Statement s;
        s.sql = QString::fromUtf8(sql(p));
        if (char *e = expandedSql(p)) {
            s.expanded = QString::fromUtf8(e);
            freeMemory(e);
        }
        s.readOnly = readOnly(p) != 0;
        s.internal = s.sql.contains(QLatin1String("'main'.'"));
        for (int op : {kFullScanStep, kSort, kAutoIndex})
            stmtStatus(p, op, 1); // reset the counters
        running[p] = recording->size();
        recording->push_back(s);
    } else if (type == kTraceRow) {
        if (auto it = running.find(p); it != running.end())
            ++(*recording)[it->second].rows;
    } else if (type == kTraceProfile) {
        if (auto it = running.find(p); it != running.end()) {
            Statement &s = (*recording)[it->second];
            s.ms = double(*static_cast<qint64 *>(x)) / 1e6;
            s.fullScanSteps = stmtStatus(p, kFullScanStep, 0);
            s.sorts = stmtStatus(p, kSort, 0);
            s.autoIndexes = stmtStatus(p, kAutoIndex, 0);
            running.erase(it);
        }
    }
    return 0;
}

int onOpen(void *db, const char **, const void *)
{
    traceV2(db, kTraceStmt | kTraceProfile | kTraceRow, &onTrace, nullptr);
    return 0;
}

template <typename F> F symbol(void *lib, const char *name)
{
    void *p = dlsym(lib, name);
    must(p != nullptr, QStringLiteral("libsqlite3 has no %1").arg(QLatin1String(name)));
    return reinterpret_cast<F>(p);
}

// Every connection opened from now on is traced (while recording).
void install()
{
    void *lib = dlopen("libsqlite3.so.0", RTLD_NOW);
    must(lib != nullptr, QStringLiteral("cannot load libsqlite3.so.0"));
    traceV2 = symbol<TraceV2>(lib, "sqlite3_trace_v2");
    autoExtension = symbol<AutoExtension>(lib, "sqlite3_auto_extension");
    sql = symbol<StmtText>(lib, "sqlite3_sql");
    expandedSql = symbol<Expanded>(lib, "sqlite3_expanded_sql");
    freeMemory = symbol<Free>(lib, "sqlite3_free");
    readOnly = symbol<StmtInt>(lib, "sqlite3_stmt_readonly");
    stmtStatus = symbol<StmtStatus>(lib, "sqlite3_stmt_status");
    autoExtension(reinterpret_cast<void (*)()>(&onOpen));
}
} // namespace sqlite

// What one step ran, recorded while `work` runs once.
std::vector<Statement> traced(const std::function<void()> &work)
{
    std::vector<Statement> statements;
    sqlite::recording = &statements;
    sqlite::running.clear();
    work();
    sqlite::recording = nullptr;
    sqlite::running.clear();
    return statements;
}

// ---- Processes: spawned directly, for wall time and the child's peak RSS ----

struct Run
{
    double ms = 0;
    long maxRssKb = 0;
    int exitCode = -1;
};

Run spawn(const QStringList &command, const QStringList &environment, const QString &stdinFile = {},
          bool quiet = true)
{
    std::vector<QByteArray> args, env;
    for (const QString &a : command)
        args.push_back(a.toLocal8Bit());
    for (const QString &e : environment)
        env.push_back(e.toLocal8Bit());
    std::vector<char *> argv, envp;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (QByteArray &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray in = stdinFile.toLocal8Bit();
    if (!stdinFile.isEmpty())
        posix_spawn_file_actions_addopen(&actions, 0, in.constData(), O_RDONLY, 0);
    if (quiet)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    const int failed = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    must(failed == 0, QStringLiteral("cannot start %1").arg(command.first()));
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Run r;
    r.ms = double(t.nsecsElapsed()) / 1e6;
    r.maxRssKb = usage.ru_maxrss;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
               : QStringLiteral("?");
}

// ---- The sqlite3 shell on the same SQL ----

class Shell
{
public:
    Shell(QString sqlite3, QString db, QString dir)
        : m_sqlite3(std::move(sqlite3)), m_db(std::move(db)), m_dir(std::move(dir))
    {}

    // The statements as the shell runs them: read-only ones only (a replay
    // must not change the file), Lotbook's own (SQLite's FTS5 module runs its
    // statements itself), and a list read lazily limited to the rows read,
    // planned as the application's statement was (LIMIT -1 keeps the inner
    // query as written; the outer LIMIT stops reading, as the view does).
    static QStringList replayable(const std::vector<Statement> &statements)
    {
        QStringList sql;
        for (const Statement &s : statements) {
            if (!s.readOnly || s.internal || s.expanded.isEmpty())
                continue;
            const QString text = s.expanded.trimmed();
            const bool select = text.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive);
            if (select && !text.contains(QLatin1String(" LIMIT "), Qt::CaseInsensitive))
                sql << QStringLiteral("SELECT * FROM (%1 LIMIT -1) LIMIT %2;")
                           .arg(text)
                           .arg(s.rows);
            else
                sql << text + QLatin1Char(';');
        }
        return sql;
    }

    // Wall time of one shell process running `sql` `times` times.
    double process(const QStringList &sql, int times) const
    {
        const QString script = m_dir + QStringLiteral("/replay.sql");
        QFile f(script);
        must(f.open(QIODevice::WriteOnly | QIODevice::Truncate), script);
        QTextStream out(&f);
        // The application's connection settings (Database::open).
        out << "PRAGMA cache_size = -16000;\nPRAGMA temp_store = MEMORY;\n.output /dev/null\n";
        for (int i = 0; i < times; ++i)
            for (const QString &s : sql)
                out << s << '\n';
        out.flush();
        f.close();
        const Run r = spawn({m_sqlite3, QStringLiteral("-readonly"), m_db},
                            QProcess::systemEnvironment(), script);
        must(r.exitCode == 0, QStringLiteral("sqlite3 failed on %1").arg(script));
        return r.ms;
    }

    // Per run of `sql` in one shell: (time of `times` runs - time of none) /
    // times, the median of `rounds` such measurements; `times` is what takes
    // about a second, at most 20.
    double perRun(const QStringList &sql, int rounds = 5) const
    {
        if (sql.isEmpty())
            return 0;
        const double once = std::max(0.01, process(sql, 1) - process(sql, 0));
        const int times = std::clamp(int(1000.0 / once), 1, 20);
        std::vector<double> per;
        for (int r = 0; r < rounds; ++r) {
            const double none = process(sql, 0);
            const double many = process(sql, times);
            per.push_back(std::max(0.0, many - none) / times);
        }
        return median(per);
    }

private:
    QString m_sqlite3, m_db, m_dir;
};

// ---- Reporting ----

struct Figure
{
    QString what;
    std::vector<double> ms;
    std::vector<double> dataMs; // of which the step itself, before painting
    double sqliteMs = -1;       // -1: not measured
    long rssKb = 0;
};

void printFigure(const Figure &f)
{
    if (f.ms.empty())
        return;
    const double m = median(f.ms);
    QString sqlite = QStringLiteral("      -");
    QString ratio = QStringLiteral("    -");
    if (f.sqliteMs > 0) {
        sqlite = QString::asprintf("%7.2f", f.sqliteMs);
        ratio = QString::asprintf("%5.1fx", m / f.sqliteMs);
    } else if (f.sqliteMs == 0) {
        sqlite = QStringLiteral(" no SQL");
    }
    // The step before painting, and the painting (medians of each).
    const QString split =
        f.dataMs.empty()
            ? QStringLiteral("                      ")
            : QString::asprintf("= %6.2f + paint %6.2f", median(f.dataMs), m - median(f.dataMs));
    std::printf("%-46s %8.2f ms %s (min %7.2f, max %7.2f, %2zu runs)  sqlite3 %s ms %s  peak RSS "
                "%4ld MB\n",
                qPrintable(f.what), m, qPrintable(split),
                *std::min_element(f.ms.begin(), f.ms.end()),
                *std::max_element(f.ms.begin(), f.ms.end()), f.ms.size(), qPrintable(sqlite),
                qPrintable(ratio), f.rssKb / 1024);
}

// The statements of a step: what ran, and whether any read a whole table.
// Whether a statement reads every row of the big tables: many steps of a
// full scan, or a COUNT that SQLite answers by walking a whole table or index
// (its plan SCANs lot or audit_event; such a count takes no scan steps).
bool readsEverything(const Statement &s, const QStringList &plan)
{
    if (s.fullScanSteps >= 100000)
        return true;
    if (!s.sql.contains(QLatin1String("COUNT("), Qt::CaseInsensitive))
        return false;
    static const QRegularExpression whole(QStringLiteral("^SCAN (lot|audit_event)( |$)"));
    for (const QString &line : plan)
        if (whole.match(line).hasMatch())
            return true;
    return false;
}

QStringList planOf(const Statement &s, QSqlDatabase planDb)
{
    QStringList lines;
    if (s.internal || !s.readOnly)
        return lines;
    QSqlQuery q(planDb);
    if (q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + s.expanded))
        while (q.next())
            lines << q.value(3).toString();
    return lines;
}

// The statements of a step: what ran, and whether any read a whole table.
// Returns those that read every row of lot or audit_event.
QStringList printStatements(const QString &step, const std::vector<Statement> &statements,
                            bool plans, QSqlDatabase planDb)
{
    QStringList everything;
    std::printf("\n  SQL of \"%s\": %zu statements\n", qPrintable(step), statements.size());
    for (const Statement &s : statements) {
        const QStringList plan = planOf(s, planDb);
        const bool all = readsEverything(s, plan);
        if (all)
            everything << s.sql.simplified();
        const bool scan = s.fullScanSteps >= 5000;
        std::printf("   %s %7.2f ms %7lld rows%s%s%s%s  %s\n",
                    all    ? "!!"
                    : scan ? "! "
                           : "  ",
                    s.ms, static_cast<long long>(s.rows),
                    scan ? qPrintable(QStringLiteral(" scan of %1 rows").arg(s.fullScanSteps)) : "",
                    all ? " READS EVERY ROW" : "", s.sorts ? " sort" : "",
                    s.internal ? " [fts5]" : "",
                    qPrintable(s.sql.simplified().left(plans ? 400 : 150)));
        if (plans)
            for (const QString &line : plan)
                std::printf("           | %s\n", qPrintable(line));
    }
    return everything;
}

// ---- Driving the window ----

// Lets the event loop finish what a step left for later (lists keep fetching
// in the background until the selected row is back in view), untimed.
void settle()
{
    for (int i = 0; i < 64; ++i)
        QCoreApplication::processEvents();
}

// Paints what is pending, as the event loop would next: the widgets the step
// changed, not the whole window.
void paintPending()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents();
}

// Runs `prepare` (untimed) then `work` and the painting it leaves pending
// (timed), `runs` times.
// The times go to `f.ms`, those before painting to `f.dataMs`.
void measure(Figure &f, int runs, const std::function<void()> &prepare,
             const std::function<void()> &work)
{
    for (int i = 0; i < runs; ++i) {
        prepare();
        settle();
        QElapsedTimer t;
        t.start();
        work();
        f.dataMs.push_back(double(t.nsecsElapsed()) / 1e6);
        paintPending();
        f.ms.push_back(double(t.nsecsElapsed()) / 1e6);
        settle();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    sqlite::install();
    // Settings (window layout, recent files, preferences) stay in a scratch
    // folder, here and in the lotbook processes started below.
    QTemporaryDir scratch;
    must(scratch.isValid(), QStringLiteral("no temporary folder"));
    qputenv("XDG_CONFIG_HOME", scratch.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", scratch.filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lotbook"));
    QApplication::setApplicationName(QStringLiteral("Lotbook"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Demo database to build or reuse."),
        QStringLiteral("path"), QStringLiteral("/tmp/lotbook-scale.sqlite"));
    const QCommandLineOption lotsOption(QStringLiteral("lots"), QStringLiteral("Lots to build."),
                                        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption partsOption(QStringLiteral("parts"), QStringLiteral("Parts to build."),
                                         QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Demo seed."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per in-window figure."),
                                        QStringLiteral("n"), QStringLiteral("11"));
    const QCommandLineOption startsOption(QStringLiteral("starts"),
                                          QStringLiteral("lotbook processes started."),
                                          QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption lotbookOption(
        QStringLiteral("lotbook"), QStringLiteral("The lotbook binary."), QStringLiteral("path"),
        QStringLiteral(LOTBOOK_GUI_PATH));
    const QCommandLineOption cliOption(
        QStringLiteral("cli"), QStringLiteral("The lotbook-cli binary (builds the database)."),
        QStringLiteral("path"), QStringLiteral(LOTBOOK_CLI_PATH));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite3"),
                                          QStringLiteral("The sqlite3 shell."),
                                          QStringLiteral("path"), QStringLiteral("sqlite3"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Time only the window steps whose name contains <text> (for profiling: "
                       "no process starts, no sqlite3); the others run once, untimed."),
        QStringLiteral("text"));
    const QCommandLineOption plansOption(QStringLiteral("plans"),
                                         QStringLiteral("Print each statement's query plan."));
    parser.addOptions({dbOption, lotsOption, partsOption, seedOption, runsOption, startsOption,
                       lotbookOption, cliOption, sqliteOption, onlyOption, plansOption});
    parser.process(app);
    const QString path = QFileInfo(parser.value(dbOption)).absoluteFilePath();
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int starts = qMax(1, parser.value(startsOption).toInt());
    const bool plans = parser.isSet(plansOption);
    const QString only = parser.value(onlyOption);
    must(QFileInfo(parser.value(lotbookOption)).isExecutable(),
         QStringLiteral("no lotbook binary at %1 (--lotbook)").arg(parser.value(lotbookOption)));
    must(!QStandardPaths::findExecutable(parser.value(sqliteOption)).isEmpty() ||
             QFileInfo(parser.value(sqliteOption)).isExecutable(),
         QStringLiteral("no sqlite3 shell (apt-get install sqlite3, or --sqlite3 PATH)"));

    std::printf("machine: %d cores, load average %s\n", int(sysconf(_SC_NPROCESSORS_ONLN)),
                qPrintable(loadAverage()));
    {
        // Built on first use by the real lotbook-cli (its own process, so this
        // one stays small for the memory figures); reused afterwards, after
        // the upgrade a newer schema may bring.
        if (!QFileInfo::exists(path)) {
            std::printf("building the demo database with lotbook-cli demo ...\n");
            const Run r = spawn(
                {parser.value(cliOption), QStringLiteral("--db"), path, QStringLiteral("demo"),
                 QStringLiteral("--parts"), parser.value(partsOption), QStringLiteral("--lots"),
                 parser.value(lotsOption), QStringLiteral("--seed"), parser.value(seedOption)},
                QProcess::systemEnvironment(), {}, false);
            must(r.exitCode == 0, QStringLiteral("lotbook-cli demo failed"));
            std::printf("built in %.1f s of wall time: %.0f lots/s (peak RSS %ld MB; load average "
                        "now %s)\n",
                        r.ms / 1000.0, parser.value(lotsOption).toDouble() / (r.ms / 1000.0),
                        r.maxRssKb / 1024, qPrintable(loadAverage()));
        }
        OpenResult opened = Database::open(path, OpenMode::OpenExisting);
        must(opened.ok(), opened.message);
    }
    // The largest part, the lot numbers to search for: read once, untraced.
    qint64 largestPart = 0, smallPart = 0, lots = 0;
    QString largestNumber, lotFragment;
    {
        OpenResult opened = Database::open(path, OpenMode::Inspect);
        must(opened.ok(), opened.message);
        QSqlQuery q(opened.database->connection());
        must(q.exec(QStringLiteral("SELECT part_id, COUNT(*) AS n FROM lot GROUP BY part_id ORDER "
                                   "BY n DESC LIMIT 1")) &&
                 q.next(),
             QStringLiteral("the database has no lots"));
        largestPart = q.value(0).toLongLong();
        must(q.exec(QStringLiteral("SELECT COUNT(*) FROM lot")) && q.next(),
             QStringLiteral("count"));
        lots = q.value(0).toLongLong();
        must(q.prepare(QStringLiteral("SELECT part_number FROM part WHERE id = ?")),
             QStringLiteral("part"));
        q.addBindValue(largestPart);
        must(q.exec() && q.next(), QStringLiteral("part"));
        largestNumber = q.value(0).toString();
        must(q.exec(QStringLiteral("SELECT part_id FROM lot GROUP BY part_id HAVING COUNT(*) "
                                   "BETWEEN 5 AND 50 LIMIT 1")) &&
                 q.next(),
             QStringLiteral("a small part"));
        smallPart = q.value(0).toLongLong();
        // Six characters of a lot number from the middle of the file.
        must(q.prepare(QStringLiteral("SELECT lot_number FROM lot WHERE id = ?")),
             QStringLiteral("lot"));
        q.addBindValue(lots / 2);
        must(q.exec() && q.next(), QStringLiteral("lot"));
        lotFragment = q.value(0).toString().right(6);
    }
    std::printf("database: %s (%.0f MB, %lld lots; largest part %s)\n", qPrintable(path),
                double(QFileInfo(path).size()) / (1024.0 * 1024.0), static_cast<long long>(lots),
                qPrintable(largestNumber));

    const Shell shell(parser.value(sqliteOption), path, scratch.path());
    QSqlDatabase planDb =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plans"));
    planDb.setDatabaseName(path);
    planDb.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    must(planDb.open(), QStringLiteral("cannot open %1 for plans").arg(path));

    std::vector<Figure> figures;
    std::unique_ptr<MainWindow> window;
    std::vector<std::pair<QString, std::vector<Statement>>> sqlOf;

    // 1. Cold start of the real binary, and of the shell on the startup SQL.
    {
        QStringList env = QProcess::systemEnvironment();
        env.erase(std::remove_if(env.begin(), env.end(),
                                 [](const QString &e) {
                                     return e.startsWith(QLatin1String("HOME=")) ||
                                            e.startsWith(QLatin1String("XDG_")) ||
                                            e.startsWith(QLatin1String("QT_QPA_PLATFORM="));
                                 }),
                  env.end());
        env << QStringLiteral("HOME=") + scratch.path()
            << QStringLiteral("XDG_CONFIG_HOME=") + scratch.filePath(QStringLiteral("config"))
            << QStringLiteral("XDG_DATA_HOME=") + scratch.filePath(QStringLiteral("data"))
            << QStringLiteral("QT_QPA_PLATFORM=") + qEnvironmentVariable("QT_QPA_PLATFORM");
        Figure start{QStringLiteral("start: lotbook to Inventory painted"), {}, {}, -1, 0};
        for (int i = 0; only.isEmpty() && i < starts; ++i) {
            const Run r = spawn({parser.value(lotbookOption), QStringLiteral("--db"), path,
                                 QStringLiteral("--quit-when-ready")},
                                env);
            must(r.exitCode == 0, QStringLiteral("lotbook exited with %1").arg(r.exitCode));
            start.ms.push_back(r.ms);
            start.rssKb = std::max(start.rssKb, r.maxRssKb);
        }
        // The same startup in a window of this process, timed and traced
        // (what SQL it runs): the application's part of the start. One window
        // only; the pages below are driven in it.
        Figure here{QStringLiteral("start in this process: window, open, paint"), {}, {}, 0, 0};
        std::vector<Statement> startup = traced([&] {
            QElapsedTimer t;
            t.start();
            window = std::make_unique<MainWindow>();
            window->resize(1400, 900);
            window->openDatabase(path, OpenMode::OpenExisting, true);
            window->show();
            paintPending();
            here.ms.push_back(double(t.nsecsElapsed()) / 1e6);
        });
        must(window->database() != nullptr, window->lastError());
        const QStringList sql = Shell::replayable(startup);
        std::vector<double> shellRuns;
        for (int i = 0; only.isEmpty() && i < starts; ++i)
            shellRuns.push_back(shell.process(sql, 1));
        start.sqliteMs = median(shellRuns);
        printFigure(start);
        figures.push_back(start);
        here.sqliteMs = -1; // the same SQL as the line above
        here.rssKb = peakRssKb();
        printFigure(here);
        figures.push_back(here);
        sqlOf.emplace_back(start.what, startup);
        std::printf(
            "(start: the sqlite3 figure is a whole sqlite3 process too, opening the file and "
            "running the %lld statements of the startup)\n",
            static_cast<long long>(sql.size()));
    }

    // The quick check of every page runs on its own thread once the window
    // shows; the steps below are timed after it, on a quiet machine.
    {
        QElapsedTimer t;
        t.start();
        while (window->isCheckingDatabase())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        std::printf("(the background quick check of every page went on for %.0f ms after the "
                    "start; the file %s open)\n",
                    double(t.nsecsElapsed()) / 1e6,
                    window->database() ? "stayed" : "was closed as damaged");
        must(window->database() != nullptr, window->lastError());
    }

    // 2. In the main window here.
    settle();
    auto step = [&](const QString &what, const std::function<void()> &prepare,
                    const std::function<void()> &work) {
        prepare();
        settle();
        const std::vector<Statement> statements = traced([&] {
            work();
            paintPending();
        });
        settle();
        if (!only.isEmpty() && !what.contains(only))
            return; // run once, for the steps after it
        Figure f{what, {}, {}, -1, 0};
        measure(f, runs, prepare, work);
        f.sqliteMs = only.isEmpty() ? shell.perRun(Shell::replayable(statements)) : -1;
        f.rssKb = peakRssKb();
        printFigure(f);
        figures.push_back(f);
        sqlOf.emplace_back(what, statements);
    };
    PartView *part = window->partView();
    LotsTab *lotsTab = part->lotsTab();
    auto showPart = [&](qint64 id) {
        window->openPart(id);
        part->tabs()->setCurrentWidget(lotsTab);
    };
    step(
        QStringLiteral("open the largest part's Lots tab"),
        [&] {
            showPart(smallPart);
            part->tabs()->setCurrentIndex(0);
        },
        [&] { showPart(largestPart); });
    // What a header click does. (QTableView::sortByColumn would sort twice in
    // Qt 6.4: once through the indicator it sets, once more itself.)
    auto sortBy = [&](int column, Qt::SortOrder order) {
        lotsTab->view()->horizontalHeader()->setSortIndicator(column, order);
    };
    const int expires = lotsTab->model()->columnOf(QStringLiteral("expires_on"));
    const int received = lotsTab->model()->columnOf(QStringLiteral("received_on"));
    step(
        QStringLiteral("sort it by expiry"), [&] { sortBy(received, Qt::DescendingOrder); },
        [&] { sortBy(expires, Qt::AscendingOrder); });
    // A header click keeps the selected lot: the list shows at once, then
    // fetches in the background until that lot is back in view, or, past the
    // first 4,096 rows, selects the first row.
    step(
        QStringLiteral("sort it by received, until a lot is selected again"),
        [&] {
            sortBy(expires, Qt::AscendingOrder);
            lotsTab->view()->setCurrentIndex(lotsTab->model()->index(0, 1));
        },
        [&] {
            const qint64 selected = lotsTab->currentLotId();
            sortBy(received, Qt::DescendingOrder);
            QElapsedTimer limit;
            limit.start();
            while (lotsTab->currentLotId() == 0 && limit.elapsed() < 20000)
                QCoreApplication::processEvents();
            must(selected != 0 && lotsTab->currentLotId() != 0,
                 QStringLiteral("no lot was selected again after sorting"));
        });
    step(
        QStringLiteral("open the Trace page (all lots)"),
        [&] { window->showPage(MainWindow::InventoryPageIndex); },
        [&] { window->showPage(MainWindow::TracePageIndex); });
    TracePage *trace = window->tracePage();
    auto *traceLot = trace->findChild<QLineEdit *>(QStringLiteral("traceLot"));
    step(
        QStringLiteral("trace search: lot number \"%1\"").arg(lotFragment),
        [&] {
            window->showPage(MainWindow::TracePageIndex);
            trace->clearFilters();
            traceLot->setText(lotFragment);
        },
        [&] { trace->search(); });
    step(
        QStringLiteral("open the Expiring page"),
        [&] { window->showPage(MainWindow::InventoryPageIndex); },
        [&] { window->showPage(MainWindow::ExpiringPageIndex); });
    step(
        QStringLiteral("refresh the Expiring page (F5, a change)"),
        [&] { window->showPage(MainWindow::ExpiringPageIndex); },
        [&] { window->expiringPage()->refresh(); });
    step(
        QStringLiteral("open the Suppliers page"),
        [&] { window->showPage(MainWindow::InventoryPageIndex); },
        [&] { window->showPage(MainWindow::SuppliersPageIndex); });
    step(
        QStringLiteral("open the Audit log page"),
        [&] { window->showPage(MainWindow::InventoryPageIndex); },
        [&] { window->showPage(MainWindow::AuditLogPageIndex); });
    step(
        QStringLiteral("back to Inventory"),
        [&] { window->showPage(MainWindow::AuditLogPageIndex); },
        [&] { window->showPage(MainWindow::InventoryPageIndex); });

    std::printf("\n%-46s %8s    %-22s\n", "", "median", "= the step + painting");
    for (const Figure &f : figures)
        printFigure(f);
    std::printf("targets: start <= 400 ms; each action <= 50 ms and <= 3x sqlite3; peak RSS <= 200 "
                "MB\n");
    std::printf("(peak RSS: of the lotbook process for the start; of this process, after the step, "
                "otherwise)\n");
    QStringList everything;
    for (const auto &[what, statements] : sqlOf)
        for (const QString &sql : printStatements(what, statements, plans, planDb))
            everything << QStringLiteral("  %1: %2").arg(what, sql);
    // The rule: nothing at start or on opening a page reads every lot.
    std::printf("\nstatements that read every row of lot or audit_event: %s\n",
                everything.isEmpty()
                    ? "none"
                    : qPrintable(QLatin1Char('\n') + everything.join(QLatin1Char('\n'))));
    std::printf("\nload average at the end: %s\n", qPrintable(loadAverage()));
    std::fflush(stdout);
    return 0;
}
