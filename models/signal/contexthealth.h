#pragma once

#include "api/branchhistory.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace ReleaseDesk::Models {

/// When a context counts as healthy or flaky: data, editable per release (SignalSettings).
struct HealthCriteria
{
    /// Healthy: the last K runs passed (the release-signal handbook asks for several in a row).
    int healthyStreak = 3;
    /// Flaky without a re-run: the outcome flipped (pass to fail or back) this often in the window.
    int flakyFlips = 3;

    friend bool operator==(const HealthCriteria &, const HealthCriteria &) = default;
};

/// One CI context over a branch's recent history.
struct ContextHealth
{
    Q_DECLARE_TR_FUNCTIONS(ContextHealth)

public:
    enum class Status {
        Healthy, ///< the last K runs passed
        Recovering, ///< the latest run passed, but fewer than K in a row
        Flaky, ///< failed then passed on the same commit, or flipped often in the window
        Failing, ///< the latest run failed
        NoRuns, ///< nothing completed in the window
    };

    QString context;
    Status status = Status::NoRuns;
    int streak = 0; ///< successive green runs, newest back
    int runs = 0; ///< completed runs that passed or failed
    int passed = 0;
    int failed = 0;
    int flips = 0;
    bool failedThenPassedOnOneCommit = false;
    QDateTime lastGreenAt;
    QDateTime lastFailureAt;
    QUrl lastFailureUrl;
    QString lastFailureCommit;
    /// Outcomes oldest first, one character per run: '+' passed, '-' failed (a sparkline's data).
    QString outcomes;

    /// passed / runs, or -1 without runs.
    double passRate() const { return runs > 0 ? double(passed) / runs : -1.0; }
    static QString statusName(Status status); ///< "healthy", "flaky", ... for machine output
    QString statusText() const; ///< translated

    friend bool operator==(const ContextHealth &, const ContextHealth &) = default;
};

/// Runs of one day (UTC, by completion) that passed or failed.
struct DailyPassRate
{
    QDate day;
    int passed = 0;
    int failed = 0;

    double rate() const { return passed + failed > 0 ? double(passed) / (passed + failed) : -1.0; }

    friend bool operator==(const DailyPassRate &, const DailyPassRate &) = default;
};

/// CI health over time: the pass rate per day of the runs of `history` that `counts` selects (the
/// required contexts, say), oldest day first; days without such runs are left out, not zero.
QList<DailyPassRate> passRatePerDay(const QList<Api::BranchHistory> &histories,
    const std::function<bool(const Api::BranchHistory &, const QString &)> &counts);

/// Every context seen in `history`, by name, judged by `criteria`. Running and neutral runs
/// (skipped, cancelled) neither pass nor fail; an unknown state counts as a failure.
QList<ContextHealth> contextHealth(const Api::BranchHistory &history, const HealthCriteria &criteria);

} // namespace ReleaseDesk::Models
