#include "placement/PlacementPage.h"

#include "correction/CorrectionUi.h"
#include "placement/NoticesDialog.h"
#include "placement/PlacementListModel.h"
#include "placement/PlacementService.h"
#include "placement/PlacementUi.h"
#include "placement/PlacementWindow.h"
#include "placement/RegisterDialog.h"
#include "placement/UnmatchedDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/TableViewState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

QComboBox *combo(QWidget *parent, const QString &name, const QString &accessible, const QString &all,
                 const QString &table)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setAccessibleName(accessible);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    c->addItem(all, QString());
    for (const auto &[code, label] : CorrectionUi::codeItems(table))
        c->addItem(label, code);
    return c;
}

QPushButton *button(QWidget *parent, const QString &name, const QString &text, const QString &tip = QString())
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(tip);
    return b;
}

} // namespace

PlacementPage::PlacementPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_model(new PlacementListModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    auto *v = new QVBoxLayout(this);
    v->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Resettlement and assistance")), this));

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search: name or pinyin (zs), ID or phone fragment, charge, prison, file number"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search files"));
    bar->addWidget(m_search, 1);
    auto *registerButton = button(this, QStringLiteral("registerFile"), tr("&Register a file…"),
                                  tr("A person released from prison or community correction (Ctrl+N)"));
    auto *openButton = button(this, QStringLiteral("openFile"), tr("&Open"));
    auto *noticesButton = button(this, QStringLiteral("notices"), tr("Prison &notices…"),
                                 tr("Release notices from prisons: check on the ground, tell the family, open the file"));
    auto *unmatchedButton = button(this, QStringLiteral("unmatched"), tr("Not handed &over…"),
                                   tr("The monthly list of people not handed over, for the county"));
    for (QPushButton *b : {registerButton, openButton, noticesButton, unmatchedButton})
        bar->addWidget(b);
    v->addLayout(bar);

    auto *filters = new QHBoxLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->addItem(tr("All files"), QString());
    for (const auto &[code, label] : CorrectionUi::codeItems(QStringLiteral("placement_status")))
        m_status->addItem(label, code);
    m_status->setCurrentIndex(m_status->findData(QStringLiteral("assisting")));
    m_category = combo(this, QStringLiteral("categoryFilter"), tr("Category"), tr("All categories"),
                       QStringLiteral("placement_category"));
    m_handover = combo(this, QStringLiteral("handoverFilter"), tr("Hand-over"), tr("Any hand-over state"),
                       QStringLiteral("handover_status"));
    m_source = combo(this, QStringLiteral("sourceFilter"), tr("Source"), tr("All sources"),
                     QStringLiteral("placement_source"));
    m_reveal = new QCheckBox(tr("Show full ID numbers"), this);
    m_reveal->setObjectName(QStringLiteral("revealIds"));
    m_reveal->setToolTip(tr("Showing full ID numbers is recorded in the audit trail."));
    for (QComboBox *c : {m_status, m_category, m_handover, m_source})
        filters->addWidget(c);
    filters->addStretch(1);
    filters->addWidget(m_reveal);
    v->addLayout(filters);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PlacementListModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("placementTable"));
    m_table->setModel(m_proxy);
    m_table->horizontalHeader()->setSortIndicator(PlacementListModel::Release, Qt::DescendingOrder);
    // 姓名 性别 身份证号 来源 释放 监所 罪名 类别 衔接 安置 走访 期满 状态 干部 标记
    setUpLedgerTable(m_table, QStringLiteral("placement-files"), {5, 2, 11, 5, 6, 9, 7, 5, 5, 6, 6, 6, 4, 4, 0},
                     PlacementListModel::Flags);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    v->addWidget(m_table, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    v->addWidget(m_count);

    const bool canWrite = m_session.can(Permission::PlacementWrite);
    registerButton->setVisible(canWrite);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &PlacementPage::refresh);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *c : {m_status, m_category, m_handover, m_source})
        connect(c, &QComboBox::currentIndexChanged, this, &PlacementPage::refresh);
    connect(m_reveal, &QCheckBox::toggled, this, &PlacementPage::refresh);
    connect(registerButton, &QPushButton::clicked, this, &PlacementPage::registerFile);
    connect(openButton, &QPushButton::clicked, this, &PlacementPage::openSelected);
    connect(noticesButton, &QPushButton::clicked, this, [this] { showNotices(); });
    connect(unmatchedButton, &QPushButton::clicked, this, &PlacementPage::showUnmatched);
    connect(m_table, &QTableView::activated, this, &PlacementPage::openSelected);
    if (canWrite) {
        auto *shortcut = new QShortcut(QKeySequence::New, this);
        connect(shortcut, &QShortcut::activated, this, &PlacementPage::registerFile);
    }
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    refresh();
}

void PlacementPage::refresh()
{
    m_debounce->stop();
    PlacementQuery q;
    q.status = m_status->currentData().toString();
    q.category = m_category->currentData().toString();
    q.handoverStatus = m_handover->currentData().toString();
    q.source = m_source->currentData().toString();
    q.text = m_search->text().trimmed();
    q.revealIdNumbers = m_reveal->isChecked();
    const QString current = selectedUuid();
    Result<QList<PlacementListItem>> list = PlacementService::list(m_db, m_session, q);
    if (!list) {
        m_model->setItems({});
        m_count->setText(list.message());
        return;
    }
    QHash<QString, QString> officers;
    int pending = 0;
    int key = 0;
    for (const PlacementListItem &item : *list) {
        if (!officers.contains(item.officer))
            officers.insert(item.officer, CorrectionUi::officerName(m_db, item.officer));
        pending += item.handoverStatus != QLatin1String("done") ? 1 : 0;
        key += item.category == QLatin1String("key") ? 1 : 0;
    }
    m_model->setItems(*list, officers);
    m_count->setText(tr("%n person(s)", nullptr, static_cast<int>(list->size())) +
                     tr(" · %n key person(s)", nullptr, key) + tr(" · %n not handed over", nullptr, pending) +
                     (q.revealIdNumbers ? tr(" · full ID numbers shown (recorded in the audit trail)") : QString()));
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(PlacementListModel::UuidRole).toString() == current) {
            m_table->selectRow(row);
            break;
        }
    }
}

void PlacementPage::hideEvent(QHideEvent *event)
{
    // Full ID numbers are shown for a purpose, not left on the screen.
    if (m_reveal->isChecked())
        m_reveal->setChecked(false);
    QWidget::hideEvent(event);
}

QString PlacementPage::selectedUuid() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_proxy->index(i.row(), 0).data(PlacementListModel::UuidRole).toString() : QString();
}

void PlacementPage::registerFile()
{
    if (!m_session.can(Permission::PlacementWrite))
        return;
    RegisterDialog dialog(m_db, m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_search->clear();
    refresh();
    Q_EMIT filesChanged();
    openFile(dialog.savedUuid());
}

void PlacementPage::openSelected()
{
    const QString uuid = selectedUuid();
    if (!uuid.isEmpty())
        openFile(uuid);
}

void PlacementPage::openFile(const QString &uuid)
{
    PlacementWindow window(m_db, m_session, uuid, this);
    if (!window.loaded()) {
        MessageBox::warning(this, PlacementUi::title(), window.loadError());
        return;
    }
    window.exec();
    if (window.changed()) {
        refresh();
        Q_EMIT filesChanged();
    }
}

void PlacementPage::showNotices(const QString &select)
{
    NoticesDialog dialog(m_db, m_session, this);
    if (!select.isEmpty())
        dialog.select(select);
    connect(&dialog, &NoticesDialog::openFileRequested, this, &PlacementPage::openFile);
    dialog.exec();
    if (dialog.changed()) {
        refresh();
        Q_EMIT filesChanged();
    }
}

void PlacementPage::showUnmatched()
{
    UnmatchedDialog dialog(m_db, m_session, this);
    connect(&dialog, &UnmatchedDialog::openFileRequested, this, &PlacementPage::openFile);
    connect(&dialog, &UnmatchedDialog::openNoticeRequested, this, &PlacementPage::showNotices);
    dialog.exec();
}

} // namespace ui
} // namespace sifa
