// Test helpers for folders: what is in one, and a folder made read-only for a
// test and writable again afterwards (so its temporary folder can be removed).
#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace lotbook::test {

// Every entry, hidden ones included, by name: proves nothing was left behind.
inline QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

constexpr QFile::Permissions kReadOnlyFolder = QFile::ReadOwner | QFile::ExeOwner |
                                               QFile::ReadUser | QFile::ExeUser | QFile::ReadGroup |
                                               QFile::ExeGroup;
constexpr QFile::Permissions kWritableFolder =
    kReadOnlyFolder | QFile::WriteOwner | QFile::WriteUser;

// Makes a folder writable again when it goes out of scope.
struct RestoreFolder
{
    QString path;
    ~RestoreFolder() { QFile::setPermissions(path, kWritableFolder); }
};

} // namespace lotbook::test
