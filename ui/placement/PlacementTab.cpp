#include "placement/PlacementTab.h"

#include "placement/PlacementUi.h"
#include "placement/RecordDialogs.h"
#include "placement/RecordSection.h"
#include "widgets/MessageBox.h"

#include <QBoxLayout>
#include <QPushButton>

namespace sifa {
namespace ui {

PlacementTab::PlacementTab(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{}

void PlacementTab::setFile(const PlacementFile &file)
{
    m_file = file;
    showFile();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const QString why = PlacementActions::whyNot(it.key(), m_file, m_session);
        it.value()->setEnabled(why.isEmpty());
        it.value()->setToolTip(why);
        it.value()->setVisible(canWrite());
    }
}

bool PlacementTab::canWrite() const
{
    return m_session.can(Permission::PlacementWrite);
}

bool PlacementTab::done(const Status &status)
{
    if (!status.ok()) {
        MessageBox::warning(this, PlacementUi::title(), status.message());
        return false;
    }
    Q_EMIT changed();
    return true;
}

QPushButton *PlacementTab::addAction(QBoxLayout *layout, PlacementActions::Action action)
{
    auto *b = new QPushButton(PlacementActions::title(action), this);
    b->setObjectName(PlacementActions::objectName(action));
    layout->addWidget(b);
    m_actions.insert(action, b);
    connect(b, &QPushButton::clicked, this, [this, action] {
        const QString why = PlacementActions::whyNot(action, m_file, m_session);
        if (!why.isEmpty()) {
            MessageBox::information(this, PlacementUi::title(), why);
            return;
        }
        if (PlacementActions::run(this, m_db, m_session, m_file, action))
            Q_EMIT changed();
    });
    return b;
}

RecordSection *PlacementTab::section(const QString &entity, const QString &name, const QString &title,
                                     const QStringList &headers,
                                     const std::function<QStringList(const Record &)> &cells)
{
    auto *s = new RecordSection(
        m_db, m_session, entity, name, title, headers, cells,
        [this, entity](const Record &r) { return RecordDialogs::edit(this, m_db, m_session, m_file, entity, r); },
        this);
    connect(s, &RecordSection::changed, this, &PlacementTab::changed);
    return s;
}

} // namespace ui
} // namespace sifa
