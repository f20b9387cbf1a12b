// The few colours Lotbook adds to the palette, chosen by whether the palette
// is light or dark so they read in both: error text and expiry backgrounds.
#pragma once

#include "Expiry.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace lotbook {

QColor errorTextColor(const QPalette &palette);
// Background for a lot's expiry state; invalid QColor when it needs none.
QColor expiryBackground(ExpiryState state, const QPalette &palette);
// Marker icon for expired / expiring-soon lots; null otherwise.
QIcon expiryIcon(ExpiryState state);

} // namespace lotbook
