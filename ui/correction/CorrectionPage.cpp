#include "correction/CorrectionPage.h"

#include "correction/AssessmentsDialog.h"
#include "correction/CorrectionService.h"
#include "correction/CorrectionUi.h"
#include "correction/KeyPeriodDialog.h"
#include "correction/SubjectDialog.h"
#include "correction/SubjectListModel.h"
#include "correction/SubjectWindow.h"
#include "widgets/FormDialog.h"
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

CorrectionPage::CorrectionPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_model(new SubjectListModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    auto *v = new QVBoxLayout(this);
    v->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Community correction")), this));

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search: name or pinyin (zs), ID or phone fragment, charge, subject number"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search subjects"));
    bar->addWidget(m_search, 1);
    auto *registerButton = button(this, QStringLiteral("registerSubject"), tr("&Register a subject…"),
                                  tr("From the judgment and the notice of execution (Ctrl+N)"));
    auto *openButton = button(this, QStringLiteral("openSubject"), tr("&Open"));
    auto *assessButton = button(this, QStringLiteral("assessments"), tr("&Assessments…"),
                                tr("Pre-sentence assessments entrusted to the office, with their due dates"));
    auto *keyButton = button(this, QStringLiteral("keyPeriod"), tr("&Key period…"),
                             tr("Daily reports for chosen people during a holiday or major event"));
    auto *sealedButton = button(this, QStringLiteral("openSealed"), tr("Sealed file…"),
                                tr("Open a sealed file of a minor with the approval that allows it"));
    for (QPushButton *b : {registerButton, openButton, assessButton, keyButton, sealedButton})
        bar->addWidget(b);
    v->addLayout(bar);

    auto *filters = new QHBoxLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->addItem(tr("Open files"), QStringLiteral("active"));
    m_status->addItem(tr("All files"), QString());
    for (const auto &[code, label] : CorrectionUi::codeItems(QStringLiteral("correction_status")))
        m_status->addItem(label, code);
    m_grade =
        combo(this, QStringLiteral("gradeFilter"), tr("Grade"), tr("All grades"), QStringLiteral("supervision_grade"));
    m_type = combo(this, QStringLiteral("typeFilter"), tr("Type"), tr("All types"), QStringLiteral("correction_type"));
    m_reveal = new QCheckBox(tr("Show full ID numbers"), this);
    m_reveal->setObjectName(QStringLiteral("revealIds"));
    m_reveal->setToolTip(tr("Showing full ID numbers is recorded in the audit trail."));
    filters->addWidget(m_status);
    filters->addWidget(m_grade);
    filters->addWidget(m_type);
    filters->addStretch(1);
    filters->addWidget(m_reveal);
    v->addLayout(filters);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SubjectListModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("subjectTable"));
    m_table->setModel(m_proxy);
    m_table->horizontalHeader()->setSortIndicator(SubjectListModel::Period, Qt::AscendingOrder);
    // 姓名 性别 身份证号 类别 等级 状态 罪名 矫正期限 矫正干部 标签
    setUpLedgerTable(m_table, QStringLiteral("correction-subjects"), {6, 2, 11, 6, 3, 4, 8, 13, 4, 0},
                     SubjectListModel::Tags);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    v->addWidget(m_table, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    v->addWidget(m_count);

    const bool canWrite = m_session.can(Permission::CorrectionWrite);
    registerButton->setVisible(canWrite);
    keyButton->setVisible(canWrite);
    sealedButton->setVisible(m_session.can(Permission::CorrectionMinors));

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &CorrectionPage::refresh);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *c : {m_status, m_grade, m_type})
        connect(c, &QComboBox::currentIndexChanged, this, &CorrectionPage::refresh);
    connect(m_reveal, &QCheckBox::toggled, this, &CorrectionPage::refresh);
    connect(registerButton, &QPushButton::clicked, this, &CorrectionPage::registerSubject);
    connect(openButton, &QPushButton::clicked, this, &CorrectionPage::openSelected);
    connect(assessButton, &QPushButton::clicked, this, [this] { showAssessments(); });
    connect(keyButton, &QPushButton::clicked, this, &CorrectionPage::declareKeyPeriod);
    connect(sealedButton, &QPushButton::clicked, this, &CorrectionPage::openSealed);
    connect(m_table, &QTableView::activated, this, &CorrectionPage::openSelected);
    if (canWrite) {
        auto *shortcut = new QShortcut(QKeySequence::New, this);
        connect(shortcut, &QShortcut::activated, this, &CorrectionPage::registerSubject);
    }
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    refresh();
}

void CorrectionPage::refresh()
{
    m_debounce->stop();
    SubjectQuery q;
    q.status = m_status->currentData().toString();
    q.grade = m_grade->currentData().toString();
    q.correctionType = m_type->currentData().toString();
    q.text = m_search->text().trimmed();
    q.revealIdNumbers = m_reveal->isChecked();
    const QString current = selectedUuid();
    Result<QList<SubjectListItem>> list = CorrectionService::list(m_db, m_session, q);
    if (!list) {
        m_model->setItems({});
        m_count->setText(list.message());
        return;
    }
    QHash<QString, QString> officers;
    for (const SubjectListItem &item : *list) {
        if (!officers.contains(item.officer))
            officers.insert(item.officer, CorrectionUi::officerName(m_db, item.officer));
    }
    m_model->setItems(*list, officers);
    m_count->setText(tr("%n person(s)", nullptr, static_cast<int>(list->size())) +
                     (q.revealIdNumbers ? tr(" · full ID numbers shown (recorded in the audit trail)") : QString()));
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(SubjectListModel::UuidRole).toString() == current) {
            m_table->selectRow(row);
            break;
        }
    }
}

void CorrectionPage::hideEvent(QHideEvent *event)
{
    // Full ID numbers are shown for a purpose, not left on the screen.
    if (m_reveal->isChecked())
        m_reveal->setChecked(false);
    QWidget::hideEvent(event);
}

QString CorrectionPage::selectedUuid() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_proxy->index(i.row(), 0).data(SubjectListModel::UuidRole).toString() : QString();
}

void CorrectionPage::registerSubject()
{
    if (!m_session.can(Permission::CorrectionWrite))
        return;
    SubjectDialog dialog(m_db, m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_search->clear();
    refresh();
    Q_EMIT subjectsChanged();
    openSubject(dialog.savedUuid());
}

void CorrectionPage::openSelected()
{
    const QString uuid = selectedUuid();
    if (!uuid.isEmpty())
        openSubject(uuid);
}

void CorrectionPage::openSubject(const QString &uuid, const QString &sealApproval)
{
    SubjectWindow window(m_db, m_session, uuid, sealApproval, this);
    if (!window.loaded()) {
        MessageBox::warning(this, tr("Community correction"), window.loadError());
        return;
    }
    window.exec();
    if (window.changed()) {
        refresh();
        Q_EMIT subjectsChanged();
    }
}

void CorrectionPage::showAssessments(const QString &select)
{
    AssessmentsDialog dialog(m_db, m_session, this);
    if (!select.isEmpty())
        dialog.select(select);
    dialog.exec();
    if (dialog.changed())
        Q_EMIT subjectsChanged();
}

void CorrectionPage::declareKeyPeriod()
{
    KeyPeriodDialog dialog(m_db, m_session, this);
    const QString current = selectedUuid();
    if (!current.isEmpty())
        dialog.setChecked({current});
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT subjectsChanged();
}

void CorrectionPage::openSealed()
{
    FormDialog f(tr("Open a sealed file"),
                 tr("A minor's sealed file is opened only with the approval that allows it; the opening is recorded in "
                    "the audit trail."),
                 this);
    f.addLine(QStringLiteral("id_number"), tr("ID number *:"));
    f.addLine(QStringLiteral("approval"), tr("Approval no. *:"));
    QString found;
    f.setAction([&] {
        const Result<QString> uuid = CorrectionService::findSealed(m_db, m_session, f.text(QStringLiteral("id_number")),
                                                                   f.text(QStringLiteral("approval")));
        if (!uuid)
            return uuid.status();
        found = *uuid;
        return Status();
    });
    if (f.exec() == QDialog::Accepted && !found.isEmpty())
        openSubject(found, f.text(QStringLiteral("approval")));
}

} // namespace ui
} // namespace sifa
