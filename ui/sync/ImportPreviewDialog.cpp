#include "sync/ImportPreviewDialog.h"

#include "sync/SyncLabels.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

std::function<bool(ImportPreviewDialog &)> &autoAnswer()
{
    static std::function<bool(ImportPreviewDialog &)> answer;
    return answer;
}

enum Column { Name, Created, Updated, Unchanged, ConflictsCol, Rejected, ColumnCount };

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const QList<Result<ImportReport>> &dryRun, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import bundles: what would change"));
    setObjectName(QStringLiteral("importPreview"));
    auto *v = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Nothing has been written yet. Check what each bundle would change, then import."), this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("previewTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels(
        {tr("Bundle / records"), tr("Created"), tr("Updated"), tr("Unchanged"), tr("Conflicts"), tr("Refused")});
    m_tree->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int c = Created; c < ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->setAlternatingRowColors(true);
    m_tree->setRootIsDecorated(true);
    v->addWidget(m_tree, 1);
    for (const Result<ImportReport> &r : dryRun) {
        if (r.ok())
            addReport(*r);
        else
            addFailure(QString(), r.message());
    }
    m_tree->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setEnabled(m_applicable > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    resize(760, 460);
}

void ImportPreviewDialog::addReport(const ImportReport &report)
{
    if (report.status == QLatin1String("rejected")) {
        addFailure(report.file, report.notes.join(QLatin1Char(' ')));
        return;
    }
    auto *top = new QTreeWidgetItem(m_tree);
    const QString from = SyncLabels::office(report.senderOffice, report.senderName);
    top->setText(Name, tr("%1 — from %2: %3 (%n change(s))", nullptr, report.ops)
                           .arg(QFileInfo(report.file).fileName(), from, SyncLabels::importStatus(report.status)));
    top->setToolTip(Name, report.file);
    QFont bold = top->font(Name);
    bold.setBold(true);
    top->setFont(Name, bold);
    EntityCounts sum;
    for (auto it = report.perEntity.cbegin(); it != report.perEntity.cend(); ++it) {
        const EntityCounts &c = it.value();
        auto *row = new QTreeWidgetItem(top);
        row->setText(Name, SyncLabels::entity(it.key()));
        row->setData(Name, Qt::UserRole, it.key());
        const int values[] = {c.created, c.updated, c.unchanged, c.conflicts, c.rejected};
        for (int col = Created; col < ColumnCount; ++col) {
            row->setText(col, QString::number(values[col - Created]));
            row->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
        }
        if (c.conflicts > 0)
            row->setBackground(ConflictsCol, QColor(0xff, 0xe9, 0xb3));
        if (c.rejected > 0)
            row->setBackground(Rejected, QColor(0xfb, 0xd5, 0xd5));
        sum.created += c.created;
        sum.updated += c.updated;
        sum.unchanged += c.unchanged;
        sum.conflicts += c.conflicts;
        sum.rejected += c.rejected;
    }
    const int totals[] = {sum.created, sum.updated, sum.unchanged, sum.conflicts, sum.rejected};
    for (int col = Created; col < ColumnCount; ++col) {
        top->setText(col, QString::number(totals[col - Created]));
        top->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
        top->setFont(col, bold);
    }
    for (const QString &note : report.notes) {
        auto *n = new QTreeWidgetItem(top);
        n->setText(Name, note);
        n->setFirstColumnSpanned(true);
        n->setForeground(Name, QColor(0x44, 0x55, 0x66));
    }
    if (report.status == QLatin1String("dry-run"))
        ++m_applicable;
}

void ImportPreviewDialog::addFailure(const QString &file, const QString &message)
{
    auto *top = new QTreeWidgetItem(m_tree);
    top->setText(Name, file.isEmpty() ? tr("Refused: %1").arg(message)
                                      : tr("%1 — refused: %2").arg(QFileInfo(file).fileName(), message));
    top->setToolTip(Name, message);
    top->setForeground(Name, QColor(0xb0, 0x00, 0x20));
    top->setFirstColumnSpanned(true);
}

void ImportPreviewDialog::setAutoAnswer(std::function<bool(ImportPreviewDialog &)> answer)
{
    autoAnswer() = std::move(answer);
}

bool ImportPreviewDialog::confirm(const QList<Result<ImportReport>> &dryRun, QWidget *parent)
{
    ImportPreviewDialog d(dryRun, parent);
    if (autoAnswer())
        return autoAnswer()(d) && d.anythingToImport();
    return d.exec() == QDialog::Accepted;
}

} // namespace ui
} // namespace sifa
