#pragma once

#include "placement/PlacementFile.h"
#include "security/Session.h"

#include <QCoreApplication>

class QWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// The forms for a file's records (rp_member, rp_agreement, rp_visit, rp_placement,
// rp_assistance, rp_move): a new record when `record` has no uuid, else a change, saved through
// PlacementService::saveRecord (a refusal stays in the form). Fields are keyed by their names in
// PlacementEntities; amounts are typed in yuan and kept in fen. Returns whether it saved.
class RecordDialogs {
    Q_DECLARE_TR_FUNCTIONS(RecordDialogs)
public:
    static bool edit(QWidget *parent, Database &db, const Session &session, const PlacementFile &file,
                     const QString &entity, const Record &record);
};

} // namespace ui
} // namespace sifa
