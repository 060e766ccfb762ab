#include "board.h"
#include "cherrypick/cherrypickstore.h"
#include "demoworkspace.h"
#include "freezedesk.h"
#include "releasenoteblock.h"
#include "releasereadiness.h"
#include "schedule.h"
#include "signal/signalreport.h"
#include "signal/signalstore.h"
#include "store.h"
#include "workspaceloader.h"
#include "workspacemeta.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Api;
using Models::DemoWorkspace;

namespace {
const QDate anchor(2026, 11, 25);
/// The moment the tests open the demo: late in the anchor day, so that endAt() has little to move.
QDateTime endOf(QDate day)
{
    return QDateTime(day, QTime(23, 59, 59), QTimeZone::UTC);
}

int countIf(const QList<Item> &items, const std::function<bool(const Item &)> &predicate)
{
    return int(std::count_if(items.cbegin(), items.cend(), predicate));
}
} // namespace

class DemoWorkspaceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isDeterministic()
    {
        const auto first = DemoWorkspace::generate(anchor);
        const auto second = DemoWorkspace::generate(anchor);
        QCOMPARE(first.items.size(), second.items.size());
        QVERIFY(first.items == second.items);
        QVERIFY(first.events == second.events);
        QVERIFY(first.release == second.release);
        QVERIFY(first.snapshots == second.snapshots);
        const auto otherSeed = DemoWorkspace::generate(anchor, DemoWorkspace::defaultSeed + 1);
        QVERIFY(!(otherSeed.items == first.items));
    }

    /// Opened at 07:30, the demo holds nothing from later that day (a sync's watermark in the afternoon
    /// skipped every real change made before it).
    void openedInTheMorningHoldsNothingFromTheAfternoon()
    {
        const QDateTime morning(anchor, QTime(7, 30), QTimeZone::UTC);
        auto demo = DemoWorkspace::generate(anchor);
        const auto later = [&](const QList<Item> &list) {
            return std::count_if(list.cbegin(), list.cend(), [&](const Item &item) {
                return item.createdAt > morning || item.updatedAt > morning || item.closedAt > morning
                    || item.mergedAt > morning;
            });
        };
        QVERIFY2(later(demo.items) > 0, "the anchor day's afternoon should hold changes to clamp");
        demo.endAt(morning);
        QCOMPARE(later(demo.items), 0);
        QCOMPARE(later(demo.pastItems), 0);
        for (const auto &event : std::as_const(demo.events))
            QVERIFY(event.at <= morning);
        for (const auto &history : std::as_const(demo.branchHistories)) {
            for (const auto &commit : history.commits) {
                QVERIFY(commit.committedAt <= morning);
                for (const auto &run : commit.runs)
                    QVERIFY(!run.completedAt.isValid() || run.completedAt <= morning);
            }
        }
        for (const auto &item : std::as_const(demo.items)) {
            QVERIFY(item.updatedAt >= item.createdAt);
            QVERIFY(!item.closedAt.isValid() || item.closedAt >= item.createdAt);
        }

        QTemporaryDir dir;
        Models::Store store;
        const auto loaded
            = Models::loadWorkspace(store, dir.filePath(QStringLiteral("demo.sqlite")), morning);
        QVERIFY2(!loaded.error, qPrintable(loaded.error.message));
        QCOMPARE(later(store.items()), 0);
    }

    void looksLikeAKubeSphereRelease()
    {
        const auto demo = DemoWorkspace::generate(anchor);
        const auto &items = demo.items;
        QVERIFY2(items.size() >= 350 && items.size() <= 480, qPrintable(QString::number(items.size())));
        QCOMPARE(demo.release.name, QStringLiteral("v4.1.3"));
        QCOMPARE(demo.release.releaseBranch, QStringLiteral("release-4.1"));
        QCOMPARE(demo.release.repositories.size(), 3);
        QVERIFY(demo.release.featureFreeze < demo.release.codeFreeze);
        QVERIFY(demo.release.codeFreeze < demo.release.releaseDate);

        QSet<QString> repositories;
        for (const auto &item : items)
            repositories.insert(item.key.repository.fullName());
        QCOMPARE(repositories.size(), 3);

        const auto prs = countIf(items, [](const Item &i) { return i.isPullRequest(); });
        QVERIFY(prs > items.size() / 2 && prs < items.size() * 0.8);
        // Label mix: every Prow family is present in realistic proportions.
        const auto bugs = countIf(items, [](const Item &i) { return i.hasLabel(u"kind/bug"); });
        QVERIFY(bugs > items.size() / 4);
        QVERIFY(countIf(items, [](const Item &i) { return i.hasLabel(u"kind/feature"); }) > 20);
        QVERIFY(countIf(items, [](const Item &i) { return !i.labelValue(u"area/").isEmpty(); })
            > items.size() * 0.8);
        QVERIFY(countIf(items, [](const Item &i) {
            return !i.isPullRequest() && i.hasLabel(u"priority/high");
        }) >= 5);
        for (const auto *label : {"lgtm", "approved", "release-note", "release-note-none",
                 "release-notes-none", "release-note-action-required", "do-not-merge/hold",
                 "do-not-merge/release-note-label-needed", "do-not-merge/work-in-progress"}) {
            QVERIFY2(
                countIf(items, [label](const Item &i) { return i.hasLabel(QString::fromLatin1(label)); }) > 0,
                label);
        }
        // Release-note blocks from the real template, in every variant the composer must handle.
        auto bodies = [&](const QString &needle) {
            return countIf(
                items, [&](const Item &i) { return i.isPullRequest() && i.body.contains(needle); });
        };
        QVERIFY(bodies(QStringLiteral("### Does this PR introduced a user-facing change?")) == prs);
        QVERIFY(bodies(QStringLiteral("```release-note\nNONE\n```"))
                + bodies(QStringLiteral("```release-note\r\nNONE\r\n```"))
            > 0);
        QVERIFY(bodies(QStringLiteral("```release-note\n\n```"))
                + bodies(QStringLiteral("```release-note\r\n\r\n```"))
            > 0);
        QVERIFY(bodies(QStringLiteral("Action required:")) > 0);
        QVERIFY(bodies(QStringLiteral("\r\n")) > 0); // CRLF bodies exist, as in real data

        // CI mix: passing, failing, pending, and values GitHub's REST docs omit.
        QHash<QString, int> states;
        int required = 0;
        int informing = 0;
        for (const auto &item : items) {
            for (const auto &context : item.ciContexts) {
                ++states[context.rawState];
                ++(context.required ? required : informing);
            }
        }
        QVERIFY(states.value(QStringLiteral("SUCCESS")) > states.value(QStringLiteral("FAILURE")));
        QVERIFY(states.value(QStringLiteral("FAILURE")) > 10);
        QVERIFY(states.value(QStringLiteral("PENDING")) + states.value(QStringLiteral("IN_PROGRESS")) > 5);
        QVERIFY(states.value(QStringLiteral("STALE")) + states.value(QStringLiteral("STARTUP_FAILURE")) > 0);
        QVERIFY(required > informing);
        QVERIFY(countIf(items, [](const Item &i) {
            return std::any_of(i.ciContexts.cbegin(), i.ciContexts.cend(),
                [](const CiContext &c) { return c.source == CiContext::Source::CheckRun; });
        }) > 0);

        // Cherry-picks onto the release branch, linked to their originals.
        const auto picks = countIf(items, [&](const Item &i) {
            return i.baseRef == demo.release.releaseBranch && !i.links.isEmpty()
                && i.links.first().kind == ItemLink::Kind::CherryPickOf;
        });
        QVERIFY(picks >= 5);
        QVERIFY(countIf(items, [](const Item &i) {
            return std::any_of(i.links.cbegin(), i.links.cend(),
                [](const ItemLink &l) { return l.kind == ItemLink::Kind::Closes; });
        }) > 10);

        // Three months of history, in order, with scope changes for the burndown.
        QVERIFY(!demo.events.isEmpty());
        QVERIFY(demo.events.first().at.date().daysTo(anchor) >= 85);
        QVERIFY(std::is_sorted(demo.events.cbegin(), demo.events.cend(),
            [](const TimelineEvent &a, const TimelineEvent &b) { return a.at < b.at; }));
        auto events = [&](TimelineEvent::Kind kind) {
            return std::count_if(demo.events.cbegin(), demo.events.cend(),
                [kind](const TimelineEvent &e) { return e.kind == kind; });
        };
        QVERIFY(events(TimelineEvent::Kind::Demilestoned) > 0);
        QVERIFY(events(TimelineEvent::Kind::Merged) > 50);
        QVERIFY(events(TimelineEvent::Kind::CrossReferenced) >= picks);
        QCOMPARE(demo.branchCi.size(), 6);
        QVERIFY(!demo.snapshots.isEmpty());
    }

    void titlesAndNumbersAreConsistent()
    {
        const auto demo = DemoWorkspace::generate(anchor);
        QSet<ItemKey> keys;
        for (const auto &item : demo.items) {
            QVERIFY2(!keys.contains(item.key), qPrintable(item.key.reference()));
            keys.insert(item.key);
            QVERIFY(item.url.toString().endsWith(QLatin1Char('/') + QString::number(item.key.number)));
            QVERIFY(item.updatedAt >= item.createdAt);
            QVERIFY(!item.closedAt.isValid() || item.closedAt >= item.createdAt);
            QCOMPARE(item.state == Item::State::Merged, item.mergedAt.isValid());
        }
        for (const auto &item : demo.items) {
            for (const auto &link : item.links)
                QVERIFY2(keys.contains(link.target), qPrintable(link.target.reference()));
        }
    }

    void writtenToAStoreAndLoadedBack()
    {
        QTemporaryDir dir;
        Models::Store store;
        const auto loaded
            = Models::loadWorkspace(store, dir.filePath(QStringLiteral("demo.sqlite")), endOf(anchor));
        QVERIFY2(!loaded.error, qPrintable(loaded.error.message));
        QVERIFY(loaded.isDemo);
        QCOMPARE(store.meta(Models::WorkspaceMeta::kind), Models::WorkspaceMeta::demoKind);
        // As loadWorkspace() made it: nothing after the moment it was opened (some items of the anchor
        // day close the next morning).
        auto demo = DemoWorkspace::generate(anchor);
        demo.endAt(endOf(anchor));
        QCOMPARE(store.itemCount(), demo.items.size() + demo.pastItems.size());
        QCOMPARE(store.timelineEventCount(), demo.events.size());
        QCOMPARE(loaded.release.name, demo.release.name);
        // Two finished releases before it, for release over release: everything in them is done.
        const auto releases = store.releases();
        QCOMPARE(releases.size(), 3);
        QCOMPARE(releases.first().name, QStringLiteral("v4.1.3"));
        for (const auto &past : demo.pastReleases) {
            const auto items = store.itemsOfRelease(past);
            QCOMPARE(items.size(),
                countIf(demo.pastItems, [&](const Item &i) { return i.milestone == past.name; }));
            QVERIFY(items.size() > 300);
            for (const auto &item : items) {
                QVERIFY(!item.isOpen());
                QVERIFY((item.mergedAt.isValid() ? item.mergedAt : item.closedAt).date() <= past.releaseDate);
            }
        }
        // The release view holds exactly the items in its milestones (matched per repository).
        const auto inRelease = countIf(demo.items, [&](const Item &i) {
            for (const auto &entry : demo.release.repositories) {
                if (entry.repository == i.key.repository)
                    return entry.milestones.contains(i.milestone);
            }
            return false;
        });
        QCOMPARE(loaded.items.size(), inRelease);
        QVERIFY(inRelease < demo.items.size());
        for (const auto &item : loaded.items) {
            const auto it = std::find_if(
                demo.items.cbegin(), demo.items.cend(), [&](const Item &i) { return i.key == item.key; });
            QVERIFY(it != demo.items.cend());
            // The window's lists hold each body's release-note block only (the rest stays on disk).
            auto expected = *it;
            expected.body = Models::ReleaseNoteBlock::excerpt(it->body);
            expected.bodyComplete = false;
            QVERIFY2(expected == item, qPrintable(item.key.reference()));
        }
        // The release signal out of the box: open blockers, the console's informing job failing, its
        // flaky one, and the installer's release branch not cut yet.
        const auto readiness = Models::ReleaseReadiness::evaluate(loaded.items,
            Models::Board::context(loaded.items, loaded.release),
            Models::SignalStore(store).evidence(loaded.release, QDateTime::currentDateTimeUtc()));
        QCOMPARE(readiness.verdict, Models::ReleaseReadiness::Verdict::NoGo);
        QStringList codes;
        for (const auto &reason : readiness.reasons)
            codes.append(
                Models::ReadinessReason::codeName(reason.code) + QLatin1Char(' ') + reason.repository);
        for (const auto *expected : {"open-blockers ", "informing-failure kubesphere/console",
                 "flaky kubesphere/console", "branch-missing kubesphere/ks-installer"})
            QVERIFY2(
                codes.contains(QLatin1StringView(expected)), qPrintable(codes.join(QStringLiteral(", "))));
        // Every light and both kinds of ledger entry out of the box, and what changed since the report
        // the demo remembers from a week before.
        const auto report = Models::SignalReport::build(
            Models::SignalStore(store).reportInputs(loaded.release, loaded.items,
                Models::Board::context(loaded.items, loaded.release), QDateTime::currentDateTimeUtc()));
        QStringList lights;
        for (const auto &branch : report.branches)
            lights.append(branch.repository.name + QLatin1Char(' ') + branch.branch + QLatin1Char(' ')
                + Models::ReleaseReadiness::verdictCode(branch.readiness.verdict));
        for (const auto *expected : {"kubesphere release-4.1 caution", "kubesphere master go",
                 "console release-4.1 no-go", "ks-installer release-4.1 unknown"})
            QVERIFY2(
                lights.contains(QLatin1StringView(expected)), qPrintable(lights.join(QStringLiteral(", "))));
        QStringList ledger;
        for (const auto &entry : report.ledger)
            ledger.append(entry.health.context
                + (entry.isTracked() ? QStringLiteral(" tracked") : QStringLiteral(" untracked")));
        QCOMPARE(ledger,
            (QStringList {
                QStringLiteral("e2e (chrome) tracked"), QStringLiteral("e2e (firefox) untracked")}));
        QVERIFY(report.changes.has_value());
        QVERIFY(!report.changes->flips.isEmpty());
        QCOMPARE(report.changes->newInLedger.size(), 2);
        // A second load does not add a second demo.
        Models::Store again;
        const auto reloaded = Models::loadWorkspace(
            again, dir.filePath(QStringLiteral("demo.sqlite")), endOf(anchor.addDays(3)));
        QCOMPARE(again.itemCount(), demo.items.size() + demo.pastItems.size());
        QCOMPARE(reloaded.items.size(), loaded.items.size());
    }

    /// The demo sits in code freeze with dated phases, merges after the freeze (one of them an
    /// approved exception), and one exception of each state dated from its timeline.
    void sitsInCodeFreeze()
    {
        auto demo = DemoWorkspace::generate(anchor);
        demo.endAt(endOf(anchor));
        const auto status = Models::Schedule::status(demo.release, anchor);
        QVERIFY(status.inCodeFreeze);
        QCOMPARE(status.line, QStringLiteral("Day 7 of code freeze \u00B7 Release in 10 day(s)"));
        QCOMPARE(Models::Schedule::phases(demo.release).size(), 5);
        const auto context = Models::Board::context(demo.items, demo.release);
        QVERIFY(!context.mergedAfterFreeze.isEmpty());
        QVERIFY(context.mergedAfterFreeze.size() < 60); // a slip to notice, not the whole release
        const auto exceptions = Models::FreezeDesk::exceptions(demo.items, demo.events, demo.release);
        QList<Models::ExceptionState> states;
        for (const auto &exception : exceptions) {
            states.append(exception.state);
            QVERIFY(exception.requestedAt.isValid());
            QCOMPARE(exception.decidedAt.isValid(), exception.state != Models::ExceptionState::Requested);
            QVERIFY(!context.mergedAfterFreeze.contains(exception.item)
                || exception.state != Models::ExceptionState::Approved);
        }
        std::sort(states.begin(), states.end());
        QCOMPARE(states,
            QList<Models::ExceptionState>({Models::ExceptionState::Requested,
                Models::ExceptionState::Approved, Models::ExceptionState::Rejected}));
        // The approved exception was a merge after the freeze: without it, it would be flagged.
        auto untracked = demo.release;
        untracked.exceptionLabel.clear();
        QCOMPARE(Models::FreezeDesk::mergedAfterFreeze(demo.items, untracked).size(),
            context.mergedAfterFreeze.size() + 1);
    }

    /// Three maintained branches whose matrix holds every kind of cell, each clue, and the same
    /// matrix once written to a workspace.
    void cherryPickMatrixHasEveryKindOfCell()
    {
        auto demo = DemoWorkspace::generate(anchor);
        demo.endAt(endOf(anchor));
        QCOMPARE(demo.cherryPicks.maintainedBranches,
            (QStringList {QStringLiteral("release-4.1"), QStringLiteral("release-4.0"),
                QStringLiteral("release-3.5")}));
        const auto matrix = Models::computeCherryPickMatrix(
            demo.items, demo.cherryPickComments, demo.cherryPicks, demo.release.mainBranch);
        QVERIFY(matrix.rows.size() >= 4);
        using S = Models::CherryPickState;
        for (const auto state :
            {S::NotNeeded, S::Missing, S::Requested, S::Conflicts, S::OpenPullRequest, S::Merged})
            QVERIFY2(matrix.count(state) > 0, qPrintable(Models::CherryPickWords::stateCode(state)));
        // Each of the older branches has cells of its own beyond "missing".
        QVERIFY(matrix.count(S::Merged, 1) > 0 && matrix.count(S::Conflicts, 1) > 0
            && matrix.count(S::Requested, 1) > 0);
        QVERIFY(matrix.count(S::OpenPullRequest, 2) > 0 && matrix.count(S::NotNeeded, 2) > 0);
        QList<Models::CherryPickClue> clues;
        for (const auto &row : matrix.rows) {
            for (const auto &cell : row.cells)
                clues.append(cell.clue);
        }
        QVERIFY(clues.contains(Models::CherryPickClue::Link));
        QVERIFY(clues.contains(Models::CherryPickClue::HeadBranch));

        QTemporaryDir dir;
        Models::Store store;
        const auto loaded
            = Models::loadWorkspace(store, dir.filePath(QStringLiteral("demo.sqlite")), endOf(anchor));
        QVERIFY2(!loaded.error, qPrintable(loaded.error.message));
        const auto stored = Models::CherryPickStore(store).matrix(loaded.release);
        QCOMPARE(stored.branches, matrix.branches);
        QCOMPARE(stored.rows.size(), matrix.rows.size());
        for (int row = 0; row < matrix.rows.size(); ++row) {
            QCOMPARE(stored.rows[row].fix, matrix.rows[row].fix);
            for (int column = 0; column < matrix.branches.size(); ++column)
                QCOMPARE(stored.rows[row].cells[column].state, matrix.rows[row].cells[column].state);
        }
    }
};

QTEST_GUILESS_MAIN(DemoWorkspaceTest)
#include "tst_demoworkspace.moc"
