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

// The branch steps of a repository: its branches' CI history and the range between two refs.

namespace ReleaseDesk::Models {

using namespace Api;
using namespace SyncSteps;

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
    pageStored(page.itemErrors, page.items);
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

} // namespace ReleaseDesk::Models
