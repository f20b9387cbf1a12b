#include "Icons.h"

#include <QDir>
#include <QIcon>
#include <QImageReader>

namespace lotbook {

namespace {
const QString kSearchPath = QStringLiteral(":/icons");
} // namespace

void installIconFallback()
{
    // Qt looks for theme folders in the search paths; the fallback theme is
    // compiled in under :/icons (Qt lists that path by default, but a caller
    // may have replaced the list).
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(kSearchPath)) {
        paths.append(kSearchPath);
        QIcon::setThemeSearchPaths(paths);
    }
    // Consulted after the platform theme and its parents: a name the platform
    // theme has keeps the platform's look, a missing one comes from ours.
    QIcon::setFallbackThemeName(QLatin1String(kFallbackIconTheme));
    // Where the platform names no theme at all (the offscreen and minimal
    // platforms) Qt 6.4 finds no icon, not even in the fallback theme: ours
    // becomes the theme then.
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(QLatin1String(kFallbackIconTheme));
}

QStringList fallbackIconNames()
{
    // Every name has a 24-px PNG (render.sh makes all sizes from the SVGs).
    const QDir dir(kSearchPath + QLatin1Char('/') + QLatin1String(kFallbackIconTheme) +
                   QStringLiteral("/24x24/actions"));
    QStringList names;
    for (const QString &file : dir.entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name))
        names.append(file.chopped(4));
    return names;
}

QIcon applicationIcon()
{
    const bool svg = QImageReader::supportedImageFormats().contains("svg");
    return QIcon(svg ? QStringLiteral(":/icons/lotbook.svg")
                     : QStringLiteral(":/icons/lotbook-64.png"));
}

} // namespace lotbook
