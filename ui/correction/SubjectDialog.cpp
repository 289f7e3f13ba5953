#include "correction/SubjectDialog.h"

#include "codes/CodeTables.h"
#include "correction/CorrectionService.h"
#include "correction/TagPicker.h"
#include "people/IdNumber.h"
#include "people/PersonService.h"
#include "util/Time.h"
#include "widgets/CodeComboBox.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

// The subject's fields this dialog writes (everything but the steps of the workflow).
const QStringList kSubjectFields{
    QStringLiteral("subject_no"),
    QStringLiteral("correction_type"),
    QStringLiteral("outside_reason"),
    QStringLiteral("officer"),
    QStringLiteral("decision_body"),
    QStringLiteral("handing_body"),
    QStringLiteral("judgment_no"),
    QStringLiteral("judgment_date"),
    QStringLiteral("effective_date"),
    QStringLiteral("notice_no"),
    QStringLiteral("notice_date"),
    QStringLiteral("charge"),
    QStringLiteral("charge_category"),
    QStringLiteral("crime_facts"),
    QStringLiteral("original_sentence"),
    QStringLiteral("original_term"),
    QStringLiteral("term_from"),
    QStringLiteral("term_to"),
    QStringLiteral("additional_penalty"),
    QStringLiteral("prohibition"),
    QStringLiteral("prohibition_from"),
    QStringLiteral("prohibition_to"),
    QStringLiteral("period_from"),
    QStringLiteral("period_to"),
    QStringLiteral("household_type"),
    QStringLiteral("employment"),
    QStringLiteral("employer_phone"),
    QStringLiteral("able_to_work"),
    QStringLiteral("tags"),
    QStringLiteral("note"),
};

QComboBox *editableChoice(QWidget *parent, const QStringList &choices)
{
    auto *c = new QComboBox(parent);
    c->setEditable(true);
    c->addItem(QString());
    c->addItems(choices);
    c->setInsertPolicy(QComboBox::NoInsert);
    return c;
}

QPlainTextEdit *textBox(QWidget *parent, int lines)
{
    auto *t = new QPlainTextEdit(parent);
    t->setTabChangesFocus(true);
    t->setFixedHeight(t->fontMetrics().lineSpacing() * lines + 12);
    return t;
}

DateField *dateBox(QWidget *parent, bool notInFuture)
{
    auto *d = new DateField(true, parent);
    if (notInFuture)
        d->setLatest(Clock::today());
    return d;
}

// Two date fields on one line: "from – to".
QWidget *range(QWidget *parent, QWidget *from, QWidget *to, QWidget *extra = nullptr)
{
    auto *w = new QWidget(parent);
    w->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *h = new QHBoxLayout(w);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(from, 1);
    h->addWidget(new QLabel(QStringLiteral("—"), w));
    h->addWidget(to, 1);
    if (extra)
        h->addWidget(extra);
    return w;
}

} // namespace

SubjectDialog::SubjectDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("Register a person under community correction"));
    auto *v = new QVBoxLayout(this);
    m_intro = new QLabel(tr("From the judgment, ruling or decision and the notice of execution. The file "
                            "starts awaiting report-in; reception, announcement and grade changes are "
                            "recorded as their steps in the file."),
                         this);
    m_intro->setWordWrap(true);
    v->addWidget(m_intro);
    auto *grid = new QGridLayout;
    m_grid = grid;
    m_personBox = buildPersonBox();
    grid->addWidget(m_personBox, 0, 0);
    grid->addWidget(buildJudgmentBox(), 0, 1);
    grid->addWidget(buildCorrectionBox(), 0, 2);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    v->addLayout(grid, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    v->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SubjectDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateType();
    updatePeriod();
    resize(1180, 660);
}

template <typename W> W *SubjectDialog::field(const QString &name, W *widget)
{
    widget->setObjectName(name);
    m_fields.insert(name, widget);
    return widget;
}

QGroupBox *SubjectDialog::buildPersonBox()
{
    auto *box = new QGroupBox(tr("The person"), this);
    auto *outer = new QVBoxLayout(box);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto *idNumber = field(QStringLiteral("id_number"), new QLineEdit(box));
    idNumber->setMaxLength(30);
    m_idStatus = new QLabel(box);
    m_idStatus->setObjectName(QStringLiteral("idStatus"));
    m_idStatus->setWordWrap(true);
    auto *birth = field(QStringLiteral("birth_date"), dateBox(box, true));
    form->addRow(tr("&Name *:"), field(QStringLiteral("name"), new QLineEdit(box)));
    form->addRow(tr("&ID number:"), idNumber);
    form->addRow(QString(), m_idStatus);
    form->addRow(tr("Sex:"), field(QStringLiteral("sex"), new CodeComboBox(CodeTables::sexTable(), false, box)));
    form->addRow(tr("Birth date:"), birth);
    form->addRow(tr("Ethnicity:"),
                 field(QStringLiteral("ethnicity"), new CodeComboBox(CodeTables::ethnicityTable(), true, box)));
    form->addRow(tr("Education:"),
                 field(QStringLiteral("education"), new CodeComboBox(CodeTables::educationTable(), true, box)));
    form->addRow(tr("Phone:"), field(QStringLiteral("phone"), new QLineEdit(box)));
    form->addRow(tr("Employer or school:"), field(QStringLiteral("employer"), new QLineEdit(box)));
    form->addRow(tr("Household registration:"), field(QStringLiteral("hukou_address"), new QLineEdit(box)));
    form->addRow(tr("Residence:"), field(QStringLiteral("residence_address"), new QLineEdit(box)));
    connect(idNumber, &QLineEdit::textChanged, this, &SubjectDialog::checkIdNumber);
    return box;
}

QGroupBox *SubjectDialog::buildJudgmentBox()
{
    auto *box = new QGroupBox(tr("The judgment"), this);
    auto *outer = new QVBoxLayout(box);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto *body = field(QStringLiteral("decision_body"), new QLineEdit(box));
    body->setPlaceholderText(tr("e.g. 象山县人民法院"));
    form->addRow(tr("Decided by:"), body);
    form->addRow(tr("Handed over by:"), field(QStringLiteral("handing_body"), new QLineEdit(box)));
    form->addRow(tr("Judgment number:"), field(QStringLiteral("judgment_no"), new QLineEdit(box)));
    form->addRow(tr("Judgment date:"), field(QStringLiteral("judgment_date"), dateBox(box, true)));
    auto *effective = field(QStringLiteral("effective_date"), dateBox(box, true));
    form->addRow(tr("In force from *:"), effective);
    form->addRow(tr("Notice of execution:"), field(QStringLiteral("notice_no"), new QLineEdit(box)));
    form->addRow(tr("Notice date:"), field(QStringLiteral("notice_date"), dateBox(box, true)));
    form->addRow(tr("Charge:"), field(QStringLiteral("charge"), new QLineEdit(box)));
    form->addRow(tr("Main facts:"), field(QStringLiteral("crime_facts"), textBox(box, 2)));
    form->addRow(
        tr("Original sentence:"),
        field(QStringLiteral("original_sentence"),
              editableChoice(box, {tr("Fixed-term imprisonment"), tr("Criminal detention"), tr("Public surveillance"),
                                   tr("Life imprisonment"), tr("Death with reprieve")})));
    form->addRow(tr("Term:"), field(QStringLiteral("original_term"), new QLineEdit(box)));
    form->addRow(tr("Term runs:"), range(box, field(QStringLiteral("term_from"), dateBox(box, false)),
                                         field(QStringLiteral("term_to"), dateBox(box, false))));
    form->addRow(tr("Additional penalty:"),
                 field(QStringLiteral("additional_penalty"),
                       editableChoice(box, {tr("None"), tr("Fine"), tr("Deprivation of political rights"),
                                            tr("Confiscation of property"), tr("Deportation")})));
    form->addRow(tr("Prohibition order:"), field(QStringLiteral("prohibition"), new QLineEdit(box)));
    form->addRow(tr("Prohibited:"), range(box, field(QStringLiteral("prohibition_from"), dateBox(box, false)),
                                          field(QStringLiteral("prohibition_to"), dateBox(box, false))));
    connect(effective, &QDateEdit::dateChanged, this, [this] {
        auto *from = qobject_cast<DateField *>(m_fields.value(QStringLiteral("period_from")));
        auto *eff = qobject_cast<DateField *>(m_fields.value(QStringLiteral("effective_date")));
        // Probation and surveillance run from the day the judgment takes effect.
        if (from && eff && !from->value().isValid() && m_uuid.isEmpty())
            from->setValue(eff->value());
    });
    return box;
}

QGroupBox *SubjectDialog::buildCorrectionBox()
{
    auto *box = new QGroupBox(tr("Community correction"), this);
    auto *outer = new QVBoxLayout(box);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto *type =
        field(QStringLiteral("correction_type"), new CodeComboBox(QStringLiteral("correction_type"), true, box));
    form->addRow(tr("&Correction type *:"), type);
    form->addRow(tr("Outside prison because:"),
                 field(QStringLiteral("outside_reason"),
                       new CodeComboBox(QStringLiteral("outside_execution_reason"), true, box)));
    m_periodLength = new QLabel(box);
    m_periodLength->setObjectName(QStringLiteral("periodLength"));
    auto *from = field(QStringLiteral("period_from"), dateBox(box, false));
    auto *to = field(QStringLiteral("period_to"), dateBox(box, false));
    form->addRow(tr("Period *:"), range(box, from, to));
    form->addRow(QString(), m_periodLength);
    m_gradeLabel = new QLabel(tr("Grade on reception:"), box);
    form->addRow(m_gradeLabel,
                 field(QStringLiteral("grade"), new CodeComboBox(QStringLiteral("supervision_grade"), true, box)));
    form->addRow(tr("Subject number:"), field(QStringLiteral("subject_no"), new QLineEdit(box)));
    auto *officer = field(QStringLiteral("officer"), new QLineEdit(box));
    officer->setPlaceholderText(
        tr("left empty: you (%1)").arg(m_session.displayName.isEmpty() ? m_session.username : m_session.displayName));
    form->addRow(tr("Officer in charge:"), officer);
    form->addRow(tr("Household type:"),
                 field(QStringLiteral("household_type"),
                       editableChoice(box, {tr("This county"), tr("Elsewhere in the province"), tr("Another province"),
                                            tr("Hong Kong, Macao or Taiwan"), tr("Foreign")})));
    form->addRow(tr("Work or study:"), field(QStringLiteral("employment"),
                                             editableChoice(box, {tr("Employed"), tr("Self-employed"), tr("Farming"),
                                                                  tr("In school"), tr("Unemployed"), tr("Retired")})));
    form->addRow(tr("Employer's phone:"), field(QStringLiteral("employer_phone"), new QLineEdit(box)));
    auto *able = field(QStringLiteral("able_to_work"), new QCheckBox(tr("Able to do community service"), box));
    able->setChecked(true);
    form->addRow(QString(), able);
    form->addRow(tr("Attention tags:"), field(QStringLiteral("tags"), new TagPicker(box)));
    form->addRow(tr("Note:"), field(QStringLiteral("note"), textBox(box, 2)));
    connect(type, &QComboBox::currentIndexChanged, this, &SubjectDialog::updateType);
    connect(from, &QDateEdit::dateChanged, this, &SubjectDialog::updatePeriod);
    connect(to, &QDateEdit::dateChanged, this, &SubjectDialog::updatePeriod);
    return box;
}

void SubjectDialog::setFile(const SubjectFile &file)
{
    m_uuid = file.uuid();
    m_original = file.subject.fields;
    setWindowTitle(tr("Correct the file: %1").arg(file.person.name));
    m_intro->setText(tr("Corrections are kept in the file's history. The person's own data is corrected in the "
                        "people index; reception, announcement, grade, release and termination are steps of "
                        "the file."));
    m_personBox->hide();
    m_grid->setColumnStretch(0, 0);
    m_fields.value(QStringLiteral("grade"))->hide();
    m_gradeLabel->hide();
    for (const QString &name : kSubjectFields) {
        QWidget *w = m_fields.value(name);
        const QString v = file.subject.text(name);
        if (auto *c = qobject_cast<CodeComboBox *>(w))
            c->setCode(v);
        else if (auto *d = qobject_cast<DateField *>(w))
            d->setValue(file.subject.date(name));
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            combo->setCurrentText(v);
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            line->setText(v);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            text->setPlainText(v);
        else if (auto *check = qobject_cast<QCheckBox *>(w))
            check->setChecked(file.subject.flag(name));
        else if (auto *tags = qobject_cast<TagPicker *>(w))
            tags->setCodes(v);
    }
    updateType();
    updatePeriod();
    resize(860, height());
}

QString SubjectDialog::value(const QString &name) const
{
    QWidget *w = m_fields.value(name);
    if (auto *c = qobject_cast<CodeComboBox *>(w))
        return c->code();
    if (auto *d = qobject_cast<DateField *>(w))
        return d->value().isValid() ? toStoredDate(d->value()) : QString();
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentText().trimmed();
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text().trimmed();
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        return text->toPlainText().trimmed();
    if (auto *check = qobject_cast<QCheckBox *>(w))
        return check->isChecked() ? QStringLiteral("1") : QStringLiteral("0");
    if (auto *tags = qobject_cast<TagPicker *>(w))
        return tags->codes();
    return QString();
}

Person SubjectDialog::person() const
{
    Person p;
    p.name = value(QStringLiteral("name"));
    p.idNumber = value(QStringLiteral("id_number"));
    p.sex = value(QStringLiteral("sex"));
    p.birthDate = fromStoredDate(value(QStringLiteral("birth_date")));
    p.ethnicity = value(QStringLiteral("ethnicity"));
    p.education = value(QStringLiteral("education"));
    p.phone = value(QStringLiteral("phone"));
    p.employer = value(QStringLiteral("employer"));
    p.hukouAddress = value(QStringLiteral("hukou_address"));
    p.residenceAddress = value(QStringLiteral("residence_address"));
    return p;
}

QVariantMap SubjectDialog::subjectFields() const
{
    QVariantMap m;
    for (const QString &name : kSubjectFields)
        m.insert(name, value(name));
    if (m_uuid.isEmpty()) {
        // Left empty, the core makes the signed-in user the officer.
        if (m.value(QStringLiteral("officer")).toString().isEmpty())
            m.remove(QStringLiteral("officer"));
        const QString grade = value(QStringLiteral("grade"));
        if (!grade.isEmpty())
            m.insert(QStringLiteral("grade"), grade);
    }
    return m;
}

void SubjectDialog::checkIdNumber()
{
    const QString text = value(QStringLiteral("id_number"));
    if (text.isEmpty()) {
        m_idStatus->clear();
        return;
    }
    const IdCheck check = IdNumbers::checkResident(text, Clock::today());
    if (!check.ok()) {
        m_idStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_idStatus->setText(check.message);
        return;
    }
    qobject_cast<CodeComboBox *>(m_fields.value(QStringLiteral("sex")))->setCode(check.sexCode);
    qobject_cast<DateField *>(m_fields.value(QStringLiteral("birth_date")))->setValue(check.birthDate);
    m_idStatus->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    QString status =
        tr("Valid: born %1, age %2").arg(toStoredDate(check.birthDate)).arg(ageOn(check.birthDate, Clock::today()));
    PersonQuery q;
    q.text = check.normalized;
    q.limit = 1;
    if (Result<QList<PersonListItem>> found = PersonService::search(m_db, m_session, q); found && !found->isEmpty()) {
        m_idStatus->setStyleSheet(QStringLiteral("color: #1565c0;"));
        status = tr("Already in the people index: %1. The file is opened for this person; the person's "
                    "data is changed in the people index.")
                     .arg(found->first().name);
    }
    m_idStatus->setText(status);
}

void SubjectDialog::updateType()
{
    const bool outside = value(QStringLiteral("correction_type")) == QLatin1String("04");
    auto *reason = qobject_cast<CodeComboBox *>(m_fields.value(QStringLiteral("outside_reason")));
    reason->setEnabled(outside);
    if (!outside)
        reason->setCode(QString());
}

void SubjectDialog::updatePeriod()
{
    const QDate from = fromStoredDate(value(QStringLiteral("period_from")));
    const QDate to = fromStoredDate(value(QStringLiteral("period_to")));
    if (!from.isValid() || !to.isValid() || to < from) {
        m_periodLength->clear();
        return;
    }
    // Whole months from the first day, then the days left.
    int months = (to.year() - from.year()) * 12 + to.month() - from.month();
    if (from.addMonths(months) > to.addDays(1))
        --months;
    const qint64 days = from.addMonths(months).daysTo(to.addDays(1));
    QString text;
    if (months >= 12)
        text = tr("%n year(s)", nullptr, months / 12);
    if (months % 12)
        text += tr("%n month(s)", nullptr, months % 12);
    if (days > 0)
        text += tr("%n day(s)", nullptr, static_cast<int>(days));
    m_periodLength->setText(tr("In all: %1").arg(text));
}

QString SubjectDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SubjectDialog::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->show();
    if (QWidget *w = m_fields.value(error.field); w && w->isVisible())
        w->setFocus();
}

void SubjectDialog::save()
{
    if (m_uuid.isEmpty()) {
        const Person p = person();
        if (p.name.isEmpty()) {
            showError(Error{ErrorCode::InvalidInput, tr("Enter the person's name."), QStringLiteral("name"), {}});
            return;
        }
        const Result<QString> uuid = CorrectionService::registerSubject(m_db, m_session, p, subjectFields());
        if (!uuid) {
            showError(uuid.error());
            return;
        }
        m_savedUuid = *uuid;
    } else {
        // Only what the officer changed goes into the change log.
        QVariantMap changes;
        const QVariantMap now = subjectFields();
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (it.value().toString() != m_original.value(it.key()).toString())
                changes.insert(it.key(), it.value());
        }
        const Status s = changes.isEmpty() ? Status() : CorrectionService::update(m_db, m_session, m_uuid, changes);
        if (!s.ok()) {
            showError(s.error());
            return;
        }
        m_savedUuid = m_uuid;
    }
    m_error->hide();
    accept();
}

} // namespace ui
} // namespace sifa
