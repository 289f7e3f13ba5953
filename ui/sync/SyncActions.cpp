#include "sync/SyncActions.h"

#include "storage/Database.h"
#include "sync/ImportPreviewDialog.h"
#include "sync/OfficeKeys.h"
#include "sync/PasswordPrompt.h"
#include "sync/SyncExport.h"
#include "sync/SyncImport.h"
#include "sync/SyncJob.h"
#include "sync/SyncLabels.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <optional>

namespace sifa {
namespace ui {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QString SyncActions::exportMessage(const ExportReport &r)
{
    QString text = tr("The bundle for %1 was written:\n%2")
                       .arg(SyncLabels::office(r.recipientOffice, r.recipientName), QDir::toNativeSeparators(r.file));
    text += QLatin1String("\n\n");
    if (r.ops == 0)
        text += tr("It holds no changes: the other office has confirmed everything already. It still carries this "
                   "office's confirmations.");
    else
        text += tr("It holds %n change(s), log entries %1 to %2.", nullptr, r.ops).arg(r.fromOrder).arg(r.toOrder);
    text += QLatin1Char(' ') +
            tr("Audit records: %1; attachments: %2; size: %3.").arg(r.auditRecords).arg(r.blobs).arg(sizeText(r.bytes));
    text += QLatin1String("\n\n");
    text += tr("Carry the file to the other office. Until it confirms, these changes stay pending and the next "
               "bundle carries them again.");
    return text;
}

QString SyncActions::importMessage(const QList<Result<ImportReport>> &results, bool *anyFailed)
{
    QStringList paragraphs;
    bool failed = false;
    for (const Result<ImportReport> &result : results) {
        if (!result.ok()) {
            if (result.code() == ErrorCode::Duplicate) {
                paragraphs << result.message(); // read before: nothing changed, nothing wrong
                continue;
            }
            failed = true;
            paragraphs << tr("Refused: %1").arg(result.message());
            continue;
        }
        const ImportReport &r = *result;
        const QString file = QFileInfo(r.file).fileName();
        const QString from = SyncLabels::office(r.senderOffice, r.senderName);
        if (r.status == QLatin1String("rejected")) {
            failed = true;
            paragraphs << tr("%1: %2").arg(file, r.notes.join(QLatin1Char(' ')));
            continue;
        }
        QString p;
        if (r.status == QLatin1String("applied")) {
            p = r.ops == 0 ? tr("%1 from %2: imported; it held no changes, only the other office's confirmations.")
                                 .arg(file, from)
                           : tr("%1 from %2: imported, %n change(s).", nullptr, r.ops).arg(file, from);
            if (r.newConflicts > 0)
                p += QLatin1Char(' ') + tr("%n field(s) in conflict: see the conflict inbox.", nullptr, r.newConflicts);
        } else if (r.status == QLatin1String("already-imported")) {
            p = tr("%1 from %2: imported before, nothing changed.").arg(file, from);
        } else if (r.status == QLatin1String("quarantined")) {
            failed = true;
            p = tr("%1 from %2: kept aside, it needs a newer SifaDesk. Nothing of it was applied; it is tried again "
                   "after the update (Retry quarantined).")
                    .arg(file, from);
        } else {
            p = tr("%1 from %2: %3.").arg(file, from, SyncLabels::importStatus(r.status));
        }
        if (!r.notes.isEmpty())
            p += QLatin1Char(' ') + r.notes.join(QLatin1Char(' '));
        paragraphs << p;
    }
    if (anyFailed)
        *anyFailed = failed;
    return paragraphs.join(QLatin1String("\n\n"));
}

SyncActions::Outcome SyncActions::exportBundle(QWidget *parent, Database &db, const Session &session,
                                               const QString &toOffice, const QString &outPath)
{
    Outcome outcome;
    std::unique_ptr<UnlockedKeys> keys = PasswordPrompt::unlock(parent, db, session, tr("Writing a bundle"));
    if (!keys)
        return outcome;
    std::optional<Result<ExportReport>> result;
    QString openError;
    const bool started = SyncJob::run(
        parent, tr("Writing the bundle…"), db.path(),
        [&](Database &worker, const SyncProgress &progress) {
            result = SyncExport::write(worker, session, *keys, toOffice, outPath, progress);
        },
        &openError);
    keys.reset();
    outcome.ran = true;
    if (!started || !result) {
        outcome.message = openError;
        MessageBox::warning(parent, tr("Export"), outcome.message);
        return outcome;
    }
    if (!result->ok()) {
        outcome.message = tr("No bundle was written. %1").arg(result->message());
        MessageBox::warning(parent, tr("Export"), outcome.message);
        return outcome;
    }
    outcome.changed = true; // the ledger has a new row
    outcome.message = exportMessage(result->value());
    MessageBox::information(parent, tr("Export"), outcome.message);
    return outcome;
}

SyncActions::Outcome SyncActions::importBundles(QWidget *parent, Database &db, const Session &session,
                                                const QStringList &paths)
{
    Outcome outcome;
    if (paths.isEmpty())
        return outcome;
    std::unique_ptr<UnlockedKeys> keys = PasswordPrompt::unlock(parent, db, session, tr("Reading bundles"));
    if (!keys)
        return outcome;
    QList<Result<ImportReport>> preview;
    QString openError;
    if (!SyncJob::run(
            parent, tr("Checking the bundles…"), db.path(),
            [&](Database &worker, const SyncProgress &progress) {
                preview = SyncImport::importMany(worker, session, *keys, paths, true, progress);
            },
            &openError)) {
        outcome.message = openError;
        MessageBox::warning(parent, tr("Import"), outcome.message);
        return outcome;
    }
    outcome.ran = true;
    QStringList applicable;
    QList<Result<ImportReport>> notApplied; // refused or read before: reported with the results
    for (const Result<ImportReport> &r : preview) {
        if (r.ok() && r->status == QLatin1String("dry-run"))
            applicable << r->file;
        else
            notApplied << r;
    }
    if (applicable.isEmpty()) {
        // Nothing to import (read before, or refused): say so instead of an empty preview.
        bool failed = false;
        outcome.message = importMessage(preview, &failed);
        if (failed)
            MessageBox::warning(parent, tr("Import"), outcome.message);
        else
            MessageBox::information(parent, tr("Import"), outcome.message);
        return outcome;
    }
    if (!ImportPreviewDialog::confirm(preview, parent))
        return outcome;
    QList<Result<ImportReport>> results;
    if (!SyncJob::run(
            parent, tr("Importing the bundles…"), db.path(),
            [&](Database &worker, const SyncProgress &progress) {
                results = SyncImport::importMany(worker, session, *keys, applicable, false, progress);
            },
            &openError)) {
        outcome.message = openError;
        MessageBox::warning(parent, tr("Import"), outcome.message);
        return outcome;
    }
    keys.reset();
    for (const Result<ImportReport> &r : results)
        outcome.changed = outcome.changed || (r.ok() && r->status == QLatin1String("applied"));
    bool failed = false;
    outcome.message = importMessage(results + notApplied, &failed);
    if (failed)
        MessageBox::warning(parent, tr("Import"), outcome.message);
    else
        MessageBox::information(parent, tr("Import"), outcome.message);
    return outcome;
}

SyncActions::Outcome SyncActions::retryQuarantined(QWidget *parent, Database &db, const Session &session)
{
    Outcome outcome;
    std::unique_ptr<UnlockedKeys> keys = PasswordPrompt::unlock(parent, db, session, tr("Reading bundles"));
    if (!keys)
        return outcome;
    QList<Result<ImportReport>> results;
    QString openError;
    if (!SyncJob::run(
            parent, tr("Trying the quarantined bundles again…"), db.path(),
            [&](Database &worker, const SyncProgress &) {
                results = SyncImport::retryQuarantined(worker, session, *keys);
            },
            &openError)) {
        outcome.message = openError;
        MessageBox::warning(parent, tr("Quarantined bundles"), outcome.message);
        return outcome;
    }
    outcome.ran = true;
    if (results.isEmpty()) {
        outcome.message = tr("No bundle is quarantined.");
        MessageBox::information(parent, tr("Quarantined bundles"), outcome.message);
        return outcome;
    }
    bool failed = false;
    outcome.message = importMessage(results, &failed);
    outcome.changed = true;
    if (failed)
        MessageBox::warning(parent, tr("Quarantined bundles"), outcome.message);
    else
        MessageBox::information(parent, tr("Quarantined bundles"), outcome.message);
    return outcome;
}

} // namespace ui
} // namespace sifa
