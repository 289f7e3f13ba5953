#pragma once

#include "security/Session.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QWidget;

namespace sifa {
class Database;
class UnlockedKeys;
} // namespace sifa

namespace sifa {
namespace ui {

// Opens the office's keys for one sensitive operation (exporting, importing, rotating): the
// signed-in user types their password again. Nothing is cached: the keys are wiped when the
// returned object goes, and the password is dropped at once.
class PasswordPrompt {
    Q_DECLARE_TR_FUNCTIONS(PasswordPrompt)
public:
    // nullptr when cancelled or refused (the reason already shown to the user).
    static std::unique_ptr<UnlockedKeys> unlock(QWidget *parent, Database &db, const Session &session,
                                                const QString &purpose);
    // For tests: the next prompts answer with these passwords, in order (nullopt: cancelled).
    static void setNextPassword(const std::optional<QString> &password);

private:
    static std::optional<QString> ask(QWidget *parent, const Session &session, const QString &purpose,
                                      const QString &error);
};

} // namespace ui
} // namespace sifa
