#include "Console.h"

#include <QCoreApplication>
#include <cstdio>

namespace lotbook::cli {

namespace {
// This file's strings; lupdate files them under the "Console" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Console)
};
} // namespace

Console::Console() : m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

Console::~Console()
{
    m_out.flush();
    m_err.flush();
}

void Console::print(const QString &text)
{
    m_out << text;
    if (!text.endsWith(QLatin1Char('\n')))
        m_out << QLatin1Char('\n');
    m_out.flush();
}

void Console::error(const QString &message)
{
    // Keep stdout and stderr in order when both go to the same terminal.
    m_out.flush();
    const QStringList lines = message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        m_err << Text::tr("error: %1").arg(line) << QLatin1Char('\n');
    m_err.flush();
}

void Console::hint(const QString &message)
{
    m_out.flush();
    m_err << message;
    if (!message.endsWith(QLatin1Char('\n')))
        m_err << QLatin1Char('\n');
    m_err.flush();
}

int Console::fail(const FieldErrors &errors, int exitCode)
{
    for (const FieldError &e : errors)
        error(e.message);
    return exitCode;
}

} // namespace lotbook::cli
