#include "correction/TagPicker.h"

#include "codes/CodeTables.h"
#include "correction/CorrectionUi.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

TagPicker::TagPicker(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("tagSummary"));
    m_summary->setWordWrap(true);
    auto *button = new QPushButton(tr("Choose…"), this);
    button->setObjectName(QStringLiteral("chooseTags"));
    h->addWidget(m_summary, 1);
    h->addWidget(button);
    connect(button, &QPushButton::clicked, this, &TagPicker::choose);
    showCodes();
}

void TagPicker::setCodes(const QString &codes)
{
    m_codes.clear();
    for (const QString &c : codes.split(QLatin1Char(','), Qt::SkipEmptyParts))
        m_codes << c.trimmed();
    showCodes();
}

void TagPicker::showCodes()
{
    const QString names = CorrectionUi::tagNames(codes());
    m_summary->setText(names.isEmpty() ? tr("(none)") : names);
}

void TagPicker::choose()
{
    const CodeTable *table = CodeTables::instance().table(QStringLiteral("correction_tag"));
    if (!table)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Attention tags"));
    auto *v = new QVBoxLayout(&dialog);
    auto *grid = new QGridLayout;
    v->addLayout(grid);
    // One box per set: the part of the code before the dot; the set's name is the part of the
    // first tag's name before the colon.
    QMap<QString, QGroupBox *> boxes;
    QStringList order;
    QList<QPair<QString, QCheckBox *>> checks;
    for (const CodeItem &item : table->items) {
        const QString set = item.code.section(QLatin1Char('.'), 0, 0);
        const QString name = table->displayName(item.code);
        const qsizetype colon = name.indexOf(QRegularExpression(QStringLiteral("[:：]")));
        if (!boxes.contains(set)) {
            auto *box = new QGroupBox(colon > 0 ? name.left(colon) : set, &dialog);
            new QVBoxLayout(box);
            boxes.insert(set, box);
            order << set;
        }
        auto *check = new QCheckBox(colon > 0 ? name.mid(colon + 1).trimmed() : name, boxes.value(set));
        check->setObjectName(item.code);
        check->setChecked(m_codes.contains(item.code));
        boxes.value(set)->layout()->addWidget(check);
        checks << qMakePair(item.code, check);
    }
    for (int i = 0; i < order.size(); ++i)
        grid->addWidget(boxes.value(order.at(i)), i / 3, i % 3, Qt::AlignTop);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_codes.clear();
    for (const auto &[code, check] : checks) {
        if (check->isChecked())
            m_codes << code;
    }
    showCodes();
}

} // namespace ui
} // namespace sifa
