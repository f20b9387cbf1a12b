// part add|edit|deactivate|activate|list: the parts catalog through PartStore.
#include "Command.h"
#include "CommandParser.h"
#include "Console.h"
#include "Listing.h"
#include "PartStore.h"

#include <QCoreApplication>
#include <algorithm>

namespace lotbook::cli {

namespace {
// This file's strings; lupdate files them under the "PartCommands" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PartCommands)
};

// The fields `part add` and `part edit` share; edit also has --no-track-lots.
struct PartOptions
{
    explicit PartOptions(bool forEdit)
        : editing(forEdit),
          number(QStringLiteral("number"),
                 forEdit ? Text::tr("New part number (unique, compared ignoring case).")
                         : Text::tr("Part number (unique, compared ignoring case)."),
                 Text::tr("PN"))
    {}

    bool editing;
    QCommandLineOption number;
    QCommandLineOption name{QStringLiteral("name"), Text::tr("Name of the part."),
                            Text::tr("NAME")};
    QCommandLineOption unit{QStringLiteral("unit"), Text::tr("Unit of measure (default: ea)."),
                            Text::tr("UNIT")};
    QCommandLineOption price{QStringLiteral("price"),
                             Text::tr("Catalog price, with a dot and up to 4 decimals: 0.0025."),
                             Text::tr("AMOUNT")};
    QCommandLineOption description{QStringLiteral("description"), Text::tr("Description."),
                                   Text::tr("TEXT")};
    QCommandLineOption trackLots{QStringLiteral("track-lots"),
                                 Text::tr("Track lots (shipments) of this part.")};
    QCommandLineOption noTrackLots{QStringLiteral("no-track-lots"),
                                   Text::tr("Stop tracking lots of this part.")};

    QList<QCommandLineOption> fields() const
    {
        QList<QCommandLineOption> options{number, name, unit, price, description, trackLots};
        if (editing)
            options << noTrackLots;
        return options;
    }

    // Copies the given options onto `part`. A price that is not an amount is
    // returned as an error naming the price; the rest is checked by PartStore.
    FieldErrors apply(const CommandParser &parser, Part &part) const
    {
        if (parser.isSet(number))
            part.number = parser.value(number);
        if (parser.isSet(name))
            part.name = parser.value(name);
        if (parser.isSet(unit))
            part.unit = parser.value(unit);
        if (parser.isSet(description))
            part.description = parser.value(description);
        if (parser.isSet(trackLots))
            part.trackLots = true;
        if (editing && parser.isSet(noTrackLots))
            part.trackLots = false;
        if (!parser.isSet(price))
            return {};
        const Result<MoneyUnits> amount = parseMoney(parser.value(price), QLocale::c(),
                                                     QStringLiteral("price"), Text::tr("Price"));
        if (!amount)
            return amount.errors();
        part.price = amount.value();
        return {};
    }
};

// Every problem at once: a bad price together with, say, a part number in use.
int refuse(const Invocation &inv, const PartStore &store, const Part &part, FieldErrors errors)
{
    errors += store.validate(part);
    return inv.console.fail(errors, ExitBadInput);
}

int add(const Invocation &inv)
{
    CommandParser parser(inv, Text::tr("Adds a part to the catalog."));
    const PartOptions o(false);
    parser.addOptions(o.fields());
    if (auto stop = parser.parse({o.number, o.name}))
        return *stop;

    std::unique_ptr<Database> db = openDatabase(inv, Access::Write);
    if (!db)
        return ExitDatabase;
    PartStore store(*db);
    Part part;
    if (FieldErrors errors = o.apply(parser, part); !errors.isEmpty())
        return refuse(inv, store, part, errors);
    const Result<Part> created = store.create(part);
    if (!created)
        return inv.console.fail(created.errors(), ExitBadInput);
    inv.console.print(
        Text::tr("Added part %1 (%2).").arg(created.value().number, created.value().name));
    return ExitOk;
}

int edit(const Invocation &inv)
{
    CommandParser parser(inv, Text::tr("Changes a part. Only the fields given are changed; "
                                       "--number gives the part a new part number."));
    const PartOptions o(true);
    const QList<QCommandLineOption> changes = o.fields();
    parser.addOptions(changes);
    parser.addPositional(Text::tr("PN"), Text::tr("Part number of the part to change."));
    if (auto stop = parser.parse())
        return *stop;
    if (parser.isSet(o.trackLots) && parser.isSet(o.noTrackLots))
        return parser.usageError(
            Text::tr("Give either --track-lots or --no-track-lots, not both."));
    if (std::none_of(changes.begin(), changes.end(),
                     [&](const QCommandLineOption &c) { return parser.isSet(c); }))
        return parser.usageError(Text::tr("Nothing to change: give at least one field option."));

    std::unique_ptr<Database> db = openDatabase(inv, Access::Write);
    if (!db)
        return ExitDatabase;
    PartStore store(*db);
    const Result<Part> found = store.findByNumber(parser.positional(0));
    if (!found)
        return inv.console.fail(found.errors(), ExitBadInput);
    Part part = found.value();
    if (FieldErrors errors = o.apply(parser, part); !errors.isEmpty())
        return refuse(inv, store, part, errors);
    const Result<Part> saved = store.update(part);
    if (!saved)
        return inv.console.fail(saved.errors(), ExitBadInput);
    inv.console.print(
        Text::tr("Saved part %1 (%2).").arg(saved.value().number, saved.value().name));
    return ExitOk;
}

int setActive(const Invocation &inv, bool active)
{
    CommandParser parser(inv, active
                                  ? Text::tr("Makes a deactivated part active again.")
                                  : Text::tr("Deactivates a part: it stays in the database and in "
                                             "its history, but is no longer offered for new "
                                             "entries."));
    parser.addPositional(Text::tr("PN"), Text::tr("Part number."));
    if (auto stop = parser.parse())
        return *stop;

    std::unique_ptr<Database> db = openDatabase(inv, Access::Write);
    if (!db)
        return ExitDatabase;
    PartStore store(*db);
    const Result<Part> found = store.findByNumber(parser.positional(0));
    if (!found)
        return inv.console.fail(found.errors(), ExitBadInput);
    if (const Status s = store.setActive(found.value().id, active); !s)
        return inv.console.fail(s.errors(), ExitBadInput);
    inv.console.print((active ? Text::tr("Activated part %1.") : Text::tr("Deactivated part %1."))
                          .arg(found.value().number));
    return ExitOk;
}

int list(const Invocation &inv)
{
    CommandParser parser(inv, Text::tr("Lists the parts, by part number."));
    parser.addListOptions();
    if (auto stop = parser.parse())
        return *stop;

    std::unique_ptr<Database> db = openDatabase(inv, Access::Read);
    if (!db)
        return ExitDatabase;
    const Result<QList<Part>> parts = PartStore(*db).list(parser.listAll());
    if (!parts)
        return inv.console.fail(parts.errors(), ExitDatabase);

    Listing listing({{QStringLiteral("part_number"), Text::tr("Number")},
                     {QStringLiteral("name"), Text::tr("Name")},
                     {QStringLiteral("unit"), Text::tr("Unit")},
                     {QStringLiteral("price"), Text::tr("Price"), true},
                     {QStringLiteral("description"), {}},
                     {QStringLiteral("track_lots"), Text::tr("Lots tracked")},
                     {QStringLiteral("active"), Text::tr("Active")}});
    for (const Part &p : parts.value())
        listing.addRow({p.number, p.name, p.unit, formatMoneyPlain(p.price), p.description,
                        p.trackLots, p.active});
    inv.console.print(listing.render(parser.format()));
    return ExitOk;
}
} // namespace

QList<Command> partCommands()
{
    const QString part = QStringLiteral("part");
    return {
        {{part, QStringLiteral("add")}, QT_TRANSLATE_NOOP("Commands", "Add a part"), add},
        {{part, QStringLiteral("edit")}, QT_TRANSLATE_NOOP("Commands", "Change a part"), edit},
        {{part, QStringLiteral("deactivate")},
         QT_TRANSLATE_NOOP("Commands", "Deactivate a part"),
         [](const Invocation &inv) { return setActive(inv, false); }},
        {{part, QStringLiteral("activate")},
         QT_TRANSLATE_NOOP("Commands", "Activate a part"),
         [](const Invocation &inv) { return setActive(inv, true); }},
        {{part, QStringLiteral("list")}, QT_TRANSLATE_NOOP("Commands", "List parts"), list},
    };
}

} // namespace lotbook::cli
