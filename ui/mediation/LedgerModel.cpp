#include "mediation/LedgerModel.h"

#include "mediation/LedgerWorker.h"
#include "mediation/MediationCodes.h"
#include "util/Time.h"

#include <QBrush>
#include <QColor>

namespace sifa {
namespace ui {

namespace {

LedgerQuery::Sort sortOf(int column)
{
    switch (column) {
    case LedgerModel::CaseNo: return LedgerQuery::Sort::CaseNo;
    case LedgerModel::Registered: return LedgerQuery::Sort::Registered;
    case LedgerModel::Accepted: return LedgerQuery::Sort::Accepted;
    case LedgerModel::Type: return LedgerQuery::Sort::Type;
    case LedgerModel::Status: return LedgerQuery::Sort::Status;
    default: return LedgerQuery::Sort::Entered;
    }
}

QColor riskColour(const QString &risk)
{
    if (risk == QLatin1String("red"))
        return QColor(0xc6, 0x28, 0x28);
    if (risk == QLatin1String("orange"))
        return QColor(0xe6, 0x7e, 0x22);
    if (risk == QLatin1String("yellow"))
        return QColor(0xb7, 0x95, 0x0b);
    return QColor();
}

}  // namespace

LedgerModel::LedgerModel(const QString &databasePath, const Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_pager = new LedgerWorker(databasePath, session, m_latest);
    m_counter = new LedgerWorker(databasePath, session, m_latest);
    qRegisterMetaType<LedgerQuery>();
    qRegisterMetaType<QList<DisputeListItem>>();
    m_pageThread.setObjectName(QStringLiteral("ledger pages"));
    m_countThread.setObjectName(QStringLiteral("ledger count"));
    m_pager->moveToThread(&m_pageThread);
    m_counter->moveToThread(&m_countThread);
    connect(&m_pageThread, &QThread::finished, m_pager, &QObject::deleteLater);
    connect(&m_countThread, &QThread::finished, m_counter, &QObject::deleteLater);
    connect(this, &LedgerModel::requestPage, m_pager, &LedgerWorker::fetch);
    connect(this, &LedgerModel::requestCount, m_counter, &LedgerWorker::count);
    connect(m_pager, &LedgerWorker::pageReady, this, &LedgerModel::onPage);
    connect(m_counter, &LedgerWorker::countReady, this, &LedgerModel::onCount);
    connect(m_pager, &LedgerWorker::failed, this, &LedgerModel::onFailed);
    connect(m_counter, &LedgerWorker::failed, this, &LedgerModel::onFailed);
    m_pageThread.start();
    m_countThread.start();
    m_query.limit = kPageSize;
}

LedgerModel::~LedgerModel()
{
    m_pageThread.quit();
    m_countThread.quit();
    m_pageThread.wait();
    m_countThread.wait();
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const DisputeListItem &r = m_rows.at(index.row());
    if (role == UuidRole)
        return r.uuid;
    if (role == Qt::ForegroundRole && index.column() == Risk) {
        const QColor c = riskColour(r.riskLevel);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == Parties)
        return r.title.isEmpty() ? r.parties : r.title;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case CaseNo: return r.caseNo.isEmpty() ? tr("(not yet accepted)") : r.caseNo;
    case Registered: return toStoredDate(r.registeredDate);
    case Accepted: return toStoredDate(r.acceptedDate);
    case Parties: return r.parties;
    case Type: return MediationCodes::disputeTypeLabel(r.disputeType);
    case Source: return MediationCodes::sourceLabel(r.source);
    case Status: return MediationCodes::statusLabel(r.status);
    case Committee: return r.committee;
    case Mediator: return r.leadMediator;
    case Risk: return r.riskLevel.isEmpty() ? QString() : MediationCodes::riskLabel(r.riskLevel);
    case Result: return r.result.isEmpty() ? QString() : MediationCodes::resultLabel(r.result);
    case Closed: return toStoredDate(r.closedDate);
    default: return QVariant();
    }
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNo: return tr("Case number");
    case Registered: return tr("Registered");
    case Accepted: return tr("Accepted");
    case Parties: return tr("Parties");
    case Type: return tr("Type");
    case Source: return tr("Source");
    case Status: return tr("Status");
    case Committee: return tr("Committee");
    case Mediator: return tr("Mediator");
    case Risk: return tr("Risk");
    case Result: return tr("Result");
    case Closed: return tr("Closed");
    default: return QVariant();
    }
}

bool LedgerModel::sortable(int column)
{
    return column == CaseNo || column == Registered || column == Accepted || column == Type || column == Status;
}

bool LedgerModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_loading;
}

void LedgerModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    LedgerQuery next = m_query;
    next.after = qMakePair(DisputeRepository::sortValue(m_rows.last(), m_query.sort), m_rows.last().rowid);
    m_loading = true;
    Q_EMIT loadingChanged(true);
    Q_EMIT requestPage(m_generation, next);
}

void LedgerModel::sort(int column, Qt::SortOrder order)
{
    LedgerQuery q = m_query;
    q.sort = sortOf(column);
    q.descending = order == Qt::DescendingOrder;
    if (q.sort == m_query.sort && q.descending == m_query.descending)
        return;
    m_query = q;
    reload();
}

void LedgerModel::setQuery(const LedgerQuery &query)
{
    LedgerQuery q = query;
    q.sort = m_query.sort;
    q.descending = m_query.descending;
    q.limit = kPageSize;
    q.after.reset();
    m_query = q;
    reload();
}

void LedgerModel::reload()
{
    ++m_generation;
    m_latest->store(m_generation);
    beginResetModel();
    m_rows.clear();
    m_more = false;
    endResetModel();
    m_loading = true;
    m_total = -1;
    Q_EMIT loadingChanged(true);
    Q_EMIT totalChanged(-1);
    Q_EMIT requestPage(m_generation, m_query);
    Q_EMIT requestCount(m_generation, m_query);
}

void LedgerModel::onPage(quint64 generation, const QList<DisputeListItem> &rows, bool more)
{
    if (generation != m_generation)
        return;
    if (!rows.isEmpty()) {
        beginInsertRows(QModelIndex(), static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + rows.size() - 1));
        m_rows.append(rows);
        endInsertRows();
    }
    m_more = more;
    m_loading = false;
    Q_EMIT loadingChanged(false);
}

void LedgerModel::onCount(quint64 generation, qint64 count)
{
    if (generation != m_generation)
        return;
    m_total = count;
    Q_EMIT totalChanged(count);
}

void LedgerModel::onFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    Q_EMIT loadingChanged(false);
    Q_EMIT failed(message);
}

const DisputeListItem *LedgerModel::item(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int LedgerModel::rowOf(const QString &uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).uuid == uuid)
            return i;
    }
    return -1;
}

}  // namespace ui
}  // namespace sifa
