#include "domain/Numbering.h"

#include "settings/DbSettings.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QRegularExpression>

namespace sifa {

namespace {

QString settingKey(const QString &docTypeId)
{
    return QStringLiteral("numbering.") + docTypeId;
}

Result<int> lastNumber(const Database &db, const QString &office, const QString &docTypeId, int year)
{
    Result<QVariant> v = Query::scalar(
        db, QStringLiteral("SELECT last_no FROM doc_sequence WHERE office_code = :o AND doc_type = :t AND year = :y"),
        {{QStringLiteral(":o"), office}, {QStringLiteral(":t"), docTypeId}, {QStringLiteral(":y"), year}},
        Numbering::tr("reading document numbers"), 0);
    if (!v)
        return v.error();
    return v->toInt();
}

}  // namespace

const QList<DocType> &Numbering::docTypes()
{
    static const QList<DocType> list{
        {QStringLiteral("mediation.case"), QStringLiteral("（{year}）{abbr}人调字第{n}号")},
        {QStringLiteral("mediation.agreement"), QStringLiteral("（{year}）{abbr}人调协字第{n}号")},
    };
    return list;
}

const DocType *Numbering::docType(const QString &id)
{
    for (const DocType &t : docTypes()) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QString Numbering::label(const QString &docTypeId)
{
    if (docTypeId == QLatin1String("mediation.case"))
        return tr("Mediation case number (卷宗号)");
    if (docTypeId == QLatin1String("mediation.agreement"))
        return tr("Mediation agreement number (协议书编号)");
    return docTypeId;
}

QString Numbering::pattern(const Database &db, const QString &docTypeId)
{
    const DocType *t = docType(docTypeId);
    return DbSettings::rawValue(db, settingKey(docTypeId), t ? t->defaultPattern : QStringLiteral("{year}-{n}"));
}

Status Numbering::validatePattern(const QString &pattern)
{
    static const QRegularExpression seq(QStringLiteral("\\{n(:\\d)?\\}"));
    if (!seq.match(pattern).hasMatch()) {
        return Status::failure(ErrorCode::InvalidInput,
                               tr("A numbering pattern must contain {n} (the running number), e.g. "
                                  "（{year}）{abbr}人调字第{n}号."));
    }
    static const QRegularExpression unknown(QStringLiteral("\\{(?!year\\}|abbr\\}|n\\}|n:\\d\\})[^}]*\\}"));
    if (unknown.match(pattern).hasMatch()) {
        return Status::failure(ErrorCode::InvalidInput,
                               tr("A numbering pattern may use only {year}, {abbr}, {n} and {n:4}."));
    }
    if (pattern.size() > 100)
        return Status::failure(ErrorCode::InvalidInput, tr("A numbering pattern has at most 100 characters."));
    return {};
}

QString Numbering::format(const QString &pattern, int year, int n, const QString &abbreviation)
{
    QString out = pattern;
    out.replace(QStringLiteral("{year}"), QString::number(year));
    out.replace(QStringLiteral("{abbr}"), abbreviation);
    static const QRegularExpression padded(QStringLiteral("\\{n:(\\d)\\}"));
    QRegularExpressionMatch m = padded.match(out);
    while (m.hasMatch()) {
        out.replace(m.capturedStart(), m.capturedLength(),
                    QStringLiteral("%1").arg(n, m.captured(1).toInt(), 10, QLatin1Char('0')));
        m = padded.match(out);
    }
    out.replace(QStringLiteral("{n}"), QString::number(n));
    return out;
}

Status Numbering::setPattern(Database &db, const Session &session, const QString &docTypeId, const QString &pattern)
{
    if (!docType(docTypeId))
        return Status::failure(ErrorCode::NotFound, tr("Unknown document type %1.").arg(docTypeId));
    if (Status s = validatePattern(pattern.trimmed()); !s.ok())
        return s;
    return DbSettings::setRaw(db, session, settingKey(docTypeId), pattern.trimmed());
}

Result<AllocatedNumber> Numbering::peek(const Database &db, const QString &docTypeId, int year)
{
    const QString office = db.meta(QStringLiteral("office_code"));
    Result<int> last = lastNumber(db, office, docTypeId, year);
    if (!last)
        return last.error();
    const int n = *last + 1;
    return AllocatedNumber{year, n, format(pattern(db, docTypeId), year, n, DbSettings::get(db, DbSettings::OfficeAbbreviation))};
}

Result<AllocatedNumber> Numbering::allocate(Database &db, const QString &docTypeId, int year)
{
    if (db.transactionDepth() == 0)
        return Result<AllocatedNumber>::failure(ErrorCode::Internal, QStringLiteral("Numbering::allocate outside a transaction"));
    const QString office = db.meta(QStringLiteral("office_code"));
    Query q(db, QStringLiteral("INSERT INTO doc_sequence(office_code, doc_type, year, last_no) VALUES (:o, :t, :y, 1) "
                               "ON CONFLICT(office_code, doc_type, year) DO UPDATE SET last_no = last_no + 1"));
    q.bind(QStringLiteral(":o"), office).bind(QStringLiteral(":t"), docTypeId).bind(QStringLiteral(":y"), year);
    if (Status s = q.exec(tr("allocating a document number")); !s.ok())
        return s.error();
    Result<int> n = lastNumber(db, office, docTypeId, year);
    if (!n)
        return n.error();
    return AllocatedNumber{year, *n, format(pattern(db, docTypeId), year, *n, DbSettings::get(db, DbSettings::OfficeAbbreviation))};
}

}  // namespace sifa
