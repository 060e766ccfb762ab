#pragma once

#include "store.h"

#include "api/item.h"
#include "api/release.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <initializer_list>
#include <optional>

class QCoreApplication;

namespace ReleaseDesk::App {

/// The workspace and release a headless command works on: the workspace the window would open (the
/// demo until an account exists) unless --workspace says otherwise, and the first release unless
/// --release names one. Shared by `board`, `notes` and the other commands so they agree.
struct CommandWorkspace
{
    Models::Store store;
    QString path;
    Api::Release release;
    QList<Api::Item> items;

    /// The --workspace and --release options every command takes.
    static QCommandLineOption workspaceOption();
    static QCommandLineOption releaseOption();
    static QCommandLineOption demoOption();

    /// Returns 0, or the exit status after printing why on stderr (3: cannot open, 2: no such release).
    int open(const QString &workspacePath, const QString &releaseName, bool demoRequested = false);
};

/// The opening every workspace command shares: --help with the command's description and name, the
/// --workspace and --release options (and --demo) before the command's own, the check of a value that
/// must be one of a few words (--format), and the opening of the workspace and release they name.
class CommandParser : public QCommandLineParser
{
public:
    enum class Demo { Offered, NotOffered };

    CommandParser(const QString &description, const QString &command, const QString &commandHelp,
        Demo demo = Demo::Offered);

    /// Adds the command's own options after the shared ones and processes the arguments (--help exits).
    void process(const QCoreApplication &app, std::initializer_list<const QCommandLineOption *> own);

    /// The option's value when it is one of `allowed`; otherwise prints `message` on stderr and returns
    /// nothing (the command then exits with status 2).
    std::optional<QString> oneOf(const QCommandLineOption &option, std::initializer_list<QStringView> allowed,
        const QString &message) const;

    /// Opens what --workspace, --release (and --demo) name: 0, or the exit status (CommandWorkspace::open).
    int open(CommandWorkspace &workspace) const;

    const QCommandLineOption workspaceOption = CommandWorkspace::workspaceOption();
    const QCommandLineOption releaseOption = CommandWorkspace::releaseOption();
    const QCommandLineOption demoOption = CommandWorkspace::demoOption();

private:
    Demo m_demo;
};

} // namespace ReleaseDesk::App
