#include "correction/SubjectListModel.h"

#include "correction/CorrectionService.h"
#include "correction/CorrectionUi.h"

#include <QBrush>
#include <QColor>

namespace sifa {
namespace ui {

SubjectListModel::SubjectListModel(QObject *parent) : QAbstractTableModel(parent) {}

void SubjectListModel::setItems(const QList<SubjectListItem> &items, const QHash<QString, QString> &officers)
{
    beginResetModel();
    m_items = items;
    m_officers = officers;
    endResetModel();
}

const SubjectListItem *SubjectListModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int SubjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int SubjectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SubjectListModel::text(const SubjectListItem &s, int column) const
{
    switch (column) {
    case Name:
        return s.minor ? tr("%1 (minor)").arg(s.name) : s.name;
    case Sex:
        return CorrectionUi::codeName(QStringLiteral("sex"), s.sex);
    case IdNumber:
        return s.idNumber;
    case Type:
        return CorrectionUi::codeName(QStringLiteral("correction_type"), s.correctionType);
    case Grade:
        return CorrectionUi::codeName(QStringLiteral("supervision_grade"), s.grade);
    case Status:
        return CorrectionService::statusName(s.status);
    case Charge:
        return s.charge;
    case Period:
        return CorrectionUi::period(s.periodFrom, s.periodTo);
    case Officer:
        return m_officers.value(s.officer, s.officer);
    case Tags:
        return CorrectionUi::tagNames(s.tags, true);
    default:
        return QString();
    }
}

QVariant SubjectListModel::data(const QModelIndex &index, int role) const
{
    const SubjectListItem *s = item(index.row());
    if (!s)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return text(*s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Tags)
            return CorrectionUi::tagNames(s->tags);
        if (index.column() == Charge)
            return s->charge;
        return QVariant();
    case UuidRole:
        return s->uuid;
    case SortRole:
        if (index.column() == Period)
            return CorrectionUi::date(s->periodTo);
        return text(*s, index.column());
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return QBrush(QColor(CorrectionUi::statusColour(s->status)));
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant SubjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name:
        return tr("Name");
    case Sex:
        return tr("Sex");
    case IdNumber:
        return tr("ID number");
    case Type:
        return tr("Type");
    case Grade:
        return tr("Grade");
    case Status:
        return tr("Status");
    case Charge:
        return tr("Charge");
    case Period:
        return tr("Correction period");
    case Officer:
        return tr("Officer");
    case Tags:
        return tr("Attention tags");
    default:
        return QVariant();
    }
}

} // namespace ui
} // namespace sifa
