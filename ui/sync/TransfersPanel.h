#pragma once

#include "security/Session.h"

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// 移交: correction and resettlement files moving between townships through the county. The
// county forwards a request to the receiving township; that township accepts or rejects it.
// Until then the sending office stays responsible.
class TransfersPanel : public QWidget {
    Q_OBJECT
public:
    TransfersPanel(Database &db, const Session &session, bool county, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *table() const { return m_table; }
    // The decision on the transfer in `row` with a note; false with the reason shown.
    bool decide(int row, const QString &decision, const QString &note);

Q_SIGNALS:
    void transfersChanged();

private:
    void decideSelected(const QString &decision);
    void updateButtons();

    Database &m_db;
    Session m_session;
    bool m_county;
    QCheckBox *m_openOnly;
    QTableWidget *m_table;
    QPushButton *m_forward;
    QPushButton *m_accept;
    QPushButton *m_reject;
};

} // namespace ui
} // namespace sifa
