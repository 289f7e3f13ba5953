#include "correction/AssessmentDialog.h"

#include "codes/CodeTables.h"
#include "correction/CorrectionService.h"
#include "correction/CorrectionUi.h"
#include "util/Time.h"
#include "widgets/CodeComboBox.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

QPlainTextEdit *textBox(QWidget *parent, int lines)
{
    auto *t = new QPlainTextEdit(parent);
    t->setTabChangesFocus(true);
    t->setFixedHeight(t->fontMetrics().lineSpacing() * lines + 12);
    return t;
}

} // namespace

template <typename W> W *AssessmentDialog::add(const QString &key, W *widget)
{
    widget->setObjectName(key);
    m_fields.insert(key, widget);
    return widget;
}

AssessmentDialog::AssessmentDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("Pre-sentence assessment"));
    auto *v = new QVBoxLayout(this);
    auto *grid = new QGridLayout;

    auto *entrust = new QGroupBox(tr("The entrustment"), this);
    auto *efOuter = new QVBoxLayout(entrust);
    auto *ef = new QFormLayout;
    efOuter->addLayout(ef);
    efOuter->addStretch(1);
    ef->setRowWrapPolicy(QFormLayout::DontWrapRows);
    ef->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    ef->addRow(tr("Entrusted by *:"), add(QStringLiteral("entrusting_body"), new QLineEdit(entrust)));
    ef->addRow(tr("Letter no.:"), add(QStringLiteral("entrust_no"), new QLineEdit(entrust)));
    auto *received = add(QStringLiteral("received_date"), new DateField(false, entrust));
    received->setLatest(Clock::today());
    ef->addRow(tr("Received on *:"), received);
    auto *fast = add(QStringLiteral("fast_track"), new QCheckBox(tr("Fast-track procedure (5 working days)"), entrust));
    ef->addRow(QString(), fast);
    auto *extended = add(QStringLiteral("extended_until"), new DateField(true, entrust));
    ef->addRow(tr("Extended until:"), extended);
    ef->addRow(tr("Extension agreed:"), add(QStringLiteral("extension_note"), new QLineEdit(entrust)));
    m_due = new QLabel(entrust);
    m_due->setObjectName(QStringLiteral("due"));
    ef->addRow(tr("Due:"), m_due);
    ef->addRow(tr("Name *:"), add(QStringLiteral("name"), new QLineEdit(entrust)));
    auto *kind = add(QStringLiteral("subject_kind"), new QComboBox(entrust));
    kind->setEditable(true);
    kind->addItems({tr("Defendant"), tr("Offender"), tr("Other")});
    ef->addRow(tr("Assessed as:"), kind);
    ef->addRow(tr("ID number:"), add(QStringLiteral("id_number"), new QLineEdit(entrust)));
    ef->addRow(tr("Sex:"), add(QStringLiteral("sex"), new CodeComboBox(CodeTables::sexTable(), true, entrust)));
    ef->addRow(QString(), add(QStringLiteral("is_minor"), new QCheckBox(tr("A minor (kept confidential)"), entrust)));
    ef->addRow(tr("Residence:"), add(QStringLiteral("residence"), new QLineEdit(entrust)));
    ef->addRow(tr("Employer:"), add(QStringLiteral("employer"), new QLineEdit(entrust)));
    ef->addRow(tr("Charge:"), add(QStringLiteral("charge"), new QLineEdit(entrust)));
    ef->addRow(tr("Sentence proposed:"), add(QStringLiteral("original_sentence"), new QLineEdit(entrust)));
    ef->addRow(
        tr("Correction type proposed:"),
        add(QStringLiteral("proposed_type"), new CodeComboBox(QStringLiteral("correction_type"), true, entrust)));
    grid->addWidget(entrust, 0, 0);

    auto *items = new QGroupBox(tr("What was investigated"), this);
    auto *itfOuter = new QVBoxLayout(items);
    auto *itf = new QFormLayout;
    itfOuter->addLayout(itf);
    itfOuter->addStretch(1);
    itf->setRowWrapPolicy(QFormLayout::DontWrapRows);
    itf->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    itf->addRow(tr("Residence:"), add(QStringLiteral("item_residence"), textBox(items, 2)));
    itf->addRow(tr("Family and social ties:"), add(QStringLiteral("item_family"), textBox(items, 2)));
    itf->addRow(tr("Conduct as a rule:"), add(QStringLiteral("item_conduct"), textBox(items, 2)));
    itf->addRow(tr("Harm and impact of the crime:"), add(QStringLiteral("item_impact"), textBox(items, 2)));
    itf->addRow(tr("Committee's and victim's views:"), add(QStringLiteral("item_opinions"), textBox(items, 2)));
    itf->addRow(tr("Proposed prohibitions:"), add(QStringLiteral("item_prohibition"), textBox(items, 2)));
    itf->addRow(tr("Note:"), add(QStringLiteral("note"), textBox(items, 2)));
    grid->addWidget(items, 0, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    v->addLayout(grid, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    v->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssessmentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(received, &QDateEdit::dateChanged, this, &AssessmentDialog::updateDue);
    connect(extended, &QDateEdit::dateChanged, this, &AssessmentDialog::updateDue);
    connect(fast, &QCheckBox::toggled, this, &AssessmentDialog::updateDue);
    updateDue();
    resize(980, 620);
}

void AssessmentDialog::setAssessment(const CcRecord &a)
{
    m_uuid = a.uuid;
    m_original = a.fields;
    setWindowTitle(tr("Pre-sentence assessment: %1").arg(a.text(QStringLiteral("name"))));
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString value = a.text(it.key());
        if (auto *c = qobject_cast<CodeComboBox *>(it.value()))
            c->setCode(value);
        else if (auto *d = qobject_cast<DateField *>(it.value()))
            d->setValue(a.date(it.key()));
        else if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            combo->setCurrentText(value);
        else if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            line->setText(value);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(it.value()))
            text->setPlainText(value);
        else if (auto *check = qobject_cast<QCheckBox *>(it.value()))
            check->setChecked(a.flag(it.key()));
    }
    updateDue();
}

QVariantMap AssessmentDialog::values() const
{
    QVariantMap m;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QWidget *w = it.value();
        if (auto *c = qobject_cast<CodeComboBox *>(w))
            m.insert(it.key(), c->code());
        else if (auto *d = qobject_cast<DateField *>(w))
            m.insert(it.key(), CorrectionUi::date(d->value()));
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            m.insert(it.key(), combo->currentText().trimmed());
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            m.insert(it.key(), line->text().trimmed());
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            m.insert(it.key(), text->toPlainText().trimmed());
        else if (auto *check = qobject_cast<QCheckBox *>(w))
            m.insert(it.key(), check->isChecked() ? 1 : 0);
    }
    return m;
}

void AssessmentDialog::updateDue()
{
    CcRecord probe;
    probe.fields = values();
    const QDate due = CorrectionService::assessmentDue(probe);
    if (!due.isValid()) {
        m_due->clear();
        return;
    }
    const qint64 left = Clock::today().daysTo(due);
    const QString colour = left < 0    ? QStringLiteral("#c62828")
                           : left <= 2 ? QStringLiteral("#e67e22")
                                       : QStringLiteral("#2e7d32");
    const QString when = left < 0 ? tr("overdue by %n day(s)", nullptr, static_cast<int>(-left))
                                  : tr("%n day(s) left", nullptr, static_cast<int>(left));
    m_due->setText(QStringLiteral("<b>%1</b> <span style='color:%2'>(%3)</span>")
                       .arg(CorrectionUi::date(due), colour, when.toHtmlEscaped()));
}

QString AssessmentDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AssessmentDialog::save()
{
    QVariantMap changes = values();
    if (!m_uuid.isEmpty()) {
        for (auto it = changes.begin(); it != changes.end();) {
            if (it.value().toString() == m_original.value(it.key()).toString())
                it = changes.erase(it);
            else
                ++it;
        }
    }
    if (!m_uuid.isEmpty() && changes.isEmpty()) {
        m_savedUuid = m_uuid;
        accept();
        return;
    }
    const Result<QString> uuid = CorrectionService::saveAssessment(m_db, m_session, m_uuid, changes);
    if (!uuid) {
        m_error->setText(uuid.message());
        m_error->show();
        if (QWidget *w = m_fields.value(uuid.error().field))
            w->setFocus();
        return;
    }
    m_savedUuid = *uuid;
    accept();
}

} // namespace ui
} // namespace sifa
