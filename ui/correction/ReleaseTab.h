#pragma once

#include "correction/SubjectActions.h"
#include "correction/SubjectTab.h"

#include <QMap>

class QPushButton;
class QTextBrowser;

namespace sifa {
namespace ui {

// 解矫: the end of the period and the release preparation, the appraisal; release, termination,
// transfer out and the audited reopening.
class ReleaseTab : public SubjectTab {
    Q_OBJECT
public:
    ReleaseTab(Database &db, const Session &session, QWidget *parent = nullptr);

    QPushButton *button(SubjectActions::Action action) const { return m_buttons.value(action); }

protected:
    void showFile() override;

private:
    QTextBrowser *m_view;
    QMap<SubjectActions::Action, QPushButton *> m_buttons;
};

} // namespace ui
} // namespace sifa
