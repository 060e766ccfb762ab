#pragma once

class QCoreApplication;
class QLocale;

namespace ReleaseDesk::App {

/// Installs Qt's own and Release Desk's translations for the locale (the system's by default).
void installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace ReleaseDesk::App
