// demo: fills a new database with realistic demo data at any scale (DemoData),
// for trying Lotbook on a big file and for the scale benchmark.
#include "Command.h"
#include "CommandParser.h"
#include "Console.h"
#include "DemoData.h"
#include "Listing.h"
#include "Lot.h"

#include <QCoreApplication>
#include <QLocale>

namespace lotbook::cli {

namespace {
// This file's strings; lupdate files them under the "DemoCommands" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommands)
};

// A whole number from an option, or an error naming the option.
std::optional<qint64> number(const QString &text, const QString &option, qint64 low, qint64 high,
                             FieldErrors &errors)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (ok && n >= low && n <= high)
        return n;
    errors.append(
        {option, Text::tr("--%1 \"%2\" is not a whole number from %3 to %4.")
                     .arg(option, text, QLocale::c().toString(low), QLocale::c().toString(high))});
    return std::nullopt;
}

int demo(const Invocation &inv)
{
    CommandParser parser(
        inv,
        Text::tr(
            "Fills a new database with demo data: suppliers, warehouses with bins, parts (most "
            "of them tracking lots) and lots received over the five years up to --today, "
            "with a mix of lots without expiry, expired, expiring soon and long-dated ones, "
            "about a third archived and some corrected, each change in the audit trail. The "
            "same --seed and --today always give the same data. The --db file is created "
            "when missing; a database that already holds parts, suppliers, warehouses or "
            "lots is refused, so demo data never mixes with real records."));
    const QCommandLineOption parts(QStringLiteral("parts"), Text::tr("How many parts."),
                                   Text::tr("N"));
    const QCommandLineOption lots(QStringLiteral("lots"), Text::tr("How many lots."),
                                  Text::tr("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Text::tr("Seed of the random choices (default 1)."),
                                  Text::tr("S"), QStringLiteral("1"));
    const QCommandLineOption today(
        QStringLiteral("today"),
        Text::tr("The day the data is as of, YYYY-MM-DD (default: today); not in the future."),
        Text::tr("DATE"));
    const QCommandLineOption progress(
        QStringLiteral("progress"),
        Text::tr("Reports progress on stderr (\"progress: N lots\") while lots are written."));
    parser.addOptions({parts, lots, seed, today, progress});
    if (auto stop = parser.parse({parts, lots}))
        return *stop;

    FieldErrors errors;
    DemoOptions options;
    if (const auto n =
            number(parser.value(parts), QStringLiteral("parts"), 1, DemoData::kMaxParts, errors))
        options.parts = int(*n);
    if (const auto n =
            number(parser.value(lots), QStringLiteral("lots"), 0, DemoData::kMaxLots, errors))
        options.lots = *n;
    bool seedOk = false;
    options.seed = parser.value(seed).trimmed().toULongLong(&seedOk);
    if (!seedOk)
        errors.append(
            {QStringLiteral("seed"), Text::tr("--seed \"%1\" is not a whole number from 0 to %2.")
                                         .arg(parser.value(seed))
                                         .arg(std::numeric_limits<quint64>::max())});
    if (parser.isSet(today)) {
        const Result<QDate> day =
            parseIsoDate(parser.value(today), QStringLiteral("today"), QStringLiteral("--today"));
        if (!day)
            errors += day.errors();
        else if (day.value() > QDate::currentDate())
            errors.append({QStringLiteral("today"),
                           Text::tr("--today %1 is in the future; lots cannot be received after "
                                    "today.")
                               .arg(parser.value(today).trimmed())});
        else
            options.today = day.value();
    }
    if (!errors.isEmpty())
        return inv.console.fail(errors, ExitBadInput);

    // As `init`: an existing Lotbook file is opened (and must be empty of
    // records), a missing or empty file is created, anything else is refused
    // untouched.
    OpenResult opened = Database::open(inv.databasePath, OpenMode::OpenExisting);
    if (!opened.ok() &&
        (opened.error == OpenError::Missing || opened.error == OpenError::NotLotbook))
        opened = Database::open(inv.databasePath, OpenMode::CreateIfMissing);
    if (!opened.ok()) {
        inv.console.error(opened.message);
        return ExitDatabase;
    }
    Database &db = *opened.database;
    if (db.isReadOnly()) {
        inv.console.error(
            Text::tr("%1 is read-only; nothing can be changed in it.").arg(db.path()));
        return ExitDatabase;
    }
    db.setUserName(inv.userName);

    if (parser.isSet(progress)) {
        options.progress = [&inv](qint64 written) {
            inv.console.hint(Text::tr("progress: %1 lots").arg(written));
            return true;
        };
    }
    const Result<DemoSummary> made = DemoData::generate(db, options);
    if (!made)
        return inv.console.fail(made.errors(), ExitBadInput);

    const DemoSummary &s = made.value();
    const QLocale locale;
    auto n = [&locale](qint64 value) { return locale.toString(value); };
    QString partsLine = Text::tr("%1 (%2 track lots)").arg(n(s.parts), n(s.lotTrackedParts));
    if (s.largestPartLots > 0)
        partsLine =
            Text::tr("%1 (%2 track lots; the largest, %3, has %4 lots)")
                .arg(n(s.parts), n(s.lotTrackedParts), s.largestPartNumber, n(s.largestPartLots));
    const double rate = s.seconds > 0 ? double(s.lots) / s.seconds : 0.0;
    inv.console.print(
        Text::tr("Demo data written to %1 (seed %2, as of %3).\n")
            .arg(db.path(), QString::number(options.seed), s.today.toString(Qt::ISODate)) +
        alignedPairs({
            {Text::tr("Suppliers:"), n(s.suppliers)},
            {Text::tr("Warehouses:"),
             Text::tr("%1 (with %2 bins)").arg(n(s.warehouses), n(s.bins))},
            {Text::tr("Parts:"), partsLine},
            {Text::tr("Lots:"), Text::tr("%1: %2 archived, %3 corrected after receipt, %4 restored")
                                    .arg(n(s.lots), n(s.archived), n(s.edited), n(s.restored))},
            {Text::tr("Expiry:"),
             Text::tr("%1 without, %2 active and expired, %3 active and expiring within 30 "
                      "days, %4 expiring more than a year ahead")
                 .arg(n(s.noExpiry), n(s.expired), n(s.expiringSoon), n(s.longDated))},
            {Text::tr("Audit events:"), n(s.auditEvents)},
            {Text::tr("Time:"),
             Text::tr("%1 s (%2 lots/s)")
                 .arg(locale.toString(s.seconds, 'f', 1), locale.toString(qint64(rate)))},
        }));
    return ExitOk;
}
} // namespace

QList<Command> demoCommands()
{
    return {
        {{QStringLiteral("demo")},
         QT_TRANSLATE_NOOP("Commands", "Fill a new database with demo data (any size)"),
         demo},
    };
}

} // namespace lotbook::cli
