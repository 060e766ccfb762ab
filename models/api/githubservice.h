#pragma once

#include "api/apierror.h"
#include "api/branchhistory.h"
#include "api/githubhost.h"
#include "api/githubpages.h"
#include "api/issueedit.h"
#include "api/ratelimitstatus.h"
#include "api/releasedraft.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace ReleaseDesk::Api {

/// Everything Release Desk asks of GitHub, as value types in and out. GitHubClient (GraphQL and REST
/// over the network) is the one real implementation; tests use an in-process fake
/// (tests/support/fakegithubservice.h).
///
/// One async pattern: every request takes a `context` and a callback that runs later on the caller's
/// event loop (never before the call returns), and not at all once `context` is gone. Failures arrive
/// in the page's or the result's `error`.
class GitHubService : public QObject
{
    Q_OBJECT

public:
    enum class WaitReason { RateLimitReset, SecondaryRateLimit, Backoff };
    Q_ENUM(WaitReason)

    struct Statistics
    {
        int requests = 0; ///< requests sent, retries included
        int points = 0; ///< GraphQL rate-limit points spent, as GitHub reported them
        qint64 processingNs = 0; ///< time spent parsing responses and in result callbacks
        int pageShrinks = 0; ///< times a page was asked for again at half its size
    };

    /// The open issues and pull requests of a milestone (and, on the first page, the branches' CI).
    struct ReleaseItemsRequest
    {
        RepositoryRef repository;
        int milestoneNumber = 0;
        int pageSize = 100;
        bool withIssues = true;
        QString issuesAfter;
        bool withPullRequests = true;
        QString pullRequestsAfter;
        bool withBranches = false;
        QString releaseBranch;
        QString mainBranch;
    };

    /// The commits between two refs (tags or branches) and their merged pull requests.
    struct CompareRangeRequest
    {
        RepositoryRef repository;
        QString fromRef; ///< "v4.1.2", "refs/tags/v4.1.2"
        QString toRef; ///< "release-4.1", "v4.1.3"
        /// Commits per page; each brings up to three pull requests with all their fields.
        int pageSize = 50;
        QString after;
    };

    /// The pull requests whose base is `branch`, newest update first (the cherry-pick matrix).
    struct BranchPullRequestsRequest
    {
        RepositoryRef repository;
        QString branch;
        /// OPEN, MERGED, CLOSED; empty: all.
        QStringList states;
        /// Only pull requests carrying any of these labels; empty: all.
        QStringList labels;
        bool withComments = false;
        int pageSize = 50;
        QString after;
    };

    /// The last `depth` commits of a repository's release and main branches with their CI runs.
    struct BranchHistoryRequest
    {
        RepositoryRef repository;
        QString releaseBranch; ///< empty: not asked for
        QString mainBranch; ///< empty: not asked for
        int depth = 20;
    };

    struct RepositoryMetaRequest
    {
        RepositoryRef repository;
        bool withLabels = true;
        QString labelsAfter;
        bool withMilestones = true;
        QString milestonesAfter;
    };

    using QObject::QObject;

    /// The host this service talks to (its name is what item keys carry).
    virtual const GitHubHost &host() const = 0;
    /// The budget as GitHub last reported it (not known before the first answer).
    virtual RateLimitStatus rateLimit() const = 0;
    virtual Statistics statistics() const = 0;
    /// Scopes of a classic token; empty for fine-grained tokens, which have none.
    virtual QStringList tokenScopes() const = 0;
    /// False until an answer said which scopes the token has.
    virtual bool scopesKnown() const = 0;

    virtual void fetchViewer(QObject *context, std::function<void(const ViewerInfo &)> done) = 0;
    virtual void fetchReleaseItems(const ReleaseItemsRequest &request, QObject *context,
        std::function<void(const ReleaseItemsPage &)> done)
        = 0;
    virtual void fetchCompareRange(const CompareRangeRequest &request, QObject *context,
        std::function<void(const CompareRangePage &)> done)
        = 0;
    virtual void fetchBranchPullRequests(const BranchPullRequestsRequest &request, QObject *context,
        std::function<void(const BranchPullRequestsPage &)> done)
        = 0;
    virtual void fetchItemConnections(
        const ItemFollowUp &item, QObject *context, std::function<void(const ItemConnectionsPage &)> done)
        = 0;
    virtual void fetchBranchHistory(const BranchHistoryRequest &request, QObject *context,
        std::function<void(const BranchHistoryPage &)> done)
        = 0;
    virtual void fetchRepositoryMeta(const RepositoryMetaRequest &request, QObject *context,
        std::function<void(const RepositoryMetaPage &)> done)
        = 0;
    virtual void fetchViewerRepositories(
        const QString &after, QObject *context, std::function<void(const RepositoryListPage &)> done)
        = 0;

    /// Applies one triage change; `done` receives the error, if any. Writes are not retried on
    /// server errors: GitHub may have applied them.
    virtual void editIssue(
        const IssueEdit &edit, QObject *context, std::function<void(const ApiError &)> done)
        = 0;
    /// Files a new issue; `done` receives the error, if any.
    virtual void createIssue(
        const NewIssue &issue, QObject *context, std::function<void(const ApiError &)> done)
        = 0;
    /// Creates a draft release for the tag, or updates the draft that already has it. Refuses (with a
    /// message) when a published release has the tag: that one is never touched.
    virtual void publishReleaseDraft(
        const ReleaseDraft &draft, QObject *context, std::function<void(const ReleaseDraftResult &)> done)
        = 0;
    /// Every release of a repository, drafts included (at most 1,000, as release-drafter reads them).
    virtual void fetchPublishedReleases(const RepositoryRef &repository, QObject *context,
        std::function<void(const PublishedReleasesResult &)> done)
        = 0;

    /// Aborts everything in flight or waiting; their callbacks receive ApiError::Kind::Cancelled.
    virtual void cancelAll() = 0;

Q_SIGNALS:
    void rateLimitChanged(const ReleaseDesk::Api::RateLimitStatus &status);
    /// A request waits until `until` (rate-limit reset, Retry-After or backoff).
    void waitStarted(const QDateTime &until, ReleaseDesk::Api::GitHubService::WaitReason reason);
    void waitFinished();
};

/// Builds the service for a host and a token, on the thread that will use it. What the composition
/// root injects into everything that talks to GitHub (tests inject a fake).
using GitHubServiceFactory
    = std::function<std::unique_ptr<GitHubService>(const GitHubHost &host, const QString &token)>;

/// The real factory: GitHubClients on `network` when built on its thread; otherwise (nullptr, or a
/// service built on another thread, as the background sync's) each owns a network access manager.
GitHubServiceFactory gitHubClientFactory(QNetworkAccessManager *network = nullptr);

} // namespace ReleaseDesk::Api
