// The RAII transaction guard: rolls back unless committed, and nests through
// savepoints so a store call can run inside a larger unit of work.
#include "AuditLog.h"
#include "Database.h"
#include "PartStore.h"
#include "TempDb.h"
#include "Transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace lotbook;
using lotbook::test::TempDb;

namespace {

Part makePart(const QString &number, const QString &name = QStringLiteral("Widget"))
{
    Part p;
    p.number = number;
    p.name = name;
    return p;
}

void exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

void insert(Database &db, const QString &value)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO t (v) VALUES (?)")));
    q.addBindValue(value);
    REQUIRE(q.exec());
}

QStringList values(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT v FROM t ORDER BY v")));
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

qint64 count(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// A scratch table for the guard tests, outside Lotbook's own schema.
void createScratchTable(Database &db)
{
    exec(db, QStringLiteral("CREATE TABLE t (v TEXT)"));
}

} // namespace

TEST_CASE("A transaction guard rolls back when destroyed without commit", "[core][transaction]")
{
    TempDb tmp;
    createScratchTable(tmp.db());
    {
        Transaction tx(tmp.db().connection());
        REQUIRE(tx.isActive());
        REQUIRE(tx.beginStatus().ok());
        insert(tmp.db(), QStringLiteral("lost"));
        CHECK(values(tmp.db()) == QStringList{QStringLiteral("lost")});
    }
    CHECK(values(tmp.db()).isEmpty());

    // Also after closing and reopening the file.
    tmp.reopen();
    CHECK(values(tmp.db()).isEmpty());
}

TEST_CASE("A committed transaction persists", "[core][transaction]")
{
    TempDb tmp;
    createScratchTable(tmp.db());
    {
        Transaction tx(tmp.db().connection());
        REQUIRE(tx.isActive());
        insert(tmp.db(), QStringLiteral("kept"));
        Status s = tx.commit();
        INFO(s.message().toStdString());
        REQUIRE(s.ok());
        CHECK_FALSE(tx.isActive());
        // Committing twice is an error, not a silent success.
        CHECK_FALSE(tx.commit().ok());
    }
    CHECK(values(tmp.db()) == QStringList{QStringLiteral("kept")});
    tmp.reopen();
    CHECK(values(tmp.db()) == QStringList{QStringLiteral("kept")});
}

TEST_CASE("An explicit rollback discards the work and the guard can be reused afterwards",
          "[core][transaction]")
{
    TempDb tmp;
    createScratchTable(tmp.db());
    {
        Transaction tx(tmp.db().connection());
        insert(tmp.db(), QStringLiteral("discarded"));
        tx.rollback();
        CHECK_FALSE(tx.isActive());
        CHECK(values(tmp.db()).isEmpty());
    }
    // The connection is back outside any transaction: a new guard is a real one.
    {
        Transaction tx(tmp.db().connection());
        REQUIRE(tx.isActive());
        insert(tmp.db(), QStringLiteral("second"));
        REQUIRE(tx.commit().ok());
    }
    tmp.reopen();
    CHECK(values(tmp.db()) == QStringList{QStringLiteral("second")});
}

TEST_CASE("Nested guards: an inner rollback keeps the outer transaction's work",
          "[core][transaction]")
{
    TempDb tmp;
    createScratchTable(tmp.db());
    {
        Transaction outer(tmp.db().connection());
        REQUIRE(outer.isActive());
        insert(tmp.db(), QStringLiteral("outer"));
        {
            Transaction inner(tmp.db().connection());
            REQUIRE(inner.isActive());
            insert(tmp.db(), QStringLiteral("inner"));
            CHECK(values(tmp.db()).size() == 2);
        } // inner rolled back
        CHECK(values(tmp.db()) == QStringList{QStringLiteral("outer")});
        {
            Transaction inner(tmp.db().connection());
            insert(tmp.db(), QStringLiteral("inner-kept"));
            REQUIRE(inner.commit().ok());
        }
        Status s = outer.commit();
        INFO(s.message().toStdString());
        REQUIRE(s.ok());
    }
    tmp.reopen();
    CHECK(values(tmp.db()) == (QStringList{QStringLiteral("inner-kept"), QStringLiteral("outer")}));
}

TEST_CASE("Nested guards: an outer rollback discards committed inner work too",
          "[core][transaction]")
{
    TempDb tmp;
    createScratchTable(tmp.db());
    {
        Transaction outer(tmp.db().connection());
        insert(tmp.db(), QStringLiteral("outer"));
        {
            Transaction inner(tmp.db().connection());
            insert(tmp.db(), QStringLiteral("inner"));
            REQUIRE(inner.commit().ok());
        }
        {
            Transaction inner(tmp.db().connection());
            {
                Transaction innermost(tmp.db().connection());
                insert(tmp.db(), QStringLiteral("innermost"));
                REQUIRE(innermost.commit().ok());
            }
            REQUIRE(inner.commit().ok());
        }
        CHECK(values(tmp.db()).size() == 3);
    } // outer rolled back
    CHECK(values(tmp.db()).isEmpty());

    // The guard depth is back to zero: a new outer guard commits for real.
    {
        Transaction tx(tmp.db().connection());
        insert(tmp.db(), QStringLiteral("after"));
        REQUIRE(tx.commit().ok());
    }
    tmp.reopen();
    CHECK(values(tmp.db()) == QStringList{QStringLiteral("after")});
}

TEST_CASE("A store call inside a rolled-back transaction leaves no row and no audit event",
          "[core][transaction][audit]")
{
    TempDb tmp;
    PartStore parts(tmp.db());
    {
        Transaction tx(tmp.db().connection());
        Result<Part> p = parts.create(makePart(QStringLiteral("P-1"), QStringLiteral("Widget")));
        REQUIRE(p.ok());
        CHECK(count(tmp.db(), QStringLiteral("part")) == 1);
        CHECK(count(tmp.db(), QStringLiteral("audit_event")) == 1);
    }
    CHECK(count(tmp.db(), QStringLiteral("part")) == 0);
    CHECK(count(tmp.db(), QStringLiteral("audit_event")) == 0);

    {
        Transaction tx(tmp.db().connection());
        REQUIRE(parts.create(makePart(QStringLiteral("P-1"), QStringLiteral("Widget"))).ok());
        REQUIRE(parts.create(makePart(QStringLiteral("P-2"), QStringLiteral("Gadget"))).ok());
        REQUIRE(tx.commit().ok());
    }
    tmp.reopen();
    CHECK(count(tmp.db(), QStringLiteral("part")) == 2);
    CHECK(AuditLog::events(tmp.db()).value().size() == 2);
}

TEST_CASE("Guards on two databases are independent", "[core][transaction]")
{
    TempDb a(QStringLiteral("a.sqlite"));
    TempDb b(QStringLiteral("b.sqlite"));
    createScratchTable(a.db());
    createScratchTable(b.db());
    {
        Transaction txA(a.db().connection());
        insert(a.db(), QStringLiteral("a"));
        {
            // Not nested in txA: a different connection gets its own real transaction.
            Transaction txB(b.db().connection());
            insert(b.db(), QStringLiteral("b"));
            REQUIRE(txB.commit().ok());
        }
    } // txA rolled back
    CHECK(values(a.db()).isEmpty());
    CHECK(values(b.db()) == QStringList{QStringLiteral("b")});
}
