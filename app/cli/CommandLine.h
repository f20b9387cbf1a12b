// The top level of lotbook-cli: the global options (--db, --user, --version,
// --help), finding the command in the table, and the overview help.
#pragma once

#include <QStringList>

namespace lotbook::cli {

class Console;

// Runs the command line `arguments` (the program name first); returns the exit code.
int run(const QStringList &arguments, Console &console);

} // namespace lotbook::cli
