#include "triage.h"

#include "untrustedtext.h"

#include "itemtablemodel.h"
#include "store.h"
#include "store/itemrepository.h"
#include "store/labelrepository.h"
#include "store/milestonerepository.h"

#include "api/githubservice.h"

#include <QHash>

namespace ReleaseDesk::Models {

using namespace Api;

QString TriageAction::describe(const Item &item) const
{
    const auto reference = item.key.shortReference();
    // Labels, logins, milestones and comments come from GitHub or a person: each is isolated, so an
    // override inside cannot reorder the sentence around it (and shows as what it is).
    const auto shown = Models::displayText(value);
    const auto milestone = Models::displayText(item.milestone);
    switch (kind) {
    case Kind::AddLabel:
        return tr("%1: add label %2").arg(reference, shown);
    case Kind::RemoveLabel:
        return tr("%1: remove label %2").arg(reference, shown);
    case Kind::SetMilestone:
        return tr("%1: set milestone %2 (was %3)")
            .arg(reference, shown, item.milestone.isEmpty() ? tr("none") : milestone);
    case Kind::ClearMilestone:
        return tr("%1: clear milestone %2").arg(reference, milestone);
    case Kind::Assign:
        return tr("%1: assign %2").arg(reference, shown);
    case Kind::Unassign:
        return tr("%1: unassign %2").arg(reference, shown);
    case Kind::Comment:
        return tr("%1: comment \"%2\"").arg(reference, Models::displayText(value.left(80)));
    case Kind::Close:
        return tr("%1: close").arg(reference);
    case Kind::Reopen:
        return tr("%1: reopen").arg(reference);
    }
    return {};
}

std::optional<Item> TriageAction::applyTo(Item item) const
{
    switch (kind) {
    case Kind::AddLabel:
        if (item.hasLabel(value))
            return std::nullopt;
        item.labels.append({value, QString(), QString()});
        return item;
    case Kind::RemoveLabel: {
        const auto removed = item.labels.removeIf(
            [&](const Label &label) { return label.name.compare(value, Qt::CaseInsensitive) == 0; });
        return removed ? std::optional<Item>(item) : std::nullopt;
    }
    case Kind::SetMilestone:
        if (item.milestone == value)
            return std::nullopt;
        item.milestone = value;
        return item;
    case Kind::ClearMilestone:
        if (item.milestone.isEmpty())
            return std::nullopt;
        item.milestone.clear();
        return item;
    case Kind::Assign:
        if (item.assignees.contains(value))
            return std::nullopt;
        item.assignees.append(value);
        return item;
    case Kind::Unassign:
        if (!item.assignees.removeAll(value))
            return std::nullopt;
        return item;
    case Kind::Comment:
        return value.trimmed().isEmpty() ? std::nullopt : std::optional<Item>(item);
    case Kind::Close:
        if (item.state != Item::State::Open)
            return std::nullopt;
        item.state = Item::State::Closed;
        item.closedAt = QDateTime::currentDateTimeUtc();
        return item;
    case Kind::Reopen:
        if (item.state != Item::State::Closed)
            return std::nullopt;
        item.state = Item::State::Open;
        item.closedAt = QDateTime();
        return item;
    }
    return std::nullopt;
}

std::optional<TriageAction> TriageAction::inverse(const Item &before) const
{
    switch (kind) {
    case Kind::AddLabel:
        return TriageAction {Kind::RemoveLabel, value};
    case Kind::RemoveLabel:
        return TriageAction {Kind::AddLabel, value};
    case Kind::SetMilestone:
    case Kind::ClearMilestone:
        return before.milestone.isEmpty() ? TriageAction {Kind::ClearMilestone, QString()}
                                          : TriageAction {Kind::SetMilestone, before.milestone};
    case Kind::Assign:
        return TriageAction {Kind::Unassign, value};
    case Kind::Unassign:
        return TriageAction {Kind::Assign, value};
    case Kind::Close:
        return TriageAction {Kind::Reopen, QString()};
    case Kind::Reopen:
        return TriageAction {Kind::Close, QString()};
    case Kind::Comment:
        return std::nullopt;
    }
    return std::nullopt;
}

TriageExecutor::TriageExecutor(GitHubService *client, Store *store, ItemTableModel *items, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_items(items)
{ }

QString TriageExecutor::cherryPickComment(const QString &releaseBranch, const QString &botSyntax)
{
    return botSyntax.arg(releaseBranch);
}

QStringList TriageExecutor::preview(const QList<TriageChange> &changes) const
{
    QStringList lines;
    for (const auto &change : changes) {
        const auto row = m_items->rowOf(change.item);
        if (row >= 0 && change.action.applyTo(m_items->itemAt(row)))
            lines.append(change.action.describe(m_items->itemAt(row)));
    }
    return lines;
}

void TriageExecutor::apply(const QList<TriageChange> &changes)
{
    if (m_busy)
        return;
    m_busy = true;
    m_queue.clear();
    m_applied.clear();
    m_failures.clear();
    m_succeeded = 0;
    // Optimistic: the board shows the whole batch at once (one update, one recompute); a refusal
    // takes its own change back. An item changed twice in a batch builds on its first change.
    QHash<ItemKey, Item> current;
    QList<Item> shown;
    QHash<RepositoryRef, QList<Label>> labelsOf; // one read per repository, not per card
    for (const auto &change : changes) {
        const auto row = m_items->rowOf(change.item);
        // A comment needs no card: the cherry-pick matrix's fixes may lie outside the release's
        // milestone. Every other action changes a card the board shows.
        const bool comment = change.action.kind == TriageAction::Kind::Comment;
        if (row < 0 && !comment)
            continue;
        Item offBoard;
        offBoard.key = change.item;
        const auto before = current.value(change.item, row >= 0 ? m_items->itemAt(row) : offBoard);
        auto after = change.action.applyTo(before);
        if (!after)
            continue; // nothing to change on this item
        std::optional<int> milestone;
        if (change.action.kind == TriageAction::Kind::SetMilestone) {
            // Known before anything is shown: a repository without the milestone is told, not flashed.
            milestone = milestoneNumber(change.item.repository, change.action.value);
            if (!milestone) {
                m_failures.append(tr("%1: %2 has no milestone \"%3\"; nothing was changed.")
                                      .arg(change.item.shortReference(), change.item.repository.fullName(),
                                          Models::displayText(change.action.value)));
                continue;
            }
        }
        if (change.action.kind == TriageAction::Kind::AddLabel) {
            // Show the chip in the repository's colour for the label.
            auto labels = labelsOf.find(change.item.repository);
            if (labels == labelsOf.end())
                labels = labelsOf.insert(change.item.repository,
                    LabelRepository(*m_store).repositoryLabels(change.item.repository));
            for (const auto &known : std::as_const(*labels)) {
                if (known.name == change.action.value)
                    after->labels.last() = known;
            }
        }
        if (row >= 0)
            current.insert(change.item, *after);
        m_queue.append({change, before, milestone.value_or(0)});
    }
    for (auto it = current.cbegin(); it != current.cend(); ++it)
        shown.append(it.value());
    m_items->updateItems(shown);
    next();
}

void TriageExecutor::setClient(Api::GitHubService *client)
{
    Q_ASSERT(!m_busy);
    m_client = client;
}

void TriageExecutor::undo()
{
    if (!canUndo())
        return;
    auto inverse = m_undo;
    m_undo.clear();
    m_recording = false;
    apply(inverse);
}

std::optional<int> TriageExecutor::milestoneNumber(
    const RepositoryRef &repository, const QString &title) const
{
    for (const auto &milestone : MilestoneRepository(*m_store).milestones(repository)) {
        if (milestone.title == title || milestoneTitlesMatch(milestone.title, title))
            return milestone.number;
    }
    return std::nullopt;
}

void TriageExecutor::next()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        if (m_recording) {
            m_undo = m_applied;
            std::reverse(m_undo.begin(), m_undo.end());
        }
        const bool undone = !m_recording;
        m_recording = true;
        Q_EMIT finished(m_succeeded, m_failures, undone);
        return;
    }
    const auto [change, before, milestone] = m_queue.takeFirst();
    // What GitHub is asked for, as a value: the client knows the REST paths and bodies.
    Api::IssueEdit edit {change.item, change.action.kind, change.action.value};
    if (change.action.kind == TriageAction::Kind::SetMilestone)
        edit.milestoneNumber = milestone;
    m_client->editIssue(edit, this, [this, change, before](const ApiError &error) {
        // The card as it is now (a sync page may have arrived meanwhile, the release may have been
        // switched): this change alone is taken back or kept, nothing else is overwritten.
        const auto row = m_items->rowOf(change.item);
        const auto inverse = change.action.inverse(before);
        if (error) {
            if (row >= 0 && inverse) {
                if (const auto reverted = inverse->applyTo(m_items->itemAt(row))) {
                    m_items->updateItems({*reverted});
                    // The store follows the card: an earlier answer may have stored this change with it.
                    ItemRepository(*m_store).upsertItems({*reverted});
                }
            }
            // describe() starts with the item's reference already.
            m_failures.append(
                tr("%1 was refused and rolled back: %2").arg(change.action.describe(before), error.message));
        } else {
            if (row >= 0)
                ItemRepository(*m_store).upsertItems({m_items->itemAt(row)});
            else if (const auto after = change.action.applyTo(before);
                     after && change.action.kind != TriageAction::Kind::Comment) // a comment changes no item
                ItemRepository(*m_store).upsertItems({*after});
            ++m_succeeded;
            if (inverse)
                m_applied.append({change.item, *inverse});
        }
        next();
    });
}

} // namespace ReleaseDesk::Models
