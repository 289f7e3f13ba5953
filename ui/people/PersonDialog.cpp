#include "people/PersonDialog.h"

#include "codes/CodeTables.h"
#include "codes/Divisions.h"
#include "people/IdNumber.h"
#include "people/PersonService.h"
#include "util/Time.h"
#include "widgets/CodeComboBox.h"
#include "widgets/DivisionPicker.h"
#include "widgets/MessageBox.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

const QDate kUnknownDate(1899, 12, 31);
const char *const kErrorStyle = "border: 1px solid #b00020;";

}  // namespace

PersonDialog::PersonDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("New person"));
    auto *v = new QVBoxLayout(this);

    auto *basic = new QGroupBox(tr("Identity"), this);
    auto *grid = new QGridLayout(basic);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    m_name = new QLineEdit(this);
    m_alias = new QLineEdit(this);
    m_idType = new CodeComboBox(CodeTables::idTypeTable(), false, this);
    m_idNumber = new QLineEdit(this);
    m_idNumber->setMaxLength(30);
    m_idStatus = new QLabel(this);
    m_idStatus->setWordWrap(true);
    m_idStatus->setObjectName(QStringLiteral("idStatus"));
    m_sex = new CodeComboBox(CodeTables::sexTable(), false, this);
    m_birth = new QDateEdit(this);
    m_birth->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birth->setCalendarPopup(true);
    m_birth->setMinimumDate(kUnknownDate);
    m_birth->setMaximumDate(Clock::today());
    m_birth->setSpecialValueText(tr("not given"));
    m_birth->setDate(kUnknownDate);
    m_age = new QLabel(this);
    auto *birthRow = new QWidget(this);
    auto *bh = new QHBoxLayout(birthRow);
    bh->setContentsMargins(0, 0, 0, 0);
    bh->addWidget(m_birth, 1);
    bh->addWidget(m_age);
    m_ethnicity = new CodeComboBox(CodeTables::ethnicityTable(), true, this);
    left->addRow(tr("&Name *:"), m_name);
    left->addRow(tr("Former na&me:"), m_alias);
    left->addRow(tr("Document &type:"), m_idType);
    left->addRow(tr("&ID number:"), m_idNumber);
    left->addRow(tr("&Sex:"), m_sex);
    left->addRow(tr("&Birth date:"), birthRow);
    left->addRow(tr("E&thnicity:"), m_ethnicity);

    m_education = new CodeComboBox(CodeTables::educationTable(), true, this);
    m_marital = new CodeComboBox(CodeTables::maritalTable(), true, this);
    m_political = new CodeComboBox(CodeTables::politicalTable(), true, this);
    m_occupation = new QLineEdit(this);
    m_employer = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_phone->setPlaceholderText(tr("13812345678 or 0574-65981234"));
    right->addRow(tr("&Education:"), m_education);
    right->addRow(tr("&Marital status:"), m_marital);
    right->addRow(tr("&Political status:"), m_political);
    right->addRow(tr("&Occupation:"), m_occupation);
    right->addRow(tr("Em&ployer:"), m_employer);
    right->addRow(tr("P&hone:"), m_phone);
    // What the ID number says, across the whole width so it never wraps into the form.
    m_idStatus->setMinimumHeight(m_idStatus->fontMetrics().height() + 6);
    grid->addWidget(m_idStatus, 1, 0, 1, 2);
    v->addWidget(basic);

    auto *places = new QGroupBox(tr("Addresses"), this);
    auto *pf = new QFormLayout(places);
    m_hukou = new DivisionPicker(this);
    m_hukouAddress = new QLineEdit(this);
    m_hukouAddress->setPlaceholderText(tr("village, street and number"));
    m_residence = new DivisionPicker(this);
    m_residenceAddress = new QLineEdit(this);
    m_residenceAddress->setPlaceholderText(tr("village, street and number"));
    auto *same = new QPushButton(tr("Same as household registration"), this);
    same->setObjectName(QStringLiteral("sameAsHukou"));
    pf->addRow(tr("Household registration:"), m_hukou);
    pf->addRow(QString(), m_hukouAddress);
    pf->addRow(tr("Residence:"), m_residence);
    auto *resRow = new QWidget(this);
    auto *rh = new QHBoxLayout(resRow);
    rh->setContentsMargins(0, 0, 0, 0);
    rh->addWidget(m_residenceAddress, 1);
    rh->addWidget(same);
    pf->addRow(QString(), resRow);
    v->addWidget(places);

    m_note = new QPlainTextEdit(this);
    m_note->setMaximumHeight(60);
    m_note->setTabChangesFocus(true);
    auto *noteForm = new QFormLayout;
    noteForm->addRow(tr("N&ote:"), m_note);
    v->addLayout(noteForm);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    v->addWidget(m_error);
    m_history = new QLabel(this);
    m_history->setStyleSheet(QStringLiteral("color: palette(mid);"));
    v->addWidget(m_history);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_fields = {{QStringLiteral("name"), m_name},
                {QStringLiteral("alias"), m_alias},
                {QStringLiteral("id_type"), m_idType},
                {QStringLiteral("id_number"), m_idNumber},
                {QStringLiteral("sex"), m_sex},
                {QStringLiteral("birth_date"), m_birth},
                {QStringLiteral("ethnicity"), m_ethnicity},
                {QStringLiteral("education"), m_education},
                {QStringLiteral("marital_status"), m_marital},
                {QStringLiteral("political_status"), m_political},
                {QStringLiteral("occupation"), m_occupation},
                {QStringLiteral("employer"), m_employer},
                {QStringLiteral("phone"), m_phone},
                {QStringLiteral("hukou_division"), m_hukou},
                {QStringLiteral("hukou_address"), m_hukouAddress},
                {QStringLiteral("residence_division"), m_residence},
                {QStringLiteral("residence_address"), m_residenceAddress},
                {QStringLiteral("note"), m_note}};
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setObjectName(it.key());
    m_name->setAccessibleName(tr("Name"));
    m_idNumber->setAccessibleName(tr("ID number"));

    connect(m_idNumber, &QLineEdit::textChanged, this, &PersonDialog::checkIdNumber);
    connect(m_idType, &QComboBox::currentIndexChanged, this, &PersonDialog::checkIdNumber);
    connect(m_birth, &QDateEdit::dateChanged, this, &PersonDialog::updateAge);
    connect(same, &QPushButton::clicked, this, [this] {
        m_residence->setCode(m_hukou->code());
        m_residenceAddress->setText(m_hukouAddress->text());
    });
    m_residence->setCode(QString());
    m_name->setFocus();
    updateAge();
}

void PersonDialog::setPerson(const Person &p)
{
    m_original = p;
    m_editing = true;
    setWindowTitle(tr("Person: %1").arg(p.name));
    m_name->setText(p.name);
    m_alias->setText(p.alias);
    m_idType->setCode(p.idType);
    m_idNumber->setText(p.idNumber);
    m_sex->setCode(p.sex);
    m_birth->setDate(p.birthDate.isValid() ? p.birthDate : kUnknownDate);
    m_ethnicity->setCode(p.ethnicity);
    m_education->setCode(p.education);
    m_marital->setCode(p.maritalStatus);
    m_political->setCode(p.politicalStatus);
    m_occupation->setText(p.occupation);
    m_employer->setText(p.employer);
    m_phone->setText(p.phone);
    m_hukou->setCode(p.hukouDivision);
    m_hukouAddress->setText(p.hukouAddress);
    m_residence->setCode(p.residenceDivision);
    m_residenceAddress->setText(p.residenceAddress);
    m_note->setPlainText(p.note);
    auto when = [](const QString &t) {
        return fromStoredTimestamp(t).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    m_history->setText(tr("Entered by %1 on %2 · last changed by %3 on %4")
                           .arg(p.createdBy, when(p.createdAt), p.updatedBy, when(p.updatedAt)));
    if (p.deleted) {
        m_error->setText(tr("This person was removed from the index. Restore the record to change it."));
        setReadOnly(true);
    }
}

void PersonDialog::setReadOnly(bool readOnly)
{
    for (QWidget *w : std::as_const(m_fields))
        w->setEnabled(!readOnly);
    m_saveButton->setVisible(!readOnly);
}

Person PersonDialog::person() const
{
    Person p = m_original;
    p.name = m_name->text();
    p.alias = m_alias->text();
    p.idType = m_idType->code();
    p.idNumber = m_idNumber->text();
    p.sex = m_sex->code();
    p.birthDate = m_birth->date() == kUnknownDate ? QDate() : m_birth->date();
    p.ethnicity = m_ethnicity->code();
    p.education = m_education->code();
    p.maritalStatus = m_marital->code();
    p.politicalStatus = m_political->code();
    p.occupation = m_occupation->text();
    p.employer = m_employer->text();
    p.phone = m_phone->text();
    p.hukouDivision = m_hukou->code();
    p.hukouAddress = m_hukouAddress->text();
    p.residenceDivision = m_residence->code();
    p.residenceAddress = m_residenceAddress->text();
    p.note = m_note->toPlainText();
    return p;
}

void PersonDialog::checkIdNumber()
{
    const QString text = m_idNumber->text().trimmed();
    m_idNumber->setStyleSheet(QString());
    if (text.isEmpty()) {
        m_idStatus->clear();
        return;
    }
    const QString type = m_idType->code();
    const bool structured = IdNumbers::isStructured(type);
    if (structured && text.size() < 18 && text.size() != 15) {
        m_idStatus->setStyleSheet(QStringLiteral("color: palette(mid);"));
        m_idStatus->setText(tr("%n of 18 characters", nullptr, static_cast<int>(text.size())));
        return;
    }
    const QDate today = Clock::today();
    const IdCheck check = IdNumbers::check(type, text, today);
    if (!check.ok()) {
        m_idStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_idStatus->setText(check.message);
        return;
    }
    QStringList facts;
    if (check.birthDate.isValid()) {
        facts << toStoredDate(check.birthDate) << tr("age %1").arg(ageOn(check.birthDate, today));
        if (m_birth->date() == kUnknownDate)
            m_birth->setDate(check.birthDate);
    }
    if (!check.sexCode.isEmpty()) {
        const CodeTable *t = CodeTables::instance().table(CodeTables::sexTable());
        facts << (t ? t->displayName(check.sexCode) : check.sexCode);
        if (m_sex->code() == QLatin1String("0") || m_sex->code() == QLatin1String("9"))
            m_sex->setCode(check.sexCode);
    }
    const QString county = check.normalized.left(6);
    const QString place = Divisions::instance().fullName(county);
    if (type == IdType::Resident && !place.isEmpty()) {
        facts << tr("issued in %1").arg(place);
        if (m_hukou->code().isEmpty())
            m_hukou->setCode(county);
    }
    if (check.upgradedFrom15)
        facts << tr("will be saved as %1").arg(check.normalized);
    m_idStatus->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_idStatus->setText(tr("Valid: %1").arg(facts.join(QStringLiteral(" · "))));
}

void PersonDialog::updateAge()
{
    const QDate d = m_birth->date();
    m_age->setText(d == kUnknownDate ? QString() : tr("age %1").arg(ageOn(d, Clock::today())));
}

void PersonDialog::clearErrors()
{
    m_error->clear();
    for (QWidget *w : std::as_const(m_fields))
        w->setStyleSheet(QString());
}

void PersonDialog::showError(const Error &error)
{
    m_error->setText(error.message);
    if (QWidget *w = m_fields.value(error.field)) {
        w->setStyleSheet(QString::fromLatin1(kErrorStyle));
        w->setFocus();
    }
}

bool PersonDialog::confirmNoSimilar(const Person &p)
{
    Result<QList<PersonListItem>> similar = PersonService::possibleDuplicates(m_db, m_session, p);
    if (!similar || similar->isEmpty())
        return true;
    QStringList names;
    for (const PersonListItem &s : *similar)
        names << tr("%1, born %2").arg(s.name, QLocale().toString(s.birthDate, QLocale::ShortFormat));
    return MessageBox::question(this, tr("Possible duplicate"),
                                tr("The people index already has:\n%1\n\nIs this a different person?").arg(names.join(u'\n')))
        == QMessageBox::Yes;
}

void PersonDialog::save()
{
    clearErrors();
    const Person p = person();
    if (!m_editing && p.idNumber.trimmed().isEmpty() && !confirmNoSimilar(p))
        return;
    Result<PersonSaveResult> r = m_editing ? PersonService::update(m_db, m_session, p)
                                           : PersonService::create(m_db, m_session, p);
    if (!r) {
        if (r.code() == ErrorCode::Duplicate && r.error().detail.isValid()) {
            showError(r.error());
            const auto answer = MessageBox::question(this, tr("Already in the people index"),
                                                     r.message() + QStringLiteral("\n\n") + tr("Open that person now?"),
                                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer == QMessageBox::Yes) {
                m_existingUuid = r.error().detail.toString();
                done(OpenExisting);
            }
            return;
        }
        showError(r.error());
        return;
    }
    m_savedUuid = r->uuid;
    if (!r->notices.isEmpty())
        MessageBox::information(this, tr("Saved"), r->notices.join(u'\n'));
    accept();
}

}  // namespace ui
}  // namespace sifa
