// Tests that must see or shape a file behind Database's back (older schemas,
// raw reads of a backup) use this plain connection.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <catch2/catch.hpp>

namespace lotbook::test {

// A plain QSQLITE connection outside Database, closed and removed on scope exit.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, bool readOnly = false)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    void exec(const QString &sql) const
    {
        QSqlQuery q(db());
        const bool ok = q.exec(sql);
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(ok);
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        const bool ok = q.exec(sql) && q.next();
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(ok);
        return q.value(0);
    }
    bool tableExists(const QString &table) const
    {
        QSqlQuery q(db());
        REQUIRE(q.prepare(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")));
        q.addBindValue(table);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt() == 1;
    }
    // The whole schema as text, to compare before and after.
    QStringList schema() const
    {
        QSqlQuery q(db());
        REQUIRE(q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY name")));
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() +
                        QLatin1Char('|') + q.value(2).toString();
        return rows;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

} // namespace lotbook::test
