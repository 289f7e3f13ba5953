#pragma once

#include "util/Result.h"

namespace sifa {

class Database;

// RAII transaction: BEGIN IMMEDIATE (or a SAVEPOINT when nested), explicit commit(), rollback
// in the destructor if commit() was not reached.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // The result of BEGIN; check it before writing.
    const Status &status() const { return m_begin; }
    bool ok() const { return m_begin.ok(); }
    Status commit();
    void rollback();

private:
    Database &m_db;
    Status m_begin;
    QString m_savepoint;
    bool m_active = false;
};

}  // namespace sifa
