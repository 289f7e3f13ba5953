// sifa keys, sifa bundle and sifa conflict, run as the two offices would from a shell: a
// township and its county bureau exchange public keys (the fingerprint read out as `keys show`
// prints it), the township's head writes a bundle, the county's head imports it (a dry run
// first, then for real, then again: already imported), the status names the township; a
// mediator may do none of it.
#include "CatchCompat.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace sifa;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run sifaCli(const QStringList &args, const QMap<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("SIFA_PASSWORD"));
    e.remove(QStringLiteral("SIFA_NEW_PASSWORD"));
    e.remove(QStringLiteral("SIFA_ESCROW_PASSPHRASE"));
    e.insert(QStringLiteral("SIFA_LANG"), QStringLiteral("en"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(SIFA_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(180000));
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QMap<QString, QString> password(const char *pw)
{
    return {{QStringLiteral("SIFA_PASSWORD"), QString::fromLatin1(pw)}};
}

const QMap<QString, QString> kAdmin = password("Admin-Pass-1");
const QMap<QString, QString> kHead = password("Head-Pass-1");
const QMap<QString, QString> kMediator = password("Mediator-Pass-1");

#define REQUIRE_RUN(r, expected)                                                                                      \
    do {                                                                                                              \
        INFO((r).out.toStdString() << "\n--- stderr:\n" << (r).err.toStdString());                                   \
        REQUIRE((r).code == (expected));                                                                              \
    } while (false)

void addUser(const QString &db, const QString &name, const QString &role, const char *pw)
{
    QMap<QString, QString> env = kAdmin;
    env.insert(QStringLiteral("SIFA_NEW_PASSWORD"), QString::fromLatin1(pw));
    const Run r = sifaCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                           QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--name"), name,
                           QStringLiteral("--role"), role},
                          env);
    REQUIRE_RUN(r, 0);
}

// An office with an administrator "admin", a head "head" and a mediator "mediator".
QString office(const QTemporaryDir &dir, const QString &file, const QString &code, const QString &name,
               const QString &mode)
{
    const QString db = dir.filePath(file);
    const Run r = sifaCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--office-code"), code,
                           QStringLiteral("--office-name"), name, QStringLiteral("--admin"), QStringLiteral("admin"),
                           QStringLiteral("--mode"), mode},
                          kAdmin);
    REQUIRE_RUN(r, 0);
    addUser(db, QStringLiteral("head"), QStringLiteral("head"), "Head-Pass-1");
    addUser(db, QStringLiteral("mediator"), QStringLiteral("mediator"), "Mediator-Pass-1");
    return db;
}

QJsonDocument jsonOf(const Run &r)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    return doc;
}

// The fingerprint as `sifa keys show` prints it.
QString printedFingerprint(const QString &db)
{
    const Run r = sifaCli({QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--db"), db});
    REQUIRE_RUN(r, 0);
    static const QRegularExpression line(QStringLiteral("^Fingerprint: (.+)$"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(r.out);
    INFO(r.out.toStdString());
    REQUIRE(m.hasMatch());
    return m.captured(1).trimmed();
}

QStringList bundlesIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.sifabundle")}, QDir::Files, QDir::Name);
}

}  // namespace

TEST_CASE("sifa keys, bundle, conflict: a township and its county exchange keys and a bundle", "[cli][sync]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString township = office(dir, QStringLiteral("township.sqlite"), QStringLiteral("330225101"),
                                    QString::fromUtf8("石浦镇司法所"), QStringLiteral("township"));
    const QString county = office(dir, QStringLiteral("county.sqlite"), QStringLiteral("330225"),
                                  QString::fromUtf8("象山县司法局"), QStringLiteral("county"));
    const QStringList asHead{QStringLiteral("--user"), QStringLiteral("head")};
    const QStringList asMediator{QStringLiteral("--user"), QStringLiteral("mediator")};

    // keys show: the key id and one fingerprint, the same in text and JSON.
    Run r = sifaCli({QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--db"), township,
                     QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE_RUN(r, 0);
    const QJsonObject shown = jsonOf(r).object();
    CHECK(shown.value(QStringLiteral("office")).toString() == QStringLiteral("330225101"));
    CHECK(shown.value(QStringLiteral("key_id")).toString().size() == 16);
    CHECK(shown.value(QStringLiteral("keys")).toArray().size() == 1);
    CHECK(shown.value(QStringLiteral("trusted")).toArray().isEmpty());
    const QString townshipFp = printedFingerprint(township);
    CHECK(shown.value(QStringLiteral("fingerprint")).toString() == townshipFp);
    CHECK(townshipFp.split(QLatin1Char(' ')).size() == 12);
    const QString countyFp = printedFingerprint(county);
    CHECK(countyFp != townshipFp);

    // keys export: public keys only, one file per office.
    const QString townshipKey = dir.filePath(QStringLiteral("township.sifakey"));
    const QString countyKey = dir.filePath(QStringLiteral("county.sifakey"));
    r = sifaCli({QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--db"), township,
                 QStringLiteral("--out"), townshipKey});
    REQUIRE_RUN(r, 0);
    r = sifaCli({QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--db"), county,
                 QStringLiteral("--out"), countyKey});
    REQUIRE_RUN(r, 0);
    REQUIRE(QFileInfo(townshipKey).size() > 0);
    REQUIRE(QFileInfo(countyKey).size() > 0);

    // A wrong fingerprint is refused; a mediator may not trust a key.
    QString wrong = countyFp;
    wrong[0] = wrong[0] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    r = sifaCli(QStringList{QStringLiteral("keys"), QStringLiteral("trust"), QStringLiteral("--db"), county,
                            townshipKey, QStringLiteral("--fingerprint"), wrong} + asHead,
                kHead);
    CHECK(r.code == 1);
    CHECK(r.err.startsWith(QStringLiteral("sifa: ")));
    r = sifaCli(QStringList{QStringLiteral("keys"), QStringLiteral("trust"), QStringLiteral("--db"), county,
                            townshipKey, QStringLiteral("--fingerprint"), townshipFp} + asMediator,
                kMediator);
    CHECK(r.code == 1);
    CHECK_FALSE(r.err.isEmpty());

    // The county trusts the township's key with the fingerprint as printed (spaces and all); the
    // township the county's without spaces.
    r = sifaCli(QStringList{QStringLiteral("keys"), QStringLiteral("trust"), QStringLiteral("--db"), county,
                            townshipKey, QStringLiteral("--fingerprint"), townshipFp} + asHead,
                kHead);
    REQUIRE_RUN(r, 0);
    CHECK(r.out.contains(QStringLiteral("330225101")));
    QString compact = countyFp;
    compact.remove(QLatin1Char(' '));
    r = sifaCli(QStringList{QStringLiteral("keys"), QStringLiteral("trust"), QStringLiteral("--db"), township,
                            countyKey, QStringLiteral("--fingerprint"), compact} + asHead,
                kHead);
    REQUIRE_RUN(r, 0);

    r = sifaCli({QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--db"), county,
                 QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE_RUN(r, 0);
    const QJsonArray trusted = jsonOf(r).object().value(QStringLiteral("trusted")).toArray();
    REQUIRE(trusted.size() == 1);
    CHECK(trusted.at(0).toObject().value(QStringLiteral("office")).toString() == QStringLiteral("330225101"));
    CHECK(trusted.at(0).toObject().value(QStringLiteral("fingerprint")).toString() == townshipFp);
    CHECK(trusted.at(0).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("trusted"));

    // Something to send: a person in the township's people index.
    r = sifaCli(QStringList{QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--db"), township,
                            QStringLiteral("--name"), QString::fromUtf8("张三"), QStringLiteral("--id-number"),
                            QStringLiteral("11010519491231002X")} + asHead,
                kHead);
    REQUIRE_RUN(r, 0);

    // A mediator may not write a bundle; the head may.
    const QString outbox = dir.filePath(QStringLiteral("outbox"));
    REQUIRE(QDir().mkpath(outbox));
    r = sifaCli(QStringList{QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--db"), township,
                            QStringLiteral("--out"), outbox} + asMediator,
                kMediator);
    CHECK(r.code == 1);
    CHECK_FALSE(r.err.isEmpty());
    CHECK(bundlesIn(outbox).isEmpty());

    r = sifaCli(QStringList{QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--db"), township,
                            QStringLiteral("--out"), outbox, QStringLiteral("--format"), QStringLiteral("json")} +
                    asHead,
                kHead);
    REQUIRE_RUN(r, 0);
    const QJsonObject exported = jsonOf(r).object();
    REQUIRE(bundlesIn(outbox).size() == 1);
    const QString bundle = QDir(outbox).filePath(bundlesIn(outbox).first());
    CHECK(exported.value(QStringLiteral("ops")).toInt() > 0);

    // The county: a mediator may not import; a dry run writes nothing; then the import; then
    // the same file again: already imported.
    r = sifaCli(QStringList{QStringLiteral("bundle"), QStringLiteral("import"), bundle, QStringLiteral("--db"), county} +
                    asMediator,
                kMediator);
    CHECK(r.code == 1);
    CHECK_FALSE(r.err.isEmpty());

    r = sifaCli(QStringList{QStringLiteral("bundle"), QStringLiteral("import"), bundle, QStringLiteral("--db"), county,
                            QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")} +
                    asHead,
                kHead);
    REQUIRE_RUN(r, 0);
    QJsonObject imported = jsonOf(r).object();
    CHECK(imported.value(QStringLiteral("dry_run")).toBool());
    REQUIRE(imported.value(QStringLiteral("files")).toArray().size() == 1);
    QJsonObject first = imported.value(QStringLiteral("files")).toArray().at(0).toObject();
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("dry-run"));

    r = sifaCli(QStringList{QStringLiteral("bundle"), QStringLiteral("import"), bundle, QStringLiteral("--db"), county,
                            QStringLiteral("--format"), QStringLiteral("json")} +
                    asHead,
                kHead);
    REQUIRE_RUN(r, 0);
    first = jsonOf(r).object().value(QStringLiteral("files")).toArray().at(0).toObject();
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("applied"));

    r = sifaCli(QStringList{QStringLiteral("bundle"), QStringLiteral("import"), bundle, QStringLiteral("--db"), county} +
                    asHead,
                kHead);
    REQUIRE_RUN(r, 0);
    CHECK(r.out.contains(QStringLiteral("already imported")));

    // Several files at once: a file that is not a bundle fails on its own, with its message and
    // exit code 1; the good one is still reported.
    const QString junk = dir.filePath(QStringLiteral("junk.sifabundle"));
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("this is not a bundle");
    }
    r = sifaCli(QStringList{QStringLiteral("bundle"), QStringLiteral("import"), bundle, junk, QStringLiteral("--db"),
                            county} +
                    asHead,
                kHead);
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("junk.sifabundle")));
    CHECK(r.out.contains(QStringLiteral("already imported")));

    // Status: the county knows the township.
    r = sifaCli(QStringList{QStringLiteral("bundle"), QStringLiteral("status"), QStringLiteral("--db"), county,
                            QStringLiteral("--format"), QStringLiteral("json")} +
                    asHead,
                kHead);
    REQUIRE_RUN(r, 0);
    const QJsonObject status = jsonOf(r).object();
    bool seen = false;
    for (const QJsonValue &v : status.value(QStringLiteral("partners")).toArray())
        seen = seen || v.toObject().value(QStringLiteral("office_code")).toString() == QStringLiteral("330225101");
    CHECK(seen);
    r = sifaCli(QStringList{QStringLiteral("bundle"), QStringLiteral("status"), QStringLiteral("--db"), county} +
                    asHead,
                kHead);
    REQUIRE_RUN(r, 0);
    CHECK(r.out.contains(QStringLiteral("330225101")));

    // The conflict inbox is empty after one township's bundle.
    r = sifaCli(QStringList{QStringLiteral("conflict"), QStringLiteral("list"), QStringLiteral("--db"), county,
                            QStringLiteral("--format"), QStringLiteral("json")} +
                    asHead,
                kHead);
    REQUIRE_RUN(r, 0);
    CHECK(jsonOf(r).array().isEmpty());
    r = sifaCli(QStringList{QStringLiteral("conflict"), QStringLiteral("show"), QStringLiteral("--db"), county,
                            QStringLiteral("no-such-conflict")} +
                    asHead,
                kHead);
    CHECK(r.code == 1);

    // The county writes back to the township (--to), which imports it: acknowledgements.
    const QString inbox = dir.filePath(QStringLiteral("inbox"));
    REQUIRE(QDir().mkpath(inbox));
    r = sifaCli(QStringList{QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--db"), county,
                            QStringLiteral("--out"), inbox} +
                    asHead,
                kHead);
    CHECK(r.code == 2);  // a county names the township
    r = sifaCli(QStringList{QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--db"), county,
                            QStringLiteral("--out"), inbox, QStringLiteral("--to"), QStringLiteral("330225101")} +
                    asHead,
                kHead);
    REQUIRE_RUN(r, 0);
    REQUIRE(bundlesIn(inbox).size() == 1);
    r = sifaCli(QStringList{QStringLiteral("bundle"), QStringLiteral("import"),
                            QDir(inbox).filePath(bundlesIn(inbox).first()), QStringLiteral("--db"), township} +
                    asHead,
                kHead);
    REQUIRE_RUN(r, 0);
    r = sifaCli(QStringList{QStringLiteral("bundle"), QStringLiteral("status"), QStringLiteral("--db"), township,
                            QStringLiteral("--format"), QStringLiteral("json")} +
                    asHead,
                kHead);
    REQUIRE_RUN(r, 0);
    const QJsonArray partners = jsonOf(r).object().value(QStringLiteral("partners")).toArray();
    REQUIRE(partners.size() == 1);
    CHECK(partners.at(0).toObject().value(QStringLiteral("office_code")).toString() == QStringLiteral("330225"));

    // A mediator may not see the exchange's status either.
    r = sifaCli(QStringList{QStringLiteral("bundle"), QStringLiteral("status"), QStringLiteral("--db"), township} +
                    asMediator,
                kMediator);
    CHECK(r.code == 1);
}

TEST_CASE("sifa keys: rotate, revoke another office's key, escrow; wrong arguments", "[cli][sync]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString township = office(dir, QStringLiteral("township.sqlite"), QStringLiteral("330225101"),
                                    QString::fromUtf8("石浦镇司法所"), QStringLiteral("township"));
    const QString county = office(dir, QStringLiteral("county.sqlite"), QStringLiteral("330225"),
                                  QString::fromUtf8("象山县司法局"), QStringLiteral("county"));
    const QStringList asHead{QStringLiteral("--user"), QStringLiteral("head")};

    Run r = sifaCli({QStringLiteral("keys"), QStringLiteral("bogus")});
    CHECK(r.code == 2);
    r = sifaCli({QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--db"), county});
    CHECK(r.code == 2);
    r = sifaCli({QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--db"), county,
                 QStringLiteral("--format"), QStringLiteral("xml")});
    CHECK(r.code == 2);

    // The county's escrow key: a secret file, and its public half in the exported keys.
    const QString escrow = dir.filePath(QStringLiteral("escrow.sifaescrow"));
    QMap<QString, QString> env = kHead;
    env.insert(QStringLiteral("SIFA_ESCROW_PASSPHRASE"), QStringLiteral("a long escrow passphrase"));
    r = sifaCli(QStringList{QStringLiteral("keys"), QStringLiteral("escrow"), QStringLiteral("--db"), county,
                            QStringLiteral("--out"), escrow} + asHead,
                env);
    REQUIRE_RUN(r, 0);
    CHECK(QFileInfo(escrow).size() > 0);
    r = sifaCli({QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--db"), county,
                 QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE_RUN(r, 0);
    CHECK(jsonOf(r).object().value(QStringLiteral("escrow_public_key")).isString());

    // The township trusts the county, then revokes its key.
    const QString countyKey = dir.filePath(QStringLiteral("county.sifakey"));
    r = sifaCli({QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--db"), county,
                 QStringLiteral("--out"), countyKey});
    REQUIRE_RUN(r, 0);
    r = sifaCli(QStringList{QStringLiteral("keys"), QStringLiteral("trust"), QStringLiteral("--db"), township,
                            countyKey, QStringLiteral("--fingerprint"), printedFingerprint(county)} + asHead,
                kHead);
    REQUIRE_RUN(r, 0);
    r = sifaCli({QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--db"), county,
                 QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE_RUN(r, 0);
    const QString countyKeyId = jsonOf(r).object().value(QStringLiteral("key_id")).toString();
    r = sifaCli(QStringList{QStringLiteral("keys"), QStringLiteral("revoke"), QStringLiteral("--db"), township,
                            QStringLiteral("--key"), countyKeyId} + asHead,
                kHead);
    CHECK(r.code == 2);  // a reason is required
    r = sifaCli(QStringList{QStringLiteral("keys"), QStringLiteral("revoke"), QStringLiteral("--db"), township,
                            QStringLiteral("--key"), countyKeyId, QStringLiteral("--reason"),
                            QStringLiteral("laptop stolen")} + asHead,
                kHead);
    REQUIRE_RUN(r, 0);
    r = sifaCli({QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--db"), township,
                 QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE_RUN(r, 0);
    const QJsonArray trusted = jsonOf(r).object().value(QStringLiteral("trusted")).toArray();
    REQUIRE(trusted.size() == 1);
    CHECK(trusted.at(0).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("revoked"));

    // The key confirmation form as a PDF.
    const QString form = dir.filePath(QStringLiteral("key-form.pdf"));
    r = sifaCli({QStringLiteral("keys"), QStringLiteral("print"), QStringLiteral("--db"), township,
                 QStringLiteral("--out"), form});
    REQUIRE_RUN(r, 0);
    {
        QFile pdf(form);
        REQUIRE(pdf.open(QIODevice::ReadOnly));
        CHECK(pdf.read(5) == QByteArray("%PDF-"));
    }

    // Rotation: a second generation, the first retired; the fingerprint changes.
    const QString before = printedFingerprint(township);
    r = sifaCli(QStringList{QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--db"), township} +
                    asHead,
                kHead);
    REQUIRE_RUN(r, 0);
    r = sifaCli({QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--db"), township,
                 QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE_RUN(r, 0);
    const QJsonObject shown = jsonOf(r).object();
    CHECK(shown.value(QStringLiteral("generation")).toInt() == 2);
    CHECK(shown.value(QStringLiteral("keys")).toArray().size() == 2);
    CHECK(printedFingerprint(township) != before);
}
