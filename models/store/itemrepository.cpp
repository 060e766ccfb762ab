#include "store/itemrepository.h"

#include "releasenoteblock.h"
#include "store.h"
#include "store/itemloader.h"
#include "store/labelrepository.h"
#include "store/repositoryids.h"
#include "store/sqlvalues.h"

#include <QSqlQuery>

namespace ReleaseDesk::Models {

using namespace Api;
using SqlValues::bindable;
using SqlValues::dateValue;
using SqlValues::toDateTime;

namespace {
/// An event of `item` from the columns kind, actor, at, detail from `first` on.
TimelineEvent eventFromRow(const QSqlQuery &query, const ItemKey &item, int first)
{
    TimelineEvent event;
    event.item = item;
    event.rawKind = query.value(first).toString();
    event.kind = timelineKindFromTypeName(event.rawKind);
    event.actor = query.value(first + 1).toString();
    event.at = toDateTime(query.value(first + 2));
    event.detail = query.value(first + 3).toString();
    return event;
}
} // namespace

bool ItemRepository::upsertItems(const QList<Item> &items)
{
    return m_store.transaction([&] {
        for (const auto &item : items) {
            if (!writeItem(item))
                return false;
        }
        return true;
    });
}

bool ItemRepository::writeItem(const Item &item)
{
    const auto repoId = RepositoryIds(m_store).ensure(item.key.repository);
    if (!repoId)
        return false;
    auto &query = m_store.preparedStatement(QStringLiteral(
        "INSERT INTO items (repo_id, number, kind, state, state_reason, title, body, author, url, "
        "created_at, "
        "updated_at, closed_at, merged_at, milestone, is_draft, base_ref, head_ref, review_decision, "
        "mergeable, "
        "merge_state_status, note_excerpt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?) "
        "ON CONFLICT (repo_id, number) DO UPDATE SET kind = excluded.kind, state = excluded.state, "
        "state_reason = excluded.state_reason, title = excluded.title, "
        // An item read without its body (note_excerpt bound NULL) leaves the stored body alone.
        "body = CASE WHEN excluded.note_excerpt IS NULL THEN items.body ELSE excluded.body END, "
        "note_excerpt = COALESCE(excluded.note_excerpt, items.note_excerpt), "
        "author = excluded.author, url = excluded.url, created_at = excluded.created_at, "
        "updated_at = excluded.updated_at, closed_at = excluded.closed_at, merged_at = excluded.merged_at, "
        "milestone = excluded.milestone, is_draft = excluded.is_draft, base_ref = excluded.base_ref, "
        "head_ref = excluded.head_ref, review_decision = excluded.review_decision, "
        "mergeable = excluded.mergeable, merge_state_status = excluded.merge_state_status RETURNING id"));
    query.addBindValue(bindable(*repoId));
    query.addBindValue(bindable(item.key.number));
    query.addBindValue(bindable(item.isPullRequest() ? 1 : 0));
    query.addBindValue(bindable(itemStateToString(item.state)));
    query.addBindValue(bindable(item.stateReason));
    query.addBindValue(bindable(item.title));
    query.addBindValue(bindable(item.body));
    query.addBindValue(bindable(item.author));
    query.addBindValue(bindable(item.url.toString()));
    query.addBindValue(bindable(dateValue(item.createdAt)));
    query.addBindValue(bindable(dateValue(item.updatedAt)));
    query.addBindValue(bindable(dateValue(item.closedAt)));
    query.addBindValue(bindable(dateValue(item.mergedAt)));
    query.addBindValue(bindable(item.milestone));
    query.addBindValue(bindable(item.isDraft ? 1 : 0));
    query.addBindValue(bindable(item.baseRef));
    query.addBindValue(bindable(item.headRef));
    query.addBindValue(bindable(item.reviewDecision));
    query.addBindValue(bindable(item.mergeable));
    query.addBindValue(bindable(item.mergeStateStatus));
    query.addBindValue(item.bodyComplete ? bindable(ReleaseNoteBlock::excerpt(item.body))
                                         : QVariant(QMetaType::fromType<QString>()));
    if (!query.exec() || !query.next()) {
        m_store.failQuery(query);
        query.finish(); // after the error is recorded: finishing clears it
        return false;
    }
    const auto itemId = query.value(0).toLongLong();
    query.finish();

    // Child rows are replaced as a whole: GitHub sends the complete lists after pagination.
    for (const auto *table : {"item_labels", "item_assignees", "ci_contexts", "reviews", "item_links"}) {
        auto &remove = m_store.preparedStatement(
            QStringLiteral("DELETE FROM %1 WHERE item_id = ?").arg(QLatin1StringView(table)));
        if (!SqlValues::execBound(remove, {bindable(itemId)}))
            return m_store.failQuery(remove);
    }

    QList<QVariantList> labels;
    LabelRepository labelRepository(m_store);
    for (const auto &label : item.labels) {
        const auto id = labelRepository.ensureLabelId(*repoId, label);
        if (!id)
            return false;
        labels.append({bindable(*id)});
    }
    QList<QVariantList> assignees;
    for (const auto &login : item.assignees)
        assignees.append({bindable(login)});
    QList<QVariantList> contexts;
    for (const auto &context : item.ciContexts)
        contexts.append(SqlValues::ciContextValues(context));
    QList<QVariantList> reviews;
    for (const auto &review : item.reviews)
        reviews.append({bindable(review.author), bindable(review.state), dateValue(review.submittedAt)});
    QList<QVariantList> links;
    for (const auto &link : item.links) {
        links.append({bindable(int(link.kind)), bindable(link.target.repository.host),
            bindable(link.target.repository.owner), bindable(link.target.repository.name),
            bindable(link.target.number)});
    }
    return insertChildRows(itemId, QLatin1StringView("item_labels"), QLatin1StringView("label_id"), labels)
        && insertChildRows(itemId, QLatin1StringView("item_assignees"), QLatin1StringView("login"), assignees)
        && insertChildRows(itemId, QLatin1StringView("ci_contexts"),
            QLatin1StringView("source, name, raw_state, required, url, completed_at"), contexts)
        && insertChildRows(
            itemId, QLatin1StringView("reviews"), QLatin1StringView("author, state, submitted_at"), reviews)
        && insertChildRows(itemId, QLatin1StringView("item_links"),
            QLatin1StringView("kind, target_host, target_owner, target_name, target_number"), links);
}

bool ItemRepository::insertChildRows(
    qint64 itemId, QLatin1StringView table, QLatin1StringView columns, const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return true;
    auto &insert = m_store.preparedStatement(
        QStringLiteral("INSERT INTO %1 (item_id, position, %2) VALUES (?, ?%3)")
            .arg(table, columns, QStringLiteral(", ?").repeated(rows.first().size())));
    for (int position = 0; position < rows.size(); ++position) {
        if (!SqlValues::execBound(
                insert, QVariantList {bindable(itemId), bindable(position)} + rows[position]))
            return m_store.failQuery(insert);
    }
    return true;
}

bool ItemRepository::appendTimelineEvents(const QList<TimelineEvent> &events)
{
    return m_store.transaction([&] {
        auto db = m_store.database();
        QSqlQuery lookup(db);
        lookup.prepare(QStringLiteral("SELECT id FROM items WHERE repo_id = ? AND number = ?"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO timeline_events (item_id, kind, actor, at, detail) VALUES (?, ?, ?, ?, ?)"));
        QHash<ItemKey, qint64> itemIds;
        for (const auto &event : events) {
            auto itemId = itemIds.value(event.item, -1);
            if (itemId < 0) {
                const auto repoId = RepositoryIds(m_store).find(event.item.repository);
                if (!repoId)
                    return m_store.fail(StoreError::Code::QueryFailed,
                        Store::tr("A timeline event names %1, which is not in the workspace.")
                            .arg(event.item.reference()));
                lookup.addBindValue(bindable(*repoId));
                lookup.addBindValue(bindable(event.item.number));
                if (!lookup.exec())
                    return m_store.failQuery(lookup);
                if (!lookup.next())
                    return m_store.fail(StoreError::Code::QueryFailed,
                        Store::tr("A timeline event names %1, which is not in the workspace.")
                            .arg(event.item.reference()));
                itemId = lookup.value(0).toLongLong();
                lookup.finish();
                itemIds.insert(event.item, itemId);
            }
            insert.addBindValue(bindable(itemId));
            insert.addBindValue(
                bindable(event.rawKind.isEmpty() ? typeNameForTimelineKind(event.kind) : event.rawKind));
            insert.addBindValue(bindable(event.actor));
            insert.addBindValue(bindable(dateValue(event.at)));
            insert.addBindValue(bindable(event.detail));
            if (!insert.exec())
                return m_store.failQuery(insert);
        }
        return true;
    });
}

bool ItemRepository::replaceTimelineEvents(const QList<ItemKey> &items, const QList<TimelineEvent> &events)
{
    return m_store.transaction([&] {
        QSqlQuery remove(m_store.database());
        remove.prepare(QStringLiteral("DELETE FROM timeline_events WHERE item_id = "
                                      "(SELECT id FROM items WHERE repo_id = ? AND number = ?)"));
        for (const auto &key : items) {
            const auto repoId = RepositoryIds(m_store).find(key.repository);
            if (!repoId)
                continue;
            remove.addBindValue(bindable(*repoId));
            remove.addBindValue(bindable(key.number));
            if (!remove.exec())
                return m_store.failQuery(remove);
        }
        return appendTimelineEvents(events);
    });
}

int ItemRepository::moveOutOfMilestone(
    const RepositoryRef &repository, const QString &milestone, const QSet<ItemKey> &stillInMilestone)
{
    const auto repoId = RepositoryIds(m_store).find(repository);
    if (!repoId)
        return 0;
    int moved = 0;
    const bool ok = m_store.transaction([&] {
        auto db = m_store.database();
        QSqlQuery select(db);
        select.prepare(QStringLiteral("SELECT number FROM items WHERE repo_id = ? AND milestone = ?"));
        select.addBindValue(bindable(*repoId));
        select.addBindValue(bindable(milestone));
        if (!select.exec())
            return m_store.failQuery(select);
        QList<int> leaving;
        while (select.next()) {
            const auto number = select.value(0).toInt();
            if (!stillInMilestone.contains(ItemKey {repository, number}))
                leaving.append(number);
        }
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE items SET milestone = '' WHERE repo_id = ? AND number = ?"));
        for (const auto number : std::as_const(leaving)) {
            update.addBindValue(bindable(*repoId));
            update.addBindValue(bindable(number));
            if (!update.exec())
                return m_store.failQuery(update);
        }
        moved = int(leaving.size());
        return true;
    });
    return ok ? moved : 0;
}

bool ItemRepository::replaceRangeItems(qint64 releaseId, const RepositoryRef &repository,
    const SyncStateRepository::RangeState &state, const QList<ItemKey> &items)
{
    return RepositoryIds::write(m_store, repository, [&](qint64 repoId) {
        auto db = m_store.database();
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM release_range_items WHERE release_id = ? AND item_id IN "
                                      "(SELECT id FROM items WHERE repo_id = ?)"));
        remove.addBindValue(bindable(releaseId));
        remove.addBindValue(bindable(repoId));
        if (!remove.exec())
            return m_store.failQuery(remove);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO release_range_items (release_id, item_id) "
                                      "SELECT ?, id FROM items WHERE repo_id = ? AND number = ?"));
        for (const auto &key : items) {
            if (key.repository != repository)
                continue;
            insert.addBindValue(bindable(releaseId));
            insert.addBindValue(bindable(repoId));
            insert.addBindValue(bindable(qint64(key.number)));
            if (!insert.exec())
                return m_store.failQuery(insert);
        }
        return SyncStateRepository(m_store).setRangeState(releaseId, repoId, state);
    });
}

QList<Item> ItemRepository::items(const ItemSelection &selection, Bodies bodies) const
{
    const auto filter = selection.toSql(m_store);
    if (!filter)
        return {};
    return loadItems(m_store, *filter, bodies == Bodies::Whole);
}

std::optional<Item> ItemRepository::item(const ItemKey &key) const
{
    const auto found = items(ItemSelection::ofKey(key));
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

int ItemRepository::itemCount() const
{
    QSqlQuery query(m_store.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM items")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QHash<QString, QDateTime> ItemRepository::firstMergeByAuthor() const
{
    QHash<QString, QDateTime> first;
    QSqlQuery query(m_store.database());
    // ISO 8601 UTC text sorts chronologically, so MIN works on the stored strings.
    if (!query.exec(QStringLiteral(
            "SELECT author, MIN(merged_at) FROM items WHERE kind = 1 AND merged_at IS NOT NULL "
            "AND merged_at != '' AND author != '' GROUP BY author")))
        return first;
    while (query.next())
        first.insert(
            query.value(0).toString(), QDateTime::fromString(query.value(1).toString(), Qt::ISODate));
    return first;
}

Item ItemRepository::withNoteExcerpt(Item item)
{
    if (item.bodyComplete) {
        item.body = ReleaseNoteBlock::excerpt(item.body);
        item.bodyComplete = false;
    }
    return item;
}

std::optional<QString> ItemRepository::itemBody(const ItemKey &key) const
{
    const auto repoId = RepositoryIds(m_store).find(key.repository);
    if (!repoId)
        return std::nullopt;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT body FROM items WHERE repo_id = ? AND number = ?"));
    query.addBindValue(bindable(*repoId));
    query.addBindValue(bindable(qint64(key.number)));
    if (!query.exec()) {
        m_store.failQuery(query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QList<TimelineEvent> ItemRepository::timelineEvents() const
{
    auto db = m_store.database();
    QList<TimelineEvent> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT r.host, r.owner, r.name, i.number, e.kind, e.actor, e.at, e.detail "
                           "FROM timeline_events e JOIN items i ON i.id = e.item_id "
                           "JOIN repositories r ON r.id = i.repo_id ORDER BY e.at, e.id"))) {
        m_store.failQuery(query);
        return result;
    }
    while (query.next())
        result.append(eventFromRow(query,
            {{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()},
                query.value(3).toInt()},
            4));
    return result;
}

QList<TimelineEvent> ItemRepository::timelineEvents(const ItemKey &item) const
{
    return RepositoryIds::rows<TimelineEvent>(m_store, item.repository,
        QStringLiteral(
            "SELECT e.kind, e.actor, e.at, e.detail FROM timeline_events e JOIN items i ON i.id = e.item_id "
            "WHERE i.repo_id = ? AND i.number = ? ORDER BY e.at, e.id"),
        {bindable(item.number)}, [&](const QSqlQuery &row) { return eventFromRow(row, item, 0); });
}

int ItemRepository::timelineEventCount() const
{
    QSqlQuery query(m_store.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM timeline_events")) && query.next())
        return query.value(0).toInt();
    return 0;
}

} // namespace ReleaseDesk::Models
