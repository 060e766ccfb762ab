#pragma once

#include "api/cicontext.h"
#include "api/timelineevent.h"

#include <QCoreApplication>
#include <QString>

namespace ReleaseDesk::Models {

/// GitHub's states and events in the words a release manager uses: no GraphQL type or enum name
/// reaches the screen ("chen-hao added kind/bug", "Changes requested", "Conflicts"). Names from
/// GitHub in the results are isolated (see displayText()).
class HumanWords final
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDesk::Models::HumanWords)

public:
    /// A timeline entry as a sentence.
    static QString timelineSentence(const Api::TimelineEvent &event);
    /// reviewDecision: APPROVED, CHANGES_REQUESTED, REVIEW_REQUIRED, or empty.
    static QString review(const QString &reviewDecision);
    /// mergeable (MERGEABLE, CONFLICTING, UNKNOWN) and mergeStateStatus (CLEAN, BLOCKED, BEHIND,
    /// DIRTY, DRAFT, HAS_HOOKS, UNSTABLE, UNKNOWN) together, as one phrase.
    static QString mergeState(const QString &mergeable, const QString &mergeStateStatus);
    /// A check's state (SUCCESS, FAILURE, PENDING, ...).
    static QString checkState(const QString &rawState);
};

} // namespace ReleaseDesk::Models
