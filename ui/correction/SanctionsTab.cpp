#include "correction/SanctionsTab.h"

#include "correction/CorrectionService.h"
#include "correction/CorrectionUi.h"
#include "util/Time.h"
#include "widgets/FormDialog.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

const QString kScore = QStringLiteral("cc_score");

QPushButton *button(QWidget *parent, const QString &name, const QString &text)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

SanctionsTab::SanctionsTab(Database &db, const Session &session, QWidget *parent) : SubjectTab(db, session, parent)
{
    auto *v = new QVBoxLayout(this);
    m_suggestions = new QLabel(this);
    m_suggestions->setObjectName(QStringLiteral("sanctionSuggestions"));
    m_suggestions->setWordWrap(true);
    m_suggestions->setStyleSheet(QStringLiteral("background: #fff8e1; border: 1px solid #ffcc80; padding: 6px;"));
    v->addWidget(m_suggestions);
    m_pending = new QLabel(this);
    m_pending->setWordWrap(true);
    m_pending->setStyleSheet(QStringLiteral("color: #c62828;"));
    v->addWidget(m_pending);

    auto *box = new QGroupBox(tr("Rewards, penalties and proposals"), this);
    auto *bv = new QVBoxLayout(box);
    m_proposals = CorrectionUi::recordTable(
        box, QStringLiteral("proposals"),
        {tr("Proposed"), tr("Kind"), tr("Status"), tr("Decision"), tr("Decided"), tr("Facts")});
    bv->addWidget(m_proposals, 1);
    auto *bh = new QHBoxLayout;
    m_propose = button(box, QStringLiteral("propose"), tr("Propose…"));
    m_propose->setToolTip(tr("Praise, admonition, warning or a proposal to the county, with the facts"));
    m_decision = button(box, QStringLiteral("recordDecision"), tr("Record the decision…"));
    m_refused = button(box, QStringLiteral("revocationRefused"), tr("Revocation not granted…"));
    m_refused->setToolTip(tr("The court or deciding body did not revoke or commit: the hold on release is lifted."));
    bh->addWidget(m_propose);
    bh->addWidget(m_decision);
    bh->addWidget(m_refused);
    bh->addStretch(1);
    bv->addLayout(bh);
    v->addWidget(box, 3);

    auto *scoreBox = new QGroupBox(tr("Score"), this);
    auto *sv = new QVBoxLayout(scoreBox);
    m_scores = CorrectionUi::recordTable(scoreBox, QStringLiteral("scores"),
                                         {tr("Date"), tr("Points"), tr("Rule"), tr("Reason")});
    sv->addWidget(m_scores, 1);
    auto *sh = new QHBoxLayout;
    auto *addScoreButton = button(scoreBox, QStringLiteral("addScore"), tr("Add points…"));
    auto *editScoreButton = button(scoreBox, QStringLiteral("editScore"), tr("Change…"));
    auto *removeScoreButton = button(scoreBox, QStringLiteral("removeScore"), tr("Remove…"));
    m_total = new QLabel(scoreBox);
    m_total->setObjectName(QStringLiteral("scoreTotal"));
    sh->addWidget(addScoreButton);
    sh->addWidget(editScoreButton);
    sh->addWidget(removeScoreButton);
    sh->addStretch(1);
    sh->addWidget(m_total);
    sv->addLayout(sh);
    v->addWidget(scoreBox, 2);
    m_scoreButtons = {addScoreButton, editScoreButton, removeScoreButton};

    connect(m_propose, &QPushButton::clicked, this, &SanctionsTab::propose);
    connect(m_decision, &QPushButton::clicked, this, &SanctionsTab::recordDecision);
    connect(m_refused, &QPushButton::clicked, this, &SanctionsTab::revocationRefused);
    connect(addScoreButton, &QPushButton::clicked, this, &SanctionsTab::addScore);
    connect(editScoreButton, &QPushButton::clicked, this, &SanctionsTab::editScore);
    connect(removeScoreButton, &QPushButton::clicked, this, &SanctionsTab::removeScore);
    connect(m_proposals, &QTableWidget::itemSelectionChanged, this, &SanctionsTab::updateButtons);
    connect(m_scores, &QTableWidget::cellActivated, this, [this] {
        if (canWrite())
            editScore();
    });
}

void SanctionsTab::showFile()
{
    const QList<Suggestion> suggestions = CorrectionService::suggestions(m_file, Clock::today());
    QStringList lines;
    for (const Suggestion &s : suggestions)
        lines << tr("• %1: %2").arg(CorrectionUi::codeName(QStringLiteral("correction_sanction"), s.kind), s.reason);
    m_suggestions->setText(lines.isEmpty() ? QString()
                                           : tr("Suggested by the rules (the county decides):") + QLatin1Char('\n') +
                                                 lines.join(QLatin1Char('\n')));
    m_suggestions->setVisible(!lines.isEmpty());
    const bool pendingRevocation = m_file.subject.flag(QStringLiteral("pending_revocation"));
    m_pending->setText(pendingRevocation ? tr("A revocation or commitment proposal is before the court or deciding "
                                              "body: the file cannot be released until its decision arrives.")
                                         : QString());
    m_pending->setVisible(pendingRevocation);

    CorrectionUi::fill(m_proposals, m_file.sanctions, [](const CcRecord &s) {
        return QStringList{
            CorrectionUi::date(s.date(QStringLiteral("proposal_date"))),
            CorrectionUi::codeName(QStringLiteral("correction_sanction"), s.text(QStringLiteral("kind"))),
            CorrectionUi::codeName(QStringLiteral("correction_decision_status"), s.text(QStringLiteral("status"))),
            s.text(QStringLiteral("decision_no")),
            CorrectionUi::date(s.date(QStringLiteral("decision_date"))),
            s.text(QStringLiteral("facts"))};
    });
    CorrectionUi::fill(m_scores, m_file.scores, [](const CcRecord &s) {
        const int points = s.number(QStringLiteral("points"));
        return QStringList{CorrectionUi::date(s.date(QStringLiteral("entry_date"))),
                           points > 0 ? QStringLiteral("+%1").arg(points) : QString::number(points),
                           s.text(QStringLiteral("rule_code")), s.text(QStringLiteral("reason"))};
    });
    int total = 0;
    for (const CcRecord &s : m_file.scores)
        total += s.number(QStringLiteral("points"));
    m_total->setText(m_file.scores.isEmpty() ? QString() : tr("Total: %1 points").arg(total));
    updateButtons();
}

void SanctionsTab::updateButtons()
{
    const bool write = canWrite();
    const QString status = m_file.status();
    const bool canPropose = isOpen();
    for (QPushButton *b : {m_propose, m_decision, m_refused})
        b->setVisible(write);
    for (QPushButton *b : m_scoreButtons)
        b->setVisible(write);
    m_propose->setEnabled(canPropose);
    const CcRecord *s = CorrectionUi::selected(m_proposals, m_file.sanctions);
    m_decision->setEnabled(s && s->text(QStringLiteral("status")) == QLatin1String("proposed"));
    m_refused->setVisible(write && m_file.subject.flag(QStringLiteral("pending_revocation")) && isOpen());
    m_scoreButtons.first()->setEnabled(status != QLatin1String("awaiting_report") && canPropose);
}

void SanctionsTab::propose()
{
    const QList<Suggestion> suggestions = CorrectionService::suggestions(m_file, Clock::today());
    FormDialog f(tr("Propose a reward or penalty"),
                 tr("The office records the facts and proposes; the county correction agency (or the court) decides, "
                    "and its decision is recorded here when it arrives."),
                 this);
    QComboBox *kind = f.addChoice(QStringLiteral("kind"), tr("Kind *:"),
                                  CorrectionUi::codeItems(QStringLiteral("correction_sanction")),
                                  suggestions.isEmpty() ? QString() : suggestions.first().kind);
    auto *facts = f.addText(QStringLiteral("facts"), tr("Facts *:"),
                            suggestions.isEmpty() ? QString() : suggestions.first().reason, 4);
    // Choosing a suggested kind brings its facts along while the officer has not written others.
    connect(kind, &QComboBox::currentIndexChanged, &f, [kind, facts, suggestions] {
        bool ours = facts->toPlainText().trimmed().isEmpty();
        for (const Suggestion &s : suggestions)
            ours = ours || facts->toPlainText() == s.reason;
        if (!ours)
            return;
        facts->clear();
        for (const Suggestion &s : suggestions) {
            if (s.kind == kind->currentData().toString())
                facts->setPlainText(s.reason);
        }
    });
    f.addLine(QStringLiteral("basis"), tr("Rule applied:"));
    f.addLine(QStringLiteral("evidence"), tr("Evidence:"));
    f.addDate(QStringLiteral("proposal_date"), tr("Proposed on *:"), Clock::today());
    f.addLine(QStringLiteral("proposer"), tr("Proposed by:"), who());
    f.addText(QStringLiteral("office_opinion"), tr("Office's opinion:"), QString(), 2);
    f.setAction([&] {
        const QVariantMap m{{QStringLiteral("subject_uuid"), uuid()},
                            {QStringLiteral("kind"), f.choice(QStringLiteral("kind"))},
                            {QStringLiteral("facts"), f.text(QStringLiteral("facts"))},
                            {QStringLiteral("basis"), f.text(QStringLiteral("basis"))},
                            {QStringLiteral("evidence"), f.text(QStringLiteral("evidence"))},
                            {QStringLiteral("proposal_date"), toStoredDate(f.date(QStringLiteral("proposal_date")))},
                            {QStringLiteral("proposer"), f.text(QStringLiteral("proposer"))},
                            {QStringLiteral("office_opinion"), f.text(QStringLiteral("office_opinion"))}};
        return CorrectionService::propose(m_db, m_session, m).status();
    });
    if (f.exec() == QDialog::Accepted)
        Q_EMIT changed();
}

void SanctionsTab::recordDecision()
{
    const CcRecord *s = CorrectionUi::selected(m_proposals, m_file.sanctions);
    if (!s)
        return;
    FormDialog f(
        tr("Record the decision"),
        tr("%1, proposed %2.")
            .arg(CorrectionUi::codeName(QStringLiteral("correction_sanction"), s->text(QStringLiteral("kind"))),
                 CorrectionUi::date(s->date(QStringLiteral("proposal_date")))),
        this);
    f.addChoice(QStringLiteral("adopted"), tr("Decision *:"),
                {{QStringLiteral("1"), tr("Adopted")}, {QStringLiteral("0"), tr("Not adopted")}}, QStringLiteral("1"));
    f.addLine(QStringLiteral("decision_no"), tr("Decision no.:"));
    f.addDate(QStringLiteral("date"), tr("Decided on *:"), Clock::today());
    f.addText(QStringLiteral("opinion"), tr("Opinion:"), QString(), 2);
    const QString id = s->uuid;
    f.setAction([&] {
        return CorrectionService::recordDecision(
            m_db, m_session, id, f.choice(QStringLiteral("adopted")) == QLatin1String("1"),
            f.text(QStringLiteral("decision_no")), f.date(QStringLiteral("date")), f.text(QStringLiteral("opinion")));
    });
    if (f.exec() == QDialog::Accepted)
        Q_EMIT changed();
}

void SanctionsTab::revocationRefused()
{
    const std::optional<QString> ruling =
        MessageBox::getText(this, tr("Revocation not granted"),
                            tr("The ruling that did not revoke or commit (court or authority and number):"));
    if (ruling)
        done(CorrectionService::revocationRefused(m_db, m_session, uuid(), *ruling));
}

bool SanctionsTab::scoreDialog(const CcRecord &score)
{
    const bool adding = score.uuid.isEmpty();
    FormDialog f(adding ? tr("Add points") : tr("Change the score entry"), m_file.person.name, this);
    f.addDate(QStringLiteral("entry_date"), tr("Date *:"),
              adding ? Clock::today() : score.date(QStringLiteral("entry_date")));
    QSpinBox *points =
        f.addNumber(QStringLiteral("points"), tr("Points *:"), score.number(QStringLiteral("points")), 100);
    points->setMinimum(-100);
    points->setToolTip(tr("Positive adds, negative takes away"));
    f.addLine(QStringLiteral("rule_code"), tr("Rule:"), score.text(QStringLiteral("rule_code")));
    f.addLine(QStringLiteral("reason"), tr("Reason *:"), score.text(QStringLiteral("reason")));
    f.setAction([&] {
        QVariantMap m{{QStringLiteral("entry_date"), toStoredDate(f.date(QStringLiteral("entry_date")))},
                      {QStringLiteral("points"), f.number(QStringLiteral("points"))},
                      {QStringLiteral("rule_code"), f.text(QStringLiteral("rule_code"))},
                      {QStringLiteral("reason"), f.text(QStringLiteral("reason"))}};
        if (adding)
            m.insert(QStringLiteral("subject_uuid"), uuid());
        return CorrectionService::saveRecord(m_db, m_session, kScore, score.uuid, m).status();
    });
    return f.exec() == QDialog::Accepted;
}

void SanctionsTab::addScore()
{
    if (scoreDialog(CcRecord()))
        Q_EMIT changed();
}

void SanctionsTab::editScore()
{
    if (const CcRecord *s = CorrectionUi::selected(m_scores, m_file.scores); s && scoreDialog(*s))
        Q_EMIT changed();
}

void SanctionsTab::removeScore()
{
    const CcRecord *s = CorrectionUi::selected(m_scores, m_file.scores);
    if (!s)
        return;
    const std::optional<QString> reason = MessageBox::getText(
        this, tr("Remove the score entry"), tr("Why is this entry removed? The change log keeps it."));
    if (reason)
        done(CorrectionService::removeRecord(m_db, m_session, kScore, s->uuid, *reason));
}

} // namespace ui
} // namespace sifa
