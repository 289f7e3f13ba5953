#include "people/PeoplePage.h"

#include "people/PeopleTableModel.h"
#include "people/PersonDialog.h"
#include "people/PersonService.h"
#include "util/Time.h"
#include "widgets/MessageBox.h"
#include "widgets/TableViewState.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {
constexpr int kMaxRows = 5000;
}

PeoplePage::PeoplePage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_model(new PeopleTableModel(this))
{
    auto *v = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("People")), this);
    v->addWidget(title);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by name, pinyin initials, ID number or phone"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search people"));
    bar->addWidget(m_search, 1);
    m_showRemoved = new QCheckBox(tr("Show removed"), this);
    bar->addWidget(m_showRemoved);
    m_new = new QPushButton(tr("&New person"), this);
    m_new->setObjectName(QStringLiteral("newPerson"));
    m_new->setToolTip(tr("Ctrl+N"));
    m_edit = new QPushButton(tr("&Open"), this);
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_restore = new QPushButton(tr("Res&tore…"), this);
    for (QPushButton *b : {m_new, m_edit, m_remove, m_restore})
        bar->addWidget(b);
    v->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setModel(m_model);
    // 姓名 性别 年龄 出生日期 证件号码 联系电话 居住地 最后修改
    setUpLedgerTable(m_table, QStringLiteral("people"), {6, 3, 3, 6, 11, 7, 0, 9}, PeopleTableModel::Residence);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSortIndicator(PeopleTableModel::Name, Qt::AscendingOrder);
    v->addWidget(m_table, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    v->addWidget(m_count);

    const bool canWrite = m_session.can(Permission::PeopleWrite);
    m_new->setVisible(canWrite);
    m_remove->setVisible(canWrite);
    m_restore->setVisible(canWrite);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &PeoplePage::refresh);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_showRemoved, &QCheckBox::toggled, this, &PeoplePage::refresh);
    connect(m_new, &QPushButton::clicked, this, &PeoplePage::newPerson);
    connect(m_edit, &QPushButton::clicked, this, &PeoplePage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &PeoplePage::removeSelected);
    connect(m_restore, &QPushButton::clicked, this, &PeoplePage::restoreSelected);
    connect(m_table, &QTableView::activated, this, &PeoplePage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeoplePage::updateButtons);
    if (canWrite) {
        auto *shortcut = new QShortcut(QKeySequence::New, this);
        connect(shortcut, &QShortcut::activated, this, &PeoplePage::newPerson);
    }
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    refresh();
}

void PeoplePage::refresh()
{
    const QString keep = selectedUuid();
    PersonQuery q;
    q.text = m_search->text();
    q.includeDeleted = m_showRemoved->isChecked();
    q.limit = kMaxRows;
    Result<QList<PersonListItem>> rows = PersonService::search(m_db, m_session, q);
    if (!rows) {
        m_model->setRows({}, Clock::today());
        m_count->setText(rows.message());
        return;
    }
    const int n = static_cast<int>(rows->size());
    m_model->setRows(std::move(rows).value(), Clock::today());
    const QHeaderView *h = m_table->horizontalHeader();
    m_model->sort(h->sortIndicatorSection(), h->sortIndicatorOrder());
    if (n >= kMaxRows) {
        m_count->setText(tr("Showing the first %1 people; narrow the search to see the others.").arg(kMaxRows));
    } else {
        Result<qint64> total = PersonService::count(m_db, m_session, PersonQuery{QString(), false, 0, 0});
        m_count->setText(q.text.trimmed().isEmpty() ? tr("%n person(s) in the index", nullptr, n)
                                                    : tr("%n match(es) among %1 people", nullptr, n).arg(total ? *total : 0));
    }
    selectUuid(keep);
    updateButtons();
}

QString PeoplePage::selectedUuid() const
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid() || !m_table->selectionModel()->isRowSelected(i.row(), QModelIndex()))
        return QString();
    return m_model->data(m_model->index(i.row(), 0), PeopleTableModel::UuidRole).toString();
}

void PeoplePage::selectUuid(const QString &uuid)
{
    const int row = uuid.isEmpty() ? -1 : m_model->rowOf(uuid);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void PeoplePage::updateButtons()
{
    const QString uuid = selectedUuid();
    const int row = m_model->rowOf(uuid);
    const bool removed = row >= 0 && m_model->item(row)->deleted;
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0 && !removed);
    m_restore->setEnabled(row >= 0 && removed);
}

void PeoplePage::newPerson()
{
    if (!m_session.can(Permission::PeopleWrite))
        return;
    PersonDialog dialog(m_db, m_session, this);
    const int result = dialog.exec();
    if (result == PersonDialog::OpenExisting) {
        openPerson(dialog.existingUuid());
        return;
    }
    if (result == QDialog::Accepted) {
        m_search->clear();
        refresh();
        selectUuid(dialog.savedUuid());
    }
}

void PeoplePage::editSelected()
{
    const QString uuid = selectedUuid();
    if (!uuid.isEmpty())
        openPerson(uuid);
}

void PeoplePage::openPerson(const QString &uuid)
{
    Result<Person> p = PersonService::get(m_db, m_session, uuid);
    if (!p) {
        MessageBox::warning(this, tr("People"), p.message());
        return;
    }
    PersonDialog dialog(m_db, m_session, this);
    dialog.setPerson(*p);
    if (!m_session.can(Permission::PeopleWrite))
        dialog.setReadOnly(true);
    const int result = dialog.exec();
    if (result == PersonDialog::OpenExisting) {
        openPerson(dialog.existingUuid());
        return;
    }
    refresh();
    selectUuid(uuid);
}

void PeoplePage::removeSelected()
{
    const QString uuid = selectedUuid();
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return;
    const std::optional<QString> reason = MessageBox::getText(
        this, tr("Remove from the people index"),
        tr("Why is %1 removed? The record is kept and can be restored.").arg(m_model->item(row)->name));
    if (!reason)
        return;
    const Status s = PersonService::remove(m_db, m_session, uuid, *reason);
    if (!s.ok()) {
        MessageBox::warning(this, tr("People"), s.message());
        return;
    }
    refresh();
}

void PeoplePage::restoreSelected()
{
    const QString uuid = selectedUuid();
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return;
    const std::optional<QString> reason =
        MessageBox::getText(this, tr("Restore"), tr("Why is %1 restored?").arg(m_model->item(row)->name));
    if (!reason)
        return;
    const Status s = PersonService::restore(m_db, m_session, uuid, *reason);
    if (!s.ok()) {
        MessageBox::warning(this, tr("People"), s.message());
        return;
    }
    refresh();
    selectUuid(uuid);
}

}  // namespace ui
}  // namespace sifa
