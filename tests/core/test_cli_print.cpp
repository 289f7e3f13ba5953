// sifa print: the forms list, a filled and a blank form, the case file, the register, and every
// kind of bad request answered with one clear line.
#include "CatchCompat.h"
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Query.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace sifa;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run sifaCli(const QStringList &args, const QString &lang = QStringLiteral("en"))
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("SIFA_PASSWORD"));
    e.insert(QStringLiteral("SIFA_LANG"), lang);
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(SIFA_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(180000));
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(p.waitForFinished(30000));
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return 0;
}

}  // namespace

TEST_CASE("sifa print lists, prints and refuses as a clerk would expect", "[cli][print]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    Run r = sifaCli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--people"),
                     QStringLiteral("60"), QStringLiteral("--disputes"), QStringLiteral("24")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QString agreed;
    {
        Result<std::unique_ptr<Database>> opened = Database::open(db);
        REQUIRE(opened);
        Result<QVariant> no = Query::scalar(**opened,
                                            QStringLiteral("SELECT d.case_no FROM dispute d JOIN agreement a ON "
                                                           "a.dispute_uuid = d.uuid WHERE a.form = 'written' AND "
                                                           "d.case_no <> '' ORDER BY d.rid LIMIT 1"),
                                            {}, QString());
        REQUIRE(no);
        agreed = no->toString();
    }
    REQUIRE_FALSE(agreed.isEmpty());

    r = sifaCli({QStringLiteral("print"), QStringLiteral("--list")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("agreement\t人民调解协议书")));
    CHECK(r.out.contains(QStringLiteral("register\t人民调解案件登记簿")));

    const QString pdf = dir.filePath(QStringLiteral("agreement.pdf"));
    r = sifaCli({QStringLiteral("print"), QStringLiteral("agreement"), QStringLiteral("--db"), db,
                 QStringLiteral("--case"), agreed, QStringLiteral("--out"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(pdfPages(pdf) >= 3);  // a copy per party and the committee's

    const QString blank = dir.filePath(QStringLiteral("blank.pdf"));
    r = sifaCli({QStringLiteral("print"), QStringLiteral("session"), QStringLiteral("--db"), db,
                 QStringLiteral("--blank"), QStringLiteral("--out"), blank});
    REQUIRE(r.code == 0);
    CHECK(pdfPages(blank) == 1);

    const QString file = dir.filePath(QStringLiteral("dossier.pdf"));
    r = sifaCli({QStringLiteral("print"), QStringLiteral("dossier"), QStringLiteral("--db"), db,
                 QStringLiteral("--case"), agreed, QStringLiteral("--out"), file, QStringLiteral("--archive")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(pdfPages(file) >= 8);
    CHECK(r.out.contains(QStringLiteral("SHA-256")));

    const QString book = dir.filePath(QStringLiteral("register.pdf"));
    r = sifaCli({QStringLiteral("print"), QStringLiteral("register"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                 QStringLiteral("2020-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
                 QStringLiteral("--out"), book});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(pdfPages(book) >= 1);

    // Bad requests: one line, the right exit code, nothing written.
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    const QList<QPair<QStringList, int>> bad{
        {{QStringLiteral("print"), QStringLiteral("agreement"), QStringLiteral("--db"), db, QStringLiteral("--case"), agreed}, 2},
        {{QStringLiteral("print"), QStringLiteral("agreement"), QStringLiteral("--db"), db, QStringLiteral("--out"), none}, 2},
        {{QStringLiteral("print"), QStringLiteral("no-such-form"), QStringLiteral("--db"), db, QStringLiteral("--case"),
          agreed, QStringLiteral("--out"), none},
         1},
        {{QStringLiteral("print"), QStringLiteral("agreement"), QStringLiteral("--db"), db, QStringLiteral("--case"),
          QStringLiteral("（2026）石浦人调字第999号"), QStringLiteral("--out"), none},
         1},
        {{QStringLiteral("print"), QStringLiteral("register"), QStringLiteral("--db"), db, QStringLiteral("--from"),
          QStringLiteral("2026-13-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"), QStringLiteral("--out"), none},
         1},
        {{QStringLiteral("print"), QStringLiteral("register"), QStringLiteral("--db"), db, QStringLiteral("--from"),
          QStringLiteral("2026-12-31"), QStringLiteral("--to"), QStringLiteral("2026-01-01"), QStringLiteral("--out"), none},
         1},
        {{QStringLiteral("print"), QStringLiteral("agreement"), QStringLiteral("--db"), db, QStringLiteral("--case"),
          agreed, QStringLiteral("--offset-x"), QStringLiteral("40"), QStringLiteral("--out"), none},
         2},
    };
    for (const auto &[args, code] : bad) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        r = sifaCli(args);
        CHECK(r.code == code);
        CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(r.err.startsWith(QStringLiteral("sifa: ")));
        CHECK_FALSE(QFile::exists(none));
    }
    // In Chinese by default.
    r = sifaCli({QStringLiteral("print"), QStringLiteral("agreement"), QStringLiteral("--db"), db, QStringLiteral("--case"),
                 QStringLiteral("（2026）石浦人调字第999号"), QStringLiteral("--out"), none},
                QStringLiteral("zh_CN"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("没有案号为")));
}
