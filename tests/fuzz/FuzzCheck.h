// What the fuzz targets share: an invariant check that stops the process
// (libFuzzer then saves the input as a crash) and short QString printing.
#pragma once

#include <QString>
#include <cstdio>
#include <cstdlib>

namespace lotbook::fuzz {

[[noreturn]] inline void failed(const char *condition, const char *file, int line,
                                const QString &detail)
{
    std::fprintf(stderr, "%s:%d: invariant failed: %s\n  %s\n", file, line, condition,
                 qUtf8Printable(detail));
    std::abort();
}

// Text for a failure message: quoted, with control and non-ASCII characters
// escaped so the report shows exactly what was compared.
inline QString shown(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"') &&
            c != QLatin1Char('\\'))
            out += c;
        else
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return out + QLatin1Char('"');
}

} // namespace lotbook::fuzz

// Checks an invariant; `detail` (a QString expression) is printed on failure.
#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::lotbook::fuzz::failed(#condition, __FILE__, __LINE__, (detail));                     \
    } while (false)
