#pragma once

#include "api/githubservice.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <memory>
#include <optional>

namespace ReleaseDesk::Testing {

/// An in-process GitHubService for model and view tests that need GitHub's data but no HTTP: it
/// answers from value types (added by the test, or read from JSON fixtures: GitHub's own GraphQL
/// answers, parsed by the real parsers) and records what it was asked to change (edits, comments,
/// issues, releases), applying edits to its data as GitHub would. Answers arrive on the event loop,
/// never before the call returns, like the real client's. Tests of the wire (the client, the sync
/// engine's retries, the journeys) keep the loopback server (fakegithub.h).
class FakeGitHubService final : public Api::GitHubService
{
    Q_OBJECT

public:
    /// Serves `host` (github.com by default): the host item keys carry.
    explicit FakeGitHubService(const QString &host = QStringLiteral("github.com"), QObject *parent = nullptr);
    ~FakeGitHubService() override;

    // The data set.
    void addRepository(const Api::RepositoryRef &repository, const QList<Api::Label> &labels,
        const QList<Api::Milestone> &milestones);
    /// Items of repositories added before; their milestone is matched by title.
    void addItems(const QList<Api::Item> &items, const QList<Api::TimelineEvent> &events = {});
    void addBranch(const Api::BranchCi &branch);
    void addBranchHistory(const Api::BranchHistory &history);
    void addRelease(const Api::RepositoryRef &repository, const Api::PublishedRelease &release);
    void setViewer(const QString &login, const QString &name, const QStringList &scopes);
    /// Reads a JSON fixture: GitHub's answer to a ReleaseItems or RepositoryMeta query (what
    /// tests/data/corpora and the pages captured from the loopback server hold), through the real
    /// parsers, into the data set. False (with `error`) when the file is not such an answer.
    bool loadFixture(const QString &path, const Api::RepositoryRef &repository, QString *error = nullptr);

    /// Every later write fails with `error` (a refusal: missing scope, validation...).
    void refuseWrites(const Api::ApiError &error) { m_data->writeError = error; }
    /// Only writes to this item fail with `error`.
    void refuseWritesTo(const Api::ItemKey &item, const Api::ApiError &error)
    {
        m_data->itemErrors.append({item, std::nullopt, error});
    }
    /// Only this kind of change to this item fails with `error`.
    void refuseWritesTo(const Api::ItemKey &item, Api::IssueEdit::Kind kind, const Api::ApiError &error)
    {
        m_data->itemErrors.append({item, kind, error});
    }
    /// Every later read fails with `error`.
    void failReads(const Api::ApiError &error) { m_data->readError = error; }

    // What it received (this service and those its factory built).
    const QList<Api::IssueEdit> &edits() const { return m_data->edits; }
    const QList<Api::NewIssue> &createdIssues() const { return m_data->createdIssues; }
    const QList<Api::ReleaseDraft> &drafts() const { return m_data->drafts; }
    /// The operations asked for, in order ("ReleaseItems", "editIssue", ...).
    const QStringList &requests() const { return m_data->requests; }
    /// The item as GitHub now has it (edits applied); nullopt when it has no such item.
    std::optional<Api::Item> item(const Api::ItemKey &key) const;
    QList<Api::PublishedRelease> releases(const Api::RepositoryRef &repository) const;

    // Api::GitHubService
    const Api::GitHubHost &host() const override { return m_host; }
    Api::RateLimitStatus rateLimit() const override { return m_rate; }
    Statistics statistics() const override { return m_statistics; }
    QStringList tokenScopes() const override { return m_scopes; }
    bool scopesKnown() const override { return m_scopesKnown; }
    void fetchViewer(QObject *context, std::function<void(const Api::ViewerInfo &)> done) override;
    void fetchReleaseItems(const ReleaseItemsRequest &request, QObject *context,
        std::function<void(const Api::ReleaseItemsPage &)> done) override;
    void fetchCompareRange(const CompareRangeRequest &request, QObject *context,
        std::function<void(const Api::CompareRangePage &)> done) override;
    void fetchBranchPullRequests(const BranchPullRequestsRequest &request, QObject *context,
        std::function<void(const Api::BranchPullRequestsPage &)> done) override;
    void fetchItemConnections(const Api::ItemFollowUp &item, QObject *context,
        std::function<void(const Api::ItemConnectionsPage &)> done) override;
    void fetchBranchHistory(const BranchHistoryRequest &request, QObject *context,
        std::function<void(const Api::BranchHistoryPage &)> done) override;
    void fetchRepositoryMeta(const RepositoryMetaRequest &request, QObject *context,
        std::function<void(const Api::RepositoryMetaPage &)> done) override;
    void fetchViewerRepositories(const QString &after, QObject *context,
        std::function<void(const Api::RepositoryListPage &)> done) override;
    void editIssue(const Api::IssueEdit &edit, QObject *context,
        std::function<void(const Api::ApiError &)> done) override;
    void createIssue(const Api::NewIssue &issue, QObject *context,
        std::function<void(const Api::ApiError &)> done) override;
    void publishReleaseDraft(const Api::ReleaseDraft &draft, QObject *context,
        std::function<void(const Api::ReleaseDraftResult &)> done) override;
    void fetchPublishedReleases(const Api::RepositoryRef &repository, QObject *context,
        std::function<void(const Api::PublishedReleasesResult &)> done) override;
    void cancelAll() override;

    /// A factory for DesktopApp, SignInFlow or BackgroundSync that hands out services sharing this
    /// one's data and records (each a FakeGitHubService of its own, as the real factory's clients are).
    /// A token not in `tokens` (when it is not empty) is refused as GitHub refuses it (401).
    Api::GitHubServiceFactory factory(const QStringList &tokens = {});

private:
    struct Repository
    {
        Api::RepositoryRef ref;
        QList<Api::Label> labels;
        QList<Api::Milestone> milestones;
        QList<Api::Item> items;
        QList<Api::TimelineEvent> events;
        QHash<QString, Api::BranchCi> branches;
        QHash<QString, Api::BranchHistory> histories;
        QList<Api::PublishedRelease> releases;
        QHash<QString, qint64> releaseIds; ///< by tag
    };
    struct Data
    {
        QList<Repository> repositories;
        QString login = QStringLiteral("octo");
        QString name = QStringLiteral("Octo Cat");
        QStringList scopes {QStringLiteral("repo")};
        QList<Api::IssueEdit> edits;
        QList<Api::NewIssue> createdIssues;
        QList<Api::ReleaseDraft> drafts;
        QStringList requests;
        qint64 nextReleaseId = 1;
        Api::ApiError writeError;
        Api::ApiError readError;
        struct Refusal
        {
            Api::ItemKey item;
            std::optional<Api::IssueEdit::Kind> kind;
            Api::ApiError error;
        };
        QList<Refusal> itemErrors;
    };

    FakeGitHubService(std::shared_ptr<Data> data, const QString &host, Api::ApiError tokenError);
    Repository *repository(const Api::RepositoryRef &ref);
    /// Runs `deliver` on the event loop, unless `context` is gone; cancelAll() runs it at once with
    /// `cancelled` true.
    void later(QObject *context, std::function<void(bool cancelled)> deliver);
    template<typename Result>
    void answer(QObject *context, std::function<void(const Result &)> done, Result result);
    Api::RateLimitStatus spend();
    Api::ApiError writeError(const Api::IssueEdit &edit) const;
    /// The read error to answer with (the token's, then failReads()).
    Api::ApiError readError() const;

    std::shared_ptr<Data> m_data;
    Api::GitHubHost m_host;
    Api::ApiError m_tokenError;
    Api::RateLimitStatus m_rate;
    Statistics m_statistics;
    QStringList m_scopes;
    bool m_scopesKnown = false;
    struct Pending
    {
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void(bool)> deliver;
    };
    QHash<quint64, Pending> m_pending;
    quint64 m_nextAnswer = 0;
};

} // namespace ReleaseDesk::Testing
