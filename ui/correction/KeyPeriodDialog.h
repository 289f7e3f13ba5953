#pragma once

#include "security/Session.h"
#include "widgets/FormDialog.h"

class QListWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// 重点时段: a period (a holiday, a major event) during which the chosen people report daily;
// the to-do list asks for each day's report while it lasts.
class KeyPeriodDialog : public FormDialog {
    Q_OBJECT
public:
    KeyPeriodDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    QListWidget *subjects() const { return m_subjects; }
    QString savedUuid() const { return m_savedUuid; }
    void setChecked(const QStringList &uuids);

private:
    Status declare();
    QStringList chosen() const;

    Database &m_db;
    Session m_session;
    QListWidget *m_subjects;
    QString m_savedUuid;
};

} // namespace ui
} // namespace sifa
