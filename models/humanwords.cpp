#include "humanwords.h"

#include "untrustedtext.h"

namespace ReleaseDesk::Models {

using Kind = Api::TimelineEvent::Kind;

QString HumanWords::timelineSentence(const Api::TimelineEvent &event)
{
    const auto who = event.actor.isEmpty() ? tr("Someone") : displayText(event.actor);
    const auto what = displayText(event.detail);
    switch (event.kind) {
    case Kind::Labeled:
        return tr("%1 added %2").arg(who, what);
    case Kind::Unlabeled:
        return tr("%1 removed %2").arg(who, what);
    case Kind::Milestoned:
        return tr("%1 added this to %2").arg(who, what);
    case Kind::Demilestoned:
        return tr("%1 removed this from %2").arg(who, what);
    case Kind::Closed:
        return tr("%1 closed this").arg(who);
    case Kind::Reopened:
        return tr("%1 reopened this").arg(who);
    case Kind::Merged:
        return event.detail.isEmpty() ? tr("%1 merged this").arg(who)
                                      : tr("%1 merged this into %2").arg(who, what);
    case Kind::CrossReferenced:
        return tr("%1 mentioned this in %2").arg(who, what);
    case Kind::Other:
        break;
    }
    // An event this version does not interpret: said plainly, without GitHub's type name.
    return event.detail.isEmpty() ? tr("%1 changed this").arg(who) : tr("%1 changed this: %2").arg(who, what);
}

QString HumanWords::review(const QString &reviewDecision)
{
    if (reviewDecision == u"APPROVED")
        return tr("Approved");
    if (reviewDecision == u"CHANGES_REQUESTED")
        return tr("Changes requested");
    if (reviewDecision == u"REVIEW_REQUIRED")
        return tr("Review required");
    return reviewDecision.isEmpty() ? tr("No review yet") : tr("Unknown review state");
}

QString HumanWords::mergeState(const QString &mergeable, const QString &mergeStateStatus)
{
    if (mergeable == u"CONFLICTING" || mergeStateStatus == u"DIRTY")
        return tr("Conflicts");
    if (mergeStateStatus == u"CLEAN" || mergeStateStatus == u"HAS_HOOKS")
        return tr("Ready to merge");
    if (mergeStateStatus == u"BLOCKED")
        return tr("Blocked by required checks or reviews");
    if (mergeStateStatus == u"BEHIND")
        return tr("Behind the base branch");
    if (mergeStateStatus == u"UNSTABLE")
        return tr("Mergeable, with failing checks");
    if (mergeStateStatus == u"DRAFT")
        return tr("Draft");
    if (mergeable == u"MERGEABLE")
        return tr("Mergeable");
    // GitHub computes mergeability later: until then, it is not known.
    return tr("Not known yet");
}

QString HumanWords::checkState(const QString &rawState)
{
    switch (Api::ciStateFromGitHub(rawState)) {
    case Api::CiState::Success:
        return tr("Passed");
    case Api::CiState::Failure:
        return tr("Failed");
    case Api::CiState::Pending:
        return tr("Running");
    case Api::CiState::Neutral:
        return tr("Neutral or skipped");
    case Api::CiState::Unknown:
        break;
    }
    return tr("Unknown");
}

} // namespace ReleaseDesk::Models
