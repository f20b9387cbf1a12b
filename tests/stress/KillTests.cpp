// SIGKILL at random points: the real lotbook-cli is killed while it adds a
// lot, edits one or imports a large file, and the stress worker while it runs
// through its calls. After every kill the file passes `check` and `audit
// verify`, and it holds exactly the changes whose call returned success: the
// killed call is there whole (with its audit events) or not at all. The seed
// is printed; LOTBOOK_KILL_SEED repeats a run with another one.
#include "StressSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QThread>
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <random>

using namespace lotbook;
using namespace lotbook::test;

namespace {

constexpr int kPool = 10;
constexpr int kImportRows = 3000;
constexpr int kCliKills = 50;   // at least this many kills of lotbook-cli
constexpr int kWorkerKills = 6; // and of the stress worker
constexpr int kMaxAttempts = 600;

struct LotState
{
    QString number;
    qint64 version = 1;
    qint64 quantity = 0;
    QString notes;
};

struct Run
{
    bool killed = false; // died of the SIGKILL, before it could answer
    int exitCode = -1;
    QString out, err;
    qint64 elapsedUs = 0;
    bool logWritten = false; // the write-ahead log changed while it ran
};

// When the write-ahead log was last written (nothing when there is none).
std::filesystem::file_time_type logTime(const CliWorkspace &ws)
{
    std::error_code error;
    const auto time = std::filesystem::last_write_time(
        std::filesystem::path((ws.dbPath() + QStringLiteral("-wal")).toStdString()), error);
    return error ? std::filesystem::file_time_type() : time;
}

// When to send the SIGKILL: `afterUs` after the start, or after the process
// first writes to the log (its write or its commit is then under way); never
// when afterUs is negative.
struct Kill
{
    qint64 afterUs = -1;
    bool onLogWrite = false;
};

// Runs `program` with the workspace's HOME and kills it as `kill` says.
Run run(const CliWorkspace &ws, const QString &program, const QStringList &arguments, Kill kill)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(ws.home()));
    const auto logBefore = logTime(ws);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    if (kill.afterUs >= 0) {
        if (kill.onLogWrite) {
            QElapsedTimer waited;
            waited.start();
            while (logTime(ws) == logBefore && !process.waitForFinished(0) &&
                   waited.elapsed() < 60000)
                QThread::usleep(100);
        }
        QThread::usleep(quint64(kill.afterUs));
        process.kill(); // SIGKILL; a process that already ended is not touched
    }
    REQUIRE(process.waitForFinished(120000));
    Run r;
    r.elapsedUs = clock.nsecsElapsed() / 1000;
    r.killed = process.exitStatus() == QProcess::CrashExit;
    r.logWritten = logTime(ws) != logBefore;
    r.exitCode = r.killed ? -1 : process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QStringList cliArgs(const CliWorkspace &ws, const QStringList &arguments)
{
    return QStringList{QStringLiteral("--db"), ws.dbPath(), QStringLiteral("--user"),
                       QStringLiteral("clerk")} +
           arguments;
}

// A packing list of `rows` lots numbered "<prefix>-<row>".
QString writeImportFile(const CliWorkspace &ws, const QString &prefix, int rows)
{
    const QString path = ws.file(prefix + QStringLiteral(".csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QByteArray text = "Part number,Lot number,Received date,Expiration date,Quantity received,"
                      "Cost per unit,Supplier,Location,Bin,Notes\n";
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("%1,%2-%3,2024-02-%4,2027-01-01,%5,0.%6,%7,%8,,imported\n")
                    .arg(kPart, prefix)
                    .arg(i)
                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                    .arg(1 + i % 500)
                    .arg(i % 100, 2, 10, QLatin1Char('0'))
                    .arg(kSupplier, kWarehouse)
                    .toUtf8();
    REQUIRE(file.write(text) == text.size());
    return path;
}

// The file against what the test expects: the counts, and every lot it tracks.
class Expected
{
public:
    qint64 lots = 0;
    qint64 events = 0;
    QMap<qint64, LotState> tracked; // lot id -> what it must hold

    void checkCounts(Database &db) const
    {
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lot")) == lots);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_event")) == events);
    }
    void checkLot(Database &db, qint64 id) const
    {
        const LotState &s = tracked[id];
        INFO("lot " << s.number.toStdString());
        CHECK(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM lot WHERE id = ? AND lot_number = ? AND "
                                    "version = ? AND quantity = ? AND notes = ?"),
                     {id, s.number, s.version, s.quantity, s.notes}) == 1);
    }
};

qint64 idOf(Database &db, const QString &number)
{
    return scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM lot WHERE lot_number = ?"),
                  {number});
}

LotState stateOf(Database &db, qint64 id)
{
    LotState s;
    s.number = QString::number(id);
    s.version = scalar(db, QStringLiteral("SELECT version FROM lot WHERE id = ?"), {id});
    s.quantity = scalar(db, QStringLiteral("SELECT quantity FROM lot WHERE id = ?"), {id});
    return s;
}

bool hasNotes(Database &db, qint64 id, const QString &notes)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM lot WHERE id = ? AND notes = ?"),
                  {id, notes}) == 1;
}

qint64 eventsFor(Database &db, qint64 id, const char *action)
{
    return scalar(db,
                  QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE entity = 'lot' AND "
                                 "entity_id = ? AND action = ?"),
                  {id, QString::fromLatin1(action)});
}

struct Tally
{
    int killed = 0, present = 0, absent = 0, returned = 0;
    int midWrite = 0; // killed absent after writing to the log: during the write or commit
};

} // namespace

TEST_CASE("stress: lotbook-cli and the worker killed at random points leave a sound file with "
          "exactly the changes that returned",
          "[stress][kill]")
{
    const quint64 seed = qEnvironmentVariableIsSet("LOTBOOK_KILL_SEED")
                             ? qEnvironmentVariable("LOTBOOK_KILL_SEED").toULongLong()
                             : 20240611;
    std::cout << "kill test seed: " << seed << " (LOTBOOK_KILL_SEED=N repeats another)"
              << std::endl;
    std::mt19937_64 random(seed);
    auto below = [&random](qint64 n) { return qint64(random() % quint64(n)); };

    CliWorkspace ws;
    const Seeded seeded = seedDatabase(ws.dbPath(), kPool);
    const std::unique_ptr<Database> db = inspect(ws.dbPath());
    Expected expected;
    expected.lots = kPool;
    expected.events = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_event"));
    for (const qint64 id : seeded.pool) {
        LotState s = stateOf(*db, id);
        s.number = QStringLiteral("P-%1").arg(expected.tracked.size());
        expected.tracked.insert(id, s);
    }

    // How long each kind of call runs when left alone, so that kills land
    // anywhere in it: startup, validation, the write, the commit, the exit.
    QMap<QString, qint64> typicalUs{{QStringLiteral("add"), 0},
                                    {QStringLiteral("edit"), 0},
                                    {QStringLiteral("import"), 0},
                                    {QStringLiteral("worker"), 0}};
    QMap<QString, Tally> tally;
    // Half the kills at any moment of a call; the other half within 3 ms of
    // its first write to the log, where a commit is most easily cut in two.
    auto killDelay = [&](const QString &kind) -> Kill {
        const qint64 typical = typicalUs.value(kind);
        if (typical == 0)
            return {}; // the first call of a kind runs to the end and is timed
        if (below(2) == 0)
            return {below(typical + typical / 10), false};
        return {below(3000), true};
    };
    auto learn = [&](const QString &kind, const Run &r) {
        if (!r.killed)
            typicalUs[kind] =
                typicalUs[kind] ? (3 * typicalUs[kind] + r.elapsedUs) / 4 : r.elapsedUs;
    };
    auto afterKill = [&](const QString &what) {
        INFO("after " << what.toStdString());
        runOk(ws, args({"check"}));
        runOk(ws, args({"audit", "verify"}));
    };

    int cliKills = 0, workerKills = 0, attempts = 0;
    while ((cliKills < kCliKills || workerKills < kWorkerKills) && attempts < kMaxAttempts) {
        ++attempts;
        const QString n = QString::number(attempts);
        const qint64 pick = below(100);
        QString kind = pick < 35   ? QStringLiteral("import")
                       : pick < 65 ? QStringLiteral("add")
                       : pick < 95 ? QStringLiteral("edit")
                                   : QStringLiteral("worker");
        if (cliKills >= kCliKills)
            kind = QStringLiteral("worker");
        else if (kind == QLatin1String("worker") && workerKills >= kWorkerKills)
            kind = QStringLiteral("add");
        INFO("attempt " << attempts << ": " << kind.toStdString());
        Tally &t = tally[kind];
        Run r;
        bool found = false; // the call's change is in the file

        if (kind == QLatin1String("add")) {
            const QString number = QStringLiteral("K-") + n;
            const qint64 quantity = 1 + below(900);
            r = run(
                ws, QStringLiteral(LOTBOOK_CLI_PATH),
                cliArgs(ws, {QStringLiteral("lot"), QStringLiteral("add"), QStringLiteral("--part"),
                             kPart, QStringLiteral("--lot"), number, QStringLiteral("--received"),
                             QStringLiteral("2024-03-01"), QStringLiteral("--qty"),
                             QString::number(quantity), QStringLiteral("--cost"),
                             QStringLiteral("1.25"), QStringLiteral("--supplier"), kSupplier,
                             QStringLiteral("--warehouse"), kWarehouse}),
                killDelay(kind));
            INFO(r.err.toStdString());
            REQUIRE((r.killed || r.exitCode == 0));
            learn(kind, r);
            const qint64 id = idOf(*db, number);
            if (!r.killed)
                REQUIRE(id != 0);
            if (id) {
                CHECK(eventsFor(*db, id, "create") == 1);
                expected.lots += 1;
                expected.events += 1;
                expected.tracked.insert(id, {number, 1, quantity, QString()});
                expected.checkLot(*db, id);
            }
            found = id != 0;
        } else if (kind == QLatin1String("edit")) {
            const QList<qint64> ids = expected.tracked.keys();
            const qint64 id = ids.at(int(below(ids.size())));
            LotState &s = expected.tracked[id];
            const qint64 quantity = 1 + below(900);
            const QString notes = QStringLiteral("kill edit ") + n;
            r = run(ws, QStringLiteral(LOTBOOK_CLI_PATH),
                    cliArgs(ws, {QStringLiteral("lot"), QStringLiteral("edit"), kPart, s.number,
                                 QStringLiteral("--qty"), QString::number(quantity),
                                 QStringLiteral("--notes"), notes}),
                    killDelay(kind));
            INFO(r.err.toStdString());
            REQUIRE((r.killed || r.exitCode == 0));
            learn(kind, r);
            const bool applied = hasNotes(*db, id, notes);
            if (!r.killed)
                REQUIRE(applied);
            const qint64 updatesBefore = eventsFor(*db, id, "update") - (applied ? 1 : 0);
            if (applied) {
                s.version += 1;
                s.quantity = quantity;
                s.notes = notes;
                expected.events += 1;
            }
            expected.checkLot(*db, id);
            CHECK(eventsFor(*db, id, "update") == updatesBefore + (applied ? 1 : 0));
            found = applied;
        } else if (kind == QLatin1String("import")) {
            const QString prefix = QStringLiteral("I") + n;
            const QString file = writeImportFile(ws, prefix, kImportRows);
            r = run(ws, QStringLiteral(LOTBOOK_CLI_PATH),
                    cliArgs(ws, {QStringLiteral("import"), file}), killDelay(kind));
            INFO(r.err.toStdString());
            REQUIRE((r.killed || r.exitCode == 0));
            learn(kind, r);
            const qint64 lots = scalar(
                *db, QStringLiteral("SELECT COUNT(*) FROM lot WHERE lot_number LIKE ? || '-%'"),
                {prefix});
            const qint64 events =
                scalar(*db,
                       QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action = 'import' "
                                      "AND entity_key LIKE ? || '/' || ? || '-%'"),
                       {kPart, prefix});
            CHECK((lots == 0 || lots == kImportRows)); // all or nothing
            CHECK(events == lots);
            if (!r.killed)
                REQUIRE(lots == kImportRows);
            expected.lots += lots;
            expected.events += lots;
            QFile::remove(file);
            found = lots != 0;
        } else {
            r = run(ws, workerPath(),
                    workerArguments(ws, QStringLiteral("worker"), QStringLiteral("WK") + n, 300,
                                    seed + quint64(attempts), kPool, 0),
                    killDelay(kind));
            INFO(r.err.toStdString());
            REQUIRE((r.killed || r.exitCode == 0));
            learn(kind, r);
            const QList<WorkerCall> calls = parseWorkerLog(r.out);
            WorkerCall inFlight; // a call that started and never answered
            for (const WorkerCall &c : calls) {
                if (c.outcome == QLatin1String("start")) {
                    inFlight = c;
                    continue;
                }
                inFlight = WorkerCall();
                INFO(c.text.toStdString());
                REQUIRE(c.outcome == QStringLiteral("ok")); // alone: never a conflict or error
                if (c.op == QLatin1String("create")) {
                    expected.lots += 1;
                    expected.events += 1;
                    expected.tracked.insert(c.id, {c.text, 1, c.quantity, QString()});
                    LotState &s = expected.tracked[c.id];
                    s.quantity = stateOf(*db, c.id).quantity;
                } else {
                    LotState &s = expected.tracked[c.id];
                    s.version = c.version;
                    s.quantity = c.quantity;
                    s.notes = c.text;
                    expected.events += 1;
                }
            }
            bool present = false;
            if (inFlight.op == QLatin1String("create")) {
                const QString number = QStringLiteral("WK%1-%2").arg(n).arg(inFlight.index);
                if (const qint64 id = idOf(*db, number)) {
                    present = true;
                    CHECK(eventsFor(*db, id, "create") == 1);
                    expected.lots += 1;
                    expected.events += 1;
                    expected.tracked.insert(id, {number, 1, stateOf(*db, id).quantity, QString()});
                }
            } else if (inFlight.op == QLatin1String("edit")) {
                LotState &s = expected.tracked[inFlight.id];
                const QString notes = QStringLiteral("WK%1 edit %2").arg(n).arg(inFlight.index);
                if (hasNotes(*db, inFlight.id, notes)) {
                    present = true;
                    s.version += 1;
                    s.quantity = stateOf(*db, inFlight.id).quantity;
                    s.notes = notes;
                    expected.events += 1;
                }
            }
            for (auto it = expected.tracked.cbegin(); it != expected.tracked.cend(); ++it)
                if (it.value().number.startsWith(QStringLiteral("P-")))
                    expected.checkLot(*db, it.key());
            found = present;
        }

        expected.checkCounts(*db);
        if (r.killed) {
            ++t.killed;
            ++(found ? t.present : t.absent);
            if (!found && r.logWritten)
                ++t.midWrite;
            ++(kind == QLatin1String("worker") ? workerKills : cliKills);
            afterKill(kind + QStringLiteral(" #") + n);
        } else {
            ++t.returned;
        }
    }

    for (auto it = tally.cbegin(); it != tally.cend(); ++it)
        std::cout << "kill test: " << it.key().toStdString() << ": " << it.value().killed
                  << " killed (" << it.value().present << " found whole, " << it.value().absent
                  << " found absent, " << it.value().midWrite
                  << " of them after writing to the log), " << it.value().returned
                  << " returned; typical run " << typicalUs.value(it.key()) / 1000 << " ms"
                  << std::endl;
    CHECK(cliKills >= kCliKills);
    CHECK(workerKills >= kWorkerKills);
    // Every lot the test followed holds exactly what the calls that returned wrote.
    for (auto it = expected.tracked.cbegin(); it != expected.tracked.cend(); ++it)
        expected.checkLot(*db, it.key());
    expected.checkCounts(*db);
    runOk(ws, args({"check"}));
    runOk(ws, args({"audit", "verify"}));
}
