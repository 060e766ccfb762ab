#include "metrics/releasekpis.h"

namespace ReleaseDesk::Models {

ReleaseKpis computeReleaseKpis(const ReleaseMetrics &metrics, const Api::Release &release)
{
    ReleaseKpis kpis;
    const auto today = metrics.today;
    if (metrics.itemsInScope > 0)
        kpis.openBlockers = int(metrics.blockers.ages.size());
    kpis.scope = metrics.itemsInScope;
    kpis.done = metrics.itemsInScope - metrics.openInScope;
    if (kpis.scope > 0)
        kpis.donePercent = 100.0 * kpis.done / kpis.scope;

    // The schedule's phases, not only the three key dates: in a code freeze the test freeze or a
    // release candidate comes before the release.
    using KeyDate = ReleaseKpis::KeyDate;
    for (const auto &phase : Schedule::phases(release)) {
        if (phase.starts.isValid() && today.isValid() && phase.starts >= today) {
            kpis.nextPhase = phase;
            kpis.daysToNextDate = int(today.daysTo(phase.starts));
            if (phase.kind == Schedule::FeatureFreeze)
                kpis.nextDate = KeyDate::FeatureFreeze;
            else if (phase.kind == Schedule::CodeFreeze)
                kpis.nextDate = KeyDate::CodeFreeze;
            else if (phase.kind == Schedule::ReleaseDay)
                kpis.nextDate = KeyDate::Release;
            break;
        }
    }

    if (release.releaseDate.isValid() && today.isValid() && release.releaseDate > today) {
        const auto daysLeft = today.daysTo(release.releaseDate);
        kpis.burnNeededPerDay = double(metrics.openInScope) / double(daysLeft);
    } else if (metrics.openInScope == 0 && kpis.scope > 0) {
        kpis.burnNeededPerDay = 0.0;
    }

    const auto &done = metrics.burndown.done;
    if (done.size() >= 2) {
        const auto span = std::min<qsizetype>(7, done.size() - 1);
        kpis.burnAchievedPerDay = double(done.last() - done.at(done.size() - 1 - span)) / double(span);
    }

    if (metrics.ci.mergedWithRequiredChecks > 0)
        kpis.ciGreenShare = metrics.ci.greenShare();
    return kpis;
}

} // namespace ReleaseDesk::Models
