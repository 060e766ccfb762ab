#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

namespace ReleaseDesk::App {

/// The parsed command line. Parsing is separate from acting so that errors are reported before
/// anything opens.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString workspacePath; ///< empty: the default (demo) workspace
    bool demo = false; ///< fill an empty named workspace with the demo
    QString screenshotPath; ///< non-empty: render the main window to this PNG and exit
    QString language; ///< empty: follow the system
    QString view; ///< board (default), table, notes, metrics or signal: the place shown first
    QSize windowSize; ///< valid: the window's size (for screenshots at a given screen size)
    QString theme; ///< empty: the settings' theme; otherwise system, light or dark
    QString error; ///< non-empty: print it with the usage and exit with status 2

    /// Parses and handles --help and --version itself (printing and exiting), as Qt tools do.
    /// Needs a QCoreApplication, not a display.
    static CommandLine parse(const QStringList &arguments);
};

} // namespace ReleaseDesk::App
