#pragma once

#include "api/apierror.h"
#include "api/githubparsers.h"
#include "api/release.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <functional>

namespace ReleaseDesk::Api {
class GitHubService;
}

namespace ReleaseDesk::Models {

class Store;

enum class SyncMode {
    Incremental, ///< only what changed since the last complete sync of each repository
    Full, ///< everything; also moves items that left a milestone out of it
};

struct SyncProgress
{
    QString repository; ///< "owner/name" being synced
    int repositoryIndex = 0; ///< 1-based
    int repositoryCount = 0;
    int pages = 0;
    int items = 0;
};

struct SyncOutcome
{
    bool completed = false; ///< every repository synced (item-level warnings may still exist)
    bool cancelled = false;
    /// A failure that stopped the whole sync (bad token, SSO): the user must act.
    Api::ApiError fatalError;
    /// Per-repository or per-item problems; the rest of the sync went on.
    QStringList problems;
    int pages = 0;
    int items = 0;
    int requests = 0;
    int points = 0;
};

/// Fills the store from GitHub for one release, page by page, each page in one transaction.
///
/// A sync cut at any point (network, malformed page, quit, kill -9) leaves the store consistent;
/// the next sync resumes from the stored cursor. Errors never delete cached items. Network work
/// runs on the caller's event loop through the injected client.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    SyncEngine(Api::GitHubService *client, Store *store, QObject *parent = nullptr);

    void start(const Api::Release &release, SyncMode mode = SyncMode::Incremental);
    void cancel();
    bool isRunning() const { return m_running; }

    /// Page size for full syncs and continuation pages (GitHub's maximum is 100).
    void setPageSize(int size) { m_pageSize = size; }

Q_SIGNALS:
    void progressChanged(const ReleaseDesk::Models::SyncProgress &progress);
    /// Items just committed to the store, for models to update in place.
    void itemsStored(const QList<ReleaseDesk::Api::Item> &items);
    void finished(const ReleaseDesk::Models::SyncOutcome &outcome);

private:
    struct MilestoneRun
    {
        int number = 0;
        QString title;
        QString issuesAfter;
        QString pullRequestsAfter;
        bool issuesDone = false;
        bool pullRequestsDone = false;
        bool resumed = false;
        QDateTime highWater;
        QSet<Api::ItemKey> seen;
    };

    struct RangeRun
    {
        QString after;
        QString headOid;
        QList<Api::ItemKey> members;
        bool firstPage = true;
    };

    /// One branch of the cherry-pick matrix to read in the current repository.
    struct CherryPickBranchRun
    {
        QString branch;
        bool fixes = false; ///< the main branch: merged fixes with the policy's labels, and their comments
        QString watermarkKey;
        QDateTime watermark;
        QDateTime highWater;
        QString after;
        bool firstPage = true;
    };

    void nextRepository();
    /// Moves the next of a step's `pending` runs into `current`. False when there is none (then
    /// `afterLast` continues the sync) or the sync was cancelled (then it ends).
    template<typename Run>
    bool takeNextRun(QList<Run> &pending, Run &current, void (SyncEngine::*afterLast)())
    {
        if (m_cancelled) {
            finishSync(false);
            return false;
        }
        if (pending.isEmpty()) {
            (this->*afterLast)();
            return false;
        }
        current = pending.takeFirst();
        return true;
    }
    /// Reads the pull requests of the release's maintained branches (and the main branch's fixes)
    /// in the current repository, each down to its stored watermark.
    void startCherryPicks();
    void nextCherryPickBranch();
    void requestCherryPickPage();
    void storeCherryPickPage(const Api::BranchPullRequestsPage &page);
    void finishRepository();
    /// Reads the CI history of the release and main branches of the current repository.
    void readHistory();
    void startRange();
    void requestRangePage();
    void handleRangePage(Api::CompareRangePage page);
    void storeRangePage(const Api::CompareRangePage &page);
    void resolveMilestones();
    void fetchRepositoryMeta(
        const QString &labelsAfter, const QString &milestonesAfter, bool labelsDone, bool milestonesDone);
    void startMilestones();
    void nextMilestone();
    void requestPage();
    void handlePage(Api::ReleaseItemsPage page);
    /// Reads the nested lists of `page`'s items that did not fit (labels, CI contexts, timeline) to
    /// the end, then hands the completed page to `then` (the step's store), unless the sync was
    /// cancelled meanwhile.
    template<typename Page>
    void completeFollowUps(Page page, int index, std::function<void(Page)> then);
    void storePage(const Api::ReleaseItemsPage &page);
    void finishMilestone();
    /// Counts a stored page (its items that changed) in the outcome and the progress, and says so.
    void pageStored(const QStringList &itemErrors, const QList<Api::Item> &changed);
    /// A page that brought an error: cancelled or fatal errors end the sync, others skip the repository.
    void stopOnError(const Api::ApiError &error);
    void repositoryFailed(const QString &problem);
    void recordFailure(const QString &problem);
    void finishSync(bool completed);
    QString encodeResume() const;
    bool decodeResume(const QString &text, MilestoneRun &run) const;

    Api::GitHubService *m_client;
    Store *m_store;
    int m_pageSize = 100;

    bool m_running = false;
    bool m_cancelled = false;
    SyncMode m_mode = SyncMode::Incremental;
    Api::Release m_release;
    int m_repositoryIndex = -1;
    Api::ReleaseRepository m_repository;
    QDateTime m_watermark;
    QList<MilestoneRun> m_pendingMilestones;
    MilestoneRun m_run;
    RangeRun m_range;
    bool m_branchesFetched = false;
    bool m_repositoryFailed = false;
    bool m_historyRead = false;
    bool m_cherryPicksRead = false;
    QList<CherryPickBranchRun> m_pendingCherryPickBranches;
    CherryPickBranchRun m_cherryPickRun;
    QDateTime m_cherryPickSince;
    QStringList m_cherryPickLabels;
    bool m_firstPage = true;
    SyncOutcome m_outcome;
    SyncProgress m_progress;
    int m_requestsAtStart = 0;
    int m_pointsAtStart = 0;
};

} // namespace ReleaseDesk::Models
