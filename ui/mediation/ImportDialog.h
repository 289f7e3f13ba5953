#pragma once

#include "mediation/LedgerImport.h"
#include "mediation/LedgerSheet.h"
#include "security/Session.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sifa {

class Database;

namespace ui {

// 导入台账: the clerk picks a CSV or XLSX ledger; the file is read on a worker thread and
// every row checked at once (a dry run, nothing written), and the dialog shows how the columns
// were understood, the columns it will not import, the states the cases will enter, the new
// mediators, committees and people, and every bad row as "row N: reason". Import stays
// disabled until the file has no bad row; the import itself is all-or-nothing, shows its
// progress and can be cancelled (nothing is written then).
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(Database &db, const Session &session, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads and checks `path` (what "Choose file" does after its file dialog); returns at once,
    // checked() follows.
    void loadFile(const QString &path);
    const std::optional<LedgerImportResult> &plan() const { return m_checked; }
    QPushButton *importButton() const { return m_import; }
    QTableWidget *issuesTable() const { return m_issues; }
    int importedCount() const { return m_imported; }

public Q_SLOTS:
    void chooseFile();
    void runImport();

Q_SIGNALS:
    void checked();
    void imported(int disputes);

protected:
    void reject() override;

private:
    void sheetRead();
    void showPlan(const LedgerImportPlan &plan);
    void setBusy(bool busy, const QString &what);
    bool progress(qint64 done, qint64 total);

    Database &m_db;
    Session m_session;
    QString m_path;
    std::optional<LedgerSheet> m_sheet;
    std::optional<LedgerImportResult> m_checked;
    QFutureWatcher<Result<LedgerSheet>> m_reader;
    QLineEdit *m_file;
    QPushButton *m_choose;
    QLabel *m_summary;
    QTableWidget *m_columns;
    QLabel *m_issuesTitle;
    QTableWidget *m_issues;
    QProgressBar *m_progress;
    QLabel *m_state;
    QPushButton *m_import;
    QPushButton *m_close;
    bool m_running = false;
    bool m_cancel = false;
    int m_imported = 0;
};

}  // namespace ui
}  // namespace sifa
