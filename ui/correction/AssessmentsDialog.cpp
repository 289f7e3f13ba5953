#include "correction/AssessmentsDialog.h"

#include "correction/AssessmentDialog.h"
#include "correction/CorrectionService.h"
#include "correction/CorrectionUi.h"
#include "util/Time.h"
#include "widgets/FormDialog.h"
#include "widgets/MessageBox.h"

#include <QBrush>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

QString opinionName(const QString &opinion)
{
    if (opinion == QLatin1String("suitable"))
        return AssessmentsDialog::tr("Suitable for community correction");
    if (opinion == QLatin1String("unsuitable"))
        return AssessmentsDialog::tr("Not suitable");
    return QString();
}

} // namespace

AssessmentsDialog::AssessmentsDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("Pre-sentence assessments"));
    auto *v = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Entrusted by the court, the procuratorate, the police or the prison: due 10 working days "
                      "after receipt (5 for fast-track cases) unless extended by agreement."),
                   this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    auto *bar = new QHBoxLayout;
    m_add = new QPushButton(tr("New entrustment…"), this);
    m_add->setObjectName(QStringLiteral("addAssessment"));
    m_edit = new QPushButton(tr("Change…"), this);
    m_edit->setObjectName(QStringLiteral("editAssessment"));
    m_complete = new QPushButton(tr("Give the opinion…"), this);
    m_complete->setObjectName(QStringLiteral("completeAssessment"));
    m_openOnly = new QCheckBox(tr("Only those without an opinion"), this);
    m_openOnly->setObjectName(QStringLiteral("openOnly"));
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_complete);
    bar->addStretch(1);
    bar->addWidget(m_openOnly);
    v->addLayout(bar);
    m_table = CorrectionUi::recordTable(this, QStringLiteral("assessments"),
                                        {tr("Name"), tr("Entrusted by"), tr("Letter no."), tr("Received"), tr("Due"),
                                         tr("Proposed type"), tr("Given on"), tr("Opinion")});
    v->addWidget(m_table, 1);
    m_count = new QLabel(this);
    v->addWidget(m_count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const bool write = m_session.can(Permission::CorrectionWrite);
    for (QPushButton *b : {m_add, m_edit, m_complete})
        b->setVisible(write);
    connect(m_add, &QPushButton::clicked, this, &AssessmentsDialog::add);
    connect(m_edit, &QPushButton::clicked, this, &AssessmentsDialog::edit);
    connect(m_complete, &QPushButton::clicked, this, &AssessmentsDialog::complete);
    connect(m_openOnly, &QCheckBox::toggled, this, &AssessmentsDialog::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AssessmentsDialog::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, [this, write] {
        if (write)
            edit();
    });
    refresh();
    resize(1000, 560);
}

void AssessmentsDialog::refresh()
{
    Result<QList<CcRecord>> list = CorrectionService::assessments(m_db, m_session);
    if (!list) {
        m_count->setText(list.message());
        return;
    }
    m_all = std::move(list).value();
    m_shown.clear();
    for (const CcRecord &a : m_all) {
        if (!m_openOnly->isChecked() || !a.date(QStringLiteral("completed_date")).isValid())
            m_shown << a;
    }
    CorrectionUi::fill(m_table, m_shown, [](const CcRecord &a) {
        return QStringList{
            a.text(QStringLiteral("name")),
            a.text(QStringLiteral("entrusting_body")),
            a.text(QStringLiteral("entrust_no")),
            CorrectionUi::date(a.date(QStringLiteral("received_date"))),
            CorrectionUi::date(CorrectionService::assessmentDue(a)),
            CorrectionUi::codeName(QStringLiteral("correction_type"), a.text(QStringLiteral("proposed_type"))),
            CorrectionUi::date(a.date(QStringLiteral("completed_date"))),
            opinionName(a.text(QStringLiteral("opinion")))};
    });
    const QDate today = Clock::today();
    int open = 0;
    for (int row = 0; row < m_shown.size(); ++row) {
        const CcRecord &a = m_shown.at(row);
        if (a.date(QStringLiteral("completed_date")).isValid())
            continue;
        ++open;
        const QDate due = CorrectionService::assessmentDue(a);
        if (due.isValid() && m_table->item(row, 4)) {
            const qint64 left = today.daysTo(due);
            m_table->item(row, 4)->setForeground(left < 0    ? QColor(0xc6, 0x28, 0x28)
                                                 : left <= 2 ? QColor(0xe6, 0x7e, 0x22)
                                                             : QColor(0x15, 0x65, 0xc0));
            m_table->item(row, 4)->setToolTip(left < 0 ? tr("overdue by %n day(s)", nullptr, static_cast<int>(-left))
                                                       : tr("%n day(s) left", nullptr, static_cast<int>(left)));
        }
    }
    m_count->setText(tr("%n assessment(s)", nullptr, static_cast<int>(m_shown.size())) +
                     tr(", %n without an opinion", nullptr, open));
    updateButtons();
}

void AssessmentsDialog::select(const QString &uuid)
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row).uuid == uuid) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, 0));
            return;
        }
    }
}

void AssessmentsDialog::updateButtons()
{
    const CcRecord *a = CorrectionUi::selected(m_table, m_shown);
    m_edit->setEnabled(a != nullptr);
    m_complete->setEnabled(a && !a->date(QStringLiteral("completed_date")).isValid());
}

void AssessmentsDialog::add()
{
    AssessmentDialog dialog(m_db, m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    refresh();
    select(dialog.savedUuid());
}

void AssessmentsDialog::edit()
{
    const CcRecord *a = CorrectionUi::selected(m_table, m_shown);
    if (!a)
        return;
    AssessmentDialog dialog(m_db, m_session, this);
    dialog.setAssessment(*a);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    refresh();
}

void AssessmentsDialog::complete()
{
    const CcRecord *a = CorrectionUi::selected(m_table, m_shown);
    if (!a)
        return;
    FormDialog f(tr("The assessment's opinion"),
                 tr("%1, entrusted by %2. The opinion goes to the entrusting body (调查评估意见书).")
                     .arg(a->text(QStringLiteral("name")), a->text(QStringLiteral("entrusting_body"))),
                 this);
    f.addChoice(QStringLiteral("opinion"), tr("Opinion *:"),
                {{QStringLiteral("suitable"), opinionName(QStringLiteral("suitable"))},
                 {QStringLiteral("unsuitable"), opinionName(QStringLiteral("unsuitable"))}});
    f.addText(QStringLiteral("text"), tr("Findings *:"), a->text(QStringLiteral("opinion_text")), 6);
    f.addLine(QStringLiteral("reviewer"), tr("Reviewed by:"),
              m_session.displayName.isEmpty() ? m_session.username : m_session.displayName);
    f.addDate(QStringLiteral("date"), tr("Date *:"), Clock::today());
    const QString id = a->uuid;
    f.setAction([&] {
        return CorrectionService::completeAssessment(m_db, m_session, id, f.choice(QStringLiteral("opinion")),
                                                     f.text(QStringLiteral("text")), f.text(QStringLiteral("reviewer")),
                                                     f.date(QStringLiteral("date")));
    });
    if (f.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    refresh();
    select(id);
}

} // namespace ui
} // namespace sifa
