#include "correction/SupervisionTab.h"

#include "correction/CorrectionService.h"
#include "correction/CorrectionUi.h"
#include "correction/GradeRules.h"
#include "util/Time.h"
#include "widgets/FormDialog.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <tuple>

namespace sifa {
namespace ui {

namespace {

const QString kActivity = QStringLiteral("cc_activity");

bool timed(const QString &kind)
{
    return kind == QLatin1String("education") || kind == QLatin1String("welfare") || kind == QLatin1String("talk");
}

} // namespace

SupervisionTab::SupervisionTab(Database &db, const Session &session, QWidget *parent) : SubjectTab(db, session, parent)
{
    auto *v = new QVBoxLayout(this);
    m_activities = CorrectionUi::recordTable(
        this, QStringLiteral("activities"),
        {tr("Date"), tr("Kind"), tr("Time spent"), tr("Place"), tr("Staff"), tr("Result"), tr("Content")});
    v->addWidget(m_activities, 3);
    auto *h = new QHBoxLayout;
    auto *add = new QPushButton(tr("Record supervision…"), this);
    add->setObjectName(QStringLiteral("addActivity"));
    add->setToolTip(tr("A report, a talk, a visit, a check, a health report, study or community service"));
    auto *edit = new QPushButton(tr("Change…"), this);
    edit->setObjectName(QStringLiteral("editActivity"));
    auto *remove = new QPushButton(tr("Remove…"), this);
    remove->setObjectName(QStringLiteral("removeActivity"));
    h->addWidget(add);
    h->addWidget(edit);
    h->addWidget(remove);
    h->addStretch(1);
    m_keyPeriods = new QLabel(this);
    m_keyPeriods->setObjectName(QStringLiteral("keyPeriods"));
    m_keyPeriods->setStyleSheet(QStringLiteral("color: #8e24aa;"));
    h->addWidget(m_keyPeriods);
    v->addLayout(h);
    m_writeButtons = {add, edit, remove};

    auto *months = new QHBoxLayout;
    for (int i = 0; i < 2; ++i) {
        m_monthBoxes[i] = new QGroupBox(this);
        auto *mv = new QVBoxLayout(m_monthBoxes[i]);
        m_months[i] = CorrectionUi::recordTable(m_monthBoxes[i],
                                                i == 0 ? QStringLiteral("thisMonth") : QStringLiteral("lastMonth"),
                                                {tr("Item"), tr("Expected"), tr("Done"), tr("Shortfall")});
        m_months[i]->setSelectionMode(QAbstractItemView::NoSelection);
        m_months[i]->setFocusPolicy(Qt::NoFocus);
        mv->addWidget(m_months[i], 1);
        m_monthNotes[i] = new QLabel(m_monthBoxes[i]);
        m_monthNotes[i]->setWordWrap(true);
        mv->addWidget(m_monthNotes[i]);
        months->addWidget(m_monthBoxes[i], 1);
    }
    v->addLayout(months, 2);

    connect(add, &QPushButton::clicked, this, &SupervisionTab::addActivity);
    connect(edit, &QPushButton::clicked, this, &SupervisionTab::editActivity);
    connect(remove, &QPushButton::clicked, this, &SupervisionTab::removeActivity);
    connect(m_activities, &QTableWidget::cellActivated, this, [this] {
        if (canWrite())
            editActivity();
    });
}

void SupervisionTab::showFile()
{
    CorrectionUi::fill(m_activities, m_file.activities, [](const CcRecord &a) {
        return QStringList{
            CorrectionUi::date(a.date(QStringLiteral("activity_date"))),
            CorrectionUi::codeName(QStringLiteral("correction_activity"), a.text(QStringLiteral("kind"))),
            CorrectionUi::duration(a.number(QStringLiteral("minutes"))),
            a.text(QStringLiteral("place")),
            a.text(QStringLiteral("staff")),
            a.text(QStringLiteral("result")),
            a.text(QStringLiteral("content"))};
    });
    const QDate today = Clock::today();
    const QDate thisMonth(today.year(), today.month(), 1);
    showMonth(0, CorrectionService::monthReview(m_file, thisMonth), true);
    showMonth(1, CorrectionService::monthReview(m_file, thisMonth.addMonths(-1)), false);

    QStringList periods;
    for (const CcRecord &p : m_file.keyPeriods) {
        if (p.date(QStringLiteral("end_date")) >= today)
            periods << tr("%1 (%2)").arg(
                p.text(QStringLiteral("name")),
                CorrectionUi::period(p.date(QStringLiteral("start_date")), p.date(QStringLiteral("end_date"))));
    }
    m_keyPeriods->setText(
        periods.isEmpty() ? QString() : tr("Key periods, daily reports: %1").arg(periods.join(QStringLiteral("；"))));
    const bool write = canWrite() && m_file.status() != QLatin1String("awaiting_report");
    for (QPushButton *b : m_writeButtons)
        b->setVisible(canWrite());
    m_writeButtons.first()->setEnabled(write);
    m_writeButtons.first()->setToolTip(write ? QString() : tr("Supervision is recorded once the person is received."));
}

void SupervisionTab::showMonth(int i, const MonthReview &r, bool current)
{
    //: The format of a month in the supervision review (QDate format), e.g. yyyy年M月
    const QString month = QLocale().toString(r.month, tr("MMMM yyyy"));
    const QString grade = CorrectionUi::codeName(QStringLiteral("supervision_grade"), r.grade);
    QString title = current ? tr("This month, %1").arg(month) : tr("Last month, %1").arg(month);
    if (!grade.isEmpty())
        title += tr(" — %1").arg(grade);
    m_monthBoxes[i]->setTitle(title);
    QTableWidget *t = m_months[i];
    t->setRowCount(0);
    if (r.days <= 0 || r.grade.isEmpty()) {
        m_monthNotes[i]->setText(r.days <= 0 ? tr("Not under correction in this month.")
                                             : tr("No grade is recorded for this month."));
        m_monthNotes[i]->setStyleSheet(QStringLiteral("color: #666;"));
        return;
    }
    const Result<GradeExpectation> e = GradeRules::expectation(r.grade, r.month);
    if (!e) {
        m_monthNotes[i]->setText(e.message());
        return;
    }
    const double share = r.daysInMonth > 0 ? qMin(1.0, static_cast<double>(r.days) / r.daysInMonth) : 1.0;
    const QList<std::tuple<QString, int, double>> rows{
        {QStringLiteral("in_person_reports"), e->inPersonReports, r.done.inPersonReports},
        {QStringLiteral("written_reports"), e->writtenReports, r.done.writtenReports},
        {QStringLiteral("phone_reports"), e->phoneReports, r.done.phoneReports},
        {QStringLiteral("talks"), e->talks, r.done.talks},
        {QStringLiteral("visits"), e->visits, r.done.visits},
        {QStringLiteral("study_hours"), e->studyHours, r.done.studyHours},
        {QStringLiteral("service_hours"), r.done.ableToWork ? e->serviceHours : 0, r.done.serviceHours}};
    const QColor red(0xc6, 0x28, 0x28);
    const QColor orange(0xe6, 0x7e, 0x22);
    const QColor green(0x2e, 0x7d, 0x32);
    for (const auto &[item, full, actual] : rows) {
        const double expected = std::floor(full * share);
        if (expected <= 0 && actual <= 0)
            continue;
        const int row = t->rowCount();
        t->insertRow(row);
        t->setItem(row, 0, new QTableWidgetItem(GradeRules::itemName(item)));
        t->setItem(row, 1, new QTableWidgetItem(QLocale().toString(expected)));
        t->setItem(row, 2, new QTableWidgetItem(QLocale().toString(actual, 'g', 3)));
        bool missing = false;
        for (const Shortfall &s : r.shortfalls)
            missing = missing || s.item == item;
        auto *state =
            new QTableWidgetItem(missing ? QLocale().toString(expected - actual, 'g', 3) : QStringLiteral("✓"));
        state->setForeground(missing ? (current ? orange : red) : green);
        t->setItem(row, 3, state);
    }
    CorrectionUi::fitColumns(t);
    QString note;
    if (r.days < r.daysInMonth)
        note = tr("Under correction %1 of %2 days: the expectations are prorated.").arg(r.days).arg(r.daysInMonth);
    if (r.shortfalls.isEmpty()) {
        note = (note.isEmpty() ? QString() : note + QLatin1Char(' ')) + tr("The grade's expectations are met.");
        m_monthNotes[i]->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    } else {
        note = (note.isEmpty() ? QString() : note + QLatin1Char(' ')) +
               (current ? tr("Still to do this month: see the shortfall column.")
                        : tr("The month fell short of the grade's expectations."));
        m_monthNotes[i]->setStyleSheet(current ? QStringLiteral("color: #e67e22;") : QStringLiteral("color: #c62828;"));
    }
    m_monthNotes[i]->setText(note);
}

bool SupervisionTab::activityDialog(const CcRecord &a)
{
    const bool adding = a.uuid.isEmpty();
    FormDialog f(adding ? tr("Record supervision") : tr("Change the supervision record"), m_file.person.name, this);
    QComboBox *kind = f.addChoice(QStringLiteral("kind"), tr("Kind *:"),
                                  CorrectionUi::codeItems(QStringLiteral("correction_activity")),
                                  adding ? QStringLiteral("report_in_person") : a.text(QStringLiteral("kind")));
    f.addDate(QStringLiteral("activity_date"), tr("Date *:"),
              adding ? Clock::today() : a.date(QStringLiteral("activity_date")));
    auto *spin = new QDoubleSpinBox(&f);
    spin->setObjectName(QStringLiteral("hours"));
    spin->setRange(0, 24);
    spin->setDecimals(1);
    spin->setSingleStep(0.5);
    spin->setSuffix(tr(" h"));
    spin->setValue(a.number(QStringLiteral("minutes")) / 60.0);
    f.addWidget(tr("Hours:"), spin);
    f.addLine(QStringLiteral("place"), tr("Place:"), a.text(QStringLiteral("place")));
    f.addLine(QStringLiteral("staff"), tr("Staff:"), adding ? who() : a.text(QStringLiteral("staff")));
    f.addText(QStringLiteral("content"), tr("Content:"), a.text(QStringLiteral("content")), 4);
    f.addLine(QStringLiteral("result"), tr("Result or finding:"), a.text(QStringLiteral("result")));
    auto updateHours = [kind, spin] { spin->setEnabled(timed(kind->currentData().toString()) || spin->value() > 0); };
    connect(kind, &QComboBox::currentIndexChanged, &f, updateHours);
    updateHours();
    f.setAction([&] {
        QVariantMap m{{QStringLiteral("kind"), f.choice(QStringLiteral("kind"))},
                      {QStringLiteral("activity_date"), toStoredDate(f.date(QStringLiteral("activity_date")))},
                      {QStringLiteral("minutes"), static_cast<int>(std::lround(spin->value() * 60))},
                      {QStringLiteral("place"), f.text(QStringLiteral("place"))},
                      {QStringLiteral("staff"), f.text(QStringLiteral("staff"))},
                      {QStringLiteral("content"), f.text(QStringLiteral("content"))},
                      {QStringLiteral("result"), f.text(QStringLiteral("result"))}};
        if (adding)
            m.insert(QStringLiteral("subject_uuid"), uuid());
        return CorrectionService::saveRecord(m_db, m_session, kActivity, a.uuid, m).status();
    });
    return f.exec() == QDialog::Accepted;
}

void SupervisionTab::addActivity()
{
    if (activityDialog(CcRecord()))
        Q_EMIT changed();
}

void SupervisionTab::editActivity()
{
    if (const CcRecord *a = CorrectionUi::selected(m_activities, m_file.activities); a && activityDialog(*a))
        Q_EMIT changed();
}

void SupervisionTab::removeActivity()
{
    const CcRecord *a = CorrectionUi::selected(m_activities, m_file.activities);
    if (!a)
        return;
    const std::optional<QString> reason =
        MessageBox::getText(this, tr("Remove the record"), tr("Why is this record removed? The change log keeps it."));
    if (reason)
        done(CorrectionService::removeRecord(m_db, m_session, kActivity, a->uuid, *reason));
}

} // namespace ui
} // namespace sifa
