#include "sync/ConflictView.h"

#include "security/Roles.h"
#include "sync/SyncLabels.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

constexpr int kWinnerRole = Qt::UserRole + 1;

QString roleName(const QString &id)
{
    const std::optional<Role> r = Roles::fromId(id);
    return r ? Roles::displayName(*r) : id;
}

} // namespace

ConflictView::ConflictView(QWidget *parent) : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("conflictHeading"));
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    v->addWidget(m_heading);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("competitors"));
    m_table->setRowCount(RowCount);
    m_table->setVerticalHeaderLabels({tr("Value"), tr("Changed by"), tr("Role"), tr("Office"), tr("When")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    v->addWidget(m_table, 1);
    m_resolution = new QLabel(this);
    m_resolution->setObjectName(QStringLiteral("resolution"));
    m_resolution->setWordWrap(true);
    m_resolution->setTextFormat(Qt::RichText);
    v->addWidget(m_resolution);
    setConflict(nullptr);
}

void ConflictView::setConflict(const ConflictItem *c)
{
    m_table->setColumnCount(0);
    if (!c) {
        m_heading->setText(tr("Select a conflict to see the competing values."));
        m_resolution->clear();
        m_table->hide();
        return;
    }
    m_table->show();
    const bool deleteEdit = c->kind == QLatin1String("delete_edit");
    const QString what =
        deleteEdit ? tr("deleted in one office, changed in another") : tr("field “%1”").arg(c->field.toHtmlEscaped());
    m_heading->setText(tr("<b>%1</b> %2 — %3<br>Detected %4. The record holds now: <b>%5</b>")
                           .arg(SyncLabels::entity(c->entity).toHtmlEscaped(), c->rowUuid.left(8), what,
                                SyncLabels::when(c->detectedAt),
                                (deleteEdit ? (c->currentValue.toInt() == 1 ? tr("deleted") : tr("kept"))
                                            : SyncLabels::value(c->currentValue))
                                    .toHtmlEscaped()));
    m_table->setColumnCount(static_cast<int>(c->competitors.size()));
    for (int col = 0; col < c->competitors.size(); ++col) {
        const ConflictCompetitor &k = c->competitors.at(col);
        QString header = tr("Version %1").arg(col + 1);
        if (k.winner)
            header = tr("Version %1 ★ provisional winner").arg(col + 1);
        auto *h = new QTableWidgetItem(header);
        h->setData(kWinnerRole, k.winner);
        m_table->setHorizontalHeaderItem(col, h);
        QString value = SyncLabels::value(k.value);
        if (deleteEdit && c->field == QLatin1String("deleted"))
            value = k.value.toInt() == 1 ? tr("deleted the record") : tr("changed the record");
        const QStringList texts{value, k.actor, roleName(k.role), k.officeCode, SyncLabels::when(k.wallTime)};
        for (int row = 0; row < RowCount; ++row) {
            auto *item = new QTableWidgetItem(texts.at(row));
            if (k.winner)
                item->setBackground(QColor(0xdf, 0xf2, 0xe1));
            if (row == Value) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            item->setToolTip(tr("Change %1").arg(k.opId));
            m_table->setItem(row, col, item);
        }
    }
    if (c->status == QLatin1String("resolved")) {
        m_resolution->setText(
            tr("<b>Resolved</b> by %1 on %2: %3")
                .arg(c->resolvedBy.toHtmlEscaped(), SyncLabels::when(c->resolvedAt), c->resolution.toHtmlEscaped()));
    } else {
        m_resolution->setText(tr("The provisional winner (shaded) applies everywhere until a person decides. "
                                 "Every value is kept."));
    }
}

int ConflictView::winnerColumn() const
{
    for (int c = 0; c < m_table->columnCount(); ++c) {
        if (m_table->horizontalHeaderItem(c) && m_table->horizontalHeaderItem(c)->data(kWinnerRole).toBool())
            return c;
    }
    return -1;
}

} // namespace ui
} // namespace sifa
