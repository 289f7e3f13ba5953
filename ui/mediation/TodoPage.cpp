#include "mediation/TodoPage.h"

#include "security/Users.h"
#include "util/Time.h"
#include "widgets/MessageBox.h"

#include <QBrush>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

QColor bucketColour(TodoItem::Bucket b)
{
    switch (b) {
    case TodoItem::Bucket::Overdue: return QColor(0xc6, 0x28, 0x28);
    case TodoItem::Bucket::Today: return QColor(0xe6, 0x7e, 0x22);
    case TodoItem::Bucket::ThisWeek: return QColor(0x15, 0x65, 0xc0);
    case TodoItem::Bucket::Upcoming: return QColor(0x42, 0x42, 0x42);
    }
    return QColor();
}

}  // namespace

TodoPage::TodoPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    qRegisterMetaType<TodoCounts>();
    auto *v = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("To do")), this);
    v->addWidget(title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("todoSummary"));
    v->addWidget(m_summary);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("todoTree"));
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels({tr("Due"), tr("Case number"), tr("Case"), tr("What is due"), tr("Who")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    v->addWidget(m_tree, 1);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    auto *h = new QHBoxLayout;
    h->addStretch(1);
    h->addWidget(refreshButton);
    v->addLayout(h);
    connect(refreshButton, &QPushButton::clicked, this, &TodoPage::refresh);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant index = item->data(0, kIndexRole);
        if (index.isValid())
            openItem(index.toInt());
    });
    // Deadlines move with the date: look again every ten minutes.
    auto *timer = new QTimer(this);
    timer->setInterval(10 * 60 * 1000);
    connect(timer, &QTimer::timeout, this, &TodoPage::refresh);
    timer->start();
    refresh();
}

QString TodoPage::navigationLabel(const TodoCounts &c)
{
    const int pressing = c.overdue + c.today;
    return pressing > 0 ? tr("To do (%1)").arg(pressing) : tr("To do");
}

void TodoPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void TodoPage::refresh()
{
    const QDate today = Clock::today();
    Result<QList<TodoItem>> items = Todo::items(m_db, m_session, today);
    m_tree->clear();
    if (!items) {
        m_summary->setText(items.message());
        return;
    }
    m_items = std::move(items).value();
    // Who answers for an item: a user named by the user name (a correction officer) by the
    // display name; a mediator's name as it is.
    QHash<QString, QString> names;
    auto assigneeName = [this, &names](const QString &assignee) {
        if (assignee.isEmpty())
            return assignee;
        auto it = names.constFind(assignee);
        if (it == names.cend()) {
            const Result<UserInfo> user = Users::find(m_db, assignee);
            it = names.insert(assignee, user && !user->displayName.isEmpty() ? user->displayName : assignee);
        }
        return it.value();
    };
    m_counts = Todo::counts(m_items, today);
    QMap<TodoItem::Bucket, QTreeWidgetItem *> groups;
    for (TodoItem::Bucket b : {TodoItem::Bucket::Overdue, TodoItem::Bucket::Today, TodoItem::Bucket::ThisWeek,
                               TodoItem::Bucket::Upcoming}) {
        auto *g = new QTreeWidgetItem(m_tree);
        g->setFirstColumnSpanned(true);
        QFont bold = g->font(0);
        bold.setBold(true);
        g->setFont(0, bold);
        g->setForeground(0, QBrush(bucketColour(b)));
        groups.insert(b, g);
    }
    for (int i = 0; i < m_items.size(); ++i) {
        const TodoItem &t = m_items.at(i);
        const TodoItem::Bucket b = Todo::bucket(t.due, today);
        auto *item = new QTreeWidgetItem(groups.value(b));
        item->setText(0, toStoredDate(t.due));
        item->setText(1, t.caseNo);
        item->setText(2, t.title);
        item->setText(3, t.what);
        item->setText(4, assigneeName(t.assignee));
        item->setData(0, kIndexRole, i);
        if (b == TodoItem::Bucket::Overdue)
            item->setForeground(0, QBrush(bucketColour(b)));
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        it.value()->setText(0, tr("%1 (%2)").arg(Todo::bucketLabel(it.key())).arg(it.value()->childCount()));
        it.value()->setExpanded(it.key() != TodoItem::Bucket::Upcoming || it.value()->childCount() <= 20);
    }
    for (int c = 0; c < 4; ++c)
        m_tree->resizeColumnToContents(c);
    m_summary->setText(m_items.isEmpty() ? tr("Nothing is due. Well done.")
                                         : tr("%1 overdue, %2 due today, %3 this week, %4 later.")
                                               .arg(m_counts.overdue)
                                               .arg(m_counts.today)
                                               .arg(m_counts.thisWeek)
                                               .arg(m_counts.upcoming));
    Q_EMIT countsChanged(m_counts);
}

void TodoPage::openItem(int index)
{
    if (index < 0 || index >= m_items.size())
        return;
    const TodoItem &t = m_items.at(index);
    if (t.entity == QLatin1String("dispute"))
        Q_EMIT openCaseRequested(t.uuid);
    else if (t.entity == QLatin1String("screening"))
        Q_EMIT openScreeningRequested(t.uuid);
    else if (t.entity == QLatin1String("cc_subject"))
        Q_EMIT openSubjectRequested(t.uuid);
    else if (t.entity == QLatin1String("cc_assessment"))
        Q_EMIT openAssessmentRequested(t.uuid);
    else if (t.entity == QLatin1String("rp_subject"))
        Q_EMIT openPlacementRequested(t.uuid);
    else if (t.entity == QLatin1String("rp_notice"))
        Q_EMIT openNoticeRequested(t.uuid);
    else if (t.entity == QLatin1String("stat_report"))
        Q_EMIT openReportRequested(t.uuid.section(QLatin1Char(':'), 0, 0), t.uuid.section(QLatin1Char(':'), 1));
}

}  // namespace ui
}  // namespace sifa
