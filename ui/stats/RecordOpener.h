#pragma once

#include "security/Session.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// Opens the window of a record listed behind a figure: a dispute's case window, a correction
// file, a resettlement file, a prison notice or a pre-sentence assessment.
class RecordOpener {
    Q_DECLARE_TR_FUNCTIONS(RecordOpener)
public:
    static bool canOpen(const QString &entity);
    // Shows the record's window (modal); false when it cannot be opened (the reason shown).
    // `changed` tells whether the record was changed there.
    static bool open(Database &db, const Session &session, const QString &entity, const QString &uuid,
                     QWidget *parent, bool *changed = nullptr);
};

}  // namespace ui
}  // namespace sifa
