#include "LotDialog.h"

#include "AuditLog.h"
#include "AuditQuery.h"
#include "Database.h"
#include "Expiry.h"
#include "LotStore.h"
#include "Preferences.h"
#include "ReportOutput.h"
#include "SupplierStore.h"
#include "Text.h"
#include "ThemeColors.h"
#include "WarehouseStore.h"
#include "ui_LotDialog.h"

#include <QCompleter>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace lotbook {

namespace {

void makeSearchable(QComboBox *combo)
{
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->completer()->setFilterMode(Qt::MatchContains);
}

QString auditValue(const QString &field, const QVariant &v)
{
    if (!v.isValid() || v.isNull() || v.toString().isEmpty())
        return field == QLatin1String("expires_on") ? LotDialog::tr("no expiry")
                                                    : LotDialog::tr("(none)");
    if (field == QLatin1String("received_on") || field == QLatin1String("expires_on")) {
        const QDate d = dateFromIso(v.toString());
        return d.isValid() ? formatDate(d) : v.toString();
    }
    if (field == QLatin1String("status"))
        return lotStatusName(lotStatusFromKey(v.toString()));
    // Stored plain ("2.5", "1200"); shown as the form and the list show them.
    if (field == QLatin1String("unit_cost")) {
        if (Result<MoneyUnits> cost = parseMoney(v.toString(), QLocale::c(), field, {}))
            return formatMoney(cost.value(), QLocale());
    }
    if (field == QLatin1String("quantity"))
        return QLocale().toString(v.toLongLong());
    return v.toString();
}
} // namespace

LotDialog::LotDialog(Database &db, qint64 partId, qint64 lotId, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::LotDialog>()), m_db(db)
{
    ui->setupUi(this);
    if (Result<Part> part = PartStore(db).get(partId))
        m_part = part.value();
    ui->unitLabel->setText(m_part.unit);
    ui->catalogPriceLabel->setText(
        tr("(catalog price %1)").arg(formatMoney(m_part.price, QLocale())));
    ui->receivedDateEdit->setDisplayFormat(shortDateFormat());
    ui->expiresDateEdit->setDisplayFormat(shortDateFormat());
    // Wide enough for the longest date in this format, plus the popup button.
    const int dateWidth = fontMetrics().horizontalAdvance(
                              QLocale().toString(QDate(2026, 12, 28), shortDateFormat())) +
                          style()->pixelMetric(QStyle::PM_ScrollBarExtent) * 2 + 16;
    ui->receivedDateEdit->setMinimumWidth(dateWidth);
    ui->expiresDateEdit->setMinimumWidth(dateWidth);
    // With a calendar popup, Qt 6.4 takes a click into the date text for the
    // spin box's "step down" button: every click moved the date back a day.
    // Without step buttons a click only places the cursor; the arrow still
    // opens the calendar and Up/Down still step.
    ui->receivedDateEdit->setButtonSymbols(QAbstractSpinBox::NoButtons);
    ui->expiresDateEdit->setButtonSymbols(QAbstractSpinBox::NoButtons);
    ui->supplierCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    makeSearchable(ui->supplierCombo);
    makeSearchable(ui->warehouseCombo);
    makeSearchable(ui->binCombo);
    ui->archivedBanner->setAutoFillBackground(true);
    QPalette bannerPalette = ui->archivedBanner->palette();
    bannerPalette.setColor(QPalette::Window,
                           expiryBackground(ExpiryState::ExpiringSoon, bannerPalette));
    ui->archivedBanner->setPalette(bannerPalette);
    ui->historyTree->setRootIsDecorated(false);
    ui->historyTree->setWordWrap(true);
    ui->historyTree->setColumnWidth(0, 140);
    ui->historyTree->setColumnWidth(1, 90);

    m_errors.bind(QStringLiteral("lot_number"), ui->lotNumberEdit, ui->lotNumberError);
    m_errors.bind(QStringLiteral("received_on"), ui->receivedDateEdit, ui->receivedError);
    m_errors.bind(QStringLiteral("expires_on"), ui->expiresDateEdit, ui->expiresError);
    m_errors.bind(QStringLiteral("quantity"), ui->quantityEdit, ui->quantityError);
    m_errors.bind(QStringLiteral("unit_cost"), ui->costEdit, ui->costError);
    m_errors.bind(QStringLiteral("supplier"), ui->supplierCombo, ui->supplierError);
    m_errors.bind(QStringLiteral("warehouse"), ui->warehouseCombo, ui->warehouseError);
    m_errors.bind(QStringLiteral("bin"), ui->binCombo, ui->binError);
    m_errors.bind(QStringLiteral("notes"), ui->notesEdit, ui->notesError);
    m_errors.setGeneralLabel(ui->generalError);
    // Qt 6.4's QFormLayout, holding hidden rows (the error rows) and a
    // word-wrapped label, writes past its row table in heightForWidth()
    // (valgrind: invalid writes from FieldErrorDisplay::show(); random heap
    // corruption and crashes later). Error labels in the form do not wrap.
    for (QLabel *label :
         {ui->lotNumberError, ui->receivedError, ui->expiresError, ui->quantityError, ui->costError,
          ui->supplierError, ui->warehouseError, ui->binError, ui->notesError})
        label->setWordWrap(false);

    connect(ui->saveButton, &QPushButton::clicked, this, &LotDialog::accept);
    connect(ui->saveAndNewButton, &QPushButton::clicked, this, &LotDialog::saveAndNew);
    connect(ui->archiveButton, &QPushButton::clicked, this, &LotDialog::archiveLot);
    connect(ui->restoreButton, &QPushButton::clicked, this, &LotDialog::restoreLot);
    // The stored record (not unsaved edits): Print… and Export PDF….
    auto *recordMenu = new QMenu(ui->recordButton);
    recordMenu->setObjectName(QStringLiteral("lotRecordMenu"));
    connect(recordMenu, &QMenu::aboutToShow, this, [this, recordMenu] {
        recordMenu->clear();
        ReportOutput::addLotRecordActions(recordMenu, this, m_db, [this] { return m_lot.id; });
    });
    ui->recordButton->setMenu(recordMenu);
    connect(ui->expiresCheck, &QCheckBox::toggled, this, [this](bool on) {
        ui->expiresDateEdit->setEnabled(on);
        updateExpiryHint();
    });
    // Ticking "Expires on" by hand moves on to the date.
    connect(ui->expiresCheck, &QCheckBox::clicked, this, [this](bool on) {
        if (on)
            ui->expiresDateEdit->setFocus();
    });
    connect(ui->expiresDateEdit, &QDateEdit::dateChanged, this, &LotDialog::updateExpiryHint);
    connect(ui->warehouseCombo, &QComboBox::currentIndexChanged, this, [this] { fillBins(0); });

    fillPickers();
    if (lotId) {
        if (Result<Lot> lot = LotStore(db).get(lotId))
            m_lot = lot.value();
        showLot();
        ui->lotNumberEdit->setFocus();
    } else {
        m_lot.partId = partId;
        startNewLot(false);
    }
}

LotDialog::~LotDialog() = default;

void LotDialog::fillPickers()
{
    auto fill = [](QComboBox *combo, const auto &entries, qint64 keepId) {
        combo->clear();
        for (const auto &e : entries)
            if (e.active || e.id == keepId)
                combo->addItem(e.active ? e.name : LotDialog::tr("%1 (inactive)").arg(e.name),
                               e.id);
        combo->setCurrentIndex(-1);
    };
    if (Result<QList<Supplier>> s = SupplierStore(m_db).list(true))
        fill(ui->supplierCombo, s.value(), m_lot.supplierId);
    if (Result<QList<Warehouse>> w = WarehouseStore(m_db).list(true))
        fill(ui->warehouseCombo, w.value(), m_lot.warehouseId);
}

void LotDialog::fillBins(qint64 selectBinId)
{
    ui->binCombo->clear();
    ui->binCombo->addItem(tr("(no bin)"), qint64(0));
    const qint64 warehouseId = ui->warehouseCombo->currentData().toLongLong();
    if (warehouseId) {
        if (Result<QList<Bin>> bins = WarehouseStore(m_db).bins(warehouseId, true))
            for (const Bin &b : bins.value())
                if (b.active || b.id == selectBinId)
                    ui->binCombo->addItem(b.active ? b.code : tr("%1 (inactive)").arg(b.code),
                                          b.id);
    }
    const int index = ui->binCombo->findData(selectBinId);
    ui->binCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void LotDialog::startNewLot(bool keepContext)
{
    const Lot previous = m_lot;
    m_lot = Lot{};
    m_lot.partId = m_part.id;
    setWindowTitle(tr("New Lot — %1 %2").arg(m_part.number, m_part.name));
    ui->lotNumberEdit->clear();
    ui->expiresCheck->setChecked(false);
    ui->expiresDateEdit->setDate(QDate::currentDate());
    ui->expiresDateEdit->setEnabled(false);
    ui->quantityEdit->clear();
    ui->costEdit->clear();
    ui->notesEdit->clear();
    if (!keepContext) {
        ui->receivedDateEdit->setDate(QDate::currentDate());
        ui->supplierCombo->setCurrentIndex(-1);
        ui->warehouseCombo->setCurrentIndex(-1);
        fillBins(0);
    }
    ui->archivedBanner->hide();
    ui->archiveButton->hide();
    ui->restoreButton->hide();
    ui->recordButton->hide();
    ui->saveAndNewButton->show();
    ui->stampsLabel->clear();
    ui->historyTree->clear();
    ui->tabs->setTabEnabled(1, false);
    ui->tabs->setCurrentIndex(0);
    setReadOnly(m_db.isReadOnly());
    m_errors.clear();
    ui->lotNumberEdit->setFocus();
    updateExpiryHint();
}

void LotDialog::showLot()
{
    const bool archived = m_lot.status == LotStatus::Archived;
    setWindowTitle(tr("Lot %1 — %2 %3").arg(m_lot.lotNumber, m_part.number, m_part.name));
    ui->lotNumberEdit->setText(m_lot.lotNumber);
    ui->receivedDateEdit->setDate(m_lot.received);
    ui->expiresCheck->setChecked(m_lot.expires.isValid());
    ui->expiresDateEdit->setDate(m_lot.expires.isValid() ? m_lot.expires : m_lot.received);
    ui->expiresDateEdit->setEnabled(m_lot.expires.isValid());
    ui->quantityEdit->setText(QLocale().toString(m_lot.quantity));
    ui->costEdit->setText(formatMoney(m_lot.unitCost, QLocale()));
    ui->supplierCombo->setCurrentIndex(ui->supplierCombo->findData(m_lot.supplierId));
    ui->warehouseCombo->setCurrentIndex(ui->warehouseCombo->findData(m_lot.warehouseId));
    fillBins(m_lot.binId);
    ui->notesEdit->setText(m_lot.notes);

    QString stamps = tr("Created %1 by %2").arg(formatTimestamp(m_lot.createdAt), m_lot.createdBy);
    if (m_lot.version > 1)
        stamps += tr(" · changed %1 by %2").arg(formatTimestamp(m_lot.updatedAt), m_lot.updatedBy);
    ui->stampsLabel->setText(stamps);
    ui->archivedBanner->setVisible(archived);
    if (archived) {
        QString text = tr("This lot was archived %1 by %2.")
                           .arg(formatTimestamp(m_lot.archivedAt), m_lot.archivedBy);
        if (!m_lot.archiveReason.isEmpty())
            text += QLatin1Char(' ') + tr("Reason: %1").arg(m_lot.archiveReason);
        text += QLatin1Char(' ') + tr("It is read-only; restore it to edit.");
        ui->archivedBanner->setText(text);
    }
    ui->saveAndNewButton->hide();
    ui->archiveButton->setVisible(!archived);
    ui->restoreButton->setVisible(archived);
    ui->recordButton->show();
    ui->tabs->setTabEnabled(1, true);
    setReadOnly(archived || m_db.isReadOnly());
    ui->restoreButton->setEnabled(!m_db.isReadOnly());
    ui->archiveButton->setEnabled(!m_db.isReadOnly());
    m_errors.clear();
    updateExpiryHint();
    showHistory();
}

void LotDialog::setReadOnly(bool readOnly)
{
    for (QWidget *w :
         {static_cast<QWidget *>(ui->lotNumberEdit), static_cast<QWidget *>(ui->receivedDateEdit),
          static_cast<QWidget *>(ui->expiresCheck), static_cast<QWidget *>(ui->quantityEdit),
          static_cast<QWidget *>(ui->costEdit), static_cast<QWidget *>(ui->supplierCombo),
          static_cast<QWidget *>(ui->warehouseCombo), static_cast<QWidget *>(ui->binCombo),
          static_cast<QWidget *>(ui->notesEdit)})
        w->setEnabled(!readOnly);
    ui->expiresDateEdit->setEnabled(!readOnly && ui->expiresCheck->isChecked());
    ui->saveButton->setEnabled(!readOnly);
    ui->saveAndNewButton->setEnabled(!readOnly);
}

void LotDialog::updateExpiryHint()
{
    if (!ui->expiresCheck->isChecked()) {
        ui->expiryHint->setText(tr("No expiry"));
        return;
    }
    const Expiry e = expiryOf(ui->expiresDateEdit->date(), QDate::currentDate(),
                              Preferences().expiryWindowDays());
    ui->expiryHint->setText(expiryDescription(e));
}

void LotDialog::showHistory()
{
    ui->historyTree->clear();
    Result<QList<AuditEvent>> events = AuditLog::events(m_db, QStringLiteral("lot"), m_lot.id);
    if (!events)
        return;
    // Newest first.
    for (auto it = events.value().crbegin(); it != events.value().crend(); ++it) {
        QStringList lines;
        for (const FieldChange &c : it->changes) {
            if (it->action == QLatin1String("create"))
                lines << tr("%1: %2").arg(lotFieldLabel(c.field), auditValue(c.field, c.newValue));
            else
                lines << tr("%1: %2 -> %3")
                             .arg(lotFieldLabel(c.field), auditValue(c.field, c.oldValue),
                                  auditValue(c.field, c.newValue));
        }
        auto *item = new QTreeWidgetItem(ui->historyTree);
        item->setText(0, formatTimestamp(it->at));
        item->setText(1, it->user);
        item->setText(2, auditActionName(it->action) + QLatin1Char('\n') +
                             lines.join(QLatin1Char('\n')));
        item->setToolTip(2, item->text(2));
    }
}

qint64 LotDialog::pickedId(QComboBox *combo, const QString &field, const QString &label,
                           FieldErrors &errors) const
{
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return 0; // the store says it is required
    const int current = combo->currentIndex();
    if (current >= 0 && combo->itemText(current) == combo->currentText())
        return combo->itemData(current).toLongLong();
    const QString key = normalizedKey(text);
    int containing = -1;
    int matches = 0;
    for (int i = 0; i < combo->count(); ++i) {
        const QString itemKey = normalizedKey(combo->itemText(i));
        if (itemKey == key)
            return combo->itemData(i).toLongLong();
        if (itemKey.contains(key)) {
            containing = i;
            ++matches;
        }
    }
    // "acme" is enough when only "Acme Parts Co." contains it, as the
    // completer showed while typing.
    if (matches == 1) {
        combo->setCurrentIndex(containing);
        return combo->itemData(containing).toLongLong();
    }
    if (matches > 1) {
        errors.append(
            {field,
             tr("\"%1\" matches more than one %2; choose one from the list.").arg(text, label)});
        return -1;
    }
    errors.append(
        {field,
         tr("There is no active %1 named \"%2\"; choose one from the list.").arg(label, text)});
    return -1;
}

bool LotDialog::save()
{
    if (m_db.isReadOnly() || m_lot.status == LotStatus::Archived)
        return false;
    FieldErrors errors;
    Lot draft = m_lot;
    draft.lotNumber = ui->lotNumberEdit->text();
    draft.received = ui->receivedDateEdit->date();
    draft.expires = ui->expiresCheck->isChecked() ? ui->expiresDateEdit->date() : QDate();
    draft.notes = ui->notesEdit->text();
    if (Result<qint64> qty = parseQuantity(ui->quantityEdit->text(), QLocale()))
        draft.quantity = qty.value();
    else
        errors += qty.errors();
    if (Result<MoneyUnits> cost = parseMoney(ui->costEdit->text(), QLocale(),
                                             QStringLiteral("unit_cost"), tr("Cost per unit")))
        draft.unitCost = cost.value();
    else
        errors += cost.errors();
    draft.supplierId =
        pickedId(ui->supplierCombo, QStringLiteral("supplier"), tr("supplier"), errors);
    draft.warehouseId =
        pickedId(ui->warehouseCombo, QStringLiteral("warehouse"), tr("warehouse"), errors);
    draft.binId = ui->binCombo->currentText().trimmed().isEmpty()
                      ? 0
                      : pickedId(ui->binCombo, QStringLiteral("bin"), tr("bin"), errors);

    LotStore store(m_db);
    // Rules the typed text already broke are reported once, by the parser.
    for (const FieldError &e : store.validate(draft)) {
        const bool seen = std::any_of(errors.cbegin(), errors.cend(),
                                      [&e](const FieldError &x) { return x.field == e.field; });
        if (!seen)
            errors.append(e);
    }
    if (!errors.isEmpty()) {
        m_errors.show(errors);
        return false;
    }
    Result<Lot> saved = draft.id ? store.update(draft) : store.create(draft);
    if (!saved) {
        m_errors.show(saved.errors());
        return false;
    }
    m_lot = saved.value();
    m_errors.clear();
    emit lotSaved(m_lot.id);
    return true;
}

void LotDialog::accept()
{
    if (save())
        QDialog::accept();
}

void LotDialog::saveAndNew()
{
    if (save())
        startNewLot(true);
}

void LotDialog::archiveLot()
{
    if (!m_lot.id || m_lot.status == LotStatus::Archived)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Archive Lot"),
        tr("Archive lot %1? It leaves the default list but is kept forever and can be "
           "restored.\n\nReason (optional):")
            .arg(m_lot.lotNumber),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    Result<Lot> archived = LotStore(m_db).archive(m_lot.id, m_lot.version, reason);
    if (!archived) {
        m_errors.show(archived.errors());
        return;
    }
    m_lot = archived.value();
    emit lotSaved(m_lot.id);
    QDialog::accept();
}

void LotDialog::restoreLot()
{
    Result<Lot> restored = LotStore(m_db).restore(m_lot.id, m_lot.version);
    if (!restored) {
        m_errors.show(restored.errors());
        return;
    }
    m_lot = restored.value();
    emit lotSaved(m_lot.id);
    fillPickers();
    showLot();
}

} // namespace lotbook
