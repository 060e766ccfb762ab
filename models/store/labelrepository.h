#pragma once

#include "api/itemkey.h"
#include "api/label.h"

#include <QList>

#include <optional>

namespace ReleaseDesk::Models {

class Store;

/// A repository's labels (the definitions items refer to), on the store's connection.
class LabelRepository final
{
public:
    explicit LabelRepository(Store &store)
        : m_store(store)
    { }

    bool upsertRepositoryLabels(const Api::RepositoryRef &repository, const QList<Api::Label> &labels);
    QList<Api::Label> repositoryLabels(const Api::RepositoryRef &repository) const;

    /// The label's row id, inserting or refreshing it (colour, description) when not cached; for
    /// ItemRepository's writes, inside a transaction.
    std::optional<qint64> ensureLabelId(qint64 repositoryId, const Api::Label &label);

private:
    Store &m_store;
};

} // namespace ReleaseDesk::Models
