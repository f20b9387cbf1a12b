// Errors as values. A Result carries either a value or a list of field errors,
// each naming the field (a stable id such as "part_number") and saying, in
// words a clerk understands, what is wrong. Callers must look at ok().
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

namespace lotbook {

struct FieldError
{
    QString field;   // stable id of the field ("lot_number"), or "" for the whole record
    QString message; // human sentence, already translated
    bool operator==(const FieldError &) const = default;
};

using FieldErrors = QList<FieldError>;

template <typename T> class Result
{
public:
    Result() = default;
    Result(T value) : m_value(std::move(value)) {}
    Result(FieldErrors errors) : m_errors(std::move(errors)) {}
    static Result failure(const QString &field, const QString &message)
    {
        return Result(FieldErrors{{field, message}});
    }

    bool ok() const { return m_errors.isEmpty(); }
    explicit operator bool() const { return ok(); }

    const T &value() const { return m_value; }
    T &value() { return m_value; }
    T take() { return std::move(m_value); }

    const FieldErrors &errors() const { return m_errors; }
    // The first message for a field, or an empty string.
    QString errorFor(const QString &field) const
    {
        for (const auto &e : m_errors)
            if (e.field == field)
                return e.message;
        return {};
    }
    // All messages, one per line: for a status bar, stderr or a message box.
    QString message() const
    {
        QStringList lines;
        for (const auto &e : m_errors)
            lines << e.message;
        return lines.join(QLatin1Char('\n'));
    }

private:
    T m_value{};
    FieldErrors m_errors;
};

using Status = Result<std::monostate>;
inline Status success()
{
    return Status(std::monostate{});
}

} // namespace lotbook
