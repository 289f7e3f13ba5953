#include "rules/RuleSet.h"

#include "rules/JsonFields.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace sifa {

namespace {

// The longest period a rule may give: ten years in any unit is plenty for a deadline.
constexpr int kMaxAmount = 3660;

bool isIdentifier(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return re.match(s).hasMatch();
}

bool parseRule(const QString &key, const QJsonValue &value, const QString &version, Rule *out, QString *error)
{
    //: %1 a rule key, %2 a version label
    JsonFields f(value.toObject(), RuleSet::tr("rule \"%1\" in version \"%2\"").arg(key, version));
    if (!isIdentifier(key))
        f.fail(RuleSet::tr("%1: a rule key is written in small letters, digits and _").arg(f.where()));
    if (!value.isObject())
        f.fail(RuleSet::tr("%1: must be an object {\"amount\", \"unit\", ...}").arg(f.where()));
    f.allowOnly({QStringLiteral("title"), QStringLiteral("amount"), QStringLiteral("unit"),
                 QStringLiteral("direction"), QStringLiteral("anchor"), QStringLiteral("if_not_workday"),
                 QStringLiteral("from"), QStringLiteral("note"), QStringLiteral("evidence")});
    out->key = key;
    out->title = f.string(QStringLiteral("title"), false);
    const int amount = f.integer(QStringLiteral("amount"), 0, kMaxAmount).value_or(0);
    const QString unit = f.string(QStringLiteral("unit"));
    const QString direction = f.string(QStringLiteral("direction"), false);
    const QString anchor = f.string(QStringLiteral("anchor"), false);
    const QString roll = f.string(QStringLiteral("if_not_workday"), false);
    out->from = f.string(QStringLiteral("from"));
    out->note = f.string(QStringLiteral("note"), false);
    out->evidence = f.string(QStringLiteral("evidence"));
    if (f.ok()) {
        if (const auto u = Duration::unitFromName(unit))
            out->duration.unit = *u;
        else
            f.fail(RuleSet::tr("%1: unknown unit \"%2\" (use calendar_days, working_days or months)")
                       .arg(f.where(), unit));
    }
    if (f.ok() && !direction.isEmpty() && direction != QLatin1String("after") && direction != QLatin1String("before"))
        f.fail(RuleSet::tr("%1: \"direction\" is \"after\" or \"before\", not \"%2\"").arg(f.where(), direction));
    if (f.ok() && !anchor.isEmpty() && anchor != QLatin1String("start") && anchor != QLatin1String("month_end"))
        f.fail(RuleSet::tr("%1: \"anchor\" is \"start\" or \"month_end\", not \"%2\"").arg(f.where(), anchor));
    if (f.ok() && !roll.isEmpty() && roll != QLatin1String("keep") && roll != QLatin1String("next_workday"))
        f.fail(RuleSet::tr("%1: \"if_not_workday\" is \"keep\" or \"next_workday\", not \"%2\"").arg(f.where(), roll));
    static const QStringList evidenceMarkers{QStringLiteral("C"), QStringLiteral("M"), QStringLiteral("L"),
                                             QStringLiteral("I")};
    if (f.ok() && !evidenceMarkers.contains(out->evidence))
        f.fail(RuleSet::tr("%1: \"evidence\" is C, M, L or I, not \"%2\"").arg(f.where(), out->evidence));
    if (!f.ok()) {
        *error = f.error();
        return false;
    }
    out->duration.amount = direction == QLatin1String("before") ? -amount : amount;
    out->duration.anchor = anchor == QLatin1String("month_end") ? Duration::MonthEnd : Duration::Start;
    out->duration.roll = roll == QLatin1String("next_workday") ? Duration::NextWorkday : Duration::Keep;
    return true;
}

bool parseVersion(const QJsonValue &value, int index, RuleVersion *out, QString *error)
{
    const QString label = value.toObject().value(QStringLiteral("version")).toString();
    JsonFields f(value.toObject(), label.isEmpty() ? RuleSet::tr("version entry %1").arg(index + 1)
                                                   : RuleSet::tr("version \"%1\"").arg(label));
    if (!value.isObject())
        f.fail(RuleSet::tr("%1: must be an object {\"version\", \"effective_from\", ...}").arg(f.where()));
    f.allowOnly({QStringLiteral("version"), QStringLiteral("effective_from"), QStringLiteral("source"),
                 QStringLiteral("note"), QStringLiteral("rules")});
    out->version = f.string(QStringLiteral("version"));
    out->effectiveFrom = f.date(QStringLiteral("effective_from"));
    out->source = f.string(QStringLiteral("source"));
    out->note = f.string(QStringLiteral("note"), false);
    const QJsonObject rules = f.object(QStringLiteral("rules"));
    if (f.ok() && rules.isEmpty())
        f.fail(RuleSet::tr("%1: \"rules\" lists no rule").arg(f.where()));
    if (!f.ok()) {
        *error = f.error();
        return false;
    }
    for (auto it = rules.constBegin(); it != rules.constEnd(); ++it) {
        Rule r;
        if (!parseRule(it.key(), it.value(), out->version, &r, error))
            return false;
        out->rules.insert(r.key, r);
    }
    return true;
}

}  // namespace

const RuleVersion *RuleSet::versionOn(const QDate &on) const
{
    const RuleVersion *found = nullptr;
    for (const RuleVersion &v : versions) {
        if (on.isValid() && v.effectiveFrom <= on)
            found = &v;
    }
    return found;
}

bool RuleSet::parse(const QByteArray &json, const QString &expectedId, RuleSet *out, QString *error)
{
    QJsonObject root;
    if (!JsonFields::parseDocument(json, &root, error))
        return false;
    JsonFields f(root, tr("the rule set"));
    f.allowOnly({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("note"), QStringLiteral("versions")});
    RuleSet set;
    set.id = f.string(QStringLiteral("id"));
    set.title = f.string(QStringLiteral("title"), false);
    f.string(QStringLiteral("note"), false);
    const QJsonArray versions = f.array(QStringLiteral("versions"));
    if (f.ok() && !expectedId.isEmpty() && set.id != expectedId)
        f.fail(tr("the \"id\" is \"%1\" but the file is named %2.json; they must agree").arg(set.id, expectedId));
    if (f.ok() && versions.isEmpty())
        f.fail(tr("\"versions\" lists no version"));
    if (!f.ok()) {
        *error = f.error();
        return false;
    }
    for (int i = 0; i < versions.size(); ++i) {
        RuleVersion v;
        if (!parseVersion(versions.at(i), i, &v, error))
            return false;
        for (const RuleVersion &other : std::as_const(set.versions)) {
            if (other.version == v.version) {
                *error = tr("version \"%1\" is listed twice").arg(v.version);
                return false;
            }
            if (other.effectiveFrom == v.effectiveFrom) {
                //: %1 and %2 version labels, %3 a date
                *error = tr("versions \"%1\" and \"%2\" both take effect on %3; only one can be in force")
                             .arg(other.version, v.version, v.effectiveFrom.toString(Qt::ISODate));
                return false;
            }
        }
        set.versions.append(v);
    }
    std::sort(set.versions.begin(), set.versions.end(),
              [](const RuleVersion &a, const RuleVersion &b) { return a.effectiveFrom < b.effectiveFrom; });
    *out = set;
    return true;
}

}  // namespace sifa
