#pragma once

#include "api/dailysnapshot.h"
#include "api/item.h"
#include "api/release.h"
#include "api/timelineevent.h"

#include "signal/contexthealth.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ReleaseDesk::Models {

/// Everything the metrics are computed from: copies, so the computation can run on a worker thread.
struct MetricsInput
{
    Api::Release release;
    /// The release's items (in its milestones now), plus any that left the scope, if cached.
    QList<Api::Item> items;
    QList<Api::TimelineEvent> events;
    QList<Api::DailySnapshot> snapshots;
    QDate today;
    /// The release branch's required contexts, pass rate per day, from its stored CI history
    /// (SignalReport::requiredPassRate): CI health over time, beside the snapshots' counts.
    QList<DailyPassRate> releaseBranchPassRate;
};

/// Burndown and burnup of the release scope, day by day.
struct Burndown
{
    QList<QDate> days;
    QList<int> scope; ///< items in the release at the end of the day
    QList<int> open; ///< of those, still open
    QList<int> done; ///< scope - open
    QList<int> added; ///< entered the scope that day (milestoned, or created in the milestone)
    QList<int> removed; ///< left the scope that day (demilestoned)
    /// The ideal line: from (scope freeze, scope then) to (release date, 0). Invalid dates: no line.
    QDate idealStart;
    int idealStartValue = 0;
    QDate idealEnd;
};

struct Throughput
{
    QList<QDate> days;
    QList<int> mergedPullRequests;
    QList<int> closedIssues;
    QList<QDate> weeks; ///< Mondays
    QList<int> weeklyMerged;
    QList<int> weeklyClosed;
};

/// A distribution with its order statistics (nearest-rank percentiles).
struct Distribution
{
    QList<double> values; ///< sorted
    double median = 0;
    double p90 = 0;
    QStringList bucketLabels;
    QList<int> buckets;
    static Distribution of(
        QList<double> values, const QList<double> &bucketBounds, const QStringList &bucketLabels);
};

struct ContextCount
{
    QString name;
    int failures = 0;
    int runs = 0;
};

struct CiHealth
{
    int mergedWithRequiredChecks = 0;
    int greenAtMerge = 0; ///< merged PRs whose required checks were all green
    double greenShare() const
    {
        return mergedWithRequiredChecks ? double(greenAtMerge) / mergedWithRequiredChecks : 0;
    }
    QList<ContextCount> failingContexts; ///< most failures first
    /// Contexts that failed on at least two PRs that merged anyway, and passed elsewhere: likely flaky
    /// (a context that always fails is broken, not flaky).
    QStringList flakyCandidates;
    /// From the snapshots recorded at each sync: PRs with failing CI, release-branch contexts failing.
    QList<QDate> days;
    QList<double> pullRequestsFailing;
    QList<double> releaseBranchFailing;
    /// The release branch's required contexts per day (MetricsInput::releaseBranchPassRate).
    QList<DailyPassRate> releaseBranchPassRate;
};

struct BlockerAge
{
    Api::ItemKey key;
    QString title;
    int days = 0;
};

struct BlockerHistory
{
    QList<QDate> days;
    QList<double> open; ///< recorded snapshot where one exists, reconstructed otherwise
    QList<bool> recorded; ///< true where the value comes from a snapshot
    QList<BlockerAge> ages; ///< open blockers now, oldest first
};

struct BreakdownRow
{
    QString name;
    int open = 0;
    int done = 0;
};

struct Breakdown
{
    QString dimension; ///< "area", "sig", "kind", "repository"
    QList<BreakdownRow> rows; ///< most items first
};

/// The metrics of one release as of `today`: pure values, computed by computeReleaseMetrics().
struct ReleaseMetrics
{
    QString releaseName;
    QDate today;
    Burndown burndown;
    Throughput throughput;
    Distribution leadTimeDays; ///< PR created to merged
    Distribution firstReviewHours; ///< PR created to its first review by someone else
    CiHealth ci;
    BlockerHistory blockers;
    QList<Breakdown> breakdowns;
    int itemsInScope = 0;
    int openInScope = 0;
};

/// Pure and deterministic; linear in items + events + days. Safe to run on a worker thread.
ReleaseMetrics computeReleaseMetrics(const MetricsInput &input);

} // namespace ReleaseDesk::Models
