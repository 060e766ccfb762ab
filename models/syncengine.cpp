#include "syncengine.h"

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

namespace ReleaseDesk::Models {

using namespace Api;

namespace {
// An incremental sync first asks for a small page: when nothing changed, that one request is all.
constexpr int probePageSize = 10;

QDateTime newestUpdate(const QList<Item> &items, QDateTime current)
{
    for (const auto &item : items) {
        if (!current.isValid() || item.updatedAt > current)
            current = item.updatedAt;
    }
    return current;
}
} // namespace

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

void SyncEngine::readHistory()
{
    const auto depth = SignalStore(*m_store).settings(m_release.id).historyDepth;
    GitHubService::BranchHistoryRequest request;
    request.repository = m_repository.repository;
    request.releaseBranch = m_release.releaseBranch;
    request.mainBranch = m_release.mainBranch;
    request.depth = depth;
    if (depth <= 0 || (request.releaseBranch.isEmpty() && request.mainBranch.isEmpty()))
        return nextRepository();
    m_client->fetchBranchHistory(request, this, [this](const BranchHistoryPage &page) {
        if (page.error)
            return stopOnError(page.error);
        const bool stored = m_store->transaction([&] {
            SignalStore signal(*m_store);
            for (const auto &history : page.branches) {
                if (!signal.setBranchHistory(history))
                    return false;
                // A repository read by range only brought no heads with its items: its history does.
                if (!m_branchesFetched) {
                    auto head = headOf(history);
                    head.readAt = QDateTime::currentDateTimeUtc();
                    if (!signal.setBranchHead(head))
                        return false;
                }
            }
            return true;
        });
        if (!stored)
            return repositoryFailed(m_store->lastError().message);
        nextRepository();
    });
}

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
    if (m_cancelled)
        return finishSync(false);
    if (m_pendingCherryPickBranches.isEmpty())
        return nextRepository();
    m_cherryPickRun = m_pendingCherryPickBranches.takeFirst();
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
    if (m_cancelled)
        return finishSync(false);
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
    m_outcome.problems.append(page.itemErrors);
    ++m_outcome.pages;
    m_outcome.items += int(changed.size());
    ++m_progress.pages;
    m_progress.items += int(changed.size());
    if (!changed.isEmpty())
        Q_EMIT itemsStored(changed);
    Q_EMIT progressChanged(m_progress);
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

void SyncEngine::finishRepository()
{
    if (m_repository.hasRange())
        return startRange();
    nextRepository();
}

void SyncEngine::startRange()
{
    if (m_release.id <= 0) {
        m_outcome.problems.append(
            tr("The range of %1 is read once the release is saved.").arg(m_repository.repository.fullName()));
        return nextRepository();
    }
    m_range = {};
    requestRangePage();
}

void SyncEngine::requestRangePage()
{
    if (m_cancelled)
        return finishSync(false);
    GitHubService::CompareRangeRequest request;
    request.repository = m_repository.repository;
    request.fromRef = m_repository.rangeFrom;
    request.toRef = m_repository.rangeTo;
    request.pageSize = std::min(request.pageSize, m_pageSize);
    request.after = m_range.after;
    m_client->fetchCompareRange(
        request, this, [this](const CompareRangePage &page) { handleRangePage(page); });
}

void SyncEngine::handleRangePage(CompareRangePage page)
{
    if (page.error)
        return stopOnError(page.error);
    const auto missing = !page.fromFound ? m_repository.rangeFrom
        : !page.toFound                  ? m_repository.rangeTo
                                         : QString();
    if (!missing.isEmpty()) {
        m_outcome.problems.append(
            tr("%1 has no tag or branch \"%2\": correct the release's range; the pull requests last read "
               "from it are kept.")
                .arg(m_repository.repository.fullName(), missing));
        return nextRepository();
    }
    if (m_range.firstPage) {
        m_range.headOid = page.headOid;
        // The range ends where it ended at the last read: its commits, hence its pull requests, are
        // the same. A full sync reads it again anyway (a note edited after merging).
        const auto previous = SyncStateRepository(*m_store).rangeState(m_release.id, m_repository.repository);
        if (m_mode == SyncMode::Incremental && previous && !page.headOid.isEmpty()
            && previous->headOid == page.headOid && previous->from == m_repository.rangeFrom
            && previous->to == m_repository.rangeTo) {
            return nextRepository();
        }
    }
    completeFollowUps<CompareRangePage>(
        std::move(page), 0, [this](CompareRangePage completed) { storeRangePage(completed); });
}

void SyncEngine::storeRangePage(const CompareRangePage &page)
{
    if (m_cancelled)
        return finishSync(false);
    QList<ItemKey> keys;
    for (const auto &item : page.items)
        keys.append(item.key);
    const bool stored = m_store->transaction([&] {
        return ItemRepository(*m_store).upsertItems(page.items)
            && ItemRepository(*m_store).replaceTimelineEvents(keys, page.events);
    });
    if (!stored)
        return repositoryFailed(m_store->lastError().message);
    m_range.members.append(keys);
    m_range.firstPage = false;
    m_outcome.problems.append(page.itemErrors);
    ++m_outcome.pages;
    m_outcome.items += int(page.items.size());
    ++m_progress.pages;
    m_progress.items += int(page.items.size());
    if (!page.items.isEmpty())
        Q_EMIT itemsStored(page.items);
    Q_EMIT progressChanged(m_progress);
    if (page.commits.hasNextPage && !page.commits.endCursor.isEmpty()) {
        m_range.after = page.commits.endCursor;
        return requestRangePage();
    }
    const SyncStateRepository::RangeState state {
        m_repository.rangeFrom, m_repository.rangeTo, m_range.headOid, QDateTime::currentDateTimeUtc()};
    if (!ItemRepository(*m_store).replaceRangeItems(
            m_release.id, m_repository.repository, state, m_range.members))
        return repositoryFailed(m_store->lastError().message);
    nextRepository();
}

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
    if (m_cancelled)
        return finishSync(false);
    if (m_pendingMilestones.isEmpty())
        return finishRepository();
    m_run = m_pendingMilestones.takeFirst();
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

template<typename Page>
void SyncEngine::completeFollowUps(Page page, int index, std::function<void(Page)> then)
{
    // Nested lists longer than one page (150 labels, 300 CI contexts) are read to the end before
    // the page is stored, so a stored item is always complete.
    if (index >= page.followUps.size())
        return then(std::move(page));
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

void SyncEngine::storePage(const ReleaseItemsPage &page)
{
    if (m_cancelled)
        return finishSync(false);
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
    m_outcome.problems.append(page.itemErrors);
    m_firstPage = false;
    ++m_outcome.pages;
    m_outcome.items += int(changed.size());
    ++m_progress.pages;
    m_progress.items += int(changed.size());
    if (!changed.isEmpty())
        Q_EMIT itemsStored(changed);
    Q_EMIT progressChanged(m_progress);

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
