#pragma once

#include "mediation/LedgerMetaTypes.h"
#include "security/Session.h"

#include <QAbstractTableModel>
#include <QThread>

#include <atomic>
#include <memory>

namespace sifa {
namespace ui {

class LedgerWorker;

// The 人民调解台账 as a table: pages of 200 cases fetched on the worker thread as the clerk
// scrolls (keyset paging, so the thousandth page costs what the first does), sorted by the
// database, and a count for the status line that arrives when it is ready.
class LedgerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CaseNo, Registered, Accepted, Parties, Type, Source, Status, Committee, Mediator, Risk, Result, Closed, ColumnCount };
    static constexpr int UuidRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 200;

    LedgerModel(const QString &databasePath, const Session &session, QObject *parent = nullptr);
    ~LedgerModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    // Filters and search; the order is kept. Starts over from the first page.
    void setQuery(const LedgerQuery &query);
    LedgerQuery query() const { return m_query; }
    void reload();

    const DisputeListItem *item(int row) const;
    int rowOf(const QString &uuid) const;
    bool isLoading() const { return m_loading; }
    qint64 total() const { return m_total; }  // -1 while counting
    static bool sortable(int column);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalChanged(qint64 total);
    void failed(const QString &message);
    // Asks the worker (queued to its thread).
    void requestPage(quint64 generation, const sifa::LedgerQuery &query);
    void requestCount(quint64 generation, const sifa::LedgerQuery &query);

private:
    void onPage(quint64 generation, const QList<DisputeListItem> &rows, bool more);
    void onCount(quint64 generation, qint64 count);
    void onFailed(quint64 generation, const QString &message);

    // Pages and counts on threads of their own: a slow count never delays the next page.
    QThread m_pageThread;
    QThread m_countThread;
    LedgerWorker *m_pager;
    LedgerWorker *m_counter;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    LedgerQuery m_query;
    QList<DisputeListItem> m_rows;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_more = false;
    qint64 m_total = -1;
};

}  // namespace ui
}  // namespace sifa
