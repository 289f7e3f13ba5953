#include "rules/JsonFields.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace sifa {

void JsonFields::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

void JsonFields::allowOnly(const QStringList &fields)
{
    for (auto it = m_o.constBegin(); it != m_o.constEnd(); ++it) {
        if (!fields.contains(it.key())) {
            //: %1 is a place in a rule file, %2 a field name
            fail(tr("%1: unknown field \"%2\"").arg(m_where, it.key()));
            return;
        }
    }
}

bool JsonFields::present(const QString &field, bool required)
{
    const QJsonValue v = m_o.value(field);
    if (!v.isUndefined() && !v.isNull())
        return true;
    if (required)
        fail(tr("%1: the field \"%2\" is missing").arg(m_where, field));
    return false;
}

QString JsonFields::string(const QString &field, bool required)
{
    if (!present(field, required))
        return QString();
    const QJsonValue v = m_o.value(field);
    if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
        fail(tr("%1: \"%2\" must be a non-empty text").arg(m_where, field));
        return QString();
    }
    return v.toString().trimmed();
}

QDate JsonFields::date(const QString &field, bool required)
{
    if (!present(field, required))
        return QDate();
    const QString text = m_o.value(field).toString();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10) {
        fail(tr("%1: \"%2\" must be a date written yyyy-mm-dd, not \"%3\"")
                 .arg(m_where, field, m_o.value(field).toVariant().toString()));
        return QDate();
    }
    return d;
}

std::optional<int> JsonFields::integer(const QString &field, int min, int max, bool required)
{
    if (!present(field, required))
        return std::nullopt;
    const QJsonValue v = m_o.value(field);
    const double x = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::trunc(x) != x || x < min || x > max) {
        fail(tr("%1: \"%2\" must be a whole number from %3 to %4").arg(m_where, field).arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<int>(x);
}

std::optional<bool> JsonFields::boolean(const QString &field, bool required)
{
    if (!present(field, required))
        return std::nullopt;
    const QJsonValue v = m_o.value(field);
    if (!v.isBool()) {
        fail(tr("%1: \"%2\" must be true or false").arg(m_where, field));
        return std::nullopt;
    }
    return v.toBool();
}

QJsonArray JsonFields::array(const QString &field, bool required)
{
    if (!present(field, required))
        return QJsonArray();
    const QJsonValue v = m_o.value(field);
    if (!v.isArray()) {
        fail(tr("%1: \"%2\" must be a list [ ... ]").arg(m_where, field));
        return QJsonArray();
    }
    return v.toArray();
}

QJsonObject JsonFields::object(const QString &field, bool required)
{
    if (!present(field, required))
        return QJsonObject();
    const QJsonValue v = m_o.value(field);
    if (!v.isObject()) {
        fail(tr("%1: \"%2\" must be an object { ... }").arg(m_where, field));
        return QJsonObject();
    }
    return v.toObject();
}

bool JsonFields::parseDocument(const QByteArray &data, QJsonObject *out, QString *error)
{
    // Notepad on Windows saves UTF-8 with a byte order mark; the JSON parser refuses it.
    const QByteArray json = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(pe.offset);
        const int line = static_cast<int>(before.count('\n')) + 1;
        const int column = static_cast<int>(pe.offset - (before.lastIndexOf('\n') + 1)) + 1;
        //: %1 line, %2 column, %3 Qt's description of the JSON syntax error
        *error = tr("line %1, column %2: not valid JSON (%3)").arg(line).arg(column).arg(pe.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("the file must contain one JSON object { ... }");
        return false;
    }
    *out = doc.object();
    return true;
}

}  // namespace sifa
