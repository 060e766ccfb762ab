#pragma once

#include "api/apierror.h"
#include "api/branchci.h"
#include "api/cicontext.h"
#include "api/itemkey.h"
#include "api/ratelimitstatus.h"

#include <QDateTime>
#include <QList>
#include <QUrl>

#include <optional>

namespace ReleaseDesk::Api {

/// One run of a CI context on a commit. A re-run is a run of its own (check suites keep every
/// run); commit statuses show only their latest state per context.
struct CiRun
{
    QString context; ///< check run name or status context
    CiContext::Source source = CiContext::Source::CheckRun;
    QString rawState; ///< as GitHub sent it (see CiContext::rawState)
    QDateTime startedAt;
    QDateTime completedAt;
    QUrl url;
    /// GitHub's id of the run (check runs), or the context and its time (statuses): unique per commit.
    QString runId;

    CiState state() const { return ciStateFromGitHub(rawState); }

    friend bool operator==(const CiRun &, const CiRun &) = default;
};

struct HistoryCommit
{
    QString oid;
    QDateTime committedAt;
    QUrl url;
    QList<CiRun> runs;

    friend bool operator==(const HistoryCommit &, const HistoryCommit &) = default;
};

/// The last commits of a branch with their CI runs, newest first.
struct BranchHistory
{
    RepositoryRef repository;
    QString branch;
    bool found = true; ///< false: GitHub has no such branch
    /// Its protection rule's required contexts; nullopt when no rule could be read.
    std::optional<QStringList> protectedContexts;
    QList<HistoryCommit> commits;

    friend bool operator==(const BranchHistory &, const BranchHistory &) = default;
};

/// The branch's head as its history shows it: the head commit and the latest run of each context
/// on it (for repositories whose heads no item page brought).
BranchCi headOf(const BranchHistory &history);

/// The answer to one BranchHistory request: the release and the main branch (those asked for).
struct BranchHistoryPage
{
    ApiError error; ///< set when nothing usable came back
    QList<BranchHistory> branches;
    RateLimitStatus rate;
};

/// Pure: JSON bytes in, values out (see GitHubParsers). `releaseBranch` and `mainBranch` name the
/// branches asked for (empty: not asked), so that a branch GitHub does not have is reported as such.
BranchHistoryPage parseBranchHistory(const QByteArray &json, const RepositoryRef &repository,
    const QString &releaseBranch, const QString &mainBranch);

} // namespace ReleaseDesk::Api
