#include "boardwatcher.h"

namespace ReleaseDesk::Models {

using namespace Api;

QList<BoardNotification> BoardWatcher::update(
    const QList<Item> &items, const QueryContext &context, const QList<BranchCi> &releaseBranchCi)
{
    QSet<ItemKey> blockers;
    QHash<ItemKey, const Item *> byKey;
    for (const auto &item : items) {
        byKey.insert(item.key, &item);
        if (item.isOpen() && context.blockers.contains(item.key))
            blockers.insert(item.key);
    }
    // Fixes of anything that is or was a blocker, merged.
    QSet<ItemKey> mergedFixes;
    QHash<ItemKey, ItemKey> fixedBlocker;
    for (const auto &item : items) {
        if (item.state != Item::State::Merged)
            continue;
        for (const auto &link : item.links) {
            if (link.kind == ItemLink::Kind::Closes
                && (context.blockers.contains(link.target) || m_blockers.contains(link.target))) {
                mergedFixes.insert(item.key);
                fixedBlocker.insert(item.key, link.target);
            }
        }
    }
    QSet<QString> failingRequired;
    for (const auto &branch : releaseBranchCi) {
        for (const auto &ci : branch.contexts) {
            if (ci.required && ci.state() == CiState::Failure)
                failingRequired.insert(branch.repository.fullName() + QStringLiteral(": ") + ci.name);
        }
    }

    QList<BoardNotification> notifications;
    if (m_hasBaseline) {
        for (const auto &key : blockers) {
            if (!m_blockers.contains(key)) {
                notifications.append({BoardNotification::Kind::NewBlocker, tr("New release blocker"),
                    tr("%1: %2").arg(key.shortReference(), byKey.value(key)->title)});
            }
        }
        for (const auto &key : mergedFixes) {
            if (!m_mergedFixes.contains(key)) {
                notifications.append({BoardNotification::Kind::BlockerFixMerged, tr("Blocker fix merged"),
                    tr("%1 fixes %2").arg(key.shortReference(), fixedBlocker.value(key).shortReference())});
            }
        }
        for (const auto &name : failingRequired) {
            if (!m_failingRequired.contains(name))
                notifications.append(
                    {BoardNotification::Kind::RequiredCheckFailed, tr("Release branch CI turned red"), name});
        }
    }
    m_hasBaseline = m_hasBaseline || !items.isEmpty();
    m_blockers = blockers;
    m_mergedFixes = mergedFixes;
    m_failingRequired = failingRequired;
    return notifications;
}

} // namespace ReleaseDesk::Models
