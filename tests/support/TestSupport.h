#pragma once

#include "security/Session.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace sifa::test {

inline const QString kPassword = QStringLiteral("Correct-Horse-7");

// A fresh office database in a temporary folder, with an administrator "admin" and one
// user per role named after the role (head, mediator, ...), all with kPassword.
struct TestOffice {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;

    explicit TestOffice(bool withRoleUsers = true);
    Session signIn(const QString &user);
    void reopen();
};

// Path of a committed test data file (tests/data).
QString dataFile(const QString &name);

// A valid resident ID number for the given county, birth date and sex.
QString makeId(const QString &county, const QDate &birth, bool male, int seq = 12);

}  // namespace sifa::test
