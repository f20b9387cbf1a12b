// Text helpers shared by every store: the normalised key that uniqueness is
// checked on, and UTC timestamps as stored.
#pragma once

#include <QDateTime>
#include <QString>

namespace lotbook {

// Trimmed, NFC-normalised and case-folded: 'ÄBC ' and 'äbc' give the same key.
// SQLite's NOCASE folds ASCII only, so uniqueness lives in a separate key column.
QString normalizedKey(const QString &text);

// Current time as stored: UTC, ISO 8601 with milliseconds and a 'Z'.
QString utcNowIso();

// "2026-03-03" <-> QDate. Invalid text gives an invalid QDate.
QDate dateFromIso(const QString &text);
QString dateToIso(const QDate &date);

} // namespace lotbook
