#include "store/syncstaterepository.h"

#include "store.h"
#include "store/repositoryids.h"
#include "store/sqlvalues.h"

#include <QSqlQuery>

namespace ReleaseDesk::Models {

using namespace Api;
using SqlValues::bindable;
using SqlValues::dateValue;
using SqlValues::toDateTime;

SyncStateRepository::SyncState SyncStateRepository::syncState(const RepositoryRef &repository) const
{
    // One row at most (repo_id is the key); a repository never synced has the empty state.
    return RepositoryIds::rows<SyncState>(m_store, repository,
        QStringLiteral(
            "SELECT updated_since, resume_cursor, last_synced_at FROM sync_state WHERE repo_id = ?"),
        {},
        [](const QSqlQuery &row) {
            SyncState state;
            state.updatedSince = toDateTime(row.value(0));
            state.resume = row.value(1).toString();
            state.lastSyncedAt = toDateTime(row.value(2));
            return state;
        })
        .value(0);
}

bool SyncStateRepository::setSyncState(const RepositoryRef &repository, const SyncState &state)
{
    return RepositoryIds::writeRow(m_store, repository,
        QStringLiteral("INSERT INTO sync_state (repo_id, updated_since, resume_cursor, last_synced_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (repo_id) DO UPDATE SET "
                       "updated_since = excluded.updated_since, resume_cursor = excluded.resume_cursor, "
                       "last_synced_at = excluded.last_synced_at"),
        {dateValue(state.updatedSince), bindable(state.resume), dateValue(state.lastSyncedAt)});
}

std::optional<SyncStateRepository::RangeState> SyncStateRepository::rangeState(
    qint64 releaseId, const RepositoryRef &repository) const
{
    const auto states = RepositoryIds::rows<RangeState>(m_store, repository,
        QStringLiteral("SELECT range_from, range_to, head_oid, read_at FROM release_range_state "
                       "WHERE repo_id = ? AND release_id = ?"),
        {bindable(releaseId)}, [](const QSqlQuery &row) -> RangeState {
            return {row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                toDateTime(row.value(3))};
        });
    if (states.isEmpty())
        return std::nullopt;
    return states.first();
}

bool SyncStateRepository::setRangeState(qint64 releaseId, qint64 repositoryId, const RangeState &state)
{
    return m_store.transaction([&] {
        QSqlQuery upsert(m_store.database());
        upsert.prepare(QStringLiteral(
            "INSERT INTO release_range_state (release_id, repo_id, range_from, range_to, head_oid, read_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (release_id, repo_id) DO UPDATE SET "
            "range_from = excluded.range_from, range_to = excluded.range_to, head_oid = excluded.head_oid, "
            "read_at = excluded.read_at"));
        return SqlValues::execBound(upsert,
                   {bindable(releaseId), bindable(repositoryId), bindable(state.from), bindable(state.to),
                       bindable(state.headOid), dateValue(state.readAt)})
            || m_store.failQuery(upsert);
    });
}

} // namespace ReleaseDesk::Models
