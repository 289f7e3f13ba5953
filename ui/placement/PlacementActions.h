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

// The steps of a resettlement file (domain README §4.2–4.5) and the corrections of its data:
// each asks for what it needs in a small form and runs it through PlacementService, whose
// refusal stays in the form.
class PlacementActions {
    Q_DECLARE_TR_FUNCTIONS(PlacementActions)
public:
    enum Action {
        Handover,           // 衔接
        WhereaboutsUnknown, // 下落不明
        PoliceRegistration, // 落户登记
        Assess,             // 危险性评估
        End,                // 解除帮教
        Reopen,             // 重新开启
        EditFile,           // 修改档案信息
        EditPerson,         // 修改个人信息
    };

    static QString title(Action action);
    static QString objectName(Action action);  // action<Name>, for tests
    // Why the step is not possible now (empty when it is): for a disabled button's tooltip.
    static QString whyNot(Action action, const PlacementFile &file, const Session &session);
    // Runs the step; returns whether the file changed.
    static bool run(QWidget *parent, Database &db, const Session &session, const PlacementFile &file, Action action);
};

} // namespace ui
} // namespace sifa
