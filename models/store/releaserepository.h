#pragma once

#include "api/dailysnapshot.h"
#include "api/release.h"

#include <QList>

#include <optional>

namespace ReleaseDesk::Models {

class Store;

/// Releases (with their phases and repositories) and their daily metric snapshots, on the store's
/// connection.
class ReleaseRepository final
{
public:
    explicit ReleaseRepository(Store &store)
        : m_store(store)
    { }

    /// Inserts or replaces the release with the same name; sets release.id.
    bool saveRelease(Api::Release &release);
    QList<Api::Release> releases() const;
    std::optional<Api::Release> release(const QString &name) const;

    bool recordSnapshots(qint64 releaseId, const QList<Api::DailySnapshot> &snapshots);
    QList<Api::DailySnapshot> snapshots(qint64 releaseId) const;

private:
    Store &m_store;
};

} // namespace ReleaseDesk::Models
