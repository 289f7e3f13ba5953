#include "sync/ConflictInbox.h"

#include "sync/ConflictView.h"
#include "sync/ResolveConflictDialog.h"
#include "sync/SyncLabels.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

enum Column { RecordCol, FieldCol, OfficeCol, DetectedCol, StatusCol, ColumnCount };

} // namespace

ConflictInbox::ConflictInbox(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    auto *v = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    m_showResolved = new QCheckBox(tr("Show resolved"), this);
    m_showResolved->setObjectName(QStringLiteral("showResolved"));
    top->addWidget(m_showResolved);
    v->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_list = new QTableWidget(split);
    m_list->setObjectName(QStringLiteral("conflicts"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Office"), tr("Detected"), tr("Status")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    auto *right = new QWidget(split);
    auto *rv = new QVBoxLayout(right);
    rv->setContentsMargins(0, 0, 0, 0);
    m_view = new ConflictView(right);
    rv->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_resolve = new QPushButton(tr("&Resolve…"), right);
    m_resolve->setObjectName(QStringLiteral("resolve"));
    m_resolve->setEnabled(false);
    buttons->addStretch(1);
    buttons->addWidget(m_resolve);
    rv->addLayout(buttons);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    v->addWidget(split, 1);

    connect(m_showResolved, &QCheckBox::toggled, this, &ConflictInbox::refresh);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &ConflictInbox::showSelected);
    connect(m_list, &QTableWidget::cellDoubleClicked, this, [this] { resolveSelected(); });
    connect(m_resolve, &QPushButton::clicked, this, &ConflictInbox::resolveSelected);
    refresh();
}

QString ConflictInbox::navigationLabel(int openCount)
{
    return openCount > 0 ? tr("Conflicts (%1)").arg(openCount) : tr("Conflicts");
}

void ConflictInbox::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ConflictInbox::setShowResolved(bool on)
{
    m_showResolved->setChecked(on);
}

void ConflictInbox::refresh()
{
    const QString keep = selectedId();
    Result<QList<ConflictItem>> items = Conflicts::list(m_db, m_session, !m_showResolved->isChecked());
    m_items = items.value_or({});
    int open = 0;
    for (const ConflictItem &c : std::as_const(m_items))
        open += c.status == QLatin1String("open") ? 1 : 0;
    if (m_showResolved->isChecked()) {
        Result<int> count = Conflicts::openCount(m_db);
        open = count.value_or(open);
    }
    QSignalBlocker block(m_list);
    m_list->clearContents();
    m_list->setRowCount(static_cast<int>(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const ConflictItem &c = m_items.at(row);
        const bool deleteEdit = c.kind == QLatin1String("delete_edit");
        const QStringList texts{tr("%1 %2").arg(SyncLabels::entity(c.entity), c.rowUuid.left(8)),
                                deleteEdit ? tr("deleted / changed") : c.field, c.officeCode,
                                SyncLabels::when(c.detectedAt),
                                c.status == QLatin1String("open") ? tr("open") : tr("resolved")};
        for (int col = 0; col < ColumnCount; ++col)
            m_list->setItem(row, col, new QTableWidgetItem(texts.at(col)));
        m_list->item(row, RecordCol)->setData(Qt::UserRole, c.id);
        if (c.status != QLatin1String("open")) {
            for (int col = 0; col < ColumnCount; ++col)
                m_list->item(row, col)->setForeground(QColor(0x88, 0x88, 0x88));
        }
    }
    if (!items.ok())
        m_summary->setText(items.message());
    else if (open == 0)
        m_summary->setText(tr("No open conflict. Edits made in two offices at once, and deletions against edits, "
                              "appear here after an import."));
    else
        m_summary->setText(tr("%n conflict(s) to decide. Each shows the competing values; the provisional winner "
                              "applies until you decide, and no value is lost.",
                              nullptr, open));
    if (!keep.isEmpty())
        selectConflict(keep);
    if (m_list->selectedItems().isEmpty() && m_list->rowCount() > 0)
        m_list->selectRow(0);
    block.unblock();
    showSelected();
    if (open != m_openCount) {
        m_openCount = open;
        Q_EMIT openCountChanged(open);
    }
}

bool ConflictInbox::selectConflict(const QString &id)
{
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->item(row, RecordCol) && m_list->item(row, RecordCol)->data(Qt::UserRole).toString() == id) {
            m_list->selectRow(row);
            return true;
        }
    }
    return false;
}

QString ConflictInbox::selectedId() const
{
    const QList<QTableWidgetItem *> s = m_list->selectedItems();
    if (s.isEmpty())
        return QString();
    const QTableWidgetItem *item = m_list->item(s.first()->row(), RecordCol);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ConflictInbox::showSelected()
{
    const QString id = selectedId();
    const ConflictItem *found = nullptr;
    for (const ConflictItem &c : std::as_const(m_items)) {
        if (c.id == id)
            found = &c;
    }
    m_view->setConflict(found);
    m_resolve->setEnabled(found && found->status == QLatin1String("open"));
}

std::unique_ptr<ResolveConflictDialog> ConflictInbox::resolveDialog(const QString &id)
{
    Result<ConflictItem> c = Conflicts::get(m_db, m_session, id);
    if (!c)
        return nullptr;
    auto d = std::make_unique<ResolveConflictDialog>(m_db, m_session, *c, this);
    connect(d.get(), &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT recordsChanged();
    });
    return d;
}

void ConflictInbox::resolveSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    for (const ConflictItem &c : std::as_const(m_items)) {
        if (c.id == id && c.status != QLatin1String("open"))
            return;
    }
    if (std::unique_ptr<ResolveConflictDialog> d = resolveDialog(id))
        d->exec();
}

} // namespace ui
} // namespace sifa
