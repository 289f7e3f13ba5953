#include "placement/PlacementListModel.h"

#include "correction/CorrectionUi.h"
#include "placement/PlacementService.h"
#include "placement/PlacementUi.h"

#include <QBrush>
#include <QColor>

namespace sifa {
namespace ui {

namespace {

QString code(const char *table, const QString &value)
{
    return CorrectionUi::shortName(QString::fromLatin1(table), value);
}

} // namespace

PlacementListModel::PlacementListModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlacementListModel::setItems(const QList<PlacementListItem> &items, const QHash<QString, QString> &officers)
{
    beginResetModel();
    m_items = items;
    m_officers = officers;
    endResetModel();
}

const PlacementListItem *PlacementListModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int PlacementListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int PlacementListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlacementListModel::flags(const PlacementListItem &s)
{
    QStringList f;
    if (s.sanwu)
        f << tr("No home, job or family");
    if (s.dualListed)
        f << tr("Dual-listed");
    if (s.minor)
        f << tr("Minor");
    return f.join(QStringLiteral("、"));
}

QString PlacementListModel::text(const PlacementListItem &s, int column) const
{
    switch (column) {
    case Name:
        return s.name;
    case Sex:
        return CorrectionUi::codeName(QStringLiteral("sex"), s.sex);
    case IdNumber:
        return s.idNumber;
    case Source:
        return code("placement_source", s.source);
    case Release:
        return CorrectionUi::date(s.releaseDate);
    case Prison:
        return s.releasingOrg;
    case Charge:
        return s.charge;
    case Category:
        return code("placement_category", s.category);
    case Handover:
        return s.handoverMode.isEmpty() || s.handoverStatus != QLatin1String("done")
                   ? code("handover_status", s.handoverStatus)
                   : code("handover_mode", s.handoverMode);
    case Placement:
        return code("placement_mode", s.placementMode);
    case LastVisit:
        return CorrectionUi::date(s.lastVisit);
    case PeriodEnd:
        return CorrectionUi::date(s.assistEnd);
    case Status:
        return PlacementService::statusName(s.status);
    case Officer:
        return m_officers.value(s.officer, s.officer);
    case Flags:
        return flags(s);
    default:
        return QString();
    }
}

QVariant PlacementListModel::data(const QModelIndex &index, int role) const
{
    const PlacementListItem *s = item(index.row());
    if (!s)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return text(*s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Handover)
            return code("handover_status", s->handoverStatus);
        if (index.column() == Charge || index.column() == Prison || index.column() == Flags)
            return text(*s, index.column());
        return QVariant();
    case UuidRole:
        return s->uuid;
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return QBrush(QColor(PlacementUi::statusColour(s->status)));
        if (index.column() == Handover)
            return QBrush(QColor(PlacementUi::handoverColour(s->handoverStatus)));
        if (index.column() == Category && s->category == QLatin1String("key"))
            return QBrush(QColor(QStringLiteral("#c62828")));
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant PlacementListModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case Source:
        return tr("Source");
    case Release:
        return tr("Released");
    case Prison:
        return tr("Prison");
    case Charge:
        return tr("Charge");
    case Category:
        return tr("Category");
    case Handover:
        return tr("Hand-over");
    case Placement:
        return tr("Placement");
    case LastVisit:
        return tr("Last visit");
    case PeriodEnd:
        return tr("Period ends");
    case Status:
        return tr("Status");
    case Officer:
        return tr("Officer");
    case Flags:
        return tr("Flags");
    default:
        return QVariant();
    }
}

} // namespace ui
} // namespace sifa
