// Turning a failed QSqlQuery into an error value with context: what we were
// doing, the statement and the driver's message. SQLite's busy, disk full, I/O
// error, read-only and damaged-file errors (by result code) become sentences a
// clerk can act on, naming what was being done ("The disk is full: saving the
// new lot failed and nothing was changed. ..."), without the SQL.
#pragma once

#include "Result.h"

#include <QSqlQuery>

namespace lotbook {

FieldError sqlError(const QSqlQuery &query, const char *context);
FieldError sqlError(const QSqlError &error, const char *context);

// The value exec() binds for `value`: a null QString becomes '' (Qt would bind
// SQL NULL); everything else, QVariant() (NULL) included, is bound as it is.
QVariant boundValue(const QVariant &value);

// Prepares and executes with positional bound values; on failure returns the error.
// A null QString binds as '' (Qt would bind SQL NULL); pass QVariant() for NULL.
Status exec(QSqlQuery &query, const QString &sql, const QVariantList &values, const char *context);

} // namespace lotbook
