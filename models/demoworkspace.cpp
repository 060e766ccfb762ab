#include "demoworkspace.h"

#include "demo/demogenerator.h"

#include "board.h"
#include "cherrypick/cherrypickstore.h"
#include "signal/signalreport.h"
#include "signal/signalstore.h"
#include "store.h"
#include "store/itemrepository.h"
#include "store/labelrepository.h"
#include "store/milestonerepository.h"
#include "store/releaserepository.h"
#include "workspacemeta.h"

namespace ReleaseDesk::Models {

using namespace Api;

DemoWorkspace DemoWorkspace::generate(QDate today, quint32 seed)
{
    return Demo::Generator(today, seed).run();
}

void DemoWorkspace::endAt(const QDateTime &now)
{
    // Clamping each moment keeps every ordering the generator made (created <= closed <= updated).
    const auto clamp = [&now](QDateTime &moment) {
        if (moment.isValid() && moment > now)
            moment = now;
    };
    const auto clampItems = [&](QList<Api::Item> &list) {
        for (auto &item : list) {
            clamp(item.createdAt);
            clamp(item.updatedAt);
            clamp(item.closedAt);
            clamp(item.mergedAt);
            for (auto &review : item.reviews)
                clamp(review.submittedAt);
            for (auto &context : item.ciContexts)
                clamp(context.completedAt);
        }
    };
    clampItems(items);
    clampItems(pastItems);
    for (auto &event : events)
        clamp(event.at);
    for (auto &comment : cherryPickComments)
        clamp(comment.at);
    for (auto &head : branchCi) {
        clamp(head.readAt);
        for (auto &context : head.contexts)
            clamp(context.completedAt);
    }
    for (auto &history : branchHistories) {
        for (auto &commit : history.commits) {
            clamp(commit.committedAt);
            for (auto &run : commit.runs) {
                clamp(run.startedAt);
                clamp(run.completedAt);
            }
        }
    }
}

bool DemoWorkspace::writeTo(Store &store) const
{
    auto saved = release;
    return store.transaction([&] {
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            if (!LabelRepository(store).upsertRepositoryLabels(it.key(), it.value()))
                return false;
        }
        for (auto it = milestones.cbegin(); it != milestones.cend(); ++it) {
            if (!MilestoneRepository(store).upsertMilestones(it.key(), it.value()))
                return false;
        }
        if (!ItemRepository(store).upsertItems(items) || !ItemRepository(store).appendTimelineEvents(events)
            || !ReleaseRepository(store).saveRelease(saved)
            || !ReleaseRepository(store).recordSnapshots(saved.id, snapshots))
            return false;
        // After the current release, so that it stays the workspace's first.
        auto past = pastReleases;
        for (auto &earlier : past) {
            if (!ReleaseRepository(store).saveRelease(earlier))
                return false;
        }
        if (!ItemRepository(store).upsertItems(pastItems))
            return false;
        CherryPickStore picks(store);
        if (!picks.setPolicy(saved.id, cherryPicks) || !picks.addComments(cherryPickComments))
            return false;
        SignalStore signal(store);
        for (const auto &head : branchCi) {
            if (!signal.setBranchHead(head))
                return false;
        }
        for (const auto &history : branchHistories) {
            if (!signal.setBranchHistory(history))
                return false;
        }
        // The demo counts as synced when it is written; it ages from there like a real workspace.
        const auto written = QDateTime::currentDateTimeUtc();
        for (const auto &entry : release.repositories) {
            if (!signal.recordSyncSuccess(entry.repository, written))
                return false;
        }
        // The CI-signal report "sent" a week earlier, so that the demo's report says what changed
        // since: then the release branches were healthy, nothing sat in the flake ledger, one of
        // today's blockers was not open yet and one since closed still was.
        const auto releaseItems
            = ItemRepository(store).itemsOfRelease(saved, ItemRepository::Bodies::NoteExcerpt);
        auto earlier = SignalRecord::of(SignalReport::build(
            signal.reportInputs(saved, releaseItems, Board::context(releaseItems, saved), written)));
        earlier.at = written.addDays(-7);
        earlier.ledger.clear();
        for (auto &context : earlier.contexts) {
            if (context.branch == saved.releaseBranch)
                context.status = ContextHealth::statusName(ContextHealth::Status::Healthy);
        }
        if (!earlier.openBlockers.isEmpty())
            earlier.openBlockers.removeLast();
        for (const auto &item : releaseItems) {
            if (!item.isOpen() && !item.isPullRequest()
                && item.labelValue(u"priority/") == QLatin1StringView("high")) {
                earlier.openBlockers.append(item.key.reference());
                break;
            }
        }
        earlier.openBlockers.sort();
        earlier.verdict = ReleaseReadiness::verdictCode(earlier.openBlockers.isEmpty()
                ? ReleaseReadiness::Verdict::Caution
                : ReleaseReadiness::Verdict::NoGo);
        if (!signal.recordReport(saved.id, earlier))
            return false;
        return store.setMeta(WorkspaceMeta::kind, WorkspaceMeta::demoKind)
            && store.setMeta(
                WorkspaceMeta::demoAnchorDay, release.releaseDate.addDays(-10).toString(Qt::ISODate));
    });
}

} // namespace ReleaseDesk::Models
