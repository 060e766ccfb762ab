#include "releasesetupflow.h"

#include "presets.h"

#include "store.h"
#include "store/milestonerepository.h"

#include "api/githubservice.h"

#include <QRegularExpression>

namespace ReleaseDesk::Models {

using namespace Api;

ReleaseSetupFlow::ReleaseSetupFlow(GitHubService *client, Store *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{ }

QString ReleaseSetupFlow::host() const
{
    return m_client->host().name;
}

void ReleaseSetupFlow::loadRepositories(int limit)
{
    fetchRepositories({}, {}, limit);
}

void ReleaseSetupFlow::fetchRepositories(const QString &after, QList<RepositoryRef> collected, int limit)
{
    m_client->fetchViewerRepositories(
        after, this, [this, collected, limit](const RepositoryListPage &page) mutable {
            if (page.error)
                return Q_EMIT failed(page.error.message);
            collected.append(page.repositories);
            if (page.page.hasNextPage && collected.size() < limit)
                return fetchRepositories(page.page.endCursor, collected, limit);
            Q_EMIT repositoriesLoaded(collected);
        });
}

void ReleaseSetupFlow::loadMilestones(const RepositoryRef &repository)
{
    fetchMilestones(repository, {}, {});
}

void ReleaseSetupFlow::fetchMilestones(
    const RepositoryRef &repository, const QString &after, QList<Milestone> collected)
{
    GitHubService::RepositoryMetaRequest request;
    request.repository = repository;
    request.withLabels = false;
    request.milestonesAfter = after;
    m_client->fetchRepositoryMeta(
        request, this, [this, repository, collected](const RepositoryMetaPage &page) mutable {
            if (page.error)
                return Q_EMIT failed(tr("%1: %2").arg(repository.fullName(), page.error.message));
            collected.append(page.milestones);
            if (page.milestonesPage.hasNextPage)
                return fetchMilestones(repository, page.milestonesPage.endCursor, collected);
            MilestoneRepository(*m_store).upsertMilestones(repository, collected);
            Q_EMIT milestonesLoaded(repository, collected);
        });
}

QString ReleaseSetupFlow::suggestMilestone(const QList<Milestone> &milestones, const QString &releaseName)
{
    QString closedMatch;
    for (const auto &milestone : milestones) {
        if (!milestoneTitlesMatch(milestone.title, releaseName))
            continue;
        if (milestone.open)
            return milestone.title;
        closedMatch = milestone.title;
    }
    return closedMatch;
}

QString ReleaseSetupFlow::suggestReleaseBranch(const QString &releaseName)
{
    static const QRegularExpression version(QStringLiteral("^v?(\\d+)\\.(\\d+)"));
    const auto match = version.match(releaseName.trimmed());
    return match.hasMatch() ? QStringLiteral("release-%1.%2").arg(match.captured(1), match.captured(2))
                            : QString();
}

QList<BlockerRulePreset> ReleaseSetupFlow::blockerRulePresets()
{
    // resources/presets/blocker-rules.json.
    return Presets::blockerRules();
}

} // namespace ReleaseDesk::Models
