// Turning a failed QSqlQuery into an error value with context: what we were
// doing, the statement and the driver's message. Also maps SQLite's "database
// is locked" / "disk full" / "readonly" into words a clerk can act on.
#pragma once

#include "Result.h"

#include <QSqlQuery>

namespace lotbook {

FieldError sqlError(const QSqlQuery &query, const char *context);
FieldError sqlError(const QSqlError &error, const char *context);

// Prepares and executes with positional bound values; on failure returns the error.
// A null QString binds as '' (Qt would bind SQL NULL); pass QVariant() for NULL.
Status exec(QSqlQuery &query, const QString &sql, const QVariantList &values, const char *context);

} // namespace lotbook
