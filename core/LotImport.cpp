#include "LotImport.h"

#include "CsvWriter.h"
#include "Database.h"
#include "LotStore.h"
#include "PartStore.h"
#include "SqlError.h"
#include "SupplierStore.h"
#include "Text.h"
#include "Transaction.h"
#include "WarehouseStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <vector>

namespace lotbook {

namespace {
// This file's strings; lupdate files them under the "LotImport" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LotImport)
};

struct FieldInfo
{
    ImportField field;
    const char *key;
    const char *label;
    bool required;
    // Header names as normalizedHeader() gives them, closest first.
    QStringList names;
};

const QList<FieldInfo> &fieldTable()
{
    static const QList<FieldInfo> table{
        {ImportField::PartNumber,
         "part_number",
         QT_TRANSLATE_NOOP("LotImport", "Part number"),
         true,
         {QStringLiteral("partnumber"), QStringLiteral("part"), QStringLiteral("pn"),
          QStringLiteral("partno"), QStringLiteral("partnum"), QStringLiteral("partnr")}},
        {ImportField::LotNumber,
         "lot_number",
         QT_TRANSLATE_NOOP("LotImport", "Lot number"),
         true,
         {QStringLiteral("lotnumber"), QStringLiteral("lot"), QStringLiteral("lotno"),
          QStringLiteral("lotcode"), QStringLiteral("batch"), QStringLiteral("batchcode"),
          QStringLiteral("batchnumber"), QStringLiteral("batchno")}},
        {ImportField::Received,
         "received",
         QT_TRANSLATE_NOOP("LotImport", "Received date"),
         true,
         {QStringLiteral("receiveddate"), QStringLiteral("received"), QStringLiteral("receivedon"),
          QStringLiteral("datereceived"), QStringLiteral("receiptdate")}},
        {ImportField::Expires,
         "expires",
         QT_TRANSLATE_NOOP("LotImport", "Expiration date"),
         false,
         {QStringLiteral("expirationdate"), QStringLiteral("expiry"), QStringLiteral("expires"),
          QStringLiteral("bestbefore"), QStringLiteral("expirydate"), QStringLiteral("expireson"),
          QStringLiteral("expiration"), QStringLiteral("bestbeforedate"), QStringLiteral("useby")}},
        {ImportField::Quantity,
         "quantity",
         QT_TRANSLATE_NOOP("LotImport", "Quantity received"),
         true,
         {QStringLiteral("quantityreceived"), QStringLiteral("qty"), QStringLiteral("quantity"),
          QStringLiteral("qtyreceived")}},
        {ImportField::UnitCost,
         "unit_cost",
         QT_TRANSLATE_NOOP("LotImport", "Cost per unit"),
         true,
         {QStringLiteral("costperunit"), QStringLiteral("unitcost"), QStringLiteral("cost"),
          QStringLiteral("costunit"), QStringLiteral("unitprice")}},
        {ImportField::Supplier,
         "supplier",
         QT_TRANSLATE_NOOP("LotImport", "Supplier"),
         true,
         {QStringLiteral("supplier"), QStringLiteral("suppliername"), QStringLiteral("vendor")}},
        // "Warehouse" before "Location": Lotbook's own export has both, and its
        // location column joins the warehouse and the bin.
        {ImportField::Location,
         "location",
         QT_TRANSLATE_NOOP("LotImport", "Location"),
         true,
         {QStringLiteral("warehouse"), QStringLiteral("location"),
          QStringLiteral("warehousename")}},
        {ImportField::Bin,
         "bin",
         QT_TRANSLATE_NOOP("LotImport", "Bin"),
         false,
         {QStringLiteral("bin"), QStringLiteral("bincode")}},
        {ImportField::Notes,
         "notes",
         QT_TRANSLATE_NOOP("LotImport", "Notes"),
         false,
         {QStringLiteral("notes"), QStringLiteral("note"), QStringLiteral("comments"),
          QStringLiteral("comment"), QStringLiteral("remarks")}},
    };
    return table;
}

const FieldInfo *infoOf(ImportField field)
{
    for (const FieldInfo &info : fieldTable())
        if (info.field == field)
            return &info;
    return nullptr;
}

// Lower case, letters and digits only: "Part #" -> "part", "Best before" -> "bestbefore".
QString normalizedHeader(const QString &text)
{
    QString n;
    const QString folded = text.toCaseFolded();
    n.reserve(folded.size());
    for (QChar c : folded)
        if (c.isLetterOrNumber())
            n += c;
    return n;
}

ImportField fieldOfKey(const QString &key)
{
    for (const FieldInfo &info : fieldTable())
        if (key == QLatin1String(info.key))
            return info.field;
    return ImportField::Ignore;
}

// LotStore's field ids -> the import field whose column shows the problem.
ImportField fieldOfStoreError(const QString &id)
{
    static const QHash<QString, ImportField> map{
        {QStringLiteral("part"), ImportField::PartNumber},
        {QStringLiteral("lot_number"), ImportField::LotNumber},
        {QStringLiteral("received_on"), ImportField::Received},
        {QStringLiteral("expires_on"), ImportField::Expires},
        {QStringLiteral("quantity"), ImportField::Quantity},
        {QStringLiteral("unit_cost"), ImportField::UnitCost},
        {QStringLiteral("supplier"), ImportField::Supplier},
        {QStringLiteral("warehouse"), ImportField::Location},
        {QStringLiteral("bin"), ImportField::Bin},
        {QStringLiteral("notes"), ImportField::Notes},
    };
    return map.value(id, ImportField::Ignore);
}

QString formatHint(DateOrder order)
{
    switch (order) {
    case DateOrder::DayFirst:
        return Text::tr("DD/MM/YYYY, day first");
    case DateOrder::MonthFirst:
        return Text::tr("MM/DD/YYYY, month first");
    case DateOrder::Iso:
        break;
    }
    return Text::tr("YYYY-MM-DD");
}

// "$ 1.25", "1.25 €" -> "1.25": packing lists often carry the currency.
QString withoutCurrency(const QString &text, const QLocale &locale)
{
    QString t = text.trimmed();
    const QStringList symbols{locale.currencySymbol(), QStringLiteral("$"), QStringLiteral("€"),
                              QStringLiteral("£"), QStringLiteral("¥")};
    for (const QString &symbol : symbols) {
        if (symbol.isEmpty())
            continue;
        if (t.startsWith(symbol))
            return t.mid(symbol.size()).trimmed();
        if (t.endsWith(symbol))
            return t.left(t.size() - symbol.size()).trimmed();
    }
    return t;
}

// Collects errors up to a limit and counts the rest.
class ErrorList
{
public:
    ErrorList(ImportReport &report, int limit) : m_report(report), m_limit(qMax(limit, 1)) {}
    void add(qint64 line, const QString &column, const QString &message)
    {
        if (m_report.errors.size() < m_limit)
            m_report.errors.append({line, column, message});
        else
            ++m_report.moreErrors;
    }
    bool any() const { return m_report.errorCount() > 0; }

private:
    ImportReport &m_report;
    int m_limit;
};

// Names already looked up, so a file naming one supplier 100,000 times asks
// the database once. Bounded: a file of unknown names cannot grow it forever.
struct Lookup
{
    qint64 id = 0; // 0: unknown
    QString error; // why, when unknown
};
using LookupCache = QHash<QString, Lookup>;
constexpr qsizetype kMaxCached = 10000;

void remember(LookupCache &cache, const QString &key, const Lookup &lookup)
{
    if (cache.size() >= kMaxCached)
        cache.clear();
    cache.insert(key, lookup);
}

QString missingHint()
{
    return Text::tr(
        "Add it first, or let the import create missing suppliers, warehouses and bins.");
}

// One import run: the file's columns, the caches and the report being built.
class Importer
{
public:
    Importer(Database &db, const ImportOptions &options, ImportReport &report)
        : m_db(db), m_options(options), m_report(report), m_errors(report, options.maxErrors),
          m_parts(db), m_suppliers(db), m_warehouses(db)
    {
        if (!options.sourceName.isEmpty())
            m_note.extraChanges.append(
                {QStringLiteral("source_file"), QVariant(), options.sourceName});
        m_note.action = QStringLiteral("import");
    }

    void run(CsvReader &reader);

private:
    bool setUpMapping();
    void importRow(const CsvRecord &record);
    QString cell(const CsvRecord &record, ImportField field) const;
    QString columnName(ImportField field) const;
    qint64 resolvePart(const QString &number, FieldErrors &errors);
    qint64 resolveSupplier(const QString &name, FieldErrors &errors);
    qint64 resolveWarehouse(const QString &name, FieldErrors &errors);
    qint64 resolveBin(qint64 warehouseId, const QString &warehouseName, const QString &code,
                      FieldErrors &errors);
    void splitLocation(QString &warehouse, QString &bin);
    QString duplicateInFile(const Lot &lot, const QString &partNumber) const;
    bool reportProgress(const CsvReader &reader);

    Database &m_db;
    const ImportOptions &m_options;
    ImportReport &m_report;
    ErrorList m_errors;
    std::optional<LotBulkCreator> m_creator; // while the transaction is open
    bool m_broken = false;                   // a write failed: stop, roll back
    PartStore m_parts;
    SupplierStore m_suppliers;
    WarehouseStore m_warehouses;
    LotAuditNote m_note;
    QList<int> m_column; // by ImportField: the column filling it, or -1
    LookupCache m_partCache, m_supplierCache, m_warehouseCache, m_binCache;
    qint64 m_lastLotIdBefore = 0;
    // Line of each lot this import wrote, in order, to name the first line of
    // a lot number repeated in the file. Capped at 400 KB; past that the
    // message says "earlier in this file" without the line.
    std::vector<qint32> m_lineOfLot;
    static constexpr size_t kMaxLinesKept = 100'000;
};

bool Importer::setUpMapping()
{
    const QStringList &header = m_report.header;
    ColumnMapping mapping = m_options.mapping ? *m_options.mapping : ColumnMapping::guess(header);
    if (mapping.fields.size() != header.size()) {
        m_errors.add(1, {},
                     Text::tr("The column mapping has %1 columns, but the file has %2.")
                         .arg(mapping.fields.size())
                         .arg(header.size()));
        return false;
    }
    for (const auto &[name, field] : m_options.overrides) {
        const QString wanted = normalizedHeader(name);
        qsizetype column = -1;
        for (qsizetype c = 0; c < header.size() && column < 0; ++c)
            if (header.at(c).trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                column = c;
        for (qsizetype c = 0; c < header.size() && column < 0; ++c)
            if (!wanted.isEmpty() && normalizedHeader(header.at(c)) == wanted)
                column = c;
        if (column < 0) {
            m_errors.add(1, name.trimmed(),
                         Text::tr("The file has no column \"%1\" to map; its columns are: %2.")
                             .arg(name.trimmed(), header.join(QStringLiteral(", "))));
            continue;
        }
        // The column given wins over a column that was guessed for the same field.
        if (field != ImportField::Ignore)
            for (ImportField &f : mapping.fields)
                if (f == field)
                    f = ImportField::Ignore;
        mapping.fields[column] = field;
    }
    m_report.mapping = mapping;
    for (const FieldError &e : mapping.problems())
        m_errors.add(1, {}, e.message);
    if (m_errors.any())
        return false;
    m_column = QList<int>(int(ImportField::Notes) + 1, -1);
    for (qsizetype c = 0; c < mapping.fields.size(); ++c)
        if (mapping.fields.at(c) != ImportField::Ignore)
            m_column[int(mapping.fields.at(c))] = int(c);
    return true;
}

QString Importer::cell(const CsvRecord &record, ImportField field) const
{
    const int column = m_column.value(int(field), -1);
    return column < 0 ? QString() : record.fields.value(column).trimmed();
}

QString Importer::columnName(ImportField field) const
{
    const int column = m_column.value(int(field), -1);
    if (column >= 0)
        return m_report.header.value(column).trimmed();
    return field == ImportField::Ignore ? QString() : importFieldLabel(field);
}

qint64 Importer::resolvePart(const QString &number, FieldErrors &errors)
{
    const QString key = normalizedKey(number);
    auto it = m_partCache.constFind(key);
    if (it == m_partCache.constEnd()) {
        const Result<Part> found = m_parts.findByNumber(number);
        remember(m_partCache, key,
                 found ? Lookup{found.value().id, {}} : Lookup{0, found.message()});
        it = m_partCache.constFind(key);
    }
    if (!it->id)
        errors.append({importFieldKey(ImportField::PartNumber), it->error});
    return it->id;
}

qint64 Importer::resolveSupplier(const QString &name, FieldErrors &errors)
{
    const QString key = normalizedKey(name);
    auto it = m_supplierCache.constFind(key);
    if (it == m_supplierCache.constEnd()) {
        Result<Supplier> found = m_suppliers.findByName(name);
        if (!found && m_options.createMissing) {
            Supplier s;
            s.name = name;
            found = m_suppliers.create(s);
            if (found)
                m_report.createdSuppliers << found.value().name;
        } else if (!found) {
            found =
                Result<Supplier>::failure({}, found.message() + QLatin1Char(' ') + missingHint());
        }
        remember(m_supplierCache, key,
                 found ? Lookup{found.value().id, {}} : Lookup{0, found.message()});
        it = m_supplierCache.constFind(key);
    }
    if (!it->id)
        errors.append({importFieldKey(ImportField::Supplier), it->error});
    return it->id;
}

qint64 Importer::resolveWarehouse(const QString &name, FieldErrors &errors)
{
    const QString key = normalizedKey(name);
    auto it = m_warehouseCache.constFind(key);
    if (it == m_warehouseCache.constEnd()) {
        Result<Warehouse> found = m_warehouses.findByName(name);
        if (!found && m_options.createMissing) {
            Warehouse w;
            w.name = name;
            found = m_warehouses.create(w);
            if (found)
                m_report.createdWarehouses << found.value().name;
        } else if (!found) {
            found =
                Result<Warehouse>::failure({}, found.message() + QLatin1Char(' ') + missingHint());
        }
        remember(m_warehouseCache, key,
                 found ? Lookup{found.value().id, {}} : Lookup{0, found.message()});
        it = m_warehouseCache.constFind(key);
    }
    if (!it->id)
        errors.append({importFieldKey(ImportField::Location), it->error});
    return it->id;
}

qint64 Importer::resolveBin(qint64 warehouseId, const QString &warehouseName, const QString &code,
                            FieldErrors &errors)
{
    const QString key = QString::number(warehouseId) + QLatin1Char('/') + normalizedKey(code);
    auto it = m_binCache.constFind(key);
    if (it == m_binCache.constEnd()) {
        Result<Bin> found = m_warehouses.findBin(warehouseId, code);
        if (!found && m_options.createMissing) {
            Bin b;
            b.warehouseId = warehouseId;
            b.code = code;
            found = m_warehouses.createBin(b);
            if (found)
                m_report.createdBins << warehouseName + QStringLiteral(" / ") + found.value().code;
        } else if (!found) {
            found = Result<Bin>::failure({}, found.message() + QLatin1Char(' ') + missingHint());
        }
        remember(m_binCache, key,
                 found ? Lookup{found.value().id, {}} : Lookup{0, found.message()});
        it = m_binCache.constFind(key);
    }
    if (!it->id)
        errors.append({importFieldKey(ImportField::Bin), it->error});
    return it->id;
}

// Lotbook's own lists show a location as "Warehouse — Bin". Such a value,
// with no bin of its own and no warehouse of that whole name, is read as both.
void Importer::splitLocation(QString &warehouse, QString &bin)
{
    static const QString separator = QStringLiteral(" \u2014 ");
    const qsizetype at = warehouse.lastIndexOf(separator);
    if (at <= 0 || !bin.isEmpty())
        return;
    const QString key = normalizedKey(warehouse);
    auto it = m_warehouseCache.constFind(key);
    if (it != m_warehouseCache.constEnd() ? it->id != 0 : bool(m_warehouses.findByName(warehouse)))
        return;
    bin = warehouse.mid(at + separator.size()).trimmed();
    warehouse = warehouse.left(at).trimmed();
}

// When the lot number clashes with a lot this import wrote: the message for a
// number repeated in the file, naming the earlier line when it is known.
QString Importer::duplicateInFile(const Lot &lot, const QString &partNumber) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!exec(q, QStringLiteral("SELECT id FROM lot WHERE part_id = ? AND lot_key = ?"),
              {lot.partId, normalizedKey(lot.lotNumber)},
              QT_TRANSLATE_NOOP("SqlError", "checking a repeated lot number")) ||
        !q.next())
        return {};
    const qint64 id = q.value(0).toLongLong();
    if (id <= m_lastLotIdBefore)
        return {};
    // Lots are written in the order their rows came: the earlier row is the
    // one after as many of this import's lots as were written before it.
    if (!exec(q, QStringLiteral("SELECT COUNT(*) FROM lot WHERE id > ? AND id < ?"),
              {m_lastLotIdBefore, id},
              QT_TRANSLATE_NOOP("SqlError", "checking a repeated lot number")) ||
        !q.next())
        return {};
    const qint64 index = q.value(0).toLongLong();
    if (index < qint64(m_lineOfLot.size()))
        return Text::tr("Lot number \"%1\" of part %2 is already on line %3 of this file.")
            .arg(lot.lotNumber.trimmed(), partNumber)
            .arg(m_lineOfLot[size_t(index)]);
    return Text::tr("Lot number \"%1\" of part %2 appears earlier in this file.")
        .arg(lot.lotNumber.trimmed(), partNumber);
}

void Importer::importRow(const CsvRecord &record)
{
    FieldErrors errors; // ids: import field keys
    auto fail = [&errors](ImportField field, const FieldErrors &found) {
        for (const FieldError &e : found)
            errors.append({importFieldKey(field), e.message});
    };
    const QLocale &locale = m_options.locale;
    Lot lot;

    const QString partNumber = cell(record, ImportField::PartNumber);
    if (partNumber.isEmpty())
        errors.append(
            {importFieldKey(ImportField::PartNumber), Text::tr("Part number is required.")});
    else
        lot.partId = resolvePart(partNumber, errors);
    lot.lotNumber = CsvWriter::restoreNeutralised(cell(record, ImportField::LotNumber));

    const QString received = cell(record, ImportField::Received);
    if (!received.isEmpty()) {
        const Result<QDate> date =
            parseImportDate(received, m_options.dateOrder, QStringLiteral("received"),
                            importFieldLabel(ImportField::Received));
        if (date)
            lot.received = date.value();
        else
            fail(ImportField::Received, date.errors());
    }
    const QString expires = cell(record, ImportField::Expires);
    if (!expires.isEmpty()) {
        const Result<QDate> date =
            parseImportDate(expires, m_options.dateOrder, QStringLiteral("expires"),
                            importFieldLabel(ImportField::Expires));
        if (date)
            lot.expires = date.value();
        else
            fail(ImportField::Expires, date.errors());
    }
    const Result<qint64> quantity = parseQuantity(cell(record, ImportField::Quantity), locale);
    if (quantity)
        lot.quantity = quantity.value();
    else
        fail(ImportField::Quantity, quantity.errors());
    const Result<MoneyUnits> cost =
        parseMoney(withoutCurrency(cell(record, ImportField::UnitCost), locale), locale,
                   QStringLiteral("unit_cost"), importFieldLabel(ImportField::UnitCost));
    if (cost)
        lot.unitCost = cost.value();
    else
        fail(ImportField::UnitCost, cost.errors());

    const QString supplier = CsvWriter::restoreNeutralised(cell(record, ImportField::Supplier));
    if (supplier.isEmpty())
        errors.append({importFieldKey(ImportField::Supplier), Text::tr("Supplier is required.")});
    else
        lot.supplierId = resolveSupplier(supplier, errors);
    QString warehouse = CsvWriter::restoreNeutralised(cell(record, ImportField::Location));
    QString bin = CsvWriter::restoreNeutralised(cell(record, ImportField::Bin));
    splitLocation(warehouse, bin);
    if (warehouse.isEmpty())
        errors.append({importFieldKey(ImportField::Location),
                       Text::tr("Location is required: name the warehouse.")});
    else
        lot.warehouseId = resolveWarehouse(warehouse, errors);
    if (!bin.isEmpty() && lot.warehouseId)
        lot.binId = resolveBin(lot.warehouseId, warehouse, bin, errors);
    lot.notes = CsvWriter::restoreNeutralised(cell(record, ImportField::Notes));

    // Text that did not parse is reported by its parser; every other broken
    // rule by LotStore, exactly as in the Lot dialog.
    FieldErrors ruleErrors;
    if (errors.isEmpty()) {
        const Status created = m_creator->create(lot);
        if (created) {
            ++m_report.lots;
            if (m_lineOfLot.size() < kMaxLinesKept)
                m_lineOfLot.push_back(qint32(qMin<qint64>(record.line, INT32_MAX)));
            return;
        }
        ruleErrors = created.errors();
    } else {
        ruleErrors = m_creator->validate(lot);
    }
    if (m_creator->writeFailed()) {
        m_broken = true;
        for (const FieldError &e : std::as_const(ruleErrors))
            m_errors.add(record.line, {}, e.message);
        return;
    }
    auto flagged = [&errors](const QString &key) {
        for (const FieldError &e : errors)
            if (e.field == key)
                return true;
        return false;
    };
    for (const FieldError &e : std::as_const(ruleErrors)) {
        const ImportField field = fieldOfStoreError(e.field);
        const QString key = field == ImportField::Ignore ? QString() : importFieldKey(field);
        if (!key.isEmpty() && flagged(key))
            continue; // already said why (unparsable text, unknown name)
        QString message = e.message;
        if (field == ImportField::LotNumber && lot.partId) {
            const QString repeated = duplicateInFile(lot, partNumber);
            if (!repeated.isEmpty())
                message = repeated;
        }
        errors.append({key, message});
    }
    for (const FieldError &e : std::as_const(errors))
        m_errors.add(record.line, columnName(fieldOfKey(e.field)), e.message);
}

bool Importer::reportProgress(const CsvReader &reader)
{
    return !m_options.progress || m_options.progress(m_report.rows, reader.bytesRead());
}

void Importer::run(CsvReader &reader)
{
    if (reader.readHeader() != CsvReader::Status::Record) {
        m_errors.add(reader.error().line, {}, reader.error().message);
        return;
    }
    m_report.header = reader.header();
    m_report.delimiter = reader.delimiter();
    if (!setUpMapping())
        return;
    if (m_db.isReadOnly()) {
        m_errors.add(0, {}, Text::tr("This database is open read-only; nothing can be imported."));
        return;
    }

    Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        for (const FieldError &e : tx.beginStatus().errors())
            m_errors.add(0, {}, e.message);
        return;
    }
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (Status s = exec(q, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM lot"), {},
                            QT_TRANSLATE_NOOP("SqlError", "reading the newest lot"));
            !s || !q.next()) {
            for (const FieldError &e : s.errors())
                m_errors.add(0, {}, e.message);
            return;
        }
        m_lastLotIdBefore = q.value(0).toLongLong();
    }
    m_creator.emplace(m_db, m_note, QDate::currentDate());
    // Its statements go before the guard rolls back or commits.
    const auto dropCreator = qScopeGuard([this] { m_creator.reset(); });

    CsvRecord record;
    const int every = qMax(m_options.progressEvery, 1);
    for (;;) {
        const CsvReader::Status status = reader.next(record);
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Failed) {
            m_errors.add(reader.error().line, {}, reader.error().message);
            break;
        }
        ++m_report.rows;
        if (status == CsvReader::Status::BadRecord)
            m_errors.add(reader.error().line, {}, reader.error().message);
        else
            importRow(record);
        if (m_broken)
            return; // the guard rolls back
        if (m_report.rows % every == 0 && !reportProgress(reader)) {
            m_report.outcome = ImportReport::Outcome::Cancelled;
            return; // the guard rolls back
        }
    }
    if (m_report.rows == 0 && !m_errors.any())
        m_errors.add(
            reader.currentLine(), {},
            Text::tr("The file has a header but no rows below it: there is nothing to import."));
    if (!reportProgress(reader)) {
        m_report.outcome = ImportReport::Outcome::Cancelled;
        return;
    }
    // The last lots, so that a dry run meets every failure an import would.
    if (Status s = m_creator->flush(); !s && m_creator->writeFailed()) {
        for (const FieldError &e : s.errors())
            m_errors.add(0, {}, e.message);
        return;
    }
    if (m_errors.any())
        return; // Refused: the guard rolls back everything, lots and created entries
    if (m_options.dryRun) {
        m_report.outcome = ImportReport::Outcome::Validated;
        return; // rolled back: a dry run writes nothing
    }
    m_creator.reset();
    if (Status s = tx.commit(); !s) {
        for (const FieldError &e : s.errors())
            m_errors.add(0, {}, e.message);
        return;
    }
    m_report.outcome = ImportReport::Outcome::Imported;
}
} // namespace

QList<ImportField> importFields()
{
    QList<ImportField> fields;
    for (const FieldInfo &info : fieldTable())
        fields << info.field;
    return fields;
}

QString importFieldKey(ImportField field)
{
    const FieldInfo *info = infoOf(field);
    return info ? QString::fromLatin1(info->key) : QStringLiteral("ignore");
}

QString importFieldLabel(ImportField field)
{
    const FieldInfo *info = infoOf(field);
    return info ? Text::tr(info->label) : Text::tr("(not imported)");
}

bool importFieldRequired(ImportField field)
{
    const FieldInfo *info = infoOf(field);
    return info && info->required;
}

// The headers Lotbook's own lot lists write when exported (ui/LotTableModel,
// ui/ListExport), looked up in this session's language: a list exported in
// German imports back in German.
struct ExportHeader
{
    const char *context;
    const char *text;
    ImportField field;
};
constexpr ExportHeader kExportHeaders[] = {
    {"lotbook::LotTableModel", QT_TRANSLATE_NOOP("lotbook::LotTableModel", "Part #"),
     ImportField::PartNumber},
    {"lotbook::LotTableModel", QT_TRANSLATE_NOOP("lotbook::LotTableModel", "Lot number"),
     ImportField::LotNumber},
    {"lotbook::LotTableModel", QT_TRANSLATE_NOOP("lotbook::LotTableModel", "Received"),
     ImportField::Received},
    {"lotbook::LotTableModel", QT_TRANSLATE_NOOP("lotbook::LotTableModel", "Expires"),
     ImportField::Expires},
    {"lotbook::LotTableModel", QT_TRANSLATE_NOOP("lotbook::LotTableModel", "Qty received"),
     ImportField::Quantity},
    {"lotbook::LotTableModel", QT_TRANSLATE_NOOP("lotbook::LotTableModel", "Cost/unit"),
     ImportField::UnitCost},
    {"lotbook::LotTableModel", QT_TRANSLATE_NOOP("lotbook::LotTableModel", "Supplier"),
     ImportField::Supplier},
    {"lotbook::LotTableModel", QT_TRANSLATE_NOOP("lotbook::LotTableModel", "Location"),
     ImportField::Location},
    {"ListExport", QT_TRANSLATE_NOOP("ListExport", "Notes"), ImportField::Notes},
};

ImportField fieldForHeader(const QString &header, int *rank)
{
    const QString n = normalizedHeader(header);
    for (const FieldInfo &info : fieldTable()) {
        const qsizetype i = info.names.indexOf(n);
        if (i >= 0) {
            if (rank)
                *rank = int(i);
            return info.field;
        }
    }
    for (const ExportHeader &h : kExportHeaders) {
        if (normalizedHeader(QCoreApplication::translate(h.context, h.text)) == n) {
            if (rank)
                *rank = 100; // after every English name
            return h.field;
        }
    }
    return ImportField::Ignore;
}

std::optional<ImportField> parseImportField(const QString &text)
{
    const QString n = normalizedHeader(text);
    if (n == QLatin1String("ignore") || n == QLatin1String("none") || n == QLatin1String("skip"))
        return ImportField::Ignore;
    for (const FieldInfo &info : fieldTable())
        if (normalizedHeader(Text::tr(info.label)) == n)
            return info.field;
    const ImportField field = fieldForHeader(text);
    if (field == ImportField::Ignore)
        return std::nullopt;
    return field;
}

std::optional<DateOrder> parseDateOrder(const QString &text)
{
    const QString n = normalizedHeader(text);
    if (n == QLatin1String("iso"))
        return DateOrder::Iso;
    if (n == QLatin1String("dayfirst") || n == QLatin1String("dmy"))
        return DateOrder::DayFirst;
    if (n == QLatin1String("monthfirst") || n == QLatin1String("mdy"))
        return DateOrder::MonthFirst;
    return std::nullopt;
}

QString dateOrderKey(DateOrder order)
{
    switch (order) {
    case DateOrder::DayFirst:
        return QStringLiteral("day-first");
    case DateOrder::MonthFirst:
        return QStringLiteral("month-first");
    case DateOrder::Iso:
        break;
    }
    return QStringLiteral("iso");
}

Result<QDate> parseImportDate(const QString &text, DateOrder order, const QString &field,
                              const QString &label)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Result<QDate>::failure(field, Text::tr("%1 is required.").arg(label));
    // Three numbers with - / . between them, then optionally a time of day.
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{1,4})([-/.])(\\d{1,2})\\2(\\d{1,4})"
        "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$"));
    const QRegularExpressionMatch m = re.match(t);
    int year = 0, month = 0, day = 0;
    bool understood = false;
    if (m.hasMatch()) {
        const QString a = m.captured(1), b = m.captured(3), c = m.captured(4);
        if (a.size() == 4 && c.size() <= 2) {
            year = a.toInt();
            month = b.toInt();
            day = c.toInt();
            understood = true;
        } else if (order != DateOrder::Iso && a.size() <= 2 && (c.size() == 4 || c.size() == 2)) {
            year = c.size() == 2 ? 2000 + c.toInt() : c.toInt();
            day = order == DateOrder::DayFirst ? a.toInt() : b.toInt();
            month = order == DateOrder::DayFirst ? b.toInt() : a.toInt();
            understood = true;
        }
    }
    if (!understood) {
        if (order == DateOrder::Iso && m.hasMatch())
            return Result<QDate>::failure(
                field, Text::tr("%1 \"%2\" is not written YYYY-MM-DD; for dates such as 05/03/2024 "
                                "choose day-first or month-first dates.")
                           .arg(label, t));
        return Result<QDate>::failure(
            field,
            Text::tr("%1 \"%2\" is not a date written %3.").arg(label, t, formatHint(order)));
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return Result<QDate>::failure(field, Text::tr("%1 \"%2\" is not a real date (read as %3).")
                                                 .arg(label, t, formatHint(order)));
    return date;
}

ColumnMapping ColumnMapping::guess(const QStringList &header)
{
    ColumnMapping mapping;
    QHash<int, QPair<int, qsizetype>> best; // field -> (rank, column)
    for (qsizetype c = 0; c < header.size(); ++c) {
        int rank = 0;
        const ImportField field = fieldForHeader(header.at(c), &rank);
        mapping.fields << field;
        if (field == ImportField::Ignore)
            continue;
        const auto it = best.constFind(int(field));
        if (it == best.constEnd() || rank < it->first)
            best.insert(int(field), {rank, c});
    }
    for (qsizetype c = 0; c < mapping.fields.size(); ++c) {
        const ImportField field = mapping.fields.at(c);
        if (field != ImportField::Ignore && best.value(int(field)).second != c)
            mapping.fields[c] = ImportField::Ignore;
    }
    return mapping;
}

int ColumnMapping::columnOf(ImportField field) const
{
    return field == ImportField::Ignore ? -1 : int(fields.indexOf(field));
}

FieldErrors ColumnMapping::problems() const
{
    FieldErrors errors;
    for (const FieldInfo &info : fieldTable()) {
        const qsizetype count = fields.count(info.field);
        if (count == 0 && info.required)
            errors.append(
                {QString::fromLatin1(info.key),
                 Text::tr("No column gives the %1, which every lot needs: map a column to it.")
                     .arg(Text::tr(info.label))});
        else if (count > 1)
            errors.append({QString::fromLatin1(info.key),
                           Text::tr("%1 columns are mapped to %2; map only one.")
                               .arg(count)
                               .arg(Text::tr(info.label))});
    }
    return errors;
}

LotImport::LotImport(Database &db) : m_db(db) {}

ImportPreview LotImport::preview(QIODevice &device, int maxRows)
{
    ImportPreview preview;
    CsvReader reader(device);
    if (reader.readHeader() != CsvReader::Status::Record) {
        preview.error = reader.error();
        return preview;
    }
    preview.header = reader.header();
    preview.delimiter = reader.delimiter();
    preview.mapping = ColumnMapping::guess(preview.header);
    CsvRecord record;
    while (preview.rows.size() < maxRows) {
        const CsvReader::Status status = reader.next(record);
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Failed) {
            preview.error = reader.error();
            break;
        }
        if (status == CsvReader::Status::BadRecord)
            preview.rowErrors << reader.error();
        preview.rows << record;
    }
    return preview;
}

ImportPreview LotImport::previewFile(const QString &path, int maxRows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportPreview preview;
        preview.error = {CsvError::Kind::Read, 0,
                         Text::tr("Could not open %1: %2").arg(path, file.errorString())};
        return preview;
    }
    return preview(file, maxRows);
}

ImportReport LotImport::run(QIODevice &device, const ImportOptions &options)
{
    ImportReport report;
    CsvReader reader(device);
    Importer importer(m_db, options, report);
    importer.run(reader);
    if (!report.ok())
        report.lots = 0; // nothing was written
    return report;
}

ImportReport LotImport::runFile(const QString &path, ImportOptions options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.errors.append(
            {0, {}, Text::tr("Could not open %1: %2").arg(path, file.errorString())});
        return report;
    }
    if (options.sourceName.isEmpty())
        options.sourceName = QFileInfo(path).fileName();
    return run(file, options);
}

} // namespace lotbook
