#include "board.h"
#include "boardmodel.h"
#include "freezedesk.h"
#include "itemquery.h"
#include "itemtablemodel.h"
#include "schedule.h"
#include "store.h"
#include "store/releaserepository.h"
#include "support/testrepositories.h"
#include "teamfile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Api;
using namespace ReleaseDesk::Models;

using namespace ReleaseDesk::Testing;

namespace {

/// Feature freeze 2 March, code freeze 16 March, test freeze 23 March, RC 25 March, release 1 April.
Release scheduled()
{
    Release release;
    release.name = QStringLiteral("v4.2.0");
    release.mainBranch = QStringLiteral("master");
    release.releaseBranch = QStringLiteral("release-4.2");
    release.repositories = {{console, {QStringLiteral("v4.2.0")}}, {kubesphere, {QStringLiteral("v4.2.0")}}};
    release.featureFreeze = QDate(2026, 3, 2);
    release.codeFreeze = QDate(2026, 3, 16);
    release.releaseDate = QDate(2026, 4, 1);
    // Out of order on purpose: the schedule sorts by day.
    release.phases = {{Schedule::ReleaseCandidate, QStringLiteral("RC 1"), QDate(2026, 3, 25)},
        {Schedule::TestFreeze, QString(), QDate(2026, 3, 23)}};
    release.blockerRule = QStringLiteral("is:open is:issue label:kind/bug label:priority/high");
    release.exceptionLabel = QStringLiteral("freeze-exception");
    return release;
}

Item makeItem(const RepositoryRef &repository, int number, Item::Kind kind, Item::State state,
    const QStringList &labels = {})
{
    Item item;
    item.key = {repository, number};
    item.kind = kind;
    item.state = state;
    item.title = QStringLiteral("Item %1").arg(number);
    item.author = QStringLiteral("alice");
    item.baseRef = kind == Item::Kind::PullRequest ? QStringLiteral("master") : QString();
    item.milestone = QStringLiteral("v4.2.0");
    item.updatedAt = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::UTC).addSecs(number * 60);
    for (const auto &label : labels)
        item.labels.append({label, QStringLiteral("ededed"), QString()});
    return item;
}

Item mergedOn(Item item, QDate day, QTime time = QTime(12, 0))
{
    item.state = Item::State::Merged;
    item.mergedAt = QDateTime(day, time, QTimeZone::UTC);
    item.closedAt = item.mergedAt;
    return item;
}

Item closing(Item pr, const Item &issue)
{
    pr.links.append({ItemLink::Kind::Closes, issue.key});
    return pr;
}

constexpr auto PR = Item::Kind::PullRequest;
constexpr auto ISSUE = Item::Kind::Issue;
constexpr auto OPEN = Item::State::Open;
constexpr auto CLOSED = Item::State::Closed;

/// The hand-made freeze data set (code freeze 16 March). Known answers in the comments.
QList<Item> freezeItems()
{
    const auto blocker = makeItem(console, 1, ISSUE, CLOSED, {"kind/bug", "priority/high"});
    const auto plainBug = makeItem(console, 2, ISSUE, CLOSED, {"kind/bug"});
    const auto approvedIssue = makeItem(
        console, 3, ISSUE, CLOSED, {"kind/feature", "freeze-exception", "freeze-exception-approved"});
    return {
        blocker,
        plainBug,
        approvedIssue,
        // The merge pool (open PRs): 10, 11 ready; 12 lgtm only; 13 approved only; 14 held (and ready).
        makeItem(console, 10, PR, OPEN, {"lgtm", "approved"}),
        makeItem(kubesphere, 11, PR, OPEN, {"lgtm", "approved"}),
        makeItem(console, 12, PR, OPEN, {"lgtm"}),
        makeItem(console, 13, PR, OPEN, {"approved"}),
        makeItem(console, 14, PR, OPEN, {"lgtm", "approved", "do-not-merge/hold"}),
        // Merged before the freeze: never flagged.
        mergedOn(makeItem(console, 20, PR, OPEN), QDate(2026, 3, 15), QTime(23, 59)),
        // Merged on the freeze day, nothing allows it: flagged.
        mergedOn(makeItem(console, 21, PR, OPEN), QDate(2026, 3, 16), QTime(0, 1)),
        // Fixes the (now closed) blocker: allowed.
        mergedOn(closing(makeItem(console, 22, PR, OPEN), blocker), QDate(2026, 3, 18)),
        // Fixes a bug that is no blocker: flagged.
        mergedOn(closing(makeItem(console, 23, PR, OPEN), plainBug), QDate(2026, 3, 18)),
        // Its own approved exception: allowed; a requested one is not enough: flagged.
        mergedOn(makeItem(console, 24, PR, OPEN, {"freeze-exception", "freeze-exception-approved"}),
            QDate(2026, 3, 19)),
        mergedOn(makeItem(console, 25, PR, OPEN, {"freeze-exception"}), QDate(2026, 3, 19)),
        // The issue it fixes has an approved exception: allowed.
        mergedOn(closing(makeItem(console, 26, PR, OPEN), approvedIssue), QDate(2026, 3, 20)),
        // Into the release branch (a cherry-pick): not the main branch's business.
        [] {
            auto pick = mergedOn(makeItem(console, 27, PR, OPEN), QDate(2026, 3, 20));
            pick.baseRef = QStringLiteral("release-4.2");
            return pick;
        }(),
        // A rejected exception, merged anyway in the other repository: flagged (same number as 21
        // in console must not matter).
        mergedOn(makeItem(kubesphere, 21, PR, OPEN, {"freeze-exception", "freeze-exception-rejected"}),
            QDate(2026, 3, 21)),
        // An open blocker with an approved exception: not a blocker any more.
        makeItem(console, 30, ISSUE, OPEN, {"kind/bug", "priority/high", "freeze-exception-approved"}),
        // An open blocker: a blocker.
        makeItem(console, 31, ISSUE, OPEN, {"kind/bug", "priority/high"}),
    };
}

QSet<QString> references(const QSet<ItemKey> &keys)
{
    QSet<QString> result;
    for (const auto &key : keys)
        result.insert(key.reference());
    return result;
}
} // namespace

class ScheduleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phasesInOrder()
    {
        const auto phases = Schedule::phases(scheduled());
        QStringList names;
        for (const auto &phase : phases)
            names.append(phase.name + QLatin1Char('@') + phase.starts.toString(Qt::ISODate));
        QCOMPARE(names,
            QStringList({"Feature freeze@2026-03-02", "Code freeze@2026-03-16", "Test freeze@2026-03-23",
                "RC 1@2026-03-25", "Release day@2026-04-01"}));
    }

    void statusOnEachBoundary_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("phase");
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("inCodeFreeze");
        QTest::addColumn<bool>("released");
        QTest::newRow("weeks before")
            << QDate(2026, 2, 20) << -1 << "Development · Code freeze in 24 day(s) · Release in 40 day(s)"
            << false << false;
        QTest::newRow("eve of feature freeze")
            << QDate(2026, 3, 1) << -1 << "Development · Code freeze in 15 day(s) · Release in 31 day(s)"
            << false << false;
        QTest::newRow("feature freeze day")
            << QDate(2026, 3, 2) << 0 << "Feature freeze · Code freeze in 14 day(s) · Release in 30 day(s)"
            << false << false;
        QTest::newRow("eve of code freeze")
            << QDate(2026, 3, 15) << 0 << "Feature freeze · Code freeze in 1 day(s) · Release in 17 day(s)"
            << false << false;
        QTest::newRow("code freeze day")
            << QDate(2026, 3, 16) << 1 << "Day 1 of code freeze · Release in 16 day(s)" << true << false;
        QTest::newRow("eve of test freeze")
            << QDate(2026, 3, 22) << 1 << "Day 7 of code freeze · Release in 10 day(s)" << true << false;
        QTest::newRow("test freeze day")
            << QDate(2026, 3, 23) << 2 << "Test freeze · Day 8 of code freeze · Release in 9 day(s)" << true
            << false;
        QTest::newRow("release candidate")
            << QDate(2026, 3, 25) << 3 << "RC 1 · Day 10 of code freeze · Release in 7 day(s)" << true
            << false;
        QTest::newRow("eve of release")
            << QDate(2026, 3, 31) << 3 << "RC 1 · Day 16 of code freeze · Release in 1 day(s)" << true
            << false;
        QTest::newRow("release day") << QDate(2026, 4, 1) << 4 << "Release day" << true << false;
        QTest::newRow("after release") << QDate(2026, 4, 3) << 4 << "Released 2 day(s) ago" << false << true;
    }

    void statusOnEachBoundary()
    {
        QFETCH(QDate, today);
        QFETCH(int, phase);
        QFETCH(QString, line);
        QFETCH(bool, inCodeFreeze);
        QFETCH(bool, released);
        const auto status = Schedule::status(scheduled(), today);
        QCOMPARE(status.line, line);
        QCOMPARE(status.currentPhase, phase);
        QCOMPARE(status.inCodeFreeze, inCodeFreeze);
        QCOMPARE(status.released, released);
        QVERIFY(status.hasDates);
    }

    void statusWithoutDates()
    {
        Release bare;
        const auto status = Schedule::status(bare, QDate(2026, 3, 20));
        QVERIFY(!status.hasDates);
        QVERIFY(!status.inCodeFreeze);
        QCOMPARE(status.currentPhase, -1);
        QVERIFY(status.line.contains(QStringLiteral("No schedule")));

        bare.releaseDate = QDate(2026, 4, 1);
        QCOMPARE(Schedule::status(bare, QDate(2026, 3, 20)).line,
            QStringLiteral("Development · Release in 12 day(s)"));
        // A phase without its day is not part of the schedule.
        bare.phases = {{Schedule::TestFreeze, QString(), QDate()}};
        QCOMPARE(Schedule::phases(bare).size(), 1);
    }

    void presetsCountBackFromTheRelease()
    {
        const auto presets = Schedule::presets();
        QCOMPARE(presets.size(), 2);
        const auto kubernetes = Schedule::applyPreset(scheduled(), presets.at(0), QDate(2026, 8, 13));
        QCOMPARE(kubernetes.releaseDate, QDate(2026, 8, 13));
        QCOMPARE(kubernetes.codeFreeze, QDate(2026, 7, 23));
        QVERIFY(!kubernetes.featureFreeze.isValid()); // Kubernetes calls it the enhancements freeze
        QStringList kinds;
        for (const auto &phase : kubernetes.phases)
            kinds.append(phase.kind + QLatin1Char('@') + phase.starts.toString(Qt::ISODate));
        QCOMPARE(kinds,
            QStringList({"prr-freeze@2026-06-04", "enhancements-freeze@2026-06-11", "test-freeze@2026-07-30",
                "docs-freeze@2026-08-04", "release-candidate@2026-08-06"}));
        const auto kubeSphere = Schedule::applyPreset(scheduled(), presets.at(1), QDate(2026, 8, 13));
        QCOMPARE(kubeSphere.featureFreeze, QDate(2026, 7, 16));
        QCOMPARE(kubeSphere.codeFreeze, QDate(2026, 7, 30));
        QCOMPARE(kubeSphere.phases.size(), 1);
        // Everything else of the release is kept.
        QCOMPARE(kubeSphere.blockerRule, scheduled().blockerRule);
    }

    void storedAndSharedWithTheRelease()
    {
        QTemporaryDir dir;
        auto release = scheduled();
        {
            Store store;
            QVERIFY(store.open(dir.filePath(QStringLiteral("w.sqlite"))));
            QVERIFY(Models::ReleaseRepository(store).saveRelease(release));
            release.phases.removeFirst(); // saving again replaces the phases
            QVERIFY(Models::ReleaseRepository(store).saveRelease(release));
        }
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("w.sqlite"))));
        const auto loaded = Models::ReleaseRepository(store).release(release.name);
        QVERIFY(loaded);
        QCOMPARE(loaded->phases, release.phases);
        QCOMPARE(loaded->exceptionLabel, QStringLiteral("freeze-exception"));
        QCOMPARE(*loaded, release);

        TeamFile file;
        file.releases = {scheduled()};
        QString error;
        const auto back = TeamFile::fromJson(file.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->releases.first().phases, scheduled().phases);
        QCOMPARE(back->releases.first().exceptionLabel, QStringLiteral("freeze-exception"));
        // A hand-written phase without a day is refused, with the reason.
        auto json = QString::fromUtf8(file.toJson());
        json.replace(QStringLiteral("2026-03-25"), QStringLiteral("soon"));
        QVERIFY(!TeamFile::fromJson(json.toUtf8(), &error));
        QVERIFY(error.contains(QStringLiteral("phase")));
    }

    void mergedAfterFreeze()
    {
        const auto items = freezeItems();
        const auto release = scheduled();
        QCOMPARE(references(FreezeDesk::mergedAfterFreeze(items, release)),
            QSet<QString>({"kubesphere/console#21", "kubesphere/console#23", "kubesphere/console#25",
                "kubesphere/kubesphere#21"}));
        // Without a code freeze there is nothing to flag.
        auto unscheduled = release;
        unscheduled.codeFreeze = {};
        QVERIFY(FreezeDesk::mergedAfterFreeze(items, unscheduled).isEmpty());
        // The same answers through the query language and the cards' warnings.
        const auto context = Board::context(items, release);
        const auto query = ItemQuery::parse(u"freeze:merged-after");
        QVERIFY(query.usesContext());
        int flagged = 0;
        for (const auto &item : items) {
            const bool expected = context.mergedAfterFreeze.contains(item.key);
            QCOMPARE(query.matches(item, context), expected);
            QCOMPARE(Board::warnings(item, context).testFlag(CardWarning::MergedAfterFreeze), expected);
            flagged += expected;
        }
        QCOMPARE(flagged, 4);
    }

    void exceptions()
    {
        const auto items = freezeItems();
        const auto release = scheduled();
        QCOMPARE(FreezeDesk::exceptionState(items.at(2), release), ExceptionState::Approved);
        const auto context = Board::context(items, release);
        // The approved exception is no blocker; the other open high-priority bug is.
        QCOMPARE(references(context.blockers), QSet<QString>({"kubesphere/console#31"}));
        QCOMPARE(references(Board::blockers(items, release)), QSet<QString>({"kubesphere/console#31"}));
        const auto count = [&](const char *query) {
            const auto compiled = ItemQuery::parse(QString::fromLatin1(query));
            return std::count_if(items.cbegin(), items.cend(),
                [&](const Item &item) { return compiled.matches(item, context); });
        };
        QCOMPARE(count("exception:any"), 5);
        QCOMPARE(count("exception:approved"), 3);
        QCOMPARE(count("exception:requested"), 1);
        QCOMPARE(count("exception:rejected"), 1);
        // Without an exception label nothing is an exception and the blocker counts again.
        auto untracked = release;
        untracked.exceptionLabel.clear();
        QCOMPARE(Board::blockers(items, untracked).size(), 2);

        // Dates from the timeline: the first request, the last decision.
        const auto at = [](int day, int hour) {
            return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone::UTC);
        };
        const auto labeled = [](const Item &item, const QString &label, const QDateTime &when) {
            return TimelineEvent {item.key, TimelineEvent::Kind::Labeled, QStringLiteral("LabeledEvent"),
                QStringLiteral("bob"), when, label};
        };
        const auto &approved = items.at(12); // console#24
        QCOMPARE(approved.key.number, 24);
        const QList<TimelineEvent> events = {
            labeled(approved, QStringLiteral("freeze-exception"), at(17, 9)),
            labeled(approved, QStringLiteral("freeze-exception"), at(18, 9)),
            labeled(approved, QStringLiteral("freeze-exception-approved"), at(18, 15)),
            // Another item's events and another label do not count.
            labeled(items.at(13), QStringLiteral("freeze-exception-approved"), at(19, 9)),
            labeled(approved, QStringLiteral("lgtm"), at(19, 10)),
        };
        const auto list = FreezeDesk::exceptions(items, events, release);
        QCOMPARE(list.size(), 5);
        const auto entry = std::find_if(
            list.cbegin(), list.cend(), [&](const FreezeException &e) { return e.item == approved.key; });
        QVERIFY(entry != list.cend());
        QCOMPARE(entry->state, ExceptionState::Approved);
        QCOMPARE(entry->requestedAt, at(17, 9));
        QCOMPARE(entry->decidedAt, at(18, 15));
        const auto requested = std::find_if(
            list.cbegin(), list.cend(), [&](const FreezeException &e) { return e.item == items.at(13).key; });
        QCOMPARE(requested->state, ExceptionState::Requested);
        QVERIFY(!requested->decidedAt.isValid()); // an approval label it does not carry is no decision
        QVERIFY(!requested->requestedAt.isValid()); // unknown, never made up
    }

    void mergePoolBucketsAsBuiltInViews()
    {
        ItemTableModel items;
        BoardModel board(&items);
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        board.setRelease(scheduled());
        items.setItems(freezeItems());
        QHash<QString, int> counts;
        for (const auto &view : FreezeDesk::builtInViews())
            counts.insert(view.name, board.countMatching(view.query));
        QCOMPARE(counts.value(QStringLiteral("Code freeze: ready to merge")), 2);
        QCOMPARE(counts.value(QStringLiteral("Code freeze: needs approval")), 1);
        QCOMPARE(counts.value(QStringLiteral("Code freeze: needs lgtm")), 1);
        QCOMPARE(counts.value(QStringLiteral("Code freeze: on hold")), 1);
        QCOMPARE(counts.value(QStringLiteral("Merged after code freeze")), 4);
        QCOMPARE(counts.value(QStringLiteral("Freeze exceptions")), 5);
        QCOMPARE(counts.value(QStringLiteral("Open blockers")), 1);
        QCOMPARE(counts.value(QStringLiteral("All items")), int(freezeItems().size()));

        // The card's flag comes through the board's roles, and follows the data.
        const auto rowOf = [&](int number, const RepositoryRef &repository) {
            for (int row = 0; row < board.rowCount(); ++row) {
                if (board.item(row).key == ItemKey {repository, number})
                    return row;
            }
            return -1;
        };
        const auto flagged = [&](int row) {
            return CardWarnings(board.index(row, 0).data(BoardModel::WarningsRole).toInt())
                .testFlag(CardWarning::MergedAfterFreeze);
        };
        const auto row = rowOf(25, console);
        QVERIFY(flagged(row));
        QVERIFY(!flagged(rowOf(24, console)));
        // The exception is approved later: the flag goes, with one dataChanged for that card.
        auto updated = freezeItems();
        updated[row].labels.append({QStringLiteral("freeze-exception-approved"), QString(), QString()});
        items.setItems(updated);
        QVERIFY(!flagged(row));
        QCOMPARE(board.countMatching(QStringLiteral("freeze:merged-after")), 3);
    }
};

QTEST_GUILESS_MAIN(ScheduleTest)
#include "tst_schedule.moc"
