#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace ReleaseDesk::Api {

/// The normalised state of a CI context. The raw GitHub value is kept beside it so that values
/// the documentation omits (STALE, STARTUP_FAILURE) or that GitHub adds later stay visible.
enum class CiState {
    Success,
    Failure,
    Pending,
    Neutral, ///< ran, but neither passed nor failed (NEUTRAL, SKIPPED, STALE, CANCELLED)
    Unknown, ///< a value this version does not know
};

/// A check run (GitHub Actions and apps) or a commit status (Prow and other classic integrations).
struct CiContext
{
    enum class Source { CheckRun, StatusContext };

    Source source = Source::StatusContext;
    QString name;
    /// As GitHub sent it: a CheckConclusionState, a CheckStatusState while not completed, or a
    /// StatusState.
    QString rawState;
    /// Blocking (required by branch protection) or informing.
    bool required = false;
    QUrl url;
    QDateTime completedAt;

    CiState state() const;

    friend bool operator==(const CiContext &, const CiContext &) = default;
};

/// Maps any GitHub check/status value to a CiState; unknown values give CiState::Unknown.
CiState ciStateFromGitHub(QStringView rawState);

/// Counts per state over a set of contexts, split by required and informing.
struct CiSummary
{
    int passed = 0;
    int failed = 0;
    int pending = 0;
    int neutral = 0;
    int unknown = 0;
    int requiredFailed = 0;
    int informingFailed = 0;

    int total() const { return passed + failed + pending + neutral + unknown; }
    /// Failure if anything failed, Pending if anything runs, Success if something passed.
    CiState overall() const;

    static CiSummary of(const QList<CiContext> &contexts);

    friend bool operator==(const CiSummary &, const CiSummary &) = default;
};

} // namespace ReleaseDesk::Api
Q_DECLARE_METATYPE(ReleaseDesk::Api::CiSummary)
