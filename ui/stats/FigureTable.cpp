#include "stats/FigureTable.h"

#include <QBrush>
#include <QHeaderView>
#include <QMap>

namespace sifa {
namespace ui {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;
enum Column { Label, Value, Unit };

const QColor kSection(0xe8, 0xee, 0xf5);
const QColor kChanged(0xff, 0xf3, 0xc4);
const QColor kError(0xc6, 0x28, 0x28);
const QColor kWarning(0xb2, 0x6a, 0x00);

}  // namespace

FigureTable::FigureTable(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("figures"));
    setColumnCount(3);
    setHeaderLabels({tr("Figure"), tr("Value"), tr("Unit")});
    setRootIsDecorated(false);
    setIndentation(22);
    setExpandsOnDoubleClick(false);  // a double click lists the records; the arrow folds
    setUniformRowHeights(true);
    setAlternatingRowColors(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(Label, QHeaderView::Stretch);
    header()->setSectionResizeMode(Value, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(Unit, QHeaderView::ResizeToContents);
    headerItem()->setTextAlignment(Value, Qt::AlignRight | Qt::AlignVCenter);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        Q_EMIT figureSelected(item ? item->data(Label, kKeyRole).toString() : QString());
    });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString key = item->data(Label, kKeyRole).toString();
        if (!key.isEmpty())
            Q_EMIT figureActivated(key);
    });
}

void FigureTable::clearFigures()
{
    m_items.clear();
    clear();
}

void FigureTable::setReport(const StatReportData &report)
{
    const QString keep = currentKey();
    clearFigures();
    QTreeWidgetItem *section = nullptr;
    QTreeWidgetItem *main = nullptr;
    QMap<QString, QTreeWidgetItem *> mains;  // the section's main figures by key
    QString sectionName;
    for (const StatFigure &f : report.figures) {
        if (f.hidden)
            continue;
        if (!section || f.section != sectionName) {
            sectionName = f.section;
            section = new QTreeWidgetItem(this);
            section->setText(Label, f.section);
            section->setFlags(Qt::ItemIsEnabled);
            QFont bold = section->font(Label);
            bold.setBold(true);
            section->setFont(Label, bold);
            for (int c = Label; c <= Unit; ++c)
                section->setBackground(c, QBrush(kSection));
            section->setFirstColumnSpanned(true);
            main = nullptr;
            mains.clear();
        }
        // An "of which" figure goes under the main figure before it; when that one is of
        // another family (its key begins otherwise), under the main figure its key extends
        // ("succeeded.type.01" under "succeeded", though listed after "failed").
        QTreeWidgetItem *parent = f.level > 0 && main ? main : section;
        const auto family = [](const QString &key) { return key.section(QLatin1Char('.'), 0, 0); };
        if (f.level > 0 && main && family(main->data(Label, kKeyRole).toString()) != family(f.key)) {
            for (auto it = mains.cbegin(); it != mains.cend(); ++it) {
                if (f.key.startsWith(it.key() + QLatin1Char('.')))
                    parent = it.value();
            }
        }
        auto *item = new QTreeWidgetItem(parent);
        item->setText(Label, f.label);
        item->setText(Value, f.text());
        item->setText(Unit, f.unit);
        item->setTextAlignment(Value, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(Label, kKeyRole, f.key);
        const QString tip = f.definition.isEmpty() ? f.label : tr("%1\n%2").arg(f.label, f.definition);
        for (int c = Label; c <= Unit; ++c)
            item->setToolTip(c, f.drillable ? tip + QLatin1Char('\n') + tr("Double-click or press Enter to list the records.")
                                            : tip);
        if (f.level == 0) {
            QFont bold = item->font(Value);
            bold.setBold(true);
            item->setFont(Value, bold);
            main = item;
            mains.insert(f.key, item);
        }
        m_items.insert(f.key, item);
    }
    expandAll();
    if (!keep.isEmpty() && selectFigure(keep))
        return;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->childCount() > 0) {
            setCurrentItem(topLevelItem(i)->child(0));
            break;
        }
    }
}

QString FigureTable::currentKey() const
{
    const QTreeWidgetItem *item = currentItem();
    return item ? item->data(Label, kKeyRole).toString() : QString();
}

bool FigureTable::selectFigure(const QString &key)
{
    QTreeWidgetItem *item = m_items.value(key);
    if (!item)
        return false;
    setCurrentItem(item);
    scrollToItem(item);
    return true;
}

void FigureTable::markChanged(const QSet<QString> &keys)
{
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        for (int c = Label; c <= Unit; ++c)
            it.value()->setBackground(c, keys.contains(it.key()) ? QBrush(kChanged) : QBrush());
    }
}

void FigureTable::markChecked(const QHash<QString, bool> &keysWithError)
{
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const auto found = keysWithError.constFind(it.key());
        it.value()->setForeground(Value, found == keysWithError.cend() ? QBrush()
                                                                       : QBrush(found.value() ? kError : kWarning));
    }
}

}  // namespace ui
}  // namespace sifa
