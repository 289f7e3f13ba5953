#pragma once

#include "correction/CcRecord.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sifa {
namespace ui {

// The subject list (社区矫正对象名册) as the core's list() returns it: one row per file, the ID
// number masked unless the page asked to reveal it.
class SubjectListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Sex, IdNumber, Type, Grade, Status, Charge, Period, Officer, Tags, ColumnCount };
    static constexpr int UuidRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit SubjectListModel(QObject *parent = nullptr);

    // `officers`: the display names of the officer fields that name a user.
    void setItems(const QList<SubjectListItem> &items, const QHash<QString, QString> &officers = {});
    const SubjectListItem *item(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const SubjectListItem &s, int column) const;
    QList<SubjectListItem> m_items;
    QHash<QString, QString> m_officers;
};

} // namespace ui
} // namespace sifa
