#include "board.h"

#include "cherrypick/cherrypickmatrix.h"
#include "freezedesk.h"
#include "releasenoteblock.h"

#include <QRegularExpression>

namespace ReleaseDesk::Models {

using namespace Api;

namespace {
/// "Original title" of a backport titled "[release-4.1] Original title".
std::optional<QString> originalTitleOfBackport(const QString &title)
{
    static const QRegularExpression bracket(QStringLiteral("^\\[release-[^\\]]+\\]\\s*(.+)$"));
    const auto match = bracket.match(title);
    return match.hasMatch() ? std::optional<QString>(match.captured(1).trimmed()) : std::nullopt;
}
} // namespace

QList<BoardColumn> Board::defaultColumns()
{
    // Display order; precedence decides ties: a merged fix still waiting for its cherry-pick is not
    // "Done", a failing PR is "CI failing" before it is "in review".
    return {
        {tr("Needs triage"), QString(), 90},
        {tr("Blocker without fix"), QStringLiteral("is:issue is:blocker no:fix"), 50},
        {tr("Fix in review"), QStringLiteral("is:pr OR (is:issue -no:fix)"), 40},
        {tr("CI failing"), QStringLiteral("is:pr ci:failing"), 20},
        {tr("Ready to merge"),
            QStringLiteral(
                "is:pr review:approved label:lgtm label:approved -label:do-not-merge/hold -is:draft"),
            30},
        {tr("Awaiting cherry-pick"), QStringLiteral("is:merged kind:bug,regression cherry-pick:missing"), 0},
        {tr("Done"), QStringLiteral("is:closed"), 10},
    };
}

std::optional<ItemKey> Board::cherryPickOrigin(const Item &item, const QList<Item> &sameRepository)
{
    // The clues are the cherry-pick matrix's (cherrypick/cherrypickmatrix.h): link, title, head branch.
    const auto reference = cherryPickReference(item);
    if (reference.fix)
        return reference.fix;
    // "[release-4.1] Original title": the merged PR with that title in the same repository.
    if (!reference.originalTitle.isEmpty()) {
        for (const auto &candidate : sameRepository) {
            if (candidate.key != item.key && candidate.isPullRequest()
                && candidate.title == reference.originalTitle && candidate.baseRef != item.baseRef)
                return candidate.key;
        }
    }
    return std::nullopt;
}

QueryContext Board::context(const QList<Item> &items, const Release &release)
{
    QueryContext context;
    // "[release-4.1] Original title" cherry-picks are matched by title in their repository: only
    // the pull requests carrying such a title are candidates (copying every item was most of the cost
    // of this function on a 100,000-item release).
    QSet<QPair<RepositoryRef, QString>> wantedTitles;
    for (const auto &item : items) {
        if (item.isPullRequest() && !release.releaseBranch.isEmpty()
            && item.baseRef == release.releaseBranch) {
            if (const auto title = originalTitleOfBackport(item.title))
                wantedTitles.insert({item.key.repository, *title});
        }
    }
    QHash<RepositoryRef, QList<Item>> byRepository;
    for (const auto &item : items) {
        if (!wantedTitles.isEmpty() && item.isPullRequest()
            && wantedTitles.contains({item.key.repository, item.title}))
            byRepository[item.key.repository].append(item);
    }
    for (const auto &item : items) {
        if (!item.isPullRequest())
            continue;
        if (item.state != Item::State::Closed) {
            for (const auto &link : item.links) {
                if (link.kind == ItemLink::Kind::Closes)
                    context.issuesWithFix.insert(link.target);
            }
        }
        if (!release.releaseBranch.isEmpty() && item.baseRef == release.releaseBranch) {
            if (const auto origin = cherryPickOrigin(item, byRepository.value(item.key.repository))) {
                if (item.state == Item::State::Merged)
                    context.cherryPicked.insert(*origin);
                else if (item.state == Item::State::Open)
                    context.cherryPickPending.insert(*origin);
            }
        }
    }
    context.release = &release;
    const auto blockerRule = ItemQuery::parse(release.blockerRule);
    if (!blockerRule.isEmpty()) {
        // The rule itself cannot use is:blocker: it is evaluated without the blocker set.
        for (const auto &item : items) {
            // An approved exception is the release team's decision to ship without it.
            if (blockerRule.matches(item, context)
                && FreezeDesk::exceptionState(item, release) != ExceptionState::Approved)
                context.blockers.insert(item.key);
        }
    }
    context.mergedAfterFreeze = FreezeDesk::mergedAfterFreeze(items, release);
    return context;
}

QSet<Api::ItemKey> Board::blockers(const QList<Item> &items, const Release &release)
{
    const auto rule = ItemQuery::parse(release.blockerRule);
    if (rule.isEmpty())
        return {};
    if (rule.usesContext())
        return context(items, release).blockers;
    QSet<Api::ItemKey> keys;
    QueryContext none;
    none.release = &release;
    for (const auto &item : items) {
        if (rule.matches(item, none) && FreezeDesk::exceptionState(item, release) != ExceptionState::Approved)
            keys.insert(item.key);
    }
    return keys;
}

QList<int> Board::assign(
    const QList<Item> &items, const QList<BoardColumn> &columns, const QueryContext &context)
{
    QList<int> order(columns.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](int a, int b) { return columns[a].precedence < columns[b].precedence; });
    QList<ItemQuery> rules;
    for (const auto &column : columns)
        rules.append(ItemQuery::parse(column.rule));
    QList<int> result;
    result.reserve(items.size());
    for (const auto &item : items) {
        int assigned = -1;
        for (const auto index : std::as_const(order)) {
            if (rules[index].matches(item, context)) {
                assigned = index;
                break;
            }
        }
        result.append(assigned);
    }
    return result;
}

CardWarnings Board::warnings(const Item &item, const QueryContext &context)
{
    CardWarnings result;
    if (item.isPullRequest()) {
        const auto block = ReleaseNoteBlock::extract(item.body);
        if (block.kind == ReleaseNoteBlock::Kind::Note
            && (item.hasLabel(u"release-note-none") || item.hasLabel(u"release-notes-none")))
            result |= CardWarning::NoteButNoneLabel;
        if (block.kind == ReleaseNoteBlock::Kind::Empty && item.state != Item::State::Closed)
            result |= CardWarning::UnansweredNote;
    }
    if (item.isOpen() && item.assignees.isEmpty() && context.blockers.contains(item.key))
        result |= CardWarning::BlockerWithoutAssignee;
    if (context.mergedAfterFreeze.contains(item.key))
        result |= CardWarning::MergedAfterFreeze;
    return result;
}

Board::Attention Board::attention(const QList<Item> &items, const QueryContext &context)
{
    Attention attention;
    for (const auto &item : items) {
        if (!item.isOpen())
            continue;
        attention.openBlockers += context.blockers.contains(item.key);
        attention.failingPullRequests += item.isPullRequest() && !item.ciContexts.isEmpty()
            && item.ciSummary().overall() == Api::CiState::Failure;
    }
    return attention;
}

} // namespace ReleaseDesk::Models
