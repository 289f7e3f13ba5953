#include "mediation/PartyDialog.h"

#include "mediation/MediationCodes.h"
#include "people/IdNumber.h"
#include "people/PersonService.h"
#include "util/Time.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

PersonPicker::PersonPicker(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("Choose from the people index"));
    auto *v = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("personSearch"));
    m_search->setPlaceholderText(tr("Name, pinyin initials, ID number or phone"));
    m_search->setClearButtonEnabled(true);
    v->addWidget(m_search);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("personResults"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("ID number"), tr("Phone"), tr("Address")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    v->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    v->addWidget(buttons);
    resize(640, 420);
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(debounce, &QTimer::timeout, this, &PersonPicker::search);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    auto choose = [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_chosen = m_table->item(row, 0)->data(Qt::UserRole).toString();
        accept();
    };
    connect(buttons, &QDialogButtonBox::accepted, this, choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellActivated, this, choose);
    search();
}

void PersonPicker::search()
{
    PersonQuery q;
    q.text = m_search->text();
    q.limit = 200;
    Result<QList<PersonListItem>> rows = PersonService::search(m_db, m_session, q);
    m_table->setRowCount(0);
    if (!rows)
        return;
    m_table->setRowCount(static_cast<int>(rows->size()));
    for (int i = 0; i < rows->size(); ++i) {
        const PersonListItem &p = rows->at(i);
        auto *name = new QTableWidgetItem(p.name);
        name->setData(Qt::UserRole, p.uuid);
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, new QTableWidgetItem(p.idNumber));
        m_table->setItem(i, 2, new QTableWidgetItem(p.phone));
        m_table->setItem(i, 3, new QTableWidgetItem(p.residenceAddress));
    }
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}

PartyDialog::PartyDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("Party"));
    auto *v = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (const auto &[id, label] : MediationCodes::partyRoles())
        m_role->addItem(label, id);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Person"), QStringLiteral("person"));
    m_kind->addItem(tr("Organisation"), QStringLiteral("org"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_idNumber = new QLineEdit(this);
    m_idNumber->setObjectName(QStringLiteral("idNumber"));
    m_idNumber->setMaxLength(30);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_legalRep = new QLineEdit(this);
    m_legalRep->setObjectName(QStringLiteral("legalRep"));
    m_linked = new QLabel(this);
    m_linked->setObjectName(QStringLiteral("linked"));
    m_linked->setWordWrap(true);
    m_pick = new QPushButton(tr("Choose from the &people index…"), this);
    m_pick->setObjectName(QStringLiteral("pickPerson"));
    m_unlink = new QPushButton(tr("Unlink"), this);
    auto *linkRow = new QWidget(this);
    auto *lh = new QHBoxLayout(linkRow);
    lh->setContentsMargins(0, 0, 0, 0);
    lh->addWidget(m_pick);
    lh->addWidget(m_unlink);
    lh->addStretch(1);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(QString(), linkRow);
    form->addRow(QString(), m_linked);
    form->addRow(tr("&Name *:"), m_name);
    form->addRow(tr("&ID number:"), m_idNumber);
    form->addRow(tr("Legal &representative:"), m_legalRep);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Address:"), m_address);
    v->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    v->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PartyDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PartyDialog::updateKind);
    connect(m_pick, &QPushButton::clicked, this, &PartyDialog::pickPerson);
    connect(m_unlink, &QPushButton::clicked, this, [this] {
        m_party.personUuid.clear();
        updateKind();
    });
    setMinimumWidth(480);
    updateKind();
}

void PartyDialog::setParty(const DisputeParty &party)
{
    m_party = party;
    m_role->setCurrentIndex(qMax(0, m_role->findData(party.role)));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(party.kind)));
    m_name->setText(party.name);
    m_idNumber->setText(party.idNumber);
    m_phone->setText(party.phone);
    m_address->setText(party.address);
    m_legalRep->setText(party.legalRep);
    updateKind();
}

DisputeParty PartyDialog::party() const
{
    DisputeParty p = m_party;
    p.role = m_role->currentData().toString();
    p.kind = m_kind->currentData().toString();
    p.name = m_name->text().trimmed();
    p.idNumber = p.kind == QLatin1String("person") ? m_idNumber->text().trimmed().toUpper() : QString();
    p.phone = m_phone->text().trimmed();
    p.address = m_address->text().trimmed();
    p.legalRep = p.kind == QLatin1String("org") ? m_legalRep->text().trimmed() : QString();
    if (p.kind != QLatin1String("person"))
        p.personUuid.clear();
    return p;
}

void PartyDialog::updateKind()
{
    const bool person = m_kind->currentData().toString() == QLatin1String("person");
    const bool linked = person && !m_party.personUuid.isEmpty();
    m_pick->setVisible(person);
    m_unlink->setVisible(linked);
    m_linked->setVisible(linked);
    m_linked->setText(linked ? tr("Linked to the people index: name and ID number come from the person's record.") : QString());
    m_name->setReadOnly(linked);
    m_idNumber->setReadOnly(linked);
    m_idNumber->setEnabled(person);
    m_legalRep->setEnabled(!person);
}

void PartyDialog::pickPerson()
{
    PersonPicker picker(m_db, m_session, this);
    if (picker.exec() == QDialog::Accepted && !picker.chosenUuid().isEmpty())
        linkPerson(picker.chosenUuid());
}

void PartyDialog::linkPerson(const QString &personUuid)
{
    Result<Person> p = PersonService::get(m_db, m_session, personUuid);
    if (!p) {
        m_error->setText(p.message());
        m_error->show();
        return;
    }
    m_party.personUuid = p->uuid;
    m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("person")));
    m_name->setText(p->name);
    m_idNumber->setText(p->idNumber);
    if (m_phone->text().isEmpty())
        m_phone->setText(p->phone);
    if (m_address->text().isEmpty())
        m_address->setText(p->residenceAddress);
    updateKind();
}

void PartyDialog::submit()
{
    const DisputeParty p = party();
    QString problem;
    if (p.name.isEmpty())
        problem = tr("Enter the party's name.");
    else if (p.kind == QLatin1String("person") && !p.idNumber.isEmpty() && p.personUuid.isEmpty()) {
        const IdCheck check = IdNumbers::checkResident(p.idNumber, Clock::today());
        if (!check.ok())
            problem = check.message;
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    accept();
}

}  // namespace ui
}  // namespace sifa
