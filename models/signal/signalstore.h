#pragma once

#include "signal/releaseevidence.h"
#include "signal/signalreport.h"
#include "signal/signalsettings.h"

#include "api/branchci.h"
#include "api/branchhistory.h"
#include "api/release.h"

#include <optional>

namespace ReleaseDesk::Models {

class Store;

/// The release signal's tables in the workspace (schemas 5 and 6): branch heads as last read, per-repository
/// sync results and per-release settings. A repository like those in models/store/: it works on the store's
/// connection and in the same transactions.
class SignalStore final
{
public:
    explicit SignalStore(Store &store)
        : m_store(store)
    { }

    /// Stores what a read of a branch found: its head's contexts (BranchCiRepository::setBranchCi), whether
    /// it exists, its protection rule and when. A branch that does not exist loses its old contexts.
    bool setBranchHead(const Api::BranchCi &head);
    /// The branch as last read; nullopt when it never was.
    std::optional<Api::BranchCi> branchHead(
        const Api::RepositoryRef &repository, const QString &branch) const;

    /// Stores a branch's recent commits (replacing the list last read) and adds or updates their
    /// runs; runs of commits no longer in any stored list of the repository are dropped.
    bool setBranchHistory(const Api::BranchHistory &history);
    /// The branch's commits as last read, newest first, with every run stored for each.
    Api::BranchHistory branchHistory(const Api::RepositoryRef &repository, const QString &branch) const;

    bool recordSyncSuccess(const Api::RepositoryRef &repository, const QDateTime &at);
    bool recordSyncFailure(const Api::RepositoryRef &repository, const QDateTime &at, const QString &problem);
    RepositorySync syncResult(const Api::RepositoryRef &repository) const;

    /// Defaults when the release has none stored (or is not saved yet).
    SignalSettings settings(qint64 releaseId) const;
    bool setSettings(qint64 releaseId, const SignalSettings &settings);

    /// Remembers what the report of `releaseId` at `record.at` said (replacing one of the same time), so
    /// that the next report can say what changed since.
    bool recordReport(qint64 releaseId, const SignalRecord &record);
    /// The last report recorded for the release strictly before `at`; nullopt when there is none.
    std::optional<SignalRecord> lastReportBefore(qint64 releaseId, const QDateTime &at) const;

    /// The evidence for `release`'s verdict as the workspace holds it, judged at `now`.
    ReleaseEvidence evidence(const Api::Release &release, const QDateTime &now) const;
    /// Everything the CI-signal report of `release` needs: the evidence, the heads and histories of
    /// its release and main branches, and every stored issue of its repositories as candidates for
    /// tracking a flake (such issues rarely sit in the release's milestone), and the last report
    /// recorded before `now`.
    SignalInputs reportInputs(const Api::Release &release, const QList<Api::Item> &items,
        const QueryContext &context, const QDateTime &now) const;

    /// CI health over time for the metrics: the pass rate per day of the release branch's required
    /// contexts from the stored history (SignalReport::requiredPassRate), without reading any item.
    QList<DailyPassRate> releaseBranchPassRate(const Api::Release &release) const;

private:
    Store &m_store;
};

} // namespace ReleaseDesk::Models
