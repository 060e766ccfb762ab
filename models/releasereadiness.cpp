#include "releasereadiness.h"

namespace ReleaseDesk::Models {

using namespace Api;

ReleaseReadiness ReleaseReadiness::evaluate(
    const QList<Item> &items, const QueryContext &context, const QList<BranchCi> &releaseBranchCi)
{
    ReleaseReadiness readiness;
    for (const auto &item : items) {
        if (item.isOpen() && context.blockers.contains(item.key))
            ++readiness.openBlockers;
    }
    for (const auto &branch : releaseBranchCi) {
        for (const auto &ci : branch.contexts) {
            const auto name = branch.repository.name + QStringLiteral(": ") + ci.name;
            switch (ci.state()) {
            case CiState::Failure:
            case CiState::Unknown: // a state we cannot read is not green
                (ci.required ? readiness.blockingFailures : readiness.informingFailures).append(name);
                break;
            case CiState::Pending:
                readiness.pending.append(name);
                break;
            default:
                break;
            }
        }
    }
    if (readiness.openBlockers > 0 || !readiness.blockingFailures.isEmpty())
        readiness.verdict = Verdict::NoGo;
    else if (!readiness.informingFailures.isEmpty() || !readiness.pending.isEmpty())
        readiness.verdict = Verdict::Caution;
    return readiness;
}

QString ReleaseReadiness::summary() const
{
    switch (verdict) {
    case Verdict::Go:
        return tr("Go: no open blockers, release branch CI green");
    case Verdict::Caution:
        return tr("Caution: informing CI failing or still running");
    case Verdict::NoGo:
        return tr("No-go: open blockers or blocking CI failing");
    }
    return {};
}

} // namespace ReleaseDesk::Models
