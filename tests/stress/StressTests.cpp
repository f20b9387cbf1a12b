// Two processes writing one file at the same time: each makes 2,000 lot
// creates and edits through LotStore (the stress worker), editing the same
// few lots, so that some edits are refused because the other process changed
// the lot after it was read. Afterwards every call that said "ok" is in the
// file with its audit event, every refusal was a conflict (never "database is
// locked" or another error), the audit chain verifies and `check` passes.
#include "StressSupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <iostream>
#include <memory>
#include <vector>

using namespace lotbook;
using namespace lotbook::test;

namespace {

struct Edit
{
    qint64 version = 0;
    QString notes;
    qint64 quantity = 0;
};

} // namespace

TEST_CASE("stress: two processes make 2,000 lot creates and edits each on one file", "[stress]")
{
    constexpr int kOps = 2000;
    constexpr int kPool = 8;
    constexpr int kWorkers = 2;
    CliWorkspace ws;
    const Seeded seeded = seedDatabase(ws.dbPath(), kPool);

    std::vector<std::unique_ptr<QProcess>> workers;
    QElapsedTimer clock;
    clock.start();
    for (int w = 0; w < kWorkers; ++w) {
        auto process = std::make_unique<QProcess>();
        // Half a millisecond between reading a lot and saving it, as a person
        // would take much longer: the other process gets to change it meanwhile.
        process->start(workerPath(),
                       workerArguments(ws, QStringLiteral("worker%1").arg(w),
                                       QStringLiteral("W%1").arg(w), kOps, 1000 + w, kPool, 500));
        REQUIRE(process->waitForStarted());
        workers.push_back(std::move(process));
    }
    // The event loop reads both logs as they come, so neither worker ever
    // waits on a full pipe while the other runs.
    auto running = [&workers] {
        return std::any_of(workers.cbegin(), workers.cend(),
                           [](const auto &p) { return p->state() != QProcess::NotRunning; });
    };
    const QDeadlineTimer deadline(240000);
    while (running() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    REQUIRE_FALSE(running());
    const qint64 elapsedMs = clock.elapsed();
    QList<QList<WorkerCall>> logs;
    for (const auto &process : workers) {
        INFO("stderr: " << process->readAllStandardError().toStdString());
        REQUIRE(process->exitStatus() == QProcess::NormalExit);
        REQUIRE(process->exitCode() == 0);
        logs << parseWorkerLog(QString::fromUtf8(process->readAllStandardOutput()));
    }

    int creates = 0, edits = 0, conflicts = 0;
    QStringList errors;
    QMap<qint64, QList<Edit>> editsOf; // lot id -> its successful edits
    QList<WorkerCall> created;
    for (int w = 0; w < kWorkers; ++w) {
        int finished = 0;
        for (const WorkerCall &c : logs.at(w)) {
            if (c.outcome == QLatin1String("start"))
                continue;
            ++finished;
            if (c.outcome == QLatin1String("error")) {
                errors << QStringLiteral("worker%1 %2 #%3: %4")
                              .arg(w)
                              .arg(c.op)
                              .arg(c.index)
                              .arg(c.text);
            } else if (c.outcome == QLatin1String("conflict")) {
                ++conflicts;
                CHECK(c.text.contains(QStringLiteral("was changed by worker")));
            } else if (c.op == QLatin1String("create")) {
                ++creates;
                created << c;
            } else {
                ++edits;
                editsOf[c.id] << Edit{c.version, c.text, c.quantity};
            }
        }
        CHECK(finished == kOps); // every call came back with an answer
    }
    std::cout << "stress: 2 processes x " << kOps << " calls in " << elapsedMs << " ms ("
              << (elapsedMs ? 2 * kOps * 1000 / elapsedMs : 0) << " calls/s): " << creates
              << " creates, " << edits << " edits, " << conflicts << " refused as conflicts, "
              << errors.size() << " errors" << std::endl;
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(errors.isEmpty()); // no "database is locked", nothing else either
    CHECK(conflicts > 0);      // the processes did get in each other's way

    // The file as another program sees it, read once: every lot, and every
    // lot event's action and its "notes" change.
    const std::unique_ptr<Database> db = inspect(ws.dbPath());
    struct Stored
    {
        QString number, notes;
        qint64 version = 0, quantity = 0;
    };
    QHash<qint64, Stored> lots;
    for (const QVariantList &r :
         rows(*db, QStringLiteral("SELECT id, lot_number, notes, version, quantity FROM lot")))
        lots.insert(r.at(0).toLongLong(), {r.at(1).toString(), r.at(2).toString(),
                                           r.at(3).toLongLong(), r.at(4).toLongLong()});
    QHash<qint64, int> createEvents;
    QHash<qint64, QStringList> updatedNotes; // lot id -> the new notes of each update event
    for (const QVariantList &r :
         rows(*db, QStringLiteral("SELECT entity_id, action, changes FROM audit_event WHERE "
                                  "entity = 'lot'"))) {
        const qint64 id = r.at(0).toLongLong();
        if (r.at(1).toString() == QLatin1String("create"))
            ++createEvents[id];
        if (r.at(1).toString() != QLatin1String("update"))
            continue;
        const QJsonArray changes = QJsonDocument::fromJson(r.at(2).toString().toUtf8()).array();
        for (const QJsonValue &c : changes)
            if (c.toObject().value(QStringLiteral("field")).toString() == QLatin1String("notes"))
                updatedNotes[id] << c.toObject().value(QStringLiteral("new")).toString();
    }
    CHECK(lots.size() == kPool + creates);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE entity = 'lot'")) ==
          kPool + creates + edits);

    // Every lot a worker was told it created is there, with its one event.
    for (const WorkerCall &c : std::as_const(created)) {
        INFO("created lot " << c.text.toStdString());
        CHECK(lots.value(c.id).number == c.text);
        CHECK(createEvents.value(c.id) == 1);
    }
    // Each edit that said "ok" made one version of its lot, with its own
    // event; the lot holds the values of the newest.
    for (auto it = editsOf.cbegin(); it != editsOf.cend(); ++it) {
        const qint64 id = it.key();
        INFO("lot id " << id);
        QSet<qint64> versions;
        Edit newest;
        for (const Edit &e : it.value()) {
            versions.insert(e.version);
            if (e.version > newest.version)
                newest = e;
            CHECK(updatedNotes.value(id).count(e.notes) == 1);
        }
        CHECK(versions.size() == it.value().size()); // no version was given out twice
        CHECK(updatedNotes.value(id).size() == it.value().size());
        const Stored stored = lots.value(id);
        CHECK(stored.version == 1 + it.value().size());
        CHECK(stored.quantity == newest.quantity);
        CHECK(stored.notes == newest.notes);
    }
    CHECK(seeded.pool.size() == kPool);

    runOk(ws, args({"check"}));
    const CliResult verified = runOk(ws, args({"audit", "verify"}));
    CHECK(verified.out.startsWith(
        QStringLiteral("intact: %1 events")
            .arg(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_event")))));
}
