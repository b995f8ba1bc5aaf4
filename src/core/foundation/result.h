#pragma once

#include <QString>
#include <QtGlobal>

#include <cstdlib>
#include <optional>
#include <utility>

// What went wrong, in the terms the CLI's exit codes and the GUI's dialogs need.
enum class ErrorKind {
    None,
    Invalid,      // bad usage or value: exit 1
    Database,     // connection or database error, nothing written: exit 2
    NotFound,     // a named user, owner or group does not exist: exit 3
    Conflict,     // a uniqueness conflict: exit 3
    Stale,        // the row changed in the database since it was read: reload or overwrite
    Interrupted,  // cancelled by the user, nothing written: exit 130
};

/** A failure carrying a user-facing sentence and, separately, the technical detail. */
struct Error {
    ErrorKind kind = ErrorKind::None;
    QString message;  // one human sentence: what, which row/field, what to do
    QString detail;   // the driver's text, for a "details" line; never shown alone

    static Error invalid(const QString &m) { return {ErrorKind::Invalid, m, {}}; }
    static Error notFound(const QString &m) { return {ErrorKind::NotFound, m, {}}; }
    static Error conflict(const QString &m) { return {ErrorKind::Conflict, m, {}}; }
    static Error stale(const QString &m) { return {ErrorKind::Stale, m, {}}; }
    static Error database(const QString &m, const QString &d = {}) { return {ErrorKind::Database, m, d}; }
    static Error interrupted(const QString &m) { return {ErrorKind::Interrupted, m, {}}; }
};

/** Success, or an Error: a data-layer call's answer that the caller must look at. */
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error e) : m_error(std::move(e)) {}  // NOLINT: implicit so functions can `return Error::...`
    bool ok() const { return m_error.kind == ErrorKind::None; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

namespace ResultDetail {
// Reading the value of a failed Result is a programming error with no sensible outcome: a default
// value would let the caller carry on with an empty id, email or role (and write the wrong row, or
// sign someone in as nobody), so every build stops here, naming the error that was not looked at.
[[noreturn]] inline void valueOfError(const Error &error)
{
    qFatal("Result::value() read on a failed Result (a caller did not check ok()): %s | %s",
           qUtf8Printable(error.message), qUtf8Printable(error.detail));
    std::abort();  // qFatal does not return; this keeps [[noreturn]] true whatever the message handler does
}
} // namespace ResultDetail

/** A value, or an Error. Reading the value of an Error stops the program (see ResultDetail). */
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}  // NOLINT
    Result(Error e) : m_error(std::move(e)) {}      // NOLINT
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return checked(); }
    T &value() { return const_cast<T &>(checked()); }
    const T *operator->() const { return &checked(); }
    const T &operator*() const { return checked(); }
    const Error &error() const { return m_error; }
    Status status() const { return ok() ? Status() : Status(m_error); }

private:
    const T &checked() const
    {
        Q_ASSERT_X(m_value.has_value(), "Result::value()", "read on a failed Result");
        if (!m_value.has_value())
            ResultDetail::valueOfError(m_error);
        return *m_value;
    }

    std::optional<T> m_value;
    Error m_error;
};
