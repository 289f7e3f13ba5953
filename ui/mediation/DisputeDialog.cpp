#include "mediation/DisputeDialog.h"

#include "mediation/DisputeService.h"
#include "mediation/MediationCodes.h"
#include "mediation/MediationSetup.h"
#include "mediation/PartyDialog.h"
#include "people/IdNumber.h"
#include "util/Time.h"
#include "widgets/CodeComboBox.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

QPlainTextEdit *textBox(QWidget *parent, const QString &name, int lines)
{
    auto *t = new QPlainTextEdit(parent);
    t->setObjectName(name);
    t->setTabChangesFocus(true);
    t->setMinimumHeight(t->fontMetrics().lineSpacing() * lines + 12);
    return t;
}

}  // namespace

DisputeDialog::DisputeDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("Register a dispute"));
    auto *v = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->addWidget(buildCaseBox(), 0, 0, 2, 1);
    grid->addWidget(buildPartiesBox(), 0, 1);
    grid->addWidget(buildRiskBox(), 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    v->addLayout(grid, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    v->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DisputeDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillChoices();
    updateSource();
    updateGroup();
    resize(1060, 680);
}

QWidget *DisputeDialog::buildCaseBox()
{
    auto *box = new QGroupBox(tr("The dispute"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_registered = new DateField(false, box);
    m_registered->setObjectName(QStringLiteral("registered_date"));
    m_registered->setLatest(Clock::today());
    m_source = new QComboBox(box);
    m_source->setObjectName(QStringLiteral("source"));
    for (const auto &[id, label] : MediationCodes::sources())
        m_source->addItem(label, id);
    m_referralKind = new CodeComboBox(QStringLiteral("referral_kind"), true, box);
    m_referralKind->setObjectName(QStringLiteral("referral_kind"));
    m_referralBody = new QLineEdit(box);
    m_referralBody->setObjectName(QStringLiteral("referral_body"));
    m_referralBody->setPlaceholderText(tr("e.g. 石浦派出所"));
    m_screening = new QComboBox(box);
    m_screening->setObjectName(QStringLiteral("screening_uuid"));
    m_type = new CodeComboBox(QStringLiteral("dispute_type"), false, box);
    m_type->setObjectName(QStringLiteral("dispute_type"));
    m_title = new QLineEdit(box);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("left empty: the parties' names"));
    m_summary = textBox(box, QStringLiteral("summary"), 4);
    m_claims = textBox(box, QStringLiteral("claims"), 2);
    m_persons = new QSpinBox(box);
    m_persons->setObjectName(QStringLiteral("persons_involved"));
    m_persons->setRange(0, 100000);
    m_amount = new QLineEdit(box);
    m_amount->setObjectName(QStringLiteral("amount_involved"));
    m_amount->setPlaceholderText(tr("yuan"));
    auto *numbers = new QWidget(box);
    auto *nh = new QHBoxLayout(numbers);
    nh->setContentsMargins(0, 0, 0, 0);
    nh->addWidget(m_persons);
    nh->addWidget(new QLabel(tr("Amount involved:"), numbers));
    nh->addWidget(m_amount, 1);
    m_place = new QLineEdit(box);
    m_place->setObjectName(QStringLiteral("place"));
    m_committee = new QComboBox(box);
    m_committee->setObjectName(QStringLiteral("committee_uuid"));
    m_lead = new QComboBox(box);
    m_lead->setObjectName(QStringLiteral("lead_mediator_uuid"));
    m_assist = new QComboBox(box);
    m_assist->setObjectName(QStringLiteral("assist_mediator_uuid"));

    form->addRow(tr("Registered on *:"), m_registered);
    form->addRow(tr("&Source *:"), m_source);
    form->addRow(tr("Referred by:"), m_referralKind);
    form->addRow(tr("Referring body:"), m_referralBody);
    form->addRow(tr("Found by screening:"), m_screening);
    form->addRow(tr("&Type *:"), m_type);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("S&ummary *:"), m_summary);
    form->addRow(tr("Claims:"), m_claims);
    form->addRow(tr("Persons involved:"), numbers);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Committee:"), m_committee);
    form->addRow(tr("&Lead mediator:"), m_lead);
    form->addRow(tr("Assisting mediator:"), m_assist);
    for (QWidget *w : std::initializer_list<QWidget *>{m_registered, m_source, m_referralKind, m_referralBody, m_screening,
                                                       m_type, m_title, m_summary, m_claims, m_persons, m_amount, m_place,
                                                       m_committee, m_lead, m_assist})
        m_fieldWidgets.insert(w->objectName(), w);
    connect(m_source, &QComboBox::currentIndexChanged, this, &DisputeDialog::updateSource);
    return box;
}

QWidget *DisputeDialog::buildPartiesBox()
{
    auto *box = new QGroupBox(tr("Parties *"), this);
    auto *v = new QVBoxLayout(box);
    m_parties = new QTableWidget(0, 4, box);
    m_parties->setObjectName(QStringLiteral("parties"));
    m_parties->setHorizontalHeaderLabels({tr("Role"), tr("Name"), tr("ID number"), tr("Phone")});
    m_parties->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parties->setSelectionMode(QAbstractItemView::SingleSelection);
    m_parties->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parties->verticalHeader()->setVisible(false);
    m_parties->horizontalHeader()->setStretchLastSection(true);
    m_parties->setMinimumHeight(150);
    v->addWidget(m_parties, 1);
    auto *h = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add a party…"), box);
    add->setObjectName(QStringLiteral("addParty"));
    auto *edit = new QPushButton(tr("Change…"), box);
    auto *remove = new QPushButton(tr("Remove"), box);
    h->addWidget(add);
    h->addWidget(edit);
    h->addWidget(remove);
    h->addStretch(1);
    v->addLayout(h);
    m_fieldWidgets.insert(QStringLiteral("parties"), m_parties);
    connect(add, &QPushButton::clicked, this, &DisputeDialog::addPartyDialog);
    connect(edit, &QPushButton::clicked, this, &DisputeDialog::editParty);
    connect(remove, &QPushButton::clicked, this, &DisputeDialog::removeParty);
    connect(m_parties, &QTableWidget::cellActivated, this, &DisputeDialog::editParty);
    return box;
}

QWidget *DisputeDialog::buildRiskBox()
{
    auto *box = new QGroupBox(tr("Risk and prevention"), this);
    auto *form = new QFormLayout(box);
    m_risk = new QComboBox(box);
    m_risk->setObjectName(QStringLiteral("risk_level"));
    for (const auto &[id, label] : MediationCodes::riskLevels())
        m_risk->addItem(label, id);
    m_group = new QCheckBox(tr("Group dispute, persons:"), box);
    m_group->setObjectName(QStringLiteral("is_group"));
    m_headcount = new QSpinBox(box);
    m_headcount->setObjectName(QStringLiteral("group_headcount"));
    m_headcount->setRange(0, 100000);
    auto *group = new QWidget(box);
    auto *gh = new QHBoxLayout(group);
    gh->setContentsMargins(0, 0, 0, 0);
    gh->addWidget(m_group);
    gh->addWidget(m_headcount);
    gh->addStretch(1);
    m_major = new QCheckBox(tr("Major or difficult dispute"), box);
    m_major->setObjectName(QStringLiteral("is_major"));
    m_police = new QCheckBox(tr("Reported to the police (Art. 25)"), box);
    m_police->setObjectName(QStringLiteral("reported_to_police"));
    form->addRow(tr("&Risk level:"), m_risk);
    form->addRow(QString(), group);
    form->addRow(QString(), m_major);
    form->addRow(QString(), m_police);
    const QStringList outcomes{tr("Prevented a civil dispute turning criminal"), tr("Prevented a group petition"),
                               tr("Prevented a group fight"), tr("Prevented a suicide")};
    const QStringList keys{QStringLiteral("criminal"), QStringLiteral("petition"), QStringLiteral("fight"),
                           QStringLiteral("suicide")};
    for (int i = 0; i < outcomes.size(); ++i) {
        auto *check = new QCheckBox(outcomes[i], box);
        check->setObjectName(QStringLiteral("prevent_%1").arg(keys[i]));
        auto *persons = new QSpinBox(box);
        persons->setObjectName(QStringLiteral("prevent_%1_persons").arg(keys[i]));
        persons->setRange(0, 100000);
        persons->setSuffix(tr(" persons"));
        persons->setEnabled(false);
        connect(check, &QCheckBox::toggled, persons, [persons](bool on) {
            persons->setEnabled(on);
            if (on && persons->value() == 0)
                persons->setValue(1);
            if (!on)
                persons->setValue(0);
        });
        auto *row = new QWidget(box);
        auto *rh = new QHBoxLayout(row);
        rh->setContentsMargins(0, 0, 0, 0);
        rh->addWidget(check, 1);
        rh->addWidget(persons);
        form->addRow(QString(), row);
        m_prevention << qMakePair(check, persons);
        m_fieldWidgets.insert(QStringLiteral("prevention"), m_prevention.first().first);
    }
    m_fieldWidgets.insert(QStringLiteral("risk_level"), m_risk);
    m_fieldWidgets.insert(QStringLiteral("group_headcount"), m_headcount);
    connect(m_group, &QCheckBox::toggled, this, &DisputeDialog::updateGroup);
    return box;
}

void DisputeDialog::fillChoices()
{
    m_committee->addItem(tr("(none)"), QString());
    if (Result<QList<Committee>> list = MediationSetup::committees(m_db)) {
        for (const Committee &c : *list)
            m_committee->addItem(c.name, c.uuid);
    }
    m_lead->addItem(tr("(none)"), QString());
    m_assist->addItem(tr("(none)"), QString());
    if (Result<QList<Mediator>> list = MediationSetup::mediators(m_db, true)) {
        for (const Mediator &m : *list) {
            m_lead->addItem(m.name, m.uuid);
            m_assist->addItem(m.name, m.uuid);
        }
    }
    m_screening->addItem(tr("(choose the screening)"), QString());
    if (Result<QList<Screening>> list = MediationSetup::screenings(m_db)) {
        for (const Screening &s : *list) {
            if (!s.zeroReport)
                m_screening->addItem(tr("%1 %2").arg(toStoredDate(s.date), s.scope.left(30)), s.uuid);
        }
    }
    // The mediator who registers is the usual lead.
    if (Result<QString> me = MediationSetup::mediatorForUser(m_db, m_session.username); me && !me->isEmpty())
        m_lead->setCurrentIndex(qMax(0, m_lead->findData(*me)));
}

void DisputeDialog::updateSource()
{
    const QString source = m_source->currentData().toString();
    const bool referral = source == QLatin1String("referral");
    m_referralKind->setEnabled(referral);
    m_referralBody->setEnabled(referral);
    m_screening->setEnabled(source == QLatin1String("screening"));
}

void DisputeDialog::updateGroup()
{
    m_headcount->setEnabled(m_group->isChecked());
}

void DisputeDialog::setDispute(const Dispute &d)
{
    m_original = d;
    m_editing = true;
    setWindowTitle(tr("Correct the registration of %1").arg(d.caseNo.isEmpty() ? d.displayTitle() : d.caseNo));
    m_registered->setValue(d.registeredDate);
    m_source->setCurrentIndex(qMax(0, m_source->findData(d.source)));
    m_referralKind->setCode(d.referralKind);
    m_referralBody->setText(d.referralBody);
    m_screening->setCurrentIndex(qMax(0, m_screening->findData(d.screeningUuid)));
    m_type->setCode(d.disputeType);
    m_title->setText(d.title);
    m_summary->setPlainText(d.summary);
    m_claims->setPlainText(d.claims);
    m_persons->setValue(d.personsInvolved);
    m_amount->setText(d.amountInvolvedFen ? formatYuan(d.amountInvolvedFen) : QString());
    m_place->setText(d.place);
    m_committee->setCurrentIndex(qMax(0, m_committee->findData(d.committeeUuid)));
    m_lead->setCurrentIndex(qMax(0, m_lead->findData(d.leadMediatorUuid)));
    m_assist->setCurrentIndex(qMax(0, m_assist->findData(d.assistMediatorUuid)));
    m_risk->setCurrentIndex(qMax(0, m_risk->findData(d.riskLevel)));
    m_group->setChecked(d.isGroup);
    m_headcount->setValue(d.groupHeadcount);
    m_major->setChecked(d.isMajor);
    m_police->setChecked(d.reportedToPolice);
    const QList<QPair<int, int>> prevented{{d.preventCriminalCases, d.preventCriminalPersons},
                                           {d.preventPetitionCases, d.preventPetitionPersons},
                                           {d.preventFightCases, d.preventFightPersons},
                                           {d.preventSuicideCases, d.preventSuicidePersons}};
    for (int i = 0; i < m_prevention.size(); ++i) {
        m_prevention[i].first->setChecked(prevented[i].first > 0);
        m_prevention[i].second->setValue(prevented[i].second);
    }
    m_partyList = d.parties;
    showParties();
    updateSource();
    updateGroup();
}

Dispute DisputeDialog::dispute() const
{
    Dispute d = m_original;
    d.registeredDate = m_registered->value();
    d.source = m_source->currentData().toString();
    d.referralKind = d.source == QLatin1String("referral") ? m_referralKind->code() : QString();
    d.referralBody = d.source == QLatin1String("referral") ? m_referralBody->text().trimmed() : QString();
    d.screeningUuid = d.source == QLatin1String("screening") ? m_screening->currentData().toString() : QString();
    d.disputeType = m_type->code();
    d.title = m_title->text().trimmed();
    d.summary = m_summary->toPlainText().trimmed();
    d.claims = m_claims->toPlainText().trimmed();
    d.personsInvolved = m_persons->value();
    d.amountInvolvedFen = parseYuan(m_amount->text()).value_or(-1);
    d.place = m_place->text().trimmed();
    d.committeeUuid = m_committee->currentData().toString();
    d.leadMediatorUuid = m_lead->currentData().toString();
    d.assistMediatorUuid = m_assist->currentData().toString();
    d.riskLevel = m_risk->currentData().toString();
    d.isGroup = m_group->isChecked();
    d.groupHeadcount = d.isGroup ? m_headcount->value() : 0;
    d.isMajor = m_major->isChecked();
    d.reportedToPolice = m_police->isChecked();
    int *cases[] = {&d.preventCriminalCases, &d.preventPetitionCases, &d.preventFightCases, &d.preventSuicideCases};
    int *persons[] = {&d.preventCriminalPersons, &d.preventPetitionPersons, &d.preventFightPersons, &d.preventSuicidePersons};
    for (int i = 0; i < m_prevention.size(); ++i) {
        *cases[i] = m_prevention[i].first->isChecked() ? 1 : 0;
        *persons[i] = m_prevention[i].first->isChecked() ? m_prevention[i].second->value() : 0;
    }
    d.parties = m_partyList;
    return d;
}

void DisputeDialog::showParties()
{
    m_parties->setRowCount(static_cast<int>(m_partyList.size()));
    for (int i = 0; i < m_partyList.size(); ++i) {
        const DisputeParty &p = m_partyList.at(i);
        m_parties->setItem(i, 0, new QTableWidgetItem(MediationCodes::roleLabel(p.role)));
        QString name = p.name;
        if (p.kind == QLatin1String("org") && !p.legalRep.isEmpty())
            name = tr("%1 (legal representative %2)").arg(p.name, p.legalRep);
        m_parties->setItem(i, 1, new QTableWidgetItem(name));
        m_parties->setItem(i, 2, new QTableWidgetItem(IdNumbers::mask(p.idNumber)));
        m_parties->setItem(i, 3, new QTableWidgetItem(p.phone));
    }
    m_parties->resizeColumnsToContents();
}

void DisputeDialog::addParty(const DisputeParty &party)
{
    m_partyList << party;
    showParties();
}

void DisputeDialog::addPartyDialog()
{
    PartyDialog dialog(m_db, m_session, this);
    DisputeParty p;
    bool hasApplicant = false;
    for (const DisputeParty &q : m_partyList)
        hasApplicant = hasApplicant || q.role == QLatin1String("applicant");
    p.role = hasApplicant ? QStringLiteral("respondent") : QStringLiteral("applicant");
    dialog.setParty(p);
    if (dialog.exec() == QDialog::Accepted)
        addParty(dialog.party());
}

void DisputeDialog::editParty()
{
    const int row = m_parties->currentRow();
    if (row < 0 || row >= m_partyList.size())
        return;
    PartyDialog dialog(m_db, m_session, this);
    dialog.setParty(m_partyList.at(row));
    if (dialog.exec() == QDialog::Accepted) {
        m_partyList[row] = dialog.party();
        showParties();
    }
}

void DisputeDialog::removeParty()
{
    const int row = m_parties->currentRow();
    if (row < 0 || row >= m_partyList.size())
        return;
    m_partyList.removeAt(row);
    showParties();
}

QString DisputeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DisputeDialog::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->show();
    if (QWidget *w = m_fieldWidgets.value(error.field))
        w->setFocus();
}

void DisputeDialog::save()
{
    const Dispute d = dispute();
    if (d.amountInvolvedFen < 0) {
        showError(Error{ErrorCode::InvalidInput, tr("Write the amount in yuan, e.g. 1500 or 1500.50."),
                        QStringLiteral("amount_involved"), {}});
        return;
    }
    if (m_editing) {
        const Status s = DisputeService::updateRegistration(m_db, m_session, d);
        if (!s.ok()) {
            showError(s.error());
            return;
        }
        m_savedUuid = d.uuid;
    } else {
        const Result<QString> uuid = DisputeService::registerDispute(m_db, m_session, d);
        if (!uuid) {
            showError(uuid.error());
            return;
        }
        m_savedUuid = *uuid;
    }
    m_error->hide();
    accept();
}

}  // namespace ui
}  // namespace sifa
