#include "stats/RecordOpener.h"

#include "correction/AssessmentsDialog.h"
#include "correction/SubjectWindow.h"
#include "mediation/CaseWindow.h"
#include "placement/NoticesDialog.h"
#include "placement/PlacementWindow.h"
#include "widgets/MessageBox.h"

namespace sifa {
namespace ui {

namespace {

// A record window's outcome: shown (and whether it changed something) or why not.
template <typename W> bool showWindow(W &window, QWidget *parent, bool *changed)
{
    if (!window.loaded()) {
        MessageBox::warning(parent, RecordOpener::tr("Open a record"), window.loadError());
        return false;
    }
    window.exec();
    if (changed)
        *changed = window.changed();
    return true;
}

}  // namespace

bool RecordOpener::canOpen(const QString &entity)
{
    static const QStringList entities{QStringLiteral("dispute"), QStringLiteral("cc_subject"), QStringLiteral("rp_subject"),
                                      QStringLiteral("rp_notice"), QStringLiteral("cc_assessment")};
    return entities.contains(entity);
}

bool RecordOpener::open(Database &db, const Session &session, const QString &entity, const QString &uuid,
                        QWidget *parent, bool *changed)
{
    if (changed)
        *changed = false;
    if (uuid.isEmpty() || !canOpen(entity))
        return false;
    if (entity == QLatin1String("dispute")) {
        CaseWindow window(db, session, uuid, parent);
        return showWindow(window, parent, changed);
    }
    if (entity == QLatin1String("cc_subject")) {
        SubjectWindow window(db, session, uuid, QString(), parent);
        return showWindow(window, parent, changed);
    }
    if (entity == QLatin1String("rp_subject")) {
        PlacementWindow window(db, session, uuid, parent);
        return showWindow(window, parent, changed);
    }
    if (entity == QLatin1String("rp_notice")) {
        NoticesDialog dialog(db, session, parent);
        dialog.select(uuid);
        dialog.exec();
        if (changed)
            *changed = dialog.changed();
        return true;
    }
    AssessmentsDialog dialog(db, session, parent);
    dialog.select(uuid);
    dialog.exec();
    if (changed)
        *changed = dialog.changed();
    return true;
}

}  // namespace ui
}  // namespace sifa
