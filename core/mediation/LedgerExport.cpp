#include "mediation/LedgerExport.h"

#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"
#include "mediation/LedgerColumns.h"
#include "mediation/LedgerValues.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QFileInfo>
#include <QHash>

namespace sifa {

namespace {

constexpr int kPage = 1000;

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant day(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

QVariant yuan(qint64 fen)
{
    return fen == 0 ? QVariant() : QVariant(static_cast<double>(fen) / 100.0);
}

Result<QHash<QString, QString>> names(Database &db, const QString &table)
{
    QHash<QString, QString> out;
    Query q(db, QStringLiteral("SELECT uuid, name FROM %1").arg(table));
    if (Status s = q.exec(LedgerExport::tr("reading the mediation ledger")); !s.ok())
        return s.error();
    while (q.next())
        out.insert(q.text(0), q.text(1));
    return out;
}

// Names and ID numbers of the parties in one role, joined by 、 and in step with each other.
QPair<QString, QString> partyCells(const QList<DisputeParty> &parties, const QString &role)
{
    QStringList names;
    QStringList ids;
    bool anyId = false;
    for (const DisputeParty &p : parties) {
        if (p.deleted || p.role != role)
            continue;
        names << p.name;
        ids << p.idNumber;
        anyId = anyId || !p.idNumber.isEmpty();
    }
    const QString sep = QStringLiteral("、");
    return {names.join(sep), anyId ? ids.join(sep) : QString()};
}

}  // namespace

LedgerExport::Format LedgerExport::formatFor(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0 ? Format::Xlsx
                                                                                               : Format::Csv;
}

Result<LedgerExport::Table> LedgerExport::table(Database &db, const Access &access, LedgerQuery query,
                                                const Progress &progress)
{
    if (Status s = access.require(db, Permission::MediationRead); !s.ok())
        return s.error();
    Result<QHash<QString, QString>> committees = names(db, QStringLiteral("committee"));
    if (!committees)
        return committees.error();
    Result<QHash<QString, QString>> mediators = names(db, QStringLiteral("mediator"));
    if (!mediators)
        return mediators.error();
    Result<qint64> total = DisputeRepository::count(db, query);
    if (!total)
        return total.error();

    Table t;
    for (LedgerField f : LedgerColumns::all()) {
        if (f == LedgerField::CaseNo || f == LedgerField::ApplicantIds || f == LedgerField::RespondentIds)
            t.textColumns << static_cast<int>(t.header.size());
        t.header << LedgerColumns::canonical(f);
    }
    query.limit = kPage;
    query.after.reset();
    qint64 done = 0;
    for (;;) {
        Result<QList<DisputeListItem>> page = DisputeRepository::list(db, query);
        if (!page)
            return page.error();
        for (const DisputeListItem &item : std::as_const(*page)) {
            Result<Dispute> d = DisputeRepository::get(db, item.uuid);
            if (!d)
                return d.error();
            Result<std::optional<Agreement>> agreement = DisputeRepository::agreement(db, item.uuid);
            if (!agreement)
                return agreement.error();
            t.rows << QList<QVariant>();
            QList<QVariant> &row = t.rows.last();
            const auto applicants = partyCells(d->parties, QStringLiteral("applicant"));
            const auto respondents = partyCells(d->parties, QStringLiteral("respondent"));
            const bool notAccepted = d->status == QLatin1String("not_accepted") ||
                                     (!d->acceptedDate.isValid() && d->decidedDate.isValid());
            QStringList mediatorNames;
            for (const QString &m : {d->leadMediatorUuid, d->assistMediatorUuid}) {
                if (!m.isEmpty() && mediators->contains(m))
                    mediatorNames << mediators->value(m);
            }
            const Agreement *a = agreement->has_value() ? &agreement->value() : nullptr;
            for (LedgerField f : LedgerColumns::all()) {
                switch (f) {
                case LedgerField::CaseNo: row << text(d->caseNo); break;
                case LedgerField::RegisteredDate: row << day(d->registeredDate); break;
                case LedgerField::AcceptedDate: row << day(d->acceptedDate); break;
                case LedgerField::Source: row << text(LedgerValues::sourceWord(d->source, d->referralKind)); break;
                case LedgerField::Type: row << text(LedgerValues::typeName(d->disputeType)); break;
                case LedgerField::Applicants: row << text(applicants.first); break;
                case LedgerField::ApplicantIds: row << text(applicants.second); break;
                case LedgerField::Respondents: row << text(respondents.first); break;
                case LedgerField::RespondentIds: row << text(respondents.second); break;
                case LedgerField::Summary: row << text(d->summary); break;
                case LedgerField::Persons: row << (d->personsInvolved > 0 ? QVariant(d->personsInvolved) : QVariant()); break;
                case LedgerField::Amount: row << yuan(d->amountInvolvedFen); break;
                case LedgerField::Committee: row << text(committees->value(d->committeeUuid)); break;
                case LedgerField::Mediators: row << text(mediatorNames.join(QStringLiteral("、"))); break;
                case LedgerField::Result: row << text(LedgerValues::resultWord(d->result, notAccepted)); break;
                case LedgerField::Form: row << text(a ? LedgerValues::formWord(a->form) : QString()); break;
                case LedgerField::AgreedDate: row << (a ? day(a->agreedDate) : QVariant()); break;
                case LedgerField::AgreedAmount: row << (a ? yuan(a->amountFen) : QVariant()); break;
                case LedgerField::Performance:
                    row << text(a ? LedgerValues::performanceWord(a->performanceStatus) : QString());
                    break;
                case LedgerField::ClosedDate:
                    row << day(d->closedDate.isValid() || !notAccepted ? d->closedDate : d->decidedDate);
                    break;
                case LedgerField::ArchivedDate: row << day(d->archivedDate); break;
                case LedgerField::Status: row << text(LedgerValues::statusWord(d->status)); break;
                }
            }
            ++done;
            if (progress && done % 200 == 0 && !progress(done, *total))
                return Status::failure(ErrorCode::Conflict, tr("The export was cancelled; no file was written.")).error();
        }
        if (page->size() < kPage)
            break;
        query.after = qMakePair(DisputeRepository::sortValue(page->last(), query.sort), page->last().rowid);
    }
    if (progress)
        progress(done, done);
    return t;
}

Result<int> LedgerExport::write(Database &db, const Access &access, const LedgerQuery &query, const QString &path,
                                Format format, const Progress &progress)
{
    Result<Table> t = table(db, access, query, progress);
    if (!t)
        return t.error();
    Status written;
    if (format == Format::Xlsx) {
        written = XlsxWriter::write(path, tr("Mediation ledger"), t->header, t->rows, t->textColumns);
    } else {
        QList<QStringList> rows;
        rows.reserve(t->rows.size() + 1);
        rows << t->header;
        for (const QList<QVariant> &r : std::as_const(t->rows)) {
            QStringList cells;
            for (const QVariant &v : r) {
                if (v.typeId() == QMetaType::QDate)
                    cells << v.toDate().toString(Qt::ISODate);
                else if (v.typeId() == QMetaType::Double)
                    cells << formatYuan(qRound64(v.toDouble() * 100.0));
                else
                    cells << v.toString();
            }
            rows << cells;
        }
        written = CsvWriter::write(path, rows);
    }
    if (!written.ok())
        return written.error();
    const int n = static_cast<int>(t->rows.size());
    if (Status s = AuditLog::append(db, access.actor(), QStringLiteral("dispute.export"), QStringLiteral("dispute"),
                                    QString(),
                                    QStringLiteral("%1 cases, %2, %3")
                                        .arg(n)
                                        .arg(format == Format::Xlsx ? QStringLiteral("XLSX") : QStringLiteral("CSV"),
                                             QFileInfo(path).fileName()));
        !s.ok())
        return s.error();
    return n;
}

}  // namespace sifa
