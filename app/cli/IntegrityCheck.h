// The deep check behind `lotbook-cli check`, on a database Database::open has
// already accepted (which ran SQLite's quick check): the full integrity check,
// which reads every page and index, and the foreign key check. Read-only.
// The only SQL in lotbook-cli; it belongs in core once the GUI offers a check.
#pragma once

#include <QString>
#include <QStringList>

namespace lotbook {
class Database;
}

namespace lotbook::cli {

struct IntegrityReport
{
    qint64 applicationId = 0;
    QStringList integrityProblems;  // empty when integrity_check said "ok"
    QStringList foreignKeyProblems; // one line per row pointing at a missing row
    QString queryError;             // a check could not run at all
    bool ok() const
    {
        return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty() && queryError.isEmpty();
    }
};

IntegrityReport checkIntegrity(const Database &database);

} // namespace lotbook::cli
