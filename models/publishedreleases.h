#pragma once

#include "notes/notesrenderer.h"

#include "api/itemkey.h"
#include "api/release.h"
#include "api/releasedraft.h"

#include <QList>

#include <optional>

namespace ReleaseDesk::Models {

class Store;

/// The releases a sync read of a repository, kept in the workspace's meta table (a JSON list per
/// repository: a few hundred small records at most, replaced whole at each sync).
bool storePublishedReleases(
    Store &store, const Api::RepositoryRef &repository, const QList<Api::PublishedRelease> &releases);
/// nullopt when no sync has read them yet (which is not the same as a repository without releases).
std::optional<QList<Api::PublishedRelease>> loadPublishedReleases(
    const Store &store, const Api::RepositoryRef &repository);

/// The release-drafter part of a notes context: the release's first repository ($OWNER, $REPOSITORY)
/// and its releases as the last sync read them (none read yet: the context says so).
void addDrafterContext(NotesRenderContext &context, const Api::Release &release, const Store &store);

} // namespace ReleaseDesk::Models
