#include "sync/LedgerDialog.h"

#include "sync/LedgerTable.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

LedgerDialog::LedgerDialog(const QString &office, const QList<LedgerEntry> &rows, const QString &error, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ledgerDialog"));
    setWindowTitle(tr("Bundles exchanged with %1").arg(office));
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(
        rows.isEmpty()
            ? tr("No bundle was exchanged with %1 yet.").arg(office)
            : tr("%n bundle(s) exchanged with %1, newest first.", nullptr, static_cast<int>(rows.size())).arg(office),
        this);
    v->addWidget(intro);
    if (!error.isEmpty()) {
        auto *e = new QLabel(error, this);
        e->setStyleSheet(QStringLiteral("color: #b00020;"));
        v->addWidget(e);
    }
    m_table = new LedgerTable(this);
    m_table->setEntries(rows);
    v->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    resize(900, 420);
}

} // namespace ui
} // namespace sifa
