#include "correction/MonitoringTab.h"

#include "correction/CorrectionService.h"
#include "correction/CorrectionUi.h"
#include "rules/Rules.h"
#include "util/Time.h"
#include "widgets/FormDialog.h"
#include "widgets/MessageBox.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

const QString kMonitoring = QStringLiteral("cc_monitoring");
const QString kMissing = QStringLiteral("cc_missing");

QPushButton *button(QWidget *parent, const QString &name, const QString &text)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

bool running(const CcRecord &m, const QDate &today)
{
    return !m.date(QStringLiteral("ended_date")).isValid() && m.date(QStringLiteral("start_date")) <= today;
}

} // namespace

MonitoringTab::MonitoringTab(Database &db, const Session &session, QWidget *parent) : SubjectTab(db, session, parent)
{
    auto *v = new QVBoxLayout(this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("monitoringState"));
    m_state->setWordWrap(true);
    v->addWidget(m_state);

    auto *box = new QGroupBox(tr("Electronic monitoring"), this);
    auto *bv = new QVBoxLayout(box);
    m_monitoring = CorrectionUi::recordTable(
        box, QStringLiteral("monitoring"),
        {tr("From"), tr("Until"), tr("Ended"), tr("Approval no."), tr("Approved by"), tr("Ground")});
    bv->addWidget(m_monitoring, 1);
    auto *bh = new QHBoxLayout;
    m_add = button(box, QStringLiteral("addMonitoring"), tr("Start monitoring…"));
    m_extend = button(box, QStringLiteral("extendMonitoring"), tr("Extend…"));
    m_end = button(box, QStringLiteral("endMonitoring"), tr("End…"));
    m_removeMonitoring = button(box, QStringLiteral("removeMonitoring"), tr("Remove…"));
    for (QPushButton *b : {m_add, m_extend, m_end, m_removeMonitoring})
        bh->addWidget(b);
    bh->addStretch(1);
    bv->addLayout(bh);
    v->addWidget(box, 1);

    auto *missingBox = new QGroupBox(tr("Contact lost"), this);
    auto *mv = new QVBoxLayout(missingBox);
    m_missing = CorrectionUi::recordTable(missingBox, QStringLiteral("missing"),
                                          {tr("Lost on"), tr("Found on"), tr("Police told"), tr("Search")});
    mv->addWidget(m_missing, 1);
    auto *mh = new QHBoxLayout;
    m_lost = button(missingBox, QStringLiteral("addMissing"), tr("Contact lost…"));
    m_found = button(missingBox, QStringLiteral("editMissing"), tr("Search and finding…"));
    m_removeMissing = button(missingBox, QStringLiteral("removeMissing"), tr("Remove…"));
    for (QPushButton *b : {m_lost, m_found, m_removeMissing})
        mh->addWidget(b);
    mh->addStretch(1);
    mv->addLayout(mh);
    v->addWidget(missingBox, 1);

    connect(m_add, &QPushButton::clicked, this, &MonitoringTab::addMonitoring);
    connect(m_extend, &QPushButton::clicked, this, &MonitoringTab::extendMonitoring);
    connect(m_end, &QPushButton::clicked, this, &MonitoringTab::endMonitoring);
    connect(m_removeMonitoring, &QPushButton::clicked, this,
            [this] { removeSelected(m_monitoring, m_file.monitoring, kMonitoring); });
    connect(m_lost, &QPushButton::clicked, this, &MonitoringTab::addMissing);
    connect(m_found, &QPushButton::clicked, this, &MonitoringTab::editMissing);
    connect(m_removeMissing, &QPushButton::clicked, this,
            [this] { removeSelected(m_missing, m_file.missing, kMissing); });
    connect(m_monitoring, &QTableWidget::itemSelectionChanged, this, &MonitoringTab::updateButtons);
    connect(m_missing, &QTableWidget::itemSelectionChanged, this, &MonitoringTab::updateButtons);
}

void MonitoringTab::showFile()
{
    const QDate today = Clock::today();
    CorrectionUi::fill(m_monitoring, m_file.monitoring, [](const CcRecord &m) {
        return QStringList{
            CorrectionUi::date(m.date(QStringLiteral("start_date"))),
            CorrectionUi::date(m.date(QStringLiteral("end_date"))),
            CorrectionUi::date(m.date(QStringLiteral("ended_date"))),
            m.text(QStringLiteral("approval_no")),
            m.text(QStringLiteral("approved_by")),
            CorrectionUi::codeName(QStringLiteral("monitoring_ground"), m.text(QStringLiteral("ground")))};
    });
    CorrectionUi::fill(m_missing, m_file.missing, [](const CcRecord &m) {
        return QStringList{CorrectionUi::date(m.date(QStringLiteral("lost_date"))),
                           CorrectionUi::date(m.date(QStringLiteral("found_date"))),
                           m.flag(QStringLiteral("police_notified")) ? tr("yes") : QString(),
                           m.text(QStringLiteral("search_record"))};
    });
    QStringList state;
    for (const CcRecord &m : m_file.monitoring) {
        if (running(m, today))
            state << tr("Electronic monitoring until %1.").arg(CorrectionUi::date(m.date(QStringLiteral("end_date"))));
    }
    for (const CcRecord &m : m_file.missing) {
        if (!m.date(QStringLiteral("found_date")).isValid())
            state << tr("Contact lost since %1 (%n day(s)): search for the person, with the police.", nullptr,
                        static_cast<int>(m.date(QStringLiteral("lost_date")).daysTo(today)))
                         .arg(CorrectionUi::date(m.date(QStringLiteral("lost_date"))));
    }
    m_state->setText(state.isEmpty() ? tr("Not monitored electronically; no open loss of contact.")
                                     : state.join(QLatin1Char('\n')));
    m_state->setStyleSheet(state.isEmpty() ? QStringLiteral("color: #555;") : QStringLiteral("color: #c62828;"));
    updateButtons();
}

void MonitoringTab::updateButtons()
{
    const bool write = canWrite();
    for (QPushButton *b : {m_add, m_extend, m_end, m_removeMonitoring, m_lost, m_found, m_removeMissing})
        b->setVisible(write);
    const CcRecord *m = CorrectionUi::selected(m_monitoring, m_file.monitoring);
    const bool open = isOpen();
    m_add->setEnabled(open);
    m_extend->setEnabled(open && m && !m->date(QStringLiteral("ended_date")).isValid());
    m_end->setEnabled(m && !m->date(QStringLiteral("ended_date")).isValid());
    m_removeMonitoring->setEnabled(m != nullptr);
    m_lost->setEnabled(open);
    const CcRecord *lost = CorrectionUi::selected(m_missing, m_file.missing);
    m_found->setEnabled(lost != nullptr);
    m_removeMissing->setEnabled(lost != nullptr);
}

bool MonitoringTab::monitoringDialog(const CcRecord &record, const QString &title, const QDate &from)
{
    FormDialog f(
        title,
        tr("Only with the approval of the head of the county judicial bureau, on a ground of 社区矫正法第二十九条, "
           "for at most three months at a time."),
        this);
    f.addChoice(QStringLiteral("ground"), tr("Ground *:"), CorrectionUi::codeItems(QStringLiteral("monitoring_ground")),
                record.text(QStringLiteral("ground")));
    f.addLine(QStringLiteral("approval_no"), tr("Approval no. *:"));
    f.addLine(QStringLiteral("approved_by"), tr("Approved by:"), record.text(QStringLiteral("approved_by")));
    f.addDate(QStringLiteral("start_date"), tr("From *:"), from, false, false);
    const QDate limit = Rules::instance().due(QStringLiteral("correction.e_tag_term"), from);
    f.addDate(QStringLiteral("end_date"), tr("Until *:"), limit.isValid() ? limit : from.addMonths(3), false, false);
    f.setAction([&] {
        const QVariantMap m{{QStringLiteral("subject_uuid"), uuid()},
                            {QStringLiteral("ground"), f.choice(QStringLiteral("ground"))},
                            {QStringLiteral("approval_no"), f.text(QStringLiteral("approval_no"))},
                            {QStringLiteral("approved_by"), f.text(QStringLiteral("approved_by"))},
                            {QStringLiteral("start_date"), toStoredDate(f.date(QStringLiteral("start_date")))},
                            {QStringLiteral("end_date"), toStoredDate(f.date(QStringLiteral("end_date")))}};
        return CorrectionService::saveRecord(m_db, m_session, kMonitoring, QString(), m).status();
    });
    return f.exec() == QDialog::Accepted;
}

void MonitoringTab::addMonitoring()
{
    if (monitoringDialog(CcRecord(), tr("Start electronic monitoring"), Clock::today()))
        Q_EMIT changed();
}

void MonitoringTab::extendMonitoring()
{
    const CcRecord *m = CorrectionUi::selected(m_monitoring, m_file.monitoring);
    if (!m)
        return;
    // An extension is a new approved period from the day after the current one ends.
    if (monitoringDialog(*m, tr("Extend electronic monitoring"), m->date(QStringLiteral("end_date")).addDays(1)))
        Q_EMIT changed();
}

void MonitoringTab::endMonitoring()
{
    const CcRecord *m = CorrectionUi::selected(m_monitoring, m_file.monitoring);
    if (!m)
        return;
    FormDialog f(tr("End electronic monitoring"), tr("The device is removed and monitoring ends."), this);
    const QDate end = m->date(QStringLiteral("end_date"));
    f.addDate(QStringLiteral("ended_date"), tr("Ended on *:"),
              end.isValid() && end < Clock::today() ? end : Clock::today());
    const QString id = m->uuid;
    f.setAction([&] {
        return CorrectionService::saveRecord(
                   m_db, m_session, kMonitoring, id,
                   {{QStringLiteral("ended_date"), toStoredDate(f.date(QStringLiteral("ended_date")))}})
            .status();
    });
    if (f.exec() == QDialog::Accepted)
        Q_EMIT changed();
}

bool MonitoringTab::missingDialog(const CcRecord &record)
{
    const bool adding = record.uuid.isEmpty();
    FormDialog f(adding ? tr("Contact lost") : tr("Search and finding"),
                 tr("Search at once; the police assist (社区矫正法第三十条)."), this);
    f.addDate(QStringLiteral("lost_date"), tr("Contact lost on *:"),
              adding ? Clock::today() : record.date(QStringLiteral("lost_date")));
    f.addDate(QStringLiteral("found_date"), tr("Found on:"), record.date(QStringLiteral("found_date")), true);
    f.addCheck(QStringLiteral("police_notified"), tr("The police were told"),
               record.flag(QStringLiteral("police_notified")));
    f.addText(QStringLiteral("search_record"), tr("The search:"), record.text(QStringLiteral("search_record")), 4);
    f.setAction([&] {
        QVariantMap m{{QStringLiteral("lost_date"), toStoredDate(f.date(QStringLiteral("lost_date")))},
                      {QStringLiteral("found_date"), CorrectionUi::date(f.date(QStringLiteral("found_date")))},
                      {QStringLiteral("police_notified"), f.checked(QStringLiteral("police_notified")) ? 1 : 0},
                      {QStringLiteral("search_record"), f.text(QStringLiteral("search_record"))}};
        if (adding)
            m.insert(QStringLiteral("subject_uuid"), uuid());
        return CorrectionService::saveRecord(m_db, m_session, kMissing, record.uuid, m).status();
    });
    return f.exec() == QDialog::Accepted;
}

void MonitoringTab::addMissing()
{
    if (missingDialog(CcRecord()))
        Q_EMIT changed();
}

void MonitoringTab::editMissing()
{
    if (const CcRecord *m = CorrectionUi::selected(m_missing, m_file.missing); m && missingDialog(*m))
        Q_EMIT changed();
}

void MonitoringTab::removeSelected(QTableWidget *table, const QList<CcRecord> &records, const QString &entity)
{
    const CcRecord *r = CorrectionUi::selected(table, records);
    if (!r)
        return;
    const std::optional<QString> reason =
        MessageBox::getText(this, tr("Remove the record"), tr("Why is this record removed? The change log keeps it."));
    if (reason)
        done(CorrectionService::removeRecord(m_db, m_session, entity, r->uuid, *reason));
}

} // namespace ui
} // namespace sifa
