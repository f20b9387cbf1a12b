// A consistent copy of a Lotbook database, taken while the database is in use:
// SQLite's VACUUM INTO on a connection of its own (one snapshot, committed data
// only), written under a temporary name in the destination folder, checked to
// open as a Lotbook database, synced, then renamed into place. An existing
// destination is replaced only when asked; a failure leaves nothing behind.
#pragma once

#include "Result.h"

#include <QDate>
#include <QString>

namespace lotbook {

class Database;
class SqlStop;

struct BackupInfo
{
    QString path;          // the copy, absolute
    qint64 bytes = 0;      // its size
    int schemaVersion = 0; // the copy's schema version (that of the source)
};

namespace Backup {

enum class Existing
{
    Refuse,  // an existing destination file is an error
    Replace, // an existing destination file is replaced (atomically)
};

// Copies the database file at `sourcePath` to `destination`. Opens its own
// connection, so it may run on any thread while other connections read and
// write. Errors name the field "destination" when the destination is the
// problem (folder missing or not writable, file exists, disk full). `stop`
// cancels it from another thread: the copy so far is removed, the
// destination left as it was, and the failure says it was cancelled.
Result<BackupInfo> write(const QString &sourcePath, const QString &destination,
                         Existing existing = Existing::Refuse, SqlStop *stop = nullptr);
// The same for an open database.
Result<BackupInfo> write(const Database &database, const QString &destination,
                         Existing existing = Existing::Refuse);

// "<base>-YYYY-MM-DD.sqlite": the name offered for a backup of `databasePath`
// taken on `date` ("stock.sqlite" gives "stock-2026-11-28.sqlite").
QString suggestedFileName(const QString &databasePath, QDate date);

// Where the automatic copy before a schema upgrade goes: next to the file,
// "<file>.v<version>-YYYY-MM-DD.bak", with -2, -3, ... when that name is taken.
QString upgradeBackupPath(const QString &databasePath, int version, QDate date);

} // namespace Backup

} // namespace lotbook
