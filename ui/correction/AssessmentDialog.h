#pragma once

#include "correction/CcRecord.h"
#include "security/Session.h"

#include <QDialog>
#include <QMap>

class QLabel;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// 调查评估: an entrustment of a pre-sentence assessment (who entrusted it, whom it concerns,
// when it arrived, fast-track or an agreed extension) and the items investigated. The due date
// shows as the dates change: 10 working days, 5 for fast-track cases.
class AssessmentDialog : public QDialog {
    Q_OBJECT
public:
    AssessmentDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    void setAssessment(const CcRecord &assessment);
    QString savedUuid() const { return m_savedUuid; }
    QString errorText() const;
    QWidget *fieldWidget(const QString &key) const { return m_fields.value(key); }
    QLabel *dueLabel() const { return m_due; }

public Q_SLOTS:
    void save();
    void updateDue();

private:
    QVariantMap values() const;
    template <typename W> W *add(const QString &key, W *widget);

    Database &m_db;
    Session m_session;
    QString m_uuid;
    QString m_savedUuid;
    QVariantMap m_original;
    QMap<QString, QWidget *> m_fields;
    QLabel *m_due;
    QLabel *m_error;
};

} // namespace ui
} // namespace sifa
