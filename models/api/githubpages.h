#pragma once

#include "api/apierror.h"
#include "api/branchci.h"
#include "api/item.h"
#include "api/label.h"
#include "api/milestone.h"
#include "api/ratelimitstatus.h"
#include "api/timelineevent.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ReleaseDesk::Api {

/// What the GitHub service delivers: pages of value types, each with the error that spoiled it (if
/// any) and the rate-limit budget GitHub reported with it.
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

} // namespace ReleaseDesk::Api
