// Shared by the stress and kill tests: a database seeded through the core
// stores (a lot-tracked part, a supplier, a warehouse and a few lots to fight
// over), the stress worker's log read back, and reads of the file as it is.
#pragma once

#include "CliRunner.h"
#include "Database.h"

#include <QHash>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>
#include <memory>

namespace lotbook::test {

inline const QString kPart = QStringLiteral("STRESS-1");
inline const QString kSupplier = QStringLiteral("Acme");
inline const QString kWarehouse = QStringLiteral("Main");

struct Seeded
{
    qint64 partId = 0;
    QList<qint64> pool; // the lots edits pick from, oldest first
};

// Creates the database at `path` with the catalog and `poolLots` lots ("P-0"...).
Seeded seedDatabase(const QString &path, int poolLots);

// One line of the worker's log (see StressWorker.cpp).
struct WorkerCall
{
    QString outcome; // start, ok, conflict, error
    QString op;      // create, edit
    int index = -1;
    qint64 id = 0;
    qint64 version = 0;
    QString text; // lot number (ok create), notes (ok edit), message (conflict, error)
    qint64 quantity = 0;
};
QList<WorkerCall> parseWorkerLog(const QString &out);

// lotbook-stress-worker arguments for `ws`'s database.
QStringList workerArguments(const CliWorkspace &ws, const QString &user, const QString &prefix,
                            int ops, quint64 seed, int pool, int thinkUs);
QString workerPath();

// The file opened read-only and unmigrated, as another program sees it.
std::unique_ptr<Database> inspect(const QString &path);
// One value of a bound query.
qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {});
// Every row of a bound query.
QList<QVariantList> rows(Database &db, const QString &sql, const QVariantList &values = {});

} // namespace lotbook::test
