#include "board.h"
#include "boardcolumnproxy.h"
#include "boardmodel.h"
#include "boardwatcher.h"
#include "demoworkspace.h"
#include "itemquery.h"
#include "itemtablemodel.h"
#include "releasenoteblock.h"
#include "releasesetupflow.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Api;
using namespace Qt::StringLiterals;
using namespace ReleaseDesk::Models;

namespace {
const RepositoryRef console {
    QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("console")};

Item makeItem(int number, Item::Kind kind, Item::State state, const QStringList &labels = {})
{
    Item item;
    item.key = {console, number};
    item.kind = kind;
    item.state = state;
    item.title = QStringLiteral("Item %1").arg(number);
    item.author = QStringLiteral("alice");
    item.baseRef = kind == Item::Kind::PullRequest ? QStringLiteral("master") : QString();
    item.milestone = QStringLiteral("v4.1.3");
    item.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC).addSecs(number * 60);
    for (const auto &label : labels)
        item.labels.append({label, QStringLiteral("ededed"), QString()});
    if (state == Item::State::Merged)
        item.mergedAt = item.updatedAt;
    return item;
}

Release release()
{
    Release r;
    r.name = QStringLiteral("v4.1.3");
    r.releaseBranch = QStringLiteral("release-4.1");
    r.repositories = {{console, {QStringLiteral("v4.1.3")}}};
    r.blockerRule
        = QStringLiteral("is:open label:kind/bug (label:priority/high OR label:priority/critical-urgent)");
    return r;
}
} // namespace

class BoardTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// A sync page changes many rows and adds some: adjacent changed rows share one dataChanged, and
    /// the board (columns, readiness, counts) recomputes once for the page, not once per row.
    void aPageOfChangesIsOneRecompute()
    {
        const auto demo = DemoWorkspace::generate(QDate(2026, 11, 25));
        ItemTableModel items;
        items.setItems(demo.items);
        BoardModel board(&items);
        board.setRelease(demo.release);
        QList<Api::Item> page;
        for (const int row : {3, 4, 5, 10, 20, 21, 40}) {
            auto item = demo.items.at(row);
            item.title += QStringLiteral(" (edited)");
            page.append(item);
        }
        for (int added = 0; added < 5; ++added) {
            auto item = demo.items.at(added);
            item.key.number += 900000;
            page.append(item);
        }
        QSignalSpy changed(&items, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&items, &QAbstractItemModel::rowsInserted);
        QSignalSpy boardChanged(&board, &BoardModel::boardChanged);
        const auto before = board.recomputeCount();
        items.updateItems(page);
        QCOMPARE(changed.size(), 4); // 3-5, 10, 20-21, 40
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 5);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(board.recomputeCount(), before + 1);
        QCOMPARE(boardChanged.size(), 1);
        // The new rows have their columns at once.
        for (int row = int(demo.items.size()); row < items.rowCount(); ++row)
            QVERIFY(board.columnOf(row) >= 0);
        // Nothing new: no signal, no recompute.
        items.updateItems(page);
        QCOMPARE(board.recomputeCount(), before + 1);
    }

    void queryLanguage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("matches");
        // The item: an open PR in console with kind/bug, lgtm; assignee bob; failing CI; approved.
        QTest::newRow("is:pr") << "is:pr" << true;
        QTest::newRow("is:issue") << "is:issue" << false;
        QTest::newRow("is:open") << "is:open" << true;
        QTest::newRow("is:closed") << "is:closed" << false;
        QTest::newRow("label") << "label:kind/bug" << true;
        QTest::newRow("label case") << "label:KIND/BUG" << true;
        QTest::newRow("negated label") << "-label:lgtm" << false;
        QTest::newRow("label list is OR") << "label:approved,lgtm" << true;
        QTest::newRow("kind shorthand") << "kind:bug" << true;
        QTest::newRow("kind other") << "kind:feature" << false;
        QTest::newRow("assignee") << "assignee:bob" << true;
        QTest::newRow("no assignee") << "no:assignee" << false;
        QTest::newRow("author") << "author:alice" << true;
        QTest::newRow("repo short") << "repo:console" << true;
        QTest::newRow("repo full") << "repo:kubesphere/console" << true;
        QTest::newRow("repo other") << "repo:kubesphere" << false;
        QTest::newRow("milestone lenient") << "milestone:4.1.3" << true;
        QTest::newRow("ci failing") << "ci:failing" << true;
        QTest::newRow("ci passing") << "ci:passing" << false;
        QTest::newRow("review") << "review:approved" << true;
        QTest::newRow("free text") << "item 7" << true;
        QTest::newRow("free text miss") << "nothing" << false;
        QTest::newRow("quoted") << "\"Item 7\"" << true;
        QTest::newRow("OR") << "is:issue OR label:lgtm" << true;
        QTest::newRow("parentheses") << "is:pr (label:nope OR assignee:bob)" << true;
        QTest::newRow("NOT group") << "NOT (label:lgtm OR label:nope)" << false;
        QTest::newRow("k8s code freeze")
            << "is:pr is:open milestone:v4.1.3 label:lgtm -label:do-not-merge/hold" << true;
        QTest::newRow("unknown qualifier as text") << "colour:red" << false;
        QTest::newRow("empty quotes") << "\"\" is:pr" << true;
        QTest::newRow("number") << "7" << true;
        QTest::newRow("reference") << "console#7" << true;
    }

    void queryLanguage()
    {
        QFETCH(QString, query);
        QFETCH(bool, matches);
        auto item = makeItem(7, Item::Kind::PullRequest, Item::State::Open,
            {QStringLiteral("kind/bug"), QStringLiteral("lgtm")});
        item.assignees = {QStringLiteral("bob")};
        item.reviewDecision = QStringLiteral("APPROVED");
        item.ciContexts = {
            {CiContext::Source::CheckRun, QStringLiteral("build"), QStringLiteral("FAILURE"), true, {}, {}}};
        QCOMPARE(ItemQuery::parse(query).matches(item), matches);
    }

    void blockerPresetsCountIssuesNotTheirFixes()
    {
        // The fix PR of a blocker carries the same labels; the presets count the issue only.
        for (const auto &preset : Models::ReleaseSetupFlow::blockerRulePresets()) {
            auto rule = release();
            rule.blockerRule = preset.expression;
            const QList<Item> items = {
                makeItem(1, Item::Kind::Issue, Item::State::Open,
                    {u"kind/bug"_s, u"priority/critical-urgent"_s, u"release-blocker"_s}),
                makeItem(2, Item::Kind::PullRequest, Item::State::Open,
                    {u"kind/bug"_s, u"priority/critical-urgent"_s, u"release-blocker"_s}),
            };
            const auto blockers = Models::Board::blockers(items, rule);
            QVERIFY2(blockers.size() == 1 && blockers.contains(items.first().key), qPrintable(preset.name));
        }
    }

    void queryErrorsSayWhatIsWrong()
    {
        QString error;
        ItemQuery::parse(u"(label:a OR", &error);
        QVERIFY(error.contains(QStringLiteral("parenthes")));
        ItemQuery::parse(u"colour:red", &error);
        QVERIFY(error.contains(QStringLiteral("Unknown qualifier")));
        ItemQuery::parse(u"is:open label:x", &error);
        QVERIFY(error.isEmpty());
        QVERIFY(ItemQuery::parse(u"   ").isEmpty());
    }

    void releaseNoteBlocks_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("note") << "x\n```release-note\nFix the thing.\n```\n"
                              << int(ReleaseNoteBlock::Kind::Note) << "Fix the thing.";
        QTest::newRow("crlf") << "```release-note\r\nFix it.\r\n```\r\n"
                              << int(ReleaseNoteBlock::Kind::Note) << "Fix it.";
        QTest::newRow("spaced fence")
            << "  ``` release-note \nA\n  ```" << int(ReleaseNoteBlock::Kind::Note) << "A";
        QTest::newRow("tildes") << "~~~release-note\nB\n~~~" << int(ReleaseNoteBlock::Kind::Note) << "B";
        QTest::newRow("NONE") << "```release-note\nNONE\n```" << int(ReleaseNoteBlock::Kind::None) << "NONE";
        QTest::newRow("n/a") << "```release-note\nN/A\n```" << int(ReleaseNoteBlock::Kind::None) << "N/A";
        QTest::newRow("empty") << "```release-note\n\n```" << int(ReleaseNoteBlock::Kind::Empty) << "";
        QTest::newRow("missing") << "```docs\nx\n```" << int(ReleaseNoteBlock::Kind::Missing) << "";
        QTest::newRow("multi line") << "```release-note\nLine one.\nLine two.\n```"
                                    << int(ReleaseNoteBlock::Kind::Note) << "Line one.\nLine two.";
    }

    void releaseNoteBlocks()
    {
        QFETCH(QString, body);
        QFETCH(int, kind);
        QFETCH(QString, text);
        const auto block = ReleaseNoteBlock::extract(body);
        QCOMPARE(int(block.kind), kind);
        QCOMPARE(block.text, text);
    }

    void cherryPicksAreFoundByLinkTitleAndBranch()
    {
        auto original
            = makeItem(100, Item::Kind::PullRequest, Item::State::Merged, {QStringLiteral("kind/bug")});
        original.title = QStringLiteral("Fix login");
        auto byTitle = makeItem(101, Item::Kind::PullRequest, Item::State::Open);
        byTitle.title = QStringLiteral("Automated cherry pick of #100: Fix login");
        byTitle.baseRef = QStringLiteral("release-4.1");
        auto byBranch = makeItem(102, Item::Kind::PullRequest, Item::State::Merged);
        byBranch.headRef = QStringLiteral("cherry-pick-55-to-release-4.1");
        auto byBracket = makeItem(103, Item::Kind::PullRequest, Item::State::Merged);
        byBracket.title = QStringLiteral("[release-4.1] Fix login");
        byBracket.baseRef = QStringLiteral("release-4.1");
        const QList<Item> all {original, byTitle, byBranch, byBracket};
        QCOMPARE(Board::cherryPickOrigin(byTitle)->number, 100);
        QCOMPARE(Board::cherryPickOrigin(byBranch)->number, 55);
        QCOMPARE(Board::cherryPickOrigin(byBracket, all)->number, 100);
        QVERIFY(!Board::cherryPickOrigin(original, all));
        const auto r = release();
        const auto context = Board::context(all, r);
        QVERIFY(context.cherryPicked.contains(original.key));
        QVERIFY(context.cherryPickPending.contains(original.key));
    }

    void columnsFollowTheRules()
    {
        const auto r = release();
        auto triage = makeItem(1, Item::Kind::Issue, Item::State::Open, {QStringLiteral("kind/feature")});
        auto blocker = makeItem(2, Item::Kind::Issue, Item::State::Open,
            {QStringLiteral("kind/bug"), QStringLiteral("priority/high")});
        auto fixedIssue = makeItem(3, Item::Kind::Issue, Item::State::Open,
            {QStringLiteral("kind/bug"), QStringLiteral("priority/high")});
        auto fix = makeItem(4, Item::Kind::PullRequest, Item::State::Open, {QStringLiteral("kind/bug")});
        fix.links = {{ItemLink::Kind::Closes, fixedIssue.key}};
        auto failing = makeItem(5, Item::Kind::PullRequest, Item::State::Open);
        failing.ciContexts = {{CiContext::Source::StatusContext, QStringLiteral("unit"),
            QStringLiteral("FAILURE"), true, {}, {}}};
        auto ready = makeItem(6, Item::Kind::PullRequest, Item::State::Open,
            {QStringLiteral("lgtm"), QStringLiteral("approved")});
        ready.reviewDecision = QStringLiteral("APPROVED");
        auto held = ready;
        held.key.number = 7;
        held.labels.append({QStringLiteral("do-not-merge/hold"), QString(), QString()});
        auto awaiting
            = makeItem(8, Item::Kind::PullRequest, Item::State::Merged, {QStringLiteral("kind/bug")});
        auto picked = makeItem(9, Item::Kind::PullRequest, Item::State::Merged, {QStringLiteral("kind/bug")});
        auto pick = makeItem(10, Item::Kind::PullRequest, Item::State::Merged);
        pick.baseRef = r.releaseBranch;
        pick.links = {{ItemLink::Kind::CherryPickOf, picked.key}};
        auto closed = makeItem(11, Item::Kind::Issue, Item::State::Closed);
        const QList<Item> items {
            triage, blocker, fixedIssue, fix, failing, ready, held, awaiting, picked, pick, closed};
        const auto columns = Board::defaultColumns();
        const auto context = Board::context(items, r);
        const auto assigned = Board::assign(items, columns, context);
        auto name = [&](int i) { return assigned[i] < 0 ? QString() : columns[assigned[i]].name; };
        QCOMPARE(name(0), QStringLiteral("Needs triage"));
        QCOMPARE(name(1), QStringLiteral("Blocker without fix"));
        QCOMPARE(name(2), QStringLiteral("Fix in review"));
        QCOMPARE(name(3), QStringLiteral("Fix in review"));
        QCOMPARE(name(4), QStringLiteral("CI failing"));
        QCOMPARE(name(5), QStringLiteral("Ready to merge"));
        QCOMPARE(name(6), QStringLiteral("Fix in review")); // on hold
        QCOMPARE(name(7), QStringLiteral("Awaiting cherry-pick"));
        QCOMPARE(name(8), QStringLiteral("Done"));
        QCOMPARE(name(9), QStringLiteral("Done"));
        QCOMPARE(name(10), QStringLiteral("Done"));
        QVERIFY(Board::warnings(blocker, context).testFlag(CardWarning::BlockerWithoutAssignee));
        auto disagreeing
            = makeItem(12, Item::Kind::PullRequest, Item::State::Open, {QStringLiteral("release-note-none")});
        disagreeing.body = QStringLiteral("```release-note\nAdds a feature.\n```");
        QVERIFY(Board::warnings(disagreeing, context).testFlag(CardWarning::NoteButNoneLabel));
    }

    void boardModelAndColumnProxiesPassTheTesterAndMoveCardsInPlace()
    {
        ItemTableModel items;
        BoardModel board(&items);
        QAbstractItemModelTester boardTester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        board.setRelease(release());
        std::vector<std::unique_ptr<BoardColumnProxy>> proxies;
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (int column = 0; column < board.columns().size(); ++column) {
            proxies.push_back(std::make_unique<BoardColumnProxy>(&board, column));
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                proxies.back().get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
        auto pr = makeItem(1, Item::Kind::PullRequest, Item::State::Open);
        items.setItems({pr, makeItem(2, Item::Kind::Issue, Item::State::Open)});
        const int inReview = 2;
        const int failing = 3;
        QCOMPARE(proxies[inReview]->rowCount(), 1);
        QCOMPARE(proxies[0]->rowCount(), 1); // the issue needs triage

        // CI turns red on the next sync: the card moves with a dataChanged, never a reset.
        QSignalSpy resets(&board, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&board, &QAbstractItemModel::dataChanged);
        pr.ciContexts = {
            {CiContext::Source::CheckRun, QStringLiteral("build"), QStringLiteral("FAILURE"), true, {}, {}}};
        pr.updatedAt = pr.updatedAt.addSecs(60);
        items.updateItems({pr});
        QCOMPARE(resets.size(), 0);
        QCOMPARE(proxies[inReview]->rowCount(), 0);
        QCOMPARE(proxies[failing]->rowCount(), 1);
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
            return args.at(2).value<QList<int>>().contains(BoardModel::ColumnRole);
        }));
        QCOMPARE(board.columnCounts()[failing], 1);

        // The query bar narrows every column.
        board.setQuery(ItemQuery::parse(u"is:issue"));
        QCOMPARE(proxies[failing]->rowCount(), 0);
        QCOMPARE(proxies[0]->rowCount(), 1);
    }

    void watcherReportsWhatChangedSinceTheLastLook()
    {
        const auto r = release();
        auto quiet = makeItem(1, Item::Kind::Issue, Item::State::Open, {QStringLiteral("kind/bug")});
        auto fix = makeItem(2, Item::Kind::PullRequest, Item::State::Open);
        fix.links = {{ItemLink::Kind::Closes, quiet.key}};
        BranchCi branch {console, r.releaseBranch, QStringLiteral("sha"),
            {{CiContext::Source::CheckRun, QStringLiteral("build"), QStringLiteral("SUCCESS"), true, {}, {}},
                {CiContext::Source::CheckRun, QStringLiteral("e2e"), QStringLiteral("FAILURE"), false, {},
                    {}}}};
        BoardWatcher watcher;
        QVERIFY(watcher.update({}, {}, {}).isEmpty()); // an empty workspace is no baseline
        QList<Item> items {quiet, fix};
        QVERIFY(watcher.update(items, Board::context(items, r), {branch}).isEmpty()); // the baseline
        QVERIFY(watcher.update(items, Board::context(items, r), {branch}).isEmpty()); // nothing changed

        // The bug is escalated, its fix merges and the required build breaks, between two syncs.
        items[0].labels.append({QStringLiteral("priority/high"), QString(), QString()});
        auto notifications = watcher.update(items, Board::context(items, r), {branch});
        QCOMPARE(notifications.size(), 1);
        QCOMPARE(notifications.first().kind, BoardNotification::Kind::NewBlocker);
        QVERIFY(notifications.first().text.contains(QStringLiteral("console#1")));

        items[1].state = Item::State::Merged;
        branch.contexts[0].rawState = QStringLiteral("FAILURE");
        notifications = watcher.update(items, Board::context(items, r), {branch});
        QCOMPARE(notifications.size(), 2);
        QCOMPARE(notifications[0].kind, BoardNotification::Kind::BlockerFixMerged);
        QVERIFY(notifications[0].text.contains(QStringLiteral("console#2 fixes console#1")));
        QCOMPARE(notifications[1].kind, BoardNotification::Kind::RequiredCheckFailed);
        QVERIFY(notifications[1].text.endsWith(QStringLiteral(": build"))); // informing e2e is not news
    }

    void theDemoFillsEveryColumn()
    {
        const auto demo = DemoWorkspace::generate(QDate(2026, 11, 25));
        QList<Item> inRelease;
        for (const auto &item : demo.items) {
            if (item.milestone != QLatin1StringView("v4.2.0"))
                inRelease.append(item);
        }
        const auto columns = Board::defaultColumns();
        const auto context = Board::context(inRelease, demo.release);
        const auto assigned = Board::assign(inRelease, columns, context);
        QList<int> counts(columns.size(), 0);
        for (const auto column : assigned) {
            QVERIFY(column >= 0);
            ++counts[column];
        }
        for (int column = 0; column < columns.size(); ++column)
            QVERIFY2(counts[column] > 0, qPrintable(columns[column].name));
        QVERIFY(!context.blockers.isEmpty());
    }
};

QTEST_GUILESS_MAIN(BoardTest)
#include "tst_board.moc"
