#pragma once

#include "metrics/releasemetrics.h"
#include "schedule.h"

#include <optional>

namespace ReleaseDesk::Models {

/// The few numbers a stand-up starts with (the metrics overview's tiles), from the computed metrics.
/// Whatever cannot be known from the data is empty, never a good-looking zero.
struct ReleaseKpis
{
    enum class KeyDate { FeatureFreeze, CodeFreeze, Release };

    /// Empty when the release holds no items yet: no evidence is not "0 blockers".
    std::optional<int> openBlockers;
    /// The next phase of the release's schedule from today on (today counts): a key date or a further
    /// phase (test freeze, a release candidate, the team's own), as Schedule::phases names it, and the
    /// days to it; empty when every date has passed or none is set.
    std::optional<SchedulePhase> nextPhase;
    std::optional<int> daysToNextDate;
    /// nextPhase's key date when it is one of the three (empty for a further phase).
    std::optional<KeyDate> nextDate;
    int scope = 0;
    int done = 0;
    std::optional<double> donePercent; ///< empty for an empty scope
    /// Items a day that must close to reach zero open on the release day; empty without a release day
    /// ahead (or with nothing open: then nothing is needed, shown as 0).
    std::optional<double> burnNeededPerDay;
    /// Items a day closed (scope done) over the last seven days of the burndown; empty with less than
    /// two days of history.
    std::optional<double> burnAchievedPerDay;
    /// Share of merged PRs whose required checks were green at merge; empty when none had any.
    std::optional<double> ciGreenShare;
};

ReleaseKpis computeReleaseKpis(const ReleaseMetrics &metrics, const Api::Release &release);

} // namespace ReleaseDesk::Models
