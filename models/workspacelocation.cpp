#include "workspacelocation.h"

#include <QDir>
#include <QStandardPaths>

namespace ReleaseDesk::Models::WorkspaceLocation {

QString folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("workspaces"));
}

QString demoWorkspacePath()
{
    return QDir(folder()).filePath(QStringLiteral("demo.sqlite"));
}

QString defaultWorkspacePath()
{
    return QDir(folder()).filePath(QStringLiteral("default.sqlite"));
}

} // namespace ReleaseDesk::Models::WorkspaceLocation
