#pragma once

#include "correction/CcRecord.h"
#include "security/Session.h"
#include "widgets/FormDialog.h"

class QLabel;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// A request of a person under correction (社区矫正法第二十七条): leave of the city or county,
// frequent cross-county travel, a visitor, a restricted place, a change of residence. For leave
// the dialog shows, as the dates change, who approves it (the office up to its limit, the
// county, or the level above) and why, and warns of a late application or overlapping leave.
class RequestDialog : public FormDialog {
    Q_OBJECT
public:
    RequestDialog(Database &db, const Session &session, const SubjectFile &file, const QString &kind,
                  QWidget *parent = nullptr);

    QString savedUuid() const { return m_savedUuid; }
    QStringList notes() const { return m_notes; }
    QLabel *levelLabel() const { return m_level; }
    QLabel *reasonsLabel() const { return m_reasons; }

public Q_SLOTS:
    void checkLeave();

private:
    Status submitRequest();
    QVariantMap fields() const;

    Database &m_db;
    Session m_session;
    QString m_subject;
    QString m_kind;
    QString m_savedUuid;
    QStringList m_notes;
    QLabel *m_level = nullptr;
    QLabel *m_reasons = nullptr;
    QLabel *m_warnings = nullptr;
};

} // namespace ui
} // namespace sifa
