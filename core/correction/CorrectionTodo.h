#pragma once

#include "security/Access.h"
#include "todo/Todo.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace sifa {

class Database;

// The deadlines of 社区矫正 for the 待办 view (domain README §3.2), every date from the rules
// engine: report-in, assessments due, the month's reports and visits by grade, leave return
// dates, health reports and medical re-examinations, monitoring expiry, the steps of a change of
// residence, the end of correction (release steps from 30 days before), key-period daily
// reports, missing persons and decisions awaited. Sealed files and (without CorrectionMinors)
// minors' files are left out; a user without CorrectionRead sees none of them.
class CorrectionTodo {
    Q_DECLARE_TR_FUNCTIONS(CorrectionTodo)
public:
    static Result<QList<TodoItem>> items(Database &db, const Access &access, const QDate &today);
};

}  // namespace sifa
