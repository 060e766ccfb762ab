#pragma once

#include "api/item.h"
#include "api/timelineevent.h"

#include <QRandomGenerator>

namespace ReleaseDesk::Bench {

/// Deterministic Kubernetes-shaped items for benchmarks: Prow labels, CI contexts on PRs, bodies of
/// realistic size, a share merged or closed.
QList<Api::Item> generateScaleItems(
    const Api::RepositoryRef &repository, int count, const QString &milestone, QRandomGenerator &random);

/// Timeline events shaped like Kubernetes': one milestoned event per item, then mostly labels, some
/// demilestoned; `count` in all, spread over the items round-robin, within 30 days of creation.
QList<Api::TimelineEvent> generateScaleEvents(
    const QList<Api::Item> &items, int count, QDate today, QRandomGenerator &random);

/// The scale of a benchmark's data set, from RELEASEDESK_BENCH_SCALE: "kubernetes" is the product's
/// bar (150,000 items over 10 repositories, 1,000,000 events); otherwise the given defaults.
struct Scale
{
    int items;
    int repositories;
    int events;
};
Scale scaleFromEnvironment(Scale defaults);

/// The nearest-rank-style percentile the benchmarks print (p in 0..1; 1 is the maximum).
double percentile(QList<double> values, double p);

/// Resident memory of this process in MiB (VmRSS).
double residentMiB();

} // namespace ReleaseDesk::Bench
