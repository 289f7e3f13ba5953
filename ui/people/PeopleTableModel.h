#pragma once

#include "people/Person.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace sifa {
namespace ui {

// The people ledger's rows. ID numbers are masked; sorting by name follows pinyin initials.
class PeopleTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Sex, Age, BirthDate, IdNumber, Phone, Residence, Updated, ColumnCount };
    static constexpr int UuidRole = Qt::UserRole + 1;
    static constexpr int DeletedRole = Qt::UserRole + 2;

    explicit PeopleTableModel(QObject *parent = nullptr);

    void setRows(QList<PersonListItem> rows, const QDate &today);
    const PersonListItem *item(int row) const;
    int rowOf(const QString &uuid) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QList<PersonListItem> m_rows;
    QDate m_today;
};

}  // namespace ui
}  // namespace sifa
