// An import's errors as text, one per line ("12 [Expiration date] why"), for
// INFO() when a test expected the import to succeed.
#pragma once

#include "LotImport.h"

#include <string>

namespace lotbook::test {

inline std::string errorText(const ImportReport &report)
{
    std::string text;
    for (const ImportError &e : report.errors)
        text += std::to_string(e.line) + " [" + e.column.toStdString() + "] " +
                e.message.toStdString() + "\n";
    return text;
}

} // namespace lotbook::test
