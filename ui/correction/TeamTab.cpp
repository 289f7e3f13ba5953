#include "correction/TeamTab.h"

#include "codes/CodeTables.h"
#include "correction/CorrectionService.h"
#include "correction/CorrectionUi.h"
#include "widgets/FormDialog.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

QPushButton *button(QWidget *parent, const QString &name, const QString &text)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

TeamTab::TeamTab(Database &db, const Session &session, QWidget *parent) : SubjectTab(db, session, parent)
{
    auto *v = new QVBoxLayout(this);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("teamProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    v->addWidget(m_problems);

    auto *teamBox = new QGroupBox(tr("Correction team"), this);
    auto *tv = new QVBoxLayout(teamBox);
    m_team = CorrectionUi::recordTable(
        teamBox, QStringLiteral("team"),
        {tr("No."), tr("Name"), tr("Role"), tr("Sex"), tr("Relation"), tr("Unit"), tr("Phone"), tr("Knows minors")});
    tv->addWidget(m_team, 1);
    auto *th = new QHBoxLayout;
    auto *addMemberButton = button(teamBox, QStringLiteral("addMember"), tr("Add a member…"));
    auto *editMemberButton = button(teamBox, QStringLiteral("editMember"), tr("Change…"));
    auto *removeMemberButton = button(teamBox, QStringLiteral("removeMember"), tr("Remove…"));
    th->addWidget(addMemberButton);
    th->addWidget(editMemberButton);
    th->addWidget(removeMemberButton);
    th->addStretch(1);
    tv->addLayout(th);
    v->addWidget(teamBox, 1);

    auto *familyBox = new QGroupBox(tr("Family and main social relations"), this);
    auto *fv = new QVBoxLayout(familyBox);
    m_family = CorrectionUi::recordTable(familyBox, QStringLiteral("family"),
                                         {tr("Name"), tr("Relation"), tr("Employer"), tr("Phone"), tr("Address")});
    fv->addWidget(m_family, 1);
    auto *fh = new QHBoxLayout;
    auto *addRelativeButton = button(familyBox, QStringLiteral("addRelative"), tr("Add a relative…"));
    auto *editRelativeButton = button(familyBox, QStringLiteral("editRelative"), tr("Change…"));
    auto *removeRelativeButton = button(familyBox, QStringLiteral("removeRelative"), tr("Remove…"));
    fh->addWidget(addRelativeButton);
    fh->addWidget(editRelativeButton);
    fh->addWidget(removeRelativeButton);
    fh->addStretch(1);
    fv->addLayout(fh);
    v->addWidget(familyBox, 1);

    m_writeButtons = {addMemberButton,   editMemberButton,   removeMemberButton,
                      addRelativeButton, editRelativeButton, removeRelativeButton};
    connect(addMemberButton, &QPushButton::clicked, this, &TeamTab::addMember);
    connect(editMemberButton, &QPushButton::clicked, this, &TeamTab::editMember);
    connect(removeMemberButton, &QPushButton::clicked, this,
            [this] { removeSelected(m_team, m_file.team, QStringLiteral("cc_team_member")); });
    connect(addRelativeButton, &QPushButton::clicked, this, &TeamTab::addRelative);
    connect(editRelativeButton, &QPushButton::clicked, this, &TeamTab::editRelative);
    connect(removeRelativeButton, &QPushButton::clicked, this,
            [this] { removeSelected(m_family, m_file.family, QStringLiteral("cc_family")); });
    connect(m_team, &QTableWidget::cellActivated, this, [this] {
        if (canWrite())
            editMember();
    });
    connect(m_family, &QTableWidget::cellActivated, this, [this] {
        if (canWrite())
            editRelative();
    });
}

void TeamTab::showFile()
{
    const QStringList problems = CorrectionService::teamProblems(m_file);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    CorrectionUi::fill(m_team, m_file.team, [](const CcRecord &m) {
        return QStringList{m.text(QStringLiteral("seq")),
                           m.text(QStringLiteral("name")),
                           m.text(QStringLiteral("role")),
                           CorrectionUi::codeName(QStringLiteral("sex"), m.text(QStringLiteral("sex"))),
                           m.text(QStringLiteral("relation")),
                           m.text(QStringLiteral("unit")),
                           m.text(QStringLiteral("phone")),
                           m.flag(QStringLiteral("minors_experience")) ? tr("yes") : QString()};
    });
    CorrectionUi::fill(m_family, m_file.family, [](const CcRecord &f) {
        return QStringList{f.text(QStringLiteral("name")), f.text(QStringLiteral("relation")),
                           f.text(QStringLiteral("employer")), f.text(QStringLiteral("phone")),
                           f.text(QStringLiteral("address"))};
    });
    for (QPushButton *b : m_writeButtons)
        b->setVisible(canWrite());
}

bool TeamTab::memberDialog(const CcRecord &member)
{
    const bool adding = member.uuid.isEmpty();
    FormDialog f(adding ? tr("Add a team member") : tr("Change a team member"),
                 tr("The correction team of %1: the office, the village or neighbourhood committee, the family or "
                    "guardian, the employer or school, social workers and volunteers.")
                     .arg(m_file.person.name),
                 this);
    f.addLine(QStringLiteral("name"), tr("Name *:"), member.text(QStringLiteral("name")));
    CorrectionUi::addEditable(f, QStringLiteral("role"), tr("Role:"), {tr("Leader"), tr("Member")},
                              adding ? (m_file.team.isEmpty() ? tr("Leader") : tr("Member"))
                                     : member.text(QStringLiteral("role")));
    const QString male = QStringLiteral("1");
    const QString female = QStringLiteral("2");
    f.addChoice(QStringLiteral("sex"), tr("Sex:"),
                {{QString(), tr("(not given)")},
                 {male, CorrectionUi::codeName(CodeTables::sexTable(), male)},
                 {female, CorrectionUi::codeName(CodeTables::sexTable(), female)}},
                member.text(QStringLiteral("sex")));
    CorrectionUi::addEditable(f, QStringLiteral("relation"), tr("Taking part as:"),
                              {tr("Judicial office staff"), tr("Village or neighbourhood committee"),
                               tr("Family member or guardian"), tr("Employer or school"), tr("Social worker"),
                               tr("Volunteer"), tr("Police station")},
                              member.text(QStringLiteral("relation")));
    f.addLine(QStringLiteral("unit"), tr("Unit:"), member.text(QStringLiteral("unit")));
    f.addLine(QStringLiteral("phone"), tr("Phone:"), member.text(QStringLiteral("phone")));
    f.addCheck(QStringLiteral("minors_experience"), tr("Knows the physical and mental development of minors"),
               member.flag(QStringLiteral("minors_experience")));
    if (!adding)
        f.addNumber(QStringLiteral("seq"), tr("Order:"), member.number(QStringLiteral("seq")), 99);
    f.setAction([&] {
        QVariantMap m{{QStringLiteral("name"), f.text(QStringLiteral("name"))},
                      {QStringLiteral("role"), CorrectionUi::typed(f, QStringLiteral("role"))},
                      {QStringLiteral("sex"), f.choice(QStringLiteral("sex"))},
                      {QStringLiteral("relation"), CorrectionUi::typed(f, QStringLiteral("relation"))},
                      {QStringLiteral("unit"), f.text(QStringLiteral("unit"))},
                      {QStringLiteral("phone"), f.text(QStringLiteral("phone"))},
                      {QStringLiteral("minors_experience"), f.checked(QStringLiteral("minors_experience")) ? 1 : 0}};
        if (adding)
            m.insert(QStringLiteral("subject_uuid"), uuid());
        else
            m.insert(QStringLiteral("seq"), f.number(QStringLiteral("seq")));
        return CorrectionService::saveRecord(m_db, m_session, QStringLiteral("cc_team_member"), member.uuid, m)
            .status();
    });
    return f.exec() == QDialog::Accepted;
}

bool TeamTab::relativeDialog(const CcRecord &relative)
{
    const bool adding = relative.uuid.isEmpty();
    FormDialog f(adding ? tr("Add a relative") : tr("Change a relative"), m_file.person.name, this);
    f.addLine(QStringLiteral("name"), tr("Name *:"), relative.text(QStringLiteral("name")));
    CorrectionUi::addEditable(f, QStringLiteral("relation"), tr("Relation:"),
                              {tr("Spouse"), tr("Father"), tr("Mother"), tr("Son"), tr("Daughter"), tr("Brother"),
                               tr("Sister"), tr("Guardian"), tr("Friend")},
                              relative.text(QStringLiteral("relation")));
    f.addLine(QStringLiteral("employer"), tr("Employer:"), relative.text(QStringLiteral("employer")));
    f.addLine(QStringLiteral("phone"), tr("Phone:"), relative.text(QStringLiteral("phone")));
    f.addLine(QStringLiteral("address"), tr("Address:"), relative.text(QStringLiteral("address")));
    f.setAction([&] {
        QVariantMap m{{QStringLiteral("name"), f.text(QStringLiteral("name"))},
                      {QStringLiteral("relation"), CorrectionUi::typed(f, QStringLiteral("relation"))},
                      {QStringLiteral("employer"), f.text(QStringLiteral("employer"))},
                      {QStringLiteral("phone"), f.text(QStringLiteral("phone"))},
                      {QStringLiteral("address"), f.text(QStringLiteral("address"))}};
        if (adding)
            m.insert(QStringLiteral("subject_uuid"), uuid());
        return CorrectionService::saveRecord(m_db, m_session, QStringLiteral("cc_family"), relative.uuid, m).status();
    });
    return f.exec() == QDialog::Accepted;
}

void TeamTab::addMember()
{
    if (memberDialog(CcRecord()))
        Q_EMIT changed();
}

void TeamTab::editMember()
{
    if (const CcRecord *m = CorrectionUi::selected(m_team, m_file.team); m && memberDialog(*m))
        Q_EMIT changed();
}

void TeamTab::addRelative()
{
    if (relativeDialog(CcRecord()))
        Q_EMIT changed();
}

void TeamTab::editRelative()
{
    if (const CcRecord *r = CorrectionUi::selected(m_family, m_file.family); r && relativeDialog(*r))
        Q_EMIT changed();
}

void TeamTab::removeSelected(QTableWidget *table, const QList<CcRecord> &records, const QString &entity)
{
    const CcRecord *r = CorrectionUi::selected(table, records);
    if (!r)
        return;
    const std::optional<QString> reason = MessageBox::getText(
        this, tr("Remove"),
        tr("Why is %1 removed? The change log keeps the record.").arg(r->text(QStringLiteral("name"))));
    if (reason)
        done(CorrectionService::removeRecord(m_db, m_session, entity, r->uuid, *reason));
}

} // namespace ui
} // namespace sifa
