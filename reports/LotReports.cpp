#include "LotReports.h"

#include "AuditLog.h"
#include "AuditQuery.h"
#include "Database.h"
#include "Expiry.h"
#include "ExpiryOverview.h"
#include "Lot.h"
#include "LotStore.h"
#include "Money.h"
#include "PartStore.h"
#include "SupplierStore.h"
#include "Text.h"
#include "WarehouseStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace lotbook::LotReports {

namespace {
// This file's strings; lupdate files them under the "LotReports" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LotReports)
};

enum class Column
{
    Part,
    PartName,
    LotNumber,
    Received,
    Expires,
    DaysLeft,
    Quantity,
    UnitCost,
    Supplier,
    Location,
    Status
};

// Columns take the width their content asks for (QTextDocument's automatic
// table layout; fixed shares left long names cramped beside wide number
// columns). Numbers, dates and identifiers never wrap: a lot number broken
// over two lines reads as two lots. Names wrap between words.
ReportColumn reportColumn(Column column)
{
    switch (column) {
    case Column::Part:
        return {Text::tr("Part #"), 0, false, true};
    case Column::PartName:
        return {Text::tr("Part name"), 0};
    case Column::LotNumber:
        return {Text::tr("Lot number"), 0, false, true};
    case Column::Received:
        return {Text::tr("Received"), 0, false, true};
    case Column::Expires:
        return {Text::tr("Expires"), 0, false, true};
    case Column::DaysLeft:
        return {Text::tr("Days left"), 0, true, true};
    case Column::Quantity:
        return {Text::tr("Qty received"), 0, true, true};
    case Column::UnitCost:
        return {Text::tr("Cost/unit"), 0, true, true};
    case Column::Supplier:
        return {Text::tr("Supplier"), 0};
    case Column::Location:
        return {Text::tr("Location"), 0};
    case Column::Status:
        return {Text::tr("Status"), 0, false, true};
    }
    return {};
}

QString locationOf(const LotRow &r)
{
    return r.binCode.isEmpty() ? r.warehouseName
                               : r.warehouseName + QString::fromUtf8(" — ") + r.binCode;
}

QString cellText(Column column, const LotRow &r, const ReportContext &context)
{
    const QLocale locale;
    const Lot &l = r.lot;
    switch (column) {
    case Column::Part:
        return r.partNumber;
    case Column::PartName:
        return r.partName;
    case Column::LotNumber:
        return l.lotNumber;
    case Column::Received:
        return reportDate(l.received);
    case Column::Expires:
        return l.expires.isValid() ? reportDate(l.expires) : QString::fromUtf8("—");
    case Column::DaysLeft:
        return l.expires.isValid() ? locale.toString(context.today.daysTo(l.expires))
                                   : QString::fromUtf8("—");
    case Column::Quantity:
        return locale.toString(l.quantity);
    case Column::UnitCost:
        return formatMoney(l.unitCost, locale);
    case Column::Supplier:
        return r.supplierName;
    case Column::Location:
        return locationOf(r);
    case Column::Status:
        return lotStatusName(l.status);
    }
    return {};
}

bool isExpired(const LotRow &r, const ReportContext &context)
{
    return r.lot.status == LotStatus::Active &&
           expiryOf(r.lot.expires, context.today, context.expiryWindowDays).state ==
               ExpiryState::Expired;
}

// The lots as a table; expired active lots shaded, archived ones grey.
void lotTable(ReportBody &body, const QList<Column> &columns, const QList<LotRow> &rows,
              const ReportContext &context)
{
    QList<ReportColumn> headers;
    for (Column c : columns)
        headers << reportColumn(c);
    body.beginTable(headers);
    for (const LotRow &r : rows) {
        QStringList cells;
        for (Column c : columns)
            cells << cellText(c, r, context);
        const ReportBody::RowStyle style = r.lot.status == LotStatus::Archived
                                               ? ReportBody::RowStyle::Muted
                                           : isExpired(r, context) ? ReportBody::RowStyle::Alert
                                                                   : ReportBody::RowStyle::Normal;
        body.row(cells, style);
    }
    body.endTable();
}

QString lotsText(qint64 n)
{
    return n == 1 ? Text::tr("1 lot") : Text::tr("%1 lots").arg(QLocale().toString(n));
}

// "12 lots, 2 expired (shaded)." under a list.
QString summaryLine(const QList<LotRow> &rows, const ReportContext &context)
{
    qint64 expired = 0;
    qint64 archived = 0;
    for (const LotRow &r : rows) {
        expired += isExpired(r, context) ? 1 : 0;
        archived += r.lot.status == LotStatus::Archived ? 1 : 0;
    }
    QStringList parts{lotsText(rows.size())};
    if (expired)
        parts << (expired == 1 ? Text::tr("1 expired (shaded)")
                               : Text::tr("%1 expired (shaded)").arg(QLocale().toString(expired)));
    if (archived)
        parts << (archived == 1 ? Text::tr("1 archived (grey)")
                                : Text::tr("%1 archived (grey)").arg(QLocale().toString(archived)));
    return parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

QString dateRange(const QDate &from, const QDate &to)
{
    if (from.isValid() && to.isValid())
        return from == to ? Text::tr("on %1").arg(reportDate(from))
                          : Text::tr("from %1 to %2").arg(reportDate(from), reportDate(to));
    if (from.isValid())
        return Text::tr("on or after %1").arg(reportDate(from));
    return Text::tr("on or before %1").arg(reportDate(to));
}

QString partText(const Part &part)
{
    return part.name.isEmpty() ? part.number : Text::tr("%1 (%2)").arg(part.number, part.name);
}

Report newReport(const QString &title, const ReportContext &context)
{
    Report report;
    report.title = title;
    report.producedAt = context.producedAt;
    report.producedBy = context.producedBy;
    return report;
}

QString utcText(const QString &at)
{
    const QDateTime t = QDateTime::fromString(at, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : at;
}
} // namespace

QString reportDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return formatDate(date);
}

QString describeSort(const LotSort &sort)
{
    const bool down = sort.descending;
    switch (sort.field) {
    case LotSortField::Expires:
        return down ? Text::tr("Expires, latest first (no expiry first)")
                    : Text::tr("Expires, soonest first (no expiry last)");
    case LotSortField::LotNumber:
        return down ? Text::tr("Lot number, Z to A") : Text::tr("Lot number, A to Z");
    case LotSortField::Received:
        return down ? Text::tr("Received, newest first") : Text::tr("Received, oldest first");
    case LotSortField::Quantity:
        return down ? Text::tr("Quantity, largest first") : Text::tr("Quantity, smallest first");
    case LotSortField::UnitCost:
        return down ? Text::tr("Cost per unit, highest first")
                    : Text::tr("Cost per unit, lowest first");
    case LotSortField::Supplier:
        return down ? Text::tr("Supplier, Z to A") : Text::tr("Supplier, A to Z");
    case LotSortField::Location:
        return down ? Text::tr("Location, Z to A") : Text::tr("Location, A to Z");
    case LotSortField::Status:
        return down ? Text::tr("Status, archived first") : Text::tr("Status, active first");
    case LotSortField::Part:
        return down ? Text::tr("Part number, Z to A") : Text::tr("Part number, A to Z");
    case LotSortField::PartName:
        return down ? Text::tr("Part name, Z to A") : Text::tr("Part name, A to Z");
    }
    return {};
}

ReportPairs describeFilter(Database &db, const LotFilter &filter)
{
    ReportPairs lines;
    if (filter.partId) {
        const Result<Part> part = PartStore(db).get(filter.partId);
        lines.append({Text::tr("Part"), part ? partText(part.value()) : Text::tr("(removed)")});
    }
    if (!filter.partText.trimmed().isEmpty())
        lines.append({Text::tr("Part number or name contains"), filter.partText.trimmed()});
    if (!filter.search.trimmed().isEmpty())
        lines.append({Text::tr("Lot number contains"), filter.search.trimmed()});
    switch (filter.status) {
    case LotFilter::Status::Active:
        lines.append({Text::tr("Status"), Text::tr("Active")});
        break;
    case LotFilter::Status::Archived:
        lines.append({Text::tr("Status"), Text::tr("Archived")});
        break;
    case LotFilter::Status::All:
        lines.append({Text::tr("Status"), Text::tr("Active and archived")});
        break;
    }
    if (filter.supplierId) {
        const Result<Supplier> s = SupplierStore(db).get(filter.supplierId);
        lines.append({Text::tr("Supplier"), s ? s.value().name : Text::tr("(removed)")});
    }
    if (filter.receivedFrom.isValid() || filter.receivedTo.isValid())
        lines.append({Text::tr("Received"), dateRange(filter.receivedFrom, filter.receivedTo)});
    if (filter.expiresFrom.isValid() || filter.expiresTo.isValid())
        lines.append({Text::tr("Expires"), dateRange(filter.expiresFrom, filter.expiresTo)});
    const WarehouseStore warehouses(db);
    if (filter.warehouseId) {
        const Result<Warehouse> w = warehouses.get(filter.warehouseId);
        lines.append({Text::tr("Warehouse"), w ? w.value().name : Text::tr("(removed)")});
    }
    if (filter.binId) {
        const Result<Bin> b = warehouses.bin(filter.binId);
        lines.append({Text::tr("Bin"), b ? b.value().code : Text::tr("(removed)")});
    }
    return lines;
}

Result<Report> partLots(Database &db, const LotFilter &filter, const LotSort &sort,
                        const ReportContext &context)
{
    const Result<Part> part = PartStore(db).get(filter.partId);
    if (!part)
        return part.errors();
    const Result<QList<LotRow>> rows = LotStore(db).list(filter, sort);
    if (!rows)
        return rows.errors();
    Report report = newReport(Text::tr("Lots of %1").arg(partText(part.value())), context);
    report.fileStem = reportFileStem(QStringLiteral("lots-") + part.value().number);
    report.landscape = true;
    report.criteria = describeFilter(db, filter);
    report.criteria.append({Text::tr("Sorted by"), describeSort(sort)});

    ReportBody body;
    if (rows.value().isEmpty()) {
        body.emptyNote(Text::tr("No lots of this part match the filter."));
    } else {
        lotTable(body,
                 {Column::LotNumber, Column::Received, Column::Expires, Column::Quantity,
                  Column::UnitCost, Column::Supplier, Column::Location, Column::Status},
                 rows.value(), context);
        // Totals in the part's own unit: only lots of one part add up.
        qint64 quantity = 0;
        MoneyUnits value = 0;
        for (const LotRow &r : rows.value()) {
            quantity += r.lot.quantity;
            value += r.lot.quantity * r.lot.unitCost;
        }
        const QLocale locale;
        body.paragraph(
            summaryLine(rows.value(), context) + QLatin1Char(' ') +
            Text::tr("Received in these lots: %1 %2, at a cost of %3.")
                .arg(locale.toString(quantity), part.value().unit, formatMoney(value, locale)));
    }
    report.body = body.html();
    return report;
}

Result<Report> trace(Database &db, const LotFilter &filter, const LotSort &sort,
                     const ReportContext &context)
{
    const Result<QList<LotRow>> rows = LotStore(db).list(filter, sort);
    if (!rows)
        return rows.errors();
    Report report = newReport(Text::tr("Trace: lots of all parts"), context);
    report.fileStem = QStringLiteral("trace");
    report.landscape = true;
    report.criteria = describeFilter(db, filter);
    report.criteria.append({Text::tr("Sorted by"), describeSort(sort)});

    ReportBody body;
    if (rows.value().isEmpty()) {
        body.emptyNote(Text::tr("No lots match the filter."));
    } else {
        lotTable(body,
                 {Column::Part, Column::PartName, Column::LotNumber, Column::Received,
                  Column::Expires, Column::Quantity, Column::UnitCost, Column::Supplier,
                  Column::Location, Column::Status},
                 rows.value(), context);
        body.paragraph(summaryLine(rows.value(), context));
    }
    report.body = body.html();
    return report;
}

Result<Report> expiring(Database &db, const LotSort &sort, const ReportContext &context)
{
    const LotFilter filter = ExpiryOverview::filter(context.today, context.expiryWindowDays);
    const Result<QList<LotRow>> rows = LotStore(db).list(filter, sort);
    if (!rows)
        return rows.errors();
    const int days = context.expiryWindowDays;
    Report report = newReport(
        days == 1
            ? Text::tr("Lots expired or expiring within 1 day")
            : Text::tr("Lots expired or expiring within %1 days").arg(QLocale().toString(days)),
        context);
    report.fileStem = reportFileStem(QStringLiteral("expiring-") + dateToIso(context.today));
    report.landscape = true;
    report.criteria = {
        {Text::tr("Lots"), Text::tr("Active lots of every part")},
        {Text::tr("Expires"), Text::tr("by %1 (within %2 days of %3), or already expired")
                                  .arg(reportDate(context.today.addDays(days)),
                                       QLocale().toString(days), reportDate(context.today))},
        {Text::tr("Sorted by"), describeSort(sort)},
    };

    ReportBody body;
    if (rows.value().isEmpty()) {
        body.emptyNote(Text::tr("Nothing has expired or expires within the window."));
    } else {
        lotTable(body,
                 {Column::Expires, Column::DaysLeft, Column::Part, Column::PartName,
                  Column::LotNumber, Column::Quantity, Column::Supplier, Column::Location},
                 rows.value(), context);
        body.paragraph(summaryLine(rows.value(), context) + QLatin1Char(' ') +
                       Text::tr("Days left are counted from %1.").arg(reportDate(context.today)));
    }
    report.body = body.html();
    return report;
}

Result<Report> lotRecord(Database &db, qint64 lotId, const ReportContext &context)
{
    const Result<LotRow> found = LotStore(db).row(lotId);
    if (!found)
        return found.errors();
    const LotRow &r = found.value();
    const Lot &l = r.lot;
    const Result<Part> part = PartStore(db).get(l.partId);
    const QString unit = part ? part.value().unit : QString();
    const Result<QList<AuditEvent>> events = AuditLog::events(db, QStringLiteral("lot"), l.id);
    if (!events)
        return events.errors();

    Report report =
        newReport(Text::tr("Lot record: %1 of part %2").arg(l.lotNumber, r.partNumber), context);
    report.fileStem =
        reportFileStem(QStringLiteral("lot-") + r.partNumber + QLatin1Char('-') + l.lotNumber);
    report.criteria = {{Text::tr("Part"), r.partName.isEmpty()
                                              ? r.partNumber
                                              : Text::tr("%1 (%2)").arg(r.partNumber, r.partName)},
                       {Text::tr("Lot number"), l.lotNumber}};

    const QLocale locale;
    const Expiry expiry = expiryOf(l.expires, context.today, context.expiryWindowDays);
    const QString none = Text::tr("(none)");
    ReportPairs fields{
        {Text::tr("Status"), lotStatusName(l.status)},
        {Text::tr("Received"), reportDate(l.received)},
        {Text::tr("Expires"), l.expires.isValid() ? reportDate(l.expires) : Text::tr("No expiry")},
        {Text::tr("Expiry status"),
         expiry.state == ExpiryState::NoExpiry
             ? expiryStateName(expiry.state)
             : Text::tr("%1 (%2, as of %3)")
                   .arg(expiryStateName(expiry.state), expiryDescription(expiry),
                        reportDate(context.today))},
        {Text::tr("Quantity received"),
         unit.isEmpty() ? locale.toString(l.quantity)
                        : Text::tr("%1 %2").arg(locale.toString(l.quantity), unit)},
        {Text::tr("Cost per unit"), formatMoney(l.unitCost, locale)},
        {Text::tr("Received value"), formatMoney(l.quantity * l.unitCost, locale)},
        {Text::tr("Supplier"), r.supplierName},
        {Text::tr("Warehouse"), r.warehouseName},
        {Text::tr("Bin"), r.binCode.isEmpty() ? none : r.binCode},
        {Text::tr("Notes"), l.notes.isEmpty() ? none : l.notes},
    };
    if (l.status == LotStatus::Archived)
        fields << ReportPairs{
            {Text::tr("Archived (UTC)"), utcText(l.archivedAt)},
            {Text::tr("Archived by"), l.archivedBy},
            {Text::tr("Archive reason"), l.archiveReason.isEmpty() ? none : l.archiveReason}};
    fields << ReportPairs{{Text::tr("Created (UTC)"), utcText(l.createdAt)},
                          {Text::tr("Created by"), l.createdBy},
                          {Text::tr("Last changed (UTC)"), utcText(l.updatedAt)},
                          {Text::tr("Last changed by"), l.updatedBy},
                          {Text::tr("Version"), locale.toString(l.version)}};

    ReportBody body;
    body.heading(Text::tr("Lot"));
    body.fields(fields);
    body.heading(Text::tr("History"));
    if (events.value().isEmpty()) {
        body.emptyNote(Text::tr("No audit events are recorded for this lot."));
    } else {
        body.beginTable({{Text::tr("#"), 0, true, true},
                         {Text::tr("When (UTC)"), 0, false, true},
                         {Text::tr("Who"), 0},
                         {Text::tr("Action"), 0},
                         {Text::tr("Changes"), 0}});
        for (const AuditEvent &e : events.value())
            body.row({locale.toString(e.seq), utcText(e.at), e.user, auditActionName(e.action),
                      auditChangeLines(e, &locale).join(QLatin1Char('\n'))});
        body.endTable();
        const AuditEvent &newest = events.value().constLast();
        body.paragraph(
            Text::tr("Audit trail: %1 for this lot. The newest, #%2, has the hash %3; "
                     "\"lotbook-cli audit verify\" checks the whole chain.")
                .arg(events.value().size() == 1
                         ? Text::tr("1 event")
                         : Text::tr("%1 events").arg(locale.toString(events.value().size())),
                     locale.toString(newest.seq), newest.hash));
    }
    report.body = body.html();
    return report;
}

Result<QList<LotRow>> lotsNumbered(Database &db, const QString &lotNumber)
{
    const QString key = normalizedKey(lotNumber);
    if (key.isEmpty())
        return Result<QList<LotRow>>::failure(QStringLiteral("lot_number"),
                                              Text::tr("A lot number is required."));
    LotFilter filter;
    filter.status = LotFilter::Status::All;
    filter.search = lotNumber;
    const Result<QList<LotRow>> candidates = LotStore(db).list(filter, {LotSortField::Part});
    if (!candidates)
        return candidates.errors();
    QList<LotRow> exact;
    for (const LotRow &r : candidates.value())
        if (normalizedKey(r.lot.lotNumber) == key)
            exact << r;
    return exact;
}

} // namespace lotbook::LotReports
