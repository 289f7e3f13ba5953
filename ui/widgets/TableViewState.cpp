#include "widgets/TableViewState.h"

#include "shell/UiSettings.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace sifa {
namespace ui {

void setUpLedgerTable(QTableView *view, const QString &key, const QList<int> &widths, int stretch)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(stretch < 0);
    const int em = view->fontMetrics().horizontalAdvance(QChar(0x4E2D));  // one Chinese character
    for (int i = 0; i < widths.size(); ++i) {
        if (widths[i] > 0)
            header->resizeSection(i, widths[i] * em + 16);
    }
    if (stretch >= 0)
        header->setSectionResizeMode(stretch, QHeaderView::Stretch);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    const QByteArray state = UiSettings::tableState(key);
    if (!state.isEmpty())
        header->restoreState(state);

    auto save = [header, key] { UiSettings::setTableState(key, header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, header, [view, header, save](const QPoint &pos) {
        QMenu menu(header);
        QAbstractItemModel *model = view->model();
        for (int i = 0; i < model->columnCount(); ++i) {
            QAction *a = menu.addAction(model->headerData(i, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(i));
            QObject::connect(a, &QAction::toggled, header, [header, i, save](bool on) {
                if (!on && header->count() - header->hiddenSectionCount() <= 1)
                    return;  // keep at least one column
                header->setSectionHidden(i, !on);
                save();
            });
        }
        menu.exec(header->mapToGlobal(pos));
    });
}

}  // namespace ui
}  // namespace sifa
