#include "SqlError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QStringList>

namespace lotbook {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SqlError", text);
}

// A sentence a clerk can act on for the failures they can do something about.
QString humanReason(const QString &driverText)
{
    const QString t = driverText.toLower();
    if (t.contains(QLatin1String("database is locked")) || t.contains(QLatin1String("busy")))
        return tr("The database is busy in another window or program. Try again in a moment.");
    if (t.contains(QLatin1String("readonly")) || t.contains(QLatin1String("read-only")))
        return tr("The database file is read-only; changes cannot be saved.");
    if (t.contains(QLatin1String("disk is full")) ||
        t.contains(QLatin1String("database or disk is full")))
        return tr("The disk is full; the change was not saved.");
    if (t.contains(QLatin1String("disk i/o error")))
        return tr("The disk reported an error; the change was not saved.");
    return {};
}
} // namespace

FieldError sqlError(const QSqlError &error, const char *context)
{
    const QString driverText = error.text().trimmed();
    const QString reason = humanReason(driverText);
    const QString what = tr("Database error while %1").arg(QString::fromUtf8(context));
    return {QString(), reason.isEmpty()
                           ? QStringLiteral("%1: %2").arg(what, driverText)
                           : QStringLiteral("%1 (%2: %3)").arg(reason, what, driverText)};
}

FieldError sqlError(const QSqlQuery &query, const char *context)
{
    FieldError e = sqlError(query.lastError(), context);
    const QString sql = query.lastQuery().simplified();
    if (!sql.isEmpty())
        e.message += QStringLiteral(" [%1]").arg(sql.left(200));
    return e;
}

Status exec(QSqlQuery &query, const QString &sql, const QVariantList &values, const char *context)
{
    if (!query.prepare(sql))
        return Status(FieldErrors{sqlError(query, context)});
    for (const QVariant &v : values) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(v);
    }
    if (!query.exec())
        return Status(FieldErrors{sqlError(query, context)});
    return success();
}

} // namespace lotbook
