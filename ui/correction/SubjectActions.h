#pragma once

#include "correction/CcRecord.h"
#include "security/Session.h"

#include <QCoreApplication>

class QWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// The steps of a correction file (domain README §3.6) and the corrections of its data: each
// asks for what it needs in a small form and runs it through CorrectionService, whose refusal
// stays in the form.
class SubjectActions {
    Q_DECLARE_TR_FUNCTIONS(SubjectActions)
public:
    enum Action {
        Receive,           // 接收报到
        Announce,          // 入矫宣告
        ChangeGrade,       // 调整管理等级
        Release,           // 解除矫正
        Terminate,         // 终止矫正
        TransferOut,       // 迁出
        RevocationRefused, // 撤销建议未获准
        Reopen,            // 重新开启
        Seal,              // 封存
        Unseal,            // 解除封存
        EditFile,          // 修改判决与矫正信息
        EditPerson,        // 修改个人信息
        EditPlan,          // 矫正方案
        EditReception,     // 接收登记的核对与告知
        Reoffence,         // 核实重新违法犯罪
    };

    static QString title(Action action);
    // Why the step is not possible now (empty when it is): for a disabled button's tooltip.
    static QString whyNot(Action action, const SubjectFile &file, const Session &session);
    // Runs the step; returns whether the file changed.
    static bool run(QWidget *parent, Database &db, const Session &session, const SubjectFile &file, Action action);
};

} // namespace ui
} // namespace sifa
