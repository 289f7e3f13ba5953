#pragma once

#include "security/Session.h"
#include "sync/Conflicts.h"
#include "widgets/FormDialog.h"

#include <QList>
#include <QVariant>

class QButtonGroup;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// Resolving one conflict: keep one of the competing values or type another (for a deletion
// against an edit: keep the record deleted or restore it), with the reason, which is required
// and kept with the resolution.
class ResolveConflictDialog : public FormDialog {
    Q_OBJECT
public:
    ResolveConflictDialog(Database &db, const Session &session, const ConflictItem &conflict,
                          QWidget *parent = nullptr);

    // The choices in order: one per distinct competing value (or keep deleted / restore), then
    // "another value" for a field conflict.
    QList<QRadioButton *> choices() const { return m_choices; }
    void choose(int index);
    void setOtherValue(const QString &value);
    void setReason(const QString &reason);
    QVariant chosenValue() const;

private:
    Database &m_db;
    Session m_session;
    ConflictItem m_conflict;
    QButtonGroup *m_group;
    QList<QRadioButton *> m_choices;
    QList<QVariant> m_values; // per choice
    int m_otherIndex = -1;    // the "another value" choice
    QLineEdit *m_other = nullptr;
    QPlainTextEdit *m_reason;
};

} // namespace ui
} // namespace sifa
