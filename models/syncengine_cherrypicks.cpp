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

// The cherry-pick step: the pull requests of the maintained branches and the main branch's fixes.

namespace ReleaseDesk::Models {

using namespace Api;
using namespace SyncSteps;

void SyncEngine::startCherryPicks()
{
    const auto policy = CherryPickStore(*m_store).policy(m_release.id);
    m_pendingCherryPickBranches.clear();
    if (policy.maintainedBranches.isEmpty())
        return nextRepository();
    const auto mainBranch = m_release.mainBranch.isEmpty() ? QStringLiteral("master") : m_release.mainBranch;
    m_cherryPickSince = policy.since.isValid() ? policy.since.startOfDay(QTimeZone::UTC) : QDateTime();
    // The watermark belongs to what was asked: other labels or another start date read again.
    const auto since = policy.since.isValid() ? policy.since.toString(Qt::ISODate) : QString();
    CherryPickBranchRun fixes;
    fixes.branch = mainBranch;
    fixes.fixes = true;
    fixes.watermarkKey = mainBranch + QLatin1Char('|') + since + QLatin1Char('|') + policy.labels.join(u',');
    if (!policy.labels.isEmpty())
        m_pendingCherryPickBranches.append(fixes);
    for (const auto &branch : policy.maintainedBranches) {
        if (branch.isEmpty() || branch == mainBranch)
            continue;
        CherryPickBranchRun run;
        run.branch = branch;
        run.watermarkKey = branch + QLatin1Char('|') + since;
        m_pendingCherryPickBranches.append(run);
    }
    CherryPickStore picks(*m_store);
    for (auto &run : m_pendingCherryPickBranches)
        run.watermark = m_mode == SyncMode::Full ? QDateTime()
                                                 : picks.watermark(m_repository.repository, run.watermarkKey);
    m_cherryPickLabels = policy.labels;
    nextCherryPickBranch();
}

void SyncEngine::nextCherryPickBranch()
{
    if (takeNextRun(m_pendingCherryPickBranches, m_cherryPickRun, &SyncEngine::nextRepository))
        requestCherryPickPage();
}

void SyncEngine::requestCherryPickPage()
{
    GitHubService::BranchPullRequestsRequest request;
    request.repository = m_repository.repository;
    request.branch = m_cherryPickRun.branch;
    if (m_cherryPickRun.fixes) {
        request.states = {QStringLiteral("MERGED")};
        request.labels = m_cherryPickLabels;
        request.withComments = true;
    } else {
        request.states = {QStringLiteral("OPEN"), QStringLiteral("MERGED")};
    }
    const bool probe = m_cherryPickRun.firstPage && m_cherryPickRun.watermark.isValid();
    request.pageSize = probe ? std::min(probePageSize, m_pageSize) : std::min(50, m_pageSize);
    request.after = m_cherryPickRun.after;
    m_client->fetchBranchPullRequests(request, this, [this](const BranchPullRequestsPage &page) {
        if (page.error)
            return stopOnError(page.error);
        completeFollowUps<BranchPullRequestsPage>(
            page, 0, [this](BranchPullRequestsPage completed) { storeCherryPickPage(completed); });
    });
}

void SyncEngine::storeCherryPickPage(const BranchPullRequestsPage &page)
{
    auto &run = m_cherryPickRun;
    // Newest first: an item not newer than the watermark, or updated before the policy's start
    // (hence merged before it), ends the branch.
    bool done = !page.pullRequests.hasNextPage;
    QList<Item> changed;
    QSet<ItemKey> changedSet;
    for (const auto &item : page.items) {
        if (run.watermark.isValid() && item.updatedAt <= run.watermark) {
            done = true;
            continue;
        }
        if (m_cherryPickSince.isValid() && item.updatedAt.isValid() && item.updatedAt < m_cherryPickSince) {
            done = true;
            continue;
        }
        changed.append(item);
        changedSet.insert(item.key);
    }
    run.highWater = newestUpdate(page.items, run.highWater);
    QList<ItemKey> changedKeys(changedSet.cbegin(), changedSet.cend());
    QList<TimelineEvent> events;
    for (const auto &event : page.events) {
        if (changedSet.contains(event.item))
            events.append(event);
    }
    QList<CherryPickComment> comments;
    for (const auto &comment : page.comments) {
        if (changedSet.contains(comment.item))
            comments.append({comment.item, comment.author, comment.at, comment.url, comment.body});
    }
    const bool stored = m_store->transaction([&] {
        return ItemRepository(*m_store).upsertItems(changed)
            && ItemRepository(*m_store).replaceTimelineEvents(changedKeys, events)
            && CherryPickStore(*m_store).addComments(comments);
    });
    if (!stored)
        return repositoryFailed(m_store->lastError().message);
    pageStored(page.itemErrors, changed);
    run.firstPage = false;
    if (!done && !page.pullRequests.endCursor.isEmpty()) {
        run.after = page.pullRequests.endCursor;
        return requestCherryPickPage();
    }
    // The whole branch down to the watermark is stored: the next sync stops at its newest update.
    if (run.highWater.isValid() && (!run.watermark.isValid() || run.highWater > run.watermark)
        && !CherryPickStore(*m_store).setWatermark(m_repository.repository, run.watermarkKey, run.highWater))
        return repositoryFailed(m_store->lastError().message);
    nextCherryPickBranch();
}

} // namespace ReleaseDesk::Models
