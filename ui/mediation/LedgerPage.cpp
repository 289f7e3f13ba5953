#include "mediation/LedgerPage.h"

#include "mediation/ImportDialog.h"
#include "mediation/LedgerExport.h"
#include "print/PrintDialog.h"

#include "codes/CodeTables.h"
#include "mediation/CaseWindow.h"
#include "mediation/DisputeDialog.h"
#include "mediation/LedgerModel.h"
#include "mediation/MediationCodes.h"
#include "mediation/MediationSetup.h"
#include "storage/Database.h"
#include "widgets/DateField.h"
#include "widgets/MessageBox.h"
#include "widgets/TableViewState.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QProgressDialog>
#include <QSettings>
#include <QGridLayout>
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

QComboBox *combo(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setAccessibleName(accessible);
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(7);
    return c;
}

}  // namespace

LedgerPage::LedgerPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_model(new LedgerModel(db.path(), session, this))
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 6, 0, 0);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search: party name or pinyin (zs), case number, ID or phone fragment, words of the summary"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search disputes"));
    bar->addWidget(m_search, 1);
    auto *registerButton = new QPushButton(tr("&Register a dispute…"), this);
    registerButton->setObjectName(QStringLiteral("registerDispute"));
    registerButton->setToolTip(tr("Ctrl+N"));
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openCase"));
    auto *importButton = new QPushButton(tr("&Import ledger…"), this);
    importButton->setObjectName(QStringLiteral("importLedger"));
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("exportLedger"));
    bar->addWidget(registerButton);
    bar->addWidget(m_open);
    bar->addWidget(importButton);
    bar->addWidget(exportButton);
    auto *printButton = new QPushButton(tr("&Print…"), this);
    printButton->setObjectName(QStringLiteral("printBlank"));
    printButton->setToolTip(tr("Blank forms and the register (人民调解案件登记簿) for a period"));
    connect(printButton, &QPushButton::clicked, this, [this] {
        PrintDialog dialog(m_db, m_session, QString(), this);
        dialog.exec();
    });
    bar->addWidget(printButton);
    v->addLayout(bar);

    auto *filters = new QHBoxLayout;
    m_status = combo(this, QStringLiteral("statusFilter"), tr("Status"));
    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(tr("In progress"), QStringLiteral("registered,accepted,investigating,mediating"));
    m_status->addItem(tr("Agreed, being performed"), QStringLiteral("agreed,performing"));
    m_status->addItem(tr("Closed, not archived"), QStringLiteral("not_accepted,terminated,performed,not_performed"));
    for (const auto &[id, label] : MediationCodes::statuses())
        m_status->addItem(label, id);
    m_type = combo(this, QStringLiteral("typeFilter"), tr("Type"));
    m_type->addItem(tr("All types"), QString());
    if (const CodeTable *t = CodeTables::instance().table(QStringLiteral("dispute_type"))) {
        for (const CodeItem &item : t->items)
            m_type->addItem(t->displayName(item.code), item.code);
    }
    m_source = combo(this, QStringLiteral("sourceFilter"), tr("Source"));
    m_source->addItem(tr("All sources"), QString());
    for (const auto &[id, label] : MediationCodes::sources())
        m_source->addItem(label, id);
    m_committee = combo(this, QStringLiteral("committeeFilter"), tr("Committee"));
    m_mediator = combo(this, QStringLiteral("mediatorFilter"), tr("Mediator"));
    m_risk = combo(this, QStringLiteral("riskFilter"), tr("Risk"));
    m_risk->addItem(tr("Any risk"), QString());
    for (const auto &[id, label] : MediationCodes::riskLevels()) {
        if (!id.isEmpty())
            m_risk->addItem(label, id);
    }
    m_from = new DateField(true, this);
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_to = new DateField(true, this);
    m_to->setObjectName(QStringLiteral("toFilter"));
    for (QWidget *w : {static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_source),
                       static_cast<QWidget *>(m_committee), static_cast<QWidget *>(m_mediator), static_cast<QWidget *>(m_risk)})
        filters->addWidget(w);
    filters->addSpacing(8);
    auto *dates = new QLabel(tr("Accepted from"), this);
    dates->setToolTip(tr("The acceptance date, or the registration date of a case not yet accepted."));
    filters->addWidget(dates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addStretch(1);
    v->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("ledgerTable"));
    m_table->setModel(m_model);
    // First use: newest registrations first; source and closing date hidden (the header's
    // menu shows them). A clerk's own choice, once made, is remembered instead.
    QHeaderView *h = m_table->horizontalHeader();
    h->setSortIndicator(LedgerModel::Registered, Qt::DescendingOrder);
    h->setSectionHidden(LedgerModel::Source, true);
    h->setSectionHidden(LedgerModel::Closed, true);
    // 案号 登记 受理 当事人 类型 来源 状态 调委会 调解员 风险 结果 结案
    setUpLedgerTable(m_table, QStringLiteral("mediation-ledger"), {14, 6, 6, 0, 7, 6, 5, 10, 4, 3, 6, 6},
                     LedgerModel::Parties);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    v->addWidget(m_table, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    v->addWidget(m_count);

    const bool canWrite = m_session.can(Permission::MediationWrite);
    registerButton->setVisible(canWrite);
    importButton->setVisible(canWrite);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &LedgerPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *c : {m_status, m_type, m_source, m_committee, m_mediator, m_risk})
        connect(c, &QComboBox::currentIndexChanged, this, &LedgerPage::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(registerButton, &QPushButton::clicked, this, &LedgerPage::registerDispute);
    connect(m_open, &QPushButton::clicked, this, &LedgerPage::openSelected);
    connect(importButton, &QPushButton::clicked, this, &LedgerPage::importLedger);
    connect(exportButton, &QPushButton::clicked, this, &LedgerPage::exportLedger);
    connect(m_table, &QTableView::activated, this, &LedgerPage::openSelected);
    connect(m_model, &LedgerModel::totalChanged, this, &LedgerPage::updateCount);
    connect(m_model, &LedgerModel::loadingChanged, this, &LedgerPage::updateCount);
    connect(m_model, &LedgerModel::failed, this, [this](const QString &message) { m_count->setText(message); });
    // Only dated and coded columns sort (in the database); another header click keeps the order.
    QHeaderView *header = m_table->horizontalHeader();
    m_lastSortColumn = header->sortIndicatorSection();
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        if (LedgerModel::sortable(column)) {
            m_lastSortColumn = column;
            return;
        }
        QSignalBlocker block(header);
        if (LedgerModel::sortable(m_lastSortColumn))
            header->setSortIndicator(m_lastSortColumn, m_model->query().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        else
            header->setSortIndicator(-1, Qt::DescendingOrder);
    });
    if (canWrite) {
        auto *shortcut = new QShortcut(QKeySequence::New, this);
        connect(shortcut, &QShortcut::activated, this, &LedgerPage::registerDispute);
    }
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    reloadChoices();
    applyFilters();
}

void LedgerPage::reloadChoices()
{
    const QString committee = m_committee->currentData().toString();
    const QString mediator = m_mediator->currentData().toString();
    {
        QSignalBlocker a(m_committee);
        QSignalBlocker b(m_mediator);
        m_committee->clear();
        m_committee->addItem(tr("All committees"), QString());
        if (Result<QList<Committee>> list = MediationSetup::committees(m_db)) {
            for (const Committee &c : *list)
                m_committee->addItem(c.name, c.uuid);
        }
        m_mediator->clear();
        m_mediator->addItem(tr("All mediators"), QString());
        if (Result<QList<Mediator>> list = MediationSetup::mediators(m_db)) {
            for (const Mediator &m : *list)
                m_mediator->addItem(m.name, m.uuid);
        }
        m_committee->setCurrentIndex(qMax(0, m_committee->findData(committee)));
        m_mediator->setCurrentIndex(qMax(0, m_mediator->findData(mediator)));
    }
}

void LedgerPage::applyFilters()
{
    LedgerQuery q;
    q.search = m_search->text();
    const QString statuses = m_status->currentData().toString();
    if (!statuses.isEmpty())
        q.statuses = statuses.split(QLatin1Char(','));
    q.disputeType = m_type->currentData().toString();
    q.source = m_source->currentData().toString();
    q.committeeUuid = m_committee->currentData().toString();
    q.mediatorUuid = m_mediator->currentData().toString();
    q.riskLevel = m_risk->currentData().toString();
    q.from = m_from->value();
    q.to = m_to->value();
    m_model->setQuery(q);
}

void LedgerPage::refresh()
{
    m_model->reload();
}

void LedgerPage::updateCount()
{
    const qint64 total = m_model->total();
    if (total < 0) {
        m_count->setText(m_model->isLoading() ? tr("Searching…") : tr("Counting…"));
        return;
    }
    m_count->setText(tr("%n case(s)", nullptr, static_cast<int>(qMin<qint64>(total, INT_MAX)))
                     + (m_model->isLoading() ? tr(" · loading…") : QString()));
}

QString LedgerPage::selectedUuid() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->data(m_model->index(i.row(), 0), LedgerModel::UuidRole).toString() : QString();
}

void LedgerPage::registerDispute()
{
    if (!m_session.can(Permission::MediationWrite))
        return;
    DisputeDialog dialog(m_db, m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_search->clear();
    refresh();
    Q_EMIT casesChanged();
    openCase(dialog.savedUuid());
}

void LedgerPage::openSelected()
{
    const QString uuid = selectedUuid();
    if (!uuid.isEmpty())
        openCase(uuid);
}

void LedgerPage::openCase(const QString &uuid)
{
    CaseWindow window(m_db, m_session, uuid, this);
    if (!window.loaded()) {
        MessageBox::warning(this, tr("Mediation"), window.loadError());
        return;
    }
    window.exec();
    if (window.changed()) {
        refresh();
        Q_EMIT casesChanged();
    }
}

void LedgerPage::importLedger()
{
    ImportDialog dialog(m_db, m_session, this);
    int imported = 0;
    connect(&dialog, &ImportDialog::imported, this, [&imported](int n) { imported += n; });
    dialog.exec();
    if (imported > 0) {
        reloadChoices();  // the import may have added committees and mediators
        refresh();
        Q_EMIT casesChanged();
    }
}

void LedgerPage::exportLedger()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    const QString name = tr("Mediation ledger %1.xlsx").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the ledger"), QDir(folder).filePath(name),
                                                      tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    exportTo(path);
}

bool LedgerPage::exportTo(const QString &path)
{
    // Every case the search box and filters show, in the ledger's order.
    LedgerQuery query = m_model->query();
    QProgressDialog progress(tr("Exporting the ledger…"), tr("Stop"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    Result<int> n = LedgerExport::write(m_db, m_session, query, path, LedgerExport::formatFor(path),
                                        [&progress](qint64 done, qint64 total) {
                                            progress.setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
                                            QApplication::processEvents();
                                            return !progress.wasCanceled();
                                        });
    progress.reset();
    if (!n) {
        MessageBox::warning(this, tr("Export"), n.message());
        return false;
    }
    m_count->setText(tr("%n case(s) exported to %1.", nullptr, *n).arg(QDir::toNativeSeparators(path)));
    return true;
}

}  // namespace ui
}  // namespace sifa
