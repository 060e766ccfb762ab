#include "syncengine.h"
#include "syncengine_p.h"

#include "store.h"
#include "store/itemrepository.h"
#include "store/labelrepository.h"
#include "store/milestonerepository.h"
#include "store/syncstaterepository.h"

#include "cherrypick/cherrypickstore.h"
#include "signal/signalstore.h"

#include "api/githubservice.h"

#include <QLoggingCategory>
#include <QTimeZone>
Q_LOGGING_CATEGORY(lcSync, "releasedesk.sync", QtInfoMsg)

// The sync's course: repositories one after the other, each through its steps (milestones or range,
// branch history, cherry-picks; syncengine_*.cpp), and the end of the sync.

namespace ReleaseDesk::Models {

using namespace Api;
using namespace SyncSteps;

SyncEngine::SyncEngine(GitHubService *client, Store *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{ }

void SyncEngine::start(const Release &release, SyncMode mode)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_mode = mode;
    m_release = release;
    m_repositoryIndex = -1;
    m_outcome = {};
    m_progress = {};
    m_progress.repositoryCount = int(release.repositories.size());
    m_requestsAtStart = m_client->statistics().requests;
    m_pointsAtStart = m_client->statistics().points;
    qCInfo(lcSync) << "sync of" << release.name << (mode == SyncMode::Full ? "(full)" : "(incremental)");
    nextRepository();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_client->cancelAll(); // pending callbacks report Cancelled and end the sync
}

void SyncEngine::nextRepository()
{
    if (m_cancelled)
        return finishSync(false);
    // After a repository's items, its branches' CI history: one request more per repository.
    if (m_repositoryIndex >= 0 && !m_repositoryFailed && !m_historyRead) {
        m_historyRead = true;
        return readHistory();
    }
    // Then the pull requests of the maintained branches: one request per branch when nothing changed.
    if (m_repositoryIndex >= 0 && !m_repositoryFailed && !m_cherryPicksRead) {
        m_cherryPicksRead = true;
        return startCherryPicks();
    }
    // The repository just left was read to the end unless it failed: its data is now fresh.
    if (m_repositoryIndex >= 0 && !m_repositoryFailed
        && !SignalStore(*m_store).recordSyncSuccess(m_repository.repository, QDateTime::currentDateTimeUtc()))
        m_outcome.problems.append(m_store->lastError().message);
    ++m_repositoryIndex;
    if (m_repositoryIndex >= m_release.repositories.size())
        return finishSync(m_outcome.problems.isEmpty());
    m_repository = m_release.repositories.at(m_repositoryIndex);
    m_repositoryFailed = false;
    m_historyRead = false;
    m_cherryPicksRead = false;
    m_branchesFetched = false;
    m_progress.repository = m_repository.repository.fullName();
    m_progress.repositoryIndex = m_repositoryIndex + 1;
    Q_EMIT progressChanged(m_progress);
    if (m_repository.repository.host != m_client->host().name) {
        return repositoryFailed(tr("%1 is on %2, but this sync signs in to %3: add an account for %2.")
                                    .arg(m_repository.repository.fullName(), m_repository.repository.host,
                                        m_client->host().name));
    }
    if (m_repository.milestones.isEmpty()) {
        if (m_repository.hasRange())
            return startRange();
        m_outcome.problems.append(
            tr("%1 has no milestone in this release: pick its milestone in the release settings.")
                .arg(m_repository.repository.fullName()));
        return nextRepository();
    }
    resolveMilestones();
}
void SyncEngine::finishRepository()
{
    if (m_repository.hasRange())
        return startRange();
    nextRepository();
}
template<typename Page>
void SyncEngine::completeFollowUps(Page page, int index, std::function<void(Page)> then)
{
    // Nested lists longer than one page (150 labels, 300 CI contexts) are read to the end before
    // the page is stored, so a stored item is always complete.
    if (index >= page.followUps.size()) {
        // A page is stored only by a running sync: a cancel while it was completed ends the sync here.
        if (m_cancelled)
            return finishSync(false);
        return then(std::move(page));
    }
    const auto followUp = page.followUps.at(index);
    m_client->fetchItemConnections(
        followUp, this, [this, page, index, followUp, then](const ItemConnectionsPage &more) mutable {
            if (more.error.kind == ApiError::Kind::Cancelled)
                return finishSync(false);
            if (more.error) {
                page.followUps[index] = {};
                m_outcome.problems.append(
                    tr("%1: not every label, CI context or event could be read (%2); the item "
                       "is stored with what was read.")
                        .arg(followUp.key.reference(), more.error.message));
                return completeFollowUps(std::move(page), index + 1, then);
            }
            auto item = std::find_if(
                page.items.begin(), page.items.end(), [&](const Item &i) { return i.key == followUp.key; });
            if (item != page.items.end()) {
                item->labels.append(more.labels);
                item->ciContexts.append(more.contexts);
            }
            page.events.append(more.events);
            ItemFollowUp next = followUp;
            next.labelsAfter = more.labelsPage.hasNextPage ? std::optional<QString>(more.labelsPage.endCursor)
                                                           : std::nullopt;
            next.contextsAfter = more.contextsPage.hasNextPage
                ? std::optional<QString>(more.contextsPage.endCursor)
                : std::nullopt;
            next.timelineAfter = more.timelinePage.hasNextPage
                ? std::optional<QString>(more.timelinePage.endCursor)
                : std::nullopt;
            if (next.labelsAfter || next.contextsAfter || next.timelineAfter) {
                page.followUps[index] = next;
                return completeFollowUps(std::move(page), index, then);
            }
            completeFollowUps(std::move(page), index + 1, then);
        });
}
// Every page kind with follow-ups completes them here (the steps live in other units).
template void SyncEngine::completeFollowUps<ReleaseItemsPage>(
    ReleaseItemsPage, int, std::function<void(ReleaseItemsPage)>);
template void SyncEngine::completeFollowUps<CompareRangePage>(
    CompareRangePage, int, std::function<void(CompareRangePage)>);
template void SyncEngine::completeFollowUps<BranchPullRequestsPage>(
    BranchPullRequestsPage, int, std::function<void(BranchPullRequestsPage)>);

void SyncEngine::pageStored(const QStringList &itemErrors, const QList<Item> &changed)
{
    m_outcome.problems.append(itemErrors);
    ++m_outcome.pages;
    m_outcome.items += int(changed.size());
    ++m_progress.pages;
    m_progress.items += int(changed.size());
    if (!changed.isEmpty())
        Q_EMIT itemsStored(changed);
    Q_EMIT progressChanged(m_progress);
}

void SyncEngine::stopOnError(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Cancelled:
        return finishSync(false);
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::SsoRequired:
        // The user must act (a new token, SSO authorisation): no other repository would fare better.
        m_outcome.fatalError = error;
        recordFailure(error.message);
        return finishSync(false);
    default:
        return repositoryFailed(error.message);
    }
}

void SyncEngine::repositoryFailed(const QString &problem)
{
    if (m_cancelled)
        return finishSync(false);
    m_outcome.problems.append(problem);
    recordFailure(problem);
    nextRepository();
}

void SyncEngine::recordFailure(const QString &problem)
{
    // The verdict must not stay as it was when a repository of the release could not be read.
    m_repositoryFailed = true;
    if (!SignalStore(*m_store).recordSyncFailure(
            m_repository.repository, QDateTime::currentDateTimeUtc(), problem))
        qCWarning(lcSync) << "could not record the failed sync:" << m_store->lastError().message;
}

void SyncEngine::finishSync(bool completed)
{
    if (!m_running)
        return;
    m_running = false;
    m_outcome.completed = completed && !m_cancelled && !m_outcome.fatalError;
    m_outcome.cancelled = m_cancelled;
    m_outcome.requests = m_client->statistics().requests - m_requestsAtStart;
    m_outcome.points = m_client->statistics().points - m_pointsAtStart;
    qCInfo(lcSync) << "sync finished: completed" << m_outcome.completed << "pages" << m_outcome.pages
                   << "items" << m_outcome.items << "requests" << m_outcome.requests << "points"
                   << m_outcome.points;
    Q_EMIT finished(m_outcome);
}
} // namespace ReleaseDesk::Models
