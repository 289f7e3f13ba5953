#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace sifa {

// Strict reading of the fields of a rule or calendar file. Each reader takes `where` (the place
// in the file, e.g. `rule "case_time_limit" in version "2026.1"`) and, on failure, sets the
// reader's error to one translated phrase naming that place and the field. Unknown fields are
// refused too, so that a misspelt optional field ("anchr") is not silently ignored.
class JsonFields {
    Q_DECLARE_TR_FUNCTIONS(JsonFields)
public:
    JsonFields(const QJsonObject &object, QString where) : m_o(object), m_where(std::move(where)) {}

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &where() const { return m_where; }

    // Fails on any field not listed.
    void allowOnly(const QStringList &fields);

    QString string(const QString &field, bool required = true);
    // yyyy-MM-dd, a real date.
    QDate date(const QString &field, bool required = true);
    std::optional<int> integer(const QString &field, int min, int max, bool required = true);
    std::optional<bool> boolean(const QString &field, bool required = true);
    QJsonArray array(const QString &field, bool required = true);
    QJsonObject object(const QString &field, bool required = true);

    // The first failure wins; later ones are dropped.
    void fail(const QString &message);

    // Parses a whole file; false with a translated reason ("line 3, column 7: ...").
    static bool parseDocument(const QByteArray &data, QJsonObject *out, QString *error);

private:
    bool present(const QString &field, bool required);

    QJsonObject m_o;
    QString m_where;
    QString m_error;
};

}  // namespace sifa
