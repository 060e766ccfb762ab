#pragma once

#include "store.h"

#include "api/item.h"
#include "api/release.h"

#include <QCommandLineOption>
#include <QString>

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

} // namespace ReleaseDesk::App
