#pragma once

#include "signal/contexthealth.h"

#include "api/item.h"

namespace ReleaseDesk::Models {

/// A failing or flaky context of a branch and the issues that track it (the release-signal role
/// files one per failure or flake; one without is flagged).
struct LedgerEntry
{
    Api::RepositoryRef repository;
    QString branch;
    ContextHealth health;
    bool blocking = false;
    QList<Api::ItemKey> issues; ///< open tracking issues, across the release's repositories

    bool isTracked() const { return !issues.isEmpty(); }

    friend bool operator==(const LedgerEntry &, const LedgerEntry &) = default;
};

/// A tracking issue in the Kubernetes convention: "[Flaky Test]" or "[Failing Test]" in the title,
/// or a kind/flake or kind/failing-test label. Pull requests never are.
bool isCiTrackingIssue(const Api::Item &item);

/// `context` appears in the issue's title or body as a whole name: "unit-test" is not found in
/// "unit-test-race" or "pull-unit-test" (job names are made of letters, digits, "-", "_" and ".").
bool issueNamesContext(const Api::Item &issue, const QString &context);

/// Every failing or flaky context in `health` with the open tracking issues among `items` that
/// name it; blocking ones first, then by name.
QList<LedgerEntry> flakeLedger(const Api::RepositoryRef &repository, const QString &branch,
    const QList<ContextHealth> &health, const QSet<QString> &required, const QList<Api::Item> &items);

} // namespace ReleaseDesk::Models
