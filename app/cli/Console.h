// Where lotbook-cli writes: results to stdout, errors and hints to stderr, both
// UTF-8. Errors are printed as "error: <message>", one line per problem.
#pragma once

#include "Result.h"

#include <QTextStream>

namespace lotbook::cli {

class Console
{
public:
    Console();
    ~Console();
    Console(const Console &) = delete;
    Console &operator=(const Console &) = delete;

    QTextStream &out() { return m_out; }
    // Writes `text` to stdout, adding a final newline when it has none.
    void print(const QString &text);

    void error(const QString &message);
    void hint(const QString &message);
    // Prints every error and returns `exitCode`, for `return console.fail(r.errors());`.
    int fail(const FieldErrors &errors, int exitCode);

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace lotbook::cli
