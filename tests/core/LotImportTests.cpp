// LotImport against a real database file: header variants and mapping
// overrides, date orders and amounts, every validation rule reported with its
// line and column, create-missing, duplicates within the file and against the
// database, all or nothing (a bad last row changes nothing, not even the audit
// chain), dry run, cancellation, the error cap, audit events naming the file,
// and every kind of bad file refused with nothing written.
#include "ImportErrors.h"
#include "LotFixture.h"
#include "LotImport.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

using namespace lotbook;
using namespace lotbook::test;

namespace {

const QByteArray kHeader = "Part number,Lot number,Received date,Expiration date,Quantity "
                           "received,Cost per unit,Supplier,Location,Bin,Notes\n";

ImportReport importBytes(Database &db, const QByteArray &bytes, ImportOptions options = {})
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    if (options.sourceName.isEmpty())
        options.sourceName = QStringLiteral("packing.csv");
    return LotImport(db).run(buffer, options);
}

// (line, column) of every error, in order.
using Places = std::vector<std::pair<qint64, std::string>>;
Places places(const ImportReport &report)
{
    Places out;
    for (const ImportError &e : report.errors)
        out.emplace_back(e.line, e.column.toStdString());
    return out;
}

void requireImported(const ImportReport &report)
{
    INFO(errorText(report));
    REQUIRE(report.outcome == ImportReport::Outcome::Imported);
    REQUIRE(report.errors.isEmpty());
}

// Everything an import may touch, to prove a refused one changed nothing.
struct Snapshot
{
    qint64 lots = 0, events = 0, suppliers = 0, warehouses = 0, bins = 0;
    QString newestHash;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(Database &db)
{
    Snapshot s;
    s.lots = countRows(db, QStringLiteral("lot"));
    s.events = countRows(db, QStringLiteral("audit_event"));
    s.suppliers = countRows(db, QStringLiteral("supplier"));
    s.warehouses = countRows(db, QStringLiteral("warehouse"));
    s.bins = countRows(db, QStringLiteral("bin"));
    const Result<AuditVerification> v = AuditLog::verify(db);
    REQUIRE(v.ok());
    REQUIRE(v.value().intact);
    REQUIRE(v.value().count == s.events);
    s.newestHash = v.value().newestHash;
    return s;
}

QString message(const ImportReport &report, qint64 line)
{
    for (const ImportError &e : report.errors)
        if (e.line == line)
            return e.message;
    return {};
}

QByteArray futureDay()
{
    return QDate::currentDate().addDays(5).toString(Qt::ISODate).toUtf8();
}

} // namespace

TEST_CASE("Import: header variants are matched ignoring case spaces and punctuation",
          "[core][import]")
{
    const std::vector<std::pair<const char *, ImportField>> cases{
        {"Part number", ImportField::PartNumber},
        {"Part #", ImportField::PartNumber},
        {"PN", ImportField::PartNumber},
        {"part_number", ImportField::PartNumber},
        {"Lot number", ImportField::LotNumber},
        {"Lot", ImportField::LotNumber},
        {"Batch", ImportField::LotNumber},
        {"BATCH CODE", ImportField::LotNumber},
        {"Received date", ImportField::Received},
        {"Received", ImportField::Received},
        {"Expiration date", ImportField::Expires},
        {"Expiry", ImportField::Expires},
        {"Expires", ImportField::Expires},
        {"Best before", ImportField::Expires},
        {"Quantity received", ImportField::Quantity},
        {"Qty.", ImportField::Quantity},
        {"Quantity", ImportField::Quantity},
        {"Cost per unit", ImportField::UnitCost},
        {"Unit cost", ImportField::UnitCost},
        {"Cost", ImportField::UnitCost},
        {"Supplier", ImportField::Supplier},
        {"Location", ImportField::Location},
        {"Warehouse", ImportField::Location},
        {" Bin ", ImportField::Bin},
        {"Notes", ImportField::Notes},
        {"Colour", ImportField::Ignore},
        {"", ImportField::Ignore},
    };
    for (const auto &[header, field] : cases) {
        INFO(header);
        CHECK(fieldForHeader(QString::fromUtf8(header)) == field);
    }

    SECTION("when two columns name one field the closer name wins")
    {
        const ColumnMapping m =
            ColumnMapping::guess({QStringLiteral("Qty"), QStringLiteral("Quantity received"),
                                  QStringLiteral("location"), QStringLiteral("warehouse")});
        CHECK(m.fields == QList<ImportField>{ImportField::Ignore, ImportField::Quantity,
                                             ImportField::Ignore, ImportField::Location});
    }
    SECTION("a missing required field is a mapping problem")
    {
        const ColumnMapping m =
            ColumnMapping::guess({QStringLiteral("Part"), QStringLiteral("Lot")});
        const FieldErrors problems = m.problems();
        CHECK(fieldsOf(problems) ==
              Names{"received", "quantity", "unit_cost", "supplier", "location"});
    }
}

TEST_CASE("Import: a packing list with header variants imports every lot with its fields",
          "[core][import]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const QByteArray csv = "\xEF\xBB\xBFPN;Batch code;Received;Best before;Qty;Unit cost;Vendor;"
                           "Warehouse;Bin;Remarks;Colour\r\n"
                           "pn-1 ; B-100 ;2024-01-10;2025-06-30;1,200;0.0025;acme;main;a-1;"
                           "\"fragile; keep \"\"dry\"\"\nsecond line\";red\r\n"
                           "PN-2;B-200;2024-01-11;;5;$3.50;Bolt Supply;Cold room;;;blue\r\n";
    const ImportReport r = importBytes(tmp.db(), csv);
    requireImported(r);
    CHECK(r.rows == 2);
    CHECK(r.lots == 2);
    CHECK(r.delimiter == ';');

    const Lot a = w.lots.find(w.part.id, QStringLiteral("B-100")).value();
    CHECK(a.received == QDate(2024, 1, 10));
    CHECK(a.expires == QDate(2025, 6, 30));
    CHECK(a.quantity == 1200);
    CHECK(a.unitCost == 25);
    CHECK(a.supplierId == w.acme.id);
    CHECK(a.warehouseId == w.main.id);
    CHECK(a.binId == w.mainA1.id);
    CHECK(a.notes.toStdString() == "fragile; keep \"dry\"\nsecond line");

    const Lot b = w.lots.find(w.otherPart.id, QStringLiteral("B-200")).value();
    CHECK_FALSE(b.expires.isValid());
    CHECK(b.unitCost == 35000);
    CHECK(b.supplierId == w.bolt.id);
    CHECK(b.warehouseId == w.cold.id);
    CHECK(b.binId == 0);
}

TEST_CASE("Import: each imported lot has an import audit event naming the file",
          "[core][import][audit]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const QString path = tmp.file(QStringLiteral("March packing list.csv"));
    writeFile(path, kHeader + "PN-1,L-1,2024-01-10,,10,1.25,Acme,Main,A-1,\n"
                              "PN-2,L-2,2024-01-10,,3,0,Bolt Supply,Main,,\n");
    const qsizetype before = allEvents(tmp.db()).size();
    requireImported(LotImport(tmp.db()).runFile(path, {}));

    const QList<AuditEvent> events = allEvents(tmp.db()).mid(before);
    REQUIRE(events.size() == 2);
    CHECK(events.at(0).entityKey == QLatin1String("PN-1/L-1"));
    CHECK(events.at(1).entityKey == QLatin1String("PN-2/L-2"));
    for (const AuditEvent &e : events) {
        CHECK(e.action == QLatin1String("import"));
        CHECK(e.entity == QLatin1String("lot"));
        CHECK(changeOf(e, QStringLiteral("source_file")).newValue.toString() ==
              QLatin1String("March packing list.csv"));
        CHECK(changeOf(e, QStringLiteral("lot_number"))
                  .newValue.toString()
                  .startsWith(QLatin1String("L-")));
    }
    CHECK(AuditLog::verify(tmp.db()).value().intact);
}

TEST_CASE("Import: a lot is written and audited exactly as the Lot dialog writes it",
          "[core][import][audit]")
{
    TempDb tmp;
    tmp.db().setUserName(QStringLiteral("clerk"));
    LotWorld w(tmp.db());
    Lot typed = w.draft(QStringLiteral("TYPED"));
    typed.notes = QStringLiteral("checked");
    const Lot byHand = w.create(typed);
    const qsizetype before = allEvents(tmp.db()).size();
    requireImported(importBytes(
        tmp.db(), kHeader + "PN-1,IMPORTED,2024-01-10,2025-01-10,10,1.25,Acme,Main,A-1,checked\n"));
    const Lot imported = w.lots.find(w.part.id, QStringLiteral("IMPORTED")).value();

    CHECK(imported.received == byHand.received);
    CHECK(imported.expires == byHand.expires);
    CHECK(imported.quantity == byHand.quantity);
    CHECK(imported.unitCost == byHand.unitCost);
    CHECK(imported.supplierId == byHand.supplierId);
    CHECK(imported.warehouseId == byHand.warehouseId);
    CHECK(imported.binId == byHand.binId);
    CHECK(imported.notes == byHand.notes);
    CHECK(imported.status == LotStatus::Active);
    CHECK(imported.version == 1);
    CHECK(imported.createdBy == QLatin1String("clerk"));
    CHECK(imported.updatedBy == QLatin1String("clerk"));

    const QList<AuditEvent> events = allEvents(tmp.db());
    const AuditEvent &handEvent = events.at(before - 1);
    const AuditEvent &importEvent = events.at(before);
    CHECK(handEvent.action == QLatin1String("create"));
    CHECK(importEvent.action == QLatin1String("import"));
    CHECK(importEvent.user == QLatin1String("clerk"));
    CHECK(importEvent.entityId == imported.id);
    CHECK(importEvent.entityKey == QLatin1String("PN-1/IMPORTED"));
    // The same fields with the same values, plus the file it came from.
    Names expectedFields = fieldsOf(handEvent);
    expectedFields.push_back("source_file");
    CHECK(fieldsOf(importEvent) == expectedFields);
    for (const FieldChange &c : handEvent.changes) {
        INFO(c.field.toStdString());
        if (c.field != QLatin1String("lot_number"))
            CHECK(changeOf(importEvent, c.field).newValue == c.newValue);
    }
    CHECK(changeOf(importEvent, QStringLiteral("source_file")).newValue.toString() ==
          QLatin1String("packing.csv"));
}

TEST_CASE("Import: each validation error is reported with its line and column",
          "[core][import][validation]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    Supplier gone =
        w.suppliers.create({0, QStringLiteral("Gone Ltd"), {}, {}, {}, {}, true}).value();
    REQUIRE(w.suppliers.setActive(gone.id, false).ok());
    const Snapshot before = snapshot(tmp.db());

    const QByteArray csv =
        kHeader +                                                      // line 1
        "PN-1,OK-1,2024-01-10,2025-01-10,10,1.25,Acme,Main,A-1,fine\n" // 2: valid
        "PN-9,L3,2024-01-10,,10,1.25,Acme,Main,,\n"                    // 3: unknown part
        "PN-X,L4,2024-01-10,,10,1.25,Acme,Main,,\n"                    // 4: untracked
        "PN-1,,2024-01-10,,10,1.25,Acme,Main,,\n"                      // 5: no lot number
        "PN-1,L6," +
        futureDay() +
        ",,10,1.25,Acme,Main,,\n"                             // 6: future
        "PN-1,L7,2024-01-10,2023-12-31,10,1.25,Acme,Main,,\n" // 7: expiry before
        "PN-1,L8,2024-01-10,,0,1.25,Acme,Main,,\n"            // 8: qty 0
        "PN-1,L9,2024-01-10,,ten,1.25,Acme,Main,,\n"          // 9: qty text
        "PN-1,L10,2024-01-10,,10,-1.5,Acme,Main,,\n"          // 10: negative
        "PN-1,L11,2024-01-10,,10,abc,Acme,Main,,\n"           // 11: cost text
        "PN-1,L12,2024-01-10,,10,1.25,Nobody,Main,,\n"        // 12: supplier
        "PN-1,L13,2024-01-10,,10,1.25,Acme,Attic,,\n"         // 13: warehouse
        "PN-1,L14,2024-01-10,,10,1.25,Acme,Main,B-1,\n"       // 14: bin elsewhere
        "PN-1,L15,10/01/2024,,10,1.25,Acme,Main,,\n"          // 15: date order
        "PN-1,L16,2024-01-10,,10,1.25,,Main,,\n"              // 16: no supplier
        "PN-1,L17,,,10,1.25,Acme,Main,,\n"                    // 17: no date
        "PN-1,ok-1 ,2024-01-10,,10,1.25,Acme,Main,,\n"        // 18: repeated
        "PN-1," +
        QByteArray(65, 'X') +
        ",2024-01-10,,10,1.25,Acme,Main,,\n"             // 19: too long
        "PN-1,L20,2024-01-10,,10,1.25,Gone Ltd,Main,,\n" // 20: deactivated
        "PN-1,L21,2024-02-30,,10,1.25,Acme,Main,,\n"     // 21: no such day
        "PN-1,L22,2024-01-10,,10,1.25,Acme,,,\n";        // 22: no warehouse
    const ImportReport r = importBytes(tmp.db(), csv);
    INFO(errorText(r));
    CHECK(r.outcome == ImportReport::Outcome::Refused);
    CHECK(r.rows == 21);
    CHECK(r.lots == 0);
    CHECK(places(r) ==
          Places{{3, "Part number"},       {4, "Part number"},     {5, "Lot number"},
                 {6, "Received date"},     {7, "Expiration date"}, {8, "Quantity received"},
                 {9, "Quantity received"}, {10, "Cost per unit"},  {11, "Cost per unit"},
                 {12, "Supplier"},         {13, "Location"},       {14, "Bin"},
                 {15, "Received date"},    {16, "Supplier"},       {17, "Received date"},
                 {18, "Lot number"},       {19, "Lot number"},     {20, "Supplier"},
                 {21, "Received date"},    {22, "Location"}});
    CHECK(message(r, 3).contains(QStringLiteral("no part with part number \"PN-9\"")));
    CHECK(message(r, 4).contains(QStringLiteral("does not track lots")));
    CHECK(message(r, 5) == QStringLiteral("Lot number is required."));
    CHECK(message(r, 6).contains(QStringLiteral("in the future")));
    CHECK(message(r, 7) == QStringLiteral("Expiration date is before the received date."));
    CHECK(message(r, 8).contains(QStringLiteral("greater than 0")));
    CHECK(message(r, 12).contains(QStringLiteral("\"Nobody\"")));
    CHECK(message(r, 13).contains(QStringLiteral("\"Attic\"")));
    CHECK(message(r, 14).contains(QStringLiteral("B-1")));
    CHECK(message(r, 15).contains(QStringLiteral("day-first")));
    CHECK(message(r, 16) == QStringLiteral("Supplier is required."));
    CHECK(message(r, 17) == QStringLiteral("Received date is required."));
    CHECK(message(r, 18).toStdString() ==
          "Lot number \"ok-1\" of part PN-1 is already on line 2 of this file.");
    CHECK(message(r, 19).contains(QStringLiteral("64")));
    CHECK(message(r, 20).contains(QStringLiteral("deactivated")));
    // Nothing was written, not even the valid row 2.
    CHECK(snapshot(tmp.db()) == before);
}

TEST_CASE("Import: one row with several problems reports each of them", "[core][import]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const ImportReport r =
        importBytes(tmp.db(), kHeader + "PN-1,L1,yesterday,,0,x,Nobody,Main,,\n");
    CHECK(places(r) == Places{{2, "Received date"},
                              {2, "Quantity received"},
                              {2, "Cost per unit"},
                              {2, "Supplier"}});
}

TEST_CASE("Import: a lot number already in the database is an error", "[core][import]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    w.createNumbered(QStringLiteral("L-EXIST"));
    const Snapshot before = snapshot(tmp.db());
    const ImportReport r =
        importBytes(tmp.db(), kHeader + "PN-1,L-NEW,2024-01-10,,10,1,Acme,Main,,\n"
                                        "PN-1, l-exist ,2024-01-10,,10,1,Acme,Main,,\n"
                                        // The same number on another part is fine.
                                        "PN-2,L-EXIST,2024-01-10,,10,1,Acme,Main,,\n");
    CHECK(places(r) == Places{{3, "Lot number"}});
    CHECK(message(r, 3).contains(QStringLiteral("already has a lot numbered")));
    CHECK(snapshot(tmp.db()) == before);
}

TEST_CASE("Import: a bad last row leaves the database unchanged", "[core][import][atomic]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    w.createNumbered(QStringLiteral("EARLIER"));
    const Snapshot before = snapshot(tmp.db());
    QByteArray csv = kHeader;
    for (int i = 1; i <= 200; ++i)
        csv += "PN-1,OK-" + QByteArray::number(i) + ",2024-01-10,,5,1,Acme,Main,A-1,\n";
    csv += "PN-1,LAST,2024-01-10,,0,1,Acme,Main,A-1,\n";
    const ImportReport r = importBytes(tmp.db(), csv);
    CHECK(r.outcome == ImportReport::Outcome::Refused);
    CHECK(places(r) == Places{{202, "Quantity received"}});
    CHECK(r.lots == 0);
    // Same rows, same audit chain (length and newest hash).
    CHECK(snapshot(tmp.db()) == before);

    SECTION("and with the last row fixed everything goes in")
    {
        csv.replace("LAST,2024-01-10,,0,", "LAST,2024-01-10,,1,");
        const ImportReport fixed = importBytes(tmp.db(), csv);
        requireImported(fixed);
        CHECK(fixed.lots == 201);
        const Snapshot after = snapshot(tmp.db());
        CHECK(after.lots == before.lots + 201);
        CHECK(after.events == before.events + 201);
    }
}

TEST_CASE("Import: unknown suppliers warehouses and bins are created only when asked",
          "[core][import][create]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const QByteArray csv = kHeader + "PN-1,L1,2024-01-10,,10,1,NewCo,Annex,Z-9,\n"
                                     "PN-1,L2,2024-01-10,,10,1,newco,annex,z-9,\n"
                                     "PN-2,L3,2024-01-10,,10,1,Acme,Main,A-9,\n";
    const Snapshot before = snapshot(tmp.db());

    SECTION("without create-missing each unknown name is an error")
    {
        const ImportReport r = importBytes(tmp.db(), csv);
        CHECK(
            places(r) ==
            Places{{2, "Supplier"}, {2, "Location"}, {3, "Supplier"}, {3, "Location"}, {4, "Bin"}});
        CHECK(message(r, 4).contains(QStringLiteral("create missing")));
        CHECK(snapshot(tmp.db()) == before);
    }
    SECTION("a dry run with create-missing creates nothing")
    {
        ImportOptions options;
        options.createMissing = true;
        options.dryRun = true;
        const ImportReport r = importBytes(tmp.db(), csv, options);
        INFO(errorText(r));
        CHECK(r.outcome == ImportReport::Outcome::Validated);
        CHECK(r.lots == 3);
        CHECK(r.createdSuppliers == QStringList{QStringLiteral("NewCo")});
        CHECK(snapshot(tmp.db()) == before);
    }
    SECTION("with create-missing they are created once each and audited")
    {
        ImportOptions options;
        options.createMissing = true;
        const ImportReport r = importBytes(tmp.db(), csv, options);
        requireImported(r);
        CHECK(r.createdSuppliers == QStringList{QStringLiteral("NewCo")});
        CHECK(r.createdWarehouses == QStringList{QStringLiteral("Annex")});
        CHECK(r.createdBins ==
              (QStringList{QStringLiteral("Annex / Z-9"), QStringLiteral("Main / A-9")}));
        const Snapshot after = snapshot(tmp.db());
        CHECK(after.suppliers == before.suppliers + 1);
        CHECK(after.warehouses == before.warehouses + 1);
        CHECK(after.bins == before.bins + 2);
        // 4 catalog creations and 3 lot imports.
        CHECK(after.events == before.events + 7);
        const Supplier newco = w.suppliers.findByName(QStringLiteral("NEWCO")).value();
        CHECK(w.lots.find(w.part.id, QStringLiteral("L2")).value().supplierId == newco.id);
        Names actions;
        for (const AuditEvent &e : allEvents(tmp.db()).mid(int(before.events)))
            actions.push_back((e.action + QLatin1Char(' ') + e.entity).toStdString());
        // Lots are written in batches: each entry is created (and audited)
        // before the lots that name it.
        CHECK(actions == Names{"create supplier", "create warehouse", "create bin", "create bin",
                               "import lot", "import lot", "import lot"});
    }
}

TEST_CASE("Import: a dry run checks everything and writes nothing", "[core][import][dry]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const Snapshot before = snapshot(tmp.db());
    ImportOptions options;
    options.dryRun = true;
    const QByteArray good = kHeader + "PN-1,L1,2024-01-10,,10,1,Acme,Main,,\n"
                                      "PN-1,L2,2024-01-10,,10,1,Acme,Main,,\n";
    const ImportReport ok = importBytes(tmp.db(), good, options);
    CHECK(ok.outcome == ImportReport::Outcome::Validated);
    CHECK(ok.ok());
    CHECK(ok.lots == 2);
    CHECK(snapshot(tmp.db()) == before);

    // The same checks as a real import, duplicates within the file included.
    const ImportReport bad =
        importBytes(tmp.db(), good + "PN-1,l1,2024-01-10,,10,1,Acme,Main,,\n", options);
    CHECK(bad.outcome == ImportReport::Outcome::Refused);
    CHECK(places(bad) == Places{{4, "Lot number"}});
    CHECK(snapshot(tmp.db()) == before);
}

TEST_CASE("Import: errors are capped and the rest counted", "[core][import]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    CHECK(ImportOptions().maxErrors == 1000);
    QByteArray csv = kHeader;
    for (int i = 0; i < 25; ++i)
        csv += "PN-1,L" + QByteArray::number(i) + ",2024-01-10,,0,1,Acme,Main,,\n";
    ImportOptions options;
    options.maxErrors = 10;
    const ImportReport r = importBytes(tmp.db(), csv, options);
    CHECK(r.errors.size() == 10);
    CHECK(r.moreErrors == 15);
    CHECK(r.errorCount() == 25);
    CHECK(r.errors.last().line == 11);
}

TEST_CASE("Import: progress reports rows and bytes and cancelling writes nothing",
          "[core][import][progress]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    QByteArray csv = kHeader;
    for (int i = 0; i < 50; ++i)
        csv += "PN-1,L" + QByteArray::number(i) + ",2024-01-10,,1,1,Acme,Main,,\n";
    const Snapshot before = snapshot(tmp.db());

    SECTION("progress")
    {
        std::vector<std::pair<qint64, qint64>> calls;
        ImportOptions options;
        options.dryRun = true;
        options.progressEvery = 20;
        options.progress = [&calls](qint64 rows, qint64 bytes) {
            calls.emplace_back(rows, bytes);
            return true;
        };
        REQUIRE(importBytes(tmp.db(), csv, options).ok());
        REQUIRE(calls.size() == 3);
        CHECK(calls[0].first == 20);
        CHECK(calls[1].first == 40);
        CHECK(calls[2] == std::make_pair(qint64(50), qint64(csv.size())));
        CHECK(calls[0].second < calls[1].second);
    }
    SECTION("cancel")
    {
        int seen = 0;
        ImportOptions options;
        options.progressEvery = 10;
        options.progress = [&seen](qint64, qint64) { return ++seen < 2; };
        const ImportReport r = importBytes(tmp.db(), csv, options);
        CHECK(r.outcome == ImportReport::Outcome::Cancelled);
        CHECK_FALSE(r.ok());
        CHECK(r.lots == 0);
        CHECK(r.rows == 20);
        CHECK(snapshot(tmp.db()) == before);
    }
}

TEST_CASE("Import: the column mapping can be overridden", "[core][import][mapping]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const QByteArray csv = "Artikel,Charge,Eingang,Menge,Preis,Lieferant,Lager,Qty\n"
                           "PN-1,C-1,2024-01-10,4,2.5,Acme,Main,999\n";
    const Snapshot before = snapshot(tmp.db());

    SECTION("unmapped required fields are reported and nothing is written")
    {
        const ImportReport r = importBytes(tmp.db(), csv);
        CHECK(r.outcome == ImportReport::Outcome::Refused);
        CHECK(r.errors.size() == 6);
        CHECK(r.errors.first().line == 1);
        CHECK(r.errors.first().message.contains(QStringLiteral("Part number")));
        CHECK(snapshot(tmp.db()) == before);
    }
    SECTION("overrides by header name, the named column winning over a guessed one")
    {
        ImportOptions options;
        options.overrides = {{QStringLiteral("artikel"), ImportField::PartNumber},
                             {QStringLiteral("Charge"), ImportField::LotNumber},
                             {QStringLiteral("Eingang"), ImportField::Received},
                             {QStringLiteral("Menge"), ImportField::Quantity},
                             {QStringLiteral("Preis"), ImportField::UnitCost},
                             {QStringLiteral("Lieferant"), ImportField::Supplier},
                             {QStringLiteral("Lager"), ImportField::Location}};
        const ImportReport r = importBytes(tmp.db(), csv, options);
        requireImported(r);
        CHECK(r.mapping.fields.last() == ImportField::Ignore);
        CHECK(w.lots.find(w.part.id, QStringLiteral("C-1")).value().quantity == 4);
    }
    SECTION("a mapping by column for the preview")
    {
        ImportOptions options;
        options.mapping =
            ColumnMapping{{ImportField::PartNumber, ImportField::LotNumber, ImportField::Received,
                           ImportField::Ignore, ImportField::UnitCost, ImportField::Supplier,
                           ImportField::Location, ImportField::Quantity}};
        requireImported(importBytes(tmp.db(), csv, options));
        CHECK(w.lots.find(w.part.id, QStringLiteral("C-1")).value().quantity == 999);
    }
    SECTION("an override naming a column the file does not have")
    {
        ImportOptions options;
        options.overrides = {{QStringLiteral("Nope"), ImportField::Notes}};
        const ImportReport r = importBytes(tmp.db(), csv, options);
        REQUIRE_FALSE(r.errors.isEmpty());
        CHECK(r.errors.first().column == QLatin1String("Nope"));
        CHECK(r.errors.first().message.contains(QStringLiteral("no column")));
    }
    CHECK(parseImportField(QStringLiteral("qty")) == ImportField::Quantity);
    CHECK(parseImportField(QStringLiteral("unit_cost")) == ImportField::UnitCost);
    CHECK(parseImportField(QStringLiteral("Expiration date")) == ImportField::Expires);
    CHECK(parseImportField(QStringLiteral("ignore")) == ImportField::Ignore);
    CHECK_FALSE(parseImportField(QStringLiteral("colour")).has_value());
}

TEST_CASE("Import: ISO day-first and month-first dates", "[core][import][dates]")
{
    auto date = [](const char *text, DateOrder order) {
        const Result<QDate> r =
            parseImportDate(QString::fromUtf8(text), order, QStringLiteral("received"),
                            QStringLiteral("Received date"));
        return r ? r.value() : QDate();
    };
    CHECK(date("2024-03-05", DateOrder::Iso) == QDate(2024, 3, 5));
    CHECK(date("2024-03-05", DateOrder::DayFirst) == QDate(2024, 3, 5));
    CHECK(date("2024-03-05 00:00:00", DateOrder::Iso) == QDate(2024, 3, 5));
    CHECK(date("2024-03-05T10:30:00Z", DateOrder::MonthFirst) == QDate(2024, 3, 5));
    CHECK(date("05/03/2024", DateOrder::DayFirst) == QDate(2024, 3, 5));
    CHECK(date("5.3.24", DateOrder::DayFirst) == QDate(2024, 3, 5));
    CHECK(date("05/03/2024", DateOrder::MonthFirst) == QDate(2024, 5, 3));
    CHECK(date("12-31-2023", DateOrder::MonthFirst) == QDate(2023, 12, 31));
    CHECK_FALSE(date("05/03/2024", DateOrder::Iso).isValid());
    CHECK_FALSE(date("31/02/2024", DateOrder::DayFirst).isValid());
    CHECK_FALSE(date("2024-3", DateOrder::Iso).isValid());
    CHECK_FALSE(date("03/05-2024", DateOrder::DayFirst).isValid());
    CHECK(parseDateOrder(QStringLiteral("day-first")) == DateOrder::DayFirst);
    CHECK(parseDateOrder(QStringLiteral("Month-First")) == DateOrder::MonthFirst);
    CHECK(parseDateOrder(QStringLiteral("ISO")) == DateOrder::Iso);
    CHECK_FALSE(parseDateOrder(QStringLiteral("us")).has_value());

    TempDb tmp;
    LotWorld w(tmp.db());
    ImportOptions options;
    options.dateOrder = DateOrder::DayFirst;
    requireImported(importBytes(
        tmp.db(), kHeader + "PN-1,D1,10/01/2024,02/03/2025,1,1,Acme,Main,,\n", options));
    const Lot lot = w.lots.find(w.part.id, QStringLiteral("D1")).value();
    CHECK(lot.received == QDate(2024, 1, 10));
    CHECK(lot.expires == QDate(2025, 3, 2));
}

TEST_CASE("Import: amounts with a dot or in a chosen locale", "[core][import][amounts]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    requireImported(
        importBytes(tmp.db(), kHeader + "PN-1,M1,2024-01-10,,\"1,500\",\"1,234.5\",Acme,Main,,\n"
                                        "PN-1,M2,2024-01-10,,2,$0.0025,Acme,Main,,\n"
                                        "PN-1,M3,2024-01-10,,2,0,Acme,Main,,\n"));
    CHECK(w.lots.find(w.part.id, QStringLiteral("M1")).value().quantity == 1500);
    CHECK(w.lots.find(w.part.id, QStringLiteral("M1")).value().unitCost == 12345000);
    CHECK(w.lots.find(w.part.id, QStringLiteral("M2")).value().unitCost == 25);
    CHECK(w.lots.find(w.part.id, QStringLiteral("M3")).value().unitCost == 0);

    ImportOptions german;
    german.locale = QLocale(QLocale::German, QLocale::Germany);
    requireImported(importBytes(tmp.db(),
                                "Part;Lot;Received;Qty;Cost;Supplier;Warehouse\nPN-1;G1;2024-01-10;"
                                "1.200;1.234,50 €;Acme;Main\n",
                                german));
    CHECK(w.lots.find(w.part.id, QStringLiteral("G1")).value().quantity == 1200);
    CHECK(w.lots.find(w.part.id, QStringLiteral("G1")).value().unitCost == 12345000);
}

TEST_CASE("Import: a location written as warehouse and bin is read as both", "[core][import]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    requireImported(importBytes(tmp.db(), "Part,Lot,Received,Qty,Cost,Supplier,Location\n"
                                          "PN-1,W1,2024-01-10,1,1,Acme,Main \xE2\x80\x94 A-2\n"
                                          "PN-1,W2,2024-01-10,1,1,Acme,Cold room\n"));
    const Lot w1 = w.lots.find(w.part.id, QStringLiteral("W1")).value();
    CHECK(w1.warehouseId == w.main.id);
    CHECK(w1.binId == w.mainA2.id);
    CHECK(w.lots.find(w.part.id, QStringLiteral("W2")).value().warehouseId == w.cold.id);
}

TEST_CASE("Import: neutralised spreadsheet cells are read back as written", "[core][import]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    requireImported(
        importBytes(tmp.db(), kHeader + "PN-1,'-5,2024-01-10,,1,1,Acme,Main,,'=SUM(A1)\n"));
    const Lot lot = w.lots.find(w.part.id, QStringLiteral("-5")).value();
    CHECK(lot.notes == QLatin1String("=SUM(A1)"));
}

TEST_CASE("Import: bad files are refused with their line and nothing is written",
          "[core][import][bad]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const Snapshot before = snapshot(tmp.db());
    const QByteArray row = "PN-1,OK,2024-01-10,,1,1,Acme,Main,,\n";
    struct Case
    {
        const char *name;
        QByteArray bytes;
        qint64 line;
        const char *says;
    };
    const std::vector<Case> cases{
        {"empty file", QByteArray(), 1, "empty"},
        {"header only", kHeader, 2, "no rows"},
        {"binary garbage", kHeader + row + QByteArray("\x00\x13\x37\xFF\xFE", 5), 3, "binary"},
        {"invalid UTF-8", kHeader + row + "PN-1,L2,2024-01-10,,1,1,Acme,Main,,caf\xE9\n", 3,
         "UTF-8"},
        {"unterminated quote", kHeader + row + "PN-1,L2,2024-01-10,,1,1,Acme,Main,,\"open\n", 3,
         "never closed"},
        {"wrong field count", kHeader + row + "PN-1,L2,2024-01-10,1,1,Acme,Main\n", 3,
         "header has 10"},
        {"10 MB single field",
         kHeader + "PN-1,L1,2024-01-10,,1,1,Acme,Main,,\"" + QByteArray(10 * 1024 * 1024, 'n') +
             "\"\n",
         2, "larger than 1 MB"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const ImportReport r = importBytes(tmp.db(), c.bytes);
        INFO(errorText(r));
        CHECK(r.outcome == ImportReport::Outcome::Refused);
        REQUIRE_FALSE(r.errors.isEmpty());
        CHECK(r.errors.last().line == c.line);
        CHECK(r.errors.last().message.contains(QString::fromUtf8(c.says), Qt::CaseInsensitive));
        CHECK(r.lots == 0);
        CHECK(snapshot(tmp.db()) == before);
    }
}

TEST_CASE("Import: the preview shows the header the guessed mapping and the first rows",
          "[core][import][preview]")
{
    QByteArray csv = "Part #\tBatch\tReceived\tQty\tCost\tSupplier\tWarehouse\n";
    for (int i = 0; i < 30; ++i)
        csv += "PN-1\tB" + QByteArray::number(i) + "\t2024-01-10\t1\t1\tAcme\tMain\n";
    csv += "PN-1\tshort\n";
    QBuffer buffer(&csv);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    const ImportPreview p = LotImport::preview(buffer, 5);
    REQUIRE(p.ok());
    CHECK(p.delimiter == '\t');
    CHECK(p.header.size() == 7);
    CHECK(p.mapping.columnOf(ImportField::PartNumber) == 0);
    CHECK(p.mapping.columnOf(ImportField::Location) == 6);
    CHECK(p.mapping.problems().isEmpty());
    REQUIRE(p.rows.size() == 5);
    CHECK(p.rows.at(4).line == 6);
    CHECK(p.rows.at(4).fields.at(1) == QLatin1String("B4"));

    QByteArray bad("\x00\x01", 2);
    QBuffer badBuffer(&bad);
    REQUIRE(badBuffer.open(QIODevice::ReadOnly));
    CHECK_FALSE(LotImport::preview(badBuffer).ok());
}
