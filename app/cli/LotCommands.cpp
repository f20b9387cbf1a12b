// lot add|edit|archive|restore|show and lots: the lots (received shipments) of
// lot-tracked parts through LotStore. Parts, suppliers, warehouses and bins are
// named on the command line and resolved through their stores. Input is checked
// the way the desktop Lot dialog checks it: text a parser refuses (a date, the
// quantity, the cost, a name) is reported by that parser, every other broken
// rule by LotStore::validate, all of them at once, and nothing is written.
#include "Command.h"
#include "CommandParser.h"
#include "Console.h"
#include "Expiry.h"
#include "Listing.h"
#include "LotFilterOptions.h"
#include "LotStore.h"
#include "PartStore.h"
#include "Preferences.h"
#include "SupplierStore.h"
#include "Text.h"
#include "WarehouseStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace lotbook::cli {

namespace {
// This file's strings; lupdate files them under the "LotCommands" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LotCommands)
};

// The part a lot belongs to: its id, 0 when none was named (LotStore then says a
// part is required), or an error naming the part when there is no such part.
qint64 resolvePart(Database &db, const QString &number, FieldErrors &errors)
{
    if (number.trimmed().isEmpty())
        return 0;
    const Result<Part> part = PartStore(db).findByNumber(number);
    if (part)
        return part.value().id;
    // Reported under LotStore's field id, so its "choose the part" is not repeated.
    for (const FieldError &e : part.errors())
        errors.append({QStringLiteral("part"), e.message});
    return 0;
}

// The fields `lot add` and `lot edit` share; edit also has --no-expiry and --no-bin.
struct LotOptions
{
    explicit LotOptions(bool forEdit)
        : editing(forEdit),
          lot(QStringLiteral("lot"),
              forEdit
                  ? Text::tr("New lot number (unique within the part, compared ignoring case and "
                             "surrounding spaces).")
                  : Text::tr("Lot number (unique within the part, compared ignoring case and "
                             "surrounding spaces)."),
              Text::tr("LOT"))
    {}

    bool editing;
    QCommandLineOption part{QStringLiteral("part"),
                            Text::tr("Part number of a part that tracks lots."), Text::tr("PN")};
    QCommandLineOption lot;
    QCommandLineOption received{QStringLiteral("received"),
                                Text::tr("Received date, YYYY-MM-DD; not in the future."),
                                Text::tr("DATE")};
    QCommandLineOption expires{
        QStringLiteral("expires"),
        editing
            ? Text::tr("Expiration date, YYYY-MM-DD; not before the received date.")
            : Text::tr("Expiration date, YYYY-MM-DD; not before the received date. Without it the "
                       "lot has no expiry."),
        Text::tr("DATE")};
    QCommandLineOption noExpiry{QStringLiteral("no-expiry"),
                                Text::tr("Removes the expiration date: the lot does not expire.")};
    QCommandLineOption qty{QStringLiteral("qty"),
                           Text::tr("Quantity received: a whole number greater than 0."),
                           Text::tr("N")};
    QCommandLineOption cost{
        QStringLiteral("cost"),
        Text::tr("Cost per unit, with a dot and up to 4 decimals: 0.0025 (0 for a "
                 "free replacement)."),
        Text::tr("AMOUNT")};
    QCommandLineOption supplier{QStringLiteral("supplier"), Text::tr("Supplier name."),
                                Text::tr("NAME")};
    QCommandLineOption warehouse{QStringLiteral("warehouse"), Text::tr("Warehouse name."),
                                 Text::tr("NAME")};
    QCommandLineOption bin{QStringLiteral("bin"),
                           editing ? Text::tr("Code of a bin in the lot's warehouse (the new one, "
                                              "with --warehouse).")
                                   : Text::tr("Code of a bin in the lot's warehouse."),
                           Text::tr("CODE")};
    QCommandLineOption noBin{QStringLiteral("no-bin"),
                             Text::tr("Takes the lot out of its bin; it stays in its warehouse.")};
    QCommandLineOption notes{QStringLiteral("notes"), Text::tr("Notes."), Text::tr("TEXT")};

    // The options that set a field of the lot (not --part).
    QList<QCommandLineOption> fields() const
    {
        QList<QCommandLineOption> options{lot, received, expires};
        if (editing)
            options << noExpiry;
        options << qty << cost << supplier << warehouse << bin;
        if (editing)
            options << noBin;
        return options << notes;
    }

    // Copies the given options onto `lot`, resolving names. Text that cannot be
    // parsed or a name that does not exist is returned as an error naming its
    // field; the field is then left empty, so the rules LotStore checks are
    // not reported twice.
    FieldErrors apply(const CommandParser &parser, Database &db, Lot &lot) const
    {
        FieldErrors errors;
        if (parser.isSet(this->lot))
            lot.lotNumber = parser.value(this->lot);
        if (parser.isSet(received)) {
            const Result<QDate> date =
                parseIsoDate(parser.value(received), QStringLiteral("received_on"),
                             lotFieldLabel(QStringLiteral("received_on")));
            lot.received = date.value();
            errors += date.errors();
        }
        if (parser.isSet(expires)) {
            const Result<QDate> date =
                parseIsoDate(parser.value(expires), QStringLiteral("expires_on"),
                             lotFieldLabel(QStringLiteral("expires_on")));
            lot.expires = date.value();
            errors += date.errors();
        }
        if (editing && parser.isSet(noExpiry))
            lot.expires = QDate();
        if (parser.isSet(qty)) {
            const Result<qint64> quantity = parseQuantity(parser.value(qty), QLocale::c());
            lot.quantity = quantity.ok() ? quantity.value() : 0;
            errors += quantity.errors();
        }
        if (parser.isSet(cost)) {
            const Result<MoneyUnits> amount =
                parseMoney(parser.value(cost), QLocale::c(), QStringLiteral("unit_cost"),
                           lotFieldLabel(QStringLiteral("unit_cost")));
            lot.unitCost = amount.ok() ? amount.value() : 0;
            errors += amount.errors();
        }
        if (parser.isSet(supplier)) {
            lot.supplierId = 0; // blank: LotStore says a supplier is required
            if (const QString name = parser.value(supplier); !name.trimmed().isEmpty()) {
                const Result<Supplier> found = SupplierStore(db).findByName(name);
                lot.supplierId = found.ok() ? found.value().id : 0;
                errors += found.errors();
            }
        }
        bool warehouseKnown = true;
        if (parser.isSet(warehouse)) {
            lot.warehouseId = 0;
            if (const QString name = parser.value(warehouse); !name.trimmed().isEmpty()) {
                const Result<Warehouse> found = WarehouseStore(db).findByName(name);
                lot.warehouseId = found.ok() ? found.value().id : 0;
                warehouseKnown = found.ok();
                errors += found.errors();
            }
        }
        if (!warehouseKnown) {
            // Whatever bin was given or stored, the warehouse error says it all.
            lot.binId = 0;
        } else if (parser.isSet(bin)) {
            lot.binId = 0; // blank: no bin
            if (const QString code = parser.value(bin);
                !code.trimmed().isEmpty() && lot.warehouseId) {
                const Result<Bin> found = WarehouseStore(db).findBin(lot.warehouseId, code);
                lot.binId = found.ok() ? found.value().id : 0;
                errors += found.errors();
            }
        }
        if (editing && parser.isSet(noBin))
            lot.binId = 0;
        if (parser.isSet(notes))
            lot.notes = parser.value(notes);
        return errors;
    }
};

// `errors` (from parsing) and every rule of LotStore::validate that they do not
// already cover, in the order of the fields on the Lot dialog; empty when the
// lot can be saved.
FieldErrors allErrors(const LotStore &store, const Lot &lot, FieldErrors errors)
{
    const FieldErrors parsed = errors;
    for (const FieldError &e : store.validate(lot)) {
        const bool seen = std::any_of(parsed.cbegin(), parsed.cend(),
                                      [&e](const FieldError &x) { return x.field == e.field; });
        if (!seen)
            errors.append(e);
    }
    static const QStringList order{QStringLiteral("part"),        QStringLiteral("lot_number"),
                                   QStringLiteral("received_on"), QStringLiteral("expires_on"),
                                   QStringLiteral("quantity"),    QStringLiteral("unit_cost"),
                                   QStringLiteral("supplier"),    QStringLiteral("warehouse"),
                                   QStringLiteral("bin"),         QStringLiteral("notes")};
    const auto rank = [](const FieldError &e) {
        const qsizetype at = order.indexOf(e.field);
        return at < 0 ? order.size() : at;
    };
    std::stable_sort(
        errors.begin(), errors.end(),
        [&rank](const FieldError &a, const FieldError &b) { return rank(a) < rank(b); });
    return errors;
}

// The lot named by its part number and lot number, with the names beside it,
// or errors naming which of the two does not exist.
Result<LotRow> findLot(Database &db, const QString &partNumber, const QString &lotNumber)
{
    const Result<Part> part = PartStore(db).findByNumber(partNumber);
    if (!part)
        return part.errors();
    const LotStore store(db);
    const Result<Lot> lot = store.find(part.value().id, lotNumber);
    if (!lot && !lot.errorFor(QStringLiteral("lot_number")).isEmpty())
        return Result<LotRow>::failure(
            QStringLiteral("lot_number"),
            Text::tr("Part %1 has no lot \"%2\".").arg(part.value().number, lotNumber.trimmed()));
    if (!lot)
        return lot.errors();
    return store.row(lot.value().id);
}

QString locationOf(const LotRow &row)
{
    // As the Lots tab shows it (the lot_list view's location column).
    return row.binCode.isEmpty() ? row.warehouseName
                                 : row.warehouseName + QString::fromUtf8(" — ") + row.binCode;
}

int add(const Invocation &inv)
{
    CommandParser parser(
        inv, Text::tr("Records a received shipment of a lot-tracked part as a new lot."));
    const LotOptions o(false);
    parser.addOption(o.part);
    parser.addOptions(o.fields());
    if (auto stop =
            parser.parse({o.part, o.lot, o.received, o.qty, o.cost, o.supplier, o.warehouse}))
        return *stop;

    std::unique_ptr<Database> db = openDatabase(inv, Access::Write);
    if (!db)
        return ExitDatabase;
    LotStore store(*db);
    Lot lot;
    FieldErrors errors;
    lot.partId = resolvePart(*db, parser.value(o.part), errors);
    errors += o.apply(parser, *db, lot);
    if (errors = allErrors(store, lot, errors); !errors.isEmpty())
        return inv.console.fail(errors, ExitBadInput);
    const Result<Lot> created = store.create(lot);
    if (!created)
        return inv.console.fail(created.errors(), ExitBadInput);

    const Result<LotRow> row = store.row(created.value().id);
    if (!row)
        return inv.console.fail(row.errors(), ExitDatabase);
    const LotRow &r = row.value();
    const Lot &l = r.lot;
    inv.console.print(
        Text::tr(
            "Added lot %1 of part %2: quantity %3 at %4 per unit from %5, received %6, %7, in %8.")
            .arg(l.lotNumber, r.partNumber, QString::number(l.quantity),
                 formatMoneyPlain(l.unitCost), r.supplierName, dateToIso(l.received),
                 l.expires.isValid() ? Text::tr("expires %1").arg(dateToIso(l.expires))
                                     : Text::tr("no expiry"),
                 locationOf(r)));
    return ExitOk;
}

int edit(const Invocation &inv)
{
    CommandParser parser(inv,
                         Text::tr("Changes a lot. Only the fields given are changed; --lot gives "
                                  "the lot a new lot number. Archived lots must be restored "
                                  "before they can be changed."));
    const LotOptions o(true);
    const QList<QCommandLineOption> changes = o.fields();
    parser.addOptions(changes);
    parser.addPositional(Text::tr("PN"), Text::tr("Part number of the lot's part."));
    parser.addPositional(Text::tr("LOT"), Text::tr("Lot number of the lot to change."));
    if (auto stop = parser.parse())
        return *stop;
    if (parser.isSet(o.expires) && parser.isSet(o.noExpiry))
        return parser.usageError(Text::tr("Give either --expires or --no-expiry, not both."));
    if (parser.isSet(o.bin) && parser.isSet(o.noBin))
        return parser.usageError(Text::tr("Give either --bin or --no-bin, not both."));
    if (std::none_of(changes.begin(), changes.end(),
                     [&](const QCommandLineOption &c) { return parser.isSet(c); }))
        return parser.usageError(Text::tr("Nothing to change: give at least one field option."));

    std::unique_ptr<Database> db = openDatabase(inv, Access::Write);
    if (!db)
        return ExitDatabase;
    LotStore store(*db);
    const Result<LotRow> found = findLot(*db, parser.positional(0), parser.positional(1));
    if (!found)
        return inv.console.fail(found.errors(), ExitBadInput);
    const QString partNumber = found.value().partNumber;
    Lot lot = found.value().lot; // with the version it was read at
    FieldErrors errors = o.apply(parser, *db, lot);
    // An archived lot is refused by update() before any rule is checked: what
    // matters first is that it must be restored.
    if (lot.status == LotStatus::Active) {
        if (errors = allErrors(store, lot, errors); !errors.isEmpty())
            return inv.console.fail(errors, ExitBadInput);
    }
    const Result<Lot> saved = store.update(lot);
    if (!saved)
        return inv.console.fail(saved.errors(), ExitBadInput);

    if (saved.value().version == found.value().lot.version)
        inv.console.print(
            Text::tr("Lot %1 of part %2 already has these values; nothing was changed.")
                .arg(saved.value().lotNumber, partNumber));
    else
        inv.console.print(
            Text::tr("Saved lot %1 of part %2.").arg(saved.value().lotNumber, partNumber));
    return ExitOk;
}

int archive(const Invocation &inv)
{
    CommandParser parser(inv,
                         Text::tr("Archives a lot: it is kept with its history, hidden from the "
                                  "default list (lots --status archived shows it), and can be "
                                  "restored."));
    const QCommandLineOption reason(QStringLiteral("reason"), Text::tr("Why the lot is archived."),
                                    Text::tr("TEXT"));
    parser.addOption(reason);
    parser.addPositional(Text::tr("PN"), Text::tr("Part number of the lot's part."));
    parser.addPositional(Text::tr("LOT"), Text::tr("Lot number."));
    if (auto stop = parser.parse())
        return *stop;

    std::unique_ptr<Database> db = openDatabase(inv, Access::Write);
    if (!db)
        return ExitDatabase;
    const Result<LotRow> found = findLot(*db, parser.positional(0), parser.positional(1));
    if (!found)
        return inv.console.fail(found.errors(), ExitBadInput);
    const Lot &lot = found.value().lot;
    const Result<Lot> archived = LotStore(*db).archive(lot.id, lot.version, parser.value(reason));
    if (!archived)
        return inv.console.fail(archived.errors(), ExitBadInput);
    inv.console.print(Text::tr("Archived lot %1 of part %2.")
                          .arg(archived.value().lotNumber, found.value().partNumber));
    return ExitOk;
}

int restore(const Invocation &inv)
{
    CommandParser parser(inv, Text::tr("Restores an archived lot: it is active again."));
    parser.addPositional(Text::tr("PN"), Text::tr("Part number of the lot's part."));
    parser.addPositional(Text::tr("LOT"), Text::tr("Lot number."));
    if (auto stop = parser.parse())
        return *stop;

    std::unique_ptr<Database> db = openDatabase(inv, Access::Write);
    if (!db)
        return ExitDatabase;
    const Result<LotRow> found = findLot(*db, parser.positional(0), parser.positional(1));
    if (!found)
        return inv.console.fail(found.errors(), ExitBadInput);
    const Lot &lot = found.value().lot;
    const Result<Lot> restored = LotStore(*db).restore(lot.id, lot.version);
    if (!restored)
        return inv.console.fail(restored.errors(), ExitBadInput);
    inv.console.print(Text::tr("Restored lot %1 of part %2.")
                          .arg(restored.value().lotNumber, found.value().partNumber));
    return ExitOk;
}

QString expiryKey(ExpiryState state)
{
    switch (state) {
    case ExpiryState::Expired:
        return QStringLiteral("expired");
    case ExpiryState::ExpiringSoon:
        return QStringLiteral("expiring_soon");
    case ExpiryState::Ok:
        return QStringLiteral("ok");
    case ExpiryState::NoExpiry:
        break;
    }
    return QStringLiteral("no_expiry");
}

int show(const Invocation &inv)
{
    CommandParser parser(inv,
                         Text::tr("Shows every field of a lot, its expiry status and who created "
                                  "and last changed it."));
    parser.addPositional(Text::tr("PN"), Text::tr("Part number of the lot's part."));
    parser.addPositional(Text::tr("LOT"), Text::tr("Lot number."));
    parser.addFormatOption(false);
    if (auto stop = parser.parse())
        return *stop;

    std::unique_ptr<Database> db = openDatabase(inv, Access::Read);
    if (!db)
        return ExitDatabase;
    const Result<LotRow> found = findLot(*db, parser.positional(0), parser.positional(1));
    if (!found)
        return inv.console.fail(found.errors(), ExitBadInput);
    const LotRow &r = found.value();
    const Lot &l = r.lot;
    const Expiry expiry =
        expiryOf(l.expires, QDate::currentDate(), Preferences().expiryWindowDays());
    const bool archived = l.status == LotStatus::Archived;

    if (parser.format() == Format::Json) {
        const QJsonObject object{
            {QStringLiteral("part_number"), r.partNumber},
            {QStringLiteral("part_name"), r.partName},
            {QStringLiteral("lot_number"), l.lotNumber},
            {QStringLiteral("status"), lotStatusKey(l.status)},
            {QStringLiteral("received"), dateToIso(l.received)},
            {QStringLiteral("expires"), dateToIso(l.expires)},
            {QStringLiteral("expiry_status"), expiryKey(expiry.state)},
            {QStringLiteral("days_left"), expiry.state == ExpiryState::NoExpiry
                                              ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(expiry.daysLeft)},
            {QStringLiteral("quantity"), l.quantity},
            // Text, so the amount stays exact.
            {QStringLiteral("unit_cost"), formatMoneyPlain(l.unitCost)},
            {QStringLiteral("supplier"), r.supplierName},
            {QStringLiteral("warehouse"), r.warehouseName},
            {QStringLiteral("bin"), r.binCode},
            {QStringLiteral("notes"), l.notes},
            {QStringLiteral("archived_at"), l.archivedAt},
            {QStringLiteral("archived_by"), l.archivedBy},
            {QStringLiteral("archive_reason"), l.archiveReason},
            {QStringLiteral("created_at"), l.createdAt},
            {QStringLiteral("created_by"), l.createdBy},
            {QStringLiteral("updated_at"), l.updatedAt},
            {QStringLiteral("updated_by"), l.updatedBy},
            {QStringLiteral("version"), l.version},
        };
        inv.console.print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }

    const QString none = Text::tr("none");
    const QString expiryText =
        expiry.state == ExpiryState::NoExpiry
            ? expiryStateName(expiry.state)
            : Text::tr("%1 (%2)").arg(expiryStateName(expiry.state), expiryDescription(expiry));
    QList<std::pair<QString, QString>> pairs{
        {Text::tr("Part:"), Text::tr("%1 (%2)").arg(r.partNumber, r.partName)},
        {Text::tr("Lot number:"), l.lotNumber},
        {Text::tr("Status:"), lotStatusName(l.status)},
        {Text::tr("Received:"), dateToIso(l.received)},
        {Text::tr("Expires:"), l.expires.isValid() ? dateToIso(l.expires) : none},
        {Text::tr("Expiry status:"), expiryText},
        {Text::tr("Quantity received:"), QString::number(l.quantity)},
        {Text::tr("Cost per unit:"), formatMoneyPlain(l.unitCost)},
        {Text::tr("Supplier:"), r.supplierName},
        {Text::tr("Warehouse:"), r.warehouseName},
        {Text::tr("Bin:"), r.binCode.isEmpty() ? none : r.binCode},
        {Text::tr("Notes:"), l.notes},
    };
    if (archived)
        pairs << std::pair{Text::tr("Archived at:"), l.archivedAt}
              << std::pair{Text::tr("Archived by:"), l.archivedBy}
              << std::pair{Text::tr("Archive reason:"), l.archiveReason};
    pairs << std::pair{Text::tr("Created at:"), l.createdAt}
          << std::pair{Text::tr("Created by:"), l.createdBy}
          << std::pair{Text::tr("Updated at:"), l.updatedAt}
          << std::pair{Text::tr("Updated by:"), l.updatedBy}
          << std::pair{Text::tr("Version:"), QString::number(l.version)};
    inv.console.print(alignedPairs(pairs));
    return ExitOk;
}

int list(const Invocation &inv)
{
    CommandParser parser(
        inv,
        Text::tr("Lists lots, as the Lots tab and the Trace page do: by default the active lots "
                 "of every part, soonest expiry first and lots without expiry last. Filters "
                 "combine: a lot is listed when it matches every one given. Dates are written "
                 "YYYY-MM-DD, amounts with a dot."));
    LotFilterOptions filters;
    parser.addOptions(filters.options());
    parser.addFormatOption();
    if (auto stop = parser.parse())
        return *stop;
    if (auto stop = filters.read(parser))
        return *stop;

    std::unique_ptr<Database> db = openDatabase(inv, Access::Read);
    if (!db)
        return ExitDatabase;
    if (const FieldErrors errors = filters.resolve(parser, *db); !errors.isEmpty())
        return inv.console.fail(errors, ExitBadInput);
    const Result<QList<LotRow>> lots = LotStore(*db).list(filters.filter(), filters.sort());
    if (!lots)
        return inv.console.fail(lots.errors(), ExitDatabase);

    const bool table = parser.format() == Format::Table;
    // The table shows the location in one column; CSV and JSON add the part
    // name, warehouse, bin and notes after the columns scripts already read
    // (with the notes, an exported file imports back to the same lots).
    Listing listing({{QStringLiteral("part_number"), Text::tr("Part")},
                     {QStringLiteral("lot_number"), Text::tr("Lot")},
                     {QStringLiteral("received"), Text::tr("Received")},
                     {QStringLiteral("expires"), Text::tr("Expires")},
                     {QStringLiteral("quantity"), Text::tr("Qty"), true},
                     {QStringLiteral("unit_cost"), Text::tr("Cost"), true},
                     {QStringLiteral("supplier"), Text::tr("Supplier")},
                     {QStringLiteral("location"), Text::tr("Location")},
                     {QStringLiteral("status"), Text::tr("Status")},
                     {QStringLiteral("part_name"), {}},
                     {QStringLiteral("warehouse"), {}},
                     {QStringLiteral("bin"), {}},
                     {QStringLiteral("notes"), {}}});
    for (const LotRow &r : lots.value()) {
        const Lot &l = r.lot;
        // People read the status in their language; scripts get the stored key.
        listing.addRow({r.partNumber, l.lotNumber, dateToIso(l.received), dateToIso(l.expires),
                        l.quantity, formatMoneyPlain(l.unitCost), r.supplierName, locationOf(r),
                        table ? lotStatusName(l.status) : lotStatusKey(l.status), r.partName,
                        r.warehouseName, r.binCode, l.notes});
    }
    inv.console.print(listing.render(parser.format()));
    return ExitOk;
}
} // namespace

QList<Command> lotCommands()
{
    const QString lot = QStringLiteral("lot");
    return {
        {{lot, QStringLiteral("add")},
         QT_TRANSLATE_NOOP("Commands", "Record a received lot of a part"),
         add},
        {{lot, QStringLiteral("edit")}, QT_TRANSLATE_NOOP("Commands", "Change a lot"), edit},
        {{lot, QStringLiteral("archive")}, QT_TRANSLATE_NOOP("Commands", "Archive a lot"), archive},
        {{lot, QStringLiteral("restore")},
         QT_TRANSLATE_NOOP("Commands", "Restore an archived lot"),
         restore},
        {{lot, QStringLiteral("show")},
         QT_TRANSLATE_NOOP("Commands", "Show a lot with its expiry status"),
         show},
        {{QStringLiteral("lots")},
         QT_TRANSLATE_NOOP("Commands", "List lots, filtered and sorted"),
         list},
    };
}

} // namespace lotbook::cli
