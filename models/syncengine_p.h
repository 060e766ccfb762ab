#pragma once

// Shared by the SyncEngine units (syncengine*.cpp); not a public API.

#include "api/item.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace ReleaseDesk::Models::SyncSteps {

// An incremental sync first asks for a small page: when nothing changed, that one request is all.
inline constexpr int probePageSize = 10;

/// The newest update among `items`, or `current` when none is newer.
inline QDateTime newestUpdate(const QList<Api::Item> &items, QDateTime current)
{
    for (const auto &item : items) {
        if (!current.isValid() || item.updatedAt > current)
            current = item.updatedAt;
    }
    return current;
}

} // namespace ReleaseDesk::Models::SyncSteps
