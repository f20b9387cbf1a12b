// lotbook-stress-worker: a test-only program (never installed) that makes many
// lot creates and edits against one database through LotStore, the way
// lotbook-cli and the Lot dialog do: an edit reads the lot, then saves it with
// the version it read. Several of these run at once against the same file in
// the stress and kill tests. Every call is logged on stdout, one line each,
// flushed at once, so a test can compare the log with the file afterwards
// (also when the worker was killed):
//
//   start <TAB> create|edit <TAB> i <TAB> lot id (0 for create)
//   ok <TAB> create <TAB> i <TAB> id <TAB> version <TAB> lot number
//   ok <TAB> edit <TAB> i <TAB> id <TAB> version <TAB> notes <TAB> quantity
//   conflict <TAB> edit <TAB> i <TAB> id <TAB> message
//   error <TAB> create|edit <TAB> i <TAB> message
//
// A conflict is a refusal because another process changed the lot since it
// was read; anything else that fails is an error.
#include "Database.h"
#include "LotStore.h"
#include "PartStore.h"
#include "SupplierStore.h"
#include "WarehouseStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QThread>
#include <cstdio>
#include <random>

using namespace lotbook;

namespace {

void line(const QStringList &fields)
{
    QString text = fields.join(QLatin1Char('\t'));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::fputs((text + QLatin1Char('\n')).toUtf8().constData(), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fputs((message + QLatin1Char('\n')).toUtf8().constData(), stderr);
    return 2;
}

// Ids of the lots an edit may pick: the `pool` oldest lots of the part.
QList<qint64> editPool(Database &db, qint64 partId, int pool)
{
    QList<qint64> ids;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM lot WHERE part_id = ? ORDER BY id LIMIT ?"));
    q.addBindValue(partId);
    q.addBindValue(pool);
    if (q.exec())
        while (q.next())
            ids << q.value(0).toLongLong();
    return ids;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Test-only: many lot creates and edits through LotStore."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("Audit user."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption opsOption(QStringLiteral("ops"), QStringLiteral("Calls to make."),
                                       QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption partOption(
        QStringLiteral("part"), QStringLiteral("Part number of the lots."), QStringLiteral("PN"));
    const QCommandLineOption supplierOption(QStringLiteral("supplier"),
                                            QStringLiteral("Supplier of new lots."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption warehouseOption(QStringLiteral("warehouse"),
                                             QStringLiteral("Warehouse of new lots."),
                                             QStringLiteral("NAME"));
    const QCommandLineOption prefixOption(QStringLiteral("prefix"),
                                          QStringLiteral("Lot numbers and notes start with it."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption poolOption(QStringLiteral("pool"),
                                        QStringLiteral("Edits pick among this many oldest lots."),
                                        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption thinkOption(
        QStringLiteral("think-us"),
        QStringLiteral("Microseconds between reading a lot and saving it (a user typing)."),
        QStringLiteral("US"), QStringLiteral("0"));
    parser.addOptions({dbOption, userOption, opsOption, seedOption, partOption, supplierOption,
                       warehouseOption, prefixOption, poolOption, thinkOption});
    parser.addHelpOption();
    parser.process(app);
    for (const QCommandLineOption &required :
         {dbOption, userOption, partOption, supplierOption, warehouseOption, prefixOption})
        if (!parser.isSet(required))
            return fail(QStringLiteral("--%1 is required.").arg(required.names().constFirst()));

    OpenResult opened = Database::open(parser.value(dbOption), OpenMode::OpenExisting);
    if (!opened.ok())
        return fail(opened.message);
    Database &db = *opened.database;
    db.setUserName(parser.value(userOption));
    const Result<Part> part = PartStore(db).findByNumber(parser.value(partOption));
    const Result<Supplier> supplier = SupplierStore(db).findByName(parser.value(supplierOption));
    const Result<Warehouse> warehouse =
        WarehouseStore(db).findByName(parser.value(warehouseOption));
    if (!part || !supplier || !warehouse)
        return fail(part.message() + supplier.message() + warehouse.message());
    const QList<qint64> pool = editPool(db, part.value().id, parser.value(poolOption).toInt());

    const QString prefix = parser.value(prefixOption);
    const int ops = parser.value(opsOption).toInt();
    const unsigned long thinkUs = parser.value(thinkOption).toULong();
    std::mt19937_64 random(parser.value(seedOption).toULongLong());
    auto below = [&random](int n) { return int(random() % quint64(n)); };
    LotStore store(db);

    for (int i = 0; i < ops; ++i) {
        const QString n = QString::number(i);
        const bool create = pool.isEmpty() || below(2) == 0;
        if (create) {
            Lot lot;
            lot.partId = part.value().id;
            lot.lotNumber = prefix + QLatin1Char('-') + n;
            lot.received = QDate(2024, 1, 1).addDays(below(365));
            if (below(3) > 0)
                lot.expires = lot.received.addDays(30 + below(2000));
            lot.quantity = 1 + below(1000);
            lot.unitCost = below(1000000);
            lot.supplierId = supplier.value().id;
            lot.warehouseId = warehouse.value().id;
            line({QStringLiteral("start"), QStringLiteral("create"), n, QStringLiteral("0")});
            const Result<Lot> created = store.create(lot);
            if (created)
                line({QStringLiteral("ok"), QStringLiteral("create"), n,
                      QString::number(created.value().id), QString::number(created.value().version),
                      created.value().lotNumber});
            else
                line({QStringLiteral("error"), QStringLiteral("create"), n, created.message()});
            continue;
        }

        const qint64 id = pool.at(below(int(pool.size())));
        line({QStringLiteral("start"), QStringLiteral("edit"), n, QString::number(id)});
        const Result<Lot> read = store.get(id);
        if (!read) {
            line({QStringLiteral("error"), QStringLiteral("edit"), n, read.message()});
            continue;
        }
        Lot lot = read.value(); // with the version it was read at
        lot.quantity = 1 + below(1000);
        lot.notes = prefix + QStringLiteral(" edit ") + n;
        if (thinkUs)
            QThread::usleep(thinkUs);
        const Result<Lot> saved = store.update(lot);
        if (saved) {
            line({QStringLiteral("ok"), QStringLiteral("edit"), n, QString::number(id),
                  QString::number(saved.value().version), saved.value().notes,
                  QString::number(saved.value().quantity)});
            continue;
        }
        // A conflict: the lot moved on since it was read, and the refusal says so.
        const Result<Lot> now = store.get(id);
        const bool moved = now && now.value().version > read.value().version;
        if (moved && saved.message().contains(QLatin1String(" was changed by ")))
            line({QStringLiteral("conflict"), QStringLiteral("edit"), n, QString::number(id),
                  saved.message()});
        else
            line({QStringLiteral("error"), QStringLiteral("edit"), n, saved.message()});
    }
    return 0;
}
