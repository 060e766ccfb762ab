#include "freezedesk.h"

#include "presets.h"

#include "itemquery.h"

#include <QHash>

namespace ReleaseDesk::Models {

using namespace Api;

QList<BoardView> FreezeDesk::builtInViews()
{
    // resources/presets/board-views.json.
    return Presets::boardViews();
}

QString FreezeDesk::approvedLabel(const Release &release)
{
    return release.exceptionLabel.trimmed() + QStringLiteral("-approved");
}

QString FreezeDesk::rejectedLabel(const Release &release)
{
    return release.exceptionLabel.trimmed() + QStringLiteral("-rejected");
}

ExceptionState FreezeDesk::exceptionState(const Item &item, const Release &release)
{
    if (release.exceptionLabel.trimmed().isEmpty())
        return ExceptionState::None;
    if (item.hasLabel(rejectedLabel(release)))
        return ExceptionState::Rejected;
    if (item.hasLabel(approvedLabel(release)))
        return ExceptionState::Approved;
    if (item.hasLabel(release.exceptionLabel.trimmed()))
        return ExceptionState::Requested;
    return ExceptionState::None;
}

QString FreezeDesk::stateName(ExceptionState state)
{
    switch (state) {
    case ExceptionState::None:
        return tr("No exception");
    case ExceptionState::Requested:
        return tr("Exception requested");
    case ExceptionState::Approved:
        return tr("Exception approved");
    case ExceptionState::Rejected:
        return tr("Exception rejected");
    }
    return {};
}

QSet<ItemKey> FreezeDesk::mergedAfterFreeze(const QList<Item> &items, const Release &release)
{
    QSet<ItemKey> result;
    if (!release.codeFreeze.isValid())
        return result;
    const auto mainBranch = release.mainBranch.trimmed();
    QList<int> candidates;
    for (int index = 0; index < items.size(); ++index) {
        const auto &item = items[index];
        // The freeze day counts: the freeze starts at its beginning (UTC, like GitHub's dates).
        if (item.isPullRequest() && item.state == Item::State::Merged && item.mergedAt.isValid()
            && item.mergedAt.toUTC().date() >= release.codeFreeze && !item.baseRef.isEmpty()
            && item.baseRef.compare(mainBranch, Qt::CaseInsensitive) == 0)
            candidates.append(index);
    }
    if (candidates.isEmpty())
        return result;
    QHash<ItemKey, int> indexOf;
    for (int index = 0; index < items.size(); ++index)
        indexOf.insert(items[index].key, index);
    const auto rule = ItemQuery::parse(release.blockerRule);
    QueryContext none;
    none.release = &release;
    // A blocker stops being one when its fix closes it: judge the fixed issue as if it were open.
    const auto wasBlocker = [&](const Item &item) {
        if (rule.isEmpty())
            return false;
        auto asOpen = item;
        asOpen.state = Item::State::Open;
        return rule.matches(asOpen, none);
    };
    for (const auto index : std::as_const(candidates)) {
        const auto &pr = items[index];
        bool allowed = exceptionState(pr, release) == ExceptionState::Approved;
        for (const auto &link : pr.links) {
            if (allowed)
                break;
            if (link.kind != ItemLink::Kind::Closes)
                continue;
            const auto target = indexOf.constFind(link.target);
            if (target == indexOf.constEnd())
                continue;
            const auto &issue = items[*target];
            allowed = wasBlocker(issue) || exceptionState(issue, release) == ExceptionState::Approved;
        }
        if (!allowed)
            result.insert(pr.key);
    }
    return result;
}

QList<FreezeException> FreezeDesk::exceptions(
    const QList<Item> &items, const QList<TimelineEvent> &events, const Release &release)
{
    QList<FreezeException> result;
    QHash<ItemKey, int> position;
    for (const auto &item : items) {
        const auto state = exceptionState(item, release);
        if (state == ExceptionState::None)
            continue;
        position.insert(item.key, int(result.size()));
        result.append({item.key, state, {}, {}});
    }
    const auto requested = release.exceptionLabel.trimmed();
    const auto approved = approvedLabel(release);
    const auto rejected = rejectedLabel(release);
    for (const auto &event : events) {
        if (event.kind != TimelineEvent::Kind::Labeled)
            continue;
        const auto found = position.constFind(event.item);
        if (found == position.constEnd())
            continue;
        auto &entry = result[*found];
        if (event.detail.compare(requested, Qt::CaseInsensitive) == 0) {
            if (!entry.requestedAt.isValid() || event.at < entry.requestedAt)
                entry.requestedAt = event.at;
        } else if ((entry.state == ExceptionState::Approved
                       && event.detail.compare(approved, Qt::CaseInsensitive) == 0)
            || (entry.state == ExceptionState::Rejected
                && event.detail.compare(rejected, Qt::CaseInsensitive) == 0)) {
            if (!entry.decidedAt.isValid() || event.at > entry.decidedAt)
                entry.decidedAt = event.at;
        }
    }
    return result;
}

} // namespace ReleaseDesk::Models
