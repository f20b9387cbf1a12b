// audit and audit verify: the audit trail for auditors. `audit` lists events
// (newest first) with the filters of the Audit log page and each change in
// words; `audit verify` walks the hash chain and prints the event count and the
// newest hash, which an auditor notes so that a later cut-off tail shows.
#include "AuditLog.h"
#include "AuditQuery.h"
#include "Command.h"
#include "CommandParser.h"
#include "Console.h"
#include "Listing.h"
#include "Lot.h"
#include "Text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lotbook::cli {

namespace {
// This file's strings; lupdate files them under the "AuditCommands" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)
};

int verify(const Invocation &inv)
{
    CommandParser parser(
        inv,
        Text::tr("Walks the audit trail's hash chain from the first event to the newest: every "
                 "event must follow the one before without a gap, be linked to its hash and "
                 "match its own. Prints the number of events and the newest event's hash: note "
                 "them, and a later run that shows fewer events or another hash reveals events "
                 "cut off the end.\nExit code 0 when intact; 2 when broken, naming the first "
                 "broken event."));
    parser.addFormatOption(false);
    if (auto stop = parser.parse())
        return *stop;
    std::unique_ptr<Database> db = openDatabase(inv, Access::Read);
    if (!db)
        return ExitDatabase;
    const Result<AuditVerification> result = AuditLog::verify(*db);
    if (!result)
        return inv.console.fail(result.errors(), ExitDatabase);
    const AuditVerification &v = result.value();

    if (parser.format() == Format::Json) {
        QJsonObject object{
            {QStringLiteral("intact"), v.intact},
            {QStringLiteral("count"), v.count},
            {QStringLiteral("newest_hash"), v.newestHash},
        };
        if (!v.intact) {
            object.insert(QStringLiteral("broken_seq"), v.brokenSeq);
            object.insert(QStringLiteral("problem"), v.problem);
        }
        inv.console.print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    } else {
        const QString hash = v.newestHash.isEmpty() ? Text::tr("(none)") : v.newestHash;
        inv.console.print(v.intact
                              ? Text::tr("intact: %1 events, newest hash %2").arg(v.count).arg(hash)
                              : Text::tr("broken: %1 events, newest hash %2, first broken event %3")
                                    .arg(v.count)
                                    .arg(hash)
                                    .arg(v.brokenSeq));
    }
    if (v.intact)
        return ExitOk;
    inv.console.error(
        Text::tr("The audit trail is broken at event %1: %2.").arg(v.brokenSeq).arg(v.problem));
    return ExitDatabase;
}

QJsonArray changesJson(const AuditEvent &e)
{
    // The values exactly as stored, with the label and the line in words beside them.
    const QJsonArray stored = QJsonDocument::fromJson(e.changesJson.toUtf8()).array();
    QJsonArray out;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const QJsonObject c = stored.at(i).toObject();
        const QString field = c.value(QStringLiteral("field")).toString();
        out.append(QJsonObject{
            {QStringLiteral("field"), field},
            {QStringLiteral("label"), auditFieldLabel(e.entity, field)},
            {QStringLiteral("old"), c.value(QStringLiteral("old"))},
            {QStringLiteral("new"), c.value(QStringLiteral("new"))},
            {QStringLiteral("text"),
             i < e.changes.size() ? auditChangeLine(e, e.changes.at(i), nullptr) : QString()},
        });
    }
    return out;
}

int list(const Invocation &inv)
{
    CommandParser parser(
        inv,
        Text::tr(
            "Lists audit events, newest first: when (UTC), who, what was done to which "
            "part, lot, supplier, warehouse or bin, and each changed field in words "
            "(\"Expiration date: 2026-03-01 -> 2026-04-01\"). A part or lot is found under "
            "its current number and under the numbers it had. CSV and JSON add the entity "
            "id and the hashes; JSON lists the changes with their stored values.\nTo check that "
            "the trail is complete and unaltered, run \"lotbook-cli audit verify\"."));
    const QCommandLineOption lot(
        QStringLiteral("lot"),
        Text::tr(
            "Only the events of this lot: PART/LOT, or a lot number alone for the lots of every "
            "part with that number."),
        Text::tr("PART/LOT"));
    const QCommandLineOption part(QStringLiteral("part"),
                                  Text::tr("Only the events of this part and of its lots."),
                                  Text::tr("PN"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   Text::tr("Only events on or after this UTC date."),
                                   Text::tr("DATE"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   Text::tr("Only events on or before this UTC date."),
                                   Text::tr("DATE"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  Text::tr("Only events by this user (ignoring case)."),
                                  Text::tr("NAME"));
    const QCommandLineOption action(
        QStringLiteral("action"),
        Text::tr("Only this action: %1.").arg(auditActions().join(QLatin1String(", "))),
        Text::tr("ACTION"));
    const QCommandLineOption entity(QStringLiteral("entity"),
                                    Text::tr("Only events of this kind of record: %1.")
                                        .arg(auditEntities().join(QLatin1String(", "))),
                                    Text::tr("ENTITY"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Text::tr("At most this many events (the newest, or the oldest "
                                            "with --oldest-first)."),
                                   Text::tr("N"));
    const QCommandLineOption oldestFirst(QStringLiteral("oldest-first"),
                                         Text::tr("Lists the oldest event first."));
    parser.addOptions({lot, part, since, until, user, action, entity, limit, oldestFirst});
    parser.addFormatOption();
    if (auto stop = parser.parse())
        return *stop;

    AuditFilter filter;
    filter.newestFirst = !parser.isSet(oldestFirst);
    for (const auto &[option, date, label] :
         {std::tuple{&since, &filter.from, QStringLiteral("--since")},
          std::tuple{&until, &filter.to, QStringLiteral("--until")}}) {
        if (!parser.isSet(*option))
            continue;
        const Result<QDate> parsed =
            parseIsoDate(parser.value(*option), option->names().constFirst(), label);
        if (!parsed)
            return parser.usageError(parsed.message());
        *date = parsed.value();
    }
    if (parser.isSet(user)) {
        filter.user = parser.value(user).trimmed();
        if (filter.user.isEmpty())
            return parser.usageError(Text::tr("--user needs a name."));
    }
    filter.action = parser.value(action);
    filter.entity = parser.value(entity);
    if (parser.isSet(limit)) {
        bool ok = false;
        filter.limit = parser.value(limit).trimmed().toInt(&ok);
        if (!ok || filter.limit <= 0)
            return parser.usageError(
                Text::tr("--limit needs a whole number greater than 0 (\"%1\" is not).")
                    .arg(parser.value(limit)));
    }
    if (parser.isSet(part)) {
        filter.partNumber = parser.value(part).trimmed();
        if (filter.partNumber.isEmpty())
            return parser.usageError(Text::tr("--part needs a part number."));
    }
    if (parser.isSet(lot) && parser.value(lot).trimmed().isEmpty())
        return parser.usageError(Text::tr("--lot needs a lot number, such as CAP-100/ACME-0101."));
    if (Status s = AuditQuery::validate(filter); !s)
        return parser.usageError(s.message());

    std::unique_ptr<Database> db = openDatabase(inv, Access::Read);
    if (!db)
        return ExitDatabase;
    if (parser.isSet(lot)) {
        const auto [lotPart, lotNumber] = AuditQuery::splitLotKey(*db, parser.value(lot));
        if (!lotPart.isEmpty() && !filter.partNumber.isEmpty() &&
            normalizedKey(lotPart) != normalizedKey(filter.partNumber))
            return parser.usageError(Text::tr("--lot names part %1 but --part names %2; give one.")
                                         .arg(lotPart, filter.partNumber));
        if (lotNumber.isEmpty())
            return parser.usageError(
                Text::tr("--lot needs a lot number after the part: PART/LOT."));
        if (!lotPart.isEmpty())
            filter.partNumber = lotPart;
        filter.lotNumber = lotNumber;
    }

    const Result<QList<AuditEvent>> events = AuditQuery::list(*db, filter);
    if (!events)
        return inv.console.fail(events.errors(), ExitDatabase);

    if (parser.format() == Format::Json) {
        QJsonArray array;
        for (const AuditEvent &e : events.value())
            array.append(QJsonObject{
                {QStringLiteral("seq"), e.seq},
                {QStringLiteral("at"), e.at},
                {QStringLiteral("user"), e.user},
                {QStringLiteral("action"), e.action},
                {QStringLiteral("entity"), e.entity},
                {QStringLiteral("entity_id"), e.entityId},
                {QStringLiteral("key"), e.entityKey},
                {QStringLiteral("changes"), changesJson(e)},
                {QStringLiteral("prev_hash"), e.prevHash},
                {QStringLiteral("hash"), e.hash},
            });
        inv.console.print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }

    // The table leaves out the id and the hashes (headings empty); CSV keeps them.
    Listing listing({{QStringLiteral("seq"), Text::tr("Seq"), true},
                     {QStringLiteral("at"), Text::tr("At (UTC)")},
                     {QStringLiteral("user"), Text::tr("User")},
                     {QStringLiteral("action"), Text::tr("Action")},
                     {QStringLiteral("entity"), Text::tr("Entity")},
                     {QStringLiteral("entity_id"), {}},
                     {QStringLiteral("key"), Text::tr("Key")},
                     {QStringLiteral("changes"), Text::tr("Changes")},
                     {QStringLiteral("prev_hash"), {}},
                     {QStringLiteral("hash"), {}}});
    for (const AuditEvent &e : events.value())
        listing.addRow({e.seq, e.at, e.user, e.action, e.entity, e.entityId, e.entityKey,
                        auditChangeLines(e, nullptr).join(QLatin1String("; ")), e.prevHash,
                        e.hash});
    if (parser.format() == Format::Csv) {
        inv.console.print(listing.toCsv());
        return ExitOk;
    }
    if (events.value().isEmpty()) {
        inv.console.print(Text::tr("No audit events match."));
        return ExitOk;
    }
    inv.console.print(listing.toTable());
    if (filter.limit > 0) {
        const Result<qint64> total = AuditQuery::count(*db, filter);
        if (total && total.value() > events.value().size())
            inv.console.print(
                Text::tr("%1 of %2 events shown.").arg(events.value().size()).arg(total.value()));
    }
    return ExitOk;
}
} // namespace

QList<Command> auditCommands()
{
    return {
        {{QStringLiteral("audit")},
         QT_TRANSLATE_NOOP("Commands", "List audit events, filtered, with the changes in words"),
         list},
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         QT_TRANSLATE_NOOP("Commands", "Check the audit trail's hash chain; print count and "
                                       "newest hash"),
         verify},
    };
}

} // namespace lotbook::cli
