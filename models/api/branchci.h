#pragma once

#include "api/cicontext.h"
#include "api/itemkey.h"

namespace ReleaseDesk::Api {

/// CI of one branch head, for the release-readiness verdict.
struct BranchCi
{
    RepositoryRef repository;
    QString branch;
    QString headSha;
    QList<CiContext> contexts;

    friend bool operator==(const BranchCi &, const BranchCi &) = default;
};

} // namespace ReleaseDesk::Api
