#pragma once

#include <QString>

class QCoreApplication;
class QLocale;

namespace ReleaseDesk::App {

/// Installs Qt's own and Release Desk's translations for the locale (the system's by default).
void installTranslations(QCoreApplication &app, const QLocale &locale);

/// What every headless command does first: the application's name and version, and the system
/// language's translations.
void setUpCommand(QCoreApplication &app);

/// For the commands that draw (fonts, charts) without a display: the offscreen platform, unless
/// QT_QPA_PLATFORM names one. Call before the application object is made.
void useOffscreenPlatformUnlessSet();

/// tr() for the headless commands' free functions. lupdate files tr() calls made in free functions under
/// the enclosing namespace, so the strings are looked up in that context ("ReleaseDesk::App"); a
/// class-less tr() with any other context would silently stay English.
QString tr(const char *text);

} // namespace ReleaseDesk::App
