// The tabs that show the file's own data and steps: the person, the hand-over, the assessments.
#include "placement/PlacementTabs.h"

#include "correction/CorrectionUi.h"
#include "placement/PlacementService.h"
#include "placement/PlacementUi.h"
#include "placement/PlacementViews.h"
#include "util/Time.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

using A = PlacementActions;
using U = CorrectionUi;

namespace {

QTextBrowser *browser(QWidget *parent, const QString &name)
{
    auto *b = new QTextBrowser(parent);
    b->setObjectName(name);
    return b;
}

} // namespace

PersonTab::PersonTab(Database &db, const Session &session, QWidget *parent) : PlacementTab(db, session, parent)
{
    auto *v = new QVBoxLayout(this);
    m_view = browser(this, QStringLiteral("overview"));
    v->addWidget(m_view, 1);
    auto *h = new QHBoxLayout;
    addAction(h, A::EditFile);
    addAction(h, A::EditPerson);
    h->addStretch(1);
    v->addLayout(h);
}

void PersonTab::showFile()
{
    m_view->setHtml(PlacementViews::overviewHtml(m_db, m_file));
}

HandoverTab::HandoverTab(Database &db, const Session &session, QWidget *parent) : PlacementTab(db, session, parent)
{
    auto *v = new QVBoxLayout(this);
    m_view = browser(this, QStringLiteral("handoverView"));
    v->addWidget(m_view, 1);
    auto *h = new QHBoxLayout;
    addAction(h, A::Handover);
    addAction(h, A::WhereaboutsUnknown);
    addAction(h, A::PoliceRegistration);
    h->addStretch(1);
    v->addLayout(h);
}

void HandoverTab::showFile()
{
    m_view->setHtml(PlacementViews::handoverHtml(m_file));
}

RiskTab::RiskTab(Database &db, const Session &session, QWidget *parent) : PlacementTab(db, session, parent)
{
    auto *v = new QVBoxLayout(this);
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("reviewDue"));
    v->addWidget(m_due);
    m_table = U::recordTable(this, QStringLiteral("reviews"),
                             {tr("Assessed on"), tr("Category"), tr("Prison's rating"), tr("Factors"), tr("Reason"),
                              tr("Assessed by"), tr("Approved by")});
    v->addWidget(m_table, 1);
    auto *h = new QHBoxLayout;
    addAction(h, A::Assess);
    h->addStretch(1);
    v->addLayout(h);
}

void RiskTab::showFile()
{
    U::fill(m_table, m_file.reviews, [](const Record &r) {
        return QStringList{U::date(r.date(QStringLiteral("review_date"))),
                           U::codeName(QStringLiteral("placement_category"), r.text(QStringLiteral("category"))),
                           U::codeName(QStringLiteral("placement_risk"), r.text(QStringLiteral("risk_level"))),
                           PlacementUi::factorNames(r.text(QStringLiteral("factors"))),
                           r.text(QStringLiteral("reason")),
                           r.text(QStringLiteral("reviewer")),
                           r.text(QStringLiteral("approved_by"))};
    });
    const QDate due = PlacementService::nextReviewDue(m_file);
    QString text;
    if (!isOpen())
        text = tr("The file has ended.");
    else if (m_file.reviews.isEmpty())
        text = tr("Not assessed yet: the first assessment is due by %1.").arg(U::date(due));
    else
        text = tr("Next re-assessment due by %1.").arg(U::date(due));
    m_due->setText(text);
    m_due->setStyleSheet(isOpen() && due.isValid() && due < Clock::today() ? QStringLiteral("color: #b00020;")
                                                                            : QString());
}

} // namespace ui
} // namespace sifa
