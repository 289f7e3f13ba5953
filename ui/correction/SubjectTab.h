#pragma once

#include "correction/CcRecord.h"
#include "security/Session.h"

#include <QWidget>

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// One tab of the subject's file window: shows the file as it was last opened and says when it
// changed something, so the window reads the file again.
class SubjectTab : public QWidget {
    Q_OBJECT
public:
    SubjectTab(Database &db, const Session &session, QWidget *parent = nullptr);

    void setFile(const SubjectFile &file);
    const SubjectFile &file() const { return m_file; }

Q_SIGNALS:
    void changed();

protected:
    virtual void showFile() = 0;
    bool canWrite() const;
    // Whether the file is open (awaiting report-in, received or under correction).
    bool isOpen() const;
    // A step's outcome: a refusal is shown as a message; success says the file changed.
    bool done(const Status &status);
    QString who() const; // the signed-in user's display name
    QString uuid() const { return m_file.uuid(); }

    Database &m_db;
    Session m_session;
    SubjectFile m_file;
};

} // namespace ui
} // namespace sifa
