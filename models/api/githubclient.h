#pragma once

#include "api/apierror.h"
#include "api/branchhistory.h"
#include "api/githubhost.h"
#include "api/githubparsers.h"
#include "api/issueedit.h"
#include "api/ratelimitstatus.h"
#include "api/releasedraft.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace ReleaseDesk::Api {

/// GitHub's GraphQL API on QNetworkAccessManager, on the caller's event loop.
///
/// Requests and results are value types; JSON and QNetworkReply stay inside. The client waits out
/// rate limits (primary: until the reset, with waitStarted() for a countdown; secondary: as long as
/// Retry-After says), retries 5xx, timeouts, cut connections and malformed bodies with exponential
/// backoff and jitter a bounded number of times, and never logs the token.
class GitHubClient final : public QObject
{
    Q_OBJECT

public:
    struct RetryPolicy
    {
        int maxAttempts = 5;
        int baseDelayMs = 1000;
        int maxDelayMs = 60000;
        int transferTimeoutMs = 60000;
        /// Longest wait for a rate-limit reset before giving up with ApiError::Kind::RateLimited.
        int maxRateLimitWaitSeconds = 3700;
        /// Pause before the budget runs out rather than let a request fail.
        int reservePoints = 5;
        /// A paged operation that fails this often at one page size (502, 504, timeout) is asked
        /// for half the page next, down to minPageSize; each size has its own retries.
        int failuresBeforeShrinking = 2;
        int minPageSize = 10;
        /// Good pages at a reduced size before the size doubles again.
        int successesBeforeGrowing = 3;
    };

    enum class WaitReason { RateLimitReset, SecondaryRateLimit, Backoff };
    Q_ENUM(WaitReason)

    struct Statistics
    {
        int requests = 0; ///< HTTP requests sent, retries included
        int points = 0; ///< GraphQL rate-limit points spent, as GitHub reported them
        qint64 processingNs = 0; ///< time spent parsing responses and in result callbacks
        int pageShrinks = 0; ///< times a page was asked for again at half its size
    };

    /// The page size now used for `operation` (its $pageSize), or 0 when it is not reduced.
    int pageSizeCap(const QString &operation) const { return m_pageSizeCaps.value(operation).size; }

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

    GitHubClient(QNetworkAccessManager *network, GitHubHost host, QString token, QObject *parent = nullptr);
    ~GitHubClient() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const GitHubHost &host() const { return m_host; }
    const RateLimitStatus &rateLimit() const { return m_rate; }
    const Statistics &statistics() const { return m_statistics; }
    /// Scopes of a classic token (X-OAuth-Scopes); empty for fine-grained tokens, which have none.
    const QStringList &tokenScopes() const { return m_scopes; }
    bool scopesKnown() const { return m_scopesKnown; }

    void fetchViewer(QObject *context, std::function<void(const ViewerInfo &)> done);
    void fetchReleaseItems(const ReleaseItemsRequest &request, QObject *context,
        std::function<void(const ReleaseItemsPage &)> done);
    void fetchCompareRange(const CompareRangeRequest &request, QObject *context,
        std::function<void(const CompareRangePage &)> done);
    void fetchBranchPullRequests(const BranchPullRequestsRequest &request, QObject *context,
        std::function<void(const BranchPullRequestsPage &)> done);
    void fetchItemConnections(
        const ItemFollowUp &item, QObject *context, std::function<void(const ItemConnectionsPage &)> done);
    void fetchBranchHistory(const BranchHistoryRequest &request, QObject *context,
        std::function<void(const BranchHistoryPage &)> done);
    void fetchRepositoryMeta(const RepositoryMetaRequest &request, QObject *context,
        std::function<void(const RepositoryMetaPage &)> done);
    void fetchViewerRepositories(
        const QString &after, QObject *context, std::function<void(const RepositoryListPage &)> done);

    /// Applies one triage change through GitHub's REST API; `done` receives the error, if any.
    /// Writes are not retried on 5xx: GitHub may have applied them.
    void editIssue(const IssueEdit &edit, QObject *context, std::function<void(const ApiError &)> done);
    /// Files a new issue (REST); `done` receives the error, if any. Not retried on 5xx either.
    void createIssue(const NewIssue &issue, QObject *context, std::function<void(const ApiError &)> done);

    /// Creates a draft release for the tag, or updates the draft that already has it. Refuses (with a
    /// message) when a published release has the tag: that one is never touched.
    void publishReleaseDraft(
        const ReleaseDraft &draft, QObject *context, std::function<void(const ReleaseDraftResult &)> done);

    /// Every release of a repository, drafts included (GitHub lists at most 1,000, as release-drafter
    /// reads them), 100 a page.
    void fetchPublishedReleases(const RepositoryRef &repository, QObject *context,
        std::function<void(const PublishedReleasesResult &)> done);

    /// Aborts everything in flight or waiting; their callbacks receive ApiError::Kind::Cancelled.
    void cancelAll();

Q_SIGNALS:
    void rateLimitChanged(const ReleaseDesk::Api::RateLimitStatus &status);
    /// A request waits until `until` (rate-limit reset, Retry-After or backoff).
    void waitStarted(const QDateTime &until, ReleaseDesk::Api::GitHubClient::WaitReason reason);
    void waitFinished();

private:
    struct Call;

    /// Sends `operation` with `variables`; `deliver` parses a 200 body and returns false when it
    /// was malformed (then the call is retried), `fail` receives errors.
    void execute(const QString &operation, const QJsonObject &variables, QObject *context,
        std::function<ApiError(const QByteArray &)> deliver, std::function<void(const ApiError &)> fail);
    /// The shape every typed operation shares: parse with `parse`, retry malformed pages, report
    /// errors in the page's own error field.
    template<typename Page>
    void fetch(const QString &operation, const QJsonObject &variables, QObject *context,
        std::function<Page(const QByteArray &)> parse, std::function<void(const Page &)> done);
    /// A REST write: `path` is relative to the REST base ("/repos/o/r/issues/1/labels").
    void restWrite(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
        std::function<void(const ApiError &)> done);
    /// One REST request; `done` receives the error (if any) and the body.
    void restCall(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
        std::function<void(const ApiError &, const QByteArray &)> done);
    void send(const std::shared_ptr<Call> &call);
    void handleReply(QNetworkReply *reply, const std::shared_ptr<Call> &call);
    void retryLater(
        const std::shared_ptr<Call> &call, qint64 delayMs, WaitReason reason, const ApiError &cause);
    void finish(const std::shared_ptr<Call> &call, const ApiError &error);
    void updateRateLimit(const RateLimitStatus &status);
    void updateRateLimitFromHeaders(QNetworkReply *reply);
    qint64 backoffDelayMs(int attempt) const;
    /// After repeated heavy-page failures: halves the call's page and remembers the size for the
    /// operation's next pages. False when the call keeps its size (not paged, not yet, or minimal).
    bool shrinkPage(const std::shared_ptr<Call> &call);
    void pageSucceeded(const Call &call);
    static QString document(const QString &operation);

    QNetworkAccessManager *m_network;
    GitHubHost m_host;
    QString m_token;
    RetryPolicy m_policy;
    RateLimitStatus m_rate;
    Statistics m_statistics;
    QStringList m_scopes;
    bool m_scopesKnown = false;
    quint64 m_generation = 0;
    QList<QPointer<QNetworkReply>> m_inFlight;
    QList<std::shared_ptr<Call>> m_waiting;
    struct PageSizeCap
    {
        int size = 0;
        int successes = 0;
    };
    QHash<QString, PageSizeCap> m_pageSizeCaps;
};

} // namespace ReleaseDesk::Api
