// warehouse add|edit|deactivate|activate|list and bin add|deactivate|activate|list,
// through WarehouseStore. Bins are named by their warehouse and code.
#include "Command.h"
#include "CommandParser.h"
#include "Console.h"
#include "Listing.h"
#include "WarehouseStore.h"

#include <QCoreApplication>

namespace lotbook::cli {

namespace {
// This file's strings; lupdate files them under the "WarehouseCommands" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WarehouseCommands)
};

QCommandLineOption nameOption(bool editing)
{
    return {QStringLiteral("name"),
            editing ? Text::tr("New name of the warehouse (unique, compared ignoring case).")
                    : Text::tr("Warehouse name (unique, compared ignoring case)."),
            Text::tr("NAME")};
}

QCommandLineOption notesOption()
{
    return {QStringLiteral("notes"), Text::tr("Address and notes."), Text::tr("TEXT")};
}

int addWarehouse(const Invocation &inv)
{
    CommandParser parser(inv, Text::tr("Adds a warehouse."));
    const QCommandLineOption name = nameOption(false), notes = notesOption();
    parser.addOptions({name, notes});
    if (auto stop = parser.parse({name}))
        return *stop;

    std::unique_ptr<Database> db = openDatabase(inv, Access::Write);
    if (!db)
        return ExitDatabase;
    Warehouse warehouse;
    warehouse.name = parser.value(name);
    warehouse.notes = parser.value(notes);
    const Result<Warehouse> created = WarehouseStore(*db).create(warehouse);
    if (!created)
        return inv.console.fail(created.errors(), ExitBadInput);
    inv.console.print(Text::tr("Added warehouse %1.").arg(created.value().name));
    return ExitOk;
}

int editWarehouse(const Invocation &inv)
{
    CommandParser parser(inv, Text::tr("Changes a warehouse. Only the fields given are changed; "
                                       "--name renames it."));
    const QCommandLineOption name = nameOption(true), notes = notesOption();
    parser.addOptions({name, notes});
    parser.addPositional(Text::tr("NAME"), Text::tr("Name of the warehouse to change."));
    if (auto stop = parser.parse())
        return *stop;
    if (!parser.isSet(name) && !parser.isSet(notes))
        return parser.usageError(Text::tr("Nothing to change: give --name or --notes."));

    std::unique_ptr<Database> db = openDatabase(inv, Access::Write);
    if (!db)
        return ExitDatabase;
    WarehouseStore store(*db);
    const Result<Warehouse> found = store.findByName(parser.positional(0));
    if (!found)
        return inv.console.fail(found.errors(), ExitBadInput);
    Warehouse warehouse = found.value();
    if (parser.isSet(name))
        warehouse.name = parser.value(name);
    if (parser.isSet(notes))
        warehouse.notes = parser.value(notes);
    const Result<Warehouse> saved = store.update(warehouse);
    if (!saved)
        return inv.console.fail(saved.errors(), ExitBadInput);
    inv.console.print(Text::tr("Saved warehouse %1.").arg(saved.value().name));
    return ExitOk;
}

int setWarehouseActive(const Invocation &inv, bool active)
{
    CommandParser parser(inv,
                         active ? Text::tr("Makes a deactivated warehouse active again.")
                                : Text::tr("Deactivates a warehouse: it stays in the database and "
                                           "in the history of its lots, but is no longer offered "
                                           "for new entries."));
    parser.addPositional(Text::tr("NAME"), Text::tr("Warehouse name."));
    if (auto stop = parser.parse())
        return *stop;

    std::unique_ptr<Database> db = openDatabase(inv, Access::Write);
    if (!db)
        return ExitDatabase;
    WarehouseStore store(*db);
    const Result<Warehouse> found = store.findByName(parser.positional(0));
    if (!found)
        return inv.console.fail(found.errors(), ExitBadInput);
    if (const Status s = store.setActive(found.value().id, active); !s)
        return inv.console.fail(s.errors(), ExitBadInput);
    inv.console.print(
        (active ? Text::tr("Activated warehouse %1.") : Text::tr("Deactivated warehouse %1."))
            .arg(found.value().name));
    return ExitOk;
}

int listWarehouses(const Invocation &inv)
{
    CommandParser parser(inv, Text::tr("Lists the warehouses, by name."));
    parser.addListOptions();
    if (auto stop = parser.parse())
        return *stop;

    std::unique_ptr<Database> db = openDatabase(inv, Access::Read);
    if (!db)
        return ExitDatabase;
    const Result<QList<Warehouse>> warehouses = WarehouseStore(*db).list(parser.listAll());
    if (!warehouses)
        return inv.console.fail(warehouses.errors(), ExitDatabase);

    Listing listing({{QStringLiteral("name"), Text::tr("Name")},
                     {QStringLiteral("notes"), Text::tr("Notes")},
                     {QStringLiteral("active"), Text::tr("Active")}});
    for (const Warehouse &w : warehouses.value())
        listing.addRow({w.name, w.notes, w.active});
    inv.console.print(listing.render(parser.format()));
    return ExitOk;
}

// --warehouse and --code name a bin.
QCommandLineOption binWarehouseOption()
{
    return {QStringLiteral("warehouse"), Text::tr("The warehouse the bin is in."),
            Text::tr("NAME")};
}

QCommandLineOption binCodeOption()
{
    return {QStringLiteral("code"), Text::tr("Bin code (unique within its warehouse)."),
            Text::tr("CODE")};
}

int addBin(const Invocation &inv)
{
    CommandParser parser(inv, Text::tr("Adds a bin to a warehouse."));
    const QCommandLineOption warehouse = binWarehouseOption(), code = binCodeOption();
    const QCommandLineOption description(QStringLiteral("description"), Text::tr("Description."),
                                         Text::tr("TEXT"));
    parser.addOptions({warehouse, code, description});
    if (auto stop = parser.parse({warehouse, code}))
        return *stop;

    std::unique_ptr<Database> db = openDatabase(inv, Access::Write);
    if (!db)
        return ExitDatabase;
    WarehouseStore store(*db);
    const Result<Warehouse> found = store.findByName(parser.value(warehouse));
    if (!found)
        return inv.console.fail(found.errors(), ExitBadInput);
    Bin bin;
    bin.warehouseId = found.value().id;
    bin.code = parser.value(code);
    bin.description = parser.value(description);
    const Result<Bin> created = store.createBin(bin);
    if (!created)
        return inv.console.fail(created.errors(), ExitBadInput);
    inv.console.print(
        Text::tr("Added bin %1 to warehouse %2.").arg(created.value().code, found.value().name));
    return ExitOk;
}

int setBinActive(const Invocation &inv, bool active)
{
    CommandParser parser(inv, active
                                  ? Text::tr("Makes a deactivated bin active again.")
                                  : Text::tr("Deactivates a bin: it stays in the database and in "
                                             "the history of its lots, but is no longer offered "
                                             "for new entries."));
    const QCommandLineOption warehouse = binWarehouseOption(), code = binCodeOption();
    parser.addOptions({warehouse, code});
    if (auto stop = parser.parse({warehouse, code}))
        return *stop;

    std::unique_ptr<Database> db = openDatabase(inv, Access::Write);
    if (!db)
        return ExitDatabase;
    WarehouseStore store(*db);
    const Result<Warehouse> w = store.findByName(parser.value(warehouse));
    if (!w)
        return inv.console.fail(w.errors(), ExitBadInput);
    const Result<Bin> bin = store.findBin(w.value().id, parser.value(code));
    if (!bin)
        return inv.console.fail(bin.errors(), ExitBadInput);
    if (const Status s = store.setBinActive(bin.value().id, active); !s)
        return inv.console.fail(s.errors(), ExitBadInput);
    inv.console.print((active ? Text::tr("Activated bin %1 in warehouse %2.")
                              : Text::tr("Deactivated bin %1 in warehouse %2."))
                          .arg(bin.value().code, w.value().name));
    return ExitOk;
}

int listBins(const Invocation &inv)
{
    CommandParser parser(inv,
                         Text::tr("Lists bins by warehouse and code: those of one warehouse, or "
                                  "of every warehouse (without --all, the active bins of active "
                                  "warehouses)."));
    const QCommandLineOption warehouse(QStringLiteral("warehouse"),
                                       Text::tr("Only the bins of this warehouse."),
                                       Text::tr("NAME"));
    parser.addOption(warehouse);
    parser.addListOptions();
    if (auto stop = parser.parse())
        return *stop;

    std::unique_ptr<Database> db = openDatabase(inv, Access::Read);
    if (!db)
        return ExitDatabase;
    WarehouseStore store(*db);
    QList<Warehouse> warehouses;
    if (parser.isSet(warehouse)) {
        const Result<Warehouse> found = store.findByName(parser.value(warehouse));
        if (!found)
            return inv.console.fail(found.errors(), ExitBadInput);
        warehouses << found.value();
    } else {
        const Result<QList<Warehouse>> all = store.list(parser.listAll());
        if (!all)
            return inv.console.fail(all.errors(), ExitDatabase);
        warehouses = all.value();
    }

    Listing listing({{QStringLiteral("warehouse"), Text::tr("Warehouse")},
                     {QStringLiteral("code"), Text::tr("Code")},
                     {QStringLiteral("description"), Text::tr("Description")},
                     {QStringLiteral("active"), Text::tr("Active")}});
    for (const Warehouse &w : warehouses) {
        const Result<QList<Bin>> bins = store.bins(w.id, parser.listAll());
        if (!bins)
            return inv.console.fail(bins.errors(), ExitDatabase);
        for (const Bin &b : bins.value())
            listing.addRow({w.name, b.code, b.description, b.active});
    }
    inv.console.print(listing.render(parser.format()));
    return ExitOk;
}
} // namespace

QList<Command> warehouseCommands()
{
    const QString warehouse = QStringLiteral("warehouse");
    const QString bin = QStringLiteral("bin");
    return {
        {{warehouse, QStringLiteral("add")},
         QT_TRANSLATE_NOOP("Commands", "Add a warehouse"),
         addWarehouse},
        {{warehouse, QStringLiteral("edit")},
         QT_TRANSLATE_NOOP("Commands", "Change a warehouse"),
         editWarehouse},
        {{warehouse, QStringLiteral("deactivate")},
         QT_TRANSLATE_NOOP("Commands", "Deactivate a warehouse"),
         [](const Invocation &inv) { return setWarehouseActive(inv, false); }},
        {{warehouse, QStringLiteral("activate")},
         QT_TRANSLATE_NOOP("Commands", "Activate a warehouse"),
         [](const Invocation &inv) { return setWarehouseActive(inv, true); }},
        {{warehouse, QStringLiteral("list")},
         QT_TRANSLATE_NOOP("Commands", "List warehouses"),
         listWarehouses},
        {{bin, QStringLiteral("add")},
         QT_TRANSLATE_NOOP("Commands", "Add a bin to a warehouse"),
         addBin},
        {{bin, QStringLiteral("deactivate")},
         QT_TRANSLATE_NOOP("Commands", "Deactivate a bin"),
         [](const Invocation &inv) { return setBinActive(inv, false); }},
        {{bin, QStringLiteral("activate")},
         QT_TRANSLATE_NOOP("Commands", "Activate a bin"),
         [](const Invocation &inv) { return setBinActive(inv, true); }},
        {{bin, QStringLiteral("list")}, QT_TRANSLATE_NOOP("Commands", "List bins"), listBins},
    };
}

} // namespace lotbook::cli
