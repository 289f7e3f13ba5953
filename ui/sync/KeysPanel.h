#pragma once

#include "security/Session.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class FormDialog;

// 密钥: this office's key (id, generation, fingerprint in groups to read over the phone), its
// public key file to give to the other office, the other offices' keys this one trusts, and
// trusting a key file (after confirming its fingerprint), revoking one, rotating our own.
class KeysPanel : public QWidget {
    Q_OBJECT
public:
    KeysPanel(Database &db, const Session &session, QWidget *parent = nullptr);

    void refresh();
    // Writes the public key file; false with the reason shown on failure.
    bool savePublicKey(const QString &path);
    // The dialog that trusts the key file at `path` (its office shown, the fingerprint typed);
    // nullptr when the file is not a valid key file (the reason shown).
    std::unique_ptr<FormDialog> trustDialog(const QString &path);
    bool revokeKey(const QString &keyId, const QString &reason);
    bool rotate();

    QLabel *fingerprintLabel() const { return m_fingerprint; }
    QTableWidget *trustedTable() const { return m_trusted; }

Q_SIGNALS:
    void keysChanged();

private:
    void chooseAndSave();
    void chooseAndTrust();
    void revokeSelected();

    Database &m_db;
    Session m_session;
    QLabel *m_ownKey;
    QLabel *m_fingerprint;
    QTableWidget *m_trusted;
    QPushButton *m_revoke;
};

} // namespace ui
} // namespace sifa
