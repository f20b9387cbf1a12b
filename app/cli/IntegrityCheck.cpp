#include "IntegrityCheck.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace lotbook::cli {

namespace {
// This file's strings; lupdate files them under the "IntegrityCheck" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
};

QString failed(const QSqlQuery &q)
{
    return Text::tr("%1 failed: %2").arg(q.lastQuery(), q.lastError().text());
}
} // namespace

IntegrityReport checkIntegrity(const Database &database)
{
    IntegrityReport report;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);

    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        report.queryError = failed(q);
        return report;
    }
    report.applicationId = q.value(0).toLongLong();

    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        report.queryError = failed(q);
        return report;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            report.integrityProblems << line;
    }

    // Columns: table, rowid, parent table, foreign key index.
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        report.queryError = failed(q);
        return report;
    }
    while (q.next())
        report.foreignKeyProblems << Text::tr("%1 row %2 refers to a missing %3 row.")
                                         .arg(q.value(0).toString(), q.value(1).toString(),
                                              q.value(2).toString());
    q.finish();
    return report;
}

} // namespace lotbook::cli
