// supplier add|edit|deactivate|activate|list: suppliers through SupplierStore.
#include "Command.h"
#include "CommandParser.h"
#include "Console.h"
#include "Listing.h"
#include "SupplierStore.h"

#include <QCoreApplication>
#include <algorithm>

namespace lotbook::cli {

namespace {
// This file's strings; lupdate files them under the "SupplierCommands" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SupplierCommands)
};

// The fields `supplier add` and `supplier edit` share.
struct SupplierOptions
{
    explicit SupplierOptions(bool editing)
        : name(QStringLiteral("name"),
               editing ? Text::tr("New name of the supplier (unique, compared ignoring case).")
                       : Text::tr("Supplier name (unique, compared ignoring case)."),
               Text::tr("NAME"))
    {}

    QCommandLineOption name;
    QCommandLineOption contact{QStringLiteral("contact"), Text::tr("Contact person."),
                               Text::tr("NAME")};
    QCommandLineOption phone{QStringLiteral("phone"), Text::tr("Phone number."), Text::tr("PHONE")};
    QCommandLineOption email{QStringLiteral("email"), Text::tr("Email address."),
                             Text::tr("EMAIL")};
    QCommandLineOption notes{QStringLiteral("notes"), Text::tr("Notes."), Text::tr("TEXT")};

    QList<QCommandLineOption> fields() const { return {name, contact, phone, email, notes}; }

    void apply(const CommandParser &parser, Supplier &supplier) const
    {
        if (parser.isSet(name))
            supplier.name = parser.value(name);
        if (parser.isSet(contact))
            supplier.contact = parser.value(contact);
        if (parser.isSet(phone))
            supplier.phone = parser.value(phone);
        if (parser.isSet(email))
            supplier.email = parser.value(email);
        if (parser.isSet(notes))
            supplier.notes = parser.value(notes);
    }
};

int add(const Invocation &inv)
{
    CommandParser parser(inv, Text::tr("Adds a supplier."));
    const SupplierOptions o(false);
    parser.addOptions(o.fields());
    if (auto stop = parser.parse({o.name}))
        return *stop;

    std::unique_ptr<Database> db = openDatabase(inv, Access::Write);
    if (!db)
        return ExitDatabase;
    Supplier supplier;
    o.apply(parser, supplier);
    const Result<Supplier> created = SupplierStore(*db).create(supplier);
    if (!created)
        return inv.console.fail(created.errors(), ExitBadInput);
    inv.console.print(Text::tr("Added supplier %1.").arg(created.value().name));
    return ExitOk;
}

int edit(const Invocation &inv)
{
    CommandParser parser(inv, Text::tr("Changes a supplier. Only the fields given are changed; "
                                       "--name renames it."));
    const SupplierOptions o(true);
    parser.addOptions(o.fields());
    parser.addPositional(Text::tr("NAME"), Text::tr("Name of the supplier to change."));
    if (auto stop = parser.parse())
        return *stop;
    const QList<QCommandLineOption> changes = o.fields();
    if (std::none_of(changes.begin(), changes.end(),
                     [&](const QCommandLineOption &c) { return parser.isSet(c); }))
        return parser.usageError(Text::tr("Nothing to change: give at least one field option."));

    std::unique_ptr<Database> db = openDatabase(inv, Access::Write);
    if (!db)
        return ExitDatabase;
    SupplierStore store(*db);
    const Result<Supplier> found = store.findByName(parser.positional(0));
    if (!found)
        return inv.console.fail(found.errors(), ExitBadInput);
    Supplier supplier = found.value();
    o.apply(parser, supplier);
    const Result<Supplier> saved = store.update(supplier);
    if (!saved)
        return inv.console.fail(saved.errors(), ExitBadInput);
    inv.console.print(Text::tr("Saved supplier %1.").arg(saved.value().name));
    return ExitOk;
}

int setActive(const Invocation &inv, bool active)
{
    CommandParser parser(inv, active
                                  ? Text::tr("Makes a deactivated supplier active again.")
                                  : Text::tr("Deactivates a supplier: it stays in the database and "
                                             "in the history of its lots, but is no longer offered "
                                             "for new entries."));
    parser.addPositional(Text::tr("NAME"), Text::tr("Supplier name."));
    if (auto stop = parser.parse())
        return *stop;

    std::unique_ptr<Database> db = openDatabase(inv, Access::Write);
    if (!db)
        return ExitDatabase;
    SupplierStore store(*db);
    const Result<Supplier> found = store.findByName(parser.positional(0));
    if (!found)
        return inv.console.fail(found.errors(), ExitBadInput);
    if (const Status s = store.setActive(found.value().id, active); !s)
        return inv.console.fail(s.errors(), ExitBadInput);
    inv.console.print(
        (active ? Text::tr("Activated supplier %1.") : Text::tr("Deactivated supplier %1."))
            .arg(found.value().name));
    return ExitOk;
}

int list(const Invocation &inv)
{
    CommandParser parser(inv, Text::tr("Lists the suppliers, by name."));
    parser.addListOptions();
    if (auto stop = parser.parse())
        return *stop;

    std::unique_ptr<Database> db = openDatabase(inv, Access::Read);
    if (!db)
        return ExitDatabase;
    const Result<QList<Supplier>> suppliers = SupplierStore(*db).list(parser.listAll());
    if (!suppliers)
        return inv.console.fail(suppliers.errors(), ExitDatabase);

    Listing listing({{QStringLiteral("name"), Text::tr("Name")},
                     {QStringLiteral("contact"), Text::tr("Contact")},
                     {QStringLiteral("phone"), Text::tr("Phone")},
                     {QStringLiteral("email"), Text::tr("Email")},
                     {QStringLiteral("notes"), {}},
                     {QStringLiteral("active"), Text::tr("Active")}});
    for (const Supplier &s : suppliers.value())
        listing.addRow({s.name, s.contact, s.phone, s.email, s.notes, s.active});
    inv.console.print(listing.render(parser.format()));
    return ExitOk;
}
} // namespace

QList<Command> supplierCommands()
{
    const QString supplier = QStringLiteral("supplier");
    return {
        {{supplier, QStringLiteral("add")}, QT_TRANSLATE_NOOP("Commands", "Add a supplier"), add},
        {{supplier, QStringLiteral("edit")},
         QT_TRANSLATE_NOOP("Commands", "Change a supplier"),
         edit},
        {{supplier, QStringLiteral("deactivate")},
         QT_TRANSLATE_NOOP("Commands", "Deactivate a supplier"),
         [](const Invocation &inv) { return setActive(inv, false); }},
        {{supplier, QStringLiteral("activate")},
         QT_TRANSLATE_NOOP("Commands", "Activate a supplier"),
         [](const Invocation &inv) { return setActive(inv, true); }},
        {{supplier, QStringLiteral("list")}, QT_TRANSLATE_NOOP("Commands", "List suppliers"), list},
    };
}

} // namespace lotbook::cli
