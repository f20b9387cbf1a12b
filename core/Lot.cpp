#include "Lot.h"

#include "Text.h"

#include <QCoreApplication>
#include <QLocale>

namespace lotbook {

namespace {
// This file's strings; lupdate files them under the "Lot" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Lot)
};
} // namespace

QString lotStatusKey(LotStatus status)
{
    return status == LotStatus::Archived ? QStringLiteral("archived") : QStringLiteral("active");
}

LotStatus lotStatusFromKey(const QString &key)
{
    return key == QLatin1String("archived") ? LotStatus::Archived : LotStatus::Active;
}

QString lotStatusName(LotStatus status)
{
    return status == LotStatus::Archived ? Text::tr("Archived") : Text::tr("Active");
}

Result<qint64> parseQuantity(const QString &text, const QLocale &locale)
{
    const QString field = QStringLiteral("quantity");
    QString t = text.trimmed();
    if (t.isEmpty())
        return Result<qint64>::failure(field, Text::tr("Quantity received is required."));
    const QString group = locale.groupSeparator();
    QString digits = t;
    if (!group.isEmpty())
        digits.remove(group);
    bool digitsOnly = !digits.isEmpty();
    for (QChar c : std::as_const(digits))
        digitsOnly = digitsOnly && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    // Group separators only where the locale puts them: "1,5" in English or
    // "2.5" in German is a decimal or a typo and must not become 15 or 25.
    bool grouped = true;
    if (digitsOnly && digits.size() <= 12 && digits != t) {
        QLocale grouping = locale;
        grouping.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
        grouped = grouping.toString(digits.toLongLong()) == t;
    }
    if (!digitsOnly || digits.size() > 12 || !grouped)
        return Result<qint64>::failure(
            field,
            Text::tr("Quantity received must be a whole number greater than 0 (\"%1\" is not).")
                .arg(text.trimmed()));
    const qint64 value = digits.toLongLong();
    if (value <= 0)
        return Result<qint64>::failure(field,
                                       Text::tr("Quantity received must be greater than 0."));
    return value;
}

Result<QDate> parseIsoDate(const QString &text, const QString &field, const QString &label)
{
    const QDate date = dateFromIso(text);
    if (!date.isValid())
        return Result<QDate>::failure(
            field,
            Text::tr("%1 \"%2\" is not a valid date; write it as YYYY-MM-DD, such as 2026-03-15.")
                .arg(label, text.trimmed()));
    return date;
}

QString lotFieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("lot_number"), QT_TRANSLATE_NOOP("Lot", "Lot number")},
        {QStringLiteral("received_on"), QT_TRANSLATE_NOOP("Lot", "Received date")},
        {QStringLiteral("expires_on"), QT_TRANSLATE_NOOP("Lot", "Expiration date")},
        {QStringLiteral("quantity"), QT_TRANSLATE_NOOP("Lot", "Quantity received")},
        {QStringLiteral("unit_cost"), QT_TRANSLATE_NOOP("Lot", "Cost per unit")},
        {QStringLiteral("supplier"), QT_TRANSLATE_NOOP("Lot", "Supplier")},
        {QStringLiteral("warehouse"), QT_TRANSLATE_NOOP("Lot", "Warehouse")},
        {QStringLiteral("bin"), QT_TRANSLATE_NOOP("Lot", "Bin")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("Lot", "Notes")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Lot", "Status")},
        {QStringLiteral("archive_reason"), QT_TRANSLATE_NOOP("Lot", "Archive reason")},
        {QStringLiteral("part"), QT_TRANSLATE_NOOP("Lot", "Part")},
        {QStringLiteral("source_file"), QT_TRANSLATE_NOOP("Lot", "Imported from")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : Text::tr(it.value());
}

} // namespace lotbook
