#include "placement/PlacementExport.h"

#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"
#include "placement/PlacementColumns.h"
#include "placement/PlacementEntities.h"
#include "placement/PlacementImport.h"
#include "placement/PlacementRepository.h"
#include "placement/PlacementService.h"
#include "security/AuditLog.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QHash>

namespace sifa {

namespace {

using F = PlacementField;

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
    return text(PlacementImport::word(QString::fromLatin1(table), code));
}

}  // namespace

Result<PlacementExport::Table> PlacementExport::table(Database &db, const Access &access, const PlacementQuery &query)
{
    // The list decides which files are exported and checks placement.read; it masks the ID
    // numbers, which the ledger then takes from the people index.
    PlacementQuery q = query;
    q.revealIdNumbers = false;
    Result<QList<PlacementListItem>> items = PlacementService::list(db, access, q);
    if (!items)
        return items.error();
    Result<QList<QPair<Record, Person>>> all = PlacementRepository::subjects(db);
    if (!all)
        return all.error();
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < all->size(); ++i)
        at.insert(all->at(i).first.uuid, i);
    Result<QHash<QString, QList<Record>>> placements =
        PlacementRepository::bySubject(db, PlacementEntities::placement(), QStringLiteral("placed_date DESC"));
    if (!placements)
        return placements.error();

    Table t;
    for (F f : PlacementColumns::all()) {
        if (f == F::IdNumber)
            t.textColumns << static_cast<int>(t.header.size());
        t.header << PlacementColumns::canonical(f);
    }
    for (const PlacementListItem &item : std::as_const(*items)) {
        const auto found = at.constFind(item.uuid);
        if (found == at.cend())
            continue;
        const auto &[s, p] = all->at(*found);
        PlacementFile partial;
        partial.subject = s;
        partial.placements = placements->value(s.uuid);
        const Record *placed = partial.currentPlacement();
        t.rows << QList<QVariant>();
        QList<QVariant> &row = t.rows.last();
        for (F f : PlacementColumns::all()) {
            switch (f) {
            case F::Name: row << text(p.name); break;
            case F::IdNumber: row << text(p.idNumber); break;
            case F::Sex: row << word("sex", p.sex == QLatin1String("0") ? QString() : p.sex); break;
            case F::Source: row << word("placement_source", s.text(QStringLiteral("source_type"))); break;
            case F::ReleaseDate: row << day(s.date(QStringLiteral("release_date"))); break;
            case F::ReleasingOrg: row << text(s.text(QStringLiteral("releasing_org"))); break;
            case F::Charge: row << text(s.text(QStringLiteral("charge"))); break;
            case F::Sentence: {
                const QString sentence = s.text(QStringLiteral("original_sentence"));
                row << text(sentence.isEmpty() ? s.text(QStringLiteral("original_term")) : sentence);
                break;
            }
            case F::HandoverMode: row << word("handover_mode", s.text(QStringLiteral("handover_mode"))); break;
            case F::HandoverDate: row << day(s.date(QStringLiteral("handover_date"))); break;
            case F::HandoverStatus: row << word("handover_status", s.text(QStringLiteral("handover_status"))); break;
            case F::Sanwu: row << QVariant(partial.sanwu() ? QStringLiteral("是") : QStringLiteral("否")); break;
            case F::Category: row << word("placement_category", s.text(QStringLiteral("category"))); break;
            case F::PlacementMode: row << (placed ? word("placement_mode", placed->text(QStringLiteral("mode"))) : QVariant()); break;
            case F::PlacementDate: row << (placed ? day(placed->date(QStringLiteral("placed_date"))) : QVariant()); break;
            case F::AssistEnd: row << day(s.date(QStringLiteral("assist_end_date"))); break;
            case F::EndDate: row << day(s.date(QStringLiteral("end_date"))); break;
            case F::EndType: row << word("placement_end_type", s.text(QStringLiteral("end_type"))); break;
            }
        }
    }
    return t;
}

Result<int> PlacementExport::write(Database &db, const Access &access, const QString &path, Format format,
                                   const PlacementQuery &query)
{
    Result<Table> t = table(db, access, query);
    if (!t)
        return t.error();
    Status written;
    if (format == Format::Xlsx) {
        written = XlsxWriter::write(path, tr("Resettlement ledger"), t->header, t->rows, t->textColumns);
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
    if (Status s = AuditLog::append(db, access.actor(), QStringLiteral("placement.export"),
                                    PlacementEntities::subject().name, QString(),
                                    QStringLiteral("%1 files, %2, %3")
                                        .arg(n)
                                        .arg(format == Format::Xlsx ? QStringLiteral("XLSX") : QStringLiteral("CSV"),
                                             QFileInfo(path).fileName()));
        !s.ok())
        return s.error();
    return n;
}

}  // namespace sifa
