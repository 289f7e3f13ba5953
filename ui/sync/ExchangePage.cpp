#include "sync/ExchangePage.h"

#include "domain/Office.h"
#include "rules/Rules.h"
#include "sync/KeysPanel.h"
#include "sync/LedgerTable.h"
#include "sync/PartnerTable.h"
#include "sync/SyncActions.h"
#include "sync/SyncLabels.h"
#include "sync/TransfersPanel.h"
#include "util/Time.h"
#include "widgets/MessageBox.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

QString startDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

ExchangePage::ExchangePage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_county(Office::info(db).isCounty())
{
    auto *v = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("exchangeSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("background: #f6f8fb; border: 1px solid #d5dde8; padding: 8px;"));
    top->addWidget(m_summary, 1);
    auto *buttons = new QVBoxLayout;
    m_export = new QPushButton(QIcon(QStringLiteral(":/icons/exchange.svg")), tr("&Export bundle…"), this);
    m_export->setObjectName(QStringLiteral("exportBundle"));
    m_export->setToolTip(m_county
                             ? tr("Writes a bundle for the selected township: the county's decisions, transfers "
                                  "and confirmations.")
                             : tr("Writes a bundle for the county bureau with every change it has not confirmed."));
    m_import = new QPushButton(tr("&Import bundles…"), this);
    m_import->setObjectName(QStringLiteral("importBundles"));
    m_retry = new QPushButton(tr("Retry &quarantined"), this);
    m_retry->setObjectName(QStringLiteral("retryQuarantined"));
    m_retry->setToolTip(tr("Bundles that needed a newer SifaDesk are tried again (after an update)."));
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    for (QPushButton *b : {m_export, m_import, m_retry, refreshButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    top->addLayout(buttons);
    v->addLayout(top);

    m_tabs = new QTabWidget(this);
    auto *exchange = new QSplitter(Qt::Vertical, m_tabs);
    auto *partnersBox = new QWidget(exchange);
    auto *pv = new QVBoxLayout(partnersBox);
    pv->setContentsMargins(0, 0, 0, 0);
    pv->addWidget(new QLabel(QStringLiteral("<b>%1</b>")
                                 .arg(m_county ? tr("Townships").toHtmlEscaped() : tr("County bureau").toHtmlEscaped()),
                             partnersBox));
    m_partners = new PartnerTable(partnersBox);
    m_partners->setSortingEnabled(true);
    pv->addWidget(m_partners, 1);
    auto *ledgerBox = new QWidget(exchange);
    auto *lv = new QVBoxLayout(ledgerBox);
    lv->setContentsMargins(0, 0, 0, 0);
    lv->addWidget(
        new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Bundles sent and received").toHtmlEscaped()), ledgerBox));
    m_ledger = new LedgerTable(ledgerBox);
    lv->addWidget(m_ledger, 1);
    exchange->addWidget(partnersBox);
    exchange->addWidget(ledgerBox);
    exchange->setStretchFactor(0, 2);
    exchange->setStretchFactor(1, 3);
    m_tabs->addTab(exchange, tr("Exchange"));
    m_keys = new KeysPanel(db, session, m_tabs);
    m_tabs->addTab(m_keys, tr("Keys"));
    // Transfers name people: only for roles that exchange the office's records.
    m_transfers = nullptr;
    if (session.can(Permission::ExchangeRun)) {
        m_transfers = new TransfersPanel(db, session, m_county, m_tabs);
        m_tabs->addTab(m_transfers, tr("Transfers"));
        connect(m_transfers, &TransfersPanel::transfersChanged, this, &ExchangePage::recordsChanged);
    }
    v->addWidget(m_tabs, 1);

    connect(m_export, &QPushButton::clicked, this, [this] { exportBundle(); });
    connect(m_import, &QPushButton::clicked, this, [this] { importBundles(); });
    connect(m_retry, &QPushButton::clicked, this, &ExchangePage::retryQuarantined);
    connect(refreshButton, &QPushButton::clicked, this, &ExchangePage::refresh);
    connect(m_keys, &KeysPanel::keysChanged, this, [this] {
        refresh();
        Q_EMIT stateChanged();
    });
    refresh();
}

int ExchangePage::overdueDays(int cycleDays)
{
    const std::optional<Duration> d = Rules::instance().duration(QStringLiteral("sync.bundle_overdue"), Clock::today());
    return d ? d->amount : 2 * cycleDays; // without the rule: two cycles
}

void ExchangePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ExchangePage::refresh()
{
    Result<SyncStatus> status = SyncState::status(m_db, m_session);
    if (!status) {
        m_status.reset();
        m_summary->setText(
            QStringLiteral("<span style='color:#b00020'>%1</span>").arg(status.message().toHtmlEscaped()));
        m_partners->setPartners({}, 0);
        m_ledger->setEntries({});
        m_retry->setEnabled(false);
        return;
    }
    m_status = *status;
    m_partners->setPartners(m_status->partners, overdueDays(m_status->cycleDays));
    m_ledger->setEntries(m_status->recent);
    m_summary->setText(summaryText());
    m_retry->setEnabled(m_status->quarantined > 0);
    m_keys->refresh();
    if (m_transfers)
        m_transfers->refresh();
}

QString ExchangePage::summaryText() const
{
    const SyncStatus &s = *m_status;
    QStringList lines;
    lines << tr("<b>%1</b> (%2) · %3 · %n change(s) in this office's log", nullptr, static_cast<int>(s.localOrder))
                 .arg(s.officeName.toHtmlEscaped(), s.officeCode, SyncLabels::mode(s.mode));
    if (!m_county) {
        if (s.partners.isEmpty()) {
            lines << tr("The county bureau's key is not trusted yet: trust its key file on the Keys tab before the "
                        "first exchange.");
        }
        for (const PartnerStatus &p : s.partners) {
            const QString county = SyncLabels::office(p.officeCode, p.officeName).toHtmlEscaped();
            lines
                << (p.pendingOps > 0
                        ? tr("Sent: %1 has confirmed this office's changes up to no. %2; <b>%n change(s) pending</b>, "
                             "carried by the next bundle.",
                             nullptr, static_cast<int>(p.pendingOps))
                              .arg(county)
                              .arg(p.ackedOrder)
                        : tr("Sent: %1 has confirmed every change of this office.").arg(county));
            if (p.unconfirmedExports > 0)
                lines << tr("%n bundle(s) written since its last confirmation, not confirmed yet.", nullptr,
                            p.unconfirmedExports);
            lines << (p.lastReceivedAt.isEmpty()
                          ? tr("Received: nothing from the county yet.")
                          : tr("Received: the last bundle from the county was imported %1 (%2), its log up to no. %3.")
                                .arg(SyncLabels::when(p.lastReceivedAt), SyncLabels::daysAgo(p.daysSinceLast))
                                .arg(p.receivedOrder));
        }
    } else {
        int late = 0;
        for (const PartnerStatus &p : s.partners)
            late += p.late ? 1 : 0;
        lines << tr("%n township(s) exchange with this bureau; exchange cycle %1 days.", nullptr,
                    static_cast<int>(s.partners.size()))
                     .arg(s.cycleDays);
        if (late > 0)
            lines << QStringLiteral("<span style='color:#a04000'>%1</span>")
                         .arg(tr("%n township(s) late: see the completeness board.", nullptr, late).toHtmlEscaped());
    }
    if (s.openConflicts > 0)
        lines << QStringLiteral("<span style='color:#a04000'>%1</span>")
                     .arg(
                         tr("%n conflict(s) waiting in the conflict inbox.", nullptr, s.openConflicts).toHtmlEscaped());
    if (s.quarantined > 0)
        lines << QStringLiteral("<span style='color:#a04000'>%1</span>")
                     .arg(tr("%n bundle(s) quarantined: they need a newer SifaDesk.", nullptr, s.quarantined)
                              .toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

QString ExchangePage::chooseTownship()
{
    QString selected = m_partners->selectedOffice();
    if (!selected.isEmpty())
        return selected;
    QStringList labels;
    QStringList codes;
    if (m_status) {
        for (const PartnerStatus &p : m_status->partners) {
            if (p.mode == QLatin1String("county") || p.keyRevoked)
                continue;
            labels << SyncLabels::office(p.officeCode, p.officeName);
            codes << p.officeCode;
        }
    }
    if (codes.isEmpty()) {
        MessageBox::information(
            this, tr("Export"),
            tr("No township's key is trusted yet: trust a township's key file on the Keys tab first."));
        return QString();
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Export"), tr("Bundle for which township?"), labels, 0, false, &ok);
    return ok ? codes.value(static_cast<int>(labels.indexOf(chosen))) : QString();
}

void ExchangePage::setBusy(bool busy)
{
    for (QPushButton *b : {m_export, m_import, m_retry})
        b->setEnabled(!busy);
    if (!busy)
        m_retry->setEnabled(m_status && m_status->quarantined > 0);
}

void ExchangePage::exportBundle(const QString &toOffice, const QString &outPath)
{
    QString office = toOffice;
    if (m_county && office.isEmpty()) {
        office = chooseTownship();
        if (office.isEmpty())
            return;
    }
    QString path = outPath;
    if (path.isEmpty()) {
        path =
            QFileDialog::getExistingDirectory(this, tr("Folder for the bundle (e.g. the USB stick)"), startDirectory());
        if (path.isEmpty())
            return;
    }
    setBusy(true);
    const SyncActions::Outcome o = SyncActions::exportBundle(this, m_db, m_session, office, path);
    setBusy(false);
    m_lastMessage = o.message;
    refresh();
    if (o.changed)
        Q_EMIT stateChanged();
}

void ExchangePage::importBundles(const QStringList &paths)
{
    QStringList files = paths;
    if (files.isEmpty()) {
        files = QFileDialog::getOpenFileNames(this, tr("Bundles to import"), startDirectory(),
                                              tr("SifaDesk bundles (*.sifabundle);;All files (*)"));
        if (files.isEmpty())
            return;
    }
    setBusy(true);
    const SyncActions::Outcome o = SyncActions::importBundles(this, m_db, m_session, files);
    setBusy(false);
    m_lastMessage = o.message;
    refresh();
    if (o.ran) {
        Q_EMIT stateChanged();
        if (o.changed)
            Q_EMIT recordsChanged();
    }
}

void ExchangePage::retryQuarantined()
{
    setBusy(true);
    const SyncActions::Outcome o = SyncActions::retryQuarantined(this, m_db, m_session);
    setBusy(false);
    m_lastMessage = o.message;
    refresh();
    if (o.changed) {
        Q_EMIT stateChanged();
        Q_EMIT recordsChanged();
    }
}

} // namespace ui
} // namespace sifa
