#pragma once

#include "api/githubservice.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace ReleaseDesk::Api {

/// The real GitHubService: GitHub's GraphQL and REST APIs on QNetworkAccessManager, on the caller's
/// event loop.
///
/// Requests and results are value types; JSON and QNetworkReply stay inside. The client waits out
/// rate limits (primary: until the reset, with waitStarted() for a countdown; secondary: as long as
/// Retry-After says), retries 5xx, timeouts, cut connections and malformed bodies with exponential
/// backoff and jitter a bounded number of times, and never logs the token.
class GitHubClient final : public GitHubService
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

    /// The page size now used for `operation` (its $pageSize), or 0 when it is not reduced.
    int pageSizeCap(const QString &operation) const { return m_pageSizeCaps.value(operation).size; }

    GitHubClient(QNetworkAccessManager *network, GitHubHost host, QString token, QObject *parent = nullptr);
    /// A client with a network access manager of its own (for one built on a worker thread).
    GitHubClient(GitHubHost host, QString token, QObject *parent = nullptr);
    ~GitHubClient() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const GitHubHost &host() const override { return m_host; }
    RateLimitStatus rateLimit() const override { return m_rate; }
    Statistics statistics() const override { return m_statistics; }
    /// From X-OAuth-Scopes.
    QStringList tokenScopes() const override { return m_scopes; }
    bool scopesKnown() const override { return m_scopesKnown; }

    void fetchViewer(QObject *context, std::function<void(const ViewerInfo &)> done) override;
    void fetchReleaseItems(const ReleaseItemsRequest &request, QObject *context,
        std::function<void(const ReleaseItemsPage &)> done) override;
    void fetchCompareRange(const CompareRangeRequest &request, QObject *context,
        std::function<void(const CompareRangePage &)> done) override;
    void fetchBranchPullRequests(const BranchPullRequestsRequest &request, QObject *context,
        std::function<void(const BranchPullRequestsPage &)> done) override;
    void fetchItemConnections(const ItemFollowUp &item, QObject *context,
        std::function<void(const ItemConnectionsPage &)> done) override;
    void fetchBranchHistory(const BranchHistoryRequest &request, QObject *context,
        std::function<void(const BranchHistoryPage &)> done) override;
    void fetchRepositoryMeta(const RepositoryMetaRequest &request, QObject *context,
        std::function<void(const RepositoryMetaPage &)> done) override;
    void fetchViewerRepositories(const QString &after, QObject *context,
        std::function<void(const RepositoryListPage &)> done) override;

    /// Through GitHub's REST API (the only place that knows the paths and bodies).
    void editIssue(
        const IssueEdit &edit, QObject *context, std::function<void(const ApiError &)> done) override;
    void createIssue(
        const NewIssue &issue, QObject *context, std::function<void(const ApiError &)> done) override;
    /// Lists the releases (drafts are not found by tag), then creates or updates the draft.
    void publishReleaseDraft(const ReleaseDraft &draft, QObject *context,
        std::function<void(const ReleaseDraftResult &)> done) override;
    /// 100 a page, one page after the other.
    void fetchPublishedReleases(const RepositoryRef &repository, QObject *context,
        std::function<void(const PublishedReleasesResult &)> done) override;

    void cancelAll() override;

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
