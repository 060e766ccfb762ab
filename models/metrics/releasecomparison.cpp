#include "metrics/releasecomparison.h"

#include <QCoreApplication>

namespace ReleaseDesk::Models {

ReleaseComparison compareReleases(
    const QList<ReleaseMetrics> &metrics, const QList<QDate> &releaseDates, int window)
{
    ReleaseComparison comparison;
    for (int d = -window; d <= 0; ++d)
        comparison.daysBefore.append(d);
    for (qsizetype r = 0; r < metrics.size(); ++r) {
        const auto &m = metrics[r];
        comparison.releases.append(m.releaseName);
        // Day 0 is the release date, or the last day computed for a release still in progress.
        const auto anchor = releaseDates.value(r).isValid() ? releaseDates.value(r) : m.today;
        QList<double> scope, open;
        for (const int offset : std::as_const(comparison.daysBefore)) {
            const auto index = m.burndown.days.indexOf(anchor.addDays(offset));
            scope.append(index < 0 ? qQNaN() : double(m.burndown.scope[index]));
            open.append(index < 0 ? qQNaN() : double(m.burndown.open[index]));
        }
        comparison.scope.append(scope);
        comparison.open.append(open);
        comparison.leadTimeMedian.append(m.leadTimeDays.median);
        comparison.leadTimeP90.append(m.leadTimeDays.p90);
        comparison.greenShare.append(m.ci.greenShare());
        comparison.itemsInScope.append(m.itemsInScope);
    }
    return comparison;
}

MetricsTable ReleaseComparison::openTable() const
{
    MetricsTable table;
    table.id = QStringLiteral("release_over_release");
    table.title = QCoreApplication::translate("ReleaseDesk::Metrics", "Open items by days before release");
    table.kind = MetricsTable::Kind::Daily;
    table.xIsDate = false;
    table.columnIds = {QStringLiteral("days_before_release")};
    table.columnTitles = {QCoreApplication::translate("ReleaseDesk::Metrics", "Days before release")};
    for (const auto &release : releases) {
        table.columnIds.append(release + QStringLiteral("_open"));
        table.columnTitles.append(release);
    }
    for (qsizetype d = 0; d < daysBefore.size(); ++d) {
        QList<double> row {double(daysBefore[d])};
        for (qsizetype r = 0; r < releases.size(); ++r)
            row.append(open[r][d]);
        table.rows.append(row);
    }
    return table;
}

MetricsTable ReleaseComparison::summaryTable() const
{
    MetricsTable table;
    table.id = QStringLiteral("release_summary");
    table.title = QCoreApplication::translate("ReleaseDesk::Metrics", "Release over release");
    table.kind = MetricsTable::Kind::Categorical;
    table.columnIds = {QStringLiteral("items_in_scope"), QStringLiteral("lead_time_median_days"),
        QStringLiteral("lead_time_p90_days"), QStringLiteral("green_required_share")};
    table.columnTitles = {QCoreApplication::translate("ReleaseDesk::Metrics", "Items in scope"),
        QCoreApplication::translate("ReleaseDesk::Metrics", "Lead time median (d)"),
        QCoreApplication::translate("ReleaseDesk::Metrics", "Lead time p90 (d)"),
        QCoreApplication::translate("ReleaseDesk::Metrics", "Green at merge (share)")};
    table.rowLabels = releases;
    for (qsizetype r = 0; r < releases.size(); ++r)
        table.rows.append({double(itemsInScope[r]), leadTimeMedian[r], leadTimeP90[r], greenShare[r]});
    return table;
}

} // namespace ReleaseDesk::Models
