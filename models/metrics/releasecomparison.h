#pragma once

#include "metrics/metricstable.h"
#include "metrics/releasemetrics.h"

namespace ReleaseDesk::Models {

/// Several releases side by side, aligned on days before their release date (or before their last
/// computed day when a release has no date yet): scope and open per day, lead time and CI health.
/// The retrospective view of release over release.
struct ReleaseComparison
{
    QStringList releases;
    QList<int> daysBefore; ///< -N .. 0 (0 = release day)
    QList<QList<double>> scope; ///< per release, per day (NaN where the release has no data)
    QList<QList<double>> open;
    QList<double> leadTimeMedian;
    QList<double> leadTimeP90;
    QList<double> greenShare;
    QList<int> itemsInScope;

    /// Daily table: column 0 days before release, then "<release> open" per release.
    MetricsTable openTable() const;
    MetricsTable summaryTable() const;
};

ReleaseComparison compareReleases(
    const QList<ReleaseMetrics> &metrics, const QList<QDate> &releaseDates, int window = 60);

} // namespace ReleaseDesk::Models
