// Test helpers: a fresh database file in its own temporary folder, and file
// fingerprints to prove a refused file was left byte-for-byte untouched.
#pragma once

#include "Database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace lotbook::test {

class TempDb
{
public:
    TempDb(); // creates and opens <tmp>/lotbook.sqlite
    explicit TempDb(const QString &fileName);
    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    void close() { m_db.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// Adds a table of its own (`filler`, never read by Lotbook) of `rows` rows of
// about 200 bytes each, to make a file large.
void addFiller(TempDb &temp, int rows);

// Damages the Lotbook file open in `temp` where only SQLite's quick check
// looks: fills a table of its own (`filler`, never read by Lotbook) over many
// pages, closes the file, and overwrites a page in the middle of it.
void damageFillerPage(TempDb &temp);

// SHA-256 of a file's bytes (empty when it cannot be read).
QByteArray fileHash(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

} // namespace lotbook::test
