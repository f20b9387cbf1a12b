// Icons follow the platform's icon theme (Adwaita, Breeze, ...) where it has
// a name, and fall back to Lotbook's own set (resources/icons/lotbook-fallback,
// compiled in) so the app looks complete on a bare machine. Widgets ask for
// icons by freedesktop name with QIcon::fromTheme(); every name used in ui/
// must exist in the fallback set (checked by tests/ui/IconTests.cpp).
#pragma once

#include <QIcon>
#include <QStringList>

namespace lotbook {

// The fallback theme's name: its folder under the :/icons search path.
inline constexpr char kFallbackIconTheme[] = "lotbook-fallback";

// Registers the fallback theme with QIcon (and makes it the theme where the
// platform has none). Call once the QApplication exists and before the first
// QIcon::fromTheme(); calling it again does nothing.
void installIconFallback();

// Lotbook's own icon for windows: the PNG draws without Qt's SVG plugin
// (libqt6svg6 is not always installed), the SVG where the plugin is there.
QIcon applicationIcon();

// The icon names the fallback theme provides, sorted.
QStringList fallbackIconNames();

} // namespace lotbook
