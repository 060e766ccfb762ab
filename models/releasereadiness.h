#pragma once

#include "itemquery.h"

#include "api/branchci.h"
#include "api/item.h"

#include <QCoreApplication>

namespace ReleaseDesk::Models {

/// The go/no-go verdict the Kubernetes release team gives a cut: open blockers and the release
/// branch's CI, split into blocking (required) and informing contexts.
struct ReleaseReadiness
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseReadiness)

public:
    enum class Verdict { Go, Caution, NoGo };

    Verdict verdict = Verdict::Go;
    int openBlockers = 0;
    QStringList blockingFailures; ///< "repo: context"
    QStringList informingFailures;
    QStringList pending;

    /// All green is go; informing red or anything still running is caution; blocking red or any
    /// open blocker is no-go.
    static ReleaseReadiness evaluate(const QList<Api::Item> &items, const QueryContext &context,
        const QList<Api::BranchCi> &releaseBranchCi);
    QString summary() const;
};

} // namespace ReleaseDesk::Models
