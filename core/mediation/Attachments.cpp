#include "mediation/Attachments.h"

#include "mediation/DisputeWrite.h"
#include "mediation/MediationEntities.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>

namespace sifa {

using namespace mediation_detail;

namespace {

// Which permission guards the attachments of an owner.
std::optional<Permission> permissionFor(const QString &ownerEntity, bool write)
{
    if (ownerEntity == QLatin1String("dispute"))
        return write ? Permission::MediationWrite : Permission::MediationRead;
    return std::nullopt;
}

Status require(Database &db, const Access &access, const QString &ownerEntity, bool write)
{
    const std::optional<Permission> p = permissionFor(ownerEntity, write);
    if (!p)
        return Status::failure(ErrorCode::InvalidInput, Attachments::tr("Attachments cannot be kept with a %1.").arg(ownerEntity));
    return access.require(db, *p);
}

const char *const kColumns = "uuid, owner_entity, owner_uuid, kind, file_name, mime, size, sha256, note, created_at, updated_by";

Attachment readRow(const Query &q)
{
    Attachment a;
    a.uuid = q.text(0);
    a.ownerEntity = q.text(1);
    a.ownerUuid = q.text(2);
    a.kind = q.text(3);
    a.fileName = q.text(4);
    a.mime = q.text(5);
    a.size = q.integer(6);
    a.sha256 = q.text(7);
    a.note = q.text(8);
    a.createdAt = q.text(9);
    a.createdBy = q.text(10);
    return a;
}

Result<Attachment> byUuid(const Database &db, const QString &uuid)
{
    Query q(db, QStringLiteral("SELECT %1 FROM attachment WHERE uuid = :u AND deleted = 0").arg(QLatin1String(kColumns)));
    q.bind(QStringLiteral(":u"), uuid);
    if (Status s = q.exec(Attachments::tr("reading an attachment")); !s.ok())
        return s.error();
    if (!q.next())
        return Result<Attachment>::failure(ErrorCode::NotFound, Attachments::tr("This attachment does not exist."));
    return readRow(q);
}

bool ownerExists(const Database &db, const QString &ownerEntity, const QString &ownerUuid)
{
    if (ownerEntity != QLatin1String("dispute"))
        return false;
    Result<QVariant> v = Query::scalar(db, QStringLiteral("SELECT 1 FROM dispute WHERE uuid = :u AND deleted = 0"),
                                       {{QStringLiteral(":u"), ownerUuid}}, QString(), 0);
    return v && v->toInt() == 1;
}

}  // namespace

QStringList Attachments::kinds()
{
    return {QStringLiteral("application"), QStringLiteral("agreement"), QStringLiteral("evidence"),
            QStringLiteral("photo"), QStringLiteral("printout"), QStringLiteral("other")};
}

QString Attachments::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("application"))
        return tr("Application or referral letter");
    if (kind == QLatin1String("agreement"))
        return tr("Signed agreement");
    if (kind == QLatin1String("evidence"))
        return tr("Evidence");
    if (kind == QLatin1String("photo"))
        return tr("Photo");
    if (kind == QLatin1String("printout"))
        return tr("Printout kept by SifaDesk");
    return tr("Other");
}

QString Attachments::sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool Attachments::isImage(const Attachment &a)
{
    return a.mime.startsWith(QLatin1String("image/"));
}

Result<Attachment> Attachments::add(Database &db, const Access &access, const QString &ownerEntity,
                                    const QString &ownerUuid, const QString &filePath, const QString &kind,
                                    const QString &note)
{
    if (Status s = require(db, access, ownerEntity, true); !s.ok())
        return s.error();
    if (!ownerExists(db, ownerEntity, ownerUuid))
        return Result<Attachment>::failure(ErrorCode::NotFound, tr("The case for this attachment does not exist."));
    if (!kinds().contains(kind))
        return Result<Attachment>::failure(ErrorCode::InvalidInput, tr("Choose what kind of document this is."));
    QFile file(filePath);
    const QFileInfo info(filePath);
    if (!info.isFile())
        return Result<Attachment>::failure(ErrorCode::NotFound, tr("%1 is not a file.").arg(filePath));
    if (info.size() == 0)
        return Result<Attachment>::failure(ErrorCode::InvalidInput, tr("%1 is empty.").arg(info.fileName()));
    if (info.size() > kMaxSize) {
        return Result<Attachment>::failure(ErrorCode::InvalidInput,
                                           tr("%1 is larger than %2 MB; scan it at a lower resolution.")
                                               .arg(info.fileName())
                                               .arg(kMaxSize / (1024 * 1024)));
    }
    if (!file.open(QIODevice::ReadOnly))
        return Result<Attachment>::failure(ErrorCode::Io, tr("Cannot read %1: %2").arg(filePath, file.errorString()));
    const QByteArray data = file.readAll();
    if (data.size() != info.size())
        return Result<Attachment>::failure(ErrorCode::Io, tr("Cannot read all of %1.").arg(filePath));

    Attachment a;
    a.uuid = newUuid();
    a.ownerEntity = ownerEntity;
    a.ownerUuid = ownerUuid;
    a.kind = kind;
    a.fileName = info.fileName();
    a.mime = QMimeDatabase().mimeTypeForFileNameAndData(info.fileName(), data).name();
    a.size = data.size();
    a.sha256 = sha256Hex(data);
    a.note = note.trimmed();

    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    Query blob(db, QStringLiteral("INSERT OR IGNORE INTO blob_store(sha256, size, data) VALUES (:h, :s, :d)"));
    blob.bind(QStringLiteral(":h"), a.sha256).bind(QStringLiteral(":s"), a.size).bind(QStringLiteral(":d"), data);
    if (Status s = blob.exec(tr("storing an attachment")); !s.ok())
        return s.error();
    const QVariantMap fields{{QStringLiteral("office_code"), officeCode(db)}, {QStringLiteral("owner_entity"), ownerEntity},
                             {QStringLiteral("owner_uuid"), ownerUuid},        {QStringLiteral("kind"), kind},
                             {QStringLiteral("file_name"), a.fileName},        {QStringLiteral("mime"), a.mime},
                             {QStringLiteral("size"), a.size},                 {QStringLiteral("sha256"), a.sha256},
                             {QStringLiteral("note"), a.note}};
    if (Status s = save(db, access, MediationEntities::attachment(), a.uuid, fields); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return a;
}

Result<QList<Attachment>> Attachments::list(Database &db, const Access &access, const QString &ownerUuid)
{
    Query q(db, QStringLiteral("SELECT %1 FROM attachment WHERE owner_uuid = :o AND deleted = 0 ORDER BY created_at")
                    .arg(QLatin1String(kColumns)));
    q.bind(QStringLiteral(":o"), ownerUuid);
    if (Status s = q.exec(tr("reading the attachments")); !s.ok())
        return s.error();
    QList<Attachment> out;
    while (q.next())
        out << readRow(q);
    if (!out.isEmpty()) {
        if (Status s = require(db, access, out.first().ownerEntity, false); !s.ok())
            return s.error();
    }
    return out;
}

Result<QByteArray> Attachments::read(Database &db, const Access &access, const QString &uuid)
{
    Result<Attachment> a = byUuid(db, uuid);
    if (!a)
        return a.error();
    if (Status s = require(db, access, a->ownerEntity, false); !s.ok())
        return s.error();
    Result<QVariant> data = Query::scalar(db, QStringLiteral("SELECT data FROM blob_store WHERE sha256 = :h"),
                                          {{QStringLiteral(":h"), a->sha256}}, tr("reading an attachment"));
    if (!data)
        return data.error();
    if (data->isNull()) {
        return Result<QByteArray>::failure(ErrorCode::NotFound,
                                           tr("The content of %1 is not in this database (it may still be on its way "
                                              "in a sync bundle).")
                                               .arg(a->fileName));
    }
    const QByteArray bytes = data->toByteArray();
    if (sha256Hex(bytes) != a->sha256) {
        return Result<QByteArray>::failure(ErrorCode::Damaged,
                                           tr("The stored content of %1 is damaged: its SHA-256 no longer matches. "
                                              "Restore it from a backup.")
                                               .arg(a->fileName));
    }
    if (Status s = AuditLog::append(db, access.actor(), QStringLiteral("attachment.open"), QStringLiteral("attachment"),
                                    uuid, a->fileName);
        !s.ok())
        return s.error();
    return bytes;
}

Status Attachments::exportTo(Database &db, const Access &access, const QString &uuid, const QString &path)
{
    Result<QByteArray> bytes = read(db, access, uuid);
    if (!bytes)
        return bytes.status();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, out.errorString()));
    if (out.write(*bytes) != bytes->size() || !out.commit())
        return Status::failure(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, out.errorString()));
    return AuditLog::append(db, access.actor(), QStringLiteral("attachment.export"), QStringLiteral("attachment"), uuid,
                            path);
}

Status Attachments::remove(Database &db, const Access &access, const QString &uuid, const QString &reason)
{
    Result<Attachment> a = byUuid(db, uuid);
    if (!a)
        return a.status();
    if (Status s = require(db, access, a->ownerEntity, true); !s.ok())
        return s;
    if (reason.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Give the reason the attachment is removed."));
    // The bytes stay in blob_store: the change log can bring the record back.
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<QString> op = ChangeLog::remove(db, access.actor(), MediationEntities::attachment(), uuid, reason.trimmed());
    if (!op)
        return op.status();
    return tx.commit();
}

}  // namespace sifa
