#pragma once

#include "notes/notesrenderer.h"
#include "syncengine.h"

#include "api/itemkey.h"
#include "api/release.h"
#include "api/releasedraft.h"

#include <QList>

#include <functional>
#include <optional>

namespace ReleaseDesk::Api {
class GitHubService;
}

namespace ReleaseDesk::Models {

class Store;

/// The releases a sync read of a repository, kept in the workspace's meta table (a JSON list per
/// repository: a few hundred small records at most, replaced whole at each sync).
bool storePublishedReleases(
    Store &store, const Api::RepositoryRef &repository, const QList<Api::PublishedRelease> &releases);
/// nullopt when no sync has read them yet (which is not the same as a repository without releases).
std::optional<QList<Api::PublishedRelease>> loadPublishedReleases(
    const Store &store, const Api::RepositoryRef &repository);

/// After a sync: reads and stores the releases of the release's first repository (release-drafter templates
/// compare with its last published one) when the sync completed and changed something, was full, or
/// they were never read; a re-sync that found nothing new costs nothing more. `done` receives the
/// outcome, with a problem added when the releases could not be read.
void readPublishedReleasesAfterSync(Api::GitHubService &client, Store &store, const Api::Release &release,
    SyncMode mode, const SyncOutcome &outcome, QObject *context,
    std::function<void(const SyncOutcome &)> done);

/// The release-drafter part of a notes context: the release's first repository ($OWNER, $REPOSITORY)
/// and its releases as the last sync read them (none read yet: the context says so).
void addDrafterContext(NotesRenderContext &context, const Api::Release &release, const Store &store);

} // namespace ReleaseDesk::Models
