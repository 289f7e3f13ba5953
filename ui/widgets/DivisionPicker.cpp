#include "widgets/DivisionPicker.h"

#include "codes/Divisions.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace sifa {
namespace ui {

DivisionPicker::DivisionPicker(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString names[4] = {tr("Province"), tr("Prefecture"), tr("County"), tr("Township")};
    for (int i = 0; i < 4; ++i) {
        m_levels[i] = new QComboBox(this);
        m_levels[i]->setAccessibleName(names[i]);
        m_levels[i]->setMinimumContentsLength(6);
        m_levels[i]->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        layout->addWidget(m_levels[i], i == 3 ? 2 : 1);
        connect(m_levels[i], &QComboBox::currentIndexChanged, this, [this, i] { onChosen(i); });
    }
    fill(0, QString());
}

void DivisionPicker::fill(int level, const QString &parentCode)
{
    m_updating = true;
    for (int i = level; i < 4; ++i) {
        m_levels[i]->clear();
        m_levels[i]->setEnabled(false);
    }
    const QList<Divisions::Entry> entries = Divisions::instance().children(parentCode);
    if (level == 0 || !entries.isEmpty()) {
        m_levels[level]->addItem(level == 0 ? tr("(not given)") : QStringLiteral("—"), QString());
        for (const Divisions::Entry &e : entries)
            m_levels[level]->addItem(e.name, e.code);
        m_levels[level]->setEnabled(true);
    }
    m_updating = false;
}

void DivisionPicker::onChosen(int level)
{
    if (m_updating)
        return;
    const QString chosen = m_levels[level]->currentData().toString();
    if (level < 3)
        fill(level + 1, chosen);
    if (chosen.isEmpty() && level < 3) {
        for (int i = level + 1; i < 4; ++i)
            m_levels[i]->setEnabled(false);
    }
    Q_EMIT codeChanged(code());
}

QString DivisionPicker::code() const
{
    for (int i = 3; i >= 0; --i) {
        const QString c = m_levels[i]->currentData().toString();
        if (!c.isEmpty())
            return c;
    }
    return QString();
}

void DivisionPicker::setCode(const QString &code)
{
    const QString c = code.size() == 12 ? code.left(9) : code;
    const QString chain[4] = {c.left(2), c.size() >= 4 ? c.left(4) : QString(), c.size() >= 6 ? c.left(6) : QString(),
                              c.size() >= 9 ? c.left(9) : QString()};
    fill(0, QString());
    for (int i = 0; i < 4; ++i) {
        if (chain[i].isEmpty())
            break;
        const int idx = m_levels[i]->findData(chain[i]);
        if (idx < 0)
            break;
        m_updating = true;
        m_levels[i]->setCurrentIndex(idx);
        m_updating = false;
        if (i < 3)
            fill(i + 1, chain[i]);
    }
    Q_EMIT codeChanged(this->code());
}

}  // namespace ui
}  // namespace sifa
