// The tabs of a file's records: the group and agreements, visits, placement and assistance, moves
// and the end.
#include "correction/CorrectionUi.h"
#include "placement/PlacementService.h"
#include "placement/PlacementTabs.h"
#include "placement/PlacementUi.h"
#include "placement/PlacementViews.h"
#include "placement/RecordDialogs.h"
#include "placement/RecordSection.h"
#include "util/Time.h"

#include <QHBoxLayout>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

using A = PlacementActions;
using U = CorrectionUi;

namespace {

QString t(const Record &r, const char *field)
{
    return r.text(QString::fromLatin1(field));
}

QString d(const Record &r, const char *field)
{
    return U::date(r.date(QString::fromLatin1(field)));
}

QString c(const char *table, const Record &r, const char *field)
{
    return U::codeName(QString::fromLatin1(table), t(r, field));
}

} // namespace

GroupTab::GroupTab(Database &db, const Session &session, QWidget *parent) : PlacementTab(db, session, parent)
{
    auto *v = new QVBoxLayout(this);
    m_members = section(QStringLiteral("rp_member"), QStringLiteral("members"), tr("Assistance group"),
                        (QStringList{tr("No."), tr("Name"), tr("Taking part as"), tr("Unit"), tr("Relation"),
                                     tr("Phone"), tr("Duty")}),
                        [](const Record &r) {
                            return QStringList{t(r, "seq"), t(r, "name"), c("placement_member_role", r, "role"),
                                               t(r, "unit"), t(r, "relation"), t(r, "phone"), t(r, "duty")};
                        });
    m_agreements = section(QStringLiteral("rp_agreement"), QStringLiteral("agreements"), tr("Assistance agreements"),
                           (QStringList{tr("Signed on"), tr("Parties"), tr("Village or community"),
                                        tr("For the family"), tr("Valid until"), tr("Obligations")}),
                           [](const Record &r) {
                               return QStringList{d(r, "signed_date"), t(r, "parties"), t(r, "village"),
                                                  t(r, "family_signatory"), d(r, "valid_until"), t(r, "obligations")};
                           });
    v->addWidget(m_members, 1);
    v->addWidget(m_agreements, 1);
}

void GroupTab::showFile()
{
    const bool writable = canWrite() && isOpen();
    m_members->setRecords(m_file.members, writable);
    m_agreements->setRecords(m_file.agreements, writable);
}

VisitsTab::VisitsTab(Database &db, const Session &session, QWidget *parent) : PlacementTab(db, session, parent)
{
    auto *v = new QVBoxLayout(this);
    m_visits = section(QStringLiteral("rp_visit"), QStringLiteral("visits"), tr("Visits and talks"),
                       (QStringList{tr("Date"), tr("Kind"), tr("Conduct"), tr("Place"), tr("Taking part"),
                                    tr("Staff"), tr("Signed"), tr("What was talked about")}),
                       [](const Record &r) {
                           return QStringList{d(r, "visit_date"),
                                              c("placement_visit", r, "kind"),
                                              c("placement_rating", r, "rating"),
                                              t(r, "place"),
                                              t(r, "participants"),
                                              t(r, "staff"),
                                              r.flag(QStringLiteral("signed")) ? tr("yes") : QString(),
                                              t(r, "content")};
                       });
    v->addWidget(m_visits, 1);
}

void VisitsTab::showFile()
{
    m_visits->setRecords(m_file.visits, canWrite() && isOpen());
    if (!isOpen()) {
        m_visits->setNote(QString());
        return;
    }
    const QDate due = PlacementService::nextVisitDue(m_file);
    m_visits->setNote(
        (m_file.keyPerson() ? tr("A key person is visited every month.") : tr("Visited every quarter.")) +
        QLatin1Char(' ') +
        (due < Clock::today() ? tr("The next visit was due on %1.") : tr("Next visit due by %1.")).arg(U::date(due)));
}

AssistTab::AssistTab(Database &db, const Session &session, QWidget *parent) : PlacementTab(db, session, parent)
{
    auto *v = new QVBoxLayout(this);
    m_placements = section(QStringLiteral("rp_placement"), QStringLiteral("placements"), tr("Placement"),
                           (QStringList{tr("From"), tr("How"), tr("Employer"), tr("Work"), tr("Social insurance"),
                                        tr("Relief"), tr("Ended"), tr("Note")}),
                           [](const Record &r) {
                               return QStringList{d(r, "placed_date"),
                                                  c("placement_mode", r, "mode"),
                                                  t(r, "employer"),
                                                  t(r, "position"),
                                                  r.flag(QStringLiteral("social_insurance")) ? tr("yes") : QString(),
                                                  r.flag(QStringLiteral("relief_policy")) ? tr("yes") : QString(),
                                                  d(r, "ended_date"),
                                                  t(r, "note")};
                           });
    m_assistance = section(QStringLiteral("rp_assistance"), QStringLiteral("assistance"), tr("Social assistance"),
                           (QStringList{tr("Granted on"), tr("Kind"), tr("Amount (yuan)"), tr("Granted by"),
                                        tr("Until"), tr("Note")}),
                           [](const Record &r) {
                               return QStringList{d(r, "granted_date"), c("placement_assistance", r, "kind"),
                                                  PlacementUi::yuan(r.fields.value(QStringLiteral("amount_fen")).toLongLong()),
                                                  t(r, "provider"), d(r, "until_date"), t(r, "note")};
                           });
    v->addWidget(m_placements, 1);
    v->addWidget(m_assistance, 1);
}

void AssistTab::showFile()
{
    const bool writable = canWrite() && isOpen();
    m_placements->setRecords(m_file.placements, writable);
    m_assistance->setRecords(m_file.assistance, writable);
    m_assistance->setNote(m_file.sanwu() && m_file.assistance.isEmpty()
                              ? tr("No home, no job, no family to rely on (三无): help with subsistence is expected.")
                              : QString());
}

EndTab::EndTab(Database &db, const Session &session, QWidget *parent) : PlacementTab(db, session, parent)
{
    auto *v = new QVBoxLayout(this);
    m_moves = section(QStringLiteral("rp_move"), QStringLiteral("moves"), tr("Moves and returns to prison"),
                      (QStringList{tr("On"), tr("Kind"), tr("To"), tr("The other office"), tr("Note")}),
                      [](const Record &r) {
                          return QStringList{d(r, "move_date"), c("placement_move", r, "kind"), t(r, "destination"),
                                             t(r, "other_office"), t(r, "note")};
                      });
    v->addWidget(m_moves, 1);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("endView"));
    v->addWidget(m_view, 1);
    auto *h = new QHBoxLayout;
    addAction(h, A::End);
    addAction(h, A::Reopen);
    h->addStretch(1);
    v->addLayout(h);
}

void EndTab::showFile()
{
    m_moves->setRecords(m_file.moves, canWrite() && isOpen());
    m_view->setHtml(PlacementViews::endHtml(m_file, Clock::today()));
}

} // namespace ui
} // namespace sifa
