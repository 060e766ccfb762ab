#pragma once

#include "api/apierror.h"
#include "api/branchci.h"
#include "api/githubpages.h"
#include "api/item.h"
#include "api/label.h"
#include "api/milestone.h"
#include "api/ratelimitstatus.h"
#include "api/releasedraft.h"
#include "api/timelineevent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace ReleaseDesk::Api {

/// Pure functions: JSON bytes from GitHub in, values out. They never throw and never crash on
/// unexpected shapes (nulls, wrong types, unknown enum values, invalid UTF-8); what they cannot use
/// is reported, not guessed.
class GitHubParsers
{
    Q_DECLARE_TR_FUNCTIONS(GitHubParsers)

public:
    /// `releaseBranch` and `mainBranch` name the branches asked for, so that a branch GitHub does not
    /// have is reported as missing (BranchCi::found false) rather than dropped.
    static ReleaseItemsPage parseReleaseItems(const QByteArray &json, const RepositoryRef &repository,
        const QString &releaseBranch = {}, const QString &mainBranch = {});
    static CompareRangePage parseCompareRange(const QByteArray &json, const RepositoryRef &repository);
    static BranchPullRequestsPage parseBranchPullRequests(
        const QByteArray &json, const RepositoryRef &repository);
    static ItemConnectionsPage parseItemConnections(const QByteArray &json, const ItemFollowUp &item);
    static RepositoryMetaPage parseRepositoryMeta(const QByteArray &json);
    static ViewerInfo parseViewer(const QByteArray &json);
    static RepositoryListPage parseViewerRepositories(const QByteArray &json, const QString &host);

    /// A REST release (the answer to creating or updating one).
    struct ReleaseInfo
    {
        ApiError error;
        bool found = false;
        bool isDraft = false;
        qint64 id = 0;
        QUrl htmlUrl;
    };
    static ReleaseInfo parseRelease(const QByteArray &json);
    /// The release with this tag in a REST list of releases (found is false when none has it).
    static ReleaseInfo parseReleaseWithTag(const QByteArray &json, const QString &tagName);
    /// One page of a REST list of releases; nullopt when the answer is not such a list.
    static std::optional<QList<PublishedRelease>> parsePublishedReleases(const QByteArray &json);
};

} // namespace ReleaseDesk::Api
