#pragma once

#include "api/apierror.h"
#include "api/branchci.h"
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

struct PageInfo
{
    bool hasNextPage = false;
    QString endCursor;
    int totalCount = -1;
};

/// An item whose nested lists did not fit in one page, and where to continue each of them.
struct ItemFollowUp
{
    QString nodeId;
    ItemKey key;
    bool isPullRequest = false;
    std::optional<QString> labelsAfter;
    std::optional<QString> contextsAfter;
    std::optional<QString> timelineAfter;
    /// Required context names for the item's base branch, to flag contexts fetched later.
    QStringList requiredContexts;
};

struct ReleaseItemsPage
{
    ApiError error; ///< set when nothing usable came back
    bool repositoryFound = true;
    bool milestoneFound = true;
    PageInfo issues;
    PageInfo pullRequests;
    QList<Item> items;
    QList<TimelineEvent> events;
    QList<ItemFollowUp> followUps;
    QList<BranchCi> branches;
    /// Errors GitHub reported next to partial data, one line per affected item; the rest is usable.
    QStringList itemErrors;
    RateLimitStatus rate;
};

/// One page of the commits between two refs, reduced to the merged pull requests they belong to.
struct CompareRangePage
{
    ApiError error; ///< set when nothing usable came back
    bool fromFound = true; ///< the range's start (tag or branch) exists
    bool toFound = true; ///< the range's end exists
    QString headOid; ///< the commit the range ends at: an unchanged oid means an unchanged range
    int aheadBy = 0; ///< commits in the range (all pages)
    PageInfo commits;
    int commitsOnPage = 0;
    /// Merged pull requests of this page's commits, each once; open or closed ones are not the
    /// release's content.
    QList<Item> items;
    QList<TimelineEvent> events;
    QList<ItemFollowUp> followUps;
    QStringList itemErrors;
    RateLimitStatus rate;
};

/// A comment on an issue or pull request, as read (untrusted text).
struct ItemComment
{
    ItemKey item;
    QString author;
    QDateTime at;
    QUrl url;
    QString body;
};

/// One page of the pull requests whose base is one branch (BranchPullRequests), newest update first.
struct BranchPullRequestsPage
{
    ApiError error; ///< set when nothing usable came back
    bool repositoryFound = true;
    PageInfo pullRequests;
    QList<Item> items;
    QList<TimelineEvent> events;
    QList<ItemFollowUp> followUps;
    /// The last comments of each pull request, when asked for.
    QList<ItemComment> comments;
    QStringList itemErrors;
    RateLimitStatus rate;
};

struct ItemConnectionsPage
{
    ApiError error;
    QList<Label> labels;
    QList<CiContext> contexts;
    QList<TimelineEvent> events;
    PageInfo labelsPage;
    PageInfo contextsPage;
    PageInfo timelinePage;
    RateLimitStatus rate;
};

struct RepositoryMetaPage
{
    ApiError error;
    bool repositoryFound = true;
    QList<Label> labels;
    QList<Milestone> milestones;
    PageInfo labelsPage;
    PageInfo milestonesPage;
    RateLimitStatus rate;
};

struct ViewerInfo
{
    ApiError error;
    QString login;
    QString name;
    RateLimitStatus rate;
};

struct RepositoryListPage
{
    ApiError error;
    QList<RepositoryRef> repositories;
    PageInfo page;
    RateLimitStatus rate;
};

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
