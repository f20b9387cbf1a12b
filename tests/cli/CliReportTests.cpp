// report lots|trace|expiring|lot through the real lotbook-cli binary: each
// writes a PDF whose text (read back with pdftotext from poppler-utils) has the
// title, the filter, who produced it and exactly the expected lots; a report of
// 300 lots spans pages numbered "Page N of M" with the table header on every
// page; it runs with no display and no platform chosen; bad input is refused
// with nothing written.
#include "CliRunner.h"
#include "Database.h"
#include "LotStore.h"
#include "PartStore.h"
#include "SupplierStore.h"
#include "WarehouseStore.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <memory>

using lotbook::test::args;
using lotbook::test::CliResult;
using lotbook::test::CliWorkspace;
using lotbook::test::runOk;
using lotbook::test::s;
using namespace lotbook;

namespace {

template <typename T> T required(Result<T> r)
{
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return r.take();
}

std::unique_ptr<Database> openDb(const QString &path)
{
    OpenResult r = Database::open(path, OpenMode::OpenExisting);
    INFO(r.message.toStdString());
    REQUIRE(r.ok());
    r.database->setUserName(QStringLiteral("setup"));
    return std::move(r.database);
}

QDate day(int offset)
{
    return QDate::currentDate().addDays(offset);
}

struct Catalog
{
    qint64 cap = 0, fuse = 0, acme = 0, beta = 0, main = 0, annex = 0, binA = 0;
};

// Two lot-tracked parts, two suppliers, two warehouses (one bin), written
// through core, the library the CLI uses.
Catalog setUpCatalog(Database &db)
{
    Catalog c;
    PartStore parts(db);
    Part cap;
    cap.number = QStringLiteral("CAP-100");
    cap.name = QStringLiteral("Run capacitor 45/5");
    cap.trackLots = true;
    c.cap = required(parts.create(cap)).id;
    Part fuse;
    fuse.number = QStringLiteral("FUSE-5");
    fuse.name = QStringLiteral("Fuse 5 A");
    fuse.trackLots = true;
    c.fuse = required(parts.create(fuse)).id;
    SupplierStore suppliers(db);
    c.acme =
        required(suppliers.create({0, QStringLiteral("Acme Components"), {}, {}, {}, {}, true})).id;
    c.beta =
        required(suppliers.create({0, QStringLiteral("Beta Supply"), {}, {}, {}, {}, true})).id;
    WarehouseStore warehouses(db);
    c.main = required(warehouses.create({0, QStringLiteral("Main"), {}, true})).id;
    c.annex = required(warehouses.create({0, QStringLiteral("Annex"), {}, true})).id;
    c.binA = required(warehouses.createBin({0, c.main, QStringLiteral("A-01"), {}, true})).id;
    return c;
}

qint64 addLot(Database &db, qint64 part, const QString &number, qint64 supplier, qint64 warehouse,
              const QDate &received, const QDate &expires = {}, qint64 bin = 0)
{
    Lot l;
    l.partId = part;
    l.lotNumber = number;
    l.received = received;
    l.expires = expires;
    l.quantity = 10;
    l.unitCost = 12500;
    l.supplierId = supplier;
    l.warehouseId = warehouse;
    l.binId = bin;
    return required(LotStore(db).create(l)).id;
}

// CAP-100: C-OLD (expired), C-SOON (expires in 10 days), C-LATER (in a year),
// C-NONE (no expiry, archived), all from Acme; FUSE-5: F-1 from Beta (expires
// in 5 days), and F-SHARED; CAP-100 also has a lot numbered F-SHARED.
void setUpLots(const CliWorkspace &ws)
{
    ws.init();
    std::unique_ptr<Database> db = openDb(ws.dbPath());
    const Catalog c = setUpCatalog(*db);
    addLot(*db, c.cap, QStringLiteral("C-OLD"), c.acme, c.main, day(-400), day(-3), c.binA);
    addLot(*db, c.cap, QStringLiteral("C-SOON"), c.acme, c.main, day(-30), day(10));
    addLot(*db, c.cap, QStringLiteral("C-LATER"), c.acme, c.annex, day(-20), day(365));
    const qint64 none = addLot(*db, c.cap, QStringLiteral("C-NONE"), c.acme, c.annex, day(-10));
    const Lot archived = required(LotStore(*db).get(none));
    required(LotStore(*db).archive(archived.id, archived.version, QStringLiteral("used up")));
    addLot(*db, c.fuse, QStringLiteral("F-1"), c.beta, c.annex, day(-5), day(5));
    addLot(*db, c.fuse, QStringLiteral("F-SHARED"), c.beta, c.annex, day(-5));
    addLot(*db, c.cap, QStringLiteral("F-SHARED"), c.acme, c.main, day(-6));
}

// The PDF's text, page by page (pdftotext from poppler-utils).
QString pdfText(const QString &path, int page = 0)
{
    REQUIRE(QFileInfo::exists(path));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    REQUIRE(f.read(5) == QByteArray("%PDF-"));
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << QStringLiteral("-layout") << path << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), arguments);
    INFO("pdftotext (poppler-utils, installed by .ci/install-deps) must be on the PATH");
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool containsWord(const QString &text, const QString &word)
{
    return text.contains(QRegularExpression(
        QStringLiteral("(^|\\s)%1(\\s|$)").arg(QRegularExpression::escape(word))));
}

} // namespace

TEST_CASE("cli: report lots writes a part's lots as a PDF with title, filter and producer",
          "[cli][report]")
{
    CliWorkspace ws;
    setUpLots(ws);
    const QString pdf = ws.file(QStringLiteral("cap.pdf"));
    const CliResult r =
        runOk(ws, args({"--user", "Auditor Ann", "report", "lots", "--part", "cap-100", "--pdf"}) +
                      QStringList{pdf});
    CHECK(r.out ==
          QStringLiteral("Wrote \"Lots of CAP-100 (Run capacitor 45/5)\" to %1 (1 page).\n")
              .arg(pdf));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Lots of CAP-100 (Run capacitor 45/5)")));
    CHECK(text.contains(QStringLiteral("by Auditor Ann")));
    CHECK(text.contains(QStringLiteral("Status")));
    CHECK(text.contains(QStringLiteral("Active")));
    CHECK(text.contains(QStringLiteral("Expires, soonest first (no expiry last)")));
    CHECK(text.contains(QStringLiteral("Page 1 of 1")));
    // The active lots of CAP-100 only.
    for (const char *lot : {"C-OLD", "C-SOON", "C-LATER", "F-SHARED"})
        CHECK(containsWord(text, s(lot)));
    CHECK_FALSE(containsWord(text, QStringLiteral("C-NONE")));
    CHECK_FALSE(containsWord(text, QStringLiteral("F-1")));
    // Soonest expiry first.
    CHECK(text.indexOf(QStringLiteral("C-OLD")) < text.indexOf(QStringLiteral("C-SOON")));
    CHECK(text.indexOf(QStringLiteral("C-SOON")) < text.indexOf(QStringLiteral("C-LATER")));

    SECTION("with the filters of lots: archived ones, by supplier")
    {
        runOk(ws, args({"report", "lots", "--part", "CAP-100", "--status", "archived", "--pdf"}) +
                      QStringList{pdf});
        const QString archived = pdfText(pdf);
        CHECK(containsWord(archived, QStringLiteral("C-NONE")));
        CHECK_FALSE(containsWord(archived, QStringLiteral("C-OLD")));
        CHECK(archived.contains(QStringLiteral("Archived")));
    }
}

TEST_CASE("cli: report trace takes the filters of lots and lists every status by default",
          "[cli][report]")
{
    CliWorkspace ws;
    setUpLots(ws);
    const QString pdf = ws.file(QStringLiteral("trace.pdf"));
    runOk(ws, args({"report", "trace", "--pdf"}) + QStringList{pdf});
    QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Trace: lots of all parts")));
    CHECK(text.contains(QStringLiteral("Active and archived")));
    for (const char *lot : {"C-OLD", "C-SOON", "C-LATER", "C-NONE", "F-1", "F-SHARED"})
        CHECK(containsWord(text, s(lot)));

    runOk(ws, args({"report", "trace", "--supplier", "beta supply", "--warehouse", "Annex",
                    "--sort", "lot:desc", "--pdf"}) +
                  QStringList{pdf});
    text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Beta Supply")));
    CHECK(text.contains(QStringLiteral("Lot number, Z to A")));
    CHECK(containsWord(text, QStringLiteral("F-1")));
    CHECK(containsWord(text, QStringLiteral("F-SHARED")));
    CHECK(text.indexOf(QStringLiteral("F-SHARED")) < text.indexOf(QStringLiteral("F-1 ")));
    for (const char *lot : {"C-OLD", "C-SOON", "C-LATER", "C-NONE"})
        CHECK_FALSE(containsWord(text, s(lot)));
}

TEST_CASE("cli: report expiring lists the expired and soon expiring active lots", "[cli][report]")
{
    CliWorkspace ws;
    setUpLots(ws);
    const QString pdf = ws.file(QStringLiteral("expiring.pdf"));
    runOk(ws, args({"report", "expiring", "--days", "7", "--pdf"}) + QStringList{pdf});
    QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Lots expired or expiring within 7 days")));
    CHECK(containsWord(text, QStringLiteral("C-OLD")));
    CHECK(containsWord(text, QStringLiteral("F-1")));
    CHECK(text.indexOf(QStringLiteral("C-OLD")) < text.indexOf(QStringLiteral("F-1 ")));
    for (const char *lot : {"C-SOON", "C-LATER", "C-NONE", "F-SHARED"})
        CHECK_FALSE(containsWord(text, s(lot)));

    // A wider window takes in C-SOON (10 days).
    runOk(ws, args({"report", "expiring", "--days", "30", "--pdf"}) + QStringList{pdf});
    text = pdfText(pdf);
    CHECK(containsWord(text, QStringLiteral("C-SOON")));
    CHECK_FALSE(containsWord(text, QStringLiteral("C-LATER")));
}

TEST_CASE("cli: report lot writes one lot's record with its history", "[cli][report]")
{
    CliWorkspace ws;
    setUpLots(ws);
    runOk(ws, args({"--user", "Clerk Carl", "lot", "edit", "CAP-100", "C-SOON", "--qty", "12",
                    "--notes", "Recounted"}));
    const QString pdf = ws.file(QStringLiteral("lot.pdf"));
    runOk(ws,
          args({"--user", "Auditor Ann", "report", "lot", "c-soon", "--pdf"}) + QStringList{pdf});
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Lot record: C-SOON of part CAP-100")));
    CHECK(text.contains(QStringLiteral("by Auditor Ann")));
    CHECK(text.contains(QStringLiteral("Acme Components")));
    CHECK(text.contains(QStringLiteral("Recounted")));
    // The history: created by setup, changed by Clerk Carl, quantity old -> new.
    CHECK(text.contains(QStringLiteral("Created")));
    CHECK(text.contains(QStringLiteral("Clerk Carl")));
    CHECK(text.contains(QStringLiteral("Quantity received: 10 -> 12")));
    CHECK(text.contains(QStringLiteral("audit verify")));

    SECTION("a lot number two parts share needs --part")
    {
        const CliResult shared = ws.run(args({"report", "lot", "F-SHARED", "--pdf"}) +
                                        QStringList{ws.file(QStringLiteral("shared.pdf"))});
        CHECK(shared.exitCode == 1);
        CHECK(shared.err.contains(
            QStringLiteral("Lot \"F-SHARED\" exists in parts CAP-100, FUSE-5; choose one with "
                           "--part.")));
        CHECK_FALSE(QFileInfo::exists(ws.file(QStringLiteral("shared.pdf"))));
        runOk(ws, args({"report", "lot", "F-SHARED", "--part", "FUSE-5", "--pdf"}) +
                      QStringList{ws.file(QStringLiteral("shared.pdf"))});
        CHECK(pdfText(ws.file(QStringLiteral("shared.pdf")))
                  .contains(QStringLiteral("Lot record: F-SHARED of part FUSE-5")));
    }
}

TEST_CASE("cli: a report of 300 lots spans numbered pages with the header on each", "[cli][report]")
{
    CliWorkspace ws;
    ws.init();
    {
        std::unique_ptr<Database> db = openDb(ws.dbPath());
        const Catalog c = setUpCatalog(*db);
        for (int i = 1; i <= 300; ++i)
            addLot(*db, c.cap, QStringLiteral("BULK-%1").arg(i, 4, 10, QLatin1Char('0')), c.acme,
                   c.main, day(-i), day(400 + i), c.binA);
    }
    const QString pdf = ws.file(QStringLiteral("bulk.pdf"));
    const CliResult r =
        runOk(ws, args({"report", "lots", "--part", "CAP-100", "--sort", "lot", "--pdf"}) +
                      QStringList{pdf});
    const QString all = pdfText(pdf);
    const qsizetype at = all.indexOf(QStringLiteral("Page 1 of "));
    REQUIRE(at >= 0);
    const int pages = all.mid(at + 10, 3).trimmed().toInt();
    CHECK(pages >= 3);
    CHECK(r.out.contains(QStringLiteral("(%1 pages)").arg(pages)));
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        INFO("page " << page);
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        // The table's header row repeats on every page.
        CHECK(text.contains(QStringLiteral("Lot number")));
        CHECK(text.contains(QStringLiteral("Received")));
    }
    // Every lot, each once, in lot number order.
    qsizetype last = -1;
    for (int i = 1; i <= 300; ++i) {
        const QString number = QStringLiteral("BULK-%1").arg(i, 4, 10, QLatin1Char('0'));
        INFO(number.toStdString());
        const qsizetype found = all.indexOf(number);
        CHECK(found > last);
        CHECK(all.count(number) == 1);
        last = found;
    }
}

TEST_CASE("cli: report runs headless with no display and no platform chosen", "[cli][report]")
{
    CliWorkspace ws;
    setUpLots(ws);
    QProcessEnvironment headless;
    headless.insert(QStringLiteral("QT_QPA_PLATFORM"), QString());
    headless.insert(QStringLiteral("DISPLAY"), QString());
    headless.insert(QStringLiteral("WAYLAND_DISPLAY"), QString());
    const QString pdf = ws.file(QStringLiteral("headless.pdf"));
    const CliResult r = ws.run(args({"report", "expiring", "--pdf"}) + QStringList{pdf}, headless);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(pdfText(pdf).contains(QStringLiteral("Lots expired or expiring within 30 days")));
    // Other commands never start the graphical part of Qt.
    CHECK(ws.run(args({"lots"}), headless).exitCode == 0);
}

TEST_CASE("cli: report refuses bad input and writes nothing", "[cli][report]")
{
    CliWorkspace ws;
    setUpLots(ws);
    const QString pdf = ws.file(QStringLiteral("out.pdf"));
    auto fails = [&](const QStringList &arguments, int code, const QString &says) {
        const CliResult r = ws.run(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        CHECK(r.exitCode == code);
        CHECK(r.err.contains(says));
        CHECK(r.out.isEmpty());
        CHECK_FALSE(QFileInfo::exists(pdf));
    };
    fails(args({"report", "lots", "--part", "CAP-100"}), 64, QStringLiteral("--pdf is required"));
    fails(args({"report", "lots", "--pdf"}) + QStringList{pdf}, 64,
          QStringLiteral("--part is required"));
    fails(args({"report", "lots", "--part", "NOPE-1", "--pdf"}) + QStringList{pdf}, 1,
          QStringLiteral("NOPE-1"));
    fails(args({"report", "trace", "--status", "gone", "--pdf"}) + QStringList{pdf}, 64,
          QStringLiteral("Unknown status"));
    fails(args({"report", "trace", "--received-from", "2024-13-01", "--pdf"}) + QStringList{pdf}, 1,
          QStringLiteral("--received-from"));
    fails(args({"report", "expiring", "--days", "-1", "--pdf"}) + QStringList{pdf}, 64,
          QStringLiteral("--days needs a whole number from 0 to 3650"));
    fails(args({"report", "lot", "NO-SUCH", "--pdf"}) + QStringList{pdf}, 1,
          QStringLiteral("There is no lot \"NO-SUCH\" in any part."));
    fails(args({"report", "lot", "C-OLD", "--part", "FUSE-5", "--pdf"}) + QStringList{pdf}, 1,
          QStringLiteral("Part FUSE-5 has no lot \"C-OLD\"."));
    fails(args({"report", "lots", "--part", "CAP-100", "--pdf"}) +
              QStringList{ws.file(QStringLiteral("no/such/folder/out.pdf"))},
          1, QStringLiteral("Cannot write"));
    fails(args({"report", "nonsense"}), 64, QStringLiteral("Unknown action \"report nonsense\""));
    CHECK(
        runOk(ws, args({"report", "trace", "--help"})).out.contains(QStringLiteral("--supplier")));

    // An existing file is replaced, never left half-written.
    QFile old(pdf);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("not a pdf");
    old.close();
    runOk(ws, args({"report", "lots", "--part", "CAP-100", "--pdf"}) + QStringList{pdf});
    CHECK(pdfText(pdf).contains(QStringLiteral("Lots of CAP-100")));
}
