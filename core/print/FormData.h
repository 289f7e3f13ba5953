#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace sifa {

// The values one printed form is filled with: named values ("case.no", "committee.name") and
// named lists of items ("applicants", "clauses"), each item a set of named values that the
// template reads inside an "each" block ("party.name" for an item of a list taken `as` party).
// Values are plain text as stored: dates ISO (2026-11-23), amounts in fen as digits; the
// template formats them (|date, |yuan). A blank form has no values at all.
class FormData {
public:
    using Item = QHash<QString, QString>;

    void set(const QString &key, const QString &value) { m_values.insert(key, value); }
    QString value(const QString &key) const { return m_values.value(key); }
    bool has(const QString &key) const { return m_values.contains(key); }
    const QHash<QString, QString> &values() const { return m_values; }

    void append(const QString &list, const Item &item) { m_lists[list].append(item); }
    QList<Item> list(const QString &name) const { return m_lists.value(name); }
    bool hasList(const QString &name) const { return m_lists.contains(name); }

    // A heading for this copy of the form ("当事人 张三 执"), shown in lists and file names.
    QString label;

private:
    QHash<QString, QString> m_values;
    QHash<QString, QList<Item>> m_lists;
};

}  // namespace sifa
