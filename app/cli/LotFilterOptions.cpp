#include "LotFilterOptions.h"

#include "CommandParser.h"
#include "Lot.h"
#include "PartStore.h"
#include "SupplierStore.h"
#include "WarehouseStore.h"

#include <QCoreApplication>

namespace lotbook::cli {

namespace {
// The options were born in `lots`: their strings keep its "LotCommands" context,
// so the translations made for it still apply.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LotCommands)
};
} // namespace

LotFilterOptions::LotFilterOptions(bool allByDefault)
    : m_part(QStringLiteral("part"), Text::tr("Only the lots of this part."), Text::tr("PN")),
      m_partText(QStringLiteral("part-text"),
                 Text::tr("Only lots of parts whose part number or name contains this text "
                          "(ignoring case)."),
                 Text::tr("TEXT")),
      m_lot(QStringList{QStringLiteral("lot"), QStringLiteral("search")},
            Text::tr("Only lots whose lot number contains this text (ignoring case)."),
            Text::tr("TEXT")),
      m_status(QStringLiteral("status"),
               allByDefault ? Text::tr("Which lots: active, archived or all (the default).")
                            : Text::tr("Which lots: active (the default), archived or all."),
               Text::tr("STATUS"), allByDefault ? QStringLiteral("all") : QStringLiteral("active")),
      m_supplier(QStringLiteral("supplier"), Text::tr("Only the lots from this supplier."),
                 Text::tr("NAME")),
      m_receivedFrom(QStringLiteral("received-from"),
                     Text::tr("Only lots received on or after this date."), Text::tr("DATE")),
      m_receivedTo(QStringLiteral("received-to"),
                   Text::tr("Only lots received on or before this date."), Text::tr("DATE")),
      m_expiresBefore(QStringLiteral("expires-before"),
                      Text::tr("Only lots that expire before this date (not on it); lots without "
                               "expiry are left out."),
                      Text::tr("DATE")),
      m_expiresAfter(QStringLiteral("expires-after"),
                     Text::tr("Only lots that expire after this date (not on it); lots without "
                              "expiry are left out."),
                     Text::tr("DATE")),
      m_warehouse(QStringLiteral("warehouse"), Text::tr("Only the lots stored in this warehouse."),
                  Text::tr("NAME")),
      m_bin(QStringLiteral("bin"), Text::tr("Only the lots in this bin of the --warehouse."),
            Text::tr("CODE")),
      m_sortOption(QStringLiteral("sort"),
                   Text::tr("Order: expires (the default), part, lot, received, qty, cost, "
                            "supplier, location or status; add :desc for descending, such as "
                            "received:desc."),
                   Text::tr("FIELD"), QStringLiteral("expires"))
{}

QList<QCommandLineOption> LotFilterOptions::options() const
{
    return {m_part,          m_partText,     m_lot,       m_supplier, m_receivedFrom, m_receivedTo,
            m_expiresBefore, m_expiresAfter, m_warehouse, m_bin,      m_status,       m_sortOption};
}

std::optional<int> LotFilterOptions::read(const CommandParser &parser)
{
    if (parser.isSet(m_bin) && !parser.isSet(m_warehouse))
        return parser.usageError(
            Text::tr("--bin needs --warehouse: bin codes are only unique within a warehouse."));
    m_filter = LotFilter{};
    const Result<LotFilter::Status> status = parseLotStatusFilter(parser.value(m_status));
    if (!status)
        return parser.usageError(status.message());
    m_filter.status = status.value();
    const Result<LotSort> order = parseLotSort(parser.value(m_sortOption));
    if (!order)
        return parser.usageError(order.message());
    m_sort = order.value();
    m_filter.search = parser.value(m_lot);
    m_filter.partText = parser.value(m_partText);

    // Every bad date (and later every unknown name) is reported, then nothing is listed.
    m_errors.clear();
    auto date = [&](const QCommandLineOption &option, qint64 shift) {
        if (!parser.isSet(option))
            return QDate();
        const QString name = option.names().constFirst();
        const Result<QDate> parsed =
            parseIsoDate(parser.value(option), name, QStringLiteral("--") + name);
        m_errors += parsed.errors();
        return parsed ? parsed.value().addDays(shift) : QDate();
    };
    m_filter.receivedFrom = date(m_receivedFrom, 0);
    m_filter.receivedTo = date(m_receivedTo, 0);
    // "Before" and "after" exclude the day itself; the filter's bounds include theirs.
    m_filter.expiresTo = date(m_expiresBefore, -1);
    m_filter.expiresFrom = date(m_expiresAfter, 1);
    if (m_filter.expiresFrom.year() > 9999) {
        // After 9999-12-31: no stored (four-digit) date, so an empty range.
        m_filter.expiresFrom = QDate(9999, 12, 31);
        m_filter.expiresTo = QDate(9999, 12, 30);
    }
    return std::nullopt;
}

FieldErrors LotFilterOptions::resolve(const CommandParser &parser, Database &db)
{
    FieldErrors errors = m_errors;
    if (parser.isSet(m_part)) {
        const Result<Part> found = PartStore(db).findByNumber(parser.value(m_part));
        m_filter.partId = found ? found.value().id : 0;
        errors += found.errors();
    }
    if (parser.isSet(m_supplier)) {
        const Result<Supplier> found = SupplierStore(db).findByName(parser.value(m_supplier));
        m_filter.supplierId = found ? found.value().id : 0;
        errors += found.errors();
    }
    if (parser.isSet(m_warehouse)) {
        const WarehouseStore warehouses(db);
        const Result<Warehouse> found = warehouses.findByName(parser.value(m_warehouse));
        m_filter.warehouseId = found ? found.value().id : 0;
        errors += found.errors();
        if (found && parser.isSet(m_bin)) {
            const Result<Bin> foundBin =
                warehouses.findBin(m_filter.warehouseId, parser.value(m_bin));
            m_filter.binId = foundBin ? foundBin.value().id : 0;
            errors += foundBin.errors();
        }
    }
    return errors;
}

} // namespace lotbook::cli
