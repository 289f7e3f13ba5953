#pragma once

#include "security/Session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class PlacementListModel;

// 安置帮教: the list of files filtered as the officer types or picks (status, category, hand-over,
// source; name, pinyin, ID, phone, charge, prison), ID numbers masked unless revealed (audited);
// registering a file, opening one, the prison notices and the monthly list of people not handed
// over.
class PlacementPage : public QWidget {
    Q_OBJECT
public:
    PlacementPage(Database &db, const Session &session, QWidget *parent = nullptr);

    PlacementListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QCheckBox *revealBox() const { return m_reveal; }
    QLabel *countLabel() const { return m_count; }

public Q_SLOTS:
    void refresh();
    void registerFile();
    void openSelected();
    void openFile(const QString &uuid);
    void showNotices(const QString &select = QString());
    void showUnmatched();

Q_SIGNALS:
    void filesChanged();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    QString selectedUuid() const;

    Database &m_db;
    Session m_session;
    PlacementListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_category;
    QComboBox *m_handover;
    QComboBox *m_source;
    QCheckBox *m_reveal;
    QLabel *m_count;
    QTimer *m_debounce;
};

} // namespace ui
} // namespace sifa
