#pragma once

#include "security/Access.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sifa {

class Database;

struct Attachment {
    QString uuid;
    QString ownerEntity;  // dispute, ...
    QString ownerUuid;
    QString kind;         // scan | photo | agreement | other
    QString fileName;
    QString mime;
    qint64 size = 0;
    QString sha256;       // hex, of the bytes as stored
    QString note;
    QString createdAt;
    QString createdBy;
};

// Scans, photos and signed agreements kept with a case. The record is a synced entity; the
// bytes are stored once per content in blob_store under their SHA-256, which is checked again
// whenever they are read, so a damaged attachment is noticed rather than shown.
class Attachments {
    Q_DECLARE_TR_FUNCTIONS(Attachments)
public:
    static constexpr qint64 kMaxSize = 64LL * 1024 * 1024;

    static QStringList kinds();
    static QString kindLabel(const QString &kind);

    static Result<Attachment> add(Database &db, const Access &access, const QString &ownerEntity,
                                  const QString &ownerUuid, const QString &filePath, const QString &kind,
                                  const QString &note = QString());
    static Result<QList<Attachment>> list(Database &db, const Access &access, const QString &ownerUuid);
    // The bytes, checked against the stored hash; the opening is audited.
    static Result<QByteArray> read(Database &db, const Access &access, const QString &uuid);
    // Writes the bytes to `path` (atomically); audited.
    static Status exportTo(Database &db, const Access &access, const QString &uuid, const QString &path);
    static Status remove(Database &db, const Access &access, const QString &uuid, const QString &reason);

    static QString sha256Hex(const QByteArray &data);
    static bool isImage(const Attachment &a);
};

}  // namespace sifa
