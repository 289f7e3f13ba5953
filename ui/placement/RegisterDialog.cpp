#include "placement/RegisterDialog.h"

#include "codes/CodeTables.h"
#include "correction/CorrectionUi.h"
#include "people/IdNumber.h"
#include "people/PersonService.h"
#include "placement/FileFields.h"
#include "placement/PlacementService.h"
#include "placement/PlacementUi.h"
#include "util/Time.h"
#include "widgets/CodeComboBox.h"
#include "widgets/DateField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

RegisterDialog::RegisterDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("Open a resettlement file"));
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("One file per person released from prison or from community correction. The "
                                "assistance period follows from the source and the release date unless entered; "
                                "the hand-over starts pending unless it was done already."),
                             this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    auto *top = new QHBoxLayout;
    top->addWidget(buildPersonBox(), 3);
    top->addWidget(buildHandoverBox(), 2);
    v->addLayout(top);
    m_fields = new FileFields(session, this);
    v->addWidget(m_fields, 1);
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
    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1150, 760);
}

QGroupBox *RegisterDialog::buildPersonBox()
{
    auto *box = new QGroupBox(tr("The person"), this);
    auto *v = new QVBoxLayout(box);
    auto *find = new QHBoxLayout;
    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("personSearch"));
    m_search->setPlaceholderText(tr("Find in the people index: name, pinyin, ID number or phone"));
    m_search->setClearButtonEnabled(true);
    find->addWidget(m_search, 1);
    auto *newPerson = new QPushButton(tr("New person"), box);
    newPerson->setObjectName(QStringLiteral("newPerson"));
    find->addWidget(newPerson);
    v->addLayout(find);
    m_matches = new QListWidget(box);
    m_matches->setObjectName(QStringLiteral("personMatches"));
    m_matches->setMaximumHeight(m_matches->fontMetrics().height() * 5);
    m_matches->hide();
    v->addWidget(m_matches);
    m_picked = new QLabel(box);
    m_picked->setObjectName(QStringLiteral("pickedPerson"));
    m_picked->setWordWrap(true);
    v->addWidget(m_picked);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("name"));
    m_idNumber = new QLineEdit(box);
    m_idNumber->setObjectName(QStringLiteral("id_number"));
    m_sex = new CodeComboBox(CodeTables::sexTable(), false, box);
    m_sex->setObjectName(QStringLiteral("sex"));
    m_birth = new DateField(true, box);
    m_birth->setObjectName(QStringLiteral("birth_date"));
    m_birth->setLatest(Clock::today());
    m_phone = new QLineEdit(box);
    m_hukou = new QLineEdit(box);
    m_residence = new QLineEdit(box);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_idNumber, 2);
    idRow->addWidget(m_sex);
    idRow->addWidget(m_birth);
    form->addRow(tr("Name *:"), m_name);
    form->addRow(tr("ID number, sex, born:"), idRow);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Household registration:"), m_hukou);
    form->addRow(tr("Residence:"), m_residence);
    v->addLayout(form);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(debounce, &QTimer::timeout, this, &RegisterDialog::searchPeople);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_matches, &QListWidget::itemClicked, this, &RegisterDialog::pickPerson);
    connect(m_matches, &QListWidget::itemActivated, this, &RegisterDialog::pickPerson);
    connect(newPerson, &QPushButton::clicked, this, [this] {
        m_personUuid.clear();
        m_search->clear();
        m_picked->clear();
        for (QLineEdit *e : {m_name, m_idNumber, m_phone, m_hukou, m_residence}) {
            e->clear();
            e->setReadOnly(false);
        }
        m_sex->setEnabled(true);
        m_birth->setEnabled(true);
        m_name->setFocus();
    });
    connect(m_idNumber, &QLineEdit::textEdited, this, [this](const QString &text) {
        const IdCheck check = IdNumbers::checkResident(text, Clock::today());
        if (check.ok()) {
            m_sex->setCode(check.sexCode);
            m_birth->setValue(check.birthDate);
        }
    });
    return box;
}

QGroupBox *RegisterDialog::buildHandoverBox()
{
    m_handover = new QGroupBox(tr("Handed over already"), this);
    m_handover->setObjectName(QStringLiteral("handoverBox"));
    m_handover->setCheckable(true);
    m_handover->setChecked(false);
    auto *form = new QFormLayout(m_handover);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_mode = new QComboBox(m_handover);
    m_mode->setObjectName(QStringLiteral("handover_mode"));
    for (const auto &[code, label] : CorrectionUi::codeItems(QStringLiteral("handover_mode")))
        m_mode->addItem(label, code);
    m_handoverDate = new DateField(true, m_handover);
    m_handoverDate->setObjectName(QStringLiteral("handover_date"));
    m_handoverDate->setLatest(Clock::today());
    m_handoverPlace = new QLineEdit(m_handover);
    m_handoverPlace->setObjectName(QStringLiteral("handover_place"));
    m_handoverStaff = new QLineEdit(PlacementUi::who(m_session), m_handover);
    m_handoverStaff->setObjectName(QStringLiteral("handover_staff"));
    form->addRow(tr("How:"), m_mode);
    form->addRow(tr("On:"), m_handoverDate);
    form->addRow(tr("Where:"), m_handoverPlace);
    form->addRow(tr("Who went:"), m_handoverStaff);
    return m_handover;
}

void RegisterDialog::searchPeople()
{
    const QString text = m_search->text().trimmed();
    m_matches->clear();
    if (text.isEmpty()) {
        m_matches->hide();
        return;
    }
    PersonQuery q;
    q.text = text;
    q.limit = 20;
    const Result<QList<PersonListItem>> found = PersonService::search(m_db, m_session, q);
    if (found) {
        for (const PersonListItem &p : *found) {
            auto *item = new QListWidgetItem(tr("%1 · %2 · %3")
                                                 .arg(p.name, p.idNumber, CorrectionUi::date(p.birthDate))
                                                 .remove(QRegularExpression(QStringLiteral("( · )+$"))),
                                             m_matches);
            item->setData(Qt::UserRole, p.uuid);
        }
    }
    if (m_matches->count() == 0)
        new QListWidgetItem(tr("Not in the people index: enter the person below."), m_matches);
    m_matches->show();
}

void RegisterDialog::pickPerson()
{
    QListWidgetItem *item = m_matches->currentItem();
    const QString uuid = item ? item->data(Qt::UserRole).toString() : QString();
    if (uuid.isEmpty())
        return;
    const Result<Person> p = PersonService::get(m_db, m_session, uuid);
    if (!p)
        return;
    m_personUuid = uuid;
    m_name->setText(p->name);
    m_idNumber->setText(p->idNumber);
    m_sex->setCode(p->sex);
    m_birth->setValue(p->birthDate);
    m_phone->setText(p->phone);
    m_hukou->setText(p->hukouAddress);
    m_residence->setText(p->residenceAddress);
    for (QLineEdit *e : {m_name, m_idNumber, m_phone, m_hukou, m_residence})
        e->setReadOnly(true);
    m_sex->setEnabled(false);
    m_birth->setEnabled(false);
    m_picked->setText(tr("The file is opened for %1 from the people index; the person's data is changed there.")
                          .arg(p->name));
    m_matches->hide();
}

Person RegisterDialog::person() const
{
    Person p;
    p.uuid = m_personUuid;
    p.name = m_name->text().trimmed();
    p.idNumber = m_idNumber->text().trimmed();
    p.sex = m_sex->code();
    p.birthDate = m_birth->value();
    p.phone = m_phone->text().trimmed();
    p.hukouAddress = m_hukou->text().trimmed();
    p.residenceAddress = m_residence->text().trimmed();
    return p;
}

QVariantMap RegisterDialog::fileFields() const
{
    QVariantMap m = m_fields->values();
    // Left empty, the core makes the signed-in user the officer and the rules set the period.
    for (const QString &k : {QStringLiteral("officer"), QStringLiteral("assist_end_date")}) {
        if (m.value(k).toString().isEmpty())
            m.remove(k);
    }
    if (m_handover->isChecked()) {
        m.insert(QStringLiteral("handover_mode"), m_mode->currentData().toString());
        m.insert(QStringLiteral("handover_date"), CorrectionUi::date(m_handoverDate->value()));
        m.insert(QStringLiteral("handover_place"), m_handoverPlace->text().trimmed());
        m.insert(QStringLiteral("handover_staff"), m_handoverStaff->text().trimmed());
        m.insert(QStringLiteral("reported_date"), CorrectionUi::date(m_handoverDate->value()));
    }
    return m;
}

QString RegisterDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RegisterDialog::save()
{
    auto fail = [this](const QString &message, QWidget *focus) {
        m_error->setText(message);
        m_error->show();
        if (focus)
            focus->setFocus();
    };
    const Person p = person();
    if (p.uuid.isEmpty() && p.name.isEmpty())
        return fail(tr("Pick the person from the people index or enter the name."), m_name);
    if (m_handover->isChecked() && !m_handoverDate->value().isValid())
        return fail(tr("Enter the date of the hand-over."), m_handoverDate);
    const Result<QString> uuid = PlacementService::registerSubject(m_db, m_session, p, fileFields());
    if (!uuid)
        return fail(uuid.message(), m_fields->fieldWidget(uuid.error().field));
    m_savedUuid = *uuid;
    m_error->hide();
    accept();
}

} // namespace ui
} // namespace sifa
