// Exporting the mediation ledger, and importing an export again.
#include "MediationFixture.h"

#include "demo/DemoOffice.h"
#include "io/XlsxReader.h"
#include "mediation/DisputeRepository.h"
#include "mediation/LedgerExport.h"
#include "mediation/LedgerImport.h"
#include "security/AuditLog.h"
#include "security/Users.h"
#include "storage/Query.h"
#include "sync/RebuildCompare.h"

#include "CatchCompat.h"

#include <QFile>
#include <QTemporaryDir>

using namespace sifa;

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

qint64 scalar(Database &db, const QString &sql)
{
    Result<QVariant> v = Query::scalar(db, sql, {}, QString(), 0);
    REQUIRE(v);
    return v->toLongLong();
}

// What must survive an export and an import, per case number.
QMap<QString, QString> digest(Database &db)
{
    QMap<QString, QString> out;
    Query q(db, QStringLiteral("SELECT d.case_no, d.status, d.registered_date, d.accepted_date, d.closed_date, "
                               "d.archived_date, d.dispute_type, d.source, d.result, d.amount_involved, "
                               "(SELECT group_concat(p.role || ':' || p.name || ':' || p.id_number, ';') FROM "
                               " (SELECT * FROM dispute_party p WHERE p.dispute_uuid = d.uuid AND p.deleted = 0 "
                               "  AND p.role IN ('applicant', 'respondent') ORDER BY p.role, p.seq) p), "
                               "coalesce(a.agreed_date, ''), coalesce(a.amount, 0), coalesce(a.performance_status, '') "
                               "FROM dispute d LEFT JOIN agreement a ON a.dispute_uuid = d.uuid AND a.deleted = 0 "
                               "WHERE d.deleted = 0 AND d.case_no <> ''"));
    REQUIRE(q.exec(QString()).ok());
    while (q.next()) {
        QStringList fields;
        for (int i = 1; i < 14; ++i)
            fields << q.text(i);
        out.insert(q.text(0), fields.join(QLatin1Char('|')));
    }
    return out;
}

}  // namespace

TEST_CASE("an exported ledger imports again as the same cases", "[export][import]")
{
    QTemporaryDir dir;
    DemoOptions o;
    o.path = dir.filePath(QStringLiteral("demo.sqlite"));
    o.people = 40;
    o.disputes = 80;
    REQUIRE(DemoOffice::create(o));
    Result<std::unique_ptr<Database>> opened = Database::open(o.path);
    REQUIRE(opened);
    Database &demo = **opened;
    Result<Session> head = Users::signIn(demo, QStringLiteral("head"), o.password);
    REQUIRE(head);
    const QMap<QString, QString> before = digest(demo);
    REQUIRE(before.size() > 60);

    for (const QString &name : {QStringLiteral("ledger.csv"), QStringLiteral("ledger.xlsx")}) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name);
        Result<int> n = LedgerExport::write(demo, *head, LedgerQuery(), path, LedgerExport::formatFor(path));
        INFO(n.message().toStdString());
        REQUIRE(n);
        CHECK(*n == 80);

        test::MediationFixture f;
        Result<LedgerImportResult> r = LedgerImport::run(f.db(), f.mediator, path);
        REQUIRE(r);
        QStringList issues;
        for (const LedgerIssue &i : r->plan.issues)
            issues << i.text();
        INFO(issues.join(QLatin1Char('\n')).toStdString());
        REQUIRE(r->plan.ok());
        CHECK(r->written);
        CHECK(r->disputes == 80);
        const QMap<QString, QString> after = digest(f.db());
        CHECK(after.keys() == before.keys());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            INFO(it.key().toStdString());
            CHECK(after.value(it.key()).toStdString() == it.value().toStdString());
        }
        CHECK(RebuildCompare::run(f.db())->ok());
    }
    // Each export is in the audit trail.
    CHECK(scalar(demo, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'dispute.export'")) == 2);
}

TEST_CASE("the export follows the ledger's filters and keeps ID numbers as text", "[export]")
{
    test::MediationFixture f;
    f.registerSample(QDate(2024, 3, 1));
    const QString accepted = f.mediatingCase(QDate(2024, 3, 2), QDate(2024, 3, 3), QDate(2024, 3, 4));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.xlsx"));
    LedgerQuery q;
    q.statuses = {QStringLiteral("mediating")};
    Result<int> n = LedgerExport::write(f.db(), f.mediator, q, path, LedgerExport::Format::Xlsx);
    REQUIRE(n);
    CHECK(*n == 1);
    Result<XlsxSheet> sheet = XlsxReader::read(path);
    REQUIRE(sheet);
    REQUIRE(sheet->rows.size() == 2);
    CHECK(sheet->rows[0].value(0).text == u8("案号"));
    const Dispute d = *DisputeRepository::get(f.db(), accepted);
    CHECK(sheet->rows[1].value(0).text == d.caseNo);
    CHECK(sheet->rows[1].value(6).text == d.parties[0].idNumber);  // 申请人身份证号, all 18 characters
    CHECK(sheet->rows[1].value(6).type == XlsxCell::Text);

    // The CSV starts with a byte order mark, for Excel.
    const QString csv = dir.filePath(QStringLiteral("x.csv"));
    REQUIRE(LedgerExport::write(f.db(), f.mediator, LedgerQuery(), csv, LedgerExport::Format::Csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(3) == QByteArray("\xEF\xBB\xBF"));

    // Someone without mediation.read exports nothing.
    const Session auditor = f.office.signIn(QStringLiteral("auditor"));
    Result<int> refused = LedgerExport::write(f.db(), auditor, LedgerQuery(), csv, LedgerExport::Format::Csv);
    REQUIRE_FALSE(refused);
    CHECK(refused.code() == ErrorCode::PermissionDenied);
}
