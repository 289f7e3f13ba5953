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

class CodeComboBox;
class DateField;

// 纠纷登记: registering a dispute (source, type, summary, parties, committee and mediators,
// risk and prevention) or correcting a registration. Saving goes through DisputeService;
// its refusal is shown in the dialog and the field it names gets the focus.
class DisputeDialog : public QDialog {
    Q_OBJECT
public:
    DisputeDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    void setDispute(const Dispute &dispute);  // correcting an existing case
    Dispute dispute() const;
    QString savedUuid() const { return m_savedUuid; }
    QString errorText() const;

    // For tests and the import of a picked person: adds a party without the party dialog.
    void addParty(const DisputeParty &party);
    QTableWidget *partiesTable() const { return m_parties; }

public Q_SLOTS:
    void save();
    void addPartyDialog();
    void editParty();
    void removeParty();

private:
    QWidget *buildCaseBox();
    QWidget *buildPartiesBox();
    QWidget *buildRiskBox();
    void fillChoices();
    void updateSource();
    void updateGroup();
    void showParties();
    void showError(const Error &error);

    Database &m_db;
    Session m_session;
    Dispute m_original;
    bool m_editing = false;
    QString m_savedUuid;
    QList<DisputeParty> m_partyList;

    DateField *m_registered;
    QComboBox *m_source;
    CodeComboBox *m_referralKind;
    QLineEdit *m_referralBody;
    QComboBox *m_screening;
    CodeComboBox *m_type;
    QLineEdit *m_title;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_claims;
    QSpinBox *m_persons;
    QLineEdit *m_amount;
    QLineEdit *m_place;
    QComboBox *m_committee;
    QComboBox *m_lead;
    QComboBox *m_assist;
    QTableWidget *m_parties;
    QComboBox *m_risk;
    QCheckBox *m_group;
    QSpinBox *m_headcount;
    QCheckBox *m_major;
    QCheckBox *m_police;
    QList<QPair<QCheckBox *, QSpinBox *>> m_prevention;  // 民转刑, 群体性上访, 群体性械斗, 自杀
    QLabel *m_error;
    QMap<QString, QWidget *> m_fieldWidgets;
};

}  // namespace ui
}  // namespace sifa
