#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ReleaseDesk::App {

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Dates and numbers follow the chosen language too, not only the words.
    QLocale::setDefault(locale);
    // Qt's own strings (dialog buttons, context menus) first, ours on top.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qt"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // English plural forms ("1 change", "3 changes") under every language: a language without its
    // own translation still reads English, not "change(s)".
    auto *pluralTranslator = new QTranslator(&app);
    if (pluralTranslator->load(QStringLiteral("releasedesk_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(pluralTranslator);
    auto *ownTranslator = new QTranslator(&app);
    if (ownTranslator->load(
            locale, QStringLiteral("releasedesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ownTranslator);
}

void setUpCommand(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("releasedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELEASEDESK_VERSION));
    installTranslations(app, QLocale::system());
}

void useOffscreenPlatformUnlessSet()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ReleaseDesk::App", text);
}

} // namespace ReleaseDesk::App
