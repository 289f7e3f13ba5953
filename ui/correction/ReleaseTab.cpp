#include "correction/ReleaseTab.h"

#include "correction/SubjectViews.h"
#include "util/Time.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

ReleaseTab::ReleaseTab(Database &db, const Session &session, QWidget *parent) : SubjectTab(db, session, parent)
{
    auto *v = new QVBoxLayout(this);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("endView"));
    v->addWidget(m_view, 1);
    auto *h = new QHBoxLayout;
    using A = SubjectActions;
    for (A::Action a : {A::Release, A::Terminate, A::TransferOut, A::Reoffence, A::Reopen}) {
        auto *b = new QPushButton(A::title(a), this);
        b->setObjectName(QStringLiteral("end%1").arg(static_cast<int>(a)));
        connect(b, &QPushButton::clicked, this, [this, a] {
            if (SubjectActions::run(this, m_db, m_session, m_file, a))
                Q_EMIT changed();
        });
        m_buttons.insert(a, b);
        h->addWidget(b);
    }
    h->addStretch(1);
    v->addLayout(h);
}

void ReleaseTab::showFile()
{
    m_view->setHtml(SubjectViews::endHtml(m_file, Clock::today()));
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const QString why = SubjectActions::whyNot(it.key(), m_file, m_session);
        // Reopening and a new offence are offered only where they apply.
        const bool optional = it.key() == SubjectActions::Reopen || it.key() == SubjectActions::Reoffence;
        it.value()->setVisible(canWrite() && (!optional || why.isEmpty()));
        it.value()->setEnabled(why.isEmpty());
        it.value()->setToolTip(why);
    }
}

} // namespace ui
} // namespace sifa
