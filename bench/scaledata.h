#pragma once

#include "api/item.h"

#include <QRandomGenerator>

namespace ReleaseDesk::Bench {

/// Deterministic Kubernetes-shaped items for benchmarks: Prow labels, CI contexts on PRs, bodies of
/// realistic size, a share merged or closed.
QList<Api::Item> generateScaleItems(
    const Api::RepositoryRef &repository, int count, const QString &milestone, QRandomGenerator &random);

/// The nearest-rank-style percentile the benchmarks print (p in 0..1; 1 is the maximum).
double percentile(QList<double> values, double p);

/// Resident memory of this process in MiB (VmRSS).
double residentMiB();

} // namespace ReleaseDesk::Bench
