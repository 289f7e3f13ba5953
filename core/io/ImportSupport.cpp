#include "io/ImportSupport.h"

#include "codes/CodeTables.h"

#include <QStringList>

#include <algorithm>

namespace sifa {

bool ImportProgress::advance(qint64 n)
{
    m_done += n;
    if (!m_callback || m_cancelled)
        return !m_cancelled;
    const qint64 step = std::clamp<qint64>(m_total / 100, 1, 500);
    if (m_done - m_reported >= step || m_done >= m_total) {
        m_reported = m_done;
        m_cancelled = !m_callback(m_done, m_total);
    }
    return !m_cancelled;
}

namespace import_support {

bool isRowError(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::Duplicate:
    case ErrorCode::PermissionDenied:
    case ErrorCode::Conflict:
    case ErrorCode::NotFound:
        return true;
    default:
        return false;
    }
}

QString choicesOf(const QString &tableId)
{
    QStringList names;
    if (const CodeTable *t = CodeTables::instance().table(tableId)) {
        for (const CodeItem &item : t->items)
            names << item.name;
    }
    return names.join(QStringLiteral("、"));
}

QString word(const QString &tableId, const QString &code)
{
    if (code.isEmpty())
        return QString();
    const CodeTable *table = CodeTables::instance().table(tableId);
    const QString name = table ? table->name(code) : QString();
    return name.isEmpty() ? code : name;
}

}  // namespace import_support
}  // namespace sifa
