#pragma once

#include "api/branchci.h"
#include "api/dailysnapshot.h"
#include "api/item.h"
#include "api/release.h"

#include <QList>

namespace ReleaseDesk::Models {

/// The counts GitHub keeps no history of, as they stand now: open blockers (by the release's rule),
/// open PRs with failing CI, failing contexts on the release branch (required and all), and the size of
/// each board column. A sync records them once per day (the last sync of the day wins), so the charts
/// grow more exact the longer the app is used.
QList<Api::DailySnapshot> snapshotOf(const Api::Release &release, const QList<Api::Item> &items,
    const QList<Api::BranchCi> &releaseBranchHeads, const QDate &day);

} // namespace ReleaseDesk::Models
