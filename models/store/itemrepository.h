#pragma once

#include "api/item.h"
#include "api/timelineevent.h"
#include "store/itemselection.h"
#include "store/syncstaterepository.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace ReleaseDesk::Models {

class Store;

/// Items and their child tables (labels, assignees, CI contexts, reviews, links, note excerpts,
/// timeline events, release range members), on the store's connection.
class ItemRepository final
{
public:
    explicit ItemRepository(Store &store)
        : m_store(store)
    { }

    // Writes.
    bool upsertItems(const QList<Api::Item> &items);
    /// An item that left a milestone is kept, with its milestone cleared: nothing cached is lost.
    /// Returns how many items were moved out.
    int moveOutOfMilestone(const Api::RepositoryRef &repository, const QString &milestone,
        const QSet<Api::ItemKey> &stillInMilestone);
    /// Appends events; events must belong to items already stored.
    bool appendTimelineEvents(const QList<Api::TimelineEvent> &events);
    /// Replaces the whole timeline of each item in `items` with the given events (a re-fetched item
    /// brings its complete timeline).
    bool replaceTimelineEvents(const QList<Api::ItemKey> &items, const QList<Api::TimelineEvent> &events);
    /// Replaces the release's range members in `repository` (items must be stored) and records the
    /// read, in one transaction: an interrupted read leaves the previous members in place.
    bool replaceRangeItems(qint64 releaseId, const Api::RepositoryRef &repository,
        const SyncStateRepository::RangeState &state, const QList<Api::ItemKey> &items);

    // Reads.
    /// How much of each body a list of items reads.
    enum class Bodies {
        Whole,
        /// Only the release-note block (Item::bodyComplete is false): what the board, the metrics
        /// and the notes need, at a fraction of the memory and time for a large release.
        NoteExcerpt,
    };
    QList<Api::Item> items(const ItemSelection &selection, Bodies bodies = Bodies::Whole) const;
    QList<Api::Item> items() const { return items(ItemSelection::all()); }
    /// Items of the release's repositories in the release's milestones (all items of a repository
    /// that has neither milestones nor a range), and the pull requests of its ranges as last read.
    QList<Api::Item> itemsOfRelease(const Api::Release &release, Bodies bodies = Bodies::Whole) const
    {
        return items(ItemSelection::ofRelease(release), bodies);
    }
    /// The item as a list read with Bodies::NoteExcerpt holds it (for items a sync brings).
    static Api::Item withNoteExcerpt(Api::Item item);
    /// The whole body of one item, for an item read with Bodies::NoteExcerpt.
    std::optional<QString> itemBody(const Api::ItemKey &key) const;
    std::optional<Api::Item> item(const Api::ItemKey &key) const;
    int itemCount() const;
    /// The earliest merge of each author's pull requests in the whole cache (first-time contributors).
    QHash<QString, QDateTime> firstMergeByAuthor() const;
    QList<Api::TimelineEvent> timelineEvents() const;
    QList<Api::TimelineEvent> timelineEvents(const Api::ItemKey &item) const;
    int timelineEventCount() const;

private:
    bool writeItem(const Api::Item &item);
    bool insertChildRows(
        qint64 itemId, QLatin1StringView table, QLatin1StringView columns, const QList<QVariantList> &rows);

    Store &m_store;
};

} // namespace ReleaseDesk::Models
