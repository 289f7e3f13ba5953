#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <unordered_map>
#include <memory>

struct sqlite3;

namespace sifa {

// What a file on disk is, read from its header without opening it through SQLite.
struct DbFileInfo {
    bool exists = false;
    bool isSqlite = false;
    bool isSifaDesk = false;   // application_id matches
    int schemaVersion = 0;     // user_version
    qint64 size = 0;
};

// The one writer connection to an office database.
//
// Opening applies WAL (the returned mode is checked), foreign keys and synchronous=FULL,
// refuses files that are not SifaDesk databases or come from a newer version, and migrates an
// older schema in ordered transactional steps after a safety copy. Creating builds the latest
// schema directly in a temporary file that is renamed into place only when complete.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static constexpr int kApplicationId = 0x53494641;  // "SIFA"

    struct OpenOptions {
        bool migrate = true;            // run pending migrations (after a safety copy)
        QString preMigrationBackupDir;  // empty: "backups" beside the database
    };

    static DbFileInfo probe(const QString &path);

    static Result<std::unique_ptr<Database>> open(const QString &path, const OpenOptions &options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, OpenOptions());
    }

    // Creates a new database at `path` (which must not exist) at the latest schema, runs
    // `populate` inside the same creation, and only then moves the file into place.
    static Result<std::unique_ptr<Database>> create(const QString &path,
                                                    const std::function<Status(Database &)> &populate);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    sqlite3 *handle() const;
    int schemaVersion() const;

    // Runs one statement without parameters.
    Status exec(const QString &sql, const QString &doing = QString());

    // PRAGMA integrity_check; an empty list means the database is sound.
    Result<QStringList> integrityCheck();
    Result<QStringList> foreignKeyCheck();
    QString journalMode() const;

    // Small key/value store for facts about this database (office, mode, ...).
    QString meta(const QString &key, const QString &fallback = QString()) const;
    Status setMeta(const QString &key, const QString &value);

    // A prepared statement kept for this connection (hot paths re-run the same SQL thousands
    // of times; preparing it each time costs more than running it). The statement is lent to
    // one Query at a time: nullptr when it is in use already or does not prepare.
    QSqlQuery *borrowStatement(const QString &sql) const;
    void returnStatement(QSqlQuery *statement) const;

    // True when no transaction is open on the connection (SQLite rolls back by itself after some
    // errors, e.g. a full disk).
    bool inAutocommit() const;

    // Transaction bookkeeping used by Transaction.
    int transactionDepth() const { return m_txDepth; }
    void adjustTransactionDepth(int delta) { m_txDepth += delta; }

private:
    Database(QString path, QString connectionName);
    static Error notSifaDesk(const QString &path);
    static Error newerSchema(const QString &path, int version);
    static Result<std::unique_ptr<Database>> connect(const QString &path);
    Status configure();
    Status migrate(const OpenOptions &options);

    QString m_path;
    QString m_connectionName;
    int m_txDepth = 0;
    struct CachedStatement {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
    };
    mutable std::unordered_map<QString, CachedStatement> m_statements;
};

}  // namespace sifa
