#pragma once

#include "placement/PlacementActions.h"
#include "placement/PlacementFile.h"
#include "security/Session.h"

#include <QMap>
#include <QWidget>

#include <functional>

class QBoxLayout;
class QPushButton;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class RecordSection;

// One tab of the resettlement file window: shows the file as the window last read it and says
// when it changed something, so the window reads the file again (without a new audit entry).
class PlacementTab : public QWidget {
    Q_OBJECT
public:
    PlacementTab(Database &db, const Session &session, QWidget *parent = nullptr);

    void setFile(const PlacementFile &file);
    const PlacementFile &file() const { return m_file; }
    // The button of a step on this tab, if it has one (for tests).
    QPushButton *actionButton(PlacementActions::Action action) const { return m_actions.value(action); }

Q_SIGNALS:
    void changed();

protected:
    virtual void showFile() = 0;
    bool canWrite() const;
    bool isOpen() const { return m_file.isOpen(); }
    // A step's outcome: a refusal is shown as a message; success says the file changed.
    bool done(const Status &status);
    QString uuid() const { return m_file.uuid(); }
    // A button running a step of the file, enabled only when the step is allowed (with the
    // reason in its tooltip when it is not).
    QPushButton *addAction(QBoxLayout *layout, PlacementActions::Action action);
    // A box of the file's records of `entity` (RecordDialogs' form for adding and changing);
    // its changes are the tab's.
    RecordSection *section(const QString &entity, const QString &name, const QString &title,
                           const QStringList &headers, const std::function<QStringList(const Record &)> &cells);

    Database &m_db;
    Session m_session;
    PlacementFile m_file;

private:
    QMap<PlacementActions::Action, QPushButton *> m_actions;
};

} // namespace ui
} // namespace sifa
