#pragma once

#include "api/item.h"
#include "api/release.h"
#include "api/timelineevent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace ReleaseDesk::Models {

/// Where an item's request for an exception to the freeze stands (Api::Release::exceptionLabel).
enum class ExceptionState {
    None,
    Requested, ///< carries the exception label, not yet answered
    Approved, ///< carries "<label>-approved"
    Rejected, ///< carries "<label>-rejected" (wins over an approval: the safe reading of a contradiction)
};

/// One freeze exception with the dates its timeline gives (invalid when the timeline is not read).
struct FreezeException
{
    Api::ItemKey item;
    ExceptionState state = ExceptionState::None;
    QDateTime requestedAt;
    QDateTime decidedAt;

    friend bool operator==(const FreezeException &, const FreezeException &) = default;
};

/// A built-in board view: a name and a query in the query bar's language.
struct BoardView
{
    QString name;
    QString query;
};

/// The code-freeze desk: the merge-pool buckets release leads watch, the merges that slipped in
/// after the code freeze, and freeze exceptions. Pure functions over values.
class FreezeDesk
{
    Q_DECLARE_TR_FUNCTIONS(FreezeDesk)

public:
    /// The board's built-in views in menu order: blockers, the Kubernetes release-lead handbook's
    /// merge-pool buckets, merges after the freeze, exceptions, CI and cherry-picks.
    static QList<BoardView> builtInViews();

    static QString approvedLabel(const Api::Release &release);
    static QString rejectedLabel(const Api::Release &release);
    static ExceptionState exceptionState(const Api::Item &item, const Api::Release &release);
    static QString stateName(ExceptionState state);

    /// Pull requests of the release merged into its main branch on or after the code-freeze day
    /// that neither fix a blocker (an issue the blocker rule selects, judged as if still open) nor
    /// carry an approved exception (themselves or the issue they fix). Empty without a code freeze.
    static QSet<Api::ItemKey> mergedAfterFreeze(const QList<Api::Item> &items, const Api::Release &release);

    /// Items with an exception state, dated from their timeline: the request is the first time the
    /// exception label was added, the decision the last time the approved or rejected label was.
    static QList<FreezeException> exceptions(
        const QList<Api::Item> &items, const QList<Api::TimelineEvent> &events, const Api::Release &release);
};

} // namespace ReleaseDesk::Models
