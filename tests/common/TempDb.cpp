#include "TempDb.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace lotbook::test {

TempDb::TempDb() : TempDb(QStringLiteral("lotbook.sqlite")) {}

TempDb::TempDb(const QString &fileName)
{
    REQUIRE(m_dir.isValid());
    m_path = m_dir.filePath(fileName);
    reopen();
}

void TempDb::reopen()
{
    m_db.reset();
    OpenResult r = Database::open(m_path, OpenMode::CreateIfMissing);
    INFO(r.message.toStdString());
    REQUIRE(r.ok());
    m_db = std::move(r.database);
    m_db->setUserName(QStringLiteral("tester"));
}

void addFiller(TempDb &temp, int rows)
{
    QSqlQuery q(temp.db().connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)")));
    REQUIRE(q.prepare(QStringLiteral(
        "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "INSERT INTO filler (text) SELECT printf('row %d %.180c', i, 'x') FROM n")));
    q.addBindValue(rows);
    REQUIRE(q.exec());
}

void damageFillerPage(TempDb &temp)
{
    addFiller(temp, 3000);
    temp.close();
    // Closing the last connection checkpoints the log into the file.
    REQUIRE_FALSE(QFileInfo::exists(temp.path() + QStringLiteral("-wal")));
    const qint64 size = QFileInfo(temp.path()).size();
    REQUIRE(size > 100 * 4096);
    // The filler was written last, so the file ends in its pages.
    QFile f(temp.path());
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(size - 8 * 4096));
    REQUIRE(f.write(QByteArray(4096, '\xFF')) == 4096);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace lotbook::test
