#pragma once

#include "api/itemkey.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ReleaseDesk::Models {

class Store;

/// Per-repository sync bookkeeping and what the last read of each release range saw, on the
/// store's connection.
class SyncStateRepository final
{
public:
    explicit SyncStateRepository(Store &store)
        : m_store(store)
    { }

    /// The watermark (newest updatedAt fully stored) and the position of an interrupted sync, so
    /// the next one resumes instead of starting over.
    struct SyncState
    {
        QDateTime updatedSince;
        QString resume;
        QDateTime lastSyncedAt;
    };
    SyncState syncState(const Api::RepositoryRef &repository) const;
    bool setSyncState(const Api::RepositoryRef &repository, const SyncState &state);

    /// What the last complete read of a release's range in one repository saw.
    struct RangeState
    {
        QString from;
        QString to;
        QString headOid;
        QDateTime readAt;
    };
    std::optional<RangeState> rangeState(qint64 releaseId, const Api::RepositoryRef &repository) const;
    /// Records a read; ItemRepository::replaceRangeItems does, with the members it read.
    bool setRangeState(qint64 releaseId, qint64 repositoryId, const RangeState &state);

private:
    Store &m_store;
};

} // namespace ReleaseDesk::Models
