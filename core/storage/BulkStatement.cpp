#include "storage/BulkStatement.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SqlError.h"

#include <sqlite3.h>

namespace sifa {

BulkStatement::BulkStatement(const Database &db, const QString &sql) : m_db(db.handle())
{
    if (!m_db) {
        m_prepareCode = SQLITE_MISUSE;
        m_prepareMessage = QStringLiteral("no SQLite connection");
        return;
    }
    const QByteArray text = sql.toUtf8();
    m_prepareCode = sqlite3_prepare_v3(m_db, text.constData(), static_cast<int>(text.size()),
                                       SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (m_prepareCode != SQLITE_OK) {
        m_prepareMessage = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return;
    }
    m_parameters = sqlite3_bind_parameter_count(m_stmt);
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_stmt);
}

namespace {

int bindValue(sqlite3_stmt *stmt, int index, const QVariant &v)
{
    switch (v.metaType().id()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return sqlite3_bind_null(stmt, index);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return sqlite3_bind_int64(stmt, index, v.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, index, v.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray b = v.toByteArray();
        return sqlite3_bind_blob64(stmt, index, b.constData(), static_cast<sqlite3_uint64>(b.size()),
                                   SQLITE_TRANSIENT);
    }
    default: {
        // Text columns are NOT NULL with '' for "nothing": a null string binds as ''.
        const QByteArray b = v.toString().toUtf8();
        return sqlite3_bind_text64(stmt, index, b.constData(), static_cast<sqlite3_uint64>(b.size()),
                                   SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}

}  // namespace

Status BulkStatement::run(const QVariantList &values, qsizetype from, const QString &doing)
{
    if (!m_stmt)
        return SqlErrors::fromSqliteCode(m_prepareCode, m_prepareMessage, doing);
    if (from + m_parameters > values.size()) {
        return Status::failure(ErrorCode::Internal, QStringLiteral("BulkStatement: %1 values for %2 parameters")
                                                        .arg(values.size() - from)
                                                        .arg(m_parameters));
    }
    int code = SQLITE_OK;
    for (int i = 0; i < m_parameters && code == SQLITE_OK; ++i)
        code = bindValue(m_stmt, i + 1, values.at(from + i));
    if (code == SQLITE_OK) {
        while ((code = sqlite3_step(m_stmt)) == SQLITE_ROW) {
        }
    }
    const QString message = code == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (code != SQLITE_DONE)
        return SqlErrors::fromSqliteCode(code, message, doing);
    return {};
}

namespace {

constexpr int kBlockRows = 64;    // rows per statement
constexpr int kMaxBound = 30000;  // bound values per statement (SQLite allows 32766)

}  // namespace

BulkInsert::BulkInsert(Database &db, const QString &table, const QStringList &columns, const QString &tail,
                       Mode mode)
    : m_db(db), m_table(table), m_columns(columns), m_tail(tail), m_mode(mode),
      m_block(qMax(1, qMin(kBlockRows, kMaxBound / qMax(1, static_cast<int>(columns.size())))))
{
}

BulkInsert::~BulkInsert() = default;

QString BulkInsert::sql(int rows) const
{
    QString tuple = QStringLiteral("(?");
    for (qsizetype c = 1; c < m_columns.size(); ++c)
        tuple += QStringLiteral(", ?");
    tuple += QLatin1Char(')');
    const QStringList tuples(rows, tuple);
    QString out = QStringLiteral("INSERT INTO %1(%2) VALUES %3").arg(target(), m_columns.join(u", "), tuples.join(u", "));
    if (!m_tail.isEmpty() && !staged())
        out += QLatin1Char(' ') + m_tail;
    return out;
}

QString BulkInsert::target() const
{
    return staged() ? QStringLiteral("temp.sifa_stage_") + m_table : m_table;
}

Result<bool> BulkInsert::hasInsertTriggers(const Database &db, const QString &table)
{
    Result<QVariant> n = Query::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                                          "AND tbl_name = :t AND sql LIKE '%AFTER INSERT ON%'"),
                                       {{QStringLiteral(":t"), table}}, QString());
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

Status BulkInsert::finish(const QString &doing)
{
    if (!staged() || !m_stageReady)
        return {};
    const QString columns = m_columns.join(u", ");
    // WHERE true: without it SQLite would read the ON CONFLICT of the tail as a join's ON.
    QString move = QStringLiteral("INSERT INTO main.%1(%2) SELECT %2 FROM %3 WHERE true ORDER BY rowid")
                       .arg(m_table, columns, target());
    if (!m_tail.isEmpty())
        move += QLatin1Char(' ') + m_tail;
    if (Status s = m_db.exec(move, doing); !s.ok())
        return s;
    return m_db.exec(QStringLiteral("DELETE FROM %1").arg(target()), doing);
}

Status BulkInsert::insert(const QVariantList &values, const QString &doing)
{
    if (staged() && !m_stageReady) {
            const QString create = QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sifa_stage_%1(%2)")
                                   .arg(m_table, m_columns.join(u", "));
        if (Status s = m_db.exec(create, doing); !s.ok())
            return s;
        if (Status s = m_db.exec(QStringLiteral("DELETE FROM %1").arg(target()), doing); !s.ok())
            return s;
        m_stageReady = true;
    }
    const qsizetype rows = values.size() / width();
    qsizetype row = 0;
    while (row < rows) {
        const bool many = rows - row >= m_block;
        std::unique_ptr<BulkStatement> &statement = many ? m_many : m_one;
        if (!statement)
            statement = std::make_unique<BulkStatement>(m_db, sql(many ? m_block : 1));
        if (Status s = statement->run(values, row * width(), doing); !s.ok())
            return s;
        row += many ? m_block : 1;
    }
    return {};
}

}  // namespace sifa
