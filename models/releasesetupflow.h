#pragma once

#include "api/githubparsers.h"
#include "api/release.h"

#include <QObject>

namespace ReleaseDesk::Api {
class GitHubService;
}

namespace ReleaseDesk::Models {

class Store;

/// A named blocker-rule expression the user can start from and edit.
struct BlockerRulePreset
{
    QString name;
    QString expression;
};

/// What the release setup dialog needs from GitHub: the account's repositories for completion and
/// each repository's milestones, with lenient suggestions. Milestones are cached in the store.
class ReleaseSetupFlow final : public QObject
{
    Q_OBJECT

public:
    ReleaseSetupFlow(Api::GitHubService *client, Store *store, QObject *parent = nullptr);

    QString host() const;
    /// All pages (up to `limit` repositories).
    void loadRepositories(int limit = 1000);
    void loadMilestones(const Api::RepositoryRef &repository);

    /// The milestone of `milestones` matching the release name leniently, open ones first.
    static QString suggestMilestone(const QList<Api::Milestone> &milestones, const QString &releaseName);
    /// "v4.1.3" -> "release-4.1".
    static QString suggestReleaseBranch(const QString &releaseName);
    static QList<BlockerRulePreset> blockerRulePresets();

Q_SIGNALS:
    void repositoriesLoaded(const QList<ReleaseDesk::Api::RepositoryRef> &repositories);
    void milestonesLoaded(const ReleaseDesk::Api::RepositoryRef &repository,
        const QList<ReleaseDesk::Api::Milestone> &milestones);
    void failed(const QString &message);

private:
    void fetchRepositories(const QString &after, QList<Api::RepositoryRef> collected, int limit);
    void fetchMilestones(
        const Api::RepositoryRef &repository, const QString &after, QList<Api::Milestone> collected);

    Api::GitHubService *m_client;
    Store *m_store;
};

} // namespace ReleaseDesk::Models
