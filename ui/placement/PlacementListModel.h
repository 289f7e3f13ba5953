#pragma once

#include "placement/PlacementFile.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sifa {
namespace ui {

// The resettlement list (安置帮教对象名册) as PlacementService::list returns it: one row per file,
// the ID number masked unless the page asked to reveal it.
class PlacementListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Sex,
        IdNumber,
        Source,
        Release,
        Prison,
        Charge,
        Category,
        Handover,
        Placement,
        LastVisit,
        PeriodEnd,
        Status,
        Officer,
        Flags,
        ColumnCount
    };
    static constexpr int UuidRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit PlacementListModel(QObject *parent = nullptr);

    // `officers`: the display names of the officer fields that name a user.
    void setItems(const QList<PlacementListItem> &items, const QHash<QString, QString> &officers = {});
    const PlacementListItem *item(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString flags(const PlacementListItem &item);

private:
    QString text(const PlacementListItem &s, int column) const;
    QList<PlacementListItem> m_items;
    QHash<QString, QString> m_officers;
};

} // namespace ui
} // namespace sifa
