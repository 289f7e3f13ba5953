#pragma once

#include "sync/SyncTypes.h"
#include "util/Result.h"

#include <QDialog>
#include <QList>

#include <functional>

class QPushButton;
class QTreeWidget;

namespace sifa {
namespace ui {

// What importing the chosen bundles would do (the core's dry run), before anything is
// written: per bundle its sender and status, per entity the records created, updated and
// unchanged, the fields in conflict and the changes refused; a bundle that cannot be read with
// its reason. "Import" applies the bundles that can be.
class ImportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    ImportPreviewDialog(const QList<Result<ImportReport>> &dryRun, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *importButton() const { return m_import; }
    // Whether any of the bundles would change something.
    bool anythingToImport() const { return m_applicable > 0; }

    // Shows the dialog; true when the user chose to import. Tests answer through
    // setAutoAnswer (the callback sees the dialog and returns the answer).
    static bool confirm(const QList<Result<ImportReport>> &dryRun, QWidget *parent);
    static void setAutoAnswer(std::function<bool(ImportPreviewDialog &)> answer);

private:
    void addReport(const ImportReport &report);
    void addFailure(const QString &file, const QString &message);

    QTreeWidget *m_tree;
    QPushButton *m_import;
    int m_applicable = 0;
};

} // namespace ui
} // namespace sifa
