#include "SqlError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QStringList>

namespace lotbook {

namespace {
// This file's strings; lupdate files them under the "SqlError" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqlError)
};

// The failures a clerk can do something about.
enum class Cause
{
    Other,
    Busy,     // another connection holds the write lock past the busy timeout
    Full,     // the disk (or the file's size limit) is full
    Io,       // the disk or network share failed a read or write
    ReadOnly, // the file cannot be written
    Damaged,  // the file is corrupt or not a database
};

Cause causeOf(const QSqlError &error)
{
    // QSQLITE reports SQLite's result code; an extended one keeps the primary
    // code in its low byte (SQLITE_IOERR_WRITE is 778 = 3 << 8 | 10).
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    if (numeric) {
        switch (code) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return Cause::Busy;
        case 13: // SQLITE_FULL
            return Cause::Full;
        case 10: // SQLITE_IOERR
            return Cause::Io;
        case 8: // SQLITE_READONLY
            return Cause::ReadOnly;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return Cause::Damaged;
        default:
            break;
        }
    }
    // Errors built without a code (or by another driver): by SQLite's words.
    const QString t = error.text().toLower();
    if (t.contains(QLatin1String("database is locked")) || t.contains(QLatin1String("busy")))
        return Cause::Busy;
    if (t.contains(QLatin1String("disk is full")))
        return Cause::Full;
    if (t.contains(QLatin1String("disk i/o error")))
        return Cause::Io;
    if (t.contains(QLatin1String("readonly")) || t.contains(QLatin1String("read-only")))
        return Cause::ReadOnly;
    if (t.contains(QLatin1String("malformed")) || t.contains(QLatin1String("not a database")))
        return Cause::Damaged;
    return Cause::Other;
}

// A sentence for the cause, naming what was being done; empty for Other.
QString sentence(Cause cause, const QString &doing)
{
    switch (cause) {
    case Cause::Busy:
        return Text::tr("The database is busy in another window or program: %1 failed and "
                        "nothing was changed. Try again in a moment.")
            .arg(doing);
    case Cause::Full:
        return Text::tr("The disk is full: %1 failed and nothing was changed. Free some disk "
                        "space, then try again.")
            .arg(doing);
    case Cause::Io:
        return Text::tr("The disk reported an error: %1 failed and nothing was changed. Check "
                        "the disk or network share, then try again.")
            .arg(doing);
    case Cause::ReadOnly:
        return Text::tr("The database file is read-only: %1 failed and nothing was changed.")
            .arg(doing);
    case Cause::Damaged:
        return Text::tr("The database file is damaged: %1 failed. Run lotbook-cli check on it "
                        "and restore a backup.")
            .arg(doing);
    case Cause::Other:
        break;
    }
    return {};
}
} // namespace

FieldError sqlError(const QSqlError &error, const char *context)
{
    // Callers mark what they were doing with QT_TRANSLATE_NOOP("SqlError", ...).
    const QString doing = Text::tr(context);
    const Cause cause = causeOf(error);
    if (cause == Cause::Other)
        return {QString(), Text::tr("Database error while %1").arg(doing) + QStringLiteral(": ") +
                               error.text().trimmed()};
    // SQLite's own words stay, for whoever the clerk asks for help.
    const QString sqlite = error.databaseText().trimmed();
    return {QString(), sqlite.isEmpty()
                           ? sentence(cause, doing)
                           : QStringLiteral("%1 (SQLite: %2)").arg(sentence(cause, doing), sqlite)};
}

FieldError sqlError(const QSqlQuery &query, const char *context)
{
    FieldError e = sqlError(query.lastError(), context);
    // The statement helps whoever debugs an unexpected error; a clerk told the
    // disk is full has no use for it.
    const QString sql = query.lastQuery().simplified();
    if (!sql.isEmpty() && causeOf(query.lastError()) == Cause::Other)
        e.message += QStringLiteral(" [%1]").arg(sql.left(200));
    return e;
}

QVariant boundValue(const QVariant &value)
{
    return value.typeId() == QMetaType::QString && value.toString().isNull()
               ? QVariant(QString(QLatin1String("")))
               : value;
}

Status exec(QSqlQuery &query, const QString &sql, const QVariantList &values, const char *context)
{
    if (!query.prepare(sql))
        return Status(FieldErrors{sqlError(query, context)});
    for (const QVariant &v : values)
        query.addBindValue(boundValue(v));
    if (!query.exec())
        return Status(FieldErrors{sqlError(query, context)});
    return success();
}

} // namespace lotbook
