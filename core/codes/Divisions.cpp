#include "codes/Divisions.h"

#include "codes/CodeTables.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>

#include <algorithm>
#include <memory>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcCodes)

namespace sifa {

namespace {

QMutex g_mutex;
Divisions *g_instance = nullptr;
std::vector<std::unique_ptr<Divisions>> &generations()
{
    static std::vector<std::unique_ptr<Divisions>> list;
    return list;
}

}  // namespace

const Divisions &Divisions::instance()
{
    QMutexLocker lock(&g_mutex);
    if (!g_instance) {
        lock.unlock();
        reload(QString());
        lock.relock();
    }
    return *g_instance;
}

QStringList Divisions::reload(const QString &overrideDir)
{
    auto *fresh = new Divisions;
    QStringList problems;
    const QString builtInDir = QStringLiteral(":/codes/divisions");
    QStringList files = QDir(builtInDir).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    const QString overrideDivisions = overrideDir.isEmpty() ? QString() : QDir(overrideDir).filePath(QStringLiteral("divisions"));
    if (!overrideDivisions.isEmpty()) {
        for (const QString &f : QDir(overrideDivisions).entryList({QStringLiteral("*.csv")}, QDir::Files))
            if (!files.contains(f))
                files << f;
    }
    // national.csv first, so parents exist before townships are attached.
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        const bool na = a == QLatin1String("national.csv"), nb = b == QLatin1String("national.csv");
        return na != nb ? na : a < b;
    });
    for (const QString &file : std::as_const(files)) {
        QString path = QDir(builtInDir).filePath(file);
        if (!overrideDivisions.isEmpty() && QFile::exists(QDir(overrideDivisions).filePath(file)))
            path = QDir(overrideDivisions).filePath(file);
        QFile f(path);
        QList<CodeItem> items;
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !parseCodeCsv(f.readAll(), &items, &error)) {
            problems << tr("The division code file %1 could not be read (%2).")
                            .arg(QDir::toNativeSeparators(path), error.isEmpty() ? f.errorString() : error);
            continue;
        }
        for (const CodeItem &item : std::as_const(items))
            fresh->add(item.code, item.name);
        if (file != QLatin1String("national.csv"))
            fresh->m_townshipProvinces << file.left(2);
    }
    for (QStringList &kids : fresh->m_children)
        std::sort(kids.begin(), kids.end());
    for (const QString &p : std::as_const(problems))
        qCWarning(lcCodes) << p;
    QMutexLocker lock(&g_mutex);
    generations().emplace_back(fresh);
    g_instance = fresh;
    return problems;
}

void Divisions::add(const QString &code, const QString &name)
{
    if (!m_names.contains(code))
        m_children[parentCode(code)].append(code);
    m_names.insert(code, name);
}

bool Divisions::isProvince(const QString &twoDigits) const
{
    return twoDigits.size() == 2 && m_names.contains(twoDigits);
}

QString Divisions::parentCode(const QString &code)
{
    switch (code.size()) {
    case 4: return code.left(2);
    case 6: return code.left(4);
    case 9: return code.left(6);
    case 12: return code.left(9);
    default: return QString();
    }
}

int Divisions::level(const QString &code)
{
    switch (code.size()) {
    case 2: return 1;
    case 4: return 2;
    case 6: return 3;
    case 9: return 4;
    case 12: return 5;
    default: return 0;
    }
}

bool Divisions::isRollUp(const QString &name)
{
    return name == QStringLiteral("市辖区") || name == QStringLiteral("县")
        || name.endsWith(QStringLiteral("直辖县级行政区划"));
}

QString Divisions::fullName(const QString &code) const
{
    QStringList parts;
    for (QString c = code; !c.isEmpty(); c = parentCode(c)) {
        const QString n = m_names.value(c);
        if (!n.isEmpty() && !isRollUp(n))
            parts.prepend(n);
    }
    return parts.join(QString());
}

QString Divisions::localName(const QString &code) const
{
    if (code.size() < 6)
        return fullName(code);
    QString out = m_names.value(code.left(6));
    if (code.size() >= 9)
        out += m_names.value(code.left(9));
    return out;
}

QList<Divisions::Entry> Divisions::children(const QString &parentCode) const
{
    QList<Entry> out;
    for (const QString &c : m_children.value(parentCode))
        out.append({c, m_names.value(c)});
    return out;
}

QList<Divisions::Entry> Divisions::search(const QString &text, int limit) const
{
    QList<Entry> out;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return out;
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
        if (it.value().contains(t) || it.key().startsWith(t))
            out.append({it.key(), it.value()});
    }
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        return a.code.size() != b.code.size() ? a.code.size() < b.code.size() : a.code < b.code;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

}  // namespace sifa
