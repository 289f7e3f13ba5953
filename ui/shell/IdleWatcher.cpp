#include "shell/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace sifa {
namespace ui {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
}

void IdleWatcher::start(int minutes)
{
    setIntervalMs(minutes * 60 * 1000);
}

void IdleWatcher::setIntervalMs(int ms)
{
    m_timer.setInterval(ms);
    qApp->installEventFilter(this);
    m_timer.start();
}

void IdleWatcher::stop()
{
    m_timer.stop();
    qApp->removeEventFilter(this);
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace ui
}  // namespace sifa
