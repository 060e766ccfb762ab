#include "commandworkspace.h"
#include "store/itemrepository.h"
#include "store/releaserepository.h"

#include "accountlist.h"
#include "workspaceloader.h"
#include "workspacelocation.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

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

} // namespace ReleaseDesk::App
