#include "workspaceloader.h"

#include "demoworkspace.h"
#include "workspacemeta.h"

namespace ReleaseDesk::Models {

LoadedWorkspace loadWorkspace(
    Store &store, const QString &path, const QDateTime &now, bool installDemoIfEmpty)
{
    LoadedWorkspace result;
    result.path = path;
    if (!store.open(path)) {
        result.error = store.lastError();
        return result;
    }
    if (installDemoIfEmpty && store.releases().isEmpty() && store.itemCount() == 0) {
        // Anchored on the user's day (what "today" means in the metrics), clamped to the moment.
        auto demo = DemoWorkspace::generate(now.toLocalTime().date());
        demo.endAt(now);
        if (!demo.writeTo(store)) {
            result.error = store.lastError();
            return result;
        }
    }
    result.isDemo = store.meta(WorkspaceMeta::kind) == WorkspaceMeta::demoKind;
    const auto releases = store.releases();
    if (!releases.isEmpty()) {
        result.release = releases.constFirst();
        result.items = store.itemsOfRelease(result.release, Store::Bodies::NoteExcerpt);
    } else {
        result.items = store.items();
    }
    return result;
}

} // namespace ReleaseDesk::Models
