#include "store/itemloader.h"

#include "store.h"
#include "store/sqlvalues.h"
#include "store/storereaderfactory.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrentRun>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace ReleaseDesk::Models {

using namespace Api;
using SqlValues::StringPool;
using SqlValues::toDateTime;

namespace {
/// The child rows of a set of items, table by table, in item and position order.
struct ChildRows
{
    enum Table { Labels = 1, Assignees = 2, CiContexts = 4, Reviews = 8, Links = 16 };

    QList<QPair<qint64, qint64>> labels; ///< item id, label id
    QList<QPair<qint64, QString>> assignees;
    QList<QPair<qint64, CiContext>> contexts;
    QList<QPair<qint64, Review>> reviews;
    QList<QPair<qint64, ItemLink>> links;
    QString error;
};

ChildRows readChildRows(const QSqlDatabase &db, const SqlFilter &itemIdsIn, int tables)
{
    ChildRows rows;
    StringPool pooled;
    const auto read = [&](const QString &sql, const auto &append) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(sql + itemIdsIn.where + QStringLiteral(" ORDER BY item_id, position"));
        if (!SqlValues::execBound(query, itemIdsIn.values)) {
            rows.error = query.lastError().text();
            return;
        }
        while (query.next())
            append(query.value(0).toLongLong(), query);
    };
    if (tables & ChildRows::Labels)
        read(QStringLiteral("SELECT item_id, label_id FROM item_labels"),
            [&](qint64 id, const QSqlQuery &row) {
                rows.labels.append({id, row.value(1).toLongLong()});
            });
    if (tables & ChildRows::Assignees)
        read(QStringLiteral("SELECT item_id, login FROM item_assignees"),
            [&](qint64 id, const QSqlQuery &row) {
                rows.assignees.append({id, pooled(row.value(1))});
            });
    if (tables & ChildRows::CiContexts)
        read(QStringLiteral(
                 "SELECT item_id, source, name, raw_state, required, url, completed_at FROM ci_contexts"),
            [&](qint64 id, const QSqlQuery &row) {
                const auto url = row.value(5).toString();
                rows.contexts.append({id,
                    {row.value(1).toInt() == 1 ? CiContext::Source::CheckRun
                                               : CiContext::Source::StatusContext,
                        pooled(row.value(2)), pooled(row.value(3)), row.value(4).toBool(),
                        url.isEmpty() ? QUrl() : QUrl(url), toDateTime(row.value(6))}});
            });
    if (tables & ChildRows::Reviews)
        read(QStringLiteral("SELECT item_id, author, state, submitted_at FROM reviews"),
            [&](qint64 id, const QSqlQuery &row) {
                rows.reviews.append(
                    {id, {pooled(row.value(1)), pooled(row.value(2)), toDateTime(row.value(3))}});
            });
    if (tables & ChildRows::Links)
        read(QStringLiteral("SELECT item_id, kind, target_host, target_owner, target_name, target_number "
                            "FROM item_links"),
            [&](qint64 id, const QSqlQuery &row) {
                rows.links.append({id,
                    {ItemLink::Kind(row.value(1).toInt()),
                        {{pooled(row.value(2)), pooled(row.value(3)), pooled(row.value(4))},
                            row.value(5).toInt()}}});
            });
    return rows;
}

ChildRows readChildRowsOnOwnConnection(
    const StoreReaderFactory &readers, const SqlFilter &itemIdsIn, int tables)
{
    return readers.read<ChildRows>(
        [&](const QSqlDatabase &db) { return readChildRows(db, itemIdsIn, tables); },
        [](const QString &error) {
            ChildRows rows;
            rows.error = error;
            return rows;
        });
}

template<typename Value, typename Apply>
void attach(const QList<QPair<qint64, Value>> &rows, const QHash<qint64, qsizetype> &indexById,
    QList<Item> &items, const Apply &apply)
{
    for (const auto &[id, value] : rows) {
        const auto it = indexById.constFind(id);
        if (it != indexById.cend())
            apply(items[it.value()], value);
    }
}

// From this many items on, the child tables are read on a second connection while the items are.
constexpr int parallelLoadThreshold = 5000;

int itemCount(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM items")) && query.next())
        return query.value(0).toInt();
    return 0;
}
} // namespace

QList<Item> loadItems(const Store &store, const SqlFilter &selection, bool wholeBodies)
{
    const auto db = store.database();
    const auto filter
        = selection.where.isEmpty() ? QString() : QStringLiteral(" WHERE (%1)").arg(selection.where);
    // Child rows are read through the same filter so one query per table serves every item.
    const SqlFilter itemIdsIn {
        QStringLiteral(" WHERE item_id IN (SELECT i.id FROM items i%1)").arg(filter), selection.values};
    StringPool pooled;

    // A large load reads CI contexts, reviews and links on a second core while this thread reads
    // the items, their labels and assignees. Outside a transaction (a transaction's writes are not
    // visible to the other connection), and only when nothing else committed meanwhile: a sync (on
    // its own thread, or in another process) could otherwise pair items and child rows of two moments.
    const auto dataVersion = [&] {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("PRAGMA data_version")) && query.next() ? query.value(0).toLongLong()
                                                                                 : -1;
    };
    const int workerTables = ChildRows::CiContexts | ChildRows::Reviews | ChildRows::Links;
    const int allTables = workerTables | ChildRows::Labels | ChildRows::Assignees;
    QFuture<ChildRows> workerRows;
    qint64 versionBefore = -1;
    if (!store.isInTransaction() && itemCount(db) >= parallelLoadThreshold) {
        versionBefore = dataVersion();
        workerRows
            = QtConcurrent::run(readChildRowsOnOwnConnection, store.readers(), itemIdsIn, workerTables);
    }

    QList<Item> items;
    QHash<qint64, qsizetype> indexById;
    QHash<qint64, RepositoryRef> repositories;
    QHash<qint64, Label> labelsById;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("SELECT id, host, owner, name FROM repositories"))) {
            while (query.next())
                repositories.insert(query.value(0).toLongLong(),
                    {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
        }
        if (query.exec(QStringLiteral("SELECT id, name, color, description FROM labels"))) {
            while (query.next())
                labelsById.insert(query.value(0).toLongLong(),
                    {query.value(1).toString(), pooled(query.value(2)), query.value(3).toString()});
        }
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT i.id, i.repo_id, i.number, i.kind, i.state, i.state_reason, i.title, %1, i.author, "
            "i.url, "
            "i.created_at, i.updated_at, i.closed_at, i.merged_at, i.milestone, i.is_draft, i.base_ref, "
            "i.head_ref, "
            "i.review_decision, i.mergeable, i.merge_state_status FROM items i%2 ORDER BY i.id")
            .arg(wholeBodies ? QStringLiteral("i.body") : QStringLiteral("COALESCE(i.note_excerpt, i.body)"),
                filter));
    if (!SqlValues::execBound(query, selection.values)) {
        workerRows.waitForFinished();
        store.failQuery(query);
        return {};
    }
    while (query.next()) {
        Item item;
        item.key = {repositories.value(query.value(1).toLongLong()), query.value(2).toInt()};
        item.kind = query.value(3).toInt() == 1 ? Item::Kind::PullRequest : Item::Kind::Issue;
        item.state = itemStateFromString(query.value(4).toString());
        item.stateReason = pooled(query.value(5));
        item.title = query.value(6).toString();
        item.body = query.value(7).toString();
        item.bodyComplete = wholeBodies;
        item.author = pooled(query.value(8));
        item.url = QUrl(query.value(9).toString());
        item.createdAt = toDateTime(query.value(10));
        item.updatedAt = toDateTime(query.value(11));
        item.closedAt = toDateTime(query.value(12));
        item.mergedAt = toDateTime(query.value(13));
        item.milestone = pooled(query.value(14));
        item.isDraft = query.value(15).toBool();
        item.baseRef = pooled(query.value(16));
        item.headRef = query.value(17).toString();
        item.reviewDecision = pooled(query.value(18));
        item.mergeable = pooled(query.value(19));
        item.mergeStateStatus = pooled(query.value(20));
        indexById.insert(query.value(0).toLongLong(), items.size());
        items.append(std::move(item));
    }
    query.finish();

    auto rows = readChildRows(db, itemIdsIn, workerRows.isValid() ? allTables & ~workerTables : allTables);
    if (workerRows.isValid()) {
        auto other = workerRows.result();
        if (!other.error.isEmpty() || dataVersion() != versionBefore)
            other = readChildRows(db, itemIdsIn, workerTables); // on this connection's view, then
        rows.contexts = std::move(other.contexts);
        rows.reviews = std::move(other.reviews);
        rows.links = std::move(other.links);
    }
    if (!rows.error.isEmpty())
        qCWarning(lcStore) << "cannot read the items' details:" << rows.error;
    attach(rows.labels, indexById, items, [&](Item &item, qint64 labelId) {
        // Labels are shared with their definitions, read once above.
        const auto label = labelsById.constFind(labelId);
        if (label != labelsById.cend())
            item.labels.append(*label);
    });
    attach(rows.assignees, indexById, items,
        [](Item &item, const QString &login) { item.assignees.append(login); });
    attach(rows.contexts, indexById, items,
        [](Item &item, const CiContext &context) { item.ciContexts.append(context); });
    attach(rows.reviews, indexById, items,
        [](Item &item, const Review &review) { item.reviews.append(review); });
    attach(rows.links, indexById, items, [](Item &item, const ItemLink &link) { item.links.append(link); });
    return items;
}

} // namespace ReleaseDesk::Models
