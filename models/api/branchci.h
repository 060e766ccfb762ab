#pragma once

#include "api/cicontext.h"
#include "api/itemkey.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace ReleaseDesk::Api {

/// CI of one branch head, for the release-readiness verdict.
struct BranchCi
{
    RepositoryRef repository;
    QString branch;
    QString headSha;
    QList<CiContext> contexts;
    /// False when GitHub answered that the branch does not exist (not cut yet, renamed, deleted).
    bool found = true;
    /// The contexts the branch's protection rule requires; nullopt when no rule could be read
    /// (none set, or not visible to this token): then blocking cannot be told from informing.
    std::optional<QStringList> protectedContexts;
    /// When this was read from GitHub; invalid when it never was.
    QDateTime readAt;

    friend bool operator==(const BranchCi &, const BranchCi &) = default;
};

} // namespace ReleaseDesk::Api
