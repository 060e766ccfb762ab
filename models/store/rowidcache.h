#pragma once

#include "api/itemkey.h"

#include <QHash>
#include <QPair>
#include <QString>

namespace ReleaseDesk::Models {

/// The row ids of the rows every aggregate refers to (repositories, and labels by repository and
/// name), cached per connection. The Store clears it when a transaction rolls back: the rows it
/// names may be gone.
struct RowIdCache
{
    QHash<Api::RepositoryRef, qint64> repositories;
    QHash<QPair<qint64, QString>, qint64> labels;

    void clear()
    {
        repositories.clear();
        labels.clear();
    }
};

} // namespace ReleaseDesk::Models
