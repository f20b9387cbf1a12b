// Demo data at scale: suppliers, warehouses with bins, parts (most tracking
// lots) and years of received lots with their audit history, for trying
// Lotbook on a big file and for benchmarks. Everything follows from the seed
// and `today`: the same options give the same rows, timestamps included.
// Only an empty database is filled; everything is written in one transaction.
#pragma once

#include "Result.h"

#include <QDate>
#include <QString>
#include <functional>

namespace lotbook {

class Database;

struct DemoOptions
{
    int parts = 200;
    qint64 lots = 10000;
    quint64 seed = 1;
    // The day the data is "as of": lots are received over the five years up to
    // it, expiry states are relative to it. Invalid: the current date. Not after it.
    QDate today;
    // Called with the number of lots written, every `progressEvery` lots;
    // returning false cancels and writes nothing.
    std::function<bool(qint64 lotsWritten)> progress = {};
    qint64 progressEvery = 100000;
};

struct DemoSummary
{
    qint64 suppliers = 0;
    qint64 warehouses = 0;
    qint64 bins = 0;
    qint64 parts = 0;
    qint64 lotTrackedParts = 0;
    qint64 lots = 0;
    qint64 archived = 0;      // archived now
    qint64 edited = 0;        // lots with a correction after receipt
    qint64 restored = 0;      // lots archived once and restored
    qint64 noExpiry = 0;      // lots without expiration date
    qint64 expired = 0;       // active lots whose expiry is before `today`
    qint64 expiringSoon = 0;  // active lots expiring within 30 days of `today`
    qint64 longDated = 0;     // lots expiring more than a year after `today`
    qint64 auditEvents = 0;   // events written (catalog and lots)
    qint64 largestPartId = 0; // the part holding the most lots
    QString largestPartNumber;
    qint64 largestPartLots = 0;
    QDate today;          // the day the data is as of
    double seconds = 0.0; // time spent writing, for rows/s
};

namespace DemoData {
// Limits checked by generate() (and the command line before it).
inline constexpr int kMaxParts = 1000000;
inline constexpr qint64 kMaxLots = 50000000;
// Fills `db`, which must hold no parts, suppliers, warehouses or lots yet (a
// new file, or one just made by `init`): demo data never mixes with real
// records. On any error nothing is written.
Result<DemoSummary> generate(Database &db, const DemoOptions &options);
} // namespace DemoData

} // namespace lotbook
