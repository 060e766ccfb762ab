#pragma once

#include "api/cicontext.h"
#include "api/item.h"
#include "api/itemkey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
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

    /// The command for `branch`: "/cherrypick release-4.1".
    QString commandFor(const QString &branch) const;
    /// Stored as JSON (CherryPickStore, the team file); missing or malformed fields keep their defaults.
    QJsonObject toJson() const;
    static CherryPickPolicy fromJson(const QJsonObject &object);

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

    /// How many cells of `branch` (an index into branches; -1: every branch) are in `state`.
    int count(CherryPickState state, int branch = -1) const;
};

/// The words for states and clues, translated (the window, the command and the docs agree on them).
class CherryPickWords
{
    Q_DECLARE_TR_FUNCTIONS(CherryPickWords)

public:
    /// "Not needed", "Missing", "Requested", "Conflicts", "Open pull request", "Merged".
    static QString stateName(CherryPickState state);
    /// Stable codes for JSON: "not-needed", "missing", "requested", "conflicts", "open", "merged".
    static QString stateCode(CherryPickState state);
    /// "link", "title", "head branch" (translated); empty for None.
    static QString clueName(CherryPickClue clue);
    /// Stable codes for JSON: "link", "title", "head-branch"; empty for None.
    static QString clueCode(CherryPickClue clue);
};

/// A comment on a fix that speaks of cherry-picks: Prow's cherrypicker replying, or a person's
/// "/cherrypick release-4.1". Untrusted text; the store keeps only such comments, of fixes.
struct CherryPickComment
{
    Api::ItemKey fix;
    QString author;
    QDateTime at;
    QUrl url;
    QString body;

    friend bool operator==(const CherryPickComment &, const CherryPickComment &) = default;
};

/// What one comment says about one branch.
struct CherryPickNote
{
    enum class Kind {
        Requested, ///< "/cherrypick release-4.1", or the bot's "I will cherry-pick it on top of release-4.1"
        Conflicts, ///< the bot's "#123 failed to apply on top of branch \"release-4.1\""
        Created, ///< the bot's "new pull request created: #124" (no branch: the pull request's base says it)
    };
    Kind kind = Kind::Requested;
    QString branch; ///< empty for Created
    int pullRequest = 0; ///< Created: the new pull request's number, in the fix's repository
};

/// Every note in a comment's body, in order. Commands count only at the start of a line, as the bot reads
/// them.
QList<CherryPickNote> parseCherryPickComment(const QString &body);
/// Whether a comment is worth keeping (it holds at least one note): what a sync stores.
bool isCherryPickComment(const QString &body);

/// The fix a pull request on a maintained branch carries, and the clue that says so. `originalTitle`
/// is set, and `fix` empty, for "[release-4.1] <the fix's title>": the caller looks the title up
/// among the merged pull requests of the same repository.
struct CherryPickReference
{
    std::optional<Api::ItemKey> fix;
    QString originalTitle;
    CherryPickClue clue = CherryPickClue::None;
};
/// Link ("Cherry pick of owner/repo#123" in the body, or GitHub's link), then title, then head
/// branch. "#123" without a repository is the pick's own repository's.
CherryPickReference cherryPickReference(const Api::Item &pullRequest);

/// The matrix, a pure function. `items` holds the fixes (pull requests merged into `mainBranch`)
/// and the pull requests of the maintained branches (any other item is ignored), from any number of
/// repositories; `comments` the cherry-pick comments of the fixes.
///
/// Rows: merged into `mainBranch` (since `policy.since` when set) and carrying a policy label,
/// newest merge first. Cells, from the most progress down: Merged (a merged pick), OpenPullRequest
/// (an open one; closed unmerged ones do not count), then the latest of Conflicts and Requested from
/// the comments, else NotNeeded when the fix carries `do-not-cherry-pick` or
/// `do-not-cherry-pick/<branch>`, else Missing. A pick found on the branch wins over the label.
CherryPickMatrix computeCherryPickMatrix(const QList<Api::Item> &items,
    const QList<CherryPickComment> &comments, const CherryPickPolicy &policy, const QString &mainBranch);

} // namespace ReleaseDesk::Models
