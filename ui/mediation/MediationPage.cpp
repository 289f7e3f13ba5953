#include "mediation/MediationPage.h"

#include "mediation/CommitteesPage.h"
#include "mediation/LedgerPage.h"
#include "mediation/ScreeningPage.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

MediationPage::MediationPage(Database &db, const Session &session, QWidget *parent) : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    v->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("People's mediation")), this));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mediationTabs"));
    m_ledger = new LedgerPage(db, session, this);
    m_screening = new ScreeningPage(db, session, this);
    m_committees = new CommitteesPage(db, session, this);
    m_tabs->addTab(m_ledger, tr("Mediation ledger"));
    m_tabs->addTab(m_screening, tr("Screening log"));
    m_tabs->addTab(m_committees, tr("Committees and mediators"));
    v->addWidget(m_tabs, 1);
    connect(m_ledger, &LedgerPage::casesChanged, this, &MediationPage::changed);
    connect(m_screening, &ScreeningPage::changed, this, &MediationPage::changed);
    connect(m_committees, &CommitteesPage::changed, this, [this] {
        m_ledger->reloadChoices();
        Q_EMIT changed();
    });
}

void MediationPage::showScreening(const QString &period)
{
    m_tabs->setCurrentWidget(m_screening);
    m_screening->showMonth(period);
}

}  // namespace ui
}  // namespace sifa
