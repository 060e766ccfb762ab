#pragma once

#include "itemquery.h"

#include "api/item.h"
#include "api/release.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ReleaseDesk::Models {

/// A board column: a name and the rule (an ItemQuery) that puts a card in it. Rules are data the
/// user can change; an empty rule takes every card no earlier column took.
struct BoardColumn
{
    QString name;
    QString rule;
    /// Columns are tried in ascending precedence; the first whose rule matches takes the card.
    int precedence = 0;

    friend bool operator==(const BoardColumn &, const BoardColumn &) = default;
};

/// Disagreements worth a warning mark on a card.
enum class CardWarning {
    NoteButNoneLabel = 0x1, ///< a release-note block with text, but the release-note-none label
    BlockerWithoutAssignee = 0x2,
    UnansweredNote = 0x4, ///< an empty release-note block on a merged or open PR
    MergedAfterFreeze = 0x8, ///< merged into the main branch after the code freeze without a reason
};
Q_DECLARE_FLAGS(CardWarnings, CardWarning)
Q_DECLARE_OPERATORS_FOR_FLAGS(CardWarnings)

/// The board's logic, as pure functions over values.
class Board
{
    Q_DECLARE_TR_FUNCTIONS(Board)

public:
    /// Needs triage, Blocker without fix, Fix in review, CI failing, Ready to merge, Awaiting
    /// cherry-pick, Done; in display order.
    static QList<BoardColumn> defaultColumns();

    /// The join facts queries need: fixes, cherry-picks, blockers (by the release's rule).
    static QueryContext context(const QList<Api::Item> &items, const Api::Release &release);
    /// Only the blockers (what metrics need): skips the join facts unless the rule asks for them.
    static QSet<Api::ItemKey> blockers(const QList<Api::Item> &items, const Api::Release &release);

    /// The original pull request a cherry-pick carries (link, title or branch conventions).
    static std::optional<Api::ItemKey> cherryPickOrigin(
        const Api::Item &item, const QList<Api::Item> &sameRepository = {});

    /// For each item, the index (in `columns`) of the column it belongs to, or -1.
    static QList<int> assign(
        const QList<Api::Item> &items, const QList<BoardColumn> &columns, const QueryContext &context);

    static CardWarnings warnings(const Api::Item &item, const QueryContext &context);

    /// What needs attention, for the window's places: open blockers, and open pull requests whose
    /// CI fails.
    struct Attention
    {
        int openBlockers = 0;
        int failingPullRequests = 0;
    };
    static Attention attention(const QList<Api::Item> &items, const QueryContext &context);
};

} // namespace ReleaseDesk::Models
