#include "correction/SubjectExport.h"

#include "correction/CorrectionEntities.h"
#include "correction/CorrectionRepository.h"
#include "correction/CorrectionService.h"
#include "correction/SubjectColumns.h"
#include "correction/SubjectImport.h"
#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"
#include "people/PersonRepository.h"
#include "security/AuditLog.h"
#include "storage/Database.h"

#include <QFileInfo>

namespace sifa {

namespace {

using F = SubjectField;

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant day(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

QVariant word(const char *table, const QString &code)
{
    return text(SubjectImport::word(QString::fromLatin1(table), code));
}

}  // namespace

SubjectExport::Format SubjectExport::formatFor(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0 ? Format::Xlsx
                                                                                               : Format::Csv;
}

Result<SubjectExport::Table> SubjectExport::table(Database &db, const Access &access, const SubjectQuery &query)
{
    // The list decides which files may be exported (never a sealed one, a minor's only for
    // correction.minors) and checks correction.read; it masks the ID numbers, which the ledger
    // then takes from the people index.
    SubjectQuery q = query;
    q.revealIdNumbers = false;
    Result<QList<SubjectListItem>> items = CorrectionService::list(db, access, q);
    if (!items)
        return items.error();
    Table t;
    for (F f : SubjectColumns::all()) {
        if (f == F::IdNumber)
            t.textColumns << static_cast<int>(t.header.size());
        t.header << SubjectColumns::canonical(f);
    }
    for (const SubjectListItem &item : std::as_const(*items)) {
        Result<CcRecord> s = CorrectionRepository::get(db, CorrectionEntities::subject(), item.uuid);
        if (!s)
            return s.error();
        Result<Person> p = PersonRepository::get(db, item.personUuid);
        if (!p)
            return p.error();
        t.rows << QList<QVariant>();
        QList<QVariant> &row = t.rows.last();
        const QString status = s->text(QStringLiteral("status"));
        for (F f : SubjectColumns::all()) {
            switch (f) {
            case F::Name: row << text(p->name); break;
            case F::IdNumber: row << text(p->idNumber); break;
            case F::Sex: row << word("sex", p->sex == QLatin1String("0") ? QString() : p->sex); break;
            case F::Type: row << word("correction_type", s->text(QStringLiteral("correction_type"))); break;
            case F::Charge: row << text(s->text(QStringLiteral("charge"))); break;
            case F::Sentence: row << text(s->text(QStringLiteral("original_sentence"))); break;
            case F::JudgmentDate: row << day(s->date(QStringLiteral("judgment_date"))); break;
            case F::DecisionBody: row << text(s->text(QStringLiteral("decision_body"))); break;
            case F::PeriodFrom: row << day(s->date(QStringLiteral("period_from"))); break;
            case F::PeriodTo: row << day(s->date(QStringLiteral("period_to"))); break;
            case F::ReceivedDate: row << day(s->date(QStringLiteral("received_date"))); break;
            case F::Grade: row << word("supervision_grade", s->text(QStringLiteral("grade"))); break;
            // A transferred file's end date is the transfer's (状态 says which).
            case F::EndDate: row << day(s->date(QStringLiteral("end_date"))); break;
            case F::EndType: row << word("correction_end_type", s->text(QStringLiteral("end_type"))); break;
            case F::OutsideReason:
                row << word("outside_execution_reason", s->text(QStringLiteral("outside_reason")));
                break;
            case F::EffectiveDate: row << day(s->date(QStringLiteral("effective_date"))); break;
            case F::AnnouncedDate: row << day(s->date(QStringLiteral("announced_date"))); break;
            case F::Status: row << word("correction_status", status); break;
            }
        }
    }
    return t;
}

Result<int> SubjectExport::write(Database &db, const Access &access, const QString &path, Format format,
                                 const SubjectQuery &query)
{
    Result<Table> t = table(db, access, query);
    if (!t)
        return t.error();
    Status written;
    if (format == Format::Xlsx) {
        written = XlsxWriter::write(path, tr("Correction ledger"), t->header, t->rows, t->textColumns);
    } else {
        QList<QStringList> rows;
        rows.reserve(t->rows.size() + 1);
        rows << t->header;
        for (const QList<QVariant> &r : std::as_const(t->rows)) {
            QStringList cells;
            for (const QVariant &v : r)
                cells << (v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString());
            rows << cells;
        }
        written = CsvWriter::write(path, rows);
    }
    if (!written.ok())
        return written.error();
    const int n = static_cast<int>(t->rows.size());
    if (Status s = AuditLog::append(db, access.actor(), QStringLiteral("correction.export"),
                                    CorrectionEntities::subject().name, QString(),
                                    QStringLiteral("%1 subjects, %2, %3")
                                        .arg(n)
                                        .arg(format == Format::Xlsx ? QStringLiteral("XLSX") : QStringLiteral("CSV"),
                                             QFileInfo(path).fileName()));
        !s.ok())
        return s.error();
    return n;
}

}  // namespace sifa
