#include "board.h"
#include "fakegithub.h"
#include "store.h"
#include "support/testrepositories.h"
#include "syncengine.h"
#include "teamfile.h"

#include "api/githubclient.h"

#include "cherrypick/cherrypickmatrix.h"
#include "cherrypick/cherrypickstore.h"
#include "store/itemrepository.h"
#include "store/releaserepository.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Api;
using namespace ReleaseDesk::Models;

using namespace ReleaseDesk::Testing;

namespace {
const QString r41 = QStringLiteral("release-4.1");
const QString r40 = QStringLiteral("release-4.0");
const QString r35 = QStringLiteral("release-3.5");

QDateTime at(int day, int hour = 12)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone::UTC);
}

Item pullRequest(const RepositoryRef &repository, int number, const QString &base, Item::State state,
    const QString &title, const QStringList &labels = {})
{
    Item item;
    item.key = {repository, number};
    item.kind = Item::Kind::PullRequest;
    item.state = state;
    item.title = title;
    item.author = QStringLiteral("alice");
    item.baseRef = base;
    item.headRef = QStringLiteral("topic-%1").arg(number);
    item.url = QUrl(QStringLiteral("https://github.com/%1/pull/%2").arg(repository.fullName()).arg(number));
    item.createdAt = at(1);
    item.updatedAt = at(20);
    if (state == Item::State::Merged) {
        item.mergedAt = at(15);
        item.closedAt = item.mergedAt;
    }
    for (const auto &label : labels)
        item.labels.append({label, QStringLiteral("ededed"), QString()});
    return item;
}

Item fix(const RepositoryRef &repository, int number, int mergedDay, const QString &title,
    const QStringList &labels)
{
    auto item = pullRequest(repository, number, QStringLiteral("master"), Item::State::Merged, title, labels);
    item.mergedAt = at(mergedDay);
    item.closedAt = item.mergedAt;
    return item;
}

CherryPickComment comment(
    const ItemKey &fixKey, int day, int hour, const QString &author, const QString &body)
{
    return {fixKey, author, at(day, hour),
        QUrl(QStringLiteral("https://github.com/%1/pull/%2#issuecomment-%3%4")
                 .arg(fixKey.repository.fullName())
                 .arg(fixKey.number)
                 .arg(day)
                 .arg(hour)),
        body};
}

CherryPickPolicy policy()
{
    CherryPickPolicy policy;
    policy.maintainedBranches = {r41, r40, r35};
    policy.since = QDate(2026, 3, 1);
    return policy;
}

/// The hand-made data set: kubesphere/console and kubesphere/kubesphere both have a fix #100 (the
/// numbers collide), each cell state occurs, and cherry-picks are found by each clue.
struct DataSet
{
    QList<Item> items;
    QList<CherryPickComment> comments;
};

DataSet dataSet()
{
    DataSet data;
    auto &items = data.items;
    // The fixes.
    items.append(fix(console, 100, 10, QStringLiteral("Fix login redirect"), {QStringLiteral("kind/bug")}));
    items.append(
        fix(kubesphere, 100, 11, QStringLiteral("Fix API crash"), {QStringLiteral("kind/regression")}));
    items.append(fix(console, 101, 12, QStringLiteral("Fix chart"),
        {QStringLiteral("cherry-pick-approved"), QStringLiteral("do-not-cherry-pick/release-3.5")}));
    items.append(fix(console, 103, 13, QStringLiteral("Fix table"),
        {QStringLiteral("kind/bug"), QStringLiteral("do-not-cherry-pick")}));
    items.append(fix(console, 108, 9, QStringLiteral("Fix menu"), {QStringLiteral("kind/bug")}));
    // Not fixes: no policy label, not merged, not on the main branch, merged before `since`.
    items.append(
        fix(kubesphere, 102, 12, QStringLiteral("Docs tweak"), {QStringLiteral("kind/documentation")}));
    items.append(pullRequest(console, 104, QStringLiteral("master"), Item::State::Open,
        QStringLiteral("Fix open"), {QStringLiteral("kind/bug")}));
    items.append(pullRequest(kubesphere, 105, r41, Item::State::Merged, QStringLiteral("Fix only on 4.1"),
        {QStringLiteral("kind/bug")}));
    auto old = fix(console, 99, 1, QStringLiteral("Old fix"), {QStringLiteral("kind/bug")});
    old.mergedAt = QDateTime(QDate(2026, 2, 20), QTime(9, 0), QTimeZone::UTC);
    items.append(old);

    // Picks of console#100: by the body's link (4.1), by "[release-4.0] <title>" (4.0), by the
    // Kubernetes script's head branch (3.5).
    auto pick
        = pullRequest(console, 200, r41, Item::State::Merged, QStringLiteral("Fix login redirect (4.1)"));
    pick.body = QStringLiteral("Cherry pick of #100 on release-4.1.\n\n```release-note\nNONE\n```");
    items.append(pick);
    items.append(pullRequest(
        console, 203, r40, Item::State::Open, QStringLiteral("[release-4.0] Fix login redirect")));
    pick = pullRequest(console, 206, r35, Item::State::Merged, QStringLiteral("Backport login fix"));
    pick.headRef = QStringLiteral("automated-cherry-pick-of-#100-upstream-release-3.5");
    pick.mergedAt = at(18);
    items.append(pick);
    // Picks of kubesphere#100: by title (4.1, open with failing CI), by Prow's head branch (4.0).
    pick = pullRequest(kubesphere, 201, r41, Item::State::Open,
        QStringLiteral("Automated cherry pick of #100: Fix API crash"));
    CiContext build;
    build.source = CiContext::Source::CheckRun;
    build.name = QStringLiteral("build");
    build.rawState = QStringLiteral("FAILURE");
    build.required = true;
    build.completedAt = at(19);
    pick.ciContexts = {build};
    items.append(pick);
    pick = pullRequest(kubesphere, 202, r40, Item::State::Merged, QStringLiteral("Fix API crash on 4.0"));
    pick.headRef = QStringLiteral("cherry-pick-100-to-release-4.0");
    items.append(pick);
    // console#101 picked into 4.1 from the other repository, by an owner/repo link.
    pick = pullRequest(kubesphere, 204, r41, Item::State::Merged, QStringLiteral("Chart fix"));
    pick.body = QStringLiteral("Cherry pick of kubesphere/console#101");
    items.append(pick);
    // A closed, unmerged pick does not count: console#101 on 4.0 is what the bot said (conflicts).
    pick = pullRequest(console, 205, r40, Item::State::Closed, QStringLiteral("Chart fix for 4.0"));
    pick.headRef = QStringLiteral("cherry-pick-101-to-release-4.0");
    items.append(pick);
    // The bot opened console#207 for console#103 ("new pull request created: #207"): a pick wins
    // over do-not-cherry-pick.
    items.append(pullRequest(console, 207, r41, Item::State::Open, QStringLiteral("Table fix")));
    // kubesphere#207 exists too, on 4.0: the bot's "#207" is console's, not this one.
    items.append(pullRequest(kubesphere, 207, r40, Item::State::Open, QStringLiteral("Unrelated")));

    const ItemKey c100 {console, 100}, k100 {kubesphere, 100}, c101 {console, 101}, c103 {console, 103};
    data.comments = {
        comment(k100, 11, 13, QStringLiteral("alice"), QStringLiteral("/cherrypick release-3.5")),
        comment(k100, 11, 14, QStringLiteral("k8s-ci-robot"),
            QStringLiteral(
                "@alice: once the present PR merges, I will cherry-pick it on top of release-3.5 in a "
                "new PR and assign it to you.")),
        comment(c101, 12, 13, QStringLiteral("bob"), QStringLiteral("/cherry-pick release-4.0")),
        comment(c101, 12, 14, QStringLiteral("k8s-ci-robot"),
            QStringLiteral(
                "@bob: #101 failed to apply on top of branch \"release-4.0\":\n```\nerror: could not "
                "apply 1a2b3c... Fix chart\nCONFLICT (content): Merge conflict in chart.ts\n```")),
        comment(c103, 13, 14, QStringLiteral("k8s-ci-robot"),
            QStringLiteral("@carol: new pull request created: #207")),
        // About console#100, but no branch of the policy: ignored.
        comment(c100, 10, 13, QStringLiteral("dave"), QStringLiteral("/cherrypick release-2.0")),
    };
    return data;
}

/// Cells as "owner/repo#N branch state" lines, without the host (the fake's differs from github.com).
QStringList cellLines(const CherryPickMatrix &matrix)
{
    QStringList lines;
    for (const auto &row : matrix.rows) {
        for (int column = 0; column < row.cells.size(); ++column)
            lines.append(QStringLiteral("%1 %2 %3")
                             .arg(row.fix.reference(), matrix.branches.at(column),
                                 CherryPickWords::stateCode(row.cells.at(column).state)));
    }
    return lines;
}

const CherryPickRow *rowOf(const CherryPickMatrix &matrix, const ItemKey &key)
{
    for (const auto &row : matrix.rows) {
        if (row.fix == key)
            return &row;
    }
    return nullptr;
}
} // namespace

class TestCherryPicks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesComments()
    {
        auto notes = parseCherryPickComment(
            QStringLiteral("LGTM\n/cherrypick release-4.1\n /cherry-pick release-4.0 release-3.5"));
        QCOMPARE(notes.size(), 3);
        QCOMPARE(notes[0].kind, CherryPickNote::Kind::Requested);
        QCOMPARE(notes[0].branch, r41);
        QCOMPARE(notes[1].branch, r40);
        QCOMPARE(notes[2].branch, r35);
        // A command inside a sentence is not one the bot acts on.
        QVERIFY(parseCherryPickComment(QStringLiteral("please do not /cherrypick release-4.1")).isEmpty());
        notes = parseCherryPickComment(QStringLiteral(
            "@u: #123 failed to apply on top of branch \"release-4.1\":\n```\nerror: CONFLICT\n```"));
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0].kind, CherryPickNote::Kind::Conflicts);
        QCOMPARE(notes[0].branch, r41);
        notes = parseCherryPickComment(QStringLiteral("@u: new pull request created: #124"));
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0].kind, CherryPickNote::Kind::Created);
        QCOMPARE(notes[0].pullRequest, 124);
        QVERIFY(isCherryPickComment(QStringLiteral("@u: once the present PR merges, I will cherry-pick it on "
                                                   "top of release-4.1 in a new PR and assign it to you.")));
        QVERIFY(!isCherryPickComment(QStringLiteral("/lgtm")));
    }

    void findsTheFixOfAPick()
    {
        auto pick = pullRequest(console, 300, r41, Item::State::Open, QStringLiteral("Something"));
        QCOMPARE(cherryPickReference(pick).clue, CherryPickClue::None);
        pick.links = {{ItemLink::Kind::CherryPickOf, {kubesphere, 7}}};
        QCOMPARE(cherryPickReference(pick).fix, (ItemKey {kubesphere, 7}));
        QCOMPARE(cherryPickReference(pick).clue, CherryPickClue::Link);
        pick.links.clear();
        pick.body = QStringLiteral(
            "Cherry pick of https://github.com/kubesphere/kubesphere/pull/8 on release-4.1.");
        QCOMPARE(cherryPickReference(pick).fix, (ItemKey {kubesphere, 8}));
        pick.body = QStringLiteral("cherry-pick of #9");
        QCOMPARE(cherryPickReference(pick).fix, (ItemKey {console, 9}));
        QCOMPARE(cherryPickReference(pick).clue, CherryPickClue::Link);
        pick.body.clear();
        pick.title = QStringLiteral("Cherry-pick kubesphere/kubesphere#10 to 4.1");
        QCOMPARE(cherryPickReference(pick).fix, (ItemKey {kubesphere, 10}));
        QCOMPARE(cherryPickReference(pick).clue, CherryPickClue::Title);
        pick.title = QStringLiteral("[release-4.1] Fix it");
        QVERIFY(!cherryPickReference(pick).fix);
        QCOMPARE(cherryPickReference(pick).originalTitle, QStringLiteral("Fix it"));
        pick.title = QStringLiteral("Fix it");
        pick.headRef = QStringLiteral("cherry-pick-11-to-release-4.1");
        QCOMPARE(cherryPickReference(pick).fix, (ItemKey {console, 11}));
        QCOMPARE(cherryPickReference(pick).clue, CherryPickClue::HeadBranch);
        pick.headRef = QStringLiteral("automated-cherry-pick-of-#12-upstream-release-4.1");
        QCOMPARE(cherryPickReference(pick).fix, (ItemKey {console, 12}));
        // The board's view of the same clues.
        QCOMPARE(Board::cherryPickOrigin(pick), (std::optional<ItemKey>(ItemKey {console, 12})));
    }

    void matrixOfTheHandMadeDataSet()
    {
        const auto data = dataSet();
        const auto matrix
            = computeCherryPickMatrix(data.items, data.comments, policy(), QStringLiteral("master"));
        QCOMPARE(matrix.branches, (QStringList {r41, r40, r35}));
        // Newest merge first; no other item is a row.
        QList<ItemKey> keys;
        for (const auto &row : matrix.rows)
            keys.append(row.fix);
        QCOMPARE(keys,
            (QList<ItemKey> {
                {console, 103}, {console, 101}, {kubesphere, 100}, {console, 100}, {console, 108}}));
        for (const auto &row : matrix.rows)
            QCOMPARE(row.cells.size(), 3);

        using S = CherryPickState;
        using C = CherryPickClue;
        struct Expected
        {
            ItemKey fix;
            int column;
            S state;
            C clue;
            std::optional<ItemKey> pick;
        };
        const QList<Expected> expected = {
            {{console, 103}, 0, S::OpenPullRequest, C::Link, ItemKey {console, 207}},
            {{console, 103}, 1, S::NotNeeded, C::None, std::nullopt},
            {{console, 103}, 2, S::NotNeeded, C::None, std::nullopt},
            {{console, 101}, 0, S::Merged, C::Link, ItemKey {kubesphere, 204}},
            {{console, 101}, 1, S::Conflicts, C::None, std::nullopt},
            {{console, 101}, 2, S::NotNeeded, C::None, std::nullopt},
            {{kubesphere, 100}, 0, S::OpenPullRequest, C::Title, ItemKey {kubesphere, 201}},
            {{kubesphere, 100}, 1, S::Merged, C::HeadBranch, ItemKey {kubesphere, 202}},
            {{kubesphere, 100}, 2, S::Requested, C::None, std::nullopt},
            {{console, 100}, 0, S::Merged, C::Link, ItemKey {console, 200}},
            {{console, 100}, 1, S::OpenPullRequest, C::Title, ItemKey {console, 203}},
            {{console, 100}, 2, S::Merged, C::HeadBranch, ItemKey {console, 206}},
            {{console, 108}, 0, S::Missing, C::None, std::nullopt},
            {{console, 108}, 1, S::Missing, C::None, std::nullopt},
            {{console, 108}, 2, S::Missing, C::None, std::nullopt},
        };
        for (const auto &want : expected) {
            const auto *row = rowOf(matrix, want.fix);
            QVERIFY(row);
            const auto &cell = row->cells.at(want.column);
            const auto where = want.fix.reference() + QLatin1Char(' ') + matrix.branches.at(want.column);
            QVERIFY2(cell.state == want.state, qPrintable(where));
            QVERIFY2(cell.clue == want.clue, qPrintable(where));
            QVERIFY2(cell.pullRequest == want.pick, qPrintable(where));
        }
        // What the cells carry: the pick's URL and CI, the bot's comment, the fix.
        const auto *k100 = rowOf(matrix, {kubesphere, 100});
        QCOMPARE(
            k100->cells[0].url, QUrl(QStringLiteral("https://github.com/kubesphere/kubesphere/pull/201")));
        QCOMPARE(k100->cells[0].ci.overall(), CiState::Failure);
        QCOMPARE(k100->cells[1].at, at(15));
        QCOMPARE(k100->cells[2].at, at(11, 14));
        QVERIFY(k100->cells[2].url.toString().contains(QLatin1StringView("issuecomment")));
        QCOMPARE(k100->reasons, QStringList {QStringLiteral("kind/regression")});
        const auto *c101 = rowOf(matrix, {console, 101});
        QCOMPARE(c101->cells[1].at, at(12, 14));
        QCOMPARE(rowOf(matrix, {console, 108})->cells[0].url,
            QUrl(QStringLiteral("https://github.com/kubesphere/console/pull/108")));
        // Every state occurs; the counts add up.
        QCOMPARE(matrix.count(S::Merged), 4);
        QCOMPARE(matrix.count(S::OpenPullRequest), 3);
        QCOMPARE(matrix.count(S::Requested), 1);
        QCOMPARE(matrix.count(S::Conflicts), 1);
        QCOMPARE(matrix.count(S::NotNeeded), 3);
        QCOMPARE(matrix.count(S::Missing), 3);
        QCOMPARE(matrix.count(S::Merged, 0), 2);
    }

    void numbersCollideAcrossRepositories()
    {
        // Only kubesphere's #100 is a fix: console's picks of "#100" are not its picks.
        QList<Item> items {
            fix(kubesphere, 100, 11, QStringLiteral("Fix API crash"), {QStringLiteral("kind/bug")})};
        auto pick = pullRequest(
            console, 200, r41, Item::State::Merged, QStringLiteral("Automated cherry pick of #100"));
        items.append(pick);
        pick = pullRequest(console, 201, r40, Item::State::Open, QStringLiteral("x"));
        pick.headRef = QStringLiteral("cherry-pick-100-to-release-4.0");
        items.append(pick);
        pick = pullRequest(
            console, 202, r35, Item::State::Open, QStringLiteral("[release-3.5] Fix API crash"));
        items.append(pick);
        const QList<CherryPickComment> comments {comment(
            {console, 100}, 11, 15, QStringLiteral("bot"), QStringLiteral("/cherrypick release-4.1"))};
        auto matrix = computeCherryPickMatrix(items, comments, policy(), QStringLiteral("master"));
        QCOMPARE(matrix.rows.size(), 1);
        for (const auto &cell : matrix.rows[0].cells)
            QCOMPARE(cell.state, CherryPickState::Missing);
        // The same picks in kubesphere/kubesphere are.
        for (auto &item : items)
            item.key.repository = kubesphere;
        matrix = computeCherryPickMatrix(items, comments, policy(), QStringLiteral("master"));
        QCOMPARE(matrix.rows[0].cells[0].state, CherryPickState::Merged);
        QCOMPARE(matrix.rows[0].cells[1].state, CherryPickState::OpenPullRequest);
        QCOMPARE(matrix.rows[0].cells[2].state, CherryPickState::OpenPullRequest);
    }

    void latestCommentWins()
    {
        const QList<Item> items {fix(console, 1, 10, QStringLiteral("Fix"), {QStringLiteral("kind/bug")})};
        const ItemKey key {console, 1};
        auto conflicts = comment(key, 11, 10, QStringLiteral("bot"),
            QStringLiteral("#1 failed to apply on top of branch \"release-4.1\":"));
        auto again = comment(key, 12, 10, QStringLiteral("alice"), QStringLiteral("/cherrypick release-4.1"));
        auto matrix = computeCherryPickMatrix(items, {again, conflicts}, policy(), QStringLiteral("master"));
        QCOMPARE(matrix.rows[0].cells[0].state, CherryPickState::Requested);
        conflicts.at = at(13);
        matrix = computeCherryPickMatrix(items, {again, conflicts}, policy(), QStringLiteral("master"));
        QCOMPARE(matrix.rows[0].cells[0].state, CherryPickState::Conflicts);
        // A merged pick is the end of the story, whatever was said.
        auto pick = pullRequest(console, 2, r41, Item::State::Merged, QStringLiteral("x"));
        pick.links = {{ItemLink::Kind::CherryPickOf, key}};
        auto open = pullRequest(console, 3, r41, Item::State::Open, QStringLiteral("Cherry-pick #1 again"));
        open.updatedAt = at(25);
        matrix = computeCherryPickMatrix(
            items + QList<Item> {open, pick}, {again, conflicts}, policy(), QStringLiteral("master"));
        QCOMPARE(matrix.rows[0].cells[0].state, CherryPickState::Merged);
        QCOMPARE(matrix.rows[0].cells[0].pullRequest, (std::optional<ItemKey>(ItemKey {console, 2})));
    }

    void policyDecidesRowsAndColumns()
    {
        const auto data = dataSet();
        auto narrow = policy();
        narrow.labels = {QStringLiteral("kind/regression")};
        narrow.maintainedBranches = {r40, QStringLiteral("master"), r40, QString()};
        const auto matrix
            = computeCherryPickMatrix(data.items, data.comments, narrow, QStringLiteral("master"));
        QCOMPARE(matrix.branches, QStringList {r40});
        QCOMPARE(matrix.rows.size(), 1);
        QCOMPARE(matrix.rows[0].fix, (ItemKey {kubesphere, 100}));
        QCOMPARE(matrix.rows[0].cells[0].state, CherryPickState::Merged);
        // Without `since` the old fix is a row too; another main branch has no fixes here.
        auto all = policy();
        all.since = {};
        QCOMPARE(
            computeCherryPickMatrix(data.items, data.comments, all, QStringLiteral("master")).rows.size(), 6);
        QVERIFY(
            computeCherryPickMatrix(data.items, data.comments, all, QStringLiteral("main")).rows.isEmpty());
        // JSON round trip; missing fields keep their defaults.
        QCOMPARE(CherryPickPolicy::fromJson(policy().toJson()), policy());
        QCOMPARE(CherryPickPolicy::fromJson({}), CherryPickPolicy());
        QCOMPARE(policy().commandFor(r41), QStringLiteral("/cherrypick release-4.1"));
        CherryPickPolicy custom;
        custom.command = QStringLiteral("/backport");
        QCOMPARE(custom.commandFor(r41), QStringLiteral("/backport release-4.1"));
    }

    void syncReadsTheMaintainedBranches()
    {
        // The fake GitHub serves the data set; the sync reads each branch of each repository down to
        // its watermark, so a sync with no change costs one request per branch and repository.
        const auto data = dataSet();
        Testing::FakeGitHubData fakeData;
        const QList<Milestone> milestones {{1, QStringLiteral("v4.2.0"), true, {}}};
        fakeData.addRepository(console, {}, milestones);
        fakeData.addRepository(kubesphere, {}, milestones);
        fakeData.addItems(data.items, {});
        QList<ItemComment> comments;
        for (const auto &entry : data.comments)
            comments.append({entry.fix, entry.author, entry.at, entry.url, entry.body});
        fakeData.addComments(comments);
        fakeData.addToken(
            QStringLiteral("ghp_FAKEcherrypicks"), QStringLiteral("octo"), QStringLiteral("repo"));
        Testing::FakeGitHub fake;
        if (!fake.start(fakeData.toJson()))
            QSKIP(qPrintable(fake.error()));
        const auto host = GitHubHost::fromUserInput(fake.url().toString());
        QVERIFY(host);

        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("sync.sqlite"))));
        Release release;
        release.name = QStringLiteral("v4.2.0");
        for (auto repository : {console, kubesphere}) {
            repository.host = host->name;
            release.repositories.append({repository, {QStringLiteral("v4.2.0")}});
        }
        QVERIFY(Models::ReleaseRepository(store).saveRelease(release));
        CherryPickStore picks(store);
        QVERIFY(picks.setPolicy(release.id, policy()));

        QNetworkAccessManager network;
        GitHubClient client(&network, *host, QStringLiteral("ghp_FAKEcherrypicks"));
        SyncEngine engine(&client, &store);
        const auto sync = [&] {
            fake.resetStats();
            QSignalSpy finished(&engine, &SyncEngine::finished);
            engine.start(release);
            return finished.wait(60000);
        };
        const auto requests = [&] {
            return fake.stats()
                .value(QStringLiteral("byOperation"))
                .toObject()
                .value(QStringLiteral("BranchPullRequests"))
                .toInt();
        };

        QVERIFY(sync());
        // Per repository: the main branch's fixes and three maintained branches, one page each.
        QCOMPARE(requests(), 8);
        const auto expected
            = computeCherryPickMatrix(data.items, data.comments, policy(), QStringLiteral("master"));
        QCOMPARE(cellLines(picks.matrix(release)), cellLines(expected));
        // The bot's comments of the fixes were kept, the person's "/lgtm"-like chatter would not be.
        QCOMPARE(picks.comments().size(), data.comments.size());

        // Nothing changed: one request per branch and repository, nothing stored.
        QSignalSpy stored(&engine, &SyncEngine::itemsStored);
        QVERIFY(sync());
        QCOMPARE(requests(), 8);
        QCOMPARE(stored.size(), 0);

        // A new pick merged on release-3.5 and a new request on console#108: still one request each.
        const auto later = QStringLiteral("2026-03-25T10:00:00Z");
        fake.post(QStringLiteral("/_fake/items"),
            {{QStringLiteral("repo"), kubesphere.fullName()},
                {QStringLiteral("items"),
                    QJsonArray {QJsonObject {{QStringLiteral("kind"), QStringLiteral("PullRequest")},
                        {QStringLiteral("number"), 300},
                        {QStringLiteral("title"), QStringLiteral("Crash fix for 3.5")},
                        {QStringLiteral("state"), QStringLiteral("MERGED")},
                        {QStringLiteral("createdAt"), later}, {QStringLiteral("updatedAt"), later},
                        {QStringLiteral("mergedAt"), later}, {QStringLiteral("baseRefName"), r35},
                        {QStringLiteral("headRefName"),
                            QStringLiteral("cherry-pick-100-to-release-3.5")}}}}});
        fake.post(QStringLiteral("/_fake/items"),
            {{QStringLiteral("repo"), console.fullName()},
                {QStringLiteral("items"),
                    QJsonArray {
                        QJsonObject {{QStringLiteral("number"), 108}, {QStringLiteral("updatedAt"), later},
                            {QStringLiteral("comments"),
                                QJsonArray {QJsonObject {{QStringLiteral("author"), QStringLiteral("erin")},
                                    {QStringLiteral("body"), QStringLiteral("/cherrypick release-4.0")},
                                    {QStringLiteral("createdAt"), later}}}}}}}});
        QVERIFY(sync());
        QCOMPARE(requests(), 8);
        const auto matrix = picks.matrix(release);
        const auto lines = cellLines(matrix);
        QVERIFY2(lines.contains(QStringLiteral("kubesphere/kubesphere#100 release-3.5 merged")),
            qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(QStringLiteral("kubesphere/console#108 release-4.0 requested")),
            qPrintable(lines.join(u'\n')));
        QVERIFY(lines.contains(QStringLiteral("kubesphere/console#108 release-4.1 missing")));

        // A full sync reads everything again and finds the same.
        fake.resetStats();
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.start(release, SyncMode::Full);
        QVERIFY(finished.wait(60000));
        QCOMPARE(cellLines(picks.matrix(release)), lines);
    }

    void teamFileCarriesThePolicy()
    {
        TeamFile file;
        Release release;
        release.name = QStringLiteral("v4.2.0");
        release.repositories = {{console, {QStringLiteral("v4.2.0")}}};
        Release other = release;
        other.name = QStringLiteral("v4.1.9");
        file.releases = {release, other};
        file.cherryPicks.insert(release.name, policy());
        const auto json = file.toJson();
        QVERIFY(json.contains("\"cherryPicks\""));
        QString error;
        const auto back = TeamFile::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->cherryPicks.size(), 1);
        QCOMPARE(back->cherryPicks.value(release.name), policy());
        // Written by hand: labels left out keep the defaults.
        const auto handWritten = TeamFile::fromJson(
            R"({"format": "releasedesk-team", "version": 1, "releases": [{"name": "v1", "repositories":
            [{"owner": "o", "name": "r", "milestones": ["v1"]}], "cherryPicks": {"branches": ["release-1.0"]}}]})",
            &error);
        QVERIFY2(handWritten, qPrintable(error));
        QCOMPARE(handWritten->cherryPicks.value(QStringLiteral("v1")).maintainedBranches,
            QStringList {QStringLiteral("release-1.0")});
        QCOMPARE(handWritten->cherryPicks.value(QStringLiteral("v1")).labels, CherryPickPolicy().labels);
    }

    void storeKeepsPolicyCommentsAndWatermarks()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("picks.sqlite"))));
        Release release;
        release.name = QStringLiteral("v4.2.0");
        release.repositories
            = {{console, {QStringLiteral("v4.2.0")}}, {kubesphere, {QStringLiteral("v4.2.0")}}};
        QVERIFY(Models::ReleaseRepository(store).saveRelease(release));
        CherryPickStore picks(store);
        QCOMPARE(picks.policy(release.id), CherryPickPolicy());
        QVERIFY(picks.setPolicy(release.id, policy()));
        QCOMPARE(picks.policy(release.id), policy());

        const auto data = dataSet();
        QVERIFY(Models::ItemRepository(store).upsertItems(data.items));
        auto comments = data.comments;
        comments.append(comment({console, 100}, 10, 20, QStringLiteral("x"), QStringLiteral("/lgtm")));
        QVERIFY(picks.addComments(comments));
        QVERIFY(picks.addComments(data.comments)); // the same URLs again: no duplicates
        const auto stored = picks.comments();
        QCOMPARE(stored.size(), data.comments.size()); // "/lgtm" was not kept
        QVERIFY(stored.contains(data.comments.first()));
        QCOMPARE(picks.comments({console}).size(), 4);

        QVERIFY(!picks.watermark(console, r41).isValid());
        QVERIFY(picks.setWatermark(console, r41, at(20)));
        QCOMPARE(picks.watermark(console, r41), at(20));
        QVERIFY(!picks.watermark(kubesphere, r41).isValid());

        // The stored matrix is the computed one.
        const auto expected
            = computeCherryPickMatrix(data.items, data.comments, policy(), QStringLiteral("master"));
        const auto matrix = picks.matrix(release);
        QCOMPARE(matrix.branches, expected.branches);
        QCOMPARE(matrix.rows.size(), expected.rows.size());
        for (int row = 0; row < matrix.rows.size(); ++row) {
            QCOMPARE(matrix.rows[row].fix, expected.rows[row].fix);
            for (int column = 0; column < matrix.branches.size(); ++column)
                QCOMPARE(matrix.rows[row].cells[column].state, expected.rows[row].cells[column].state);
        }
    }
};

QTEST_GUILESS_MAIN(TestCherryPicks)
#include "tst_cherrypicks.moc"
