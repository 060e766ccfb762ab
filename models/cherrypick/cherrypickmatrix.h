#pragma once

#include "api/cicontext.h"
#include "api/item.h"
#include "api/itemkey.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ReleaseDesk::Models {

/// Which fixes need back-porting and how a cherry-pick is asked for: a release's policy (stored
/// with the release, edited in the release dialog and the team file).
struct CherryPickPolicy
{
    /// The branches the release maintains besides the main branch, newest first
    /// ("release-4.1", "release-4.0", "release-3.5").
    QStringList maintainedBranches;
    /// A pull request merged into the main branch needs back-porting when it carries any of these
    /// labels (exact names; Kubernetes and KubeSphere spellings by default).
    QStringList labels = {QStringLiteral("kind/bug"), QStringLiteral("kind/regression"),
        QStringLiteral("priority/critical-urgent"), QStringLiteral("cherry-pick-approved"),
        QStringLiteral("needs-cherry-pick")};
    /// The bot command that asks for a cherry-pick, %1 being the target branch (Prow's cherrypicker).
    QString command = QStringLiteral("/cherrypick %1");
    /// Merged pull requests older than this are not read from the maintained branches.
    QDate since;

    friend bool operator==(const CherryPickPolicy &, const CherryPickPolicy &) = default;
};

/// What a maintained branch holds of one fix, in order of progress.
enum class CherryPickState {
    NotNeeded, ///< the fix does not apply to this branch (a label or the fix's own base says so)
    Missing, ///< needed, and nothing seen yet: no request, no pull request
    Requested, ///< someone asked the bot (its command or its acknowledgement was seen)
    Conflicts, ///< the bot said the pick does not apply cleanly: a person must port it
    OpenPullRequest, ///< a cherry-pick pull request is open (its CI is in the cell)
    Merged, ///< the cherry-pick is merged into the branch
};

/// Which clue tied a pull request on a maintained branch to the fix it carries.
enum class CherryPickClue {
    None,
    Link, ///< GitHub's own link or "Cherry pick of owner/repo#N" in the body
    Title, ///< "Automated cherry pick of #N", "[release-4.1] <the fix's title>"
    HeadBranch, ///< "cherry-pick-N-to-release-4.1", "automated-cherry-pick-of-#N-..."
};

struct CherryPickCell
{
    CherryPickState state = CherryPickState::Missing;
    /// The cherry-pick pull request, when one was found (open or merged).
    std::optional<Api::ItemKey> pullRequest;
    /// What "open" opens: the pull request, else the comment or the fix.
    QUrl url;
    CherryPickClue clue = CherryPickClue::None;
    /// The open pull request's CI (empty when there is none or nothing ran).
    Api::CiSummary ci;
    /// When the cell reached its state (merge, request, the bot's reply); invalid when unknown.
    QDateTime at;
};

struct CherryPickRow
{
    /// The fix: a pull request merged into the main branch. Keys carry the repository, so #100 of
    /// one repository never matches another's.
    Api::ItemKey fix;
    QString title; ///< untrusted GitHub text: show through Models::displayText
    QUrl url;
    QDateTime mergedAt;
    /// The policy labels that made it need back-porting.
    QStringList reasons;
    /// One cell per CherryPickMatrix::branches, in that order.
    QList<CherryPickCell> cells;
};

/// One row per fix merged on the main branch that needs back-porting, one column per maintained
/// branch. A value: computed off the GUI thread from the workspace's items, shown by
/// CherryPickMatrixModel, printed by `releasedesk cherry-picks`.
struct CherryPickMatrix
{
    QStringList branches;
    QList<CherryPickRow> rows;
};

} // namespace ReleaseDesk::Models
