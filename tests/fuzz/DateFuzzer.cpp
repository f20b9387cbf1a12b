// Fuzz target for the date parsers: arbitrary bytes as text in a date field or
// a date column of an imported file. Checks that
// - an ISO date accepted by dateFromIso / parseIsoDate is a valid date that
//   re-serialises to exactly the (trimmed) text, and both agree;
// - parseImportDate, in each date order, gives a valid date in years 1..9999
//   that reads back the same from its ISO form (in every order) and from the
//   order's own form (05/03/2024 day first, 03/05/2024 month first);
// - year-first text accepted as ISO reads the same in every order, and text
//   dateFromIso accepts is accepted by the import in every order;
// - a refusal names the field and says something.
#include "FuzzCheck.h"
#include "Lot.h"
#include "LotImport.h"
#include "Text.h"

#include <QDate>
#include <cstddef>
#include <cstdint>

using namespace lotbook;
using lotbook::fuzz::shown;

namespace {

const QString kField = QStringLiteral("received");
const QString kLabel = QStringLiteral("Received date");
constexpr DateOrder kOrders[] = {DateOrder::Iso, DateOrder::DayFirst, DateOrder::MonthFirst};

QString inOrder(const QDate &date, DateOrder order)
{
    const QString year = QStringLiteral("%1").arg(date.year(), 4, 10, QLatin1Char('0'));
    switch (order) {
    case DateOrder::DayFirst:
        return QStringLiteral("%1/%2/%3").arg(date.day()).arg(date.month()).arg(year);
    case DateOrder::MonthFirst:
        return QStringLiteral("%1/%2/%3").arg(date.month()).arg(date.day()).arg(year);
    case DateOrder::Iso:
        break;
    }
    return dateToIso(date);
}

QString where(DateOrder order, const QString &text)
{
    return dateOrderKey(order) + QLatin1Char(' ') + shown(text);
}

void checkRefusal(const FieldErrors &errors, const QString &field, const QString &text)
{
    FUZZ_CHECK(!errors.isEmpty() && errors.first().field == field &&
                   !errors.first().message.isEmpty(),
               shown(text));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const QDate iso = dateFromIso(text);
    if (iso.isValid())
        FUZZ_CHECK(dateToIso(iso) == text.trimmed(),
                   shown(text) + QLatin1String(" -> ") + shown(dateToIso(iso)));
    const auto lotDate = parseIsoDate(text, QStringLiteral("received_on"), kLabel);
    FUZZ_CHECK(lotDate.ok() == iso.isValid() && (!iso.isValid() || lotDate.value() == iso),
               shown(text));
    if (!lotDate.ok())
        checkRefusal(lotDate.errors(), QStringLiteral("received_on"), text);

    QDate asIso;
    for (DateOrder order : kOrders) {
        const auto r = parseImportDate(text, order, kField, kLabel);
        if (!r.ok()) {
            checkRefusal(r.errors(), kField, text);
            FUZZ_CHECK(!iso.isValid(),
                       where(order, text) + QLatin1String(" refused, ISO ") + dateToIso(iso));
            FUZZ_CHECK(order == DateOrder::Iso || !asIso.isValid(),
                       where(order, text) + QLatin1String(" refused, ISO order read ") +
                           dateToIso(asIso));
            continue;
        }
        const QDate date = r.value();
        FUZZ_CHECK(date.isValid() && date.year() >= 1 && date.year() <= 9999,
                   where(order, text) + QLatin1String(" -> ") + date.toString());
        if (order == DateOrder::Iso)
            asIso = date;
        else if (asIso.isValid())
            FUZZ_CHECK(date == asIso, where(order, text) + QLatin1String(" -> ") + dateToIso(date) +
                                          QLatin1String(" vs ") + dateToIso(asIso));
        if (iso.isValid())
            FUZZ_CHECK(date == iso, where(order, text) + QLatin1String(" -> ") + dateToIso(date));
        for (DateOrder other : kOrders) {
            const auto back = parseImportDate(dateToIso(date), other, kField, kLabel);
            FUZZ_CHECK(back.ok() && back.value() == date,
                       where(other, dateToIso(date)) + QLatin1String(" from ") + shown(text));
        }
        const QString own = inOrder(date, order);
        const auto back = parseImportDate(own, order, kField, kLabel);
        FUZZ_CHECK(back.ok() && back.value() == date, where(order, own));
        FUZZ_CHECK(dateFromIso(dateToIso(date)) == date, dateToIso(date));
    }
    return 0;
}
