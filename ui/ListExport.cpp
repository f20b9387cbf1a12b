#include "ListExport.h"

#include "AuditLogPage.h"
#include "AuditQuery.h"
#include "BoundTableModel.h"
#include "Database.h"
#include "Lot.h"
#include "LotTableModel.h"
#include "Money.h"
#include "SqlError.h"
#include "Text.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QSqlError>

namespace lotbook {

namespace {
// This file's strings; lupdate files them under the "ListExport" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ListExport)
};

constexpr qint64 kProgressEvery = 500;

// How a selected value becomes a CSV cell.
enum class CellKind
{
    Text,
    Integer,
    Money,     // plain decimal with a dot: "1234.5"
    Date,      // ISO, as stored
    YesNo,     // "yes" / "no", as the list shows them
    Active,    // "Active" / "Inactive"
    LotStatus, // "Active" / "Archived"
    DaysLeft   // days from today to the selected expiration date
};

CellKind kindOf(const ColumnSpec &spec, bool lotList)
{
    if (lotList && spec.field == QLatin1String("status"))
        return CellKind::LotStatus;
    if (lotList && spec.field == QLatin1String("days_left"))
        return CellKind::DaysLeft;
    switch (spec.kind) {
    case ColumnSpec::Money:
        return CellKind::Money;
    case ColumnSpec::YesNo:
        return CellKind::YesNo;
    case ColumnSpec::Integer:
        return CellKind::Integer;
    case ColumnSpec::Date:
        return CellKind::Date;
    case ColumnSpec::Active:
        return CellKind::Active;
    case ColumnSpec::Text:
        break;
    }
    return CellKind::Text;
}

struct OutColumn
{
    int index; // in the SELECT
    CellKind kind;
};

CsvCell cellOf(const QVariant &value, CellKind kind, const QDate &today)
{
    switch (kind) {
    case CellKind::Text:
        return CsvCell::text(value.toString());
    case CellKind::Integer:
        return CsvCell::number(value.isNull() ? QString() : QString::number(value.toLongLong()));
    case CellKind::Money:
        return CsvCell::number(value.isNull() ? QString() : formatMoneyPlain(value.toLongLong()));
    case CellKind::Date:
        return CsvCell::number(value.isNull() ? QString() : value.toString());
    case CellKind::YesNo:
        return CsvCell::text(value.toBool() ? BoundTableModel::tr("yes")
                                            : BoundTableModel::tr("no"));
    case CellKind::Active:
        return CsvCell::text(value.toBool() ? BoundTableModel::tr("Active")
                                            : BoundTableModel::tr("Inactive"));
    case CellKind::LotStatus:
        return CsvCell::text(lotStatusName(lotStatusFromKey(value.toString())));
    case CellKind::DaysLeft: {
        const QDate expires = dateFromIso(value.toString());
        return CsvCell::number(expires.isValid() ? QString::number(today.daysTo(expires))
                                                 : QString());
    }
    }
    return CsvCell::text(value.toString());
}

// The view's visible sections in visual order, as logical indexes.
QList<int> visibleSections(const QHeaderView &header, int columnCount)
{
    QList<int> sections;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (logical >= 0 && logical < columnCount && !header.isSectionHidden(logical))
            sections << logical;
    }
    return sections;
}
} // namespace

ListExport tableListExport(const BoundTableModel &model, const QHeaderView &header,
                           const QString &fileStem)
{
    const auto *lots = qobject_cast<const LotTableModel *>(&model);
    ListExport e;
    e.fileStem = fileStem;
    QList<OutColumn> out;
    QStringList shownFields;
    // Column 0 is the hidden id; the specs follow it, as in the SELECT.
    for (int logical : visibleSections(header, model.columns().size() + 1)) {
        if (logical == 0)
            continue;
        const ColumnSpec &spec = model.columns().at(logical - 1);
        e.header << model.headerData(logical, Qt::Horizontal).toString();
        out << OutColumn{logical, kindOf(spec, lots != nullptr)};
        shownFields << spec.field;
    }
    QStringList extra;
    if (lots) {
        // What an import needs to give back the same lots, when not shown.
        const int next = int(model.columns().size()) + 1;
        if (!shownFields.contains(QLatin1String("part_number"))) {
            extra << QStringLiteral("part_number");
            e.header << LotTableModel::tr("Part #");
            out << OutColumn{next + int(extra.size()) - 1, CellKind::Text};
        }
        extra << QStringLiteral("notes");
        e.header << Text::tr("Notes");
        out << OutColumn{next + int(extra.size()) - 1, CellKind::Text};
    }
    e.query = model.fullQuery(extra);
    const QDate today = lots ? lots->today() : QDate::currentDate();
    e.cells = [out, today](const QSqlQuery &row) {
        QList<CsvCell> cells;
        cells.reserve(out.size());
        for (const OutColumn &c : out)
            cells << cellOf(row.value(c.index), c.kind, today);
        return cells;
    };
    e.expectedRows = model.totalCount();
    return e;
}

ListExport auditListExport(const AuditEventModel &model, const QHeaderView &header)
{
    ListExport e;
    e.fileStem = QStringLiteral("audit-log");
    QList<int> columns;
    for (int logical : visibleSections(header, AuditEventModel::ColumnCount)) {
        e.header << model.headerData(logical, Qt::Horizontal).toString();
        columns << logical;
    }
    e.query = model.fullQuery();
    e.cells = [columns](const QSqlQuery &row) {
        QList<CsvCell> cells;
        cells.reserve(columns.size());
        for (int column : columns) {
            switch (column) {
            case AuditEventModel::SeqColumn:
                cells << CsvCell::number(row.value(column).toLongLong());
                break;
            case AuditEventModel::AtColumn: // UTC ISO 8601, as stored and hashed
                cells << CsvCell::number(row.value(column).toString());
                break;
            case AuditEventModel::ActionColumn:
                cells << CsvCell::text(auditActionName(row.value(column).toString()));
                break;
            case AuditEventModel::EntityColumn:
                cells << CsvCell::text(auditEntityName(row.value(column).toString()));
                break;
            case AuditEventModel::ChangesColumn: {
                AuditEvent event;
                event.action = row.value(AuditEventModel::ActionColumn).toString();
                event.entity = row.value(AuditEventModel::EntityColumn).toString();
                event.changes = AuditLog::changesFromJson(row.value(column).toString());
                // Without a locale: ISO dates and plain numbers.
                cells << CsvCell::text(auditChangeLines(event, nullptr).join(QLatin1String("; ")));
                break;
            }
            default:
                cells << CsvCell::text(row.value(column).toString());
                break;
            }
        }
        return cells;
    };
    e.expectedRows = model.totalCount();
    return e;
}

ExportOutcome writeListCsv(const QString &databasePath, const ListExport &list,
                           const QString &filePath, const std::function<bool(qint64)> &progress)
{
    ExportOutcome outcome;
    const QString shown = QDir::toNativeSeparators(filePath);
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.error = Text::tr("Cannot write %1: %2").arg(shown, file.errorString());
        return outcome;
    }
    {
        // Read-only, never migrated: the window has the file open already.
        OpenResult opened = Database::open(databasePath, OpenMode::Inspect, Verify::ByCaller);
        if (!opened.ok()) {
            outcome.error = opened.message;
            file.cancelWriting();
            return outcome;
        }
        QSqlQuery q(opened.database->connection());
        q.setForwardOnly(true);
        if (Status s = exec(q, list.query.sql, list.query.values,
                            QT_TRANSLATE_NOOP("SqlError", "exporting a list"));
            !s) {
            outcome.error = s.message();
            file.cancelWriting();
            return outcome;
        }
        // A byte order mark: spreadsheets then read the file as UTF-8.
        CsvWriter writer(file, ',', true);
        writer.writeHeader(list.header);
        while (writer.ok() && q.next()) {
            writer.writeRecord(list.cells(q));
            ++outcome.rows;
            if (progress && outcome.rows % kProgressEvery == 0 && !progress(outcome.rows)) {
                file.cancelWriting();
                outcome.kind = ExportOutcome::Kind::Cancelled;
                return outcome;
            }
        }
        if (!writer.ok()) {
            outcome.error = Text::tr("Cannot write %1: %2").arg(shown, writer.errorString());
            file.cancelWriting();
            return outcome;
        }
        if (q.lastError().isValid()) {
            outcome.error = sqlError(q, QT_TRANSLATE_NOOP("SqlError", "exporting a list")).message;
            file.cancelWriting();
            return outcome;
        }
    }
    if (progress)
        progress(outcome.rows);
    if (!file.commit()) {
        outcome.error = Text::tr("Cannot write %1: %2").arg(shown, file.errorString());
        return outcome;
    }
    outcome.kind = ExportOutcome::Kind::Written;
    return outcome;
}

} // namespace lotbook
