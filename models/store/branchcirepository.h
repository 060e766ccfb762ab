#pragma once

#include "api/cicontext.h"
#include "api/itemkey.h"

#include <QList>
#include <QString>

namespace ReleaseDesk::Models {

class Store;

/// The CI contexts of a branch's head as last read, on the store's connection.
class BranchCiRepository final
{
public:
    explicit BranchCiRepository(Store &store)
        : m_store(store)
    { }

    /// Replaces the branch's contexts.
    bool setBranchCi(const Api::RepositoryRef &repository, const QString &branch, const QString &headSha,
        const QList<Api::CiContext> &contexts);
    QList<Api::CiContext> branchCi(const Api::RepositoryRef &repository, const QString &branch) const;

private:
    Store &m_store;
};

} // namespace ReleaseDesk::Models
