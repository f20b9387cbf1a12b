#include "TempDb.h"

#include <QCryptographicHash>
#include <QFile>
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
