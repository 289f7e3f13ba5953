#include "correction/RequestsTab.h"

#include "correction/CorrectionService.h"
#include "correction/CorrectionUi.h"
#include "correction/RequestDialog.h"
#include "people/IdNumber.h"
#include "util/Time.h"
#include "widgets/DateField.h"
#include "widgets/FormDialog.h"
#include "widgets/MessageBox.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

QString levelName(const QString &level)
{
    if (level == QLatin1String("office"))
        return LeaveRules::levelName(ApprovalLevel::Office);
    if (level == QLatin1String("county"))
        return LeaveRules::levelName(ApprovalLevel::County);
    if (level == QLatin1String("higher"))
        return LeaveRules::levelName(ApprovalLevel::HigherAgency);
    return level;
}

// What the request is about, in a few words.
QString subjectOf(const CcRecord &r)
{
    const QString kind = r.text(QStringLiteral("kind"));
    if (kind == QLatin1String("visitor"))
        return r.text(QStringLiteral("visitor_name"));
    if (kind == QLatin1String("transfer"))
        return r.text(QStringLiteral("new_address"));
    return r.text(QStringLiteral("destination"));
}

QString daysOf(const CcRecord &r)
{
    const QDate from = r.date(QStringLiteral("start_date"));
    const QDate to = r.date(QStringLiteral("end_date"));
    if (!from.isValid() || !to.isValid())
        return CorrectionUi::date(from);
    return RequestsTab::tr("%1 (%n day(s))", nullptr, static_cast<int>(from.daysTo(to)) + 1)
        .arg(CorrectionUi::period(from, to));
}

bool pending(const CcRecord &r)
{
    const QString s = r.text(QStringLiteral("status"));
    return s == QLatin1String("pending") || s == QLatin1String("reviewed");
}

QString detailHtml(const CcRecord &r)
{
    using U = CorrectionUi;
    const QString kind = r.text(QStringLiteral("kind"));
    QString html = U::heading(U::codeName(QStringLiteral("correction_request"), kind));
    html += U::table(
        U::row(RequestsTab::tr("Status"),
               U::codeName(QStringLiteral("correction_request_status"), r.text(QStringLiteral("status")))) +
        U::row(RequestsTab::tr("Approved by"), levelName(r.text(QStringLiteral("level")))) +
        U::row(RequestsTab::tr("Applied on"), U::date(r.date(QStringLiteral("applied_date")))) +
        U::row(RequestsTab::tr("Reason"), r.text(QStringLiteral("reason"))) +
        U::row(RequestsTab::tr("Destination or place"), r.text(QStringLiteral("destination"))) +
        U::row(RequestsTab::tr("Period"), daysOf(r)) +
        U::row(RequestsTab::tr("How often"), r.text(QStringLiteral("frequency"))) +
        U::row(RequestsTab::tr("Visitor"),
               QStringList{r.text(QStringLiteral("visitor_name")),
                           U::codeName(QStringLiteral("correction_visitor_identity"),
                                       r.text(QStringLiteral("visitor_identity"))),
                           r.text(QStringLiteral("visitor_relation")),
                           U::codeName(QStringLiteral("sex"), r.text(QStringLiteral("visitor_sex"))),
                           IdNumbers::mask(r.text(QStringLiteral("visitor_id_number"))),
                           r.text(QStringLiteral("visitor_phone"))}
                   .join(QLatin1Char(' '))
                   .simplified()) +
        U::row(RequestsTab::tr("Visitor's address"), r.text(QStringLiteral("visitor_address"))) +
        U::row(RequestsTab::tr("New residence"), r.text(QStringLiteral("new_address"))) +
        U::row(RequestsTab::tr("New county agency"), r.text(QStringLiteral("new_agency"))) +
        U::row(RequestsTab::tr("Accompanied by"), r.text(QStringLiteral("companion"))) +
        U::row(RequestsTab::tr("Evidence"), r.text(QStringLiteral("evidence"))) +
        U::row(RequestsTab::tr("Office's review"),
               r.text(QStringLiteral("office_opinion")).isEmpty()
                   ? QString()
                   : RequestsTab::tr("%1 (%2, %3)")
                         .arg(r.text(QStringLiteral("office_opinion")), r.text(QStringLiteral("office_reviewer")),
                              U::date(r.date(QStringLiteral("office_date"))))) +
        U::row(RequestsTab::tr("Decision"),
               r.text(QStringLiteral("county_approver")).isEmpty()
                   ? QString()
                   : RequestsTab::tr("%1, %2 %3 %4")
                         .arg(r.text(QStringLiteral("county_approver")), U::date(r.date(QStringLiteral("county_date"))),
                              r.text(QStringLiteral("decision_no")), r.text(QStringLiteral("county_opinion")))) +
        U::row(RequestsTab::tr("Leave certificate"), r.text(QStringLiteral("certificate_no"))) +
        U::row(RequestsTab::tr("New county consulted"), U::date(r.date(QStringLiteral("consulted_date")))) +
        U::row(RequestsTab::tr("New county replied"),
               QStringList{U::date(r.date(QStringLiteral("new_reply_date"))), r.text(QStringLiteral("new_opinion"))}
                   .join(QLatin1Char(' '))
                   .trimmed()) +
        U::row(RequestsTab::tr("Files sent"), U::date(r.date(QStringLiteral("files_sent_date")))) +
        U::row(RequestsTab::tr("Returned"),
               r.date(QStringLiteral("returned_date")).isValid()
                   ? RequestsTab::tr("%1 (%2)").arg(U::date(r.date(QStringLiteral("returned_date"))),
                                                    r.text(QStringLiteral("return_staff")))
                   : QString()) +
        U::row(RequestsTab::tr("Note"), r.text(QStringLiteral("note"))));
    return html;
}

} // namespace

RequestsTab::RequestsTab(Database &db, const Session &session, QWidget *parent) : SubjectTab(db, session, parent)
{
    auto *v = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_leave = new QPushButton(tr("Request for leave…"), this);
    m_leave->setObjectName(QStringLiteral("newLeave"));
    m_other = new QToolButton(this);
    m_other->setObjectName(QStringLiteral("newOtherRequest"));
    m_other->setText(tr("Other requests"));
    m_other->setPopupMode(QToolButton::InstantPopup);
    m_other->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_other);
    for (const QString &kind : {QStringLiteral("frequent_travel"), QStringLiteral("visitor"), QStringLiteral("place"),
                                QStringLiteral("transfer")}) {
        QAction *a = menu->addAction(CorrectionUi::codeName(QStringLiteral("correction_request"), kind) + tr("…"));
        a->setObjectName(QStringLiteral("new_") + kind);
        connect(a, &QAction::triggered, this, [this, kind] { newRequest(kind); });
    }
    m_other->setMenu(menu);
    m_review = new QPushButton(tr("Office's review…"), this);
    m_review->setObjectName(QStringLiteral("reviewRequest"));
    m_decide = new QPushButton(tr("Record the decision…"), this);
    m_decide->setObjectName(QStringLiteral("decideRequest"));
    m_return = new QPushButton(tr("Return from leave…"), this);
    m_return->setObjectName(QStringLiteral("recordReturn"));
    m_followUp = new QPushButton(tr("Follow-up…"), this);
    m_followUp->setObjectName(QStringLiteral("followUpRequest"));
    m_followUp->setToolTip(tr("The steps after the decision (a change of residence: the new county consulted and "
                              "its reply, the files sent), the certificate number and notes"));
    m_withdraw = new QPushButton(tr("Withdraw…"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawRequest"));
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_leave, m_other, m_review, m_decide, m_return, m_followUp, m_withdraw})
        bar->addWidget(w);
    bar->addStretch(1);
    v->addLayout(bar);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = CorrectionUi::recordTable(split, QStringLiteral("requests"),
                                        {tr("Applied"), tr("Request"), tr("From"), tr("Until"), tr("Days"),
                                         tr("Where / whom"), tr("Approved by"), tr("Status"), tr("Reason")});
    m_detail = new QTextBrowser(split);
    m_detail->setObjectName(QStringLiteral("requestDetail"));
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    v->addWidget(split, 1);

    connect(m_leave, &QPushButton::clicked, this, [this] { newRequest(QStringLiteral("leave")); });
    connect(m_review, &QPushButton::clicked, this, &RequestsTab::review);
    connect(m_decide, &QPushButton::clicked, this, &RequestsTab::decide);
    connect(m_return, &QPushButton::clicked, this, &RequestsTab::recordReturn);
    connect(m_followUp, &QPushButton::clicked, this, &RequestsTab::followUp);
    connect(m_withdraw, &QPushButton::clicked, this, &RequestsTab::withdraw);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RequestsTab::updateButtons);
}

QPushButton *RequestsTab::button(const QString &name) const
{
    return findChild<QPushButton *>(name);
}

void RequestsTab::showFile()
{
    CorrectionUi::fill(m_table, m_file.requests, [](const CcRecord &r) {
        const QDate from = r.date(QStringLiteral("start_date"));
        const QDate to = r.date(QStringLiteral("end_date"));
        return QStringList{
            CorrectionUi::date(r.date(QStringLiteral("applied_date"))),
            CorrectionUi::shortName(QStringLiteral("correction_request"), r.text(QStringLiteral("kind"))),
            CorrectionUi::date(from),
            CorrectionUi::date(to),
            from.isValid() && to.isValid() ? QString::number(from.daysTo(to) + 1) : QString(),
            subjectOf(r),
            levelName(r.text(QStringLiteral("level"))),
            CorrectionUi::codeName(QStringLiteral("correction_request_status"), r.text(QStringLiteral("status"))),
            r.text(QStringLiteral("reason"))};
    });
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const CcRecord &r = m_file.requests.at(row);
        constexpr int kStatus = 7;
        if (pending(r) && m_table->item(row, kStatus))
            m_table->item(row, kStatus)->setForeground(QColor(0xe6, 0x7e, 0x22));
        else if (r.text(QStringLiteral("status")) == QLatin1String("refused") && m_table->item(row, kStatus))
            m_table->item(row, kStatus)->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

const CcRecord *RequestsTab::current() const
{
    return CorrectionUi::selected(m_table, m_file.requests);
}

void RequestsTab::updateButtons()
{
    const CcRecord *r = current();
    m_detail->setHtml(r ? detailHtml(*r)
                        : QStringLiteral("<p style='color:#666'>%1</p>")
                              .arg(CorrectionUi::esc(m_file.requests.isEmpty()
                                                         ? tr("No requests yet. Leave of the city or county, frequent "
                                                              "travel, visitors, restricted places and changes of "
                                                              "residence are requested here and go through the "
                                                              "office's review to the decision.")
                                                         : tr("Choose a request to see its approval chain."))));
    const bool write = canWrite();
    const QString s = m_file.status();
    const bool active = s == QLatin1String("received") || s == QLatin1String("under_correction");
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_leave, m_other, m_review, m_decide, m_return, m_followUp, m_withdraw})
        w->setVisible(write);
    m_leave->setEnabled(active);
    m_other->setEnabled(active);
    const QString why =
        active ? QString() : tr("Requests are made by a person under correction (received, not released).");
    m_leave->setToolTip(why);
    m_other->setToolTip(why);
    const QString status = r ? r->text(QStringLiteral("status")) : QString();
    const bool office = r && r->text(QStringLiteral("level")) == QLatin1String("office");
    m_review->setEnabled(r && pending(*r));
    m_decide->setEnabled(r && (status == QLatin1String("reviewed") || (office && status == QLatin1String("pending"))));
    m_decide->setToolTip(r && status == QLatin1String("pending") && !office
                             ? tr("Record the office's review first: the decision is the county's.")
                             : QString());
    m_return->setEnabled(r && r->text(QStringLiteral("kind")) == QLatin1String("leave") &&
                         status == QLatin1String("approved") && !r->date(QStringLiteral("returned_date")).isValid() &&
                         r->date(QStringLiteral("start_date")) <= Clock::today());
    m_withdraw->setEnabled(r && pending(*r));
    m_followUp->setEnabled(r && status != QLatin1String("withdrawn"));
}

void RequestsTab::newRequest(const QString &kind)
{
    RequestDialog dialog(m_db, m_session, m_file, kind, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT changed();
}

void RequestsTab::review()
{
    const CcRecord *r = current();
    if (!r)
        return;
    const QString level = r->text(QStringLiteral("level"));
    const QString intro =
        level == QLatin1String("office")
            ? tr("Within the office's entrusted limit: after the review, record the office's decision.")
            : tr("Above the office's limit: the review goes with the request to %1, whose decision is recorded when it "
                 "arrives.")
                  .arg(levelName(level));
    FormDialog f(tr("Office's review"), intro, this);
    f.addText(QStringLiteral("opinion"), tr("Opinion *:"), r->text(QStringLiteral("office_opinion")), 3);
    f.addLine(QStringLiteral("reviewer"), tr("Reviewed by *:"),
              r->text(QStringLiteral("office_reviewer")).isEmpty() ? who()
                                                                   : r->text(QStringLiteral("office_reviewer")));
    f.addDate(QStringLiteral("date"), tr("Date *:"), Clock::today());
    const QString id = r->uuid;
    f.setAction([&] {
        return CorrectionService::reviewRequest(m_db, m_session, id, f.text(QStringLiteral("opinion")),
                                                f.text(QStringLiteral("reviewer")), f.date(QStringLiteral("date")));
    });
    if (f.exec() == QDialog::Accepted)
        Q_EMIT changed();
}

void RequestsTab::decide()
{
    const CcRecord *r = current();
    if (!r)
        return;
    const bool office = r->text(QStringLiteral("level")) == QLatin1String("office");
    const bool leave = r->text(QStringLiteral("kind")) == QLatin1String("leave");
    FormDialog f(tr("Record the decision"),
                 office ? tr("The office decides within its entrusted limit (filed with the county).")
                        : tr("The decision of %1 as it arrived.").arg(levelName(r->text(QStringLiteral("level")))),
                 this);
    f.addChoice(QStringLiteral("approved"), tr("Decision *:"),
                {{QStringLiteral("1"), tr("Approved")}, {QStringLiteral("0"), tr("Refused")}}, QStringLiteral("1"));
    f.addLine(QStringLiteral("approver"), tr("Decided by *:"),
              office ? who() : levelName(r->text(QStringLiteral("level"))));
    f.addDate(QStringLiteral("date"), tr("Date *:"), Clock::today());
    f.addLine(QStringLiteral("decision_no"), leave ? tr("Decision or leave certificate no.:") : tr("Decision no.:"));
    f.addText(QStringLiteral("opinion"), tr("Opinion:"), QString(), 2);
    const QString id = r->uuid;
    f.setAction([&] {
        return CorrectionService::decideRequest(
            m_db, m_session, id, f.choice(QStringLiteral("approved")) == QLatin1String("1"),
            f.text(QStringLiteral("approver")), f.date(QStringLiteral("date")), f.text(QStringLiteral("decision_no")),
            f.text(QStringLiteral("opinion")));
    });
    if (f.exec() == QDialog::Accepted)
        Q_EMIT changed();
}

void RequestsTab::recordReturn()
{
    const CcRecord *r = current();
    if (!r)
        return;
    FormDialog f(tr("Return from leave"),
                 tr("Leave to %1, %2.").arg(r->text(QStringLiteral("destination")), daysOf(*r)), this);
    f.addDate(QStringLiteral("date"), tr("Reported back on *:"), Clock::today());
    f.addLine(QStringLiteral("staff"), tr("Received by:"), who());
    const QString id = r->uuid;
    f.setAction([&] {
        return CorrectionService::recordReturn(m_db, m_session, id, f.date(QStringLiteral("date")),
                                               f.text(QStringLiteral("staff")));
    });
    if (f.exec() == QDialog::Accepted)
        Q_EMIT changed();
}

void RequestsTab::followUp()
{
    const CcRecord *r = current();
    if (!r)
        return;
    const QString kind = r->text(QStringLiteral("kind"));
    FormDialog f(tr("Follow-up of the request"),
                 tr("%1, applied %2.")
                     .arg(CorrectionUi::codeName(QStringLiteral("correction_request"), kind),
                          CorrectionUi::date(r->date(QStringLiteral("applied_date")))),
                 this);
    QStringList keys;
    if (kind == QLatin1String("transfer")) {
        f.addDate(QStringLiteral("consulted_date"), tr("New county consulted on:"),
                  r->date(QStringLiteral("consulted_date")), true);
        f.addDate(QStringLiteral("new_reply_date"), tr("New county replied on:"),
                  r->date(QStringLiteral("new_reply_date")), true);
        f.addLine(QStringLiteral("new_opinion"), tr("New county's reply:"), r->text(QStringLiteral("new_opinion")));
        f.addDate(QStringLiteral("files_sent_date"), tr("Files sent on:"), r->date(QStringLiteral("files_sent_date")),
                  true);
        keys << QStringLiteral("consulted_date") << QStringLiteral("new_reply_date") << QStringLiteral("new_opinion")
             << QStringLiteral("files_sent_date");
    }
    if (kind == QLatin1String("leave")) {
        f.addLine(QStringLiteral("certificate_no"), tr("Leave certificate no.:"),
                  r->text(QStringLiteral("certificate_no")));
        f.addLine(QStringLiteral("companion"), tr("Accompanied by:"), r->text(QStringLiteral("companion")));
        keys << QStringLiteral("certificate_no") << QStringLiteral("companion");
    }
    f.addLine(QStringLiteral("evidence"), tr("Evidence:"), r->text(QStringLiteral("evidence")));
    f.addText(QStringLiteral("note"), tr("Note:"), r->text(QStringLiteral("note")), 2);
    keys << QStringLiteral("evidence") << QStringLiteral("note");
    const QString id = r->uuid;
    const CcRecord before = *r;
    f.setAction([&] {
        QVariantMap changes;
        for (const QString &k : std::as_const(keys)) {
            const QString value = qobject_cast<DateField *>(f.field(k)) ? CorrectionUi::date(f.date(k)) : f.text(k);
            if (value != before.text(k))
                changes.insert(k, value);
        }
        return changes.isEmpty() ? Status() : CorrectionService::updateRequest(m_db, m_session, id, changes);
    });
    if (f.exec() == QDialog::Accepted)
        Q_EMIT changed();
}

void RequestsTab::withdraw()
{
    const CcRecord *r = current();
    if (!r)
        return;
    const std::optional<QString> reason =
        MessageBox::getText(this, tr("Withdraw the request"), tr("Why is the request withdrawn?"));
    if (reason)
        done(CorrectionService::withdrawRequest(m_db, m_session, r->uuid, *reason));
}

} // namespace ui
} // namespace sifa
