#include "DemoData.h"

#include "AuditLog.h"
#include "Database.h"
#include "Money.h"
#include "SqlError.h"
#include "Text.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QScopeGuard>
#include <QSqlQuery>
#include <algorithm>
#include <array>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
#include <vector>

namespace lotbook::DemoData {

namespace {
// This file's strings; lupdate files them under the "DemoData" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
};

// std::mt19937_64 gives the same numbers everywhere; the standard
// distributions do not (they differ between standard libraries), so the few
// this generator needs are written out here.
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}
    // [0, n)
    quint64 below(quint64 n) { return n ? m_engine() % n : 0; }
    // [low, high]
    int between(int low, int high) { return low + int(below(quint64(high - low) + 1)); }
    // [0, 1)
    double unit() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template <typename T> void shuffle(std::vector<T> &v)
    {
        for (size_t i = v.size(); i > 1; --i)
            std::swap(v[i - 1], v[size_t(below(i))]);
    }

private:
    std::mt19937_64 m_engine;
};

// A kind of part: how its name, unit, price, shelf life and deliveries look.
struct Category
{
    const char *prefix;
    const char *name; // %1 and %2 from the choices below
    std::array<const char *, 5> first;
    std::array<const char *, 4> second;
    const char *unit;
    int priceLow, priceHigh; // catalog price range, in cents
    int shelfMonths;         // 0: lots of this kind have no expiry
    int trackPercent;        // share of such parts that track lots
    int qtyLow, qtyHigh;     // quantity received per lot
};

// clang-format off
const Category kCategories[] = {
    {"CAP", "Run capacitor %1 uF %2 V", {"5", "7.5", "10", "35/5", "45/5"}, {"370", "440"}, "ea", 800, 3500, 0, 95, 10, 200},
    {"SEAL", "Duct sealant %1, %2", {"10 oz", "29 oz", "1 gal"}, {"grey", "white", "clear"}, "tube", 400, 2500, 24, 100, 12, 240},
    {"FLT", "Air filter %1 MERV %2", {"16x20x1", "20x25x1", "16x25x2", "20x20x4"}, {"8", "11", "13"}, "ea", 500, 4000, 0, 20, 24, 480},
    {"REF", "Refrigerant %1, %2 cylinder", {"R-410A", "R-32", "R-454B", "R-134a"}, {"25 lb", "30 lb", "10 kg"}, "cyl", 9000, 30000, 0, 100, 2, 40},
    {"ADH", "Epoxy adhesive %1, %2", {"5 min", "30 min", "structural"}, {"25 ml", "50 ml", "400 ml"}, "ea", 600, 4500, 12, 100, 10, 150},
    {"ORG", "O-ring %1 mm %2", {"8x1.5", "12x2", "20x2.5", "32x3", "48x3.5"}, {"NBR", "FKM", "EPDM"}, "ea", 5, 150, 60, 90, 100, 5000},
    {"LUB", "Compressor oil %1, %2", {"POE 32", "POE 68", "PVE 32", "mineral 150"}, {"1 qt", "1 gal", "250 ml"}, "bottle", 1200, 9000, 36, 100, 6, 96},
    {"BAT", "Battery %1 %2", {"AA", "AAA", "9 V", "CR2032", "18650"}, {"alkaline", "lithium"}, "ea", 50, 900, 48, 100, 50, 2000},
    {"FUS", "Fuse %1 A %2", {"5", "10", "15", "20", "30"}, {"time-delay", "fast-acting"}, "ea", 80, 600, 0, 70, 25, 500},
    {"BLT", "Hex bolt M%1x%2 zinc", {"6", "8", "10", "12"}, {"20", "30", "40", "60"}, "box", 400, 2500, 0, 10, 2, 40},
    {"CLN", "Coil cleaner %1, %2", {"alkaline", "acid-free", "foaming"}, {"1 gal", "5 gal", "18 oz"}, "jug", 900, 6000, 24, 100, 4, 60},
    {"PNT", "Primer %1, %2", {"grey", "red oxide", "white"}, {"1 L", "4 L", "spray 400 ml"}, "can", 700, 5000, 18, 100, 6, 72},
    {"TAP", "Foil tape %1 mm x %2 m", {"48", "50", "72", "100"}, {"45", "50"}, "roll", 600, 3000, 24, 90, 12, 240},
    {"CON", "Contactor %1 A, %2 coil", {"25", "30", "40", "50"}, {"24 V", "120 V", "240 V"}, "ea", 1500, 9000, 0, 85, 4, 80},
    {"GLV", "Nitrile gloves %1, %2", {"size S", "size M", "size L", "size XL"}, {"box of 100", "box of 50"}, "box", 600, 2000, 60, 100, 10, 200},
    {"LKD", "Leak detector %1, %2", {"spray", "bubble solution", "UV dye"}, {"8 oz", "400 ml", "1 L"}, "can", 500, 3000, 36, 100, 12, 144},
    {"DRY", "Filter drier %1 in %2", {"1/4", "3/8", "1/2", "5/8"}, {"flare", "sweat"}, "ea", 900, 5000, 0, 100, 6, 120},
    {"BRZ", "Brazing rod %1 silver, %2", {"0%", "5%", "15%", "45%"}, {"1 lb", "5 lb"}, "pack", 2000, 25000, 0, 80, 2, 40},
    {"PTS", "Pipe thread sealant %1, %2", {"PTFE paste", "anaerobic"}, {"50 ml", "250 ml"}, "ea", 500, 2500, 24, 100, 10, 120},
    {"WTR", "Water treatment %1, %2", {"biocide", "scale inhibitor", "pH buffer"}, {"1 L", "5 L", "20 L"}, "jug", 1500, 12000, 12, 100, 4, 60},
};
// clang-format on
constexpr int kCategoryCount = int(sizeof(kCategories) / sizeof(kCategories[0]));

const char *const kSupplierFirst[] = {
    "Acme",     "Northwind", "Coolco",   "Polar",   "Summit",     "Keystone",   "Harbor",
    "Redwood",  "Granite",   "Lakeside", "Pioneer", "Atlas",      "Cascade",    "Frontier",
    "Meridian", "Evergreen", "Ironwood", "Prairie", "Silverline", "Blue Ridge",
};
const char *const kSupplierSecond[] = {
    "HVAC Supply",   "Industrial",   "Components", "Distribution",
    "Refrigeration", "Trade Supply", "Parts Co.",  "Wholesale",
};
const char *const kGivenNames[] = {"Dana",  "Lee",   "Sam", "Kim",    "Alex",   "Jo",
                                   "Robin", "Chris", "Pat", "Morgan", "Taylor", "Jamie"};
const char *const kFamilyNames[] = {"Whitfield", "Park",      "Ortiz",  "Novak",
                                    "Okafor",    "Lindqvist", "Moreau", "Tanaka",
                                    "Silva",     "Kowalski",  "Haddad", "Brennan"};
// Who records what: clerks receive and correct lots, the stock manager
// archives and restores them, the administrator set up the catalog.
const char *const kClerks[] = {"dana", "lee", "sam", "kim", "jo"};
const char *const kManagers[] = {"morgan", "alex"};
const char *const kAdmin = "admin";

const char *const kWarehouseNames[] = {"Main Warehouse", "North Depot",   "Cold Room",
                                       "East Yard",      "Van 1",         "Van 2",
                                       "Van 3",          "Service Center"};
const char *const kWarehouseNotes[] = {"12 Depot Road, docks 1-4",
                                       "40 Quarry Lane",
                                       "12 Depot Road, dock 5 (kept at 4 °C)",
                                       "Fenced yard behind the workshop",
                                       "Service van, plate LB-101",
                                       "Service van, plate LB-102",
                                       "Service van, plate LB-103",
                                       "Front counter stock"};

const char *const kReceiptNotes[] = {
    "Partial delivery; the rest is on back order.", "Packaging damaged; contents checked and fine.",
    "Certificate of analysis filed with the delivery note.", "Delivered a day late."};
const char *const kEditNotes[] = {"Counted at stock take.",
                                  "Quality hold released after inspection.",
                                  "Supplier credited two damaged units."};
// Why lots are archived, in the order ArchiveReason lists them.
const char *const kArchiveReasons[] = {"Used up.", "Expired; disposed of as hazardous waste.",
                                       "Damaged in transit; returned to the supplier.",
                                       "Used up; bin emptied at stock count."};
enum ArchiveReason : quint8
{
    UsedUp,
    ExpiredDisposed,
    Damaged,
    Counted
};

enum EditKind : quint8
{
    NoEdit,
    EditQuantity,
    EditBin,
    EditNotes,
    EditExpiry,
    EditCost
};

struct DemoSupplier
{
    QString name, contact, phone, email, prefix;
    int lotFormat; // how its lot numbers look
};

struct DemoBin
{
    int warehouse;
    QString code, description;
};

struct DemoWarehouse
{
    QString name, notes;
    int firstBin, binCount;
};

struct DemoPart
{
    QString number, name, unit;
    MoneyUnits price;
    int category;
    bool trackLots;
    int shelfDays; // 0: no expiry
    std::array<int, 3> suppliers;
    int homeWarehouse;
    int homeBin; // -1: none
};

// One lot, its final state and the changes that led there (enough to write
// its row and every audit event about it).
struct DemoLot
{
    qint32 part, supplier, warehouse, bin; // indexes; bin -1: none
    qint32 received, expires;              // Julian days; expires 0: none
    qint32 quantity;
    qint32 createdAt; // seconds after midnight (UTC) on the received day
    MoneyUnits unitCost;
    qint32 editDay = 0, editAt = 0, archiveDay = 0, archiveAt = 0, restoreDay = 0, restoreAt = 0;
    qint64 editOld = 0; // the edited field's value as received
    quint8 editKind = NoEdit;
    quint8 receiptNote = 0; // 0: none, else kReceiptNotes[n - 1]
    quint8 editNote = 0;    // for EditNotes: kEditNotes[n - 1]
    quint8 reason = UsedUp;
    quint8 creator = 0, editor = 0, archiver = 0, restorer = 0;
    bool archived = false; // archived now (an archive later restored is not)
};

enum EventKind : quint8
{
    Create,
    Edit,
    Archive,
    Restore
};

struct DemoEvent
{
    qint64 when; // seconds since the Julian day epoch
    qint32 lot;
    quint8 kind;
};

constexpr qint64 kDay = 86400;

qint64 secondsAt(qint32 day, qint32 seconds)
{
    return qint64(day) * kDay + seconds;
}

// Everything the generator decided, before a row is written.
struct Plan
{
    QDate today;
    qint32 catalogDay = 0; // the catalog was set up shortly before the first lot
    std::vector<DemoSupplier> suppliers;
    std::vector<DemoWarehouse> warehouses;
    std::vector<DemoBin> bins;
    std::vector<DemoPart> parts;
    std::vector<DemoLot> lots; // in received order: lot i gets id i + 1
    std::vector<DemoEvent> events;
};

QString latin1(const char *text)
{
    return QString::fromLatin1(text);
}

QString arg2(const char *pattern, const char *a, const char *b)
{
    QString s = QString::fromUtf8(pattern);
    s.replace(QLatin1String("%1"), QString::fromUtf8(a));
    s.replace(QLatin1String("%2"), QString::fromUtf8(b));
    return s;
}

template <size_t N> const char *pick(Random &rng, const std::array<const char *, N> &choices)
{
    size_t n = 0;
    while (n < N && choices[n])
        ++n;
    return choices[size_t(rng.below(n))];
}

void planCatalog(Plan &plan, Random &rng, int partCount)
{
    // Suppliers: a name from two word lists, a contact, and a lot number style.
    const int supplierCount = std::clamp(partCount / 150, 4, 160);
    std::vector<int> combos(std::size(kSupplierFirst) * std::size(kSupplierSecond));
    for (size_t i = 0; i < combos.size(); ++i)
        combos[i] = int(i);
    rng.shuffle(combos);
    for (int i = 0; i < supplierCount; ++i) {
        const int combo = combos[size_t(i)];
        const char *first = kSupplierFirst[size_t(combo) % std::size(kSupplierFirst)];
        const char *second = kSupplierSecond[size_t(combo) / std::size(kSupplierFirst)];
        DemoSupplier s;
        s.name = latin1(first) + QLatin1Char(' ') + latin1(second);
        QString slug = latin1(first).toLower();
        slug.remove(QLatin1Char(' '));
        s.prefix = latin1(first).left(3).toUpper();
        s.contact = latin1(kGivenNames[rng.below(std::size(kGivenNames))]) + QLatin1Char(' ') +
                    latin1(kFamilyNames[rng.below(std::size(kFamilyNames))]);
        s.phone = QStringLiteral("+1 555 01%1").arg(i % 100, 2, 10, QLatin1Char('0'));
        s.email = QStringLiteral("orders@%1.example").arg(slug);
        s.lotFormat = int(rng.below(3));
        plan.suppliers.push_back(s);
    }

    const int warehouseCount = std::clamp(partCount / 2000 + 3, 3, int(std::size(kWarehouseNames)));
    for (int w = 0; w < warehouseCount; ++w) {
        DemoWarehouse wh;
        wh.name = QString::fromUtf8(kWarehouseNames[w]);
        wh.notes = QString::fromUtf8(kWarehouseNotes[w]);
        wh.firstBin = int(plan.bins.size());
        const bool van = wh.name.startsWith(QLatin1String("Van"));
        if (van) {
            wh.binCount = rng.between(3, 6);
            for (int b = 0; b < wh.binCount; ++b)
                plan.bins.push_back({w, QStringLiteral("V-%1").arg(b + 1), QString()});
        } else {
            // Aisles A, B, ... of racks 01-..., shelves 1-4.
            const int aisles = rng.between(2, 5);
            const int racks = rng.between(3, 6);
            wh.binCount = 0;
            for (int a = 0; a < aisles; ++a)
                for (int r = 1; r <= racks; ++r)
                    for (int s = 1; s <= 4; s += 3) {
                        plan.bins.push_back({w,
                                             QStringLiteral("%1-%2-%3")
                                                 .arg(QChar(QLatin1Char(char('A' + a))))
                                                 .arg(r, 2, 10, QLatin1Char('0'))
                                                 .arg(s),
                                             latin1(s == 1 ? "Floor shelf" : "Top shelf")});
                        ++wh.binCount;
                    }
        }
        plan.warehouses.push_back(wh);
    }

    std::array<int, kCategoryCount> numbers{};
    for (int i = 0; i < partCount; ++i) {
        const int c = int(rng.below(kCategoryCount));
        const Category &cat = kCategories[c];
        DemoPart p;
        p.category = c;
        p.number = QStringLiteral("%1-%2").arg(latin1(cat.prefix)).arg(1000 + numbers[size_t(c)]++);
        p.name = arg2(cat.name, pick(rng, cat.first), pick(rng, cat.second));
        p.unit = latin1(cat.unit);
        p.price = MoneyUnits(rng.between(cat.priceLow, cat.priceHigh)) * 100;
        p.trackLots = rng.below(100) < quint64(cat.trackPercent);
        // Shelf life varies a little between products of one kind.
        p.shelfDays = cat.shelfMonths ? cat.shelfMonths * 30 + rng.between(-20, 20) : 0;
        for (int &s : p.suppliers)
            s = int(rng.below(plan.suppliers.size()));
        p.homeWarehouse = int(rng.below(quint64(std::min(warehouseCount, 3))));
        const DemoWarehouse &home = plan.warehouses[size_t(p.homeWarehouse)];
        p.homeBin = home.firstBin + int(rng.below(quint64(home.binCount)));
        plan.parts.push_back(p);
    }
}

// How many lots each lot-tracked part gets: a few parts hold most lots (a
// Zipf law, as in real stock), the largest one holding about a tenth of a
// million. The largest is a part with a shelf life, so its Lots tab shows
// expiry states.
std::vector<qint64> lotsPerPart(Plan &plan, Random &rng, qint64 lotCount)
{
    std::vector<int> tracked;
    for (size_t i = 0; i < plan.parts.size(); ++i)
        if (plan.parts[i].trackLots)
            tracked.push_back(int(i));
    if (tracked.empty() && lotCount > 0) {
        plan.parts.front().trackLots = true;
        tracked.push_back(0);
    }
    rng.shuffle(tracked);
    for (size_t i = 0; i < tracked.size(); ++i)
        if (plan.parts[size_t(tracked[i])].shelfDays > 0) {
            std::swap(tracked[0], tracked[i]);
            break;
        }
    std::vector<double> weights(tracked.size());
    double total = 0;
    for (size_t rank = 0; rank < tracked.size(); ++rank)
        total += weights[rank] = 1.0 / double(rank + 1);
    std::vector<qint64> counts(plan.parts.size(), 0);
    qint64 assigned = 0;
    for (size_t rank = 0; rank < tracked.size(); ++rank) {
        const qint64 n = qint64(std::floor(double(lotCount) * weights[rank] / total));
        counts[size_t(tracked[rank])] = n;
        assigned += n;
    }
    for (size_t rank = 0; assigned < lotCount; rank = (rank + 1) % tracked.size(), ++assigned)
        ++counts[size_t(tracked[rank])];
    return counts;
}

void planLots(Plan &plan, Random &rng, qint64 lotCount)
{
    // Everything happened before `today` (no timestamp later than the day the
    // data is as of), over five years.
    const qint32 today = qint32(plan.today.toJulianDay());
    const qint32 last = today - 1;
    const qint32 first = qint32(plan.today.addYears(-5).toJulianDay());
    const qint32 span = last - first;
    plan.catalogDay = first - 30;
    const std::vector<qint64> counts = lotsPerPart(plan, rng, lotCount);
    plan.lots.reserve(size_t(lotCount));
    for (size_t p = 0; p < plan.parts.size(); ++p) {
        const DemoPart &part = plan.parts[p];
        for (qint64 n = 0; n < counts[p]; ++n) {
            DemoLot lot;
            lot.part = qint32(p);
            // More lots in recent years (the business grew): density rises linearly.
            lot.received = first + qint32(std::floor(std::sqrt(rng.unit()) * (span + 1)));
            lot.received = std::min(lot.received, last);
            lot.createdAt = rng.between(7 * 3600, 17 * 3600);
            lot.supplier = part.suppliers[rng.chance(0.75) ? 0 : size_t(rng.below(3))];
            if (rng.chance(0.8)) {
                lot.warehouse = part.homeWarehouse;
                lot.bin = rng.chance(0.85) ? part.homeBin : -1;
            } else {
                lot.warehouse = int(rng.below(plan.warehouses.size()));
                lot.bin = -1;
            }
            const DemoWarehouse &wh = plan.warehouses[size_t(lot.warehouse)];
            if (lot.bin < 0 && rng.chance(0.7))
                lot.bin = wh.firstBin + int(rng.below(quint64(wh.binCount)));
            const Category &cat = kCategories[part.category];
            lot.quantity = rng.between(cat.qtyLow, cat.qtyHigh);
            // Suppliers sell below catalog price; prices rise about 4% a year.
            // (Plain arithmetic, no pow(): the same on every platform.)
            const double years = double(lot.received - first) / 365.0;
            lot.unitCost = MoneyUnits(double(part.price) * (0.45 + 0.3 * rng.unit()) *
                                      (1.0 + 0.04 * (years - 5.0)));
            if (rng.chance(0.003))
                lot.unitCost = 0; // a free replacement
            lot.expires = 0;
            if (part.shelfDays > 0 && !rng.chance(0.04))
                lot.expires = lot.received + part.shelfDays + rng.between(-15, 15);
            if (lot.expires && lot.expires < lot.received)
                lot.expires = lot.received;
            lot.receiptNote =
                rng.chance(0.03) ? quint8(1 + rng.below(std::size(kReceiptNotes))) : 0;
            lot.creator = quint8(rng.below(std::size(kClerks)));
            plan.lots.push_back(lot);
        }
    }
    // Received order: lot ids grow with time, as in a real file.
    std::sort(plan.lots.begin(), plan.lots.end(), [](const DemoLot &a, const DemoLot &b) {
        return a.received != b.received ? a.received < b.received : a.createdAt < b.createdAt;
    });

    // What happened to each lot afterwards: archived when expired or used up
    // (the older, the likelier; about a third of all lots end up archived),
    // sometimes restored, sometimes corrected.
    constexpr double kUsedUp = 0.7;
    for (DemoLot &lot : plan.lots) {
        const qint32 age = last - lot.received;
        const bool expired = lot.expires && lot.expires < today;
        if (age >= 2) {
            // Expired lots are disposed of: some within weeks, nearly all
            // within a year (the Expiring page shows mostly recent ones).
            const qint32 expiredFor = expired ? last - lot.expires : -1;
            const double disposed = expiredFor > 365 ? 0.97 : expiredFor > 60 ? 0.8 : 0.3;
            if (expired && rng.chance(disposed)) {
                lot.archived = true;
                lot.archiveDay = std::min(last, lot.expires + rng.between(0, 45));
                lot.reason = rng.chance(0.7) ? ExpiredDisposed : UsedUp;
            } else if (rng.chance(kUsedUp * double(age) / double(span))) {
                lot.archived = true;
                lot.archiveDay = lot.received + rng.between(2, age);
                const int r = int(rng.below(20));
                lot.reason = r == 0 ? Damaged : r < 4 ? Counted : UsedUp;
            }
        }
        if (lot.archived) {
            lot.archiveDay = std::clamp(lot.archiveDay, lot.received + 2, last);
            lot.archiveAt = rng.between(7 * 3600, 18 * 3600);
            lot.archiver = quint8(rng.below(std::size(kManagers)));
            // Archived by mistake and restored (a few days later, or the same day).
            if (lot.reason != ExpiredDisposed && rng.chance(0.02)) {
                lot.restoreDay = std::min(last, lot.archiveDay + rng.between(0, 10));
                lot.restoreAt = lot.restoreDay == lot.archiveDay
                                    ? lot.archiveAt + rng.between(60, 3600)
                                    : rng.between(7 * 3600, 18 * 3600);
                lot.restorer = quint8(rng.below(std::size(kManagers)));
                lot.archived = false;
            }
        }
        // A correction between receipt and the archive (or today).
        const qint32 editLimit = lot.archiveDay ? lot.archiveDay - 1 : last;
        if (editLimit > lot.received && rng.chance(0.04)) {
            lot.editDay = lot.received + 1 +
                          qint32(rng.below(quint64(std::min(editLimit - lot.received, 90))));
            lot.editAt = rng.between(7 * 3600, 18 * 3600);
            lot.editor = quint8(rng.below(std::size(kClerks)));
            const DemoWarehouse &wh = plan.warehouses[size_t(lot.warehouse)];
            switch (rng.below(5)) {
            case 0:
                if (lot.expires) {
                    lot.editKind = EditExpiry;
                    lot.editOld = lot.expires;
                    lot.expires = std::max(lot.received, lot.expires + rng.between(-60, 60));
                    break;
                }
                [[fallthrough]];
            case 1:
                lot.editKind = EditQuantity;
                lot.editOld = lot.quantity;
                lot.quantity = std::max(1, lot.quantity - rng.between(1, 1 + lot.quantity / 10));
                break;
            case 2:
                if (lot.bin >= 0 && wh.binCount > 1) {
                    lot.editKind = EditBin;
                    lot.editOld = lot.bin;
                    while (lot.bin == lot.editOld)
                        lot.bin = wh.firstBin + int(rng.below(quint64(wh.binCount)));
                    break;
                }
                [[fallthrough]];
            case 3:
                if (!lot.receiptNote) {
                    lot.editKind = EditNotes;
                    lot.editNote = quint8(1 + rng.below(std::size(kEditNotes)));
                    break;
                }
                [[fallthrough]];
            default:
                lot.editKind = EditCost;
                lot.editOld = lot.unitCost;
                lot.unitCost = lot.unitCost + MoneyUnits(rng.between(1, 50)) * 100;
                break;
            }
        }
    }

    // The audit trail in time order.
    plan.events.reserve(plan.lots.size() * 13 / 10);
    for (size_t i = 0; i < plan.lots.size(); ++i) {
        const DemoLot &lot = plan.lots[i];
        plan.events.push_back({secondsAt(lot.received, lot.createdAt), qint32(i), Create});
        if (lot.editKind != NoEdit)
            plan.events.push_back({secondsAt(lot.editDay, lot.editAt), qint32(i), Edit});
        if (lot.archiveDay)
            plan.events.push_back({secondsAt(lot.archiveDay, lot.archiveAt), qint32(i), Archive});
        if (lot.restoreDay)
            plan.events.push_back({secondsAt(lot.restoreDay, lot.restoreAt), qint32(i), Restore});
    }
    std::sort(plan.events.begin(), plan.events.end(), [](const DemoEvent &a, const DemoEvent &b) {
        if (a.when != b.when)
            return a.when < b.when;
        return a.lot != b.lot ? a.lot < b.lot : a.kind < b.kind;
    });
}

// "2024-03-05" for each Julian day the data uses, made once.
class DayText
{
public:
    DayText(qint32 from, qint32 to) : m_from(from)
    {
        m_text.reserve(size_t(to - from + 1));
        for (qint32 d = from; d <= to; ++d)
            m_text.push_back(dateToIso(QDate::fromJulianDay(d)));
    }
    const QString &operator()(qint32 day) const { return m_text[size_t(day - m_from)]; }
    // A UTC timestamp as AuditLog and the stores write it: 2024-03-05T10:11:12.345Z.
    QString stamp(qint64 when, int millis) const
    {
        const qint32 day = qint32(when / kDay);
        const int s = int(when % kDay);
        char time[24];
        std::snprintf(time, sizeof time, "T%02d:%02d:%02d.%03dZ", s / 3600, s / 60 % 60, s % 60,
                      millis);
        return (*this)(day) + QLatin1String(time);
    }

private:
    qint32 m_from;
    std::vector<QString> m_text;
};

// Indexes and triggers on the tables the bulk load fills: dropped while
// loading and made again at the end (sorting once beats a million inserts into
// each index, and the lot search index is rebuilt in one go).
struct Deferred
{
    QStringList drop, create;
};

Result<Deferred> deferIndexes(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s = exec(q,
                        QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE "
                                       "tbl_name IN ('lot', 'audit_event') AND sql IS NOT NULL "
                                       "AND (type = 'index' OR name = 'lot_search_insert') "
                                       "ORDER BY type, name"),
                        {}, QT_TRANSLATE_NOOP("SqlError", "reading the database schema"));
        !s)
        return s.errors();
    Deferred d;
    while (q.next()) {
        // Names from the schema, not from input: safe to quote into SQL.
        d.drop << QStringLiteral("DROP %1 \"%2\"")
                      .arg(q.value(0).toString().toUpper(), q.value(1).toString());
        d.create << q.value(2).toString();
    }
    return d;
}

Status execAll(QSqlDatabase db, const QStringList &statements, const char *context)
{
    QSqlQuery q(db);
    for (const QString &sql : statements)
        if (!q.exec(sql))
            return Status(FieldErrors{sqlError(q, context)});
    return success();
}

// Rows written `rows` at a time, one INSERT statement per batch: per row Qt
// and SQLite would each pay their per-statement work (and Qt binds the same).
class BatchInsert
{
public:
    BatchInsert(QSqlDatabase db, QString head, int columns, int rows, const char *context)
        : m_db(db), m_head(std::move(head)), m_columns(columns), m_rows(rows), m_context(context),
          m_full(db)
    {
        m_pending.reserve(columns * rows);
    }

    Status add(const QVariantList &row)
    {
        m_pending += row;
        return m_pending.size() >= qsizetype(m_columns) * m_rows ? flush() : success();
    }

    // Writes the rows still pending.
    Status flush()
    {
        if (m_pending.isEmpty())
            return success();
        const int rows = int(m_pending.size() / m_columns);
        QSqlQuery shorter(m_db);
        QSqlQuery *q = &m_full;
        if (rows == m_rows) {
            if (!m_prepared && !m_full.prepare(sql(rows)))
                return Status(FieldErrors{sqlError(m_full, m_context)});
            m_prepared = true;
        } else {
            if (!shorter.prepare(sql(rows)))
                return Status(FieldErrors{sqlError(shorter, m_context)});
            q = &shorter;
        }
        for (int i = 0; i < m_pending.size(); ++i)
            q->bindValue(i, boundValue(m_pending.at(i)));
        if (!q->exec())
            return Status(FieldErrors{sqlError(*q, m_context)});
        m_pending.clear();
        return success();
    }

private:
    QString sql(int rows) const
    {
        QString tuple = QStringLiteral("(?");
        for (int c = 1; c < m_columns; ++c)
            tuple += QStringLiteral(", ?");
        tuple += QLatin1Char(')');
        QString text = m_head + QStringLiteral(" VALUES ") + tuple;
        for (int r = 1; r < rows; ++r)
            text += QStringLiteral(", ") + tuple;
        return text;
    }

    QSqlDatabase m_db;
    QString m_head;
    int m_columns, m_rows;
    const char *m_context;
    QSqlQuery m_full;
    bool m_prepared = false;
    QVariantList m_pending;
};

// A create event lists every field with a value (AuditLog::diff from nothing).
QList<FieldChange> created(std::initializer_list<std::pair<const char *, QVariant>> fields)
{
    QList<FieldChange> changes;
    changes.reserve(qsizetype(fields.size()));
    for (const auto &[field, value] : fields)
        if (value.isValid())
            changes.append({latin1(field), QVariant(), value});
    return changes;
}

// The texts every part of the writer shares: dates, names, lot numbers.
class Texts
{
public:
    explicit Texts(const Plan &plan)
        : m_plan(plan), m_days(plan.catalogDay, qint32(plan.today.toJulianDay()) + 6 * 366)
    {
        for (const char *u : kClerks)
            clerks << latin1(u);
        for (const char *u : kManagers)
            managers << latin1(u);
        for (const char *r : kArchiveReasons)
            reasons << latin1(r);
    }

    const QString &day(qint32 day) const { return m_days(day); }
    QVariant dayValue(qint32 day) const { return day ? QVariant(m_days(day)) : QVariant(); }
    QString stamp(qint64 when, int millis) const { return m_days.stamp(when, millis); }
    // Catalog entries were set up a second apart, the morning of the catalog day.
    QString catalogStamp(qint64 tick) const
    {
        return m_days.stamp(secondsAt(m_plan.catalogDay, 9 * 3600) + tick, 0);
    }
    // The milliseconds of a lot's timestamps: fixed, but not all zero.
    static int millis(size_t lot, int salt)
    {
        return int((lot * 7919 + size_t(salt) * 104729) % 1000);
    }

    // "ACM-2403-0012345", "20240315-012345" or "L0012345": suppliers number
    // their lots differently; the running number keeps each one unique.
    QString lotNumber(size_t index) const
    {
        const DemoLot &lot = m_plan.lots[index];
        const DemoSupplier &s = m_plan.suppliers[size_t(lot.supplier)];
        const QDate d = QDate::fromJulianDay(lot.received);
        const auto n = static_cast<unsigned long long>(index + 1);
        char text[40];
        switch (s.lotFormat) {
        case 0:
            std::snprintf(text, sizeof text, "-%02d%02d-%07llu", d.year() % 100, d.month(), n);
            return s.prefix + QLatin1String(text);
        case 1:
            // Unique while fewer than a million lots arrive in one day.
            std::snprintf(text, sizeof text, "%04d%02d%02d-%06llu", d.year(), d.month(), d.day(),
                          n % 1000000);
            return QLatin1String(text);
        default:
            std::snprintf(text, sizeof text, "L%07llu", n);
            return QLatin1String(text);
        }
    }
    QString binCode(qint64 bin) const
    {
        return bin >= 0 ? m_plan.bins[size_t(bin)].code : QString();
    }
    QVariant binValue(qint64 bin) const { return bin >= 0 ? QVariant(binCode(bin)) : QVariant(); }
    // The notes as received, and as they are now (after a correction).
    static QString receiptNotes(const DemoLot &lot)
    {
        return lot.receiptNote ? latin1(kReceiptNotes[lot.receiptNote - 1])
                               : QString(QLatin1String(""));
    }
    static QString notes(const DemoLot &lot)
    {
        return lot.editKind == EditNotes ? latin1(kEditNotes[lot.editNote - 1]) : receiptNotes(lot);
    }

    QStringList clerks, managers, reasons;

private:
    const Plan &m_plan;
    DayText m_days;
};

constexpr int kEventColumns = 10;
constexpr int kLotColumns = 21;

// The audit trail as rows, in order, each chained to the one before with
// AuditLog's own hash, so that AuditLog::verify() checks it like any other.
// Pure computation (JSON and SHA-256, most of the work per event): it runs on
// a thread of its own while the writer inserts rows.
class EventMaker
{
public:
    EventMaker(const Plan &plan, const Texts &texts) : m_plan(plan), m_t(texts) {}

    // Calls `batch` with the rows of `perBatch` events at a time (the last
    // batch may be shorter); stops early when it returns false.
    void run(int perBatch, const std::function<bool(QVariantList &&)> &batch)
    {
        m_perBatch = perBatch;
        m_sink = &batch;
        m_rows.reserve(perBatch * kEventColumns);
        if (catalog() && lots() && !m_rows.isEmpty())
            batch(std::move(m_rows));
    }

private:
    bool add(const QString &at, const QString &user, const char *action, const char *entity,
             qint64 id, const QString &key, const QList<FieldChange> &changes)
    {
        AuditEvent e;
        e.seq = ++m_seq;
        e.at = at;
        e.user = user;
        e.action = latin1(action);
        e.entity = latin1(entity);
        e.entityId = id;
        e.entityKey = key;
        e.changesJson = AuditLog::changesToJson(changes);
        QString hash = AuditLog::eventHash(e, m_prevHash);
        m_rows << e.seq << e.at << e.user << e.action << e.entity << e.entityId << e.entityKey
               << e.changesJson << m_prevHash << hash;
        m_prevHash = std::move(hash);
        if (m_rows.size() < qsizetype(m_perBatch) * kEventColumns)
            return true;
        QVariantList full;
        full.reserve(m_perBatch * kEventColumns);
        std::swap(full, m_rows);
        return (*m_sink)(std::move(full));
    }

    bool catalog()
    {
        const QString admin = latin1(kAdmin);
        const QString empty = QString(QLatin1String(""));
        qint64 tick = 0;
        for (size_t i = 0; i < m_plan.suppliers.size(); ++i) {
            const DemoSupplier &s = m_plan.suppliers[i];
            if (!add(m_t.catalogStamp(tick++), admin, "create", "supplier", qint64(i + 1), s.name,
                     created({{"name", s.name},
                              {"contact", s.contact},
                              {"phone", s.phone},
                              {"email", s.email},
                              {"notes", empty},
                              {"active", 1}})))
                return false;
        }
        for (size_t w = 0; w < m_plan.warehouses.size(); ++w) {
            const DemoWarehouse &wh = m_plan.warehouses[w];
            if (!add(m_t.catalogStamp(tick++), admin, "create", "warehouse", qint64(w + 1), wh.name,
                     created({{"name", wh.name}, {"notes", wh.notes}, {"active", 1}})))
                return false;
            for (int b = wh.firstBin; b < wh.firstBin + wh.binCount; ++b) {
                const DemoBin &d = m_plan.bins[size_t(b)];
                if (!add(m_t.catalogStamp(tick++), admin, "create", "bin", qint64(b + 1),
                         wh.name + QStringLiteral(" / ") + d.code,
                         created({{"warehouse_id", qint64(w + 1)},
                                  {"code", d.code},
                                  {"description", d.description.isNull() ? empty : d.description},
                                  {"active", 1}})))
                    return false;
            }
        }
        for (size_t i = 0; i < m_plan.parts.size(); ++i) {
            const DemoPart &p = m_plan.parts[i];
            if (!add(m_t.catalogStamp(tick++), admin, "create", "part", qint64(i + 1), p.number,
                     created({{"part_number", p.number},
                              {"name", p.name},
                              {"unit", p.unit},
                              {"price", p.price},
                              {"description", empty},
                              {"track_lots", p.trackLots ? 1 : 0},
                              {"active", 1}})))
                return false;
        }
        return true;
    }

    bool lots()
    {
        const QString active = QStringLiteral("active");
        const QString archived = QStringLiteral("archived");
        const QString status = QStringLiteral("status");
        const QString reason = QStringLiteral("archive_reason");
        for (const DemoEvent &ev : m_plan.events) {
            const size_t i = size_t(ev.lot);
            const DemoLot &lot = m_plan.lots[i];
            const QString number = m_t.lotNumber(i);
            const QString key = m_plan.parts[size_t(lot.part)].number + QLatin1Char('/') + number;
            bool ok = true;
            switch (ev.kind) {
            case Create: {
                // The lot as received: the corrected field still has its old value.
                const qint32 expires =
                    lot.editKind == EditExpiry ? qint32(lot.editOld) : lot.expires;
                const qint64 quantity = lot.editKind == EditQuantity ? lot.editOld : lot.quantity;
                const MoneyUnits cost = lot.editKind == EditCost ? lot.editOld : lot.unitCost;
                const qint64 bin = lot.editKind == EditBin ? lot.editOld : lot.bin;
                ok = add(m_t.stamp(ev.when, Texts::millis(i, 0)), m_t.clerks.at(lot.creator),
                         "create", "lot", qint64(i + 1), key,
                         created({{"lot_number", number},
                                  {"received_on", m_t.day(lot.received)},
                                  {"expires_on", m_t.dayValue(expires)},
                                  {"quantity", quantity},
                                  {"unit_cost", formatMoneyPlain(cost)},
                                  {"supplier", m_plan.suppliers[size_t(lot.supplier)].name},
                                  {"warehouse", m_plan.warehouses[size_t(lot.warehouse)].name},
                                  {"bin", m_t.binValue(bin)},
                                  {"notes", Texts::receiptNotes(lot)},
                                  {"status", active}}));
                break;
            }
            case Edit: {
                FieldChange change;
                switch (lot.editKind) {
                case EditExpiry:
                    change = {QStringLiteral("expires_on"), m_t.dayValue(qint32(lot.editOld)),
                              m_t.dayValue(lot.expires)};
                    break;
                case EditQuantity:
                    change = {QStringLiteral("quantity"), lot.editOld, qint64(lot.quantity)};
                    break;
                case EditBin:
                    change = {QStringLiteral("bin"), m_t.binValue(lot.editOld),
                              m_t.binValue(lot.bin)};
                    break;
                case EditNotes:
                    change = {QStringLiteral("notes"), Texts::receiptNotes(lot), Texts::notes(lot)};
                    break;
                default:
                    change = {QStringLiteral("unit_cost"), formatMoneyPlain(lot.editOld),
                              formatMoneyPlain(lot.unitCost)};
                    break;
                }
                ok = add(m_t.stamp(ev.when, Texts::millis(i, 1)), m_t.clerks.at(lot.editor),
                         "update", "lot", qint64(i + 1), key, {change});
                break;
            }
            case Archive:
                ok = add(
                    m_t.stamp(ev.when, Texts::millis(i, 2)), m_t.managers.at(lot.archiver),
                    "archive", "lot", qint64(i + 1), key,
                    {{status, active, archived}, {reason, QVariant(), m_t.reasons.at(lot.reason)}});
                break;
            case Restore:
                ok = add(
                    m_t.stamp(ev.when, Texts::millis(i, 3)), m_t.managers.at(lot.restorer),
                    "restore", "lot", qint64(i + 1), key,
                    {{status, archived, active}, {reason, m_t.reasons.at(lot.reason), QVariant()}});
                break;
            }
            if (!ok)
                return false;
        }
        return true;
    }

    const Plan &m_plan;
    const Texts &m_t;
    int m_perBatch = 1;
    const std::function<bool(QVariantList &&)> *m_sink = nullptr;
    QVariantList m_rows;
    qint64 m_seq = 0;
    QString m_prevHash;
};

// Batches of event rows handed from the EventMaker's thread to the writer;
// at most `capacity` wait, so memory stays bounded whatever the size.
class EventQueue
{
public:
    explicit EventQueue(size_t capacity) : m_capacity(capacity) {}

    // Producer: false when the writer gave up.
    bool push(QVariantList &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_cancelled || m_batches.size() < m_capacity; });
        if (m_cancelled)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_changed.notify_all();
    }
    // Writer: the next batch; waits for it when `wait`. Nothing when none is
    // ready (not waiting) or the producer has finished.
    std::optional<QVariantList> pop(bool wait)
    {
        std::unique_lock lock(m_mutex);
        if (wait)
            m_changed.wait(lock, [this] { return m_finished || !m_batches.empty(); });
        if (m_batches.empty())
            return std::nullopt;
        QVariantList batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }
    bool finished()
    {
        std::lock_guard lock(m_mutex);
        return m_finished && m_batches.empty();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QVariantList> m_batches;
    size_t m_capacity;
    bool m_finished = false;
    bool m_cancelled = false;
};

// Writes the plan: the catalog and lots from this thread, the audit trail as
// the EventMaker's thread makes it, interleaved so both threads keep busy.
class Writer
{
public:
    Writer(Database &db, const Plan &plan, const DemoOptions &options)
        : m_db(db), m_plan(plan), m_options(options), m_t(plan)
    {}

    Status run(DemoSummary &summary)
    {
        constexpr int kEventsPerBatch = 1024;
        EventQueue queue(16);
        EventMaker maker(m_plan, m_t);
        std::thread producer([&] {
            maker.run(kEventsPerBatch,
                      [&queue](QVariantList &&rows) { return queue.push(std::move(rows)); });
            queue.finish();
        });
        // However this ends, the producer stops and is joined first.
        const auto join = qScopeGuard([&] {
            queue.cancel();
            producer.join();
        });

        BatchInsert events(m_db.connection(),
                           QStringLiteral("INSERT INTO audit_event (seq, at, user_name, action, "
                                          "entity, entity_id, entity_key, changes, prev_hash, "
                                          "hash)"),
                           kEventColumns, 64,
                           QT_TRANSLATE_NOOP("SqlError", "writing the demo audit trail"));
        auto writeEvents = [&](const QVariantList &rows) {
            for (qsizetype r = 0; r < rows.size(); r += kEventColumns)
                if (Status s = events.add(rows.mid(r, kEventColumns)); !s)
                    return s;
            summary.auditEvents += rows.size() / kEventColumns;
            return success();
        };

        if (Status s = writeCatalog(); !s)
            return s;
        BatchInsert lots(m_db.connection(),
                         QStringLiteral("INSERT INTO lot (id, part_id, lot_number, lot_key, "
                                        "received_on, expires_on, quantity, unit_cost, "
                                        "supplier_id, warehouse_id, bin_id, notes, status, "
                                        "archived_at, archived_by, archive_reason, created_at, "
                                        "created_by, updated_at, updated_by, version)"),
                         kLotColumns, 48, QT_TRANSLATE_NOOP("SqlError", "writing demo lots"));
        const size_t every = size_t(qMax<qint64>(1, m_options.progressEvery));
        size_t next = 0;
        for (;;) {
            // Events as soon as they are made; lots while none are ready.
            const bool lotsLeft = next < m_plan.lots.size();
            if (std::optional<QVariantList> rows = queue.pop(!lotsLeft)) {
                if (Status s = writeEvents(*rows); !s)
                    return s;
                continue;
            }
            if (!lotsLeft)
                break;
            for (const size_t end = std::min(m_plan.lots.size(), next + 1024); next < end;) {
                if (Status s = lots.add(lotRow(next++)); !s)
                    return s;
                if (m_options.progress && next % every == 0 && !m_options.progress(qint64(next)))
                    return Status::failure({}, Text::tr("Cancelled: no demo data was written."));
            }
        }
        if (Status s = lots.flush(); !s)
            return s;
        return events.flush();
    }

private:
    Status writeCatalog()
    {
        QSqlDatabase c = m_db.connection();
        const QString admin = latin1(kAdmin);
        const QString empty = QString(QLatin1String(""));
        qint64 tick = 0;
        BatchInsert suppliers(c,
                              QStringLiteral("INSERT INTO supplier (id, name, name_key, contact, "
                                             "phone, email, notes, active, created_at, "
                                             "created_by, updated_at, updated_by)"),
                              12, 64, QT_TRANSLATE_NOOP("SqlError", "writing demo suppliers"));
        for (size_t i = 0; i < m_plan.suppliers.size(); ++i) {
            const DemoSupplier &s = m_plan.suppliers[i];
            const QString at = m_t.catalogStamp(tick++);
            if (Status st = suppliers.add({qint64(i + 1), s.name, normalizedKey(s.name), s.contact,
                                           s.phone, s.email, empty, 1, at, admin, at, admin});
                !st)
                return st;
        }
        if (Status st = suppliers.flush(); !st)
            return st;

        BatchInsert warehouses(c,
                               QStringLiteral("INSERT INTO warehouse (id, name, name_key, notes, "
                                              "active, created_at, created_by, updated_at, "
                                              "updated_by)"),
                               9, 64, QT_TRANSLATE_NOOP("SqlError", "writing demo warehouses"));
        BatchInsert bins(c,
                         QStringLiteral("INSERT INTO bin (id, warehouse_id, code, code_key, "
                                        "description, active, created_at, created_by, "
                                        "updated_at, updated_by)"),
                         10, 64, QT_TRANSLATE_NOOP("SqlError", "writing demo bins"));
        // Bins after their warehouses (foreign keys), stamped in the order the
        // EventMaker stamps them: each warehouse, then its bins.
        std::vector<qint64> binTicks(m_plan.bins.size());
        for (size_t w = 0; w < m_plan.warehouses.size(); ++w) {
            const DemoWarehouse &wh = m_plan.warehouses[w];
            const QString at = m_t.catalogStamp(tick++);
            if (Status st = warehouses.add({qint64(w + 1), wh.name, normalizedKey(wh.name),
                                            wh.notes, 1, at, admin, at, admin});
                !st)
                return st;
            for (int b = wh.firstBin; b < wh.firstBin + wh.binCount; ++b)
                binTicks[size_t(b)] = tick++;
        }
        if (Status st = warehouses.flush(); !st)
            return st;
        for (size_t b = 0; b < m_plan.bins.size(); ++b) {
            const DemoBin &d = m_plan.bins[b];
            const QString at = m_t.catalogStamp(binTicks[b]);
            if (Status st = bins.add(
                    {qint64(b + 1), qint64(d.warehouse + 1), d.code, normalizedKey(d.code),
                     d.description.isNull() ? empty : d.description, 1, at, admin, at, admin});
                !st)
                return st;
        }
        if (Status st = bins.flush(); !st)
            return st;

        BatchInsert parts(c,
                          QStringLiteral("INSERT INTO part (id, part_number, part_key, name, "
                                         "name_key, unit, price, description, track_lots, "
                                         "active, created_at, created_by, updated_at, "
                                         "updated_by)"),
                          14, 64, QT_TRANSLATE_NOOP("SqlError", "writing demo parts"));
        for (size_t i = 0; i < m_plan.parts.size(); ++i) {
            const DemoPart &p = m_plan.parts[i];
            const QString at = m_t.catalogStamp(tick++);
            if (Status st = parts.add({qint64(i + 1), p.number, normalizedKey(p.number), p.name,
                                       normalizedKey(p.name), p.unit, p.price, empty,
                                       p.trackLots ? 1 : 0, 1, at, admin, at, admin});
                !st)
                return st;
        }
        return parts.flush();
    }

    // The lot as it is now, with who changed it last and when.
    QVariantList lotRow(size_t i) const
    {
        const DemoLot &lot = m_plan.lots[i];
        const QString number = m_t.lotNumber(i);
        const QString createdAt =
            m_t.stamp(secondsAt(lot.received, lot.createdAt), Texts::millis(i, 0));
        const QString &creator = m_t.clerks.at(lot.creator);
        QString updatedAt = createdAt, updatedBy = creator;
        qint64 version = 1;
        if (lot.editKind != NoEdit) {
            updatedAt = m_t.stamp(secondsAt(lot.editDay, lot.editAt), Texts::millis(i, 1));
            updatedBy = m_t.clerks.at(lot.editor);
            ++version;
        }
        QVariant archivedAt, archivedBy, reason;
        if (lot.archiveDay) {
            updatedAt = m_t.stamp(secondsAt(lot.archiveDay, lot.archiveAt), Texts::millis(i, 2));
            updatedBy = m_t.managers.at(lot.archiver);
            ++version;
            if (lot.archived) {
                archivedAt = updatedAt;
                archivedBy = updatedBy;
                reason = m_t.reasons.at(lot.reason);
            }
        }
        if (lot.restoreDay) {
            updatedAt = m_t.stamp(secondsAt(lot.restoreDay, lot.restoreAt), Texts::millis(i, 3));
            updatedBy = m_t.managers.at(lot.restorer);
            ++version;
        }
        return {qint64(i + 1),
                qint64(lot.part + 1),
                number,
                normalizedKey(number),
                m_t.day(lot.received),
                m_t.dayValue(lot.expires),
                lot.quantity,
                lot.unitCost,
                qint64(lot.supplier + 1),
                qint64(lot.warehouse + 1),
                lot.bin >= 0 ? QVariant(qint64(lot.bin + 1)) : QVariant(),
                Texts::notes(lot),
                lot.archived ? QStringLiteral("archived") : QStringLiteral("active"),
                archivedAt,
                archivedBy,
                reason,
                createdAt,
                creator,
                updatedAt,
                updatedBy,
                version};
    }

    Database &m_db;
    const Plan &m_plan;
    const DemoOptions &m_options;
    Texts m_t;
};

Result<bool> holdsRecords(Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status s = exec(q,
                        QStringLiteral("SELECT EXISTS (SELECT 1 FROM part) OR EXISTS (SELECT 1 "
                                       "FROM supplier) OR EXISTS (SELECT 1 FROM warehouse) OR "
                                       "EXISTS (SELECT 1 FROM lot)"),
                        {}, QT_TRANSLATE_NOOP("SqlError", "looking into the database"));
        !s || !q.next())
        return s.ok() ? Result<bool>::failure({}, Text::tr("Could not look into the database."))
                      : Result<bool>(s.errors());
    return q.value(0).toBool();
}

void summarize(const Plan &plan, DemoSummary &summary)
{
    const qint32 today = qint32(plan.today.toJulianDay());
    summary.today = plan.today;
    summary.suppliers = qint64(plan.suppliers.size());
    summary.warehouses = qint64(plan.warehouses.size());
    summary.bins = qint64(plan.bins.size());
    summary.parts = qint64(plan.parts.size());
    std::vector<qint64> perPart(plan.parts.size(), 0);
    for (const DemoPart &p : plan.parts)
        summary.lotTrackedParts += p.trackLots ? 1 : 0;
    for (const DemoLot &lot : plan.lots) {
        ++perPart[size_t(lot.part)];
        summary.archived += lot.archived;
        summary.edited += lot.editKind != NoEdit;
        summary.restored += lot.restoreDay != 0;
        if (!lot.expires) {
            ++summary.noExpiry;
            continue;
        }
        if (lot.expires > today + 365)
            ++summary.longDated;
        if (lot.archived)
            continue;
        if (lot.expires < today)
            ++summary.expired;
        else if (lot.expires <= today + 30)
            ++summary.expiringSoon;
    }
    summary.lots = qint64(plan.lots.size());
    const auto largest = std::max_element(perPart.begin(), perPart.end());
    if (largest != perPart.end() && *largest > 0) {
        const size_t p = size_t(largest - perPart.begin());
        summary.largestPartId = qint64(p + 1);
        summary.largestPartNumber = plan.parts[p].number;
        summary.largestPartLots = *largest;
    }
}
} // namespace

Result<DemoSummary> generate(Database &db, const DemoOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    if (today > QDate::currentDate())
        return Result<DemoSummary>::failure(
            QStringLiteral("today"),
            Text::tr("The demo's day %1 is in the future; lots cannot be received after today.")
                .arg(dateToIso(today)));
    if (options.parts < 1 || options.parts > kMaxParts)
        return Result<DemoSummary>::failure(QStringLiteral("parts"),
                                            Text::tr("Number of parts must be between 1 and %1.")
                                                .arg(QLocale::c().toString(kMaxParts)));
    if (options.lots < 0 || options.lots > kMaxLots)
        return Result<DemoSummary>::failure(QStringLiteral("lots"),
                                            Text::tr("Number of lots must be between 0 and %1.")
                                                .arg(QLocale::c().toString(kMaxLots)));
    if (db.isReadOnly())
        return Result<DemoSummary>::failure(
            {}, Text::tr("This database is open read-only; demo data cannot be written into it."));
    const Result<bool> used = holdsRecords(db);
    if (!used)
        return used.errors();
    if (used.value())
        return Result<DemoSummary>::failure(
            {},
            Text::tr("%1 already holds parts, suppliers, warehouses or lots. Demo data only goes "
                     "into a new, empty database, so that it never mixes with real records: choose "
                     "a new file.")
                .arg(db.path()));

    Plan plan;
    plan.today = today;
    Random rng(options.seed);
    planCatalog(plan, rng, options.parts);
    planLots(plan, rng, options.lots);

    QSqlDatabase c = db.connection();
    QSqlQuery pragma(c);
    // A fresh file loaded in one transaction: a rollback journal only has to
    // keep the few pages that existed before (WAL would write every page
    // twice), and a bigger page cache holds the indexes while they are built.
    QString journal;
    if (pragma.exec(QStringLiteral("PRAGMA journal_mode")) && pragma.next())
        journal = pragma.value(0).toString();
    pragma.finish();
    QVariant cacheSize, threads, mmapSize;
    if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
        cacheSize = pragma.value(0);
    pragma.finish();
    if (pragma.exec(QStringLiteral("PRAGMA threads")) && pragma.next())
        threads = pragma.value(0);
    pragma.finish();
    if (pragma.exec(QStringLiteral("PRAGMA mmap_size")) && pragma.next())
        mmapSize = pragma.value(0);
    pragma.finish();
    pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    // The index builds sort with a helper thread and read the tables they
    // index (larger than the cache) through memory mapping, not read calls.
    pragma.exec(QStringLiteral("PRAGMA threads = 2"));
    pragma.exec(QStringLiteral("PRAGMA mmap_size = 2147418112"));
    if (journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
        pragma.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    pragma.finish();
    const auto restore = qScopeGuard([&] {
        QSqlQuery q(c);
        if (cacheSize.isValid())
            q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize.toLongLong()));
        if (threads.isValid())
            q.exec(QStringLiteral("PRAGMA threads = %1").arg(threads.toLongLong()));
        if (mmapSize.isValid())
            q.exec(QStringLiteral("PRAGMA mmap_size = %1").arg(mmapSize.toLongLong()));
        if (journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    });

    DemoSummary summary;
    {
        Transaction tx(c);
        if (!tx.isActive())
            return tx.beginStatus().errors();
        const Result<Deferred> deferred = deferIndexes(c);
        if (!deferred)
            return deferred.errors();
        if (Status s = execAll(c, deferred.value().drop,
                               QT_TRANSLATE_NOOP("SqlError", "preparing the bulk load"));
            !s)
            return s.errors();
        {
            Writer writer(db, plan, options);
            if (Status s = writer.run(summary); !s)
                return s.errors();
        }
        if (Status s = execAll(c, deferred.value().create,
                               QT_TRANSLATE_NOOP("SqlError", "indexing the demo data"));
            !s)
            return s.errors();
        if (Status s = execAll(c,
                               {QStringLiteral("INSERT INTO lot_search (lot_search) VALUES "
                                               "('rebuild')")},
                               QT_TRANSLATE_NOOP("SqlError", "indexing the demo lot numbers"));
            !s)
            return s.errors();
        if (Status s = tx.commit(); !s)
            return s.errors();
    }
    summarize(plan, summary);
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace lotbook::DemoData
