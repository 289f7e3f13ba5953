#include "people/PeopleTableModel.h"

#include "codes/CodeTables.h"
#include "codes/Divisions.h"
#include "people/IdNumber.h"
#include "people/Pinyin.h"
#include "util/Time.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace sifa {
namespace ui {

PeopleTableModel::PeopleTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PeopleTableModel::setRows(QList<PersonListItem> rows, const QDate &today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    endResetModel();
}

const PersonListItem *PeopleTableModel::item(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PeopleTableModel::rowOf(const QString &uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).uuid == uuid)
            return i;
    }
    return -1;
}

int PeopleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PeopleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleTableModel::data(const QModelIndex &index, int role) const
{
    const PersonListItem *p = item(index.row());
    if (!p || index.column() < 0 || index.column() >= ColumnCount)
        return QVariant();
    if (role == UuidRole)
        return p->uuid;
    if (role == DeletedRole)
        return p->deleted;
    if (role == Qt::ForegroundRole && p->deleted)
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole && p->deleted) {
        QFont f;
        f.setStrikeOut(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Age || index.column() == BirthDate))
        return QVariant(Qt::AlignCenter);
    if (role == Qt::ToolTipRole && index.column() == Residence)
        return Divisions::instance().fullName(p->residenceDivision) + p->residenceAddress;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case Name:
        return p->deleted ? tr("%1 (removed)").arg(p->name) : p->name;
    case Sex: {
        const CodeTable *t = CodeTables::instance().table(CodeTables::sexTable());
        return t ? t->displayName(p->sex) : p->sex;
    }
    case Age:
        return p->birthDate.isValid() ? QVariant(ageOn(p->birthDate, m_today)) : QVariant();
    case BirthDate:
        return toStoredDate(p->birthDate);
    case IdNumber:
        return IdNumbers::mask(p->idNumber);
    case Phone:
        return p->phone;
    case Residence:
        return Divisions::instance().localName(p->residenceDivision) + p->residenceAddress;
    case Updated:
        return fromStoredTimestamp(p->updatedAt).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    default:
        return QVariant();
    }
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Sex: return tr("Sex");
    case Age: return tr("Age");
    case BirthDate: return tr("Birth date");
    case IdNumber: return tr("ID number");
    case Phone: return tr("Phone");
    case Residence: return tr("Residence");
    case Updated: return tr("Last changed");
    default: return QVariant();
    }
}

void PeopleTableModel::sort(int column, Qt::SortOrder order)
{
    auto key = [column](const PersonListItem &p) -> QString {
        switch (column) {
        case Name: return pinyinSortKey(p.name);
        case Sex: return p.sex;
        case Age:
        case BirthDate: return toStoredDate(p.birthDate);
        case IdNumber: return p.idNumber;
        case Phone: return p.phone;
        case Residence: return p.residenceDivision + p.residenceAddress;
        case Updated: return p.updatedAt;
        default: return p.name;
        }
    };
    // Age sorts opposite to birth date.
    const bool ascending = (order == Qt::AscendingOrder) != (column == Age);
    Q_EMIT layoutAboutToBeChanged();
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const PersonListItem &a, const PersonListItem &b) {
        const QString ka = key(a), kb = key(b);
        return ascending ? ka < kb : kb < ka;
    });
    Q_EMIT layoutChanged();
}

}  // namespace ui
}  // namespace sifa
