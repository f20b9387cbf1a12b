#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace lotbook {

namespace {
QTranslator *install(QCoreApplication &app, const QLocale &locale, const QString &prefix,
                     const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, prefix, QStringLiteral("_"), directory) &&
        QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}
} // namespace

QList<QTranslator *> installTranslations(QCoreApplication &app, const QLocale &locale)
{
    QList<QTranslator *> installed;
    // Qt's own strings: standard buttons, QCommandLineParser's --help, the
    // file and date pickers. Debian ships them in qt6-translations-l10n.
    if (QTranslator *qt = install(app, locale, QStringLiteral("qtbase"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installed << qt;
    // Installed last, so it is asked first.
    if (QTranslator *own =
            install(app, locale, QStringLiteral("lotbook"), QStringLiteral(":/i18n")))
        installed << own;
    return installed;
}

} // namespace lotbook
