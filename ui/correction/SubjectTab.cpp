#include "correction/SubjectTab.h"

#include "widgets/MessageBox.h"

namespace sifa {
namespace ui {

SubjectTab::SubjectTab(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{}

void SubjectTab::setFile(const SubjectFile &file)
{
    m_file = file;
    showFile();
}

bool SubjectTab::canWrite() const
{
    return m_session.can(Permission::CorrectionWrite);
}

bool SubjectTab::isOpen() const
{
    const QString s = m_file.status();
    return s == QLatin1String("awaiting_report") || s == QLatin1String("received") ||
           s == QLatin1String("under_correction");
}

bool SubjectTab::done(const Status &status)
{
    if (!status.ok()) {
        MessageBox::warning(this, tr("Community correction"), status.message());
        return false;
    }
    Q_EMIT changed();
    return true;
}

QString SubjectTab::who() const
{
    return m_session.displayName.isEmpty() ? m_session.username : m_session.displayName;
}

} // namespace ui
} // namespace sifa
