#include "sync/KeysPanel.h"

#include "sync/OfficeKeys.h"
#include "sync/PasswordPrompt.h"
#include "sync/SyncLabels.h"
#include "widgets/FormDialog.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

enum TrustedColumn { TOffice, TMode, TKeyId, TFingerprint, TTrusted, TStatus, TColumnCount };

// "12345 67890 …" in three lines of four groups, to read aloud.
QString fingerprintLines(const QString &fingerprint)
{
    const QStringList groups = fingerprint.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += 4)
        lines << groups.mid(i, 4).join(QStringLiteral("  "));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

KeysPanel::KeysPanel(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    auto *v = new QVBoxLayout(this);
    auto *own = new QGroupBox(tr("This office's key"), this);
    auto *ov = new QHBoxLayout(own);
    m_ownKey = new QLabel(own);
    m_ownKey->setObjectName(QStringLiteral("ownKey"));
    m_ownKey->setTextFormat(Qt::RichText);
    m_ownKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint = new QLabel(own);
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.35);
    mono.setBold(true);
    m_fingerprint->setFont(mono);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setStyleSheet(QStringLiteral("background: #f6f8fb; border: 1px solid #d5dde8; padding: 8px;"));
    m_fingerprint->setToolTip(tr("Read these digits to the other office over the phone, or compare them with the "
                                 "printed key confirmation form, before it trusts this key."));
    ov->addWidget(m_ownKey, 1);
    ov->addWidget(m_fingerprint);
    auto *ownButtons = new QVBoxLayout;
    auto *save = new QPushButton(tr("Save public key file…"), own);
    save->setObjectName(QStringLiteral("savePublicKey"));
    auto *rotateButton = new QPushButton(tr("Rotate keys…"), own);
    rotateButton->setObjectName(QStringLiteral("rotateKeys"));
    rotateButton->setToolTip(tr("Makes a new key pair. The other offices learn it from the next bundle, signed by "
                                "the current key."));
    ownButtons->addWidget(save);
    ownButtons->addWidget(rotateButton);
    ownButtons->addStretch(1);
    ov->addLayout(ownButtons);
    v->addWidget(own);

    auto *trustedBox = new QGroupBox(tr("Keys of other offices this office trusts"), this);
    auto *tv = new QVBoxLayout(trustedBox);
    m_trusted = new QTableWidget(trustedBox);
    m_trusted->setObjectName(QStringLiteral("trustedKeys"));
    m_trusted->setColumnCount(TColumnCount);
    m_trusted->setHorizontalHeaderLabels(
        {tr("Office"), tr("Kind"), tr("Key"), tr("Fingerprint"), tr("Trusted"), tr("Status")});
    m_trusted->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trusted->setSelectionMode(QAbstractItemView::SingleSelection);
    m_trusted->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trusted->verticalHeader()->hide();
    m_trusted->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_trusted->horizontalHeader()->setStretchLastSection(true);
    tv->addWidget(m_trusted, 1);
    auto *tb = new QHBoxLayout;
    auto *trust = new QPushButton(tr("Trust a key file…"), trustedBox);
    trust->setObjectName(QStringLiteral("trustKey"));
    m_revoke = new QPushButton(tr("Revoke…"), trustedBox);
    m_revoke->setObjectName(QStringLiteral("revokeKey"));
    m_revoke->setEnabled(false);
    tb->addWidget(trust);
    tb->addWidget(m_revoke);
    tb->addStretch(1);
    tv->addLayout(tb);
    v->addWidget(trustedBox, 1);

    connect(save, &QPushButton::clicked, this, &KeysPanel::chooseAndSave);
    connect(rotateButton, &QPushButton::clicked, this, &KeysPanel::rotate);
    connect(trust, &QPushButton::clicked, this, &KeysPanel::chooseAndTrust);
    connect(m_revoke, &QPushButton::clicked, this, &KeysPanel::revokeSelected);
    connect(m_trusted, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> s = m_trusted->selectedItems();
        m_revoke->setEnabled(!s.isEmpty() && m_trusted->item(s.first()->row(), TStatus)->data(Qt::UserRole).toBool());
    });
    refresh();
}

void KeysPanel::refresh()
{
    Result<bool> exist = OfficeKeys::exist(m_db);
    Result<PublicKeySet> own = exist.ok() && *exist ? OfficeKeys::own(m_db) : Result<PublicKeySet>(Error{});
    if (exist.ok() && !*exist) {
        m_ownKey->setText(tr("This office has no keys yet. They are made the first time the office head exports or "
                             "imports a bundle (with their password)."));
        m_fingerprint->hide();
    } else if (!own.ok()) {
        m_ownKey->setText(tr("The office's key cannot be read: %1").arg(own.message().toHtmlEscaped()));
        m_fingerprint->hide();
    } else {
        const PublicKeySet &k = *own;
        m_ownKey->setText(tr("<b>%1</b> (%2)<br>Key %3, generation %4<br>Made %5<br><br>"
                             "Give the public key file to the other office and read it the fingerprint on the right.")
                              .arg(k.officeName.toHtmlEscaped(), k.officeCode, k.keyId)
                              .arg(k.generation)
                              .arg(SyncLabels::when(k.created)));
        m_fingerprint->setText(fingerprintLines(OfficeKeys::fingerprint(k)));
        m_fingerprint->show();
    }

    Result<QList<TrustedKey>> trusted = OfficeKeys::trusted(m_db);
    m_trusted->clearContents();
    const QList<TrustedKey> list = trusted.value_or({});
    m_trusted->setRowCount(static_cast<int>(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const TrustedKey &t = list.at(row);
        QString status = tr("valid");
        if (t.revoked())
            status = tr("revoked %1: %2").arg(SyncLabels::when(t.revokedAt), t.revokedReason);
        else if (!t.supersededBy.isEmpty())
            status = tr("replaced by key %1").arg(t.supersededBy);
        const QStringList texts{SyncLabels::office(t.keys.officeCode, t.keys.officeName),
                                SyncLabels::mode(t.keys.mode),
                                t.keys.keyId,
                                OfficeKeys::fingerprint(t.keys),
                                tr("%1 by %2").arg(SyncLabels::when(t.trustedAt), t.trustedBy),
                                status};
        for (int c = 0; c < TColumnCount; ++c)
            m_trusted->setItem(row, c, new QTableWidgetItem(texts.at(c)));
        m_trusted->item(row, TKeyId)->setData(Qt::UserRole, t.keys.keyId);
        m_trusted->item(row, TStatus)->setData(Qt::UserRole, !t.revoked());
        if (t.revoked()) {
            for (int c = 0; c < TColumnCount; ++c)
                m_trusted->item(row, c)->setForeground(QColor(0x99, 0x99, 0x99));
        }
    }
    if (!trusted.ok())
        m_ownKey->setText(
            m_ownKey->text() +
            QStringLiteral("<br><span style='color:#b00020'>%1</span>").arg(trusted.message().toHtmlEscaped()));
    m_revoke->setEnabled(false);
}

bool KeysPanel::savePublicKey(const QString &path)
{
    Result<QByteArray> file = OfficeKeys::exportPublic(m_db);
    if (!file) {
        MessageBox::warning(this, tr("Public key file"), file.message());
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*file) != file->size() || !out.commit()) {
        MessageBox::warning(
            this, tr("Public key file"),
            tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return false;
    }
    return true;
}

void KeysPanel::chooseAndSave()
{
    Result<PublicKeySet> own = OfficeKeys::own(m_db);
    const QString name =
        own.ok() ? QStringLiteral("%1_%2.sifakey").arg(own->officeCode, own->keyId) : QStringLiteral("office.sifakey");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the public key file"), dir + QLatin1Char('/') + name, tr("SifaDesk key files (*.sifakey)"));
    if (path.isEmpty())
        return;
    if (savePublicKey(path))
        MessageBox::information(this, tr("Public key file"),
                                tr("The public key file was saved as %1. It holds no secret. Give it to the other "
                                   "office, and confirm the fingerprint with them by phone.")
                                    .arg(QDir::toNativeSeparators(path)));
}

std::unique_ptr<FormDialog> KeysPanel::trustDialog(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly) || in.size() > 64 * 1024) {
        MessageBox::warning(this, tr("Trust a key"),
                            tr("%1 is not a key file that can be read.").arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    const QByteArray file = in.readAll();
    Result<PublicKeySet> keys = OfficeKeys::parsePublic(file);
    if (!keys) {
        MessageBox::warning(this, tr("Trust a key"), keys.message());
        return nullptr;
    }
    const PublicKeySet k = *keys;
    auto d = std::make_unique<FormDialog>(
        tr("Trust the key of %1").arg(k.officeName),
        tr("<p>The file holds the key of <b>%1</b> (%2, %3), key %4, made %5.</p>"
           "<p>Call that office on a number you know, ask them to read the fingerprint shown on their "
           "keys page (or compare the printed key confirmation form), and type it here. The key is trusted only "
           "when the digits match.</p>")
            .arg(k.officeName.toHtmlEscaped(), k.officeCode, SyncLabels::mode(k.mode), k.keyId,
                 SyncLabels::when(k.created)),
        this);
    d->setObjectName(QStringLiteral("trustDialog"));
    QLineEdit *typed = d->addLine(QStringLiteral("fingerprint"), tr("Fingerprint as read to you"));
    typed->setPlaceholderText(tr("12 groups of 5 digits"));
    typed->setMinimumWidth(typed->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 80);
    d->setAction([this, file, typed] {
        Status s = OfficeKeys::trust(m_db, m_session, file, typed->text());
        if (s.ok()) {
            refresh();
            Q_EMIT keysChanged();
        }
        return s;
    });
    return d;
}

void KeysPanel::chooseAndTrust()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a key file"), dir,
                                                      tr("SifaDesk key files (*.sifakey);;All files (*)"));
    if (path.isEmpty())
        return;
    if (std::unique_ptr<FormDialog> d = trustDialog(path))
        d->exec();
}

bool KeysPanel::revokeKey(const QString &keyId, const QString &reason)
{
    Status s = OfficeKeys::revoke(m_db, m_session, keyId, reason);
    if (!s.ok()) {
        MessageBox::warning(this, tr("Revoke a key"), s.message());
        return false;
    }
    refresh();
    Q_EMIT keysChanged();
    return true;
}

void KeysPanel::revokeSelected()
{
    const QList<QTableWidgetItem *> s = m_trusted->selectedItems();
    if (s.isEmpty())
        return;
    const int row = s.first()->row();
    const QString keyId = m_trusted->item(row, TKeyId)->data(Qt::UserRole).toString();
    const QString office = m_trusted->item(row, TOffice)->text();
    std::optional<QString> reason = MessageBox::getText(
        this, tr("Revoke a key"),
        tr("Bundles signed with key %1 of %2 will be refused from now on. Why is it revoked?").arg(keyId, office));
    if (!reason)
        return;
    revokeKey(keyId, *reason);
}

bool KeysPanel::rotate()
{
    if (MessageBox::question(this, tr("Rotate keys"),
                             tr("Make a new key pair for this office? The current key is kept to read bundles sealed "
                                "to it; the other offices learn the new one from the next bundle. Give them the new "
                                "fingerprint too.")) != QMessageBox::Yes)
        return false;
    std::unique_ptr<UnlockedKeys> keys = PasswordPrompt::unlock(this, m_db, m_session, tr("Rotating the keys"));
    if (!keys)
        return false;
    Status s = OfficeKeys::rotate(m_db, m_session, *keys);
    keys.reset();
    if (!s.ok()) {
        MessageBox::warning(this, tr("Rotate keys"), s.message());
        return false;
    }
    refresh();
    Q_EMIT keysChanged();
    MessageBox::information(this, tr("Rotate keys"),
                            tr("The office has a new key. Export a bundle to each partner soon, so they learn it."));
    return true;
}

} // namespace ui
} // namespace sifa
