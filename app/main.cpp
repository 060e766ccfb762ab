// Release Desk's composition root: parses the command line, builds the concrete store and models,
// and hands them to the views.

#include "boardcommand.h"
#include "cherrypickscommand.h"
#include "commandline.h"
#include "desktopapp.h"
#include "metricscommand.h"
#include "notescommand.h"
#include "preferences.h"
#include "signalcommand.h"
#include "synccommand.h"
#include "theme.h"
#include "translations.h"

#include "cherrypickpanel.h"
#include "icons.h"
#include "mainwindow.h"
#include "metricspanel.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QTextStream>

#include <optional>

using namespace ReleaseDesk;

namespace {

QLocale requestedLocale(const QStringList &arguments)
{
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == QLatin1StringView("--language"))
            return QLocale(arguments[i + 1]);
    }
    // Then the language chosen in Settings (needs the application's name for QSettings).
    QSettings settings;
    const auto chosen = Models::Preferences(&settings).language();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("releasedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELEASEDESK_VERSION));
}

// Command-line errors, --help and --version must work without a display, so they are handled
// before any GUI application object exists.
std::optional<App::CommandLine> parseWithoutDisplay(int &argc, char **argv, int &exitCode)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    const auto arguments = QCoreApplication::arguments();
    App::installTranslations(app, requestedLocale(arguments));
    auto commandLine = App::CommandLine::parse(arguments); // exits itself for --help and --version
    if (!commandLine.error.isEmpty()) {
        QTextStream(stderr) << commandLine.error << Qt::endl
                            << QCoreApplication::translate(
                                   "main", "Run 'releasedesk --help' for the options.")
                            << Qt::endl;
        exitCode = 2;
        return std::nullopt;
    }
    if (commandLine.screenshotPath.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        QTextStream(stderr) << QCoreApplication::translate("main",
            "No display found (DISPLAY and WAYLAND_DISPLAY are not set). Run Release "
            "Desk from a desktop session, under a virtual display (xvfb-run releasedesk), "
            "or render the window to a file with --screenshot FILE.png.")
                            << Qt::endl;
        exitCode = 1;
        return std::nullopt;
    }
    return commandLine;
}

int renderScreenshot(QWidget &window, const QString &path)
{
    window.show();
    QApplication::processEvents();
    // Metrics are computed on a worker thread: the picture waits for them (at most ten seconds).
    QDeadlineTimer deadline(10000);
    for (auto *metrics = window.findChild<Views::MetricsPanel *>();
         metrics && metrics->isVisible() && metrics->isComputing() && !deadline.hasExpired();)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    // So is the cherry-pick matrix.
    for (auto *matrix = window.findChild<Views::CherryPickPanel *>();
         matrix && matrix->isVisible() && matrix->isComputing() && !deadline.hasExpired();)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QApplication::processEvents();
    const auto image = window.grab().toImage();
    if (image.isNull() || !image.save(path, "PNG")) {
        QTextStream(stderr) << QCoreApplication::translate("main",
            "Cannot write the screenshot to %1: check the "
            "folder exists and is writable.")
                                   .arg(path)
                            << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // "releasedesk help board" is "releasedesk board --help"; "releasedesk help" the main help.
    QList<QByteArray> helpArguments;
    QList<char *> helpArgv;
    if (argc > 1 && qstrcmp(argv[1], "help") == 0) {
        helpArguments = {QByteArray(argv[0]), argc > 2 ? QByteArray(argv[2]) : QByteArray("--help")};
        if (argc > 2)
            helpArguments.append("--help");
        for (auto &argument : helpArguments)
            helpArgv.append(argument.data());
        helpArgv.append(nullptr);
        argc = int(helpArguments.size());
        argv = helpArgv.data();
    }
    // Headless commands run without any GUI object.
    if (argc > 1 && qstrcmp(argv[1], "sync") == 0)
        return App::runSyncCommand(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "board") == 0)
        return App::runBoardCommand(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "cherry-picks") == 0)
        return App::runCherryPicksCommand(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "notes") == 0)
        return App::runNotesCommand(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "signal") == 0)
        return App::runSignalCommand(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "metrics") == 0)
        return App::runMetricsCommand(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "report") == 0)
        return App::runReportCommand(argc, argv);

    int exitCode = 0;
    const auto commandLine = parseWithoutDisplay(argc, argv, exitCode);
    if (!commandLine)
        return exitCode;
    // A screenshot needs no screen.
    if (!commandLine->screenshotPath.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    setApplicationIdentity();
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QApplication::setDesktopFileName(QStringLiteral("io.github.releasedesk.ReleaseDesk"));
    QApplication::setWindowIcon(Views::Icons::application());
    App::installTranslations(app, requestedLocale(QApplication::arguments()));
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Release Desk"));

    QSettings settings;
    App::applyTheme(commandLine->theme.isEmpty() ? Models::Preferences(&settings).theme()
                                                 : Models::Preferences::themeFromId(commandLine->theme));
    App::DesktopApp desktop(&settings);
    QString error;
    if (!desktop.open(
            commandLine->workspacePath, commandLine->screenshotPath.isEmpty(), &error, commandLine->demo)) {
        QTextStream(stderr) << error << Qt::endl;
        if (commandLine->screenshotPath.isEmpty())
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "Cannot open the workspace"), error);
        return 3;
    }
    if (commandLine->view == u"table")
        desktop.window()->showBoard(false);
    else if (commandLine->view == u"notes")
        desktop.window()->showNotes();
    else if (commandLine->view == u"metrics")
        desktop.window()->showMetrics();
    else if (commandLine->view == u"signal")
        desktop.window()->showSignal();
    else if (commandLine->view == u"cherry-picks")
        desktop.window()->showCherryPicks();
    if (commandLine->windowSize.isValid())
        desktop.window()->resize(commandLine->windowSize);
    if (!commandLine->screenshotPath.isEmpty())
        return renderScreenshot(*desktop.window(), commandLine->screenshotPath);
    desktop.window()->show();
    return QApplication::exec();
}
