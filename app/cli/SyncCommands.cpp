// sifa keys, sifa bundle, sifa conflict: the exchange with the county bureau (SYNC.md) from a
// shell. The office's key ids and fingerprint, the other offices' keys it trusts; writing and
// reading bundles (with a dry run), where each partner stands; the conflict inbox.
//
// Commands that need the office's secret keys open them with the password used to sign in
// (OfficeKeys::unlock); the core decides who may (a role without the permission is refused there).
#include "Commands.h"
#include "Console.h"

#include "domain/Office.h"
#include "print/FormData.h"
#include "print/FormFonts.h"
#include "print/FormPrinter.h"
#include "print/FormTemplate.h"
#include "storage/Database.h"
#include "sync/Conflicts.h"
#include "sync/OfficeKeys.h"
#include "sync/SyncExport.h"
#include "sync/SyncImport.h"
#include "sync/SyncState.h"
#include "sync/SyncTypes.h"
#include "util/Time.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>

#include <cstdio>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace sifa::cli {

namespace {

QString keysUsage()
{
    return Cli::tr("Usage: sifa keys show|export|trust|revoke|rotate|escrow|print ... --db FILE (--help on each)");
}

QString bundleUsage()
{
    return Cli::tr("Usage: sifa bundle export|import|status|retry ... --db FILE (--help on each)");
}

QString conflictUsage()
{
    return Cli::tr("Usage: sifa conflict list|show|resolve ... --db FILE (--help on each)");
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// --format text|json (default text); prints the refusal itself.
std::optional<bool> wantsJson(const QCommandLineParser &p, int *code)
{
    const QString format = p.value(QStringLiteral("format")).trimmed().toLower();
    if (format == QLatin1String("json"))
        return true;
    if (format.isEmpty() || format == QLatin1String("text"))
        return false;
    *code = fail(Cli::tr("--format must be text or json."), Usage);
    return std::nullopt;
}

QCommandLineOption textOrJson()
{
    return formatOption(QStringLiteral("text, json"), QStringLiteral("text"));
}

// Reads a whole file with a clear message.
Result<QByteArray> readWhole(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Result<QByteArray>::failure(ErrorCode::NotFound, Cli::tr("%1 does not exist.").arg(native(path)));
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(ErrorCode::Io,
                                           Cli::tr("%1 cannot be read: %2").arg(native(path), f.errorString()));
    return f.readAll();
}

// Writes a whole file through QSaveFile: complete or untouched.
Status writeWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Status::failure(ErrorCode::ReadOnly,
                               Cli::tr("%1 cannot be written: %2").arg(native(path), f.errorString()));
    if (f.write(bytes) != bytes.size() || !f.commit())
        return Status::failure(ErrorCode::Io, Cli::tr("%1 cannot be written: %2").arg(native(path), f.errorString()));
    return {};
}

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return false;
#else
    return isatty(STDERR_FILENO) == 1;
#endif
}

// Progress on stderr: a line rewritten in place on a terminal; otherwise one line per stage, so a
// log stays short.
SyncProgress progressOnStderr()
{
    struct State {
        QMutex mutex;
        QString stage;
        int percent = -1;
        bool tty = stderrIsTerminal();
    };
    auto state = std::make_shared<State>();
    return [state](qint64 done, qint64 total, const QString &stage) {
        QMutexLocker lock(&state->mutex);
        const int percent = total > 0 ? int(qBound(qint64(0), done * 100 / total, qint64(100))) : -1;
        if (state->tty) {
            if (stage == state->stage && percent == state->percent)
                return true;
            state->stage = stage;
            state->percent = percent;
            err() << '\r'
                  << (percent >= 0 ? Cli::tr("%1: %2%").arg(stage).arg(percent) : stage)
                  << QStringLiteral("\x1b[K");
            if (percent == 100)
                err() << Qt::endl;
            err().flush();
        } else if (stage != state->stage) {
            state->stage = stage;
            err() << Cli::tr("sifa: %1").arg(stage) << Qt::endl;
        }
        return true;
    };
}

// Ends a progress line left open on a terminal.
void endProgress()
{
    if (stderrIsTerminal()) {
        err() << '\r' << QStringLiteral("\x1b[K");
        err().flush();
    }
}

// The office's secret keys for the signed-in user.
std::optional<std::unique_ptr<UnlockedKeys>> unlockKeys(Database &db, const Session &session,
                                                         const QString &password, int *code)
{
    Result<std::unique_ptr<UnlockedKeys>> keys = OfficeKeys::unlock(db, session, password);
    if (!keys) {
        *code = fail(keys.error());
        return std::nullopt;
    }
    return std::move(keys).value();
}

// Signs in and opens the keys: what the commands that sign, seal or open bundles start with.
struct Unlocked {
    std::unique_ptr<Database> db;
    Session session;
    std::unique_ptr<UnlockedKeys> keys;
};

std::optional<Unlocked> signInAndUnlock(const QCommandLineParser &p, int *code)
{
    QString password;
    std::optional<SignedIn> in = openAndSignIn(p, code, &password);
    if (!in)
        return std::nullopt;
    std::optional<std::unique_ptr<UnlockedKeys>> keys = unlockKeys(*in->db, in->session, password, code);
    password.fill(QLatin1Char(' '));
    if (!keys)
        return std::nullopt;
    return Unlocked{std::move(in->db), in->session, std::move(*keys)};
}

QString modeText(const QString &mode)
{
    if (mode == QLatin1String("county"))
        return Cli::tr("county bureau");
    if (mode == QLatin1String("township"))
        return Cli::tr("township office");
    return mode;
}

QString valueText(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return Cli::tr("(empty)");
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(v.toByteArray().toHex());
    return v.toString();
}

QJsonValue valueJson(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(v.toByteArray().toHex());
    const QJsonValue j = QJsonValue::fromVariant(v);
    return j.isUndefined() ? QJsonValue(v.toString()) : j;
}

// ---------------------------------------------------------------------------------------------
// sifa keys

QJsonObject publicKeyJson(const PublicKeySet &k)
{
    return QJsonObject{{QStringLiteral("key_id"), k.keyId},
                       {QStringLiteral("office"), k.officeCode},
                       {QStringLiteral("office_name"), k.officeName},
                       {QStringLiteral("mode"), k.mode},
                       {QStringLiteral("generation"), k.generation},
                       {QStringLiteral("created"), k.created},
                       {QStringLiteral("fingerprint"), OfficeKeys::fingerprint(k)}};
}

// The own keys and trusted keys are public: shown to whoever can read the file; signed in, the
// role must be one that exchanges data or holds the keys.
std::optional<OpenedWithAccess> openForPublicKeys(const QCommandLineParser &p, int *code)
{
    std::optional<OpenedWithAccess> opened = openWithAccess(p, code);
    if (!opened)
        return std::nullopt;
    if (opened->access.isUser() && !opened->access.can(Permission::ExchangeRun)) {
        // A key holder (an administrator) may see what it holds.
        std::optional<Role> role = Roles::fromId(opened->access.actor().role);
        if (!role || !OfficeKeys::roleHoldsKeys(*role)) {
            if (Status s = opened->access.require(*opened->db, Permission::ExchangeRun); !s.ok()) {
                *code = fail(s.error());
                return std::nullopt;
            }
        }
    }
    return opened;
}

int keysShow(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption(textOrJson());
    if (std::optional<int> stop =
            parse(p, args,
                  Cli::tr("Show this office's key ids and fingerprint (to read out on the phone and compare with "
                          "the key confirmation form) and the other offices' keys it trusts.")))
        return *stop;
    int code = Ok;
    const std::optional<bool> json = wantsJson(p, &code);
    if (!json)
        return code;
    std::optional<OpenedWithAccess> opened = openForPublicKeys(p, &code);
    if (!opened)
        return code;
    Database &db = *opened->db;

    Result<PublicKeySet> own = OfficeKeys::own(db);
    if (!own)
        return fail(own.error());
    Result<QList<PublicKeySet>> all = OfficeKeys::ownAll(db);
    if (!all)
        return fail(all.error());
    Result<QList<TrustedKey>> trusted = OfficeKeys::trusted(db);
    if (!trusted)
        return fail(trusted.error());
    const QString fingerprint = OfficeKeys::fingerprint(*own);
    const QString escrow = own->escrowPk.isEmpty() ? QString() : QString::fromLatin1(own->escrowPk.toHex());

    if (*json) {
        QJsonArray generations;
        for (const PublicKeySet &k : *all) {
            QJsonObject o{{QStringLiteral("key_id"), k.keyId},
                          {QStringLiteral("generation"), k.generation},
                          {QStringLiteral("created"), k.created},
                          {QStringLiteral("status"), k.keyId == own->keyId ? QStringLiteral("current")
                                                                             : QStringLiteral("retired")}};
            generations.append(o);
        }
        QJsonArray others;
        for (const TrustedKey &t : *trusted) {
            QJsonObject o = publicKeyJson(t.keys);
            o.insert(QStringLiteral("status"), t.revoked() ? QStringLiteral("revoked") : QStringLiteral("trusted"));
            o.insert(QStringLiteral("trusted_at"), t.trustedAt);
            o.insert(QStringLiteral("trusted_by"), t.trustedBy);
            if (t.revoked()) {
                o.insert(QStringLiteral("revoked_at"), t.revokedAt);
                o.insert(QStringLiteral("revoked_reason"), t.revokedReason);
            }
            if (!t.supersededBy.isEmpty())
                o.insert(QStringLiteral("superseded_by"), t.supersededBy);
            others.append(o);
        }
        printJson(QJsonObject{{QStringLiteral("office"), own->officeCode},
                              {QStringLiteral("office_name"), own->officeName},
                              {QStringLiteral("mode"), own->mode},
                              {QStringLiteral("replica_id"), own->replicaId},
                              {QStringLiteral("key_id"), own->keyId},
                              {QStringLiteral("generation"), own->generation},
                              {QStringLiteral("fingerprint"), fingerprint},
                              {QStringLiteral("keys"), generations},
                              {QStringLiteral("escrow_public_key"), escrow.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                   : QJsonValue(escrow)},
                              {QStringLiteral("trusted"), others}});
        return Ok;
    }

    out() << Cli::tr("Office: %1 %2 (%3)").arg(own->officeCode, own->officeName, modeText(own->mode)) << Qt::endl;
    for (const PublicKeySet &k : *all) {
        out() << (k.keyId == own->keyId
                      ? Cli::tr("Key id: %1 (generation %2, current, since %3)")
                      : Cli::tr("Key id: %1 (generation %2, retired, since %3)"))
                     .arg(k.keyId)
                     .arg(k.generation)
                     .arg(k.created)
              << Qt::endl;
    }
    if (!escrow.isEmpty())
        out() << Cli::tr("Escrow key: %1").arg(escrow) << Qt::endl;
    out() << Cli::tr("Fingerprint: %1").arg(fingerprint) << Qt::endl;
    if (trusted->isEmpty()) {
        out() << Cli::tr("No other office's key is trusted yet (sifa keys trust).") << Qt::endl;
        return Ok;
    }
    out() << Qt::endl << Cli::tr("Trusted keys of other offices:") << Qt::endl;
    for (const TrustedKey &t : *trusted) {
        const QString state = t.revoked()
                                  ? Cli::tr("revoked %1: %2").arg(t.revokedAt, t.revokedReason)
                                  : Cli::tr("trusted %1 by %2").arg(t.trustedAt, t.trustedBy);
        out() << Cli::tr("  %1 %2 (%3), key %4 (generation %5): %6")
                     .arg(t.keys.officeCode, t.keys.officeName, modeText(t.keys.mode), t.keys.keyId)
                     .arg(t.keys.generation)
                     .arg(state)
              << Qt::endl
              << Cli::tr("    fingerprint %1").arg(OfficeKeys::fingerprint(t.keys)) << Qt::endl;
    }
    return Ok;
}

int keysExport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("out"), Cli::tr("The public key file to write."), QStringLiteral("FILE")});
    if (std::optional<int> stop =
            parse(p, args,
                  Cli::tr("Write this office's public key file (no secret in it) for the other office to trust "
                          "with sifa keys trust.")))
        return *stop;
    const QString path = p.value(QStringLiteral("out")).trimmed();
    if (path.isEmpty())
        return fail(Cli::tr("Name the key file to write with --out FILE."), Usage);
    int code = Ok;
    std::optional<OpenedWithAccess> opened = openForPublicKeys(p, &code);
    if (!opened)
        return code;
    Result<QByteArray> file = OfficeKeys::exportPublic(*opened->db);
    if (!file)
        return fail(file.error());
    if (Status s = writeWhole(path, *file); !s.ok())
        return fail(s.error());
    Result<PublicKeySet> own = OfficeKeys::own(*opened->db);
    if (own) {
        out() << Cli::tr("Written: %1 (key %2 of %3 %4)").arg(native(path), own->keyId, own->officeCode, own->officeName)
              << Qt::endl
              << Cli::tr("Fingerprint: %1").arg(OfficeKeys::fingerprint(*own)) << Qt::endl;
    } else {
        out() << Cli::tr("Written: %1").arg(native(path)) << Qt::endl;
    }
    return Ok;
}

int keysTrust(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("fingerprint"),
                 Cli::tr("The fingerprint read out by the other office or printed on its key confirmation form "
                         "(with or without spaces)."),
                 QStringLiteral("FP")});
    p.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The other office's public key file."));
    if (std::optional<int> stop =
            parse(p, args,
                  Cli::tr("Trust another office's public key after comparing its fingerprint by phone or on "
                          "paper.")))
        return *stop;
    const QStringList files = p.positionalArguments();
    if (files.size() != 1)
        return fail(Cli::tr("Name one key file: sifa keys trust --db FILE KEYFILE --fingerprint \"12345 67890 ...\"."),
                    Usage);
    const QString typed = p.value(QStringLiteral("fingerprint")).trimmed();
    if (typed.isEmpty())
        return fail(Cli::tr("Give the fingerprint confirmed with the other office: --fingerprint \"12345 67890 ...\"."),
                    Usage);
    Result<QByteArray> file = readWhole(files.first());
    if (!file)
        return fail(file.error());
    Result<PublicKeySet> keys = OfficeKeys::parsePublic(*file);
    if (!keys)
        return fail(keys.error());
    int code = Ok;
    std::optional<SignedIn> in = openAndSignIn(p, &code);
    if (!in)
        return code;
    if (Status s = OfficeKeys::trust(*in->db, in->session, *file, typed); !s.ok())
        return fail(s.error());
    out() << Cli::tr("Trusted key %1 of %2 %3 (%4).")
                 .arg(keys->keyId, keys->officeCode, keys->officeName, modeText(keys->mode))
          << Qt::endl;
    return Ok;
}

int keysRotate(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    if (std::optional<int> stop =
            parse(p, args,
                  Cli::tr("Make a new generation of this office's keys; the old one is retired (kept to read "
                          "bundles sealed to it). The next bundle announces the new keys, signed by the old.")))
        return *stop;
    int code = Ok;
    std::optional<Unlocked> u = signInAndUnlock(p, &code);
    if (!u)
        return code;
    const QString before = u->keys->current().keyId;
    if (Status s = OfficeKeys::rotate(*u->db, u->session, *u->keys); !s.ok())
        return fail(s.error());
    Result<PublicKeySet> own = OfficeKeys::own(*u->db);
    if (!own)
        return fail(own.error());
    out() << Cli::tr("New key %1 (generation %2); key %3 retired.").arg(own->keyId).arg(own->generation).arg(before)
          << Qt::endl
          << Cli::tr("Fingerprint: %1").arg(OfficeKeys::fingerprint(*own)) << Qt::endl;
    return Ok;
}

int keysRevoke(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("key"), Cli::tr("The key id (16 hex digits, as sifa keys show prints it)."),
                 QStringLiteral("KEYID")});
    p.addOption({QStringLiteral("reason"), Cli::tr("Why the key is revoked (kept with it)."), QStringLiteral("TEXT")});
    if (std::optional<int> stop =
            parse(p, args,
                  Cli::tr("Revoke a key: another office's (its bundles are refused from now on), or this office's "
                          "own (a new generation replaces it first).")))
        return *stop;
    const QString keyId = p.value(QStringLiteral("key")).trimmed().toLower();
    const QString reason = p.value(QStringLiteral("reason")).trimmed();
    if (keyId.isEmpty() || reason.isEmpty())
        return fail(Cli::tr("sifa keys revoke needs --key KEYID and --reason TEXT."), Usage);
    QString password;
    int code = Ok;
    std::optional<SignedIn> in = openAndSignIn(p, &code, &password);
    if (!in)
        return code;
    Database &db = *in->db;

    Result<QList<PublicKeySet>> own = OfficeKeys::ownAll(db);
    if (!own)
        return fail(own.error());
    bool isOwn = false;
    for (const PublicKeySet &k : *own)
        isOwn = isOwn || k.keyId.compare(keyId, Qt::CaseInsensitive) == 0;
    Result<PublicKeySet> current = OfficeKeys::own(db);
    if (!current)
        return fail(current.error());
    const bool isCurrent = current->keyId.compare(keyId, Qt::CaseInsensitive) == 0;
    if (isOwn && isCurrent) {
        // The office's own current key: a new generation first, then the old one revoked.
        std::optional<std::unique_ptr<UnlockedKeys>> keys = unlockKeys(db, in->session, password, &code);
        password.fill(QLatin1Char(' '));
        if (!keys)
            return code;
        if (Status s = OfficeKeys::rotate(db, in->session, **keys); !s.ok())
            return fail(s.error());
        Result<PublicKeySet> next = OfficeKeys::own(db);
        if (!next)
            return fail(next.error());
        out() << Cli::tr("New key %1 (generation %2) replaces %3.").arg(next->keyId).arg(next->generation).arg(keyId)
              << Qt::endl
              << Cli::tr("Fingerprint: %1").arg(OfficeKeys::fingerprint(*next)) << Qt::endl;
    }
    password.fill(QLatin1Char(' '));
    if (Status s = OfficeKeys::revoke(db, in->session, keyId, reason); !s.ok())
        return fail(s.error());
    if (isOwn) {
        out() << Cli::tr("Revoked this office's key %1.").arg(keyId) << Qt::endl;
    } else {
        Result<TrustedKey> t = OfficeKeys::trustedById(db, keyId);
        if (t)
            out() << Cli::tr("Revoked key %1 of %2 %3.").arg(keyId, t->keys.officeCode, t->keys.officeName)
                  << Qt::endl;
        else
            out() << Cli::tr("Revoked key %1.").arg(keyId) << Qt::endl;
    }
    return Ok;
}

int keysEscrow(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("out"), Cli::tr("The escrow secret file to write (keep it offline, e.g. in a safe)."),
                 QStringLiteral("FILE")});
    if (std::optional<int> stop =
            parse(p, args,
                  Cli::tr("County bureau: create the offline escrow key. Township bundles are sealed to it too, so "
                          "they can be read if the bureau's keys are lost. The secret file is protected by a "
                          "passphrase from SIFA_ESCROW_PASSPHRASE or a prompt.")))
        return *stop;
    const QString path = p.value(QStringLiteral("out")).trimmed();
    if (path.isEmpty())
        return fail(Cli::tr("Name the escrow file to write with --out FILE."), Usage);
    if (QFileInfo::exists(path))
        return fail(Cli::tr("%1 already exists; choose another file name.").arg(native(path)));
    int code = Ok;
    std::optional<SignedIn> in = openAndSignIn(p, &code);
    if (!in)
        return code;
    std::optional<QString> passphrase =
        readPassword("SIFA_ESCROW_PASSPHRASE", Cli::tr("Passphrase for the escrow key file:"), true);
    if (!passphrase || passphrase->isEmpty())
        return fail(Cli::tr("No passphrase was given (set SIFA_ESCROW_PASSPHRASE or type it at the prompt)."));
    Result<QByteArray> secret = EscrowKey::create(*in->db, in->session, *passphrase);
    passphrase->fill(QLatin1Char(' '));
    if (!secret)
        return fail(secret.error());
    QByteArray bytes = *secret;
    const Status written = writeWhole(path, bytes);
    bytes.fill('\0');
    if (!written.ok())
        return fail(written.error());
    out() << Cli::tr("Written: %1. Keep it offline with its passphrase; export the public keys again (sifa keys "
                     "export) so the townships seal their bundles to the escrow key too.")
                 .arg(native(path))
          << Qt::endl;
    return Ok;
}

// The key confirmation form (SYNC.md §6): the office code and the fingerprint in groups of
// digits, compared by phone and on paper before the other office trusts the key. A Chinese
// document like the other forms; laid out by the print engine.
const char kKeyFormJson[] = R"json({
  "id": "key-confirmation",
  "title": "数据交换密钥确认单",
  "module": "sync",
  "version": "2026.1",
  "layout": "form",
  "blocks": [
    {"title": "数据交换密钥确认单"},
    {"table": [
      [{"label": "单位名称"}, {"text": "{office.name}", "span": 3}],
      [{"label": "单位代码"}, {"text": "{office.code}"}, {"label": "单位类别"}, {"text": "{office.mode}"}],
      [{"label": "密钥编号"}, {"text": "{key.id}"}, {"label": "密钥代次"}, {"text": "{key.generation}"}],
      [{"label": "生成时间"}, {"text": "{key.created}", "span": 3}],
      [{"label": "托管公钥"}, {"text": "{key.escrow}", "span": 3}]
    ], "columns": [2, 4, 2, 4]},
    {"space": 0.5},
    {"text": "公钥指纹（每组五位数字）", "font": "hei"},
    {"table": [
      [{"label": "第一行"}, {"text": "{key.fp1}", "align": "center"}],
      [{"label": "第二行"}, {"text": "{key.fp2}", "align": "center"}],
      [{"label": "第三行"}, {"text": "{key.fp3}", "align": "center"}]
    ], "columns": [2, 10]},
    {"space": 0.5},
    {"text": "核对方法：接收方在信任本单位密钥之前，通过电话逐组朗读上列指纹，并与 sifa keys trust 或交换页面显示的指纹逐位核对；全部一致后方可信任。指纹不一致时不得信任，应重新导出密钥文件并报告上级。", "indent": 2, "align": "justify"},
    {"space": 1},
    {"sign": ["本单位经办人（签名）：", "本单位负责人（签名）：", "核对单位经办人（签名）：", "核对电话："], "date": "{print.date|date}"}
  ]
})json";

int keysPrint(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("out"), Cli::tr("The PDF file to write."), QStringLiteral("FILE.pdf")});
    if (std::optional<int> stop =
            parse(p, args,
                  Cli::tr("Print the key confirmation form: the office code, key id and fingerprint, to compare "
                          "by phone and sign before the other office trusts the key.")))
        return *stop;
    const QString path = p.value(QStringLiteral("out")).trimmed();
    if (path.isEmpty())
        return fail(Cli::tr("Name the PDF file to write with --out FILE.pdf."), Usage);
    int code = Ok;
    std::optional<OpenedWithAccess> opened = openForPublicKeys(p, &code);
    if (!opened)
        return code;
    Result<PublicKeySet> own = OfficeKeys::own(*opened->db);
    if (!own)
        return fail(own.error());

    FormTemplate form;
    QString problem;
    if (!FormTemplate::parse(QByteArray(kKeyFormJson), &form, &problem))
        return fail(problem);
    const QStringList groups = OfficeKeys::fingerprint(*own).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const qsizetype perLine = (groups.size() + 2) / 3;
    FormData data;
    data.set(QStringLiteral("office.name"), own->officeName);
    data.set(QStringLiteral("office.code"), own->officeCode);
    data.set(QStringLiteral("office.mode"), own->mode == QLatin1String("county") ? QString::fromUtf8("县级司法局")
                                                                                  : QString::fromUtf8("司法所"));
    data.set(QStringLiteral("key.id"), own->keyId);
    data.set(QStringLiteral("key.generation"), QString::number(own->generation));
    data.set(QStringLiteral("key.created"), own->created.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')));
    data.set(QStringLiteral("key.escrow"),
             own->escrowPk.isEmpty() ? QString::fromUtf8("无") : QString::fromLatin1(own->escrowPk.toHex()));
    for (int line = 0; line < 3; ++line)
        data.set(QStringLiteral("key.fp%1").arg(line + 1),
                 groups.mid(line * perLine, perLine).join(QStringLiteral("  ")));
    data.set(QStringLiteral("print.date"), Clock::today().toString(Qt::ISODate));
    data.label = own->officeCode;

    PrintJob job;
    job.parts << PrintJob::Part{&form, {data}, true};
    job.pageNumbers = false;
    job.title = form.title;
    for (const QString &w : FormFonts::warnings())
        err() << Cli::tr("sifa: note: %1").arg(w) << Qt::endl;
    if (Status s = FormPrinter::writePdf(job, path); !s.ok())
        return fail(s.error());
    out() << Cli::tr("Written: %1").arg(native(path)) << Qt::endl;
    return Ok;
}

// ---------------------------------------------------------------------------------------------
// sifa bundle

QString countsText(const EntityCounts &c)
{
    return Cli::tr("created %1, updated %2, unchanged %3, conflicts %4, rejected %5")
        .arg(c.created)
        .arg(c.updated)
        .arg(c.unchanged)
        .arg(c.conflicts)
        .arg(c.rejected);
}

QString importStatusText(const ImportReport &r)
{
    if (r.status == QLatin1String("applied"))
        return Cli::tr("imported");
    if (r.status == QLatin1String("dry-run"))
        return Cli::tr("dry run, nothing was written");
    if (r.status == QLatin1String("already-imported"))
        return Cli::tr("already imported, nothing changed");
    if (r.status == QLatin1String("quarantined"))
        return Cli::tr("quarantined (needs a newer SifaDesk; kept for sifa bundle retry)");
    if (r.status == QLatin1String("rejected"))
        return Cli::tr("refused");
    return r.status;
}

bool importFailed(const ImportReport &r)
{
    return r.status == QLatin1String("rejected") || r.status == QLatin1String("quarantined");
}

void printImportText(const ImportReport &r)
{
    out() << Cli::tr("%1: %2").arg(native(r.file), importStatusText(r));
    if (!r.senderOffice.isEmpty())
        out() << Cli::tr(" (from %1 %2)").arg(r.senderOffice, r.senderName);
    out() << Qt::endl;
    if (r.status == QLatin1String("applied") || r.status == QLatin1String("dry-run")) {
        out() << Cli::tr("  %1 change(s), %2 audit record(s), %3 attachment(s), %4 new conflict(s)")
                     .arg(r.ops)
                     .arg(r.auditRecords)
                     .arg(r.blobs)
                     .arg(r.newConflicts)
              << Qt::endl;
        for (auto it = r.perEntity.cbegin(); it != r.perEntity.cend(); ++it)
            out() << Cli::tr("  %1: %2").arg(it.key(), countsText(it.value())) << Qt::endl;
    }
    if (r.status != QLatin1String("rejected")) {
        for (const QString &n : r.notes)
            out() << Cli::tr("  note: %1").arg(n) << Qt::endl;
    }
}

// Prints the results of several imports; returns the exit code (Failed if any file failed).
int reportImports(const QStringList &paths, const QList<Result<ImportReport>> &results, bool json, bool dryRun)
{
    int failed = 0;
    QJsonArray files;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const Result<ImportReport> &r = results.at(i);
        const QString path = i < paths.size() ? paths.at(i) : (r ? r->file : QString());
        if (!r && r.code() == ErrorCode::Duplicate) {
            // Already imported: nothing changed, which is what importing it again should do.
            if (json)
                files.append(QJsonObject{{QStringLiteral("file"), path},
                                         {QStringLiteral("status"), QStringLiteral("already-imported")},
                                         {QStringLiteral("message"), r.message()}});
            else
                out() << Cli::tr("%1: %2").arg(native(path), r.message()) << Qt::endl;
            continue;
        }
        if (!r) {
            ++failed;
            fail(Cli::tr("%1: %2").arg(native(path), r.message()));
            if (json)
                files.append(QJsonObject{{QStringLiteral("file"), path},
                                         {QStringLiteral("status"), QStringLiteral("rejected")},
                                         {QStringLiteral("error"), r.message()}});
            continue;
        }
        ImportReport report = *r;
        if (report.file.isEmpty())
            report.file = path;
        if (importFailed(report)) {
            ++failed;
            const QString why = report.notes.isEmpty() ? importStatusText(report) : report.notes.join(QLatin1Char(' '));
            fail(Cli::tr("%1: %2").arg(native(report.file), why));
        }
        if (json) {
            QJsonObject o = report.toJson();
            if (importFailed(report) && !report.notes.isEmpty() && !o.contains(QStringLiteral("error")))
                o.insert(QStringLiteral("error"), report.notes.join(QLatin1Char(' ')));
            files.append(o);
        } else if (!(report.status == QLatin1String("rejected"))) {
            printImportText(report);
        }
    }
    if (json) {
        printJson(QJsonObject{{QStringLiteral("dry_run"), dryRun},
                              {QStringLiteral("files"), files},
                              {QStringLiteral("failed"), failed}});
    } else if (results.size() > 1) {
        out() << Cli::tr("%1 of %2 file(s) imported without a fault.").arg(results.size() - failed).arg(results.size())
              << Qt::endl;
    }
    return failed > 0 ? Failed : Ok;
}

int bundleExport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("out"),
                 Cli::tr("The bundle file to write, or a folder to write it into under its informational name."),
                 QStringLiteral("FILE_OR_DIR")});
    p.addOption({QStringLiteral("to"), Cli::tr("County bureau: the township (9-digit code) the bundle is for."),
                 QStringLiteral("OFFICE_CODE")});
    p.addOption(textOrJson());
    if (std::optional<int> stop =
            parse(p, args,
                  Cli::tr("Write a bundle: a township's changes the county has not confirmed yet, or the county's "
                          "for one township (--to). Signed, and encrypted to the recipient.")))
        return *stop;
    int code = Ok;
    const std::optional<bool> json = wantsJson(p, &code);
    if (!json)
        return code;
    const QString path = p.value(QStringLiteral("out")).trimmed();
    if (path.isEmpty())
        return fail(Cli::tr("Name the bundle file or folder with --out."), Usage);
    const QString to = p.value(QStringLiteral("to")).trimmed();
    std::optional<Unlocked> u = signInAndUnlock(p, &code);
    if (!u)
        return code;
    const OfficeInfo office = Office::info(*u->db);
    if (office.isCounty() && to.isEmpty())
        return fail(Cli::tr("A county bureau names the township the bundle is for with --to CODE."), Usage);

    Result<ExportReport> r = SyncExport::write(*u->db, u->session, *u->keys, to, path, progressOnStderr());
    endProgress();
    if (!r)
        return fail(r.error());
    if (*json) {
        printJson(r->toJson());
        return Ok;
    }
    out() << Cli::tr("Written: %1").arg(native(r->file)) << Qt::endl
          << Cli::tr("  for %1 %2").arg(r->recipientOffice, r->recipientName) << Qt::endl
          << Cli::tr("  %1 change(s) (log %2–%3, incarnation %4), %5 audit record(s), %6 attachment(s), %7 bytes")
                 .arg(r->ops)
                 .arg(r->fromOrder)
                 .arg(r->toOrder)
                 .arg(r->incarnation)
                 .arg(r->auditRecords)
                 .arg(r->blobs)
                 .arg(r->bytes)
          << Qt::endl
          << Cli::tr("  bundle %1").arg(r->bundleId) << Qt::endl;
    return Ok;
}

int bundleImport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("dry-run"),
                 Cli::tr("Verify the bundles and say what importing them would do, writing nothing.")});
    p.addOption(textOrJson());
    p.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("Bundle files (several allowed)."),
                            QStringLiteral("FILE..."));
    if (std::optional<int> stop =
            parse(p, args,
                  Cli::tr("Import bundles: each is verified whole before anything is written, then applied in one "
                          "go; one refused file does not stop the others.")))
        return *stop;
    int code = Ok;
    const std::optional<bool> json = wantsJson(p, &code);
    if (!json)
        return code;
    const QStringList paths = p.positionalArguments();
    if (paths.isEmpty())
        return fail(Cli::tr("Name the bundle files: sifa bundle import FILE... --db FILE."), Usage);
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    std::optional<Unlocked> u = signInAndUnlock(p, &code);
    if (!u)
        return code;
    const QList<Result<ImportReport>> results =
        SyncImport::importMany(*u->db, u->session, *u->keys, paths, dryRun, progressOnStderr());
    endProgress();
    return reportImports(paths, results, *json, dryRun);
}

int bundleRetry(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption(textOrJson());
    if (std::optional<int> stop =
            parse(p, args,
                  Cli::tr("Try again the bundles kept because they needed a newer SifaDesk (after an upgrade).")))
        return *stop;
    int code = Ok;
    const std::optional<bool> json = wantsJson(p, &code);
    if (!json)
        return code;
    std::optional<Unlocked> u = signInAndUnlock(p, &code);
    if (!u)
        return code;
    const QList<Result<ImportReport>> results = SyncImport::retryQuarantined(*u->db, u->session, *u->keys);
    if (results.isEmpty() && !*json) {
        out() << Cli::tr("No bundle is waiting in quarantine.") << Qt::endl;
        return Ok;
    }
    return reportImports({}, results, *json, false);
}

int bundleStatus(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption(textOrJson());
    p.addOption({QStringLiteral("recent"), Cli::tr("How many of the latest ledger rows to show (default 20)."),
                 QStringLiteral("N"), QStringLiteral("20")});
    if (std::optional<int> stop =
            parse(p, args,
                  Cli::tr("Where the exchange stands with each partner office: last received, last confirmed, "
                          "changes not yet confirmed, quarantined bundles; the latest bundles.")))
        return *stop;
    int code = Ok;
    const std::optional<bool> json = wantsJson(p, &code);
    if (!json)
        return code;
    bool numeric = false;
    const int recent = p.value(QStringLiteral("recent")).toInt(&numeric);
    if (!numeric || recent < 0)
        return fail(Cli::tr("--recent takes a number."), Usage);
    std::optional<SignedIn> in = openAndSignIn(p, &code);
    if (!in)
        return code;
    Result<SyncStatus> s = SyncState::status(*in->db, in->session, recent);
    if (!s)
        return fail(s.error());
    if (*json) {
        printJson(s->toJson());
        return Ok;
    }
    out() << Cli::tr("Office: %1 %2 (%3), replica %4, incarnation %5")
                 .arg(s->officeCode, s->officeName, modeText(s->mode), s->replicaId)
                 .arg(s->incarnation)
          << Qt::endl
          << Cli::tr("Changes in this office's log: %1; open conflicts: %2; quarantined bundles: %3")
                 .arg(s->localOrder)
                 .arg(s->openConflicts)
                 .arg(s->quarantined)
          << Qt::endl;
    if (s->partners.isEmpty())
        out() << Cli::tr("No partner office yet: trust its key with sifa keys trust.") << Qt::endl;
    for (const PartnerStatus &ps : s->partners) {
        out() << Qt::endl
              << Cli::tr("%1 %2 (%3), key %4%5")
                     .arg(ps.officeCode, ps.officeName, modeText(ps.mode), ps.keyId,
                          ps.keyRevoked ? Cli::tr(", revoked") : QString())
              << Qt::endl;
        out() << Cli::tr("  last received: %1").arg(ps.lastReceivedAt.isEmpty() ? Cli::tr("never") : ps.lastReceivedAt);
        if (ps.late)
            out() << Cli::tr(" (late: %n day(s) since the last bundle)", nullptr, ps.daysSinceLast);
        out() << Qt::endl
              << Cli::tr("  its log received up to %1; it confirmed ours up to %2; %3 change(s) not yet confirmed")
                     .arg(ps.receivedOrder)
                     .arg(ps.ackedOrder)
                     .arg(ps.pendingOps)
              << Qt::endl
              << Cli::tr("  last export: %1; unconfirmed bundles: %2; quarantined: %3; refused: %4")
                     .arg(ps.lastExportAt.isEmpty() ? Cli::tr("never") : ps.lastExportAt)
                     .arg(ps.unconfirmedExports)
                     .arg(ps.quarantined)
                     .arg(ps.rejected)
              << Qt::endl;
    }
    if (!s->recent.isEmpty()) {
        out() << Qt::endl << Cli::tr("Latest bundles:") << Qt::endl;
        for (const LedgerEntry &e : s->recent) {
            const QString partner = e.direction == QLatin1String("in") ? e.senderOffice : e.recipientOffice;
            out() << Cli::tr("  %1 %2 %3 %4 %5: %6 change(s) (%7–%8)%9")
                         .arg(e.at, e.direction == QLatin1String("in") ? Cli::tr("from") : Cli::tr("to"), partner,
                              e.status, e.bundleId)
                         .arg(e.ops)
                         .arg(e.fromOrder)
                         .arg(e.toOrder)
                         .arg(e.reason.isEmpty() ? QString() : Cli::tr(" — %1").arg(e.reason))
                  << Qt::endl;
        }
    }
    return Ok;
}

// ---------------------------------------------------------------------------------------------
// sifa conflict

QJsonObject conflictJson(const ConflictItem &c)
{
    QJsonArray competitors;
    for (const ConflictCompetitor &k : c.competitors) {
        competitors.append(QJsonObject{{QStringLiteral("op_id"), k.opId},
                                       {QStringLiteral("value"), valueJson(k.value)},
                                       {QStringLiteral("replica_id"), k.replicaId},
                                       {QStringLiteral("office"), k.officeCode},
                                       {QStringLiteral("actor"), k.actor},
                                       {QStringLiteral("role"), k.role},
                                       {QStringLiteral("wall_time"), k.wallTime},
                                       {QStringLiteral("hlc"), QString::number(k.hlc)},
                                       {QStringLiteral("winner"), k.winner}});
    }
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("kind"), c.kind},
                  {QStringLiteral("entity"), c.entity},
                  {QStringLiteral("row"), c.rowUuid},
                  {QStringLiteral("field"), c.field},
                  {QStringLiteral("office"), c.officeCode},
                  {QStringLiteral("status"), c.status},
                  {QStringLiteral("detected_at"), c.detectedAt},
                  {QStringLiteral("bundle_id"), c.bundleId},
                  {QStringLiteral("current_value"), valueJson(c.currentValue)},
                  {QStringLiteral("competitors"), competitors}};
    if (c.status != QLatin1String("open")) {
        o.insert(QStringLiteral("resolved_by"), c.resolvedBy);
        o.insert(QStringLiteral("resolved_at"), c.resolvedAt);
        o.insert(QStringLiteral("resolution"), c.resolution);
    }
    return o;
}

int conflictList(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("all"), Cli::tr("Resolved conflicts too, not only the open ones.")});
    p.addOption(textOrJson());
    if (std::optional<int> stop =
            parse(p, args, Cli::tr("List the conflicts found while importing bundles (the conflict inbox).")))
        return *stop;
    int code = Ok;
    const std::optional<bool> json = wantsJson(p, &code);
    if (!json)
        return code;
    std::optional<SignedIn> in = openAndSignIn(p, &code);
    if (!in)
        return code;
    Result<QList<ConflictItem>> items = Conflicts::list(*in->db, in->session, !p.isSet(QStringLiteral("all")));
    if (!items)
        return fail(items.error());
    if (*json) {
        QJsonArray a;
        for (const ConflictItem &c : *items)
            a.append(conflictJson(c));
        printJson(a);
        return Ok;
    }
    if (items->isEmpty()) {
        out() << (p.isSet(QStringLiteral("all")) ? Cli::tr("No conflicts.") : Cli::tr("No open conflicts."))
              << Qt::endl;
        return Ok;
    }
    for (const ConflictItem &c : *items) {
        QStringList values;
        for (const ConflictCompetitor &k : c.competitors)
            values << QStringLiteral("%1 (%2)").arg(valueText(k.value), k.officeCode);
        out() << Cli::tr("%1  %2  %3 %4 %5: %6 — %7")
                     .arg(c.id, c.status, c.entity, c.rowUuid, c.field, values.join(QStringLiteral(" / ")),
                          c.detectedAt)
              << Qt::endl;
    }
    return Ok;
}

std::optional<QString> conflictId(const QCommandLineParser &p, const QString &command, int *code)
{
    const QStringList ids = p.positionalArguments();
    if (ids.size() != 1) {
        *code = fail(Cli::tr("Name one conflict: sifa conflict %1 --db FILE ID (the ids are in sifa conflict list).")
                         .arg(command),
                     Usage);
        return std::nullopt;
    }
    return ids.first().trimmed();
}

int conflictShow(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption(textOrJson());
    p.addPositionalArgument(QStringLiteral("ID"), Cli::tr("The conflict's id (from sifa conflict list)."));
    if (std::optional<int> stop =
            parse(p, args, Cli::tr("Show one conflict: every competing value with who, office and when.")))
        return *stop;
    int code = Ok;
    const std::optional<bool> json = wantsJson(p, &code);
    if (!json)
        return code;
    const std::optional<QString> id = conflictId(p, QStringLiteral("show"), &code);
    if (!id)
        return code;
    std::optional<SignedIn> in = openAndSignIn(p, &code);
    if (!in)
        return code;
    Result<ConflictItem> c = Conflicts::get(*in->db, in->session, *id);
    if (!c)
        return fail(c.error());
    if (*json) {
        printJson(conflictJson(*c));
        return Ok;
    }
    out() << Cli::tr("Conflict %1 (%2), %3").arg(c->id, c->kind, c->status) << Qt::endl
          << Cli::tr("Record: %1 %2, field %3 (office %4)").arg(c->entity, c->rowUuid, c->field, c->officeCode)
          << Qt::endl
          << Cli::tr("Found %1 in bundle %2").arg(c->detectedAt, c->bundleId) << Qt::endl
          << Cli::tr("The record now holds: %1").arg(valueText(c->currentValue)) << Qt::endl
          << Cli::tr("Competing values:") << Qt::endl;
    for (const ConflictCompetitor &k : c->competitors) {
        out() << Cli::tr("  %1%2 — %3 (%4), office %5, %6")
                     .arg(valueText(k.value), k.winner ? Cli::tr(" [provisional winner]") : QString(), k.actor, k.role,
                          k.officeCode, k.wallTime)
              << Qt::endl;
    }
    if (c->status != QLatin1String("open"))
        out() << Cli::tr("Resolved by %1 on %2: %3").arg(c->resolvedBy, c->resolvedAt, c->resolution) << Qt::endl;
    else if (c->kind == QLatin1String("delete_edit"))
        out() << Cli::tr("Resolve with sifa conflict resolve --db FILE %1 --keep-deleted|--restore --reason TEXT.")
                     .arg(c->id)
              << Qt::endl;
    else
        out() << Cli::tr("Resolve with sifa conflict resolve --db FILE %1 --value VALUE --reason TEXT.").arg(c->id)
              << Qt::endl;
    return Ok;
}

int conflictResolve(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("value"), Cli::tr("The value to keep (one of the competing values, or another)."),
                 QStringLiteral("V")});
    p.addOption({QStringLiteral("keep-deleted"), Cli::tr("A deletion against an edit: keep the record deleted.")});
    p.addOption({QStringLiteral("restore"), Cli::tr("A deletion against an edit: restore the record.")});
    p.addOption({QStringLiteral("reason"), Cli::tr("Why this value (kept with the decision)."), QStringLiteral("TEXT")});
    p.addPositionalArgument(QStringLiteral("ID"), Cli::tr("The conflict's id (from sifa conflict list)."));
    if (std::optional<int> stop =
            parse(p, args,
                  Cli::tr("Decide a conflict: the value kept travels to every office in the next bundles, so all "
                          "of them end with the same.")))
        return *stop;
    int code = Ok;
    const std::optional<QString> id = conflictId(p, QStringLiteral("resolve"), &code);
    if (!id)
        return code;
    const bool hasValue = p.isSet(QStringLiteral("value"));
    const bool keepDeleted = p.isSet(QStringLiteral("keep-deleted"));
    const bool restore = p.isSet(QStringLiteral("restore"));
    if (int(hasValue) + int(keepDeleted) + int(restore) != 1)
        return fail(Cli::tr("Give one of --value V, --keep-deleted or --restore."), Usage);
    const QString reason = p.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        return fail(Cli::tr("Say why with --reason TEXT."), Usage);
    std::optional<SignedIn> in = openAndSignIn(p, &code);
    if (!in)
        return code;
    Result<ConflictItem> c = Conflicts::get(*in->db, in->session, *id);
    if (!c)
        return fail(c.error());
    const bool deleteEdit = c->kind == QLatin1String("delete_edit");
    if (deleteEdit && hasValue)
        return fail(Cli::tr("Conflict %1 is a deletion against an edit: resolve it with --keep-deleted or --restore.")
                        .arg(c->id),
                    Usage);
    if (!deleteEdit && !hasValue)
        return fail(Cli::tr("--keep-deleted and --restore are for a deletion against an edit; conflict %1 takes "
                            "--value V.")
                        .arg(c->id),
                    Usage);
    QVariant value;
    if (deleteEdit) {
        value = keepDeleted ? 1 : 0;
    } else {
        const QString typed = p.value(QStringLiteral("value"));
        value = typed;
        // One of the competing values keeps its own type (a number, a date, null).
        for (const ConflictCompetitor &k : c->competitors) {
            if (valueText(k.value) == typed) {
                value = k.value;
                break;
            }
        }
    }
    if (Status s = Conflicts::resolve(*in->db, in->session, c->id, value, reason); !s.ok())
        return fail(s.error());
    out() << (deleteEdit ? (keepDeleted ? Cli::tr("Conflict %1 resolved: the record stays deleted.").arg(c->id)
                                        : Cli::tr("Conflict %1 resolved: the record is restored.").arg(c->id))
                         : Cli::tr("Conflict %1 resolved: %2 = %3.").arg(c->id, c->field, valueText(value)))
          << Qt::endl;
    return Ok;
}

using Runner = int (*)(const QStringList &);

int dispatch(const QStringList &args, const QList<QPair<QLatin1String, Runner>> &subs, const QString &usage)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << usage << Qt::endl;
        return Ok;
    }
    for (const auto &[name, run] : subs) {
        if (sub == name)
            return run(args.mid(1));
    }
    return fail(usage, Usage);
}

}  // namespace

int runKeys(const QStringList &args)
{
    return dispatch(args,
                    {{QLatin1String("show"), keysShow},
                     {QLatin1String("export"), keysExport},
                     {QLatin1String("trust"), keysTrust},
                     {QLatin1String("revoke"), keysRevoke},
                     {QLatin1String("rotate"), keysRotate},
                     {QLatin1String("escrow"), keysEscrow},
                     {QLatin1String("print"), keysPrint}},
                    keysUsage());
}

int runBundle(const QStringList &args)
{
    return dispatch(args,
                    {{QLatin1String("export"), bundleExport},
                     {QLatin1String("import"), bundleImport},
                     {QLatin1String("status"), bundleStatus},
                     {QLatin1String("retry"), bundleRetry}},
                    bundleUsage());
}

int runConflict(const QStringList &args)
{
    return dispatch(args,
                    {{QLatin1String("list"), conflictList},
                     {QLatin1String("show"), conflictShow},
                     {QLatin1String("resolve"), conflictResolve}},
                    conflictUsage());
}

}  // namespace sifa::cli
