#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sifa {

// Administrative division codes (GB/T 2260 with GB/T 10114 township digits): 2-digit
// provinces, 4-digit prefectures, 6-digit counties for the whole country, and 9-digit
// townships for the provinces whose files are shipped (resources/codes/divisions/<pp>.csv).
// Codes are retired but never reused, so a code missing here is a warning, not an error.
class Divisions {
    Q_DECLARE_TR_FUNCTIONS(Divisions)
public:
    struct Entry {
        QString code;
        QString name;
    };

    static const Divisions &instance();
    static QStringList reload(const QString &overrideDir = QString());

    bool contains(const QString &code) const { return m_names.contains(code); }
    bool isProvince(const QString &twoDigits) const;
    QString name(const QString &code) const { return m_names.value(code); }
    // 浙江省宁波市象山县石浦镇: the names of every level, without roll-up rows such as 市辖区.
    QString fullName(const QString &code) const;
    // 象山县石浦镇: county and township only, for narrow columns (fullName for the tooltip).
    QString localName(const QString &code) const;
    QList<Entry> children(const QString &parentCode) const;  // "" for the provinces
    QList<Entry> provinces() const { return children(QString()); }
    // Codes whose name contains `text`, at most `limit`, townships last.
    QList<Entry> search(const QString &text, int limit = 50) const;
    // Provinces for which township codes are loaded.
    QStringList provincesWithTownships() const { return m_townshipProvinces; }

    static QString parentCode(const QString &code);
    static int level(const QString &code);  // 1 province, 2 prefecture, 3 county, 4 township, 5 village
    static bool isRollUp(const QString &name);

private:
    void add(const QString &code, const QString &name);

    QHash<QString, QString> m_names;
    QHash<QString, QStringList> m_children;
    QStringList m_townshipProvinces;
};

}  // namespace sifa
