#pragma once

#include "mediation/Attachments.h"
#include "security/Session.h"

#include <QWidget>

class QTableWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// The attachments of a case: scans, photos, signed agreements. Each is shown with its size
// and SHA-256; viewing checks the hash, and every opening and export is audited.
class AttachmentsPanel : public QWidget {
    Q_OBJECT
public:
    AttachmentsPanel(Database &db, const Session &session, QWidget *parent = nullptr);
    void setOwner(const QString &entity, const QString &uuid);
    QTableWidget *table() const { return m_table; }
    // Adds a file without the file dialog (also used by the dialog path).
    Status addFile(const QString &path, const QString &kind, const QString &note);

public Q_SLOTS:
    void addDialog();
    void viewSelected();
    void exportSelected();
    void removeSelected();

Q_SIGNALS:
    void changed();

private:
    void reload();
    const Attachment *selected() const;

    Database &m_db;
    Session m_session;
    QString m_entity;
    QString m_uuid;
    QList<Attachment> m_items;
    QTableWidget *m_table;
};

}  // namespace ui
}  // namespace sifa
