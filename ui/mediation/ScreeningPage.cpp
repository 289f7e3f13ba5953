#include "mediation/ScreeningPage.h"

#include "mediation/MediationSetup.h"
#include "util/Time.h"
#include "widgets/FormDialog.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

ScreeningPage::ScreeningPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 6, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Month:"), this));
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("month"));
    const QDate first(Clock::today().year(), Clock::today().month(), 1);
    for (int i = 0; i < 36; ++i) {
        const QDate m = first.addMonths(-i);
        m_month->addItem(tr("%1-%2").arg(m.year()).arg(m.month(), 2, 10, QLatin1Char('0')), m.toString(QStringLiteral("yyyy-MM")));
    }
    top->addWidget(m_month);
    top->addStretch(1);
    auto *add = new QPushButton(tr("&New screening…"), this);
    add->setObjectName(QStringLiteral("addScreening"));
    auto *edit = new QPushButton(tr("&Change…"), this);
    auto *remove = new QPushButton(tr("&Remove…"), this);
    m_zero = new QPushButton(tr("File the &zero report…"), this);
    m_zero->setObjectName(QStringLiteral("zeroReport"));
    for (QPushButton *b : {add, edit, remove, m_zero})
        top->addWidget(b);
    v->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("monthSummary"));
    m_summary->setWordWrap(true);
    v->addWidget(m_summary);
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("screenings"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Scope"), tr("Method"), tr("Disputes found"),
                                        tr("Disputes prevented"), tr("Screened by"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    v->addWidget(m_table, 1);
    const bool canWrite = m_session.can(Permission::MediationWrite);
    for (QPushButton *b : {add, edit, remove, m_zero})
        b->setVisible(canWrite);
    connect(m_month, &QComboBox::currentIndexChanged, this, &ScreeningPage::refresh);
    connect(add, &QPushButton::clicked, this, &ScreeningPage::addScreening);
    connect(edit, &QPushButton::clicked, this, &ScreeningPage::editSelected);
    connect(remove, &QPushButton::clicked, this, &ScreeningPage::removeSelected);
    connect(m_zero, &QPushButton::clicked, this, &ScreeningPage::fileZeroReport);
    connect(m_table, &QTableWidget::cellActivated, this, &ScreeningPage::editSelected);
    m_month->setCurrentIndex(1);  // last month: the one to report
    refresh();
}

QString ScreeningPage::period() const
{
    return m_month->currentData().toString();
}

void ScreeningPage::showMonth(const QString &p)
{
    const int i = m_month->findData(p);
    if (i >= 0)
        m_month->setCurrentIndex(i);
}

void ScreeningPage::refresh()
{
    Result<QList<Screening>> rows = MediationSetup::screenings(m_db, period());
    m_rows = rows ? *rows : QList<Screening>();
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const Screening &s = m_rows.at(i);
        const QStringList cells{toStoredDate(s.date), s.zeroReport ? tr("Zero report") : s.scope, s.method,
                                QString::number(s.foundCount), QString::number(s.preventedCount), s.reporter, s.note};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    Result<MediationSetup::MonthReport> m = MediationSetup::month(m_db, period());
    if (!m) {
        m_summary->setText(m.message());
        return;
    }
    QString state;
    if (m->zeroReport)
        state = tr("Zero report filed.");
    else if (m->screenings > 0)
        state = tr("Reported by its screenings.");
    else if (m->due < Clock::today())
        state = tr("<span style='color:#c62828'>Not reported; it was due on %1.</span>").arg(toStoredDate(m->due));
    else
        state = tr("Report due on %1.").arg(toStoredDate(m->due));
    m_summary->setText(tr("%1: %2 screening(s), %3 dispute(s) found, %4 prevented. %5")
                           .arg(m_month->currentText())
                           .arg(m->screenings)
                           .arg(m->found)
                           .arg(m->prevented)
                           .arg(state));
    m_zero->setEnabled(!m->zeroReport && m->found == 0 && QDate::fromString(period() + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd")) <= Clock::today());
}

bool ScreeningPage::editScreening(Screening s)
{
    FormDialog f(s.uuid.isEmpty() ? tr("New screening") : tr("Change the screening"),
                 tr("One screening activity: where and how the committee looked for disputes, and what it found."), this);
    QDate suggested = Clock::today();
    if (s.uuid.isEmpty()) {
        const QDate start = QDate::fromString(period() + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
        if (start.isValid() && start.addMonths(1) <= Clock::today())
            suggested = start.addMonths(1).addDays(-1);
        s.date = suggested;
        s.reporter = m_session.displayName;
    }
    f.addDate(QStringLiteral("date"), tr("Date:"), s.date);
    f.addLine(QStringLiteral("scope"), tr("Scope *:"), s.scope)->setPlaceholderText(tr("villages, groups, enterprises screened"));
    f.addLine(QStringLiteral("method"), tr("Method:"), s.method)->setPlaceholderText(tr("visits, meetings, hotline…"));
    f.addNumber(QStringLiteral("found"), tr("Disputes found:"), s.foundCount);
    f.addNumber(QStringLiteral("prevented"), tr("Disputes prevented:"), s.preventedCount);
    f.addLine(QStringLiteral("reporter"), tr("Screened by *:"), s.reporter);
    f.addText(QStringLiteral("note"), tr("Note:"), s.note, 2);
    f.setAction([&] {
        s.date = f.date(QStringLiteral("date"));
        s.period = s.date.toString(QStringLiteral("yyyy-MM"));
        s.scope = f.text(QStringLiteral("scope"));
        s.method = f.text(QStringLiteral("method"));
        s.foundCount = f.number(QStringLiteral("found"));
        s.preventedCount = f.number(QStringLiteral("prevented"));
        s.reporter = f.text(QStringLiteral("reporter"));
        s.note = f.text(QStringLiteral("note"));
        return MediationSetup::saveScreening(m_db, m_session, s).status();
    });
    if (f.exec() != QDialog::Accepted)
        return false;
    showMonth(s.period);
    refresh();
    Q_EMIT changed();
    return true;
}

void ScreeningPage::addScreening()
{
    editScreening(Screening());
}

void ScreeningPage::editSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).zeroReport)
        return;
    editScreening(m_rows.at(row));
}

void ScreeningPage::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    const std::optional<QString> reason = MessageBox::getText(this, tr("Remove the screening"), tr("Why is it removed?"));
    if (!reason)
        return;
    if (Status s = MediationSetup::removeScreening(m_db, m_session, m_rows.at(row).uuid, *reason); !s.ok()) {
        MessageBox::warning(this, tr("Screening"), s.message());
        return;
    }
    refresh();
    Q_EMIT changed();
}

void ScreeningPage::fileZeroReport()
{
    FormDialog f(tr("Zero report"), tr("No disputes were found in %1. File the zero report for the month?").arg(m_month->currentText()),
                 this);
    f.addLine(QStringLiteral("reporter"), tr("Reported by *:"), m_session.displayName);
    f.addDate(QStringLiteral("date"), tr("Reported on:"), Clock::today());
    f.setAction([&] {
        return MediationSetup::fileZeroReport(m_db, m_session, period(), f.text(QStringLiteral("reporter")),
                                              f.date(QStringLiteral("date")))
            .status();
    });
    if (f.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT changed();
    }
}

}  // namespace ui
}  // namespace sifa
