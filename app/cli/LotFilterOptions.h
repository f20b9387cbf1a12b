// The lot filters and sort of `lots`, in one place for every command that
// selects lots the same way (`lots`, `export`, `report lots`, `report trace`):
// the options, then what they say as a LotFilter and LotSort. An unknown
// status or sort, or --bin without --warehouse, is a usage error; a bad date
// or a name that does not exist is an input error, and all of those are
// reported together.
#pragma once

#include "LotQuery.h"
#include "Result.h"

#include <QCommandLineOption>
#include <QList>
#include <optional>

namespace lotbook {
class Database;
}

namespace lotbook::cli {

class CommandParser;

class LotFilterOptions
{
public:
    // `allByDefault`: --status defaults to all (as on the Trace page) instead of active.
    explicit LotFilterOptions(bool allByDefault = false);

    QList<QCommandLineOption> options() const;
    const QCommandLineOption &partOption() const { return m_part; }

    // After the parser has parsed: reads the options that need no database.
    // Returns an exit code when the command must stop (a usage error, printed).
    std::optional<int> read(const CommandParser &parser);
    // Looks up the named part, supplier, warehouse and bin. Returns every
    // error found by read() and here; empty when the filter can be used.
    FieldErrors resolve(const CommandParser &parser, Database &db);

    const LotFilter &filter() const { return m_filter; }
    const LotSort &sort() const { return m_sort; }

private:
    QCommandLineOption m_part;
    QCommandLineOption m_partText;
    QCommandLineOption m_lot;
    QCommandLineOption m_status;
    QCommandLineOption m_supplier;
    QCommandLineOption m_receivedFrom;
    QCommandLineOption m_receivedTo;
    QCommandLineOption m_expiresBefore;
    QCommandLineOption m_expiresAfter;
    QCommandLineOption m_warehouse;
    QCommandLineOption m_bin;
    QCommandLineOption m_sortOption;
    LotFilter m_filter;
    LotSort m_sort;
    FieldErrors m_errors;
};

} // namespace lotbook::cli
