#pragma once

#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace RegPoint {

// Says a message in the language chosen at the moment it is called.
using Telling = std::function<QString()>;

// Why an operation did not happen. `code` is stable and machine-readable ("store.newer-schema");
// `message` is translated, names the problem and what to do next. A failure made from a telling
// says its message again in the language the clerk switched to (`retold()`); one made from a
// finished string keeps the language it was made in.
struct Failure
{
    Failure() = default;
    Failure(QString code, QString message)
        : code(std::move(code))
        , message(std::move(message))
    { }
    Failure(QString code, Telling tell)
        : code(std::move(code))
        , message(tell())
        , tell(std::move(tell))
    { }

    QString retold() const { return tell ? tell() : message; }

    QString code;
    QString message;
    Telling tell;
};

// A failure whose code is a literal, as nearly every call site writes it.
inline Failure failure(const char *code, QString message)
{
    return { QString::fromLatin1(code), std::move(message) };
}
inline Failure failure(const char *code, Telling tell)
{
    return { QString::fromLatin1(code), std::move(tell) };
}

// A value or the reason there is none. Domain code returns these instead of throwing.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Failure failure)
        : m_failure(std::move(failure))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value: `for (x : f().value())` must not iterate a destroyed temporary.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Failure &failure() const { return m_failure; }

private:
    std::optional<T> m_value;
    Failure m_failure;
};

// For operations with nothing to return.
struct Done
{ };
using Status = Result<Done>;

} // namespace RegPoint
