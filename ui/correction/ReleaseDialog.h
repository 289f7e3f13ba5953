#pragma once

#include "correction/CcRecord.h"
#include "security/Session.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class DateField;

// 解除社区矫正: the person's summary, the office's appraisal (what the resettlement file takes
// over: conduct, attitude, skills, risk, family, advice), the announcement and the certificate.
// Before the end of the period a release needs its reason (an amnesty).
class ReleaseDialog : public QDialog {
    Q_OBJECT
public:
    ReleaseDialog(Database &db, const Session &session, const SubjectFile &file, QWidget *parent = nullptr);

    QString errorText() const;
    QWidget *fieldWidget(const QString &key) const { return m_fields.value(key); }

public Q_SLOTS:
    void save();

private:
    QPlainTextEdit *text(const QString &key, int lines);
    QLineEdit *line(const QString &key);
    DateField *date(const QString &key, bool optional);
    void updateEarly();

    Database &m_db;
    Session m_session;
    SubjectFile m_file;
    QMap<QString, QWidget *> m_fields;
    DateField *m_date;
    QLineEdit *m_early;
    QLabel *m_earlyLabel;
    QLabel *m_error;
};

} // namespace ui
} // namespace sifa
