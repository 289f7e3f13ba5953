#pragma once

#include <QObject>
#include <QTimer>

namespace sifa {
namespace ui {

// Emits idle() after `minutes` without keyboard or mouse input anywhere in the application.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    void start(int minutes);
    void setIntervalMs(int ms);  // for tests
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

}  // namespace ui
}  // namespace sifa
