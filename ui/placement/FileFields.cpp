#include "placement/FileFields.h"

#include "correction/CorrectionUi.h"
#include "placement/PlacementService.h"
#include "util/Time.h"
#include "widgets/CodeComboBox.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

QFormLayout *box(QWidget *parent, QHBoxLayout *row, const QString &title)
{
    auto *b = new QGroupBox(title, parent);
    auto *outer = new QVBoxLayout(b);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    outer->addLayout(form);
    outer->addStretch(1);
    row->addWidget(b, 1);
    return form;
}

} // namespace

FileFields::FileFields(const Session &session, QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    QFormLayout *release = box(this, row, tr("The release"));
    addCode(release, QStringLiteral("source_type"), tr("Source *:"), QStringLiteral("placement_source"), false);
    addDate(release, QStringLiteral("release_date"), tr("Released on *:"), true);
    addDate(release, QStringLiteral("assist_end_date"), tr("Assistance ends:"), false);
    addLine(release, QStringLiteral("releasing_org"), tr("Released by (prison):"));
    addLine(release, QStringLiteral("release_cert_no"), tr("Release certificate no.:"));
    addLine(release, QStringLiteral("notice_no"), tr("Prison notice no.:"));
    addCheck(release, QStringLiteral("early_release"), tr("Released early (commutation or parole)"));
    addLine(release, QStringLiteral("early_release_reason"), tr("Why early:"));
    addLine(release, QStringLiteral("subject_no"), tr("File number:"));
    addLine(release, QStringLiteral("officer"), tr("Officer in charge:"));
    qobject_cast<QLineEdit *>(m_fields.value(QStringLiteral("officer")))
        ->setPlaceholderText(tr("left empty: you (%1)")
                                 .arg(session.displayName.isEmpty() ? session.username : session.displayName));

    QFormLayout *offence = box(this, row, tr("The offence"));
    addLine(offence, QStringLiteral("charge"), tr("Charge:"));
    addLine(offence, QStringLiteral("crime_type"), tr("Type of crime:"));
    addChoice(offence, QStringLiteral("original_sentence"), tr("Original sentence:"),
              {tr("Fixed-term imprisonment"), tr("Criminal detention"), tr("Public surveillance"),
               tr("Life imprisonment"), tr("Death with reprieve")});
    addLine(offence, QStringLiteral("original_term"), tr("Term:"));
    addChoice(offence, QStringLiteral("additional_penalty"), tr("Additional penalty:"),
              {tr("None"), tr("Fine"), tr("Deprivation of political rights"), tr("Confiscation of property")});
    addLine(offence, QStringLiteral("prior_convictions"), tr("Prior convictions:"));
    addCheck(offence, QStringLiteral("is_recidivist"), tr("Recidivist"));
    addLine(offence, QStringLiteral("drug_history"), tr("Drug history:"));
    addLine(offence, QStringLiteral("reform_performance"), tr("Conduct in prison:"));
    addLine(offence, QStringLiteral("guilt_attitude"), tr("Attitude to the crime:"));

    QFormLayout *now = box(this, row, tr("The person now"));
    addLine(now, QStringLiteral("skills"), tr("Skills:"));
    addLine(now, QStringLiteral("training"), tr("Training in prison:"));
    addLine(now, QStringLiteral("certificate"), tr("Certificates:"));
    addLine(now, QStringLiteral("psych"), tr("State of mind:"));
    addLine(now, QStringLiteral("health"), tr("Health:"));
    addCheck(now, QStringLiteral("no_home"), tr("No home"));
    addCheck(now, QStringLiteral("no_job"), tr("No job"));
    addCheck(now, QStringLiteral("no_family"), tr("No family to rely on"));
    addCheck(now, QStringLiteral("dual_listed"), tr("Listed in two places (lives away from the household)"));
    addLine(now, QStringLiteral("other_office"), tr("The other office:"));
    addText(now, QStringLiteral("note"), tr("Note:"), 2);

    auto *source = qobject_cast<QComboBox *>(m_fields.value(QStringLiteral("source_type")));
    auto *released = qobject_cast<DateField *>(m_fields.value(QStringLiteral("release_date")));
    connect(source, &QComboBox::currentIndexChanged, this, &FileFields::updatePeriodHint);
    connect(released, &QDateEdit::dateChanged, this, &FileFields::updatePeriodHint);
    updatePeriodHint();
}

void FileFields::addLine(QFormLayout *form, const QString &field, const QString &label)
{
    auto *w = new QLineEdit(this);
    w->setObjectName(field);
    m_fields.insert(field, w);
    form->addRow(label, w);
}

void FileFields::addDate(QFormLayout *form, const QString &field, const QString &label, bool notInFuture)
{
    auto *w = new DateField(true, this);
    if (notInFuture)
        w->setLatest(Clock::today());
    w->setObjectName(field);
    m_fields.insert(field, w);
    form->addRow(label, w);
}

void FileFields::addCode(QFormLayout *form, const QString &field, const QString &label, const QString &table,
                         bool empty)
{
    auto *w = new CodeComboBox(table, empty, this);
    w->setObjectName(field);
    m_fields.insert(field, w);
    form->addRow(label, w);
}

void FileFields::addCheck(QFormLayout *form, const QString &field, const QString &label)
{
    auto *w = new QCheckBox(label, this);
    w->setObjectName(field);
    m_fields.insert(field, w);
    form->addRow(QString(), w);
}

void FileFields::addText(QFormLayout *form, const QString &field, const QString &label, int lines)
{
    auto *w = new QPlainTextEdit(this);
    w->setTabChangesFocus(true);
    w->setFixedHeight(w->fontMetrics().lineSpacing() * lines + 12);
    w->setObjectName(field);
    m_fields.insert(field, w);
    form->addRow(label, w);
}

void FileFields::addChoice(QFormLayout *form, const QString &field, const QString &label, const QStringList &choices)
{
    auto *w = new QComboBox(this);
    w->setEditable(true);
    w->addItem(QString());
    w->addItems(choices);
    w->setInsertPolicy(QComboBox::NoInsert);
    w->setObjectName(field);
    m_fields.insert(field, w);
    form->addRow(label, w);
}

void FileFields::setValue(const QString &field, const QString &v)
{
    QWidget *w = m_fields.value(field);
    if (auto *c = qobject_cast<CodeComboBox *>(w))
        c->setCode(v);
    else if (auto *d = qobject_cast<DateField *>(w))
        d->setValue(fromStoredDate(v));
    else if (auto *combo = qobject_cast<QComboBox *>(w))
        combo->setCurrentText(v);
    else if (auto *line = qobject_cast<QLineEdit *>(w))
        line->setText(v);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        text->setPlainText(v);
    else if (auto *check = qobject_cast<QCheckBox *>(w))
        check->setChecked(v.toInt() != 0);
}

void FileFields::setRecord(const Record &subject)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        setValue(it.key(), subject.text(it.key()));
    m_original = values();
}

QString FileFields::value(const QString &field) const
{
    QWidget *w = m_fields.value(field);
    if (auto *c = qobject_cast<CodeComboBox *>(w))
        return c->code();
    if (auto *d = qobject_cast<DateField *>(w))
        return CorrectionUi::date(d->value());
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentText().trimmed();
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text().trimmed();
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        return text->toPlainText().trimmed();
    if (auto *check = qobject_cast<QCheckBox *>(w))
        return check->isChecked() ? QStringLiteral("1") : QStringLiteral("0");
    return QString();
}

QVariantMap FileFields::values() const
{
    QVariantMap m;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        m.insert(it.key(), value(it.key()));
    return m;
}

QVariantMap FileFields::changes() const
{
    QVariantMap m;
    const QVariantMap now = values();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (it.value().toString() != m_original.value(it.key()).toString())
            m.insert(it.key(), it.value());
    }
    return m;
}

void FileFields::updatePeriodHint()
{
    // Left empty, the period's end comes from the rules by source; the field shows it.
    auto *end = qobject_cast<DateField *>(m_fields.value(QStringLiteral("assist_end_date")));
    const QDate computed = PlacementService::assistEnd(value(QStringLiteral("source_type")),
                                                      fromStoredDate(value(QStringLiteral("release_date"))));
    end->setToolTip(computed.isValid() ? tr("By the rules for this source: %1").arg(CorrectionUi::date(computed))
                                       : QString());
}

} // namespace ui
} // namespace sifa
