#include "rules/Rules.h"

#include "rules/WorkCalendar.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>

#include <memory>
#include <vector>

Q_LOGGING_CATEGORY(lcRules, "sifa.rules")

namespace sifa {

namespace {

QMutex g_mutex;
Rules *g_instance = nullptr;
// Every loaded generation stays alive until exit, so references handed out earlier stay valid.
std::vector<std::unique_ptr<Rules>> &generations()
{
    static std::vector<std::unique_ptr<Rules>> list;
    return list;
}

bool readSet(const QString &path, const QString &id, RuleSet *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    return RuleSet::parse(f.readAll(), id, out, error);
}

// An override replaces the whole built-in file, so it must still define every rule the
// built-in file's latest version defines: the program asks for those keys.
QString missingKeys(const RuleSet &builtIn, const RuleSet &replacement)
{
    const RuleVersion *mine = replacement.latest();
    const RuleVersion *theirs = builtIn.latest();
    if (!mine || !theirs)
        return QString();
    QStringList missing;
    for (auto it = theirs->rules.cbegin(); it != theirs->rules.cend(); ++it) {
        if (!mine->rules.contains(it.key()))
            missing << it.key();
    }
    return missing.join(QStringLiteral(", "));
}

}  // namespace

const Rules &Rules::instance()
{
    QMutexLocker lock(&g_mutex);
    if (!g_instance) {
        lock.unlock();
        reload(QString());
        lock.relock();
    }
    return *g_instance;
}

QStringList Rules::reload(const QString &overrideDir)
{
    auto *fresh = new Rules;
    fresh->m_overrideDir = overrideDir;
    QStringList problems;
    const QStringList files = QDir(QStringLiteral(":/rules")).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &file : files) {
        const QString id = file.chopped(5);
        RuleSet builtIn;
        QString error;
        if (!readSet(QStringLiteral(":/rules/") + file, id, &builtIn, &error)) {
            problems << tr("The built-in rule file %1 could not be read (%2); its rules are not available.")
                            .arg(file, error);
            continue;
        }
        RuleSet chosen = builtIn;
        const QString overridePath = overrideDir.isEmpty() ? QString() : QDir(overrideDir).filePath(file);
        if (!overridePath.isEmpty() && QFile::exists(overridePath)) {
            RuleSet replacement;
            if (!readSet(overridePath, id, &replacement, &error)) {
                //: %1 file path, %2 what is wrong and where
                problems << tr("The rule file %1 could not be used (%2); the built-in rules are used.")
                                .arg(QDir::toNativeSeparators(overridePath), error);
            } else if (const QString missing = missingKeys(builtIn, replacement); !missing.isEmpty()) {
                problems << tr("The rule file %1 could not be used (its latest version lacks the rules %2); the "
                               "built-in rules are used.")
                                .arg(QDir::toNativeSeparators(overridePath), missing);
            } else {
                chosen = replacement;
            }
        }
        fresh->m_sets.insert(id, chosen);
    }
    // A misspelt file name would otherwise be ignored without a word.
    if (!overrideDir.isEmpty()) {
        const QStringList extra = QDir(overrideDir).entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &file : extra) {
            if (!files.contains(file)) {
                problems << tr("The rule file %1 is not used: SifaDesk has no rule set of that name (%2).")
                                .arg(QDir::toNativeSeparators(QDir(overrideDir).filePath(file)),
                                     files.join(QStringLiteral(", ")));
            }
        }
    }
    for (const QString &p : std::as_const(problems))
        qCWarning(lcRules) << p;
    QMutexLocker lock(&g_mutex);
    generations().emplace_back(fresh);
    g_instance = fresh;
    return problems;
}

const RuleSet *Rules::set(const QString &id) const
{
    const auto it = m_sets.constFind(id);
    return it == m_sets.cend() ? nullptr : &*it;
}

const RuleVersion *Rules::versionFor(const QString &key, const QDate &on, QString *ruleKey) const
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return nullptr;
    const RuleSet *s = set(key.left(dot));
    if (!s)
        return nullptr;
    *ruleKey = key.mid(dot + 1);
    return s->versionOn(on);
}

std::optional<Rule> Rules::rule(const QString &key, const QDate &on) const
{
    QString ruleKey;
    const RuleVersion *v = versionFor(key, on, &ruleKey);
    if (!v)
        return std::nullopt;
    const auto it = v->rules.constFind(ruleKey);
    if (it == v->rules.cend())
        return std::nullopt;
    return *it;
}

std::optional<Duration> Rules::duration(const QString &key, const QDate &on) const
{
    if (const std::optional<Rule> r = rule(key, on))
        return r->duration;
    return std::nullopt;
}

QString Rules::versionOn(const QString &setId, const QDate &on) const
{
    const RuleSet *s = set(setId);
    const RuleVersion *v = s ? s->versionOn(on) : nullptr;
    return v ? v->version : QString();
}

QDate Rules::due(const QString &key, const QDate &start, const QDate &on) const
{
    const std::optional<Duration> d = duration(key, on);
    if (!d)
        return QDate();
    return applyDuration(*d, start, WorkCalendar::instance());
}

Result<QDate> Rules::checkedDue(const QString &key, const QDate &start, const QDate &on) const
{
    if (!start.isValid())
        return Result<QDate>::failure(ErrorCode::InvalidInput,
                                      tr("A deadline cannot be computed without a start date."));
    const QDate d = due(key, start, on);
    if (!d.isValid()) {
        //: %1 a rule key such as mediation.case_time_limit, %2 a date
        return Result<QDate>::failure(ErrorCode::NotFound,
                                      tr("No rule %1 is in force on %2. Ask the county bureau for the rule files.")
                                          .arg(key, on.toString(Qt::ISODate)));
    }
    return d;
}

QDate Rules::warnFrom(const QString &limitKey, const QString &warningKey, const QDate &start, const QDate &on) const
{
    const QDate limit = due(limitKey, start, on);
    return limit.isValid() ? due(warningKey, limit, on) : QDate();
}

}  // namespace sifa
