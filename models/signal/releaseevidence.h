#pragma once

#include "signal/signalsettings.h"

#include "api/branchci.h"
#include "api/branchhistory.h"

#include <QDateTime>

namespace ReleaseDesk::Models {

/// How the last syncs of one repository went.
struct RepositorySync
{
    Api::RepositoryRef repository;
    QDateTime lastSuccessAt; ///< invalid: never synced completely
    QDateTime lastFailureAt;
    QString lastFailure;

    /// The most recent attempt failed (a success since then clears it).
    bool lastAttemptFailed() const
    {
        return lastFailureAt.isValid() && (!lastSuccessAt.isValid() || lastFailureAt > lastSuccessAt);
    }

    friend bool operator==(const RepositorySync &, const RepositorySync &) = default;
};

/// Everything the go/no-go verdict is judged on besides the items: the release branch's head in
/// each repository as last read, how each repository's syncs went, the release's settings, and the
/// time the verdict is given at (so that data ages and tests can fix the clock).
struct ReleaseEvidence
{
    QString releaseBranch; ///< empty: none set for the release
    /// One per repository of the release; readAt invalid when the branch was never read.
    QList<Api::BranchCi> heads;
    QList<RepositorySync> syncs; ///< one per repository of the release
    /// The release branch's recent commits per repository, as last read (empty when never read).
    QList<Api::BranchHistory> histories;
    SignalSettings settings;
    QDateTime now;

    friend bool operator==(const ReleaseEvidence &, const ReleaseEvidence &) = default;
};

} // namespace ReleaseDesk::Models
