#pragma once

#include "releasereadiness.h"
#include "signal/contexthealth.h"
#include "signal/flakeledger.h"

#include "api/release.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ReleaseDesk::Models {

/// What the weekly CI-signal report is made from, as the workspace holds it.
struct SignalInputs
{
    Api::Release release;
    QList<Api::Item> items; ///< the release's items (blockers)
    /// Issues that may track a failing or flaky context (the release's repositories, any milestone).
    QList<Api::Item> candidates;
    QueryContext context;
    ReleaseEvidence evidence;
    /// Heads and histories of the release and the main branch of each repository.
    QList<Api::BranchCi> heads;
    QList<Api::BranchHistory> histories;
};

/// The CI-signal report the Kubernetes release-signal role writes by hand each week: the verdict
/// with its reasons, blocking and informing contexts per branch with their streaks, flakes and
/// failures with the issues that track them, open blockers by priority.
struct SignalReport
{
    Q_DECLARE_TR_FUNCTIONS(SignalReport)

public:
    struct Context
    {
        ContextHealth health;
        bool blocking = false;
    };
    struct Branch
    {
        Api::RepositoryRef repository;
        QString branch;
        bool found = true;
        QString headSha;
        QList<Context> contexts;
    };

    QString release;
    QDateTime at;
    ReleaseReadiness readiness;
    QList<Branch> branches;
    QList<LedgerEntry> ledger;
    /// Open blockers per priority label value ("high", "critical-urgent"; "" for none), most first.
    QList<std::pair<QString, int>> blockersByPriority;
    /// CI health over time: the release branch's required contexts, all repositories together.
    QList<DailyPassRate> requiredPassRatePerDay;

    static SignalReport build(const SignalInputs &inputs);
    /// Ready to paste into a channel or a GitHub issue.
    QString toMarkdown() const;
    QJsonObject toJson() const;
};

} // namespace ReleaseDesk::Models
