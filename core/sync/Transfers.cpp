// Transfers of a correction or resettlement file between the townships of one county (SYNC.md §5,
// domain README §3.6 变更执行地 and §4.1 迁出). One synced row per transfer (sync_transfer, office
// code = the sending office):
//
//   requested ──forward (county)──► forwarded ──accept (receiver)──► accepted
//       │                              └──────reject (receiver)────► rejected
//       ├──reject (county: refused)──► rejected
//       └──cancel (sender, also while forwarded)──► cancelled
//
// Until the receiving township accepts, the file stays the sender's and the sender stays
// responsible. Accepting writes office_code = the receiving office on the subject and on every
// record of its file (through the change log, so every replica that sees those ops sees the file
// as the receiver's). The people index row is shared and stays as it is.
//
// Permissions: the write permission of the file's module (CorrectionWrite for cc_subject,
// PlacementWrite for rp_subject) for every step, at the county too: forwarding or refusing a
// transfer is a decision on a case file, not a data exchange, so ExchangeRun (which the clerk
// holds) is not enough. A minor's correction file also needs CorrectionMinors. list() needs the
// read permission of the module of each transfer it shows.
#include "sync/Transfers.h"

#include "codes/Divisions.h"
#include "correction/CorrectionEntities.h"
#include "domain/Office.h"
#include "mediation/MediationEntities.h"
#include "placement/PlacementEntities.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "sync/RecordStore.h"
#include "sync/SyncEntities.h"
#include "util/Time.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace sifa {

namespace {

const QString kRequested = QStringLiteral("requested");
const QString kForwarded = QStringLiteral("forwarded");
const QString kAccepted = QStringLiteral("accepted");
const QString kRejected = QStringLiteral("rejected");
const QString kCancelled = QStringLiteral("cancelled");

// What a transfer needs to know about the kind of file it moves.
struct FileKind {
    const EntityDef *subject = nullptr;
    Permission read = Permission::CorrectionRead;
    Permission write = Permission::CorrectionWrite;
    QStringList open; // the subject's statuses while the file is open
    // The tables holding the file's records (subject_uuid). Left out on purpose: cc_key_member
    // (membership in the sending office's own key-period declaration, whose period row stays
    // there) and cc_assessment (the pre-sentence assessment, linked to the person, not the file).
    QList<const EntityDef *> children;
};

const FileKind *fileKind(const QString &entity)
{
    static const FileKind correction{
        &CorrectionEntities::subject(),
        Permission::CorrectionRead,
        Permission::CorrectionWrite,
        {QStringLiteral("awaiting_report"), QStringLiteral("received"), QStringLiteral("under_correction")},
        {&CorrectionEntities::gradeChange(), &CorrectionEntities::teamMember(), &CorrectionEntities::family(),
         &CorrectionEntities::activity(), &CorrectionEntities::request(), &CorrectionEntities::sanction(),
         &CorrectionEntities::score(), &CorrectionEntities::monitoring(), &CorrectionEntities::missing()}};
    static const FileKind placement{&PlacementEntities::subject(),
                                    Permission::PlacementRead,
                                    Permission::PlacementWrite,
                                    {QStringLiteral("assisting")},
                                    {&PlacementEntities::member(), &PlacementEntities::agreement(),
                                     &PlacementEntities::visit(), &PlacementEntities::placement(),
                                     &PlacementEntities::assistance(), &PlacementEntities::riskReview(),
                                     &PlacementEntities::move(), &PlacementEntities::notice()}};
    if (entity == correction.subject->name)
        return &correction;
    if (entity == placement.subject->name)
        return &placement;
    return nullptr;
}

Status unknownKind(const QString &entity)
{
    return Status::failure(ErrorCode::InvalidInput,
                           Transfers::tr("Only a community correction or resettlement file can be transferred "
                                         "(not “%1”).")
                               .arg(entity));
}

QString today()
{
    return Clock::today().toString(Qt::ISODate);
}

QString deciderName(const Session &session)
{
    return session.displayName.trimmed().isEmpty() ? session.username : session.displayName.trimmed();
}

// 石浦镇 (330225101), or the code alone when the division table does not know it.
QString officeLabel(const QString &code)
{
    const QString name = Divisions::instance().name(code);
    return name.isEmpty() ? code : Transfers::tr("%1 (%2)").arg(name, code);
}

Result<Record> loadTransfer(const Database &db, const QString &uuid)
{
    Result<Record> t = RecordStore::get(db, SyncEntities::transfer(), uuid);
    if (!t && t.code() == ErrorCode::NotFound)
        return Result<Record>::failure(ErrorCode::NotFound, Transfers::tr("There is no such transfer."));
    return t;
}

QString statusName(const QString &status)
{
    if (status == kRequested)
        return Transfers::tr("requested", "transfer status");
    if (status == kForwarded)
        return Transfers::tr("forwarded", "transfer status");
    if (status == kAccepted)
        return Transfers::tr("accepted", "transfer status");
    if (status == kRejected)
        return Transfers::tr("rejected", "transfer status");
    if (status == kCancelled)
        return Transfers::tr("cancelled", "transfer status");
    return status;
}

Status wrongStatus(const Record &transfer, const QString &step)
{
    return Status::failure(ErrorCode::Conflict, Transfers::tr("A transfer that is “%1” cannot be %2.")
                                                    .arg(statusName(transfer.text(QStringLiteral("status"))), step));
}

// The permissions for a step on a transfer of `kind`: the module's write permission, and for a
// minor's correction file (when the file is here to tell) the minors' permission.
Status requireFor(Database &db, const Session &session, const FileKind &kind, const QString &subjectUuid)
{
    if (Status s = requirePermission(db, session, kind.write); !s.ok())
        return s;
    if (kind.subject == &CorrectionEntities::subject()) {
        Result<QVariant> minor =
            Query::scalar(db, QStringLiteral("SELECT is_minor FROM cc_subject WHERE uuid = :u"),
                          {{QStringLiteral(":u"), subjectUuid}}, Transfers::tr("reading the file"), 0);
        if (!minor)
            return minor.status();
        if (minor->toInt() != 0) {
            if (Status s = requirePermission(db, session, Permission::CorrectionMinors); !s.ok())
                return s;
        }
    }
    return {};
}

// The transfer and its kind, for a step by the signed-in user.
struct Loaded {
    Record transfer;
    const FileKind *kind = nullptr;
};

Result<Loaded> forStep(Database &db, const Session &session, const QString &uuid)
{
    Result<Record> t = loadTransfer(db, uuid);
    if (!t)
        return t.error();
    const FileKind *kind = fileKind(t->text(QStringLiteral("subject_entity")));
    if (!kind)
        return unknownKind(t->text(QStringLiteral("subject_entity"))).error();
    if (Status s = requireFor(db, session, *kind, t->text(QStringLiteral("subject_uuid"))); !s.ok())
        return s.error();
    return Loaded{*t, kind};
}

Status setTransfer(Database &db, const Session &session, const QString &uuid, const QVariantMap &fields,
                   const QString &reason)
{
    return ChangeLog::upsert(db, session.actor(), SyncEntities::transfer(), uuid, fields, reason).status();
}

// The uuids of the rows of `table` whose `column` is one of `keys`, tombstones included (so that
// a record removed at the sender stays removed at the receiver).
Result<QStringList> rowsOf(const Database &db, const QString &table, const QString &column, const QStringList &keys)
{
    QStringList out;
    for (const QString &key : keys) {
        Query q(db, QStringLiteral("SELECT uuid FROM %1 WHERE %2 = :k ORDER BY created_at, uuid").arg(table, column));
        q.bind(QStringLiteral(":k"), key);
        if (Status s = q.exec(Transfers::tr("reading the file")); !s.ok())
            return s.error();
        while (q.next())
            out << q.text(0);
    }
    return out;
}

// Every row of a file by entity: the subject, the records holding its uuid, and the attachments
// kept with any of them.
Result<QList<QPair<const EntityDef *, QString>>> fileRows(const Database &db, const FileKind &kind,
                                                          const QString &subjectUuid)
{
    QList<QPair<const EntityDef *, QString>> out{{kind.subject, subjectUuid}};
    QStringList owners{subjectUuid};
    for (const EntityDef *child : kind.children) {
        Result<QStringList> rows = rowsOf(db, child->table, QStringLiteral("subject_uuid"), {subjectUuid});
        if (!rows)
            return rows.error();
        for (const QString &u : *rows)
            out.append({child, u});
        owners << *rows;
    }
    Result<QStringList> attachments =
        rowsOf(db, MediationEntities::attachment().table, QStringLiteral("owner_uuid"), owners);
    if (!attachments)
        return attachments.error();
    for (const QString &u : *attachments)
        out.append({&MediationEntities::attachment(), u});
    return out;
}

// A transfer the county refused carries no decision fields (see reject()): the change that set
// its status says when, who and why.
Status fillCountyRefusal(const Database &db, TransferItem &item)
{
    Result<QList<Op>> ops = ChangeLog::opsForRow(db, item.uuid);
    if (!ops)
        return ops.status();
    for (auto op = ops->crbegin(); op != ops->crend(); ++op) {
        for (const OpField &f : op->fields) {
            if (f.field != QLatin1String("status"))
                continue;
            if (f.value.toString() != kRejected)
                return {};
            const QDateTime at = QDateTime::fromString(op->stamp.wallTime, Qt::ISODateWithMs);
            item.decidedDate = at.isValid() ? at.toLocalTime().date().toString(Qt::ISODate) : QString();
            item.decidedBy = op->actor;
            item.decisionNote = op->reason;
            return {};
        }
    }
    return {};
}

TransferItem itemFrom(const Record &r)
{
    TransferItem i;
    i.uuid = r.uuid;
    i.subjectEntity = r.text(QStringLiteral("subject_entity"));
    i.subjectUuid = r.text(QStringLiteral("subject_uuid"));
    i.subjectName = r.text(QStringLiteral("subject_name"));
    i.fromOffice = r.text(QStringLiteral("from_office"));
    i.toOffice = r.text(QStringLiteral("to_office"));
    i.reason = r.text(QStringLiteral("reason"));
    i.requestedDate = r.text(QStringLiteral("requested_date"));
    i.status = r.text(QStringLiteral("status"));
    i.forwardedDate = r.text(QStringLiteral("forwarded_date"));
    i.decidedDate = r.text(QStringLiteral("decided_date"));
    i.decidedBy = r.text(QStringLiteral("decided_by"));
    i.decisionNote = r.text(QStringLiteral("decision_note"));
    return i;
}

} // namespace

Result<QString> Transfers::request(Database &db, const Session &session, const QString &subjectEntity,
                                   const QString &subjectUuid, const QString &toOffice, const QString &reason)
{
    const OfficeInfo office = Office::info(db);
    if (office.isCounty())
        return Result<QString>::failure(ErrorCode::Conflict,
                                        tr("A transfer is requested by the township office that holds the file, "
                                           "not by the county bureau."));
    const FileKind *kind = fileKind(subjectEntity);
    if (!kind)
        return unknownKind(subjectEntity).error();
    if (Status s = requireFor(db, session, *kind, subjectUuid); !s.ok())
        return s.error();

    const QString to = toOffice.trimmed();
    static const QRegularExpression nine(QStringLiteral("^\\d{9}$"));
    const QString county = office.countyCode.isEmpty() ? office.code.left(6) : office.countyCode;
    if (!nine.match(to).hasMatch())
        return Result<QString>::failure(
            ErrorCode::InvalidInput,
            tr("Name the receiving township office by its 9-digit code, e.g. %1.").arg(county + QStringLiteral("102")),
            QStringLiteral("to_office"));
    if (to.left(6) != county)
        return Result<QString>::failure(ErrorCode::InvalidInput,
                                        tr("Office %1 is not in this county (%2): a file goes to another county "
                                           "through the county bureau's change of residence, not as a transfer "
                                           "between townships.")
                                            .arg(to, county),
                                        QStringLiteral("to_office"));
    if (to == office.code)
        return Result<QString>::failure(ErrorCode::InvalidInput,
                                        tr("The file is already this office's: choose another township."),
                                        QStringLiteral("to_office"));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Result<QString>::failure(ErrorCode::InvalidInput,
                                        tr("Give the reason for the transfer (e.g. the new place of residence)."),
                                        QStringLiteral("reason"));

    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    Result<Record> subject = RecordStore::get(db, *kind->subject, subjectUuid);
    if (!subject)
        return subject.error();
    if (subject->text(QStringLiteral("office_code")) != office.code)
        return Result<QString>::failure(ErrorCode::Conflict,
                                        tr("This file belongs to office %1; only the office holding a file can "
                                           "transfer it.")
                                            .arg(officeLabel(subject->text(QStringLiteral("office_code")))));
    if (!kind->open.contains(subject->text(QStringLiteral("status"))))
        return Result<QString>::failure(ErrorCode::Conflict,
                                        tr("Only an open file can be transferred; this one has ended."));
    Result<QVariant> pending =
        Query::scalar(db,
                      QStringLiteral("SELECT COUNT(*) FROM sync_transfer WHERE subject_uuid = :s AND deleted = 0 "
                                     "AND status IN ('requested', 'forwarded')"),
                      {{QStringLiteral(":s"), subjectUuid}}, tr("reading the transfers"), 0);
    if (!pending)
        return pending.error();
    if (pending->toInt() > 0)
        return Result<QString>::failure(ErrorCode::Conflict,
                                        tr("A transfer of this file is already under way; cancel it first."));
    Result<QVariant> name = Query::scalar(db, QStringLiteral("SELECT name FROM person WHERE uuid = :p"),
                                          {{QStringLiteral(":p"), subject->text(QStringLiteral("person_uuid"))}},
                                          tr("reading the file"), QString());
    if (!name)
        return name.error();

    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QVariantMap fields{{QStringLiteral("office_code"), office.code},
                             {QStringLiteral("subject_entity"), kind->subject->name},
                             {QStringLiteral("subject_uuid"), subjectUuid},
                             {QStringLiteral("subject_name"), name->toString()},
                             {QStringLiteral("from_office"), office.code},
                             {QStringLiteral("to_office"), to},
                             {QStringLiteral("reason"), why},
                             {QStringLiteral("requested_date"), today()},
                             {QStringLiteral("status"), kRequested}};
    Result<QString> op = ChangeLog::create(db, session.actor(), SyncEntities::transfer(), uuid, fields,
                                           tr("transfer to %1 requested").arg(officeLabel(to)));
    if (!op)
        return op.error();
    if (Status c = tx.commit(); !c.ok())
        return c.error();
    return uuid;
}

Status Transfers::cancel(Database &db, const Session &session, const QString &transferUuid, const QString &note)
{
    const OfficeInfo office = Office::info(db);
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<Loaded> l = forStep(db, session, transferUuid);
    if (!l)
        return l.status();
    const Record &t = l->transfer;
    if (office.isCounty() || t.text(QStringLiteral("from_office")) != office.code)
        return Status::failure(ErrorCode::Conflict, tr("Only the sending office can cancel a transfer."));
    const QString status = t.text(QStringLiteral("status"));
    if (status != kRequested && status != kForwarded)
        return wrongStatus(t, tr("cancelled"));
    if (Status w = setTransfer(db, session, transferUuid,
                               {{QStringLiteral("status"), kCancelled},
                                {QStringLiteral("decided_date"), today()},
                                {QStringLiteral("decided_by"), deciderName(session)},
                                {QStringLiteral("decision_note"), note.trimmed()}},
                               tr("transfer cancelled"));
        !w.ok())
        return w;
    return tx.commit();
}

Status Transfers::forward(Database &db, const Session &session, const QString &transferUuid, const QString &note)
{
    const OfficeInfo office = Office::info(db);
    if (!office.isCounty())
        return Status::failure(ErrorCode::Conflict,
                               tr("The county bureau forwards a transfer to the receiving township."));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<Loaded> l = forStep(db, session, transferUuid);
    if (!l)
        return l.status();
    const Record &t = l->transfer;
    if (t.text(QStringLiteral("to_office")).left(6) != office.code)
        return Status::failure(ErrorCode::Conflict, tr("This transfer goes to a township of another county."));
    if (t.text(QStringLiteral("status")) != kRequested)
        return wrongStatus(t, tr("forwarded"));
    // The note travels as the change's reason (and in the audit trail): the decision fields are
    // the receiving office's.
    const QString why = note.trimmed().isEmpty()
                            ? tr("transfer forwarded to %1").arg(officeLabel(t.text(QStringLiteral("to_office"))))
                            : note.trimmed();
    if (Status w =
            setTransfer(db, session, transferUuid,
                        {{QStringLiteral("status"), kForwarded}, {QStringLiteral("forwarded_date"), today()}}, why);
        !w.ok())
        return w;
    return tx.commit();
}

Status Transfers::accept(Database &db, const Session &session, const QString &transferUuid, const QString &note)
{
    const OfficeInfo office = Office::info(db);
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<Loaded> l = forStep(db, session, transferUuid);
    if (!l)
        return l.status();
    const Record &t = l->transfer;
    if (office.isCounty() || t.text(QStringLiteral("to_office")) != office.code)
        return Status::failure(ErrorCode::Conflict, tr("Only the receiving office can accept a transfer."));
    if (t.text(QStringLiteral("status")) != kForwarded)
        return wrongStatus(t, tr("accepted"));
    const QString subjectUuid = t.text(QStringLiteral("subject_uuid"));
    if (Result<Record> subject = RecordStore::get(db, *l->kind->subject, subjectUuid); !subject)
        return Status::failure(ErrorCode::Conflict,
                               tr("The file of %1 has not arrived yet: import the county bureau's bundle first.")
                                   .arg(t.text(QStringLiteral("subject_name"))));
    Result<QList<QPair<const EntityDef *, QString>>> rows = fileRows(db, *l->kind, subjectUuid);
    if (!rows)
        return rows.status();
    // The transfer's decision first, then the file: in the order of this office's log, whoever
    // applies the file's new office code has already seen the acceptance that allows it.
    if (Status w = setTransfer(db, session, transferUuid,
                               {{QStringLiteral("status"), kAccepted},
                                {QStringLiteral("decided_date"), today()},
                                {QStringLiteral("decided_by"), deciderName(session)},
                                {QStringLiteral("decision_note"), note.trimmed()}},
                               tr("transfer accepted"));
        !w.ok())
        return w;
    const QString why = tr("received by transfer from %1").arg(officeLabel(t.text(QStringLiteral("from_office"))));
    int changed = 0;
    for (const auto &[entity, uuid] : *rows) {
        Result<QString> op =
            ChangeLog::upsert(db, session.actor(), *entity, uuid, {{QStringLiteral("office_code"), office.code}}, why);
        if (!op)
            return op.status();
        if (!op->isEmpty())
            ++changed;
    }
    if (Status a = AuditLog::append(
            db, session.actor(), QStringLiteral("transfer.accept"), l->kind->subject->name, subjectUuid,
            QStringLiteral("%1 → %2, %3")
                .arg(t.text(QStringLiteral("from_office")), office.code, QString::number(changed)));
        !a.ok())
        return a;
    return tx.commit();
}

Status Transfers::reject(Database &db, const Session &session, const QString &transferUuid, const QString &note)
{
    const OfficeInfo office = Office::info(db);
    const QString why = note.trimmed();
    if (why.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Give the reason for refusing the transfer."),
                               QStringLiteral("decision_note"));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<Loaded> l = forStep(db, session, transferUuid);
    if (!l)
        return l.status();
    const Record &t = l->transfer;
    if (office.isCounty()) {
        // The county refuses before forwarding; once forwarded, the receiving office decides.
        if (t.text(QStringLiteral("to_office")).left(6) != office.code)
            return Status::failure(ErrorCode::Conflict, tr("This transfer goes to a township of another county."));
        if (t.text(QStringLiteral("status")) != kRequested)
            return wrongStatus(t, tr("refused"));
    } else {
        if (t.text(QStringLiteral("to_office")) != office.code)
            return Status::failure(ErrorCode::Conflict, tr("Only the receiving office can reject a transfer."));
        if (t.text(QStringLiteral("status")) != kForwarded)
            return wrongStatus(t, tr("rejected"));
    }
    // A county may change a township's record only in the fields it owns (SyncAuthority): of a
    // transfer, the status and the forwarding date. Its refusal is therefore the status alone,
    // with the reason as the change's reason; list() shows that change's date, author and reason
    // as the decision.
    const QVariantMap fields = office.isCounty() ? QVariantMap{{QStringLiteral("status"), kRejected}}
                                                 : QVariantMap{{QStringLiteral("status"), kRejected},
                                                               {QStringLiteral("decided_date"), today()},
                                                               {QStringLiteral("decided_by"), deciderName(session)},
                                                               {QStringLiteral("decision_note"), why}};
    if (Status w = setTransfer(db, session, transferUuid, fields, why); !w.ok())
        return w;
    return tx.commit();
}

Result<QList<TransferItem>> Transfers::list(const Database &db, const Session &session, bool openOnly)
{
    const bool correction = session.can(Permission::CorrectionRead);
    const bool placement = session.can(Permission::PlacementRead);
    if (!correction && !placement)
        return checkPermission(session, Permission::CorrectionRead).error();
    const OfficeInfo office = Office::info(db);
    QString where = QStringLiteral("deleted = 0");
    QVariantMap bindings;
    if (!office.isCounty()) {
        where += QStringLiteral(" AND (from_office = :o OR to_office = :o)");
        bindings.insert(QStringLiteral(":o"), office.code);
    }
    if (openOnly)
        where += QStringLiteral(" AND status IN ('requested', 'forwarded')");
    if (!correction)
        where += QStringLiteral(" AND subject_entity <> 'cc_subject'");
    if (!placement)
        where += QStringLiteral(" AND subject_entity <> 'rp_subject'");
    QStringList columns{QStringLiteral("uuid"), QStringLiteral("updated_at"), QStringLiteral("updated_by")};
    columns << SyncEntities::transfer().columns();
    Query q(db,
            QStringLiteral("SELECT %1 FROM sync_transfer WHERE %2 ORDER BY requested_date DESC, created_at DESC, uuid")
                .arg(columns.join(QStringLiteral(", ")), where));
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        q.bind(it.key(), it.value());
    if (Status s = q.exec(tr("reading the transfers")); !s.ok())
        return s.error();
    QList<TransferItem> out;
    while (q.next()) {
        Record r;
        r.uuid = q.text(0);
        int i = 3;
        for (const FieldDef &f : SyncEntities::transfer().fields)
            r.fields.insert(f.name, q.value(i++));
        TransferItem item = itemFrom(r);
        if (item.status == kRejected && item.decidedDate.isEmpty() && item.forwardedDate.isEmpty()) {
            if (Status st = fillCountyRefusal(db, item); !st.ok())
                return st.error();
        }
        out << item;
    }
    return out;
}

Result<QStringList> Transfers::packageRows(const Database &db, const QString &toOffice)
{
    QStringList out;
    if (!Office::info(db).isCounty())
        return out;
    Query q(db,
            QStringLiteral("SELECT uuid, subject_entity, subject_uuid FROM sync_transfer "
                           "WHERE to_office = :o AND status = 'forwarded' AND deleted = 0 ORDER BY created_at, uuid"));
    q.bind(QStringLiteral(":o"), toOffice);
    if (Status s = q.exec(tr("reading the transfers")); !s.ok())
        return s.error();
    QList<QStringList> transfers;
    while (q.next())
        transfers << QStringList{q.text(0), q.text(1), q.text(2)};
    QSet<QString> seen;
    const auto add = [&](const QString &uuid) {
        if (!uuid.isEmpty() && !seen.contains(uuid)) {
            seen.insert(uuid);
            out << uuid;
        }
    };
    for (const QStringList &t : std::as_const(transfers)) {
        const FileKind *kind = fileKind(t.at(1));
        if (!kind)
            continue;
        add(t.at(0));
        Result<QVariant> person =
            Query::scalar(db, QStringLiteral("SELECT person_uuid FROM %1 WHERE uuid = :u").arg(kind->subject->table),
                          {{QStringLiteral(":u"), t.at(2)}}, tr("reading the file"), QString());
        if (!person)
            return person.error();
        if (person->toString().isEmpty())
            continue; // the file has not reached the county yet
        add(person->toString());
        Result<QList<QPair<const EntityDef *, QString>>> rows = fileRows(db, *kind, t.at(2));
        if (!rows)
            return rows.error();
        for (const auto &row : *rows)
            add(row.second);
    }
    return out;
}

Status Transfers::afterImport(Database &db, const QStringList &transferUuids)
{
    const OfficeInfo office = Office::info(db);
    if (office.isCounty())
        return {};
    const Actor system{QStringLiteral("system"), QStringLiteral("system")};
    for (const QString &uuid : transferUuids) {
        Result<Record> t = RecordStore::get(db, SyncEntities::transfer(), uuid);
        if (!t) {
            if (t.code() == ErrorCode::NotFound)
                continue;
            return t.status();
        }
        if (t->text(QStringLiteral("status")) != kAccepted || t->text(QStringLiteral("from_office")) != office.code)
            continue;
        const FileKind *kind = fileKind(t->text(QStringLiteral("subject_entity")));
        if (!kind)
            continue;
        Result<Record> subject = RecordStore::get(db, *kind->subject, t->text(QStringLiteral("subject_uuid")));
        if (!subject) {
            if (subject.code() == ErrorCode::NotFound)
                continue;
            return subject.status();
        }
        // Already ended (by this, or by something else the office recorded meanwhile): nothing.
        if (!kind->open.contains(subject->text(QStringLiteral("status"))))
            continue;
        const QString date =
            t->text(QStringLiteral("decided_date")).isEmpty() ? today() : t->text(QStringLiteral("decided_date"));
        const QString to = officeLabel(t->text(QStringLiteral("to_office")));
        QVariantMap f{{QStringLiteral("end_date"), date}};
        if (kind->subject == &CorrectionEntities::subject()) {
            f.insert(QStringLiteral("status"), QStringLiteral("transferred_out"));
        } else {
            f.insert(QStringLiteral("status"), QStringLiteral("moved"));
            f.insert(QStringLiteral("end_type"), QStringLiteral("moved"));
            f.insert(QStringLiteral("moved_to"), to);
        }
        Result<QString> op = ChangeLog::upsert(db, system, *kind->subject, subject->uuid, f,
                                               tr("transferred to %1 (accepted %2)").arg(to, date));
        if (!op)
            return op.status();
    }
    return {};
}

} // namespace sifa
