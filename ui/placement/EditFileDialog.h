#pragma once

#include "placement/PlacementFile.h"
#include "security/Session.h"

#include <QDialog>

class QLabel;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class FileFields;

// Correcting a file's data (PlacementService::update): only what the officer changed goes into
// the change log; a refusal is shown in the dialog.
class EditFileDialog : public QDialog {
    Q_OBJECT
public:
    EditFileDialog(Database &db, const Session &session, const PlacementFile &file, QWidget *parent = nullptr);

    FileFields *fields() const { return m_fields; }
    QString errorText() const;

public Q_SLOTS:
    void save();

private:
    Database &m_db;
    Session m_session;
    QString m_uuid;
    FileFields *m_fields;
    QLabel *m_error;
};

} // namespace ui
} // namespace sifa
