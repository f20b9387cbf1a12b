#include "StressSupport.h"

#include "LotStore.h"
#include "PartStore.h"
#include "SupplierStore.h"
#include "WarehouseStore.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace lotbook::test {

Seeded seedDatabase(const QString &path, int poolLots)
{
    OpenResult opened = Database::open(path, OpenMode::CreateIfMissing);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    Database &db = *opened.database;
    db.setUserName(QStringLiteral("seed"));
    Part part;
    part.number = kPart;
    part.name = QStringLiteral("Stress part");
    part.trackLots = true;
    const Result<Part> p = PartStore(db).create(part);
    REQUIRE(p);
    Supplier supplier;
    supplier.name = kSupplier;
    const Result<Supplier> s = SupplierStore(db).create(supplier);
    REQUIRE(s);
    Warehouse warehouse;
    warehouse.name = kWarehouse;
    const Result<Warehouse> w = WarehouseStore(db).create(warehouse);
    REQUIRE(w);

    Seeded seeded;
    seeded.partId = p.value().id;
    LotStore lots(db);
    for (int i = 0; i < poolLots; ++i) {
        Lot lot;
        lot.partId = seeded.partId;
        lot.lotNumber = QStringLiteral("P-%1").arg(i);
        lot.received = QDate(2024, 1, 2);
        lot.quantity = 100;
        lot.unitCost = 12500;
        lot.supplierId = s.value().id;
        lot.warehouseId = w.value().id;
        const Result<Lot> created = lots.create(lot);
        REQUIRE(created);
        seeded.pool << created.value().id;
    }
    return seeded;
}

QList<WorkerCall> parseWorkerLog(const QString &out)
{
    QList<WorkerCall> calls;
    for (const QString &row : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = row.split(QLatin1Char('\t'));
        INFO("log line: " << row.toStdString());
        REQUIRE(f.size() >= 4);
        WorkerCall c;
        c.outcome = f.at(0);
        c.op = f.at(1);
        c.index = f.at(2).toInt();
        if (c.outcome == QLatin1String("start")) {
            c.id = f.at(3).toLongLong();
        } else if (c.outcome == QLatin1String("ok")) {
            REQUIRE(f.size() >= 6);
            c.id = f.at(3).toLongLong();
            c.version = f.at(4).toLongLong();
            c.text = f.at(5);
            if (c.op == QLatin1String("edit")) {
                REQUIRE(f.size() == 7);
                c.quantity = f.at(6).toLongLong();
            }
        } else if (c.outcome == QLatin1String("conflict")) {
            REQUIRE(f.size() == 5);
            c.id = f.at(3).toLongLong();
            c.text = f.at(4);
        } else {
            REQUIRE(c.outcome == QStringLiteral("error"));
            c.text = f.mid(3).join(QLatin1Char(' '));
        }
        calls << c;
    }
    return calls;
}

QStringList workerArguments(const CliWorkspace &ws, const QString &user, const QString &prefix,
                            int ops, quint64 seed, int pool, int thinkUs)
{
    return {QStringLiteral("--db"),        ws.dbPath(),
            QStringLiteral("--user"),      user,
            QStringLiteral("--part"),      kPart,
            QStringLiteral("--supplier"),  kSupplier,
            QStringLiteral("--warehouse"), kWarehouse,
            QStringLiteral("--prefix"),    prefix,
            QStringLiteral("--ops"),       QString::number(ops),
            QStringLiteral("--seed"),      QString::number(seed),
            QStringLiteral("--pool"),      QString::number(pool),
            QStringLiteral("--think-us"),  QString::number(thinkUs)};
}

QString workerPath()
{
    return QStringLiteral(LOTBOOK_STRESS_WORKER_PATH);
}

namespace {
// As core's exec() binds: a null QString as '' (Qt would bind SQL NULL).
void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull()
                           ? QVariant(QString(QLatin1String("")))
                           : v);
}
} // namespace

std::unique_ptr<Database> inspect(const QString &path)
{
    OpenResult opened = Database::open(path, OpenMode::Inspect);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    return std::move(opened.database);
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    REQUIRE(q.prepare(sql));
    bindAll(q, values);
    INFO(sql.toStdString());
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QList<QVariantList> rows(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    REQUIRE(q.prepare(sql));
    bindAll(q, values);
    INFO(sql.toStdString());
    REQUIRE(q.exec());
    QList<QVariantList> result;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        result << row;
    }
    return result;
}

} // namespace lotbook::test
