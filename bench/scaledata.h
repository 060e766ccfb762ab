#pragma once

#include "api/item.h"

#include <QRandomGenerator>

namespace ReleaseDesk::Bench {

/// Deterministic Kubernetes-shaped items for benchmarks: Prow labels, CI contexts on PRs, bodies of
/// realistic size, a share merged or closed.
QList<Api::Item> generateScaleItems(
    const Api::RepositoryRef &repository, int count, const QString &milestone, QRandomGenerator &random);

/// Resident memory of this process in MiB (VmRSS).
double residentMiB();

} // namespace ReleaseDesk::Bench
