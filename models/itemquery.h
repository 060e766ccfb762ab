#pragma once

#include "api/item.h"
#include "api/release.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <memory>

namespace ReleaseDesk::Models {

/// What a query needs beyond the item itself: the release and facts that join items together.
struct QueryContext
{
    const Api::Release *release = nullptr;
    /// Issues that an open or merged pull request closes ("no:fix" is the complement).
    QSet<Api::ItemKey> issuesWithFix;
    /// Merged pull requests on the main branch that have a merged pull request on the release branch.
    QSet<Api::ItemKey> cherryPicked;
    /// Merged pull requests that have an open (not yet merged) pull request on the release branch.
    QSet<Api::ItemKey> cherryPickPending;
    /// Items the release's blocker rule selects ("is:blocker"), less approved freeze exceptions.
    QSet<Api::ItemKey> blockers;
    /// Pull requests merged into the main branch after the code freeze without a reason
    /// ("freeze:merged-after"; see FreezeDesk::mergedAfterFreeze).
    QSet<Api::ItemKey> mergedAfterFreeze;
};

/// GitHub-like search syntax, compiled once and matched against items in memory:
///
///   is:open|closed|merged|pr|issue|draft|blocker   label:NAME[,NAME...]   kind:bug  priority:high  area:ui
///   sig:node author:LOGIN  assignee:LOGIN  repo:NAME|OWNER/NAME  milestone:TITLE  base:BRANCH
///   ci:failing|pending|passing|none  review:approved|changes_requested|required|none
///   no:assignee|label|milestone|fix  cherry-pick:missing|pending|done   freeze:merged-after
///   exception:requested|approved|rejected|any   free words, "quoted words"
///
/// Terms are ANDed; OR, parentheses, "-" and NOT work as in GitHub's search. Blocker rules, board
/// columns, saved views and the query bar all use this one language.
class ItemQuery
{
    Q_DECLARE_TR_FUNCTIONS(ItemQuery)

public:
    ItemQuery() = default;
    /// Parses `text`; on a syntax error `error` says what is wrong and the query matches nothing
    /// unknown: unknown qualifiers are matched as free text so a typo never hides everything.
    static ItemQuery parse(QStringView text, QString *error = nullptr);

    bool isEmpty() const { return !m_root; }
    bool matches(const Api::Item &item, const QueryContext &context = {}) const;
    /// True when the query needs the join facts of QueryContext (is:blocker, no:fix, cherry-pick:,
    /// freeze:).
    bool usesContext() const { return m_usesContext; }

    /// What a query bar completes: every qualifier with a fixed value, then the labels, people and
    /// repositories of `items` ("label:kind/bug", "assignee:alice", "repo:console"), sorted.
    static QStringList completions(const QList<Api::Item> &items);

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
    bool m_usesContext = false;
};

} // namespace ReleaseDesk::Models
