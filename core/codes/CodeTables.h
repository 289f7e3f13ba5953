#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sifa {

struct CodeItem {
    QString code;
    QString name;    // official Chinese name
    QString nameEn;  // English, where the table has one
};

// One code table (GB/T 3304 ethnicities, GB/T 4658 education, ...), read from a CSV file:
// '#' comment lines, a header "code,name[,name_en]", then one row per code.
class CodeTable {
public:
    QString id;
    QList<CodeItem> items;

    bool contains(const QString &code) const { return m_index.contains(code); }
    QString name(const QString &code) const;
    // The name in the UI language: English where available and the UI is English.
    QString displayName(const QString &code) const;
    void rebuildIndex();

private:
    QHash<QString, int> m_index;
};

// Parses the CSV format shared by all code files; returns false with a reason on bad input.
bool parseCodeCsv(const QByteArray &data, QList<CodeItem> *out, QString *error);

// The code tables the application ships in resources/codes, loaded at run time. A county can
// put corrected files into the override folder (same names) without a new binary.
class CodeTables {
    Q_DECLARE_TR_FUNCTIONS(CodeTables)
public:
    static const CodeTables &instance();
    // Loads again, files in `overrideDir` replacing the built-in ones. Call at start-up.
    static QStringList reload(const QString &overrideDir = QString());
    static QString overrideDirectory();

    const CodeTable *table(const QString &id) const;
    QStringList ids() const { return m_tables.keys(); }

    static QString sexTable() { return QStringLiteral("sex"); }
    static QString ethnicityTable() { return QStringLiteral("ethnicity"); }
    static QString idTypeTable() { return QStringLiteral("id_type"); }
    static QString educationTable() { return QStringLiteral("education"); }
    static QString maritalTable() { return QStringLiteral("marital_status"); }
    static QString politicalTable() { return QStringLiteral("political_status"); }

private:
    QMap<QString, CodeTable> m_tables;
    QString m_overrideDir;
};

}  // namespace sifa
