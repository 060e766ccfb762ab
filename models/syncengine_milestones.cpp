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

// The milestone step: the repository's milestones resolved, then each read page by page (resumable).

namespace ReleaseDesk::Models {

using namespace Api;
using namespace SyncSteps;

void SyncEngine::resolveMilestones()
{
    // Milestone numbers are cached; the repository's labels and milestones are read again on a full
    // sync or when a title is not known yet.
    const auto cached = MilestoneRepository(*m_store).milestones(m_repository.repository);
    bool allKnown = true;
    for (const auto &title : std::as_const(m_repository.milestones)) {
        allKnown = allKnown && std::any_of(cached.cbegin(), cached.cend(), [&](const Milestone &m) {
            return milestoneTitlesMatch(m.title, title);
        });
    }
    if (allKnown && m_mode == SyncMode::Incremental)
        return startMilestones();
    fetchRepositoryMeta({}, {}, false, false);
}

void SyncEngine::fetchRepositoryMeta(
    const QString &labelsAfter, const QString &milestonesAfter, bool labelsDone, bool milestonesDone)
{
    GitHubService::RepositoryMetaRequest request;
    request.repository = m_repository.repository;
    request.withLabels = !labelsDone;
    request.labelsAfter = labelsAfter;
    request.withMilestones = !milestonesDone;
    request.milestonesAfter = milestonesAfter;
    m_client->fetchRepositoryMeta(request, this, [this](const RepositoryMetaPage &page) {
        if (page.error)
            return stopOnError(page.error);
        const bool stored = m_store->transaction([&] {
            return LabelRepository(*m_store).upsertRepositoryLabels(m_repository.repository, page.labels)
                && MilestoneRepository(*m_store).upsertMilestones(m_repository.repository, page.milestones);
        });
        if (!stored)
            return repositoryFailed(m_store->lastError().message);
        const bool labelsComplete = !page.labelsPage.hasNextPage;
        const bool milestonesComplete = !page.milestonesPage.hasNextPage;
        if (!labelsComplete || !milestonesComplete)
            return fetchRepositoryMeta(
                page.labelsPage.endCursor, page.milestonesPage.endCursor, labelsComplete, milestonesComplete);
        startMilestones();
    });
}

void SyncEngine::startMilestones()
{
    const auto cached = MilestoneRepository(*m_store).milestones(m_repository.repository);
    m_pendingMilestones.clear();
    const auto state = SyncStateRepository(*m_store).syncState(m_repository.repository);
    m_watermark = m_mode == SyncMode::Full ? QDateTime() : state.updatedSince;
    for (const auto &title : std::as_const(m_repository.milestones)) {
        // An exact title wins over a lenient match ("v4.1" and "4.1" may both exist).
        auto it = std::find_if(
            cached.cbegin(), cached.cend(), [&](const Milestone &m) { return m.title == title; });
        if (it == cached.cend())
            it = std::find_if(cached.cbegin(), cached.cend(),
                [&](const Milestone &m) { return milestoneTitlesMatch(m.title, title); });
        if (it == cached.cend()) {
            m_outcome.problems.append(
                tr("%1 has no milestone \"%2\": pick one of its milestones in the release settings.")
                    .arg(m_repository.repository.fullName(), title));
            continue;
        }
        MilestoneRun run;
        run.number = it->number;
        run.title = it->title;
        if (decodeResume(state.resume, run))
            run.resumed = true;
        m_pendingMilestones.append(run);
    }
    nextMilestone();
}

void SyncEngine::nextMilestone()
{
    if (!takeNextRun(m_pendingMilestones, m_run, &SyncEngine::finishRepository))
        return;
    m_firstPage = true;
    requestPage();
}

void SyncEngine::requestPage()
{
    GitHubService::ReleaseItemsRequest request;
    request.repository = m_repository.repository;
    request.milestoneNumber = m_run.number;
    const bool probe = m_firstPage && m_watermark.isValid() && !m_run.resumed;
    request.pageSize = probe ? std::min(probePageSize, m_pageSize) : m_pageSize;
    request.withIssues = !m_run.issuesDone;
    request.issuesAfter = m_run.issuesAfter;
    request.withPullRequests = !m_run.pullRequestsDone;
    request.pullRequestsAfter = m_run.pullRequestsAfter;
    request.withBranches = !m_branchesFetched && !m_release.releaseBranch.isEmpty();
    request.releaseBranch = m_release.releaseBranch;
    request.mainBranch = m_release.mainBranch.isEmpty() ? QStringLiteral("master") : m_release.mainBranch;
    m_client->fetchReleaseItems(request, this, [this](const ReleaseItemsPage &page) { handlePage(page); });
}

void SyncEngine::handlePage(ReleaseItemsPage page)
{
    if (page.error)
        return stopOnError(page.error);
    if (!page.milestoneFound) {
        m_outcome.problems.append(tr("%1: milestone \"%2\" no longer exists; its cached items are kept.")
                                      .arg(m_repository.repository.fullName(), m_run.title));
        return nextMilestone();
    }
    completeFollowUps<ReleaseItemsPage>(
        std::move(page), 0, [this](ReleaseItemsPage completed) { storePage(completed); });
}
void SyncEngine::storePage(const ReleaseItemsPage &page)
{
    // Newest first: once an item is older than the watermark, the rest of that list is known. An item
    // *at* the watermark is not: GitHub's timestamps have whole seconds, so an item can change again
    // within the second the last sync read it, and it keeps the same updatedAt.
    auto advance = [this](const PageInfo &info, const QList<Item> &items, bool pullRequests, QString &after,
                       bool &done) {
        if (done)
            return;
        const bool reachedKnown
            = m_watermark.isValid() && std::any_of(items.cbegin(), items.cend(), [&](const Item &item) {
                  return item.isPullRequest() == pullRequests && item.updatedAt < m_watermark;
              });
        done = reachedKnown || !info.hasNextPage;
        if (!done)
            after = info.endCursor;
    };
    QList<Item> changed;
    for (const auto &item : page.items) {
        m_run.seen.insert(item.key);
        if (!m_watermark.isValid() || item.updatedAt > m_watermark
            || (item.updatedAt == m_watermark && ItemRepository(*m_store).item(item.key) != item))
            changed.append(item);
    }
    if (m_firstPage && !m_run.resumed)
        m_run.highWater = newestUpdate(page.items, m_run.highWater);
    else if (!m_run.highWater.isValid())
        m_run.highWater = newestUpdate(page.items, {});
    advance(page.issues, page.items, false, m_run.issuesAfter, m_run.issuesDone);
    advance(page.pullRequests, page.items, true, m_run.pullRequestsAfter, m_run.pullRequestsDone);

    QList<ItemKey> changedKeys;
    QSet<ItemKey> changedSet;
    for (const auto &item : std::as_const(changed)) {
        changedKeys.append(item.key);
        changedSet.insert(item.key);
    }
    QList<TimelineEvent> events;
    for (const auto &event : page.events) {
        if (changedSet.contains(event.item))
            events.append(event);
    }
    auto state = SyncStateRepository(*m_store).syncState(m_repository.repository);
    state.resume = encodeResume();
    const bool stored = m_store->transaction([&] {
        if (!ItemRepository(*m_store).upsertItems(changed)
            || !ItemRepository(*m_store).replaceTimelineEvents(changedKeys, events))
            return false;
        SignalStore signal(*m_store);
        for (auto head : page.branches) {
            head.readAt = QDateTime::currentDateTimeUtc();
            if (!signal.setBranchHead(head))
                return false;
        }
        return SyncStateRepository(*m_store).setSyncState(m_repository.repository, state);
    });
    if (!stored)
        return repositoryFailed(m_store->lastError().message);
    if (!page.branches.isEmpty())
        m_branchesFetched = true;
    m_firstPage = false;
    pageStored(page.itemErrors, changed);

    if (m_run.issuesDone && m_run.pullRequestsDone)
        return finishMilestone();
    requestPage();
}

void SyncEngine::finishMilestone()
{
    auto state = SyncStateRepository(*m_store).syncState(m_repository.repository);
    if (m_run.highWater.isValid() && (!state.updatedSince.isValid() || m_run.highWater > state.updatedSince))
        state.updatedSince = m_run.highWater;
    state.resume.clear();
    state.lastSyncedAt = QDateTime::currentDateTimeUtc();
    if (!SyncStateRepository(*m_store).setSyncState(m_repository.repository, state))
        return repositoryFailed(m_store->lastError().message);
    // Only a complete pass over the milestone knows what is no longer in it.
    if (m_mode == SyncMode::Full && !m_run.resumed) {
        const auto moved
            = ItemRepository(*m_store).moveOutOfMilestone(m_repository.repository, m_run.title, m_run.seen);
        if (moved > 0)
            qCInfo(lcSync) << moved << "items left milestone" << m_run.title << "of"
                           << m_repository.repository.fullName();
    }
    nextMilestone();
}

// The resume record: milestone number, both cursors and done flags, and the high-water mark of
// the interrupted run (which becomes the watermark once the run completes).
QString SyncEngine::encodeResume() const
{
    return QStringList {QString::number(m_run.number), m_run.issuesAfter, m_run.pullRequestsAfter,
        m_run.issuesDone ? QStringLiteral("1") : QStringLiteral("0"),
        m_run.pullRequestsDone ? QStringLiteral("1") : QStringLiteral("0"),
        m_run.highWater.toUTC().toString(Qt::ISODateWithMs)}
        .join(QLatin1Char('\n'));
}

bool SyncEngine::decodeResume(const QString &text, MilestoneRun &run) const
{
    const auto parts = text.split(QLatin1Char('\n'));
    if (parts.size() != 6 || parts[0].toInt() != run.number)
        return false;
    run.issuesAfter = parts[1];
    run.pullRequestsAfter = parts[2];
    run.issuesDone = parts[3] == QLatin1StringView("1");
    run.pullRequestsDone = parts[4] == QLatin1StringView("1");
    run.highWater = QDateTime::fromString(parts[5], Qt::ISODateWithMs);
    return true;
}

} // namespace ReleaseDesk::Models
