#include "security/AuditLog.h"

#include "security/Session.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "util/Time.h"

#include <QCryptographicHash>
#include <QHash>
#include <QStringList>

namespace sifa {

namespace {

const QString kHeadKey = QStringLiteral("audit_head");

void addField(QCryptographicHash &h, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    h.addData(QByteArray::number(utf8.size()));
    h.addData(QByteArrayView(":"));
    h.addData(utf8);
    h.addData(QByteArrayView("|"));
}

QString whereClause(const AuditFilter &f, QVariantMap &bind)
{
    QStringList where;
    if (!f.actor.isEmpty()) {
        where << QStringLiteral("actor = :actor");
        bind.insert(QStringLiteral(":actor"), f.actor);
    }
    if (!f.actionPrefix.isEmpty()) {
        where << QStringLiteral("action LIKE :action ESCAPE '\\'");
        QString p = f.actionPrefix;
        p.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        bind.insert(QStringLiteral(":action"), QString(p + QLatin1Char('%')));
    }
    if (!f.record.isEmpty()) {
        where << QStringLiteral("record = :record");
        bind.insert(QStringLiteral(":record"), f.record);
    }
    if (f.from.isValid()) {
        where << QStringLiteral("at >= :from");
        bind.insert(QStringLiteral(":from"), toStoredTimestamp(f.from));
    }
    if (f.to.isValid()) {
        where << QStringLiteral("at < :to");
        bind.insert(QStringLiteral(":to"), toStoredTimestamp(f.to));
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(u" AND ");
}

AuditEntry readEntry(Query &q)
{
    AuditEntry e;
    e.seq = q.integer(0);
    e.at = q.text(1);
    e.actor = q.text(2);
    e.role = q.text(3);
    e.action = q.text(4);
    e.entity = q.text(5);
    e.record = q.text(6);
    e.detail = q.text(7);
    e.prevHash = q.text(8);
    e.hash = q.text(9);
    return e;
}

const char *const kColumns = "seq, at, actor, role, action, entity, record, detail, prev_hash, hash";

}  // namespace

QString AuditLog::computeHash(const AuditEntry &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    addField(h, QString::number(e.seq));
    addField(h, e.at);
    addField(h, e.actor);
    addField(h, e.role);
    addField(h, e.action);
    addField(h, e.entity);
    addField(h, e.record);
    addField(h, e.detail);
    addField(h, e.prevHash);
    return QString::fromLatin1(h.result().toHex());
}

QString AuditLog::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("office.setup"), QT_TR_NOOP("Database set up")},
        {QStringLiteral("auth.sign_in"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("auth.sign_in_failed"), QT_TR_NOOP("Sign-in failed")},
        {QStringLiteral("auth.lockout"), QT_TR_NOOP("Account locked after failures")},
        {QStringLiteral("auth.unlock"), QT_TR_NOOP("Screen unlocked")},
        {QStringLiteral("auth.unlock_failed"), QT_TR_NOOP("Screen unlock failed")},
        {QStringLiteral("auth.password_change_failed"), QT_TR_NOOP("Password change failed")},
        {QStringLiteral("auth.sign_out"), QT_TR_NOOP("Signed out")},
        {QStringLiteral("auth.idle_lock"), QT_TR_NOOP("Screen locked after idle time")},
        {QStringLiteral("auth.lock"), QT_TR_NOOP("Screen locked")},
        {QStringLiteral("access.denied"), QT_TR_NOOP("Access refused")},
        {QStringLiteral("user.create"), QT_TR_NOOP("User added")},
        {QStringLiteral("user.update"), QT_TR_NOOP("User changed")},
        {QStringLiteral("user.password_change"), QT_TR_NOOP("Password changed")},
        {QStringLiteral("user.password_reset"), QT_TR_NOOP("Password reset by administrator")},
        {QStringLiteral("user.unlock"), QT_TR_NOOP("Account unlocked")},
        {QStringLiteral("user.disable"), QT_TR_NOOP("Account disabled")},
        {QStringLiteral("user.enable"), QT_TR_NOOP("Account enabled")},
        {QStringLiteral("user.role_change"), QT_TR_NOOP("Role changed")},
        {QStringLiteral("settings.change"), QT_TR_NOOP("Setting changed")},
        {QStringLiteral("backup.create"), QT_TR_NOOP("Backup made")},
        {QStringLiteral("backup.restore"), QT_TR_NOOP("Backup restored")},
        {QStringLiteral("maintenance.check"), QT_TR_NOOP("Database checked")},
        {QStringLiteral("keys.generate"), QT_TR_NOOP("Office keys made")},
        {QStringLiteral("keys.grant"), QT_TR_NOOP("Office keys handed to a key holder")},
        {QStringLiteral("keys.recover"), QT_TR_NOOP("Office keys replaced (no holder could open them)")},
        {QStringLiteral("keys.trust"), QT_TR_NOOP("Another office's key trusted")},
        {QStringLiteral("keys.revoke"), QT_TR_NOOP("Key revoked")},
        {QStringLiteral("keys.rotate"), QT_TR_NOOP("Office keys renewed (new generation)")},
        {QStringLiteral("keys.rotation_accepted"), QT_TR_NOOP("Another office's new key accepted")},
        {QStringLiteral("keys.escrow_create"), QT_TR_NOOP("Escrow key made")},
        {QStringLiteral("person.create"), QT_TR_NOOP("Person added")},
        {QStringLiteral("person.update"), QT_TR_NOOP("Person changed")},
        {QStringLiteral("person.delete"), QT_TR_NOOP("Person removed")},
        {QStringLiteral("person.undelete"), QT_TR_NOOP("Person restored")},
        {QStringLiteral("person.list_unmasked"), QT_TR_NOOP("People listed with full ID numbers")},
        {QStringLiteral("committee.create"), QT_TR_NOOP("Mediation committee added")},
        {QStringLiteral("committee.update"), QT_TR_NOOP("Mediation committee changed")},
        {QStringLiteral("committee.delete"), QT_TR_NOOP("Mediation committee removed")},
        {QStringLiteral("mediator.create"), QT_TR_NOOP("Mediator added")},
        {QStringLiteral("mediator.update"), QT_TR_NOOP("Mediator changed")},
        {QStringLiteral("mediator.delete"), QT_TR_NOOP("Mediator removed")},
        {QStringLiteral("screening.create"), QT_TR_NOOP("Screening entry added")},
        {QStringLiteral("screening.update"), QT_TR_NOOP("Screening entry changed")},
        {QStringLiteral("screening.delete"), QT_TR_NOOP("Screening entry removed")},
        {QStringLiteral("dispute.create"), QT_TR_NOOP("Dispute registered")},
        {QStringLiteral("dispute.update"), QT_TR_NOOP("Dispute changed")},
        {QStringLiteral("dispute.delete"), QT_TR_NOOP("Dispute removed")},
        {QStringLiteral("dispute.undelete"), QT_TR_NOOP("Dispute restored")},
        {QStringLiteral("dispute.reopen"), QT_TR_NOOP("Archived case reopened")},
        {QStringLiteral("dispute.extend"), QT_TR_NOOP("Mediation time limit extended")},
        {QStringLiteral("dispute.import"), QT_TR_NOOP("Mediation ledger imported")},
        {QStringLiteral("dispute.export"), QT_TR_NOOP("Mediation ledger exported")},
        {QStringLiteral("dispute_party.create"), QT_TR_NOOP("Party added")},
        {QStringLiteral("dispute_party.update"), QT_TR_NOOP("Party changed")},
        {QStringLiteral("dispute_party.delete"), QT_TR_NOOP("Party removed")},
        {QStringLiteral("dispute_record.create"), QT_TR_NOOP("Mediation record added")},
        {QStringLiteral("dispute_record.update"), QT_TR_NOOP("Mediation record changed")},
        {QStringLiteral("dispute_record.delete"), QT_TR_NOOP("Mediation record removed")},
        {QStringLiteral("agreement.create"), QT_TR_NOOP("Agreement recorded")},
        {QStringLiteral("agreement.update"), QT_TR_NOOP("Agreement changed")},
        {QStringLiteral("agreement_clause.create"), QT_TR_NOOP("Agreement clause added")},
        {QStringLiteral("agreement_clause.update"), QT_TR_NOOP("Agreement clause changed")},
        {QStringLiteral("agreement_clause.delete"), QT_TR_NOOP("Agreement clause removed")},
        {QStringLiteral("return_visit.create"), QT_TR_NOOP("Return visit recorded")},
        {QStringLiteral("return_visit.update"), QT_TR_NOOP("Return visit changed")},
        {QStringLiteral("cc_subject.create"), QT_TR_NOOP("Correction file opened")},
        {QStringLiteral("cc_subject.update"), QT_TR_NOOP("Correction file changed")},
        {QStringLiteral("cc_subject.delete"), QT_TR_NOOP("Correction file removed")},
        {QStringLiteral("cc_grade_change.create"), QT_TR_NOOP("Supervision grade recorded")},
        {QStringLiteral("cc_team_member.create"), QT_TR_NOOP("Correction team member added")},
        {QStringLiteral("cc_team_member.update"), QT_TR_NOOP("Correction team member changed")},
        {QStringLiteral("cc_team_member.delete"), QT_TR_NOOP("Correction team member removed")},
        {QStringLiteral("cc_family.create"), QT_TR_NOOP("Family member added")},
        {QStringLiteral("cc_family.update"), QT_TR_NOOP("Family member changed")},
        {QStringLiteral("cc_family.delete"), QT_TR_NOOP("Family member removed")},
        {QStringLiteral("cc_activity.create"), QT_TR_NOOP("Supervision record added")},
        {QStringLiteral("cc_activity.update"), QT_TR_NOOP("Supervision record changed")},
        {QStringLiteral("cc_activity.delete"), QT_TR_NOOP("Supervision record removed")},
        {QStringLiteral("cc_request.create"), QT_TR_NOOP("Request registered")},
        {QStringLiteral("cc_request.update"), QT_TR_NOOP("Request reviewed or decided")},
        {QStringLiteral("cc_sanction.create"), QT_TR_NOOP("Reward or penalty proposed")},
        {QStringLiteral("cc_sanction.update"), QT_TR_NOOP("Decision on a proposal recorded")},
        {QStringLiteral("cc_score.create"), QT_TR_NOOP("Score entry added")},
        {QStringLiteral("cc_score.delete"), QT_TR_NOOP("Score entry removed")},
        {QStringLiteral("cc_monitoring.create"), QT_TR_NOOP("Electronic monitoring recorded")},
        {QStringLiteral("cc_monitoring.update"), QT_TR_NOOP("Electronic monitoring changed")},
        {QStringLiteral("cc_missing.create"), QT_TR_NOOP("Lost contact recorded")},
        {QStringLiteral("cc_missing.update"), QT_TR_NOOP("Lost contact updated")},
        {QStringLiteral("cc_assessment.create"), QT_TR_NOOP("Pre-sentence assessment registered")},
        {QStringLiteral("cc_assessment.update"), QT_TR_NOOP("Pre-sentence assessment changed")},
        {QStringLiteral("cc_key_period.create"), QT_TR_NOOP("Key period declared")},
        {QStringLiteral("cc_key_member.create"), QT_TR_NOOP("Person added to a key period")},
        {QStringLiteral("correction.open"), QT_TR_NOOP("Correction file read")},
        {QStringLiteral("correction.open_sealed"), QT_TR_NOOP("Sealed correction file read")},
        {QStringLiteral("correction.reveal_ids"), QT_TR_NOOP("Correction list shown with full ID numbers")},
        {QStringLiteral("correction.reopen"), QT_TR_NOOP("Correction file reopened")},
        {QStringLiteral("correction.import"), QT_TR_NOOP("Correction ledger imported")},
        {QStringLiteral("correction.export"), QT_TR_NOOP("Correction ledger exported")},
        {QStringLiteral("placement.open"), QT_TR_NOOP("Resettlement file read")},
        {QStringLiteral("placement.reveal_ids"), QT_TR_NOOP("Resettlement list shown with full ID numbers")},
        {QStringLiteral("placement.reopen"), QT_TR_NOOP("Resettlement file reopened")},
        {QStringLiteral("placement.import"), QT_TR_NOOP("Resettlement ledger imported")},
        {QStringLiteral("placement.export"), QT_TR_NOOP("Resettlement ledger exported")},
        {QStringLiteral("attachment.create"), QT_TR_NOOP("Attachment added")},
        {QStringLiteral("attachment.delete"), QT_TR_NOOP("Attachment removed")},
        {QStringLiteral("attachment.open"), QT_TR_NOOP("Attachment opened")},
        {QStringLiteral("attachment.export"), QT_TR_NOOP("Attachment saved to a file")},
    };
    const auto it = labels.constFind(action);
    return it == labels.cend() ? action : tr(*it);
}

Status AuditLog::append(Database &db, const Actor &actor, const QString &action,
                        const QString &entity, const QString &record, const QString &detail)
{
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    const QString doing = tr("writing the audit trail");
    AuditEntry e;
    e.seq = 1;
    e.prevHash = genesisHash();
    {
        Query last(db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"), Query::Cached);
        if (Status s = last.exec(doing); !s.ok())
            return s;
        if (last.next()) {
            e.seq = last.integer(0) + 1;
            e.prevHash = last.text(1);
        }
    }
    e.at = nowTimestamp();
    e.actor = actor.name;
    e.role = actor.role;
    e.action = action;
    e.entity = entity;
    e.record = record;
    e.detail = detail;
    e.hash = computeHash(e);

    Query ins(db, QStringLiteral("INSERT INTO audit_log(%1) VALUES (:seq, :at, :actor, :role, :action, "
                                 ":entity, :record, :detail, :prev, :hash)")
                      .arg(QLatin1String(kColumns)),
              Query::Cached);
    ins.bind(QStringLiteral(":seq"), e.seq)
        .bind(QStringLiteral(":at"), e.at)
        .bind(QStringLiteral(":actor"), e.actor)
        .bind(QStringLiteral(":role"), e.role)
        .bind(QStringLiteral(":action"), e.action)
        .bind(QStringLiteral(":entity"), e.entity)
        .bind(QStringLiteral(":record"), e.record)
        .bind(QStringLiteral(":detail"), e.detail)
        .bind(QStringLiteral(":prev"), e.prevHash)
        .bind(QStringLiteral(":hash"), e.hash);
    if (Status s = ins.exec(doing); !s.ok())
        return s;
    if (Status s = db.setMeta(kHeadKey, QStringLiteral("%1:%2").arg(e.seq).arg(e.hash)); !s.ok())
        return s;
    return tx.commit();
}

Result<QList<AuditEntry>> AuditLog::list(Database &db, const Session &session, const AuditFilter &filter)
{
    if (Status s = requirePermission(db, session, Permission::AuditRead); !s.ok())
        return s.error();
    QVariantMap bind;
    const QString where = whereClause(filter, bind);
    Query q(db, QStringLiteral("SELECT %1 FROM audit_log%2 ORDER BY seq %3 LIMIT :limit OFFSET :offset")
                    .arg(QLatin1String(kColumns), where,
                         filter.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC")));
    for (auto it = bind.cbegin(); it != bind.cend(); ++it)
        q.bind(it.key(), it.value());
    q.bind(QStringLiteral(":limit"), filter.limit).bind(QStringLiteral(":offset"), filter.offset);
    if (Status s = q.exec(tr("reading the audit trail")); !s.ok())
        return s.error();
    QList<AuditEntry> out;
    while (q.next())
        out << readEntry(q);
    return out;
}

Result<qint64> AuditLog::count(Database &db, const Session &session, const AuditFilter &filter)
{
    if (Status s = requirePermission(db, session, Permission::AuditRead); !s.ok())
        return s.error();
    QVariantMap bind;
    const QString where = whereClause(filter, bind);
    Result<QVariant> v = Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log") + where, bind,
                                       tr("reading the audit trail"), 0);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<AuditVerification> AuditLog::verify(const Database &db)
{
    Query q(db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq ASC").arg(QLatin1String(kColumns)));
    if (Status s = q.exec(tr("reading the audit trail")); !s.ok())
        return s.error();
    AuditVerification v;
    qint64 expectedSeq = 1;
    QString prevHash = genesisHash();
    QString lastHash = genesisHash();
    qint64 lastSeq = 0;
    while (q.next()) {
        const AuditEntry e = readEntry(q);
        ++v.checked;
        // Rows come in seq order and seq is the key, so a jump means records were deleted.
        bool gap = false;
        if (e.seq != expectedSeq) {
            gap = true;
            v.problems.append({AuditProblem::Kind::Missing, e.seq,
                               tr("Records %1 to %2 are missing: they were deleted.").arg(expectedSeq).arg(e.seq - 1)});
        }
        if (e.prevHash != prevHash && !gap) {
            v.problems.append({AuditProblem::Kind::OutOfOrder, e.seq,
                               tr("Record %1 does not follow the record before it: records were "
                                  "reordered, inserted or replaced.")
                                   .arg(e.seq)});
        }
        if (computeHash(e) != e.hash) {
            v.problems.append({AuditProblem::Kind::Edited, e.seq,
                               tr("Record %1 was changed after it was written.").arg(e.seq)});
        }
        prevHash = e.hash;
        lastHash = e.hash;
        lastSeq = e.seq;
        expectedSeq = e.seq + 1;
    }

    // Every database starts its trail with the set-up record, and keeps the trail's end in meta.
    if (v.checked == 0) {
        v.problems.append({AuditProblem::Kind::Truncated, 1,
                           tr("The audit trail is empty, but every database starts it when it is set up: the "
                              "records were deleted.")});
    }
    const QString head = db.meta(kHeadKey);
    if (head.isEmpty() && v.checked > 0) {
        v.problems.append({AuditProblem::Kind::Truncated, lastSeq,
                           tr("The record of where the audit trail ends is missing: it was removed.")});
    }
    if (!head.isEmpty()) {
        const qint64 headSeq = head.section(QLatin1Char(':'), 0, 0).toLongLong();
        const QString headHash = head.section(QLatin1Char(':'), 1);
        if (headSeq > lastSeq) {
            v.problems.append({AuditProblem::Kind::Truncated, lastSeq + 1,
                               tr("The trail ends at record %1, but it had reached record %2: the "
                                  "last records were deleted.")
                                   .arg(lastSeq)
                                   .arg(headSeq)});
        } else if (headSeq == lastSeq && headHash != lastHash) {
            v.problems.append({AuditProblem::Kind::Edited, lastSeq,
                               tr("Record %1 does not match the recorded end of the trail.").arg(lastSeq)});
        }
    }
    return v;
}

}  // namespace sifa
