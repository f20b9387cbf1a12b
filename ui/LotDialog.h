// New and existing lots in one form: every field, calendar popups, "no
// expiry" as an unticked "Expires on", pickers of active suppliers and
// warehouses that complete as you type, bins of the chosen warehouse only.
// Errors appear next to their fields and nothing is written. "Save and New"
// keeps supplier, location, bin and received date for the next packing-list
// line. Archived lots open read-only with Restore; History lists every event.
#pragma once

#include "FieldErrorDisplay.h"
#include "Lot.h"
#include "PartStore.h"

#include <QDialog>
#include <memory>

namespace Ui {
class LotDialog;
}
class QComboBox;

namespace lotbook {

class Database;

class LotDialog : public QDialog
{
    Q_OBJECT
public:
    // lotId 0: a new lot of `partId`.
    LotDialog(Database &db, qint64 partId, qint64 lotId, QWidget *parent = nullptr);
    ~LotDialog() override;

    qint64 lotId() const { return m_lot.id; } // the lot shown (after a save: the saved one)
    void accept() override;                   // Save
    bool save();                              // false: errors shown, dialog stays
    void saveAndNew();
    void archiveLot();
    void restoreLot();

signals:
    void lotSaved(qint64 id);

private:
    std::unique_ptr<Ui::LotDialog> ui;
    Database &m_db;
    Part m_part;
    Lot m_lot;
    FieldErrorDisplay m_errors;

    void fillPickers();
    void fillBins(qint64 selectBinId);
    void showLot();
    void startNewLot(bool keepContext);
    void updateExpiryHint();
    void showHistory();
    void setReadOnly(bool readOnly);
    qint64 pickedId(QComboBox *combo, const QString &field, const QString &label,
                    FieldErrors &errors) const;
};

} // namespace lotbook
