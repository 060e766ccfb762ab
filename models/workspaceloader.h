#pragma once

#include "api/item.h"
#include "api/release.h"
#include "store.h"

#include <QDateTime>

namespace ReleaseDesk::Models {

/// What a window or a command needs from an opened workspace, as values.
struct LoadedWorkspace
{
    QString path;
    bool isDemo = false;
    Api::Release release;
    QList<Api::Item> items;
    StoreError error; ///< set when loading failed; the message says what to do
};

/// Opens `path` in `store`; an empty workspace receives the demo release as it stands at `now` when
/// `installDemoIfEmpty` (no account configured yet). Loads the first release and its items.
LoadedWorkspace loadWorkspace(
    Store &store, const QString &path, const QDateTime &now, bool installDemoIfEmpty = true);

} // namespace ReleaseDesk::Models
