#include "commandworkspace.h"

#include "store/itemrepository.h"
#include "store/releaserepository.h"
#include "translations.h"

#include "accountlist.h"
#include "workspaceloader.h"
#include "workspacelocation.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <algorithm>

namespace ReleaseDesk::App {

QCommandLineOption CommandWorkspace::workspaceOption()
{
    return {QStringLiteral("workspace"),
        QCoreApplication::translate(
            "CommandWorkspace", "The workspace FILE (default: the one the app opens)."),
        QCoreApplication::translate("CommandWorkspace", "FILE")};
}

QCommandLineOption CommandWorkspace::demoOption()
{
    return {QStringLiteral("demo"),
        QCoreApplication::translate("CommandWorkspace",
            "Fill an empty workspace FILE with the demo release (a named workspace is otherwise left as it "
            "is).")};
}

QCommandLineOption CommandWorkspace::releaseOption()
{
    return {QStringLiteral("release"),
        QCoreApplication::translate("CommandWorkspace", "The release NAME (default: the first one)."),
        QCoreApplication::translate("CommandWorkspace", "NAME")};
}

int CommandWorkspace::open(const QString &workspacePath, const QString &releaseName, bool demoRequested)
{
    QTextStream err(stderr);
    QSettings settings;
    const Models::AccountList accounts(&settings);
    path = !workspacePath.isEmpty() ? workspacePath
        : accounts.isEmpty()        ? Models::WorkspaceLocation::demoWorkspacePath()
                                    : Models::WorkspaceLocation::defaultWorkspacePath();
    // The demo goes only where the user did not name a file, or asked for it.
    const bool installDemo
        = (demoRequested && !workspacePath.isEmpty()) || (workspacePath.isEmpty() && accounts.isEmpty());
    auto workspace = Models::loadWorkspace(store, path, QDateTime::currentDateTimeUtc(), installDemo);
    if (workspace.error) {
        err << workspace.error.message << Qt::endl;
        return 3;
    }
    path = workspace.path;
    release = workspace.release;
    items = workspace.items;
    if (!releaseName.isEmpty() && releaseName != release.name) {
        const auto found = Models::ReleaseRepository(store).release(releaseName);
        if (!found) {
            err << QCoreApplication::translate("CommandWorkspace", "The workspace has no release \"%1\".")
                       .arg(releaseName)
                << Qt::endl;
            return 2;
        }
        release = *found;
        items = Models::ItemRepository(store).itemsOfRelease(
            release, Models::ItemRepository::Bodies::NoteExcerpt);
    }
    return 0;
}

Detail::CommandSetUp::CommandSetUp(QCoreApplication &app)
{
    setUpCommand(app);
}

CommandParser::CommandParser(QCoreApplication &app, const char *command, Demo demo)
    : CommandSetUp(app)
    , m_demo(demo)
{
    const auto &text = CommandText::of(command);
    setApplicationDescription(QCoreApplication::translate(text.context, text.description));
    addHelpOption();
    addPositionalArgument(
        QString::fromLatin1(text.name), QCoreApplication::translate(text.context, text.help));
}

void CommandParser::process(
    const QCoreApplication &app, std::initializer_list<const QCommandLineOption *> own)
{
    addOption(workspaceOption);
    addOption(releaseOption);
    if (m_demo == Demo::Offered)
        addOption(demoOption);
    for (const auto *option : own)
        addOption(*option);
    QCommandLineParser::process(app);
}

std::optional<QString> CommandParser::oneOf(const QCommandLineOption &option,
    std::initializer_list<QStringView> allowed, const QString &message) const
{
    const auto word = value(option);
    if (std::find(allowed.begin(), allowed.end(), QStringView(word)) != allowed.end())
        return word;
    QTextStream(stderr) << message << Qt::endl;
    return std::nullopt;
}

int CommandParser::open(CommandWorkspace &workspace) const
{
    return workspace.open(
        value(workspaceOption), value(releaseOption), m_demo == Demo::Offered && isSet(demoOption));
}

} // namespace ReleaseDesk::App
