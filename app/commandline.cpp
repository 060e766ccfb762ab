#include "commandline.h"

#include <QCommandLineParser>

namespace ReleaseDesk::App {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Release Desk: the blocker board, metrics and release notes of a multi-repository release.\n"
           "\n"
           "Without a command, opens the window. Commands (releasedesk help COMMAND for theirs):\n"
           "  sync     fetch a release's issues, pull requests and CI from GitHub into the workspace\n"
           "  board    print the blocker board (table, JSON or Markdown)\n"
           "  cherry-picks  print the cherry-pick matrix over the maintained branches\n"
           "  notes    print or export the release notes\n"
           "  metrics  print the metrics' tables (CSV or JSON)\n"
           "  report   write the retrospective report (HTML and Markdown with charts)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
        tr("Open the workspace FILE (an SQLite file; created when missing, and then empty). Default: the "
           "demo workspace until an account is set up, then the default workspace."),
        tr("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        tr("Fill an empty workspace FILE with the demo release (a named workspace is otherwise left as it "
           "is)."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        tr("Render the main window to FILE.png without showing it, then exit."), tr("FILE.png"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        tr("Use LANG (for example en or zh_CN) instead of the system language."), tr("LANG"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
        tr("Show VIEW first: board (default), table, notes, metrics, signal or cherry-picks."), tr("VIEW"),
        QStringLiteral("board"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        tr("Use THEME instead of the one in the settings: system, light or dark."), tr("THEME"));
    const QCommandLineOption sizeOption(QStringLiteral("window-size"),
        tr("Open the window at WIDTHxHEIGHT pixels (for example 1366x768)."), tr("WIDTHxHEIGHT"));
    parser.addOption(viewOption);
    parser.addOption(sizeOption);
    parser.addOption(themeOption);
    parser.addOption(workspaceOption);
    parser.addOption(demoOption);
    parser.addOption(screenshotOption);
    parser.addOption(languageOption);

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        result.error = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }
    result.workspacePath = parser.value(workspaceOption);
    result.demo = parser.isSet(demoOption);
    if (result.demo && result.workspacePath.isEmpty())
        result.error = tr("--demo fills the workspace named with --workspace FILE: name one (a new file).");
    result.screenshotPath = parser.value(screenshotOption);
    result.language = parser.value(languageOption);
    result.view = parser.value(viewOption);
    result.theme = parser.value(themeOption);
    if (!result.theme.isEmpty()
        && !QStringList {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}.contains(
            result.theme))
        result.error = tr("--theme takes system, light or dark, not %1").arg(result.theme);
    if (!QStringList {QStringLiteral("board"), QStringLiteral("table"), QStringLiteral("notes"),
            QStringLiteral("metrics"), QStringLiteral("signal"), QStringLiteral("cherry-picks")}
             .contains(result.view))
        result.error = tr("--view takes board, table, notes, metrics, signal or cherry-picks, not %1")
                           .arg(result.view);
    if (parser.isSet(sizeOption)) {
        const auto parts = parser.value(sizeOption).split(QLatin1Char('x'));
        const int width = parts.size() == 2 ? parts[0].toInt() : 0;
        const int height = parts.size() == 2 ? parts[1].toInt() : 0;
        if (width < 640 || height < 480 || width > 10000 || height > 10000)
            result.error = tr("--window-size takes WIDTHxHEIGHT in pixels, at least 640x480 (for example "
                              "1366x768), not %1")
                               .arg(parser.value(sizeOption));
        else
            result.windowSize = QSize(width, height);
    }
    if (parser.isSet(screenshotOption)
        && !result.screenshotPath.endsWith(QLatin1StringView(".png"), Qt::CaseInsensitive))
        result.error = tr("--screenshot needs a file name ending in .png");
    return result;
}

} // namespace ReleaseDesk::App
