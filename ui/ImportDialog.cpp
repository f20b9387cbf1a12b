#include "ImportDialog.h"

#include "Database.h"
#include "ImportRun.h"
#include "ThemeColors.h"
#include "ui_ImportDialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStyle>
#include <QTableWidget>
#include <algorithm>

namespace lotbook {

namespace {
const QString kFolderKey = QStringLiteral("import/folder");
const QString kGeometryKey = QStringLiteral("import/geometry");
const QString kResultShareKey = QStringLiteral("import/resultShare"); // per mille of the splitter
const QString kDateOrderKey = QStringLiteral("import/dateOrder");
const QString kDecimalCommaKey = QStringLiteral("import/decimalComma");
constexpr int kPreviewRows = 20;
constexpr int kProgressSteps = 1000;
constexpr int kMaxColumnWidth = 320;

// Error table columns.
enum ErrorColumn
{
    LineColumn,
    ColumnColumn,
    ReasonColumn,
};

// Counts in words; the English plural is written out because it is the one
// that ships without a loaded translation.
QString lotsText(qint64 n)
{
    return n == 1 ? ImportDialog::tr("1 lot") : ImportDialog::tr("%L1 lots").arg(n);
}

QString rowsText(qint64 n)
{
    return n == 1 ? ImportDialog::tr("1 row") : ImportDialog::tr("%L1 rows").arg(n);
}

QString errorsText(qint64 n)
{
    return n == 1 ? ImportDialog::tr("1 error") : ImportDialog::tr("%L1 errors").arg(n);
}

QString delimiterText(char delimiter)
{
    switch (delimiter) {
    case ';':
        return ImportDialog::tr("Semicolon-separated");
    case '\t':
        return ImportDialog::tr("Tab-separated");
    default:
        return ImportDialog::tr("Comma-separated");
    }
}

// "Created suppliers: A, B" (or "Will create ..." on a dry run), HTML.
QString createdLine(const QStringList &names, bool dry, const QString &one, const QString &many)
{
    if (names.isEmpty())
        return {};
    const QString what = names.size() == 1 ? one : many;
    const QString text =
        dry ? ImportDialog::tr("Will create %1: %2") : ImportDialog::tr("Created %1: %2");
    return text.arg(what, names.join(QStringLiteral(", "))).toHtmlEscaped();
}

// One cell of copied text: tabs and line breaks would split it.
QString flat(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

void setErrorColor(QLabel *label, bool error)
{
    QPalette p = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (error)
        p.setColor(QPalette::WindowText, errorTextColor(p));
    label->setPalette(p);
}
} // namespace

ImportDialog::ImportDialog(Database &db, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ImportDialog>()),
      m_run(new ImportRun(db.path(), db.userName(), this))
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("importDialog"));

    ui->dateOrderCombo->addItem(tr("ISO (2024-03-05)"), int(DateOrder::Iso));
    ui->dateOrderCombo->addItem(tr("Day first (05/03/2024)"), int(DateOrder::DayFirst));
    ui->dateOrderCombo->addItem(tr("Month first (03/05/2024)"), int(DateOrder::MonthFirst));
    ui->numberFormatCombo->addItem(tr("1,234.50 (decimal point)"), false);
    ui->numberFormatCombo->addItem(tr("1.234,50 (decimal comma)"), true);
    const QSettings settings;
    const std::optional<DateOrder> lastOrder =
        parseDateOrder(settings.value(kDateOrderKey).toString());
    ui->dateOrderCombo->setCurrentIndex(
        ui->dateOrderCombo->findData(int(lastOrder.value_or(DateOrder::Iso))));
    ui->numberFormatCombo->setCurrentIndex(settings.value(kDecimalCommaKey).toBool() ? 1 : 0);

    QTableWidget *preview = ui->previewTable;
    preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    preview->setSelectionMode(QAbstractItemView::NoSelection);
    // The combos take the focus; Tab moves from one to the next.
    preview->setFocusPolicy(Qt::NoFocus);
    preview->setTabKeyNavigation(false);
    preview->setWordWrap(false);
    preview->horizontalHeader()->setHighlightSections(false);
    preview->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    preview->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    QTableWidget *errors = ui->errorTable;
    errors->setColumnCount(3);
    errors->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
    errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    errors->setSelectionBehavior(QAbstractItemView::SelectRows);
    errors->setSelectionMode(QAbstractItemView::ExtendedSelection);
    errors->setTabKeyNavigation(false);
    errors->verticalHeader()->hide();
    errors->horizontalHeader()->setStretchLastSection(true);
    errors->setColumnWidth(LineColumn, fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
    errors->setColumnWidth(ColumnColumn, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    errors->setWordWrap(false);
    errors->installEventFilter(this);

    m_mappingErrors.setGeneralLabel(ui->mappingError);
    setErrorColor(ui->fileError, true);
    ui->fileError->hide();
    ui->fileInfoLabel->hide();
    ui->resultGroup->hide();
    ui->progressPanel->hide();
    ui->progressBar->setRange(0, kProgressSteps);
    ui->progressLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24);

    connect(ui->chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(ui->checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(ui->importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(ui->cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelRun);
    connect(ui->closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(ui->copyButton, &QPushButton::clicked, this, &ImportDialog::copyErrors);
    connect(ui->dateOrderCombo, &QComboBox::currentIndexChanged, this,
            &ImportDialog::updateDateExample);
    connect(m_run, &ImportRun::progress, this, &ImportDialog::showProgress);
    connect(m_run, &ImportRun::finished, this, &ImportDialog::runEnded);

    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1040, 720);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 2);
    updateButtons();
}

ImportDialog::~ImportDialog() = default;

QString ImportDialog::askForFile(QWidget *parent)
{
    QSettings settings;
    QString folder = settings.value(kFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Import Lots"), folder, tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    return path;
}

void ImportDialog::chooseFile()
{
    if (isRunning())
        return;
    const QString path = askForFile(this);
    if (!path.isEmpty())
        loadFile(path);
}

void ImportDialog::clearPreview()
{
    m_preview = {};
    m_combos.clear();
    ui->previewTable->clear();
    ui->previewTable->setRowCount(0);
    ui->previewTable->setColumnCount(0);
    m_mappingErrors.clear();
    ui->dateExampleLabel->clear();
}

bool ImportDialog::loadFile(const QString &path)
{
    if (isRunning())
        return false;
    const QFileInfo info(path);
    m_path = info.absoluteFilePath();
    m_fileSize = info.size();
    m_imported = false;
    m_hasReport = false;
    m_report = {};
    ui->resultGroup->hide();
    ui->fileEdit->setText(QDir::toNativeSeparators(m_path));
    ui->fileEdit->setToolTip(ui->fileEdit->text());
    setWindowTitle(tr("Import Lots — %1").arg(info.fileName()));
    // The same file again (fixed and reloaded) keeps the columns as the user set them.
    const QStringList previousHeader = m_preview.header;
    const ColumnMapping previousMapping = mapping();
    clearPreview();

    m_preview = LotImport::previewFile(m_path, kPreviewRows);
    const bool sameColumns = !previousHeader.isEmpty() && previousHeader == m_preview.header;
    if (sameColumns)
        m_preview.mapping = previousMapping;
    QStringList problems;
    if (!m_preview.ok()) {
        const CsvError &e = m_preview.error;
        problems << (e.line > 0 ? tr("Line %1: %2").arg(e.line).arg(e.message) : e.message);
    }
    for (const CsvError &e : std::as_const(m_preview.rowErrors))
        problems << tr("Line %1: %2").arg(e.line).arg(e.message);
    ui->fileError->setText(problems.join(QLatin1Char('\n')));
    ui->fileError->setVisible(!problems.isEmpty());

    const bool readable = !m_preview.header.isEmpty();
    if (readable) {
        ui->fileInfoLabel->setText(
            tr("%1, %2, %3. The first rows are shown; every row is checked when you click "
               "Check or Import.")
                .arg(delimiterText(m_preview.delimiter),
                     m_preview.header.size() == 1 ? tr("1 column")
                                                  : tr("%L1 columns").arg(m_preview.header.size()),
                     QLocale().formattedDataSize(m_fileSize)));
        showPreview(!sameColumns);
    } else {
        ui->fileInfoLabel->clear();
    }
    ui->fileInfoLabel->setVisible(readable);
    updateButtons();
    if (!m_combos.isEmpty())
        m_combos.first()->setFocus();
    return readable;
}

QStringList ImportDialog::previewValues(ImportField field) const
{
    QStringList values;
    const int column = mapping().columnOf(field);
    if (column < 0)
        return values;
    for (const CsvRecord &r : m_preview.rows) {
        const QString v = r.fields.value(column).trimmed();
        if (!v.isEmpty())
            values << v;
    }
    return values;
}

void ImportDialog::showPreview(bool guessFormatsToo)
{
    QTableWidget *t = ui->previewTable;
    const QStringList &header = m_preview.header;
    t->setColumnCount(int(header.size()));
    t->setRowCount(int(m_preview.rows.size()) + 1);
    QStringList labels;
    for (qsizetype c = 0; c < header.size(); ++c)
        labels << (header.at(c).trimmed().isEmpty() ? tr("(column %1)").arg(c + 1)
                                                    : header.at(c).trimmed());
    t->setHorizontalHeaderLabels(labels);

    auto *importAs = new QTableWidgetItem(tr("Import as"));
    importAs->setToolTip(tr("The lot field each column fills"));
    t->setVerticalHeaderItem(0, importAs);
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        const CsvRecord &record = m_preview.rows.at(r);
        auto *line = new QTableWidgetItem(QString::number(record.line));
        line->setToolTip(tr("Line %1 of the file").arg(record.line));
        t->setVerticalHeaderItem(r + 1, line);
        for (int c = 0; c < header.size(); ++c) {
            const QString text = record.fields.value(c);
            auto *item = new QTableWidgetItem(QString(text).replace(QLatin1Char('\n'), u'⏎'));
            item->setFlags(Qt::ItemIsEnabled);
            if (text.size() > 40 || text.contains(QLatin1Char('\n')))
                item->setToolTip(text);
            t->setItem(r + 1, c, item);
        }
    }

    QWidget *previous = ui->chooseButton;
    for (int c = 0; c < header.size(); ++c) {
        auto *combo = new QComboBox(t);
        combo->setObjectName(QStringLiteral("columnCombo%1").arg(c));
        combo->setAccessibleName(tr("Column “%1” imports as").arg(labels.at(c)));
        combo->setToolTip(tr("What the column “%1” fills in each lot").arg(labels.at(c)));
        combo->setFocusPolicy(Qt::StrongFocus); // a wheel over the table scrolls, not picks
        combo->addItem(importFieldLabel(ImportField::Ignore), int(ImportField::Ignore));
        for (ImportField field : importFields())
            combo->addItem(importFieldLabel(field), int(field));
        combo->setCurrentIndex(
            combo->findData(int(m_preview.mapping.fields.value(c, ImportField::Ignore))));
        combo->installEventFilter(this);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingChanged);
        t->setCellWidget(0, c, combo);
        m_combos << combo;
        setTabOrder(previous, combo);
        previous = combo;
    }
    setTabOrder(previous, ui->dateOrderCombo);

    t->resizeColumnsToContents();
    int comboHeight = 0;
    for (int c = 0; c < m_combos.size(); ++c) {
        const QSize hint = m_combos.at(c)->sizeHint();
        comboHeight = std::max(comboHeight, hint.height());
        t->setColumnWidth(c, std::clamp(t->columnWidth(c), hint.width() + 8,
                                        std::max(kMaxColumnWidth, hint.width() + 8)));
    }
    t->setRowHeight(0, comboHeight + 6);
    if (guessFormatsToo)
        guessFormats();
    mappingChanged();
}

ColumnMapping ImportDialog::mapping() const
{
    ColumnMapping m;
    for (const QComboBox *combo : m_combos)
        m.fields << ImportField(combo->currentData().toInt());
    return m;
}

QComboBox *ImportDialog::columnCombo(int column) const
{
    return m_combos.value(column);
}

void ImportDialog::setColumnField(int column, ImportField field)
{
    if (QComboBox *combo = columnCombo(column))
        combo->setCurrentIndex(combo->findData(int(field)));
}

void ImportDialog::mappingChanged()
{
    const ColumnMapping m = mapping();
    const FieldErrors problems = m.problems();
    if (problems.isEmpty())
        m_mappingErrors.clear();
    else
        m_mappingErrors.show(problems);

    QTableWidget *t = ui->previewTable;
    const QBrush muted = palette().brush(QPalette::Disabled, QPalette::Text);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int c = 0; c < m.fields.size(); ++c) {
        const ImportField field = m.fields.at(c);
        const bool ignored = field == ImportField::Ignore;
        for (int r = 1; r < t->rowCount(); ++r)
            if (QTableWidgetItem *item = t->item(r, c))
                item->setForeground(ignored ? muted : QBrush());
        if (QTableWidgetItem *head = t->horizontalHeaderItem(c)) {
            const bool clash = !ignored && m.fields.count(field) > 1;
            head->setIcon(clash ? warning : QIcon());
            head->setToolTip(clash ? tr("Another column fills %1 too").arg(importFieldLabel(field))
                                   : QString());
        }
    }
    updateDateExample();
    updateButtons();
}

void ImportDialog::guessFormats()
{
    // Dates: a first number over 12 can only be a day, a second one only a
    // day of a month-first date. Year-first dates read the same in every order.
    static const QRegularExpression numeric(
        QStringLiteral("^(\\d{1,2})[./-](\\d{1,2})[./-](\\d{2}|\\d{4})\\b"));
    static const QRegularExpression yearFirst(QStringLiteral("^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}"));
    bool dayFirst = false, monthFirst = false, iso = false;
    for (ImportField field : {ImportField::Received, ImportField::Expires}) {
        for (const QString &v : previewValues(field)) {
            const QRegularExpressionMatch m = numeric.match(v);
            if (m.hasMatch()) {
                dayFirst = dayFirst || m.captured(1).toInt() > 12;
                monthFirst = monthFirst || m.captured(2).toInt() > 12;
            } else if (yearFirst.match(v).hasMatch()) {
                iso = true;
            }
        }
    }
    std::optional<DateOrder> order;
    if (dayFirst != monthFirst)
        order = dayFirst ? DateOrder::DayFirst : DateOrder::MonthFirst;
    else if (iso && !dayFirst)
        order = DateOrder::Iso;
    if (order)
        ui->dateOrderCombo->setCurrentIndex(ui->dateOrderCombo->findData(int(*order)));

    // Amounts: "0,85" or "1.234,50" have a decimal comma; "0.85" or "1,234.50" a point.
    static const QRegularExpression comma(
        QStringLiteral("^[\\d.]*,\\d{1,2}$|^0,\\d+$|^[1-9]\\d{0,2}(\\.\\d{3})+(,\\d+)?$"));
    static const QRegularExpression point(
        QStringLiteral("^[\\d,]*\\.\\d{1,2}$|^0\\.\\d+$|^[1-9]\\d{0,2}(,\\d{3})+(\\.\\d+)?$"));
    static const QRegularExpression notNumber(QStringLiteral("[^\\d.,]"));
    bool commaSeen = false, pointSeen = false;
    for (ImportField field : {ImportField::UnitCost, ImportField::Quantity}) {
        for (QString v : previewValues(field)) {
            v.remove(notNumber); // currency signs, spaces
            commaSeen = commaSeen || comma.match(v).hasMatch();
            pointSeen = pointSeen || point.match(v).hasMatch();
        }
    }
    if (commaSeen != pointSeen)
        ui->numberFormatCombo->setCurrentIndex(commaSeen ? 1 : 0);
}

void ImportDialog::updateDateExample()
{
    QStringList values = previewValues(ImportField::Received);
    if (values.isEmpty())
        values = previewValues(ImportField::Expires);
    if (values.isEmpty()) {
        ui->dateExampleLabel->clear();
        return;
    }
    const DateOrder order = DateOrder(ui->dateOrderCombo->currentData().toInt());
    const Result<QDate> date = parseImportDate(values.first(), order, QStringLiteral("received"),
                                               importFieldLabel(ImportField::Received));
    if (date) {
        ui->dateExampleLabel->setText(
            tr("“%1” reads as %2")
                .arg(values.first(), QLocale().toString(date.value(), QLocale::LongFormat)));
    } else {
        ui->dateExampleLabel->setText(tr("“%1” is not a date in this format").arg(values.first()));
    }
    setErrorColor(ui->dateExampleLabel, !date.ok());
}

void ImportDialog::updateButtons()
{
    const bool running = isRunning();
    const bool loaded = !m_preview.header.isEmpty();
    const bool usable = loaded && mapping().problems().isEmpty();
    ui->chooseButton->setEnabled(!running);
    ui->previewTable->setEnabled(!running);
    ui->dateOrderCombo->setEnabled(!running && loaded);
    ui->numberFormatCombo->setEnabled(!running && loaded);
    ui->createMissingCheck->setEnabled(!running && loaded);
    ui->checkButton->setEnabled(!running && usable && !m_imported);
    ui->importButton->setEnabled(!running && usable && !m_imported);
    ui->copyButton->setEnabled(ui->errorTable->rowCount() > 0);
    // Enter checks first; after a clean check it imports; after the import it closes.
    const bool checkedClean = m_hasReport && m_report.outcome == ImportReport::Outcome::Validated;
    QPushButton *byDefault = m_imported     ? ui->closeButton
                             : checkedClean ? ui->importButton
                                            : ui->checkButton;
    for (QPushButton *b : {ui->checkButton, ui->importButton, ui->closeButton})
        b->setDefault(b == byDefault);
}

bool ImportDialog::isRunning() const
{
    return m_run->isRunning();
}

void ImportDialog::check()
{
    startRun(true);
}

void ImportDialog::startImport()
{
    startRun(false);
}

void ImportDialog::startRun(bool dryRun)
{
    if (isRunning() || m_preview.header.isEmpty() || !mapping().problems().isEmpty() || m_imported)
        return;
    ImportOptions options;
    options.sourceName = QFileInfo(m_path).fileName();
    options.dateOrder = DateOrder(ui->dateOrderCombo->currentData().toInt());
    const bool decimalComma = ui->numberFormatCombo->currentData().toBool();
    options.locale = decimalComma ? QLocale(QLocale::German, QLocale::Germany) : QLocale::c();
    options.createMissing = ui->createMissingCheck->isChecked();
    options.dryRun = dryRun;
    options.mapping = mapping();
    options.progressEvery = 200; // often enough for a prompt Cancel and a moving bar
    QSettings settings;
    settings.setValue(kDateOrderKey, dateOrderKey(options.dateOrder));
    settings.setValue(kDecimalCommaKey, decimalComma);

    m_lastRunDry = dryRun;
    ui->progressBar->setValue(0);
    ui->progressLabel->setText(dryRun ? tr("Checking…") : tr("Importing…"));
    ui->cancelButton->setEnabled(true);
    ui->progressPanel->show();
    m_run->start(m_path, options);
    updateButtons();
    ui->cancelButton->setFocus();
}

void ImportDialog::showProgress(qint64 rows, qint64 bytes)
{
    if (!isRunning())
        return;
    const int step =
        m_fileSize > 0 ? int(std::min<qint64>(kProgressSteps, bytes * kProgressSteps / m_fileSize))
                       : 0;
    ui->progressBar->setValue(step);
    if (m_run->cancelRequested())
        return;
    const QString read = tr("%1 read").arg(rowsText(rows));
    ui->progressLabel->setText(step >= kProgressSteps && !m_lastRunDry ? tr("%1, saving…").arg(read)
                                                                       : read);
}

void ImportDialog::cancelRun()
{
    if (!isRunning())
        return;
    m_run->cancel();
    ui->cancelButton->setEnabled(false);
    ui->progressLabel->setText(tr("Cancelling…"));
}

void ImportDialog::runEnded()
{
    m_report = m_run->report();
    m_hasReport = true;
    ui->progressPanel->hide();
    if (m_report.outcome == ImportReport::Outcome::Imported)
        m_imported = true;
    showReport();
    updateButtons();
    if (m_imported)
        emit lotsImported(m_report.lots);
    emit runFinished();
}

void ImportDialog::showReport()
{
    const ImportReport &r = m_report;
    const QString file = QFileInfo(m_path).fileName();
    QStringList lines;
    bool success = false;
    switch (r.outcome) {
    case ImportReport::Outcome::Imported:
        success = true;
        lines << QStringLiteral("<b>%1</b>")
                     .arg(tr("Imported %1 from %2.").arg(lotsText(r.lots), file).toHtmlEscaped());
        break;
    case ImportReport::Outcome::Validated:
        success = true;
        lines << QStringLiteral("<b>%1</b>")
                     .arg(tr("Checked %1: no errors. Import will add %2.")
                              .arg(rowsText(r.rows), lotsText(r.lots))
                              .toHtmlEscaped());
        lines << tr("Nothing has been written yet.").toHtmlEscaped();
        break;
    case ImportReport::Outcome::Cancelled:
        lines << QStringLiteral("<b>%1</b>")
                     .arg(tr("Cancelled after %1. Nothing was imported.")
                              .arg(rowsText(r.rows))
                              .toHtmlEscaped());
        break;
    case ImportReport::Outcome::Refused:
        lines << QStringLiteral("<b>%1</b>")
                     .arg((m_lastRunDry ? tr("%1 in %2. Correct the file (or the columns "
                                             "above) and check again.")
                                        : tr("%1 in %2: nothing was imported. Correct the "
                                             "file (or the columns above) and try again."))
                              .arg(errorsText(r.errorCount()), file)
                              .toHtmlEscaped());
        break;
    }
    if (success) {
        const bool dry = r.outcome == ImportReport::Outcome::Validated;
        for (const QString &line :
             {createdLine(r.createdSuppliers, dry, tr("supplier"), tr("suppliers")),
              createdLine(r.createdWarehouses, dry, tr("warehouse"), tr("warehouses")),
              createdLine(r.createdBins, dry, tr("bin"), tr("bins"))})
            if (!line.isEmpty())
                lines << line;
    }
    ui->summaryLabel->setTextFormat(Qt::RichText);
    ui->summaryLabel->setText(lines.join(QStringLiteral("<br>")));
    setErrorColor(ui->summaryLabel, r.outcome == ImportReport::Outcome::Refused);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (r.outcome == ImportReport::Outcome::Refused)
        icon = QStyle::SP_MessageBoxCritical;
    else if (r.outcome == ImportReport::Outcome::Cancelled)
        icon = QStyle::SP_MessageBoxWarning;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    ui->summaryIcon->setPixmap(style()->standardIcon(icon).pixmap(iconSize, iconSize));

    QTableWidget *t = ui->errorTable;
    t->clearContents();
    t->setRowCount(int(r.errors.size()));
    for (int i = 0; i < r.errors.size(); ++i) {
        const ImportError &e = r.errors.at(i);
        auto *line = new QTableWidgetItem(e.line > 0 ? QString::number(e.line) : QString());
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *column = new QTableWidgetItem(e.column);
        auto *reason = new QTableWidgetItem(e.message);
        reason->setToolTip(e.message);
        t->setItem(i, LineColumn, line);
        t->setItem(i, ColumnColumn, column);
        t->setItem(i, ReasonColumn, reason);
    }
    const bool errors = !r.errors.isEmpty();
    t->setVisible(errors);
    ui->copyButton->setVisible(errors);
    ui->moreErrorsLabel->setVisible(errors);
    ui->moreErrorsLabel->setText(r.moreErrors == 1 ? tr("… and 1 more error, not listed.")
                                 : r.moreErrors > 1
                                     ? tr("… and %L1 more errors, not listed.").arg(r.moreErrors)
                                     : tr("Select rows and press Ctrl+C to copy them."));
    ui->resultGroup->show();
    ui->resultGroup->layout()->activate(); // its size hint without the hidden table
    // A group shown into a splitter gets what is left, often nothing. Errors
    // get the share the user left them last time (about half at first); a
    // summary alone takes only the lines it needs.
    const QList<int> sizes = ui->splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    const int least = ui->resultGroup->minimumSizeHint().height();
    const int most = std::max(total - ui->previewGroup->minimumSizeHint().height(), least);
    const int results = errors ? QSettings().value(kResultShareKey, 450).toInt() * total / 1000
                               : ui->resultGroup->sizeHint().height();
    ui->splitter->setSizes(
        {total - std::clamp(results, least, most), std::clamp(results, least, most)});
    if (errors) {
        t->setCurrentCell(0, 0);
        t->setFocus();
    } else if (m_imported) {
        ui->closeButton->setFocus();
    } else if (r.outcome == ImportReport::Outcome::Validated) {
        ui->importButton->setFocus();
    }
}

QString ImportDialog::selectedErrorText() const
{
    const QTableWidget *t = ui->errorTable;
    QList<int> rows;
    for (const QModelIndex &index : t->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        for (int r = 0; r < t->rowCount(); ++r)
            rows << r;
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int r : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < t->columnCount(); ++c)
            cells << flat(t->item(r, c) ? t->item(r, c)->text() : QString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ImportDialog::copyErrors()
{
    const QString text = selectedErrorText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void ImportDialog::reject()
{
    if (isRunning()) {
        cancelRun(); // the dialog stays until the worker has stopped
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    if (ui->resultGroup->isVisible() && ui->errorTable->isVisible()) {
        const QList<int> sizes = ui->splitter->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        if (total > 0)
            settings.setValue(kResultShareKey, sizes.value(1) * 1000 / total);
    }
    QDialog::reject();
}

bool ImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->errorTable && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copyErrors();
        return true;
    }
    if (auto *combo = qobject_cast<QComboBox *>(watched); combo && m_combos.contains(combo)) {
        if (event->type() == QEvent::FocusIn) {
            // Keep the focused column in view when tabbing through them.
            const int column = int(m_combos.indexOf(combo));
            ui->previewTable->scrollTo(ui->previewTable->model()->index(0, column));
        } else if (event->type() == QEvent::Wheel && !combo->hasFocus()) {
            event->ignore(); // passed on to the table, which scrolls
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace lotbook
