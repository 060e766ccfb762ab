#pragma once

#include "api/itemkey.h"
#include "api/milestone.h"

#include <QList>

namespace ReleaseDesk::Models {

class Store;

/// A repository's milestones, on the store's connection.
class MilestoneRepository final
{
public:
    explicit MilestoneRepository(Store &store)
        : m_store(store)
    { }

    bool upsertMilestones(const Api::RepositoryRef &repository, const QList<Api::Milestone> &milestones);
    QList<Api::Milestone> milestones(const Api::RepositoryRef &repository) const;

private:
    Store &m_store;
};

} // namespace ReleaseDesk::Models
