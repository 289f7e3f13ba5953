#include "mediation/AttachmentsPanel.h"

#include "widgets/FormDialog.h"
#include "widgets/MessageBox.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

AttachmentsPanel::AttachmentsPanel(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    auto *v = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("attachments"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Kind"), tr("Size"), tr("SHA-256"), tr("Added"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    v->addWidget(m_table, 1);
    auto *h = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add a file…"), this);
    add->setObjectName(QStringLiteral("addAttachment"));
    auto *view = new QPushButton(tr("&View"), this);
    auto *save = new QPushButton(tr("&Export…"), this);
    auto *remove = new QPushButton(tr("&Remove…"), this);
    for (QPushButton *b : {add, view, save, remove})
        h->addWidget(b);
    h->addStretch(1);
    v->addLayout(h);
    const bool canWrite = m_session.can(Permission::MediationWrite);
    add->setVisible(canWrite);
    remove->setVisible(canWrite);
    connect(add, &QPushButton::clicked, this, &AttachmentsPanel::addDialog);
    connect(view, &QPushButton::clicked, this, &AttachmentsPanel::viewSelected);
    connect(save, &QPushButton::clicked, this, &AttachmentsPanel::exportSelected);
    connect(remove, &QPushButton::clicked, this, &AttachmentsPanel::removeSelected);
    connect(m_table, &QTableWidget::cellActivated, this, &AttachmentsPanel::viewSelected);
}

void AttachmentsPanel::setOwner(const QString &entity, const QString &uuid)
{
    m_entity = entity;
    m_uuid = uuid;
    reload();
}

void AttachmentsPanel::reload()
{
    Result<QList<Attachment>> list = Attachments::list(m_db, m_session, m_uuid);
    m_items = list ? *list : QList<Attachment>();
    m_table->setRowCount(static_cast<int>(m_items.size()));
    const QLocale locale;
    for (int i = 0; i < m_items.size(); ++i) {
        const Attachment &a = m_items.at(i);
        const QDateTime added = QDateTime::fromString(a.createdAt, Qt::ISODateWithMs).toLocalTime();
        auto *hash = new QTableWidgetItem(a.sha256.left(16) + QStringLiteral("…"));
        hash->setToolTip(a.sha256);
        m_table->setItem(i, 0, new QTableWidgetItem(a.fileName));
        m_table->setItem(i, 1, new QTableWidgetItem(Attachments::kindLabel(a.kind)));
        m_table->setItem(i, 2, new QTableWidgetItem(locale.formattedDataSize(a.size)));
        m_table->setItem(i, 3, hash);
        m_table->setItem(i, 4, new QTableWidgetItem(tr("%1 by %2").arg(added.toString(QStringLiteral("yyyy-MM-dd HH:mm")), a.createdBy)));
        m_table->setItem(i, 5, new QTableWidgetItem(a.note));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
}

const Attachment *AttachmentsPanel::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

Status AttachmentsPanel::addFile(const QString &path, const QString &kind, const QString &note)
{
    Result<Attachment> a = Attachments::add(m_db, m_session, m_entity, m_uuid, path, kind, note);
    if (!a)
        return a.status();
    reload();
    Q_EMIT changed();
    return {};
}

void AttachmentsPanel::addDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add a file to the case"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;All files (*)"));
    if (path.isEmpty())
        return;
    FormDialog f(tr("Add a file to the case"), QDir::toNativeSeparators(path), this);
    FormDialog::Items kinds;
    for (const QString &k : Attachments::kinds())
        kinds << qMakePair(k, Attachments::kindLabel(k));
    f.addChoice(QStringLiteral("kind"), tr("Kind:"), kinds, QStringLiteral("agreement"));
    f.addLine(QStringLiteral("note"), tr("Note:"));
    f.setAction([&] { return addFile(path, f.choice(QStringLiteral("kind")), f.text(QStringLiteral("note"))); });
    f.exec();
}

void AttachmentsPanel::viewSelected()
{
    const Attachment *a = selected();
    if (!a)
        return;
    Result<QByteArray> bytes = Attachments::read(m_db, m_session, a->uuid);
    if (!bytes) {
        MessageBox::warning(this, tr("Attachments"), bytes.message());
        return;
    }
    if (Attachments::isImage(*a)) {
        QImage image;
        if (image.loadFromData(*bytes)) {
            QDialog dialog(this);
            dialog.setWindowTitle(a->fileName);
            auto *v = new QVBoxLayout(&dialog);
            auto *scroll = new QScrollArea(&dialog);
            auto *label = new QLabel(scroll);
            label->setPixmap(QPixmap::fromImage(image));
            scroll->setWidget(label);
            v->addWidget(scroll);
            dialog.resize(qMin(image.width() + 40, 1100), qMin(image.height() + 60, 800));
            dialog.exec();
            return;
        }
    }
    // Other documents open in the system's viewer from a private folder of this session.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/sifadesk-view");
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = QDir(dir).filePath(a->fileName);
    if (Status s = Attachments::exportTo(m_db, m_session, a->uuid, path); !s.ok()) {
        MessageBox::warning(this, tr("Attachments"), s.message());
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        MessageBox::information(this, tr("Attachments"), tr("No program is set up to open %1. It was saved to %2.")
                                                             .arg(a->fileName, QDir::toNativeSeparators(path)));
}

void AttachmentsPanel::exportSelected()
{
    const Attachment *a = selected();
    if (!a)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the attachment"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(a->fileName));
    if (path.isEmpty())
        return;
    if (Status s = Attachments::exportTo(m_db, m_session, a->uuid, path); !s.ok())
        MessageBox::warning(this, tr("Attachments"), s.message());
}

void AttachmentsPanel::removeSelected()
{
    const Attachment *a = selected();
    if (!a)
        return;
    const std::optional<QString> reason =
        MessageBox::getText(this, tr("Remove the attachment"), tr("Why is %1 removed? It can be restored from the change log.").arg(a->fileName));
    if (!reason)
        return;
    if (Status s = Attachments::remove(m_db, m_session, a->uuid, *reason); !s.ok()) {
        MessageBox::warning(this, tr("Attachments"), s.message());
        return;
    }
    reload();
    Q_EMIT changed();
}

}  // namespace ui
}  // namespace sifa
