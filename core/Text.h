// Text helpers shared by every store: the normalised key that uniqueness is
// checked on, and UTC timestamps as stored.
#pragma once

#include <QDateTime>
#include <QLocale>
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

// The locale's short date format with a four-digit year ("28.11.2026",
// "11/28/2026"): lots are kept for years, and "3/1/30" reads two ways.
QString shortDateFormat(const QLocale &locale = QLocale());
// A date as the user reads it, in that format ("" for an invalid date).
QString formatDate(const QDate &date, const QLocale &locale = QLocale());
// A stored UTC timestamp as local date (four-digit year) and time; the text
// itself when it is not a timestamp.
QString formatTimestamp(const QString &utcIso, const QLocale &locale = QLocale());

} // namespace lotbook
