#include "codes/CodeTables.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>

#include <memory>
#include <vector>

Q_LOGGING_CATEGORY(lcCodes, "sifa.codes")

namespace sifa {

namespace {

QMutex g_mutex;
CodeTables *g_instance = nullptr;
// Every loaded generation stays alive until exit, so references handed out earlier stay valid.
std::vector<std::unique_ptr<CodeTables>> &generations()
{
    static std::vector<std::unique_ptr<CodeTables>> list;
    return list;
}

QStringList splitCsvLine(const QString &line)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                cur += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            out << cur.trimmed();
            cur.clear();
        } else {
            cur += c;
        }
    }
    out << cur.trimmed();
    return out;
}

}  // namespace

QString CodeTable::name(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.cend() ? QString() : items.at(*it).name;
}

QString CodeTable::displayName(const QString &code) const
{
    const auto it = m_index.constFind(code);
    if (it == m_index.cend())
        return QString();
    const CodeItem &item = items.at(*it);
    if (!item.nameEn.isEmpty() && QLocale().language() == QLocale::English)
        return item.nameEn;
    return item.name;
}

void CodeTable::rebuildIndex()
{
    m_index.clear();
    for (int i = 0; i < items.size(); ++i)
        m_index.insert(items.at(i).code, i);
}

bool parseCodeCsv(const QByteArray &data, QList<CodeItem> *out, QString *error)
{
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    bool header = false;
    int lineNo = 0;
    for (QString line : lines) {
        ++lineNo;
        line = line.trimmed();
        if (line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = splitCsvLine(line);
        if (!header) {
            if (cols.size() < 2 || cols.at(0) != QLatin1String("code") || cols.at(1) != QLatin1String("name")) {
                *error = CodeTables::tr("line %1: the header must start with \"code,name\"").arg(lineNo);
                return false;
            }
            header = true;
            continue;
        }
        if (cols.size() < 2 || cols.at(0).isEmpty() || cols.at(1).isEmpty()) {
            *error = CodeTables::tr("line %1: a row needs a code and a name").arg(lineNo);
            return false;
        }
        out->append(CodeItem{cols.at(0), cols.at(1), cols.value(2)});
    }
    if (!header) {
        *error = CodeTables::tr("the file has no header line");
        return false;
    }
    return true;
}

const CodeTables &CodeTables::instance()
{
    QMutexLocker lock(&g_mutex);
    if (!g_instance) {
        lock.unlock();
        reload(QString());
        lock.relock();
    }
    return *g_instance;
}

QString CodeTables::overrideDirectory()
{
    QMutexLocker lock(&g_mutex);
    return g_instance ? g_instance->m_overrideDir : QString();
}

QStringList CodeTables::reload(const QString &overrideDir)
{
    auto *fresh = new CodeTables;
    fresh->m_overrideDir = overrideDir;
    QStringList problems;
    const QStringList builtIn = QDir(QStringLiteral(":/codes")).entryList({QStringLiteral("*.csv")}, QDir::Files);
    for (const QString &file : builtIn) {
        QString path = QStringLiteral(":/codes/") + file;
        if (!overrideDir.isEmpty() && QFile::exists(QDir(overrideDir).filePath(file)))
            path = QDir(overrideDir).filePath(file);
        QFile f(path);
        QList<CodeItem> items;
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !parseCodeCsv(f.readAll(), &items, &error)) {
            problems << tr("The code table %1 could not be read (%2); the built-in table is used.")
                            .arg(QDir::toNativeSeparators(path), error.isEmpty() ? f.errorString() : error);
            QFile builtin(QStringLiteral(":/codes/") + file);
            items.clear();
            if (!builtin.open(QIODevice::ReadOnly) || !parseCodeCsv(builtin.readAll(), &items, &error))
                continue;
        }
        CodeTable t;
        t.id = file.chopped(4);
        t.items = items;
        t.rebuildIndex();
        fresh->m_tables.insert(t.id, t);
    }
    for (const QString &p : std::as_const(problems))
        qCWarning(lcCodes) << p;
    QMutexLocker lock(&g_mutex);
    generations().emplace_back(fresh);
    g_instance = fresh;
    return problems;
}

const CodeTable *CodeTables::table(const QString &id) const
{
    const auto it = m_tables.constFind(id);
    return it == m_tables.cend() ? nullptr : &*it;
}

}  // namespace sifa
