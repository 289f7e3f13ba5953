#pragma once

#include "stats/StatSubmissions.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sifa {
namespace ui {

// 报送: the standing submission of the report shown (who, when, under which rules) and, when
// figures have moved since, each change (submitted, now, difference) highlighted; the note to
// go with a submission and the button that submits.
class SubmissionPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit SubmissionPanel(QWidget *parent = nullptr);

    // `submitter`: how to name who submitted it (the display name), the user name when empty.
    void setSubmission(const std::optional<StatSubmission> &submission, const QList<StatChange> &changes,
                       const QString &submitter = QString());
    void setUnavailable(const QString &message);
    void setSubmitEnabled(bool enabled, const QString &why = QString());
    QString note() const;
    void clearNote();
    QTableWidget *changesTable() const { return m_changes; }
    QPushButton *submitButton() const { return m_submit; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void submitRequested();
    void figureSelected(const QString &key);

private:
    QLabel *m_status;
    QLabel *m_changedLabel;
    QTableWidget *m_changes;
    QLineEdit *m_note;
    QPushButton *m_submit;
};

}  // namespace ui
}  // namespace sifa
