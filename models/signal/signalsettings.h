#pragma once

#include "signal/contexthealth.h"

#include <QJsonObject>
#include <QStringList>

namespace ReleaseDesk::Models {

/// What a release's go/no-go verdict is judged by, editable per release and stored with it.
struct SignalSettings
{
    /// What a kind of CI finding does to the verdict (the "verdict table").
    enum class Effect { Go, Caution, NoGo };

    /// Data older than this (since a repository's last successful sync) gives Unknown.
    int staleAfterMinutes = 6 * 60;
    /// Required (blocking) contexts named by the team, beside those of the branch protection rule;
    /// repositories without a readable rule rely on these.
    QStringList requiredContexts;
    /// conventions.md: "informing CI failing means red".
    Effect informingFailure = Effect::NoGo;
    /// Contexts still running on the head.
    Effect pending = Effect::Caution;
    /// Commits of CI history read per branch and sync.
    int historyDepth = 20;
    HealthCriteria criteria;
    /// The rest of the verdict table, from the history (conventions.md: flaky is yellow, and yellow
    /// counts as red for a cut; a blocking context needs K greens in a row to be healthy).
    Effect blockingFlaky = Effect::NoGo;
    Effect informingFlaky = Effect::NoGo;
    Effect blockingRecovering = Effect::Caution;

    QJsonObject toJson() const;
    /// Missing or malformed fields keep their defaults.
    static SignalSettings fromJson(const QJsonObject &object);

    friend bool operator==(const SignalSettings &, const SignalSettings &) = default;
};

} // namespace ReleaseDesk::Models
