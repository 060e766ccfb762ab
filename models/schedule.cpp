#include "schedule.h"

#include "presets.h"

#include <algorithm>

namespace ReleaseDesk::Models {

using namespace Api;

QStringList Schedule::phaseKinds()
{
    return {EnhancementsFreeze, ProductionReadinessFreeze, TestFreeze, DocsFreeze, ReleaseCandidate, Custom};
}

QString Schedule::kindName(const QString &kind)
{
    if (kind == EnhancementsFreeze)
        return tr("Enhancements freeze");
    if (kind == ProductionReadinessFreeze)
        return tr("Production readiness freeze");
    if (kind == FeatureFreeze)
        return tr("Feature freeze");
    if (kind == CodeFreeze)
        return tr("Code freeze");
    if (kind == TestFreeze)
        return tr("Test freeze");
    if (kind == DocsFreeze)
        return tr("Docs freeze");
    if (kind == ReleaseCandidate)
        return tr("Release candidate");
    if (kind == ReleaseDay)
        return tr("Release day");
    // A custom phase, or a kind a newer version wrote: never the raw key on screen.
    return tr("Other phase");
}

QString Schedule::displayName(const ReleasePhase &phase)
{
    const auto name = phase.name.trimmed();
    return name.isEmpty() ? kindName(phase.kind) : name;
}

QList<SchedulePhase> Schedule::phases(const Release &release)
{
    QList<SchedulePhase> result;
    const auto addKey = [&](const QString &kind, QDate day) {
        if (day.isValid())
            result.append({kind, kindName(kind), day});
    };
    addKey(FeatureFreeze, release.featureFreeze);
    addKey(CodeFreeze, release.codeFreeze);
    addKey(ReleaseDay, release.releaseDate);
    for (const auto &phase : release.phases) {
        if (phase.starts.isValid())
            result.append({phase.kind, displayName(phase), phase.starts});
    }
    // Stable: on the same day a key date comes before a further phase, so that a test freeze set
    // on the code-freeze day does not hide the code freeze.
    std::stable_sort(result.begin(), result.end(),
        [](const SchedulePhase &a, const SchedulePhase &b) { return a.starts < b.starts; });
    return result;
}

ScheduleStatus Schedule::status(const Release &release, QDate today)
{
    ScheduleStatus status;
    const auto all = phases(release);
    status.hasDates = !all.isEmpty();
    if (!status.hasDates || !today.isValid()) {
        status.line = tr("No schedule: set the release's dates in Edit Release");
        return status;
    }
    for (int index = 0; index < all.size(); ++index) {
        if (all[index].starts <= today)
            status.currentPhase = index;
    }
    const auto &codeFreeze = release.codeFreeze;
    const auto &releaseDay = release.releaseDate;
    status.inCodeFreeze
        = codeFreeze.isValid() && today >= codeFreeze && (!releaseDay.isValid() || today <= releaseDay);
    if (releaseDay.isValid() && today > releaseDay) {
        status.released = true;
        status.phaseName = tr("Released");
        status.line = tr("Released %n day(s) ago", nullptr, int(releaseDay.daysTo(today)));
        return status;
    }
    if (releaseDay.isValid() && today == releaseDay) {
        status.phaseName = kindName(ReleaseDay);
        status.line = status.phaseName;
        return status;
    }
    status.phaseName = status.currentPhase >= 0 ? all[status.currentPhase].name : tr("Development");
    QStringList parts;
    // "Day 5 of code freeze" already names the phase; any other phase (or development) is said.
    if (status.currentPhase < 0 || all[status.currentPhase].kind != CodeFreeze)
        parts.append(status.phaseName);
    if (codeFreeze.isValid()) {
        if (today < codeFreeze)
            parts.append(tr("Code freeze in %n day(s)", nullptr, int(today.daysTo(codeFreeze))));
        else
            parts.append(tr("Day %n of code freeze", nullptr, int(codeFreeze.daysTo(today)) + 1));
    }
    if (releaseDay.isValid())
        parts.append(tr("Release in %n day(s)", nullptr, int(today.daysTo(releaseDay))));
    status.line = parts.join(QStringLiteral(" \u00B7 "));
    return status;
}

QList<SchedulePreset> Schedule::presets()
{
    // resources/presets/schedules.json.
    return Presets::schedules();
}

Release Schedule::applyPreset(Release release, const SchedulePreset &preset, QDate releaseDay)
{
    release.releaseDate = releaseDay;
    release.featureFreeze = {};
    release.codeFreeze = {};
    release.phases.clear();
    for (const auto &[kind, daysBefore] : preset.offsets) {
        const auto day = releaseDay.addDays(-daysBefore);
        if (kind == FeatureFreeze)
            release.featureFreeze = day;
        else if (kind == CodeFreeze)
            release.codeFreeze = day;
        else
            release.phases.append({kind, QString(), day});
    }
    return release;
}

} // namespace ReleaseDesk::Models
