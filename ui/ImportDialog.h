// File > Import Lots: a CSV file (packing list, spreadsheet) previewed with
// its detected delimiter and first rows, a combo above each column to pick the
// lot field it fills (guessed from the header), the date format and whether
// missing suppliers, warehouses and bins are created. Check (a dry run) and
// Import run off the GUI thread on their own connection (ImportRun), with a
// progress bar and Cancel. Errors are listed by line, column and reason, in a
// table that copies as tab-separated text; nothing is written unless every
// row is good. A successful import emits lotsImported().
#pragma once

#include "FieldErrorDisplay.h"
#include "LotImport.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ImportDialog;
}
class QComboBox;

namespace lotbook {

class Database;
class ImportRun;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(Database &db, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Previews `path`; false (and the reason shown) when it cannot be read.
    bool loadFile(const QString &path);
    // A CSV file picked in a QFileDialog that starts in the folder used last
    // (remembered); empty when the user cancels.
    static QString askForFile(QWidget *parent);
    void chooseFile(); // askForFile(), then loadFile()
    QString filePath() const { return m_path; }

    ColumnMapping mapping() const;
    void setColumnField(int column, ImportField field); // as picking it in the column's combo
    QComboBox *columnCombo(int column) const;

    void check();       // dry run
    void startImport(); // the real thing
    void cancelRun();   // while a run is going
    bool isRunning() const;
    ImportRun *importRun() const { return m_run; }
    // The last finished run's report; `hasReport` is false before any.
    const ImportReport &report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    // Selected error rows (every row when none is selected) as tab-separated
    // lines, on the clipboard.
    void copyErrors();

    void reject() override; // Esc / Close: cancels a run first, closes when none

signals:
    void runFinished(); // after a Check or Import has ended, whatever its outcome
    void lotsImported(qint64 lots);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::unique_ptr<Ui::ImportDialog> ui;
    ImportRun *m_run;
    QString m_path;
    qint64 m_fileSize = 0;
    ImportPreview m_preview;
    QList<QComboBox *> m_combos; // one per column, in the preview's "Import as" row
    FieldErrorDisplay m_mappingErrors;
    ImportReport m_report;
    bool m_hasReport = false;
    bool m_imported = false; // this file went in: Import is not offered again
    bool m_lastRunDry = false;

    void showPreview(bool guessFormatsToo);
    void clearPreview();
    void mappingChanged();
    void updateDateExample();
    void guessFormats(); // date order and decimal separator, from the first rows
    QStringList previewValues(ImportField field) const;
    void startRun(bool dryRun);
    void showProgress(qint64 rows, qint64 bytes);
    void runEnded();
    void showReport();
    void updateButtons();
    QString selectedErrorText() const;
};

} // namespace lotbook
