#pragma once

#include "signal/flakeledger.h"

#include "api/apierror.h"
#include "api/branchhistory.h"

#include <QCoreApplication>

#include <functional>

class QObject;

namespace ReleaseDesk::Api {
class GitHubService;
}

namespace ReleaseDesk::Models {

/// The issue the release-signal role files for an untracked failure or flake, prefilled in the
/// Kubernetes convention: "[Failing Test] <tab> (<job>)" or "[Flaky Test] ...", kind/failing-test
/// or kind/flake, the failing runs linked.
struct IssueDraft
{
    Q_DECLARE_TR_FUNCTIONS(IssueDraft)

public:
    Api::RepositoryRef repository;
    QString title;
    QString body;
    QStringList labels;

    static IssueDraft forEntry(const LedgerEntry &entry, const Api::BranchHistory &history);

    friend bool operator==(const IssueDraft &, const IssueDraft &) = default;
};

/// Files the draft through the GitHub service (Api::NewIssue), as triage writes its edits.
void fileIssue(Api::GitHubService *client, const IssueDraft &draft, QObject *context,
    std::function<void(const Api::ApiError &)> done);

} // namespace ReleaseDesk::Models
