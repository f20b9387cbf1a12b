#include "ThemeColors.h"

#include <QApplication>
#include <QStyle>

namespace lotbook {

namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}
} // namespace

QColor errorTextColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor expiryBackground(ExpiryState state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case ExpiryState::Expired:
        return dark ? QColor(0x6b, 0x1e, 0x24) : QColor(0xf8, 0xd2, 0xd5);
    case ExpiryState::ExpiringSoon:
        return dark ? QColor(0x5e, 0x4a, 0x0c) : QColor(0xff, 0xee, 0xba);
    default:
        return {};
    }
}

QIcon expiryIcon(ExpiryState state)
{
    switch (state) {
    case ExpiryState::Expired:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case ExpiryState::ExpiringSoon:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    default:
        return {};
    }
}

} // namespace lotbook
