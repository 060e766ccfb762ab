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
/// A command's name and its help texts, as data (app/commandtexts.cpp): the texts are marked with
/// QT_TRANSLATE_NOOP and translated by CommandParser once the translations are installed.
struct CommandText
{
    const char *name;
    const char *description;
    const char *help;
    const char *context = "ReleaseDesk::App";

    /// The entry of the command called `name` (a programming error if there is none).
    static const CommandText &of(const char *name);
};

namespace Detail {
/// CommandParser's first base: the command is set up (translations installed) before any of the
/// parser's members, whose option texts are translated as they are made.
struct CommandSetUp
{
    explicit CommandSetUp(QCoreApplication &app);
};
} // namespace Detail

class CommandParser : private Detail::CommandSetUp, public QCommandLineParser
{
public:
    enum class Demo { Offered, NotOffered };

    /// Sets the command up (setUpCommand(): name, version, the system language's translations), then
    /// the help texts in that language.
    CommandParser(QCoreApplication &app, const char *command, Demo demo = Demo::Offered);

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
