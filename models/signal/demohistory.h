#pragma once

#include "api/branchci.h"
#include "api/branchhistory.h"

namespace ReleaseDesk::Models {

/// Recent CI history behind the demo's branch heads, deterministic: the head's runs as the head
/// says, every context green on the commits before it, and on kubesphere/console's release branch a
/// flaky context (failed, then passed on a re-run, three commits back), and on kubesphere/kubesphere's
/// release branch a required context recovering (failed two commits back, green since). The demo
/// thereby shows streaks, a flake, a failure and a recovery without any network.
QList<Api::BranchHistory> demoBranchHistories(const QList<Api::BranchCi> &heads, int depth = 20);

} // namespace ReleaseDesk::Models
