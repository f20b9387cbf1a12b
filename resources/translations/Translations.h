// Lotbook's translations (resources/translations/lotbook_<lang>.ts, compiled
// to .qm at build time and embedded under :/i18n) and Qt's own (qtbase_<lang>.qm
// from the Qt installation, when present), installed for one locale.
#pragma once

#include <QList>
#include <QLocale>

class QCoreApplication;
class QTranslator;

namespace lotbook {

// Installs the translators for the first of `locale`'s UI languages that has
// a file (for the system locale: LANGUAGE, else LC_ALL, LC_MESSAGES, LANG).
// `app` owns them; they are returned so a caller can remove them again.
// Nothing is installed for the C locale; English gets only its plural forms.
QList<QTranslator *> installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace lotbook
