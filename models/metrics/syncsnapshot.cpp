#include "metrics/syncsnapshot.h"

#include "board.h"

namespace ReleaseDesk::Models {

QList<Api::DailySnapshot> snapshotOf(const Api::Release &release, const QList<Api::Item> &items,
    const QList<Api::BranchCi> &releaseBranchHeads, const QDate &day)
{
    const auto context = Board::context(items, release);
    int blockers = 0, prsFailing = 0;
    for (const auto &item : items) {
        if (!item.isOpen())
            continue;
        if (context.blockers.contains(item.key))
            ++blockers;
        if (item.isPullRequest() && item.ciSummary().failed > 0)
            ++prsFailing;
    }
    int branchFailing = 0, branchRequiredFailing = 0;
    for (const auto &head : releaseBranchHeads) {
        const auto summary = Api::CiSummary::of(head.contexts);
        branchFailing += summary.failed;
        branchRequiredFailing += summary.requiredFailed;
    }
    QList<Api::DailySnapshot> snapshots = {
        {day, QStringLiteral("blockers.open"), double(blockers)},
        {day, QStringLiteral("ci.prs_failing"), double(prsFailing)},
        {day, QStringLiteral("ci.release_branch_failing"), double(branchFailing)},
        {day, QStringLiteral("ci.release_branch_required_failing"), double(branchRequiredFailing)},
    };
    const auto columns = Board::defaultColumns();
    const auto assignment = Board::assign(items, columns, context);
    QList<int> sizes(columns.size(), 0);
    for (const int column : assignment) {
        if (column >= 0)
            ++sizes[column];
    }
    for (int i = 0; i < columns.size(); ++i)
        snapshots.append(
            {day, QStringLiteral("board.column%1").arg(i), double(sizes[i])}); // default column order
    return snapshots;
}

} // namespace ReleaseDesk::Models
