#pragma once

#include "cherrypick/cherrypickmatrix.h"

#include "api/item.h"
#include "api/release.h"

#include <QDateTime>

namespace ReleaseDesk::Models {

class Store;

/// The cherry-pick matrix's tables in the workspace (schema 8): each release's policy, the
/// cherry-pick comments of fixes, and the sync's watermark per repository and branch. Kept apart
/// from Store, on the same connection and in the same transactions.
class CherryPickStore final
{
public:
    explicit CherryPickStore(Store &store)
        : m_store(store)
    { }

    /// The release's policy; the defaults (no maintained branch) when none is stored or the
    /// release is not saved.
    CherryPickPolicy policy(qint64 releaseId) const;
    bool setPolicy(qint64 releaseId, const CherryPickPolicy &policy);

    /// Adds comments (or updates one with the same fix and URL); the fixes' repositories need not
    /// be stored yet. Only comments that speak of cherry-picks are kept (isCherryPickComment).
    bool addComments(const QList<CherryPickComment> &comments);
    /// The stored comments of the fixes in `repositories` (all when empty), oldest first.
    QList<CherryPickComment> comments(const QList<Api::RepositoryRef> &repositories = {}) const;

    /// Where the sync of `branch` in `repository` stops: the newest updatedAt fully read (invalid:
    /// never read).
    QDateTime watermark(const Api::RepositoryRef &repository, const QString &branch) const;
    bool setWatermark(
        const Api::RepositoryRef &repository, const QString &branch, const QDateTime &updatedSince);

    /// The pull requests whose base is the release's main branch or one of `policy`'s branches, in
    /// the release's repositories: what computeCherryPickMatrix reads (bodies are whole: the link clue
    /// is in them).
    QList<Api::Item> pullRequests(const Api::Release &release, const CherryPickPolicy &policy) const;

    /// The release's matrix as the workspace holds it, by its stored policy.
    CherryPickMatrix matrix(const Api::Release &release) const;

private:
    Store &m_store;
};

} // namespace ReleaseDesk::Models
