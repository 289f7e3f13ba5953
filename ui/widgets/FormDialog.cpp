#include "widgets/FormDialog.h"

#include "mediation/Dispute.h"
#include "util/Time.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

FormDialog::FormDialog(const QString &title, const QString &intro, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(title);
    auto *v = new QVBoxLayout(this);
    if (!intro.isEmpty()) {
        auto *label = new QLabel(intro, this);
        label->setWordWrap(true);
        v->addWidget(label);
    }
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    v->addLayout(m_form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    v->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    v->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

template <typename W>
W *FormDialog::add(const QString &key, const QString &label, W *widget)
{
    widget->setObjectName(key);
    m_fields.insert(key, widget);
    m_form->addRow(label, widget);
    return widget;
}

DateField *FormDialog::addDate(const QString &key, const QString &label, const QDate &value, bool optional,
                               bool notInFuture)
{
    auto *w = new DateField(optional, this);
    if (notInFuture)
        w->setLatest(Clock::today());
    w->setValue(value);
    return add(key, label, w);
}

QDateTimeEdit *FormDialog::addDateTime(const QString &key, const QString &label, const QDateTime &value)
{
    auto *w = new QDateTimeEdit(value, this);
    w->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    w->setCalendarPopup(true);
    w->setMaximumDate(Clock::today());
    return add(key, label, w);
}

QLineEdit *FormDialog::addLine(const QString &key, const QString &label, const QString &value)
{
    auto *w = new QLineEdit(value, this);
    return add(key, label, w);
}

QPlainTextEdit *FormDialog::addText(const QString &key, const QString &label, const QString &value, int lines)
{
    auto *w = new QPlainTextEdit(value, this);
    w->setTabChangesFocus(true);
    w->setMinimumHeight(w->fontMetrics().lineSpacing() * lines + 12);
    return add(key, label, w);
}

QComboBox *FormDialog::addChoice(const QString &key, const QString &label, const Items &items, const QString &current)
{
    auto *w = new QComboBox(this);
    for (const auto &[id, text] : items)
        w->addItem(text, id);
    const int i = w->findData(current);
    if (i >= 0)
        w->setCurrentIndex(i);
    return add(key, label, w);
}

QCheckBox *FormDialog::addCheck(const QString &key, const QString &label, bool checked)
{
    auto *w = new QCheckBox(label, this);
    w->setChecked(checked);
    w->setObjectName(key);
    m_fields.insert(key, w);
    m_form->addRow(QString(), w);
    return w;
}

QSpinBox *FormDialog::addNumber(const QString &key, const QString &label, int value, int max)
{
    auto *w = new QSpinBox(this);
    w->setRange(0, max);
    w->setValue(value);
    return add(key, label, w);
}

QLineEdit *FormDialog::addAmount(const QString &key, const QString &label, qint64 fen)
{
    auto *w = new QLineEdit(fen ? formatYuan(fen) : QString(), this);
    w->setPlaceholderText(tr("yuan, e.g. 1500 or 1500.50"));
    return add(key, label, w);
}

void FormDialog::addWidget(const QString &label, QWidget *widget)
{
    m_form->addRow(label, widget);
}

QDate FormDialog::date(const QString &key) const
{
    auto *w = qobject_cast<DateField *>(m_fields.value(key));
    return w ? w->value() : QDate();
}

QDateTime FormDialog::dateTime(const QString &key) const
{
    auto *w = qobject_cast<QDateTimeEdit *>(m_fields.value(key));
    return w ? w->dateTime() : QDateTime();
}

QString FormDialog::text(const QString &key) const
{
    QWidget *w = m_fields.value(key);
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text().trimmed();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        return plain->toPlainText().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentData().toString();
    return QString();
}

QString FormDialog::choice(const QString &key) const
{
    return text(key);
}

bool FormDialog::checked(const QString &key) const
{
    auto *w = qobject_cast<QCheckBox *>(m_fields.value(key));
    return w && w->isChecked();
}

int FormDialog::number(const QString &key) const
{
    auto *w = qobject_cast<QSpinBox *>(m_fields.value(key));
    return w ? w->value() : 0;
}

std::optional<qint64> FormDialog::amount(const QString &key) const
{
    return parseYuan(text(key));
}

QString FormDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FormDialog::submit()
{
    if (!m_action) {
        accept();
        return;
    }
    const Status s = m_action();
    if (s.ok()) {
        m_error->hide();
        accept();
        return;
    }
    m_error->setText(s.message());
    m_error->show();
    if (QWidget *w = m_fields.value(s.error().field))
        w->setFocus();
}

}  // namespace ui
}  // namespace sifa
