#pragma once

#include "mediation/Dispute.h"
#include "mediation/DisputeWorkflow.h"
#include "security/Session.h"

class QWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// One step of a case (accept, record a session, terminate, archive …): asks for what the
// step needs in a small form and runs it through DisputeService. Returns whether the case
// changed. `recordUuid` names the record for editing a record.
bool runCaseAction(QWidget *parent, Database &db, const Session &session, const DisputeFile &file,
                   DisputeWorkflow::Action action);

// Editing or removing an investigation or session record.
bool editRecord(QWidget *parent, Database &db, const Session &session, const DisputeFile &file, const DisputeRecord &record);
bool removeRecord(QWidget *parent, Database &db, const Session &session, const DisputeRecord &record);

}  // namespace ui
}  // namespace sifa
