#include "mediation/CommitteesPage.h"

#include "codes/CodeTables.h"
#include "mediation/MediationSetup.h"
#include "util/Time.h"
#include "widgets/FormDialog.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

FormDialog::Items committeeKinds()
{
    FormDialog::Items items;
    if (const CodeTable *t = CodeTables::instance().table(QStringLiteral("committee_kind"))) {
        for (const CodeItem &i : t->items)
            items << qMakePair(i.code, t->displayName(i.code));
    }
    return items;
}

}  // namespace

CommitteesPage::CommitteesPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 6, 0, 0);
    const bool canWrite = m_session.can(Permission::MediationWrite);

    auto *cbox = new QGroupBox(tr("People's mediation committees"), this);
    auto *cv = new QVBoxLayout(cbox);
    m_committees = makeTable(cbox, QStringLiteral("committees"), {tr("Name"), tr("Kind"), tr("Address"), tr("Note")});
    cv->addWidget(m_committees, 1);
    auto *ch = new QHBoxLayout;
    auto *addC = new QPushButton(tr("New &committee…"), cbox);
    addC->setObjectName(QStringLiteral("addCommittee"));
    auto *editC = new QPushButton(tr("Change…"), cbox);
    auto *removeC = new QPushButton(tr("Remove…"), cbox);
    for (QPushButton *b : {addC, editC, removeC}) {
        ch->addWidget(b);
        b->setVisible(canWrite);
    }
    ch->addStretch(1);
    cv->addLayout(ch);
    v->addWidget(cbox, 1);

    auto *mbox = new QGroupBox(tr("Mediators"), this);
    auto *mv = new QVBoxLayout(mbox);
    m_mediators = makeTable(mbox, QStringLiteral("mediators"),
                            {tr("Name"), tr("Committee"), tr("Full-time"), tr("Phone"), tr("SifaDesk account"),
                             tr("Appointed"), tr("Active")});
    mv->addWidget(m_mediators, 1);
    auto *mh = new QHBoxLayout;
    auto *addM = new QPushButton(tr("New &mediator…"), mbox);
    addM->setObjectName(QStringLiteral("addMediator"));
    auto *editM = new QPushButton(tr("Change…"), mbox);
    for (QPushButton *b : {addM, editM}) {
        mh->addWidget(b);
        b->setVisible(canWrite);
    }
    mh->addStretch(1);
    mv->addLayout(mh);
    v->addWidget(mbox, 2);

    connect(addC, &QPushButton::clicked, this, [this] {
        Committee c;
        c.kind = QStringLiteral("village");
        editCommittee(c);
    });
    auto editCurrentCommittee = [this] {
        const int row = m_committees->currentRow();
        if (row >= 0 && row < m_committeeRows.size())
            editCommittee(m_committeeRows.at(row));
    };
    connect(editC, &QPushButton::clicked, this, editCurrentCommittee);
    connect(m_committees, &QTableWidget::cellActivated, this, editCurrentCommittee);
    connect(removeC, &QPushButton::clicked, this, &CommitteesPage::removeCommittee);
    connect(addM, &QPushButton::clicked, this, [this] {
        Mediator m;
        m.appointedDate = Clock::today();
        editMediator(m);
    });
    auto editCurrentMediator = [this] {
        const int row = m_mediators->currentRow();
        if (row >= 0 && row < m_mediatorRows.size())
            editMediator(m_mediatorRows.at(row));
    };
    connect(editM, &QPushButton::clicked, this, editCurrentMediator);
    connect(m_mediators, &QTableWidget::cellActivated, this, editCurrentMediator);
    refresh();
}

void CommitteesPage::refresh()
{
    m_committeeRows = MediationSetup::committees(m_db).value_or(QList<Committee>());
    m_mediatorRows = MediationSetup::mediators(m_db).value_or(QList<Mediator>());
    const CodeTable *kinds = CodeTables::instance().table(QStringLiteral("committee_kind"));
    m_committees->setRowCount(static_cast<int>(m_committeeRows.size()));
    QHash<QString, QString> names;
    for (int i = 0; i < m_committeeRows.size(); ++i) {
        const Committee &c = m_committeeRows.at(i);
        names.insert(c.uuid, c.name);
        const QStringList cells{c.name, kinds ? kinds->displayName(c.kind) : c.kind, c.address, c.note};
        for (int col = 0; col < cells.size(); ++col)
            m_committees->setItem(i, col, new QTableWidgetItem(cells[col]));
    }
    m_mediators->setRowCount(static_cast<int>(m_mediatorRows.size()));
    for (int i = 0; i < m_mediatorRows.size(); ++i) {
        const Mediator &m = m_mediatorRows.at(i);
        const QStringList cells{m.name, names.value(m.committeeUuid), m.fullTime ? tr("yes") : QString(), m.phone,
                                m.username, toStoredDate(m.appointedDate), m.active ? tr("yes") : tr("no")};
        for (int col = 0; col < cells.size(); ++col)
            m_mediators->setItem(i, col, new QTableWidgetItem(cells[col]));
    }
    m_committees->resizeColumnsToContents();
    m_mediators->resizeColumnsToContents();
    m_committees->horizontalHeader()->setStretchLastSection(true);
    m_mediators->horizontalHeader()->setStretchLastSection(true);
}

bool CommitteesPage::editCommittee(const Committee &committee)
{
    Committee c = committee;
    FormDialog f(c.uuid.isEmpty() ? tr("New committee") : tr("Change the committee"), QString(), this);
    f.addLine(QStringLiteral("name"), tr("Name *:"), c.name)->setPlaceholderText(tr("e.g. 东门村人民调解委员会"));
    f.addChoice(QStringLiteral("kind"), tr("Kind:"), committeeKinds(), c.kind);
    f.addLine(QStringLiteral("address"), tr("Address:"), c.address);
    f.addLine(QStringLiteral("note"), tr("Note:"), c.note);
    f.setAction([&] {
        c.name = f.text(QStringLiteral("name"));
        c.kind = f.choice(QStringLiteral("kind"));
        c.address = f.text(QStringLiteral("address"));
        c.note = f.text(QStringLiteral("note"));
        return MediationSetup::saveCommittee(m_db, m_session, c).status();
    });
    if (f.exec() != QDialog::Accepted)
        return false;
    refresh();
    Q_EMIT changed();
    return true;
}

void CommitteesPage::removeCommittee()
{
    const int row = m_committees->currentRow();
    if (row < 0 || row >= m_committeeRows.size())
        return;
    const std::optional<QString> reason =
        MessageBox::getText(this, tr("Remove the committee"), tr("Why is %1 removed?").arg(m_committeeRows.at(row).name));
    if (!reason)
        return;
    if (Status s = MediationSetup::removeCommittee(m_db, m_session, m_committeeRows.at(row).uuid, *reason); !s.ok()) {
        MessageBox::warning(this, tr("Committees"), s.message());
        return;
    }
    refresh();
    Q_EMIT changed();
}

bool CommitteesPage::editMediator(const Mediator &mediator)
{
    Mediator m = mediator;
    FormDialog f(m.uuid.isEmpty() ? tr("New mediator") : tr("Change the mediator"), QString(), this);
    f.addLine(QStringLiteral("name"), tr("Name *:"), m.name);
    FormDialog::Items committees{{QString(), tr("(none)")}};
    for (const Committee &c : m_committeeRows)
        committees << qMakePair(c.uuid, c.name);
    f.addChoice(QStringLiteral("committee"), tr("Committee:"), committees, m.committeeUuid);
    f.addCheck(QStringLiteral("full_time"), tr("Full-time mediator"), m.fullTime);
    f.addLine(QStringLiteral("phone"), tr("Phone:"), m.phone);
    f.addLine(QStringLiteral("username"), tr("SifaDesk account:"), m.username)
        ->setPlaceholderText(tr("the user name, so the mediator's cases fill their to-do list"));
    f.addDate(QStringLiteral("appointed"), tr("Appointed on:"), m.appointedDate, true);
    f.addCheck(QStringLiteral("active"), tr("Active"), m.active);
    f.setAction([&] {
        m.name = f.text(QStringLiteral("name"));
        m.committeeUuid = f.choice(QStringLiteral("committee"));
        m.fullTime = f.checked(QStringLiteral("full_time"));
        m.phone = f.text(QStringLiteral("phone"));
        m.username = f.text(QStringLiteral("username"));
        m.appointedDate = f.date(QStringLiteral("appointed"));
        m.active = f.checked(QStringLiteral("active"));
        return MediationSetup::saveMediator(m_db, m_session, m).status();
    });
    if (f.exec() != QDialog::Accepted)
        return false;
    refresh();
    Q_EMIT changed();
    return true;
}

}  // namespace ui
}  // namespace sifa
