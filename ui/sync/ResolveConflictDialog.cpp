#include "sync/ResolveConflictDialog.h"

#include "sync/SyncLabels.h"

#include <QButtonGroup>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

ResolveConflictDialog::ResolveConflictDialog(Database &db, const Session &session, const ConflictItem &conflict,
                                             QWidget *parent)
    : FormDialog(tr("Resolve the conflict"),
                 conflict.kind == QLatin1String("delete_edit")
                     ? tr("One office deleted this %1 while another changed it. Nothing is lost until you decide; "
                          "your decision goes to every office in the next bundles.")
                           .arg(SyncLabels::entity(conflict.entity))
                     : tr("Offices set the field “%1” of this %2 to different values at the same time. Choose the "
                          "value to keep; your decision goes to every office in the next bundles.")
                           .arg(conflict.field, SyncLabels::entity(conflict.entity)),
                 parent),
      m_db(db), m_session(session), m_conflict(conflict), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("resolveConflict"));
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    const auto addChoice = [this, v, box](const QString &text, const QVariant &value, bool checked) {
        auto *r = new QRadioButton(text, box);
        r->setObjectName(QStringLiteral("choice%1").arg(m_choices.size()));
        r->setChecked(checked);
        m_group->addButton(r, static_cast<int>(m_choices.size()));
        m_choices << r;
        m_values << value;
        v->addWidget(r);
        return r;
    };
    if (conflict.kind == QLatin1String("delete_edit")) {
        addChoice(tr("Keep the record deleted"), 1, false);
        addChoice(tr("Restore the record, with the change made meanwhile"), 0, true);
    } else {
        QList<QVariant> seen;
        for (const ConflictCompetitor &c : conflict.competitors) {
            if (seen.contains(c.value))
                continue;
            seen << c.value;
            const QString who = c.actor.isEmpty() ? c.officeCode : tr("%1, %2").arg(c.actor, c.officeCode);
            QString text = tr("“%1” (%2, %3)").arg(SyncLabels::value(c.value), who, SyncLabels::when(c.wallTime));
            if (c.winner)
                text += QLatin1Char(' ') + tr("— provisional winner");
            addChoice(text, c.value, c.winner);
        }
        m_otherIndex = static_cast<int>(m_choices.size());
        QRadioButton *other = addChoice(tr("Another value:"), QVariant(), false);
        m_other = new QLineEdit(box);
        m_other->setObjectName(QStringLiteral("otherValue"));
        m_other->setEnabled(false);
        v->addWidget(m_other);
        connect(other, &QRadioButton::toggled, m_other, &QLineEdit::setEnabled);
        connect(m_other, &QLineEdit::textEdited, other, [other] { other->setChecked(true); });
    }
    if (!m_group->checkedButton() && !m_choices.isEmpty())
        m_choices.first()->setChecked(true);
    addWidget(tr("Keep"), box);
    m_reason = addText(QStringLiteral("reason"), tr("Reason"), QString(), 3);
    m_reason->setPlaceholderText(tr("Why this value (e.g. checked with the township by phone)"));
    setAction([this] {
        if (m_reason->toPlainText().trimmed().isEmpty())
            return Status::failure(ErrorCode::InvalidInput, tr("Give the reason for the decision."),
                                   QStringLiteral("reason"));
        const QVariant value = chosenValue();
        if (!value.isValid())
            return Status::failure(ErrorCode::InvalidInput, tr("Type the value to keep."));
        return Conflicts::resolve(m_db, m_session, m_conflict.id, value, m_reason->toPlainText().trimmed());
    });
    resize(560, sizeHint().height());
}

void ResolveConflictDialog::choose(int index)
{
    if (index >= 0 && index < m_choices.size())
        m_choices.at(index)->setChecked(true);
}

void ResolveConflictDialog::setOtherValue(const QString &value)
{
    if (!m_other)
        return;
    m_choices.last()->setChecked(true);
    m_other->setText(value);
}

void ResolveConflictDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

QVariant ResolveConflictDialog::chosenValue() const
{
    const int id = m_group->checkedId();
    if (id < 0)
        return QVariant();
    if (id == m_otherIndex) {
        const QString typed = m_other->text().trimmed();
        return typed.isEmpty() ? QVariant() : QVariant(typed);
    }
    const QVariant v = m_values.value(id);
    return v.isValid() ? v : QVariant(QString()); // a competitor that cleared the field
}

} // namespace ui
} // namespace sifa
