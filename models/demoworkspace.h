#pragma once

#include "cherrypick/cherrypickmatrix.h"

#include "api/branchci.h"
#include "api/branchhistory.h"
#include "api/dailysnapshot.h"
#include "api/item.h"
#include "api/label.h"
#include "api/milestone.h"
#include "api/release.h"
#include "api/timelineevent.h"

#include <QDate>
#include <QHash>

namespace ReleaseDesk::Models {

class Store;

/// A complete, deterministic, KubeSphere-shaped release for people who have no account yet.
struct DemoWorkspace
{
    static constexpr quint32 defaultSeed = 20241;

    Api::Release release;
    QList<Api::Item> items;
    QList<Api::TimelineEvent> events;
    QHash<Api::RepositoryRef, QList<Api::Label>> labels;
    QHash<Api::RepositoryRef, QList<Api::Milestone>> milestones;
    QList<Api::BranchCi> branchCi;
    /// The recent commits of each branch behind branchCi, with their CI runs (signal/demohistory.h).
    QList<Api::BranchHistory> branchHistories;
    QList<Api::DailySnapshot> snapshots;
    /// Two earlier, finished releases (v4.1.2, v4.1.1) for the release-over-release view: the current
    /// release's items shifted back 8 and 16 weeks, renumbered, and done by their release date. Kept apart
    /// from `items` so the current release (and the fake GitHub built from it) is unchanged.
    QList<Api::Release> pastReleases;
    QList<Api::Item> pastItems;
    /// The release's cherry-pick policy: release-4.1, release-4.0 and release-3.5 maintained. The picks
    /// on release-4.0 and release-3.5 are in `items` (in no milestone, as such picks are) and the bot's
    /// answers in `cherryPickComments`, so that the matrix holds every kind of cell.
    CherryPickPolicy cherryPicks;
    QList<CherryPickComment> cherryPickComments;

    /// Generates the demo release. The same seed and anchor day give the same data, bit for bit;
    /// the app anchors it on today so that the demo always sits in its code freeze.
    static DemoWorkspace generate(QDate today, quint32 seed = defaultSeed);

    /// Moves every moment later than `now` back to `now`. generate() fills the whole anchor day, and a
    /// workspace made in the morning must not hold changes from the afternoon: items "updated in five
    /// hours" read wrong, and a sync's watermark would skip every real change made before then.
    void endAt(const QDateTime &now);

    /// Writes everything into the store in one transaction and marks the workspace as demo data.
    bool writeTo(Store &store) const;
};

} // namespace ReleaseDesk::Models
