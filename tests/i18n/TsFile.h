// A Qt Linguist .ts file as the i18n tests see it: every message with its
// context, source, comment and translation state, and lupdate run on the
// sources the way the lotbook_lupdate target runs it.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lotbook::test {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "" (finished), "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
    // What lupdate matches a message on.
    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error; // empty when the file was read
};

TsFile readTs(const QString &path);

struct LupdateRun
{
    int exitCode = -1;
    QStringList warnings; // "file:line: ..." lines lupdate printed
    TsFile updated;
};

// Copies `tsPath` into a temporary folder and lets lupdate update the copy from
// the sources, with LOTBOOK_LUPDATE_ARGS (plus -pluralonly when asked).
LupdateRun runLupdateOnCopy(const QString &tsPath, bool pluralOnly);

// resources/translations/<name> in the source tree.
QString translationSource(const char *name);

} // namespace lotbook::test
