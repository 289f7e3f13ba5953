#pragma once

#include "mediation/Dispute.h"
#include "security/Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class DateField;

// 调解协议: recording the agreement the parties reached (written or oral) with its terms,
// or correcting it later. The terms are an ordered list with amounts and due dates.
class AgreementDialog : public QDialog {
    Q_OBJECT
public:
    AgreementDialog(Database &db, const Session &session, const Dispute &dispute, QWidget *parent = nullptr);
    void setAgreement(const Agreement &agreement);  // correcting
    Agreement agreement() const;
    QString errorText() const;
    // For tests: adds a term without typing into the table.
    void addClause(const QString &text, qint64 amountFen, const QDate &due);

public Q_SLOTS:
    void save();
    void addRow();
    void removeRow();
    void moveUp();

private:
    void updateForm();

    Database &m_db;
    Session m_session;
    Dispute m_dispute;
    Agreement m_original;
    bool m_editing = false;
    QComboBox *m_form;
    QLineEdit *m_number;
    DateField *m_agreed;
    DateField *m_effective;
    QPlainTextEdit *m_facts;
    QTableWidget *m_clauses;
    QLineEdit *m_method;
    DateField *m_deadline;
    QSpinBox *m_copies;
    QCheckBox *m_performedAtOnce;
    QLabel *m_error;
};

}  // namespace ui
}  // namespace sifa
