#pragma once

#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace sifa {

// What went wrong, in a form the UI can show and a test can assert on.
// `message` is already translated and is a whole sentence a clerk can act on.
enum class ErrorCode {
    None,
    InvalidInput,      // a value the user typed is not acceptable
    NotFound,          // the record, file or user does not exist
    Duplicate,         // the record already exists (detail holds the existing key)
    PermissionDenied,  // the signed-in role may not do this
    AuthFailed,        // wrong user name or password
    Locked,            // account locked after repeated failures
    Disabled,          // account disabled by the administrator
    PasswordExpired,   // the user must change the password first
    NotSifaDatabase,   // a file that is not a SifaDesk database
    NewerSchema,       // written by a newer SifaDesk
    ReadOnly,          // the location cannot be written
    DiskFull,          // no space left
    Damaged,           // integrity check failed, truncated or corrupt file
    Busy,              // another program holds the database
    Io,                // any other file error
    Storage,           // any other database error
    Conflict,          // the operation conflicts with the current state
    Internal,          // a bug: should never reach a user
};

struct Error {
    ErrorCode code = ErrorCode::None;
    QString message;
    QString field;    // logical field name the error is about, if any
    QVariant detail;  // e.g. the uuid of the existing record for Duplicate
};

// A status without a value. Default-constructed means success.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error e) : m_error(std::move(e)) {}  // NOLINT: implicit by design
    static Status failure(ErrorCode code, const QString &message, const QString &field = {})
    {
        return Status(Error{code, message, field, {}});
    }

    bool ok() const { return m_error.code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }
    const QString &message() const { return m_error.message; }

private:
    Error m_error;
};

// A value or an error.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}  // NOLINT: implicit by design
    Result(Error e) : m_error(std::move(e)) {}      // NOLINT: implicit by design
    Result(const Status &s) : m_error(s.error()) {} // NOLINT: only from a failed Status

    static Result failure(ErrorCode code, const QString &message, const QString &field = {})
    {
        return Result(Error{code, message, field, {}});
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // On a temporary the value is moved out, so `for (x : *f())` never refers into a dead Result.
    T value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T operator*() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    // The value, or `fallback` after an error (for what a screen can show without it).
    T value_or(T fallback) const & { return ok() ? *m_value : std::move(fallback); }
    T value_or(T fallback) && { return ok() ? std::move(*m_value) : std::move(fallback); }
    const Error &error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }
    const QString &message() const { return m_error.message; }
    Status status() const { return ok() ? Status() : Status(m_error); }

private:
    std::optional<T> m_value;
    Error m_error;
};

}  // namespace sifa
