#include "workspaceloader.h"
#include "store/itemrepository.h"
#include "store/releaserepository.h"

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
    if (installDemoIfEmpty && ReleaseRepository(store).releases().isEmpty()
        && ItemRepository(store).itemCount() == 0) {
        // Anchored on the user's day (what "today" means in the metrics), clamped to the moment.
        auto demo = DemoWorkspace::generate(now.toLocalTime().date());
        demo.endAt(now);
        if (!demo.writeTo(store)) {
            result.error = store.lastError();
            return result;
        }
    }
    result.isDemo = store.meta(WorkspaceMeta::kind) == WorkspaceMeta::demoKind;
    const auto releases = ReleaseRepository(store).releases();
    if (!releases.isEmpty()) {
        result.release = releases.constFirst();
        result.items
            = ItemRepository(store).itemsOfRelease(result.release, ItemRepository::Bodies::NoteExcerpt);
    } else {
        result.items = ItemRepository(store).items();
    }
    return result;
}

} // namespace ReleaseDesk::Models
