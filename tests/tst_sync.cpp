#include "fakegithub.h"

#include "backgroundsync.h"
#include "demoworkspace.h"
#include "publishedreleases.h"
#include "releasereadiness.h"
#include "signal/contexthealth.h"
#include "signal/issuedraft.h"
#include "signal/signalstore.h"
#include "store.h"
#include "store/branchcirepository.h"
#include "store/itemrepository.h"
#include "store/labelrepository.h"
#include "store/releaserepository.h"
#include "store/syncstaterepository.h"
#include "syncengine.h"

#include "api/githubclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Api;
using Models::Store;
using Models::SyncEngine;
using Models::SyncMode;
using Models::SyncOutcome;
using Testing::FakeGitHub;
using Testing::FakeGitHubData;

Q_DECLARE_METATYPE(ReleaseDesk::Models::SyncOutcome)

namespace {
const QString goodToken = QStringLiteral("ghp_FAKE0123456789goodtoken");
const QDate anchor(2026, 11, 25);

RepositoryRef onHost(RepositoryRef repository, const QString &host)
{
    repository.host = host;
    return repository;
}

Item onHost(Item item, const QString &host)
{
    item.key.repository = onHost(item.key.repository, host);
    for (auto &link : item.links)
        link.target.repository = onHost(link.target.repository, host);
    return item;
}

bool inRelease(const Item &item, const Release &release)
{
    for (const auto &entry : release.repositories) {
        if (entry.repository.fullName() == item.key.repository.fullName())
            return entry.milestones.contains(item.milestone);
    }
    return false;
}

void sortByKey(QList<Item> &items)
{
    std::sort(items.begin(), items.end(),
        [](const Item &a, const Item &b) { return a.key.reference() < b.key.reference(); });
}

QJsonObject demoDataSet(const Models::DemoWorkspace &demo)
{
    auto data = Testing::fakeDataFrom(demo);
    data.addToken(goodToken, QStringLiteral("octo"), QStringLiteral("repo, read:org"));
    return data.toJson();
}
} // namespace

/// The sync engine and the real client against the fake GitHub on loopback.
class SyncTest : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        FakeGitHub fake;
        QTemporaryDir dir;
        Store store;
        QNetworkAccessManager network;
        std::unique_ptr<GitHubClient> client;
        std::unique_ptr<SyncEngine> engine;
        Models::DemoWorkspace demo = Models::DemoWorkspace::generate(anchor);
        Release release;
        QString host;

        bool start(const QJsonObject &dataSet, const QString &token = goodToken)
        {
            if (!fake.start(dataSet)) {
                qWarning() << fake.error();
                return false;
            }
            const auto parsedHost = GitHubHost::fromUserInput(fake.url().toString());
            if (!parsedHost)
                return false;
            host = parsedHost->name;
            if (!store.open(dir.filePath(QStringLiteral("sync.sqlite"))))
                return false;
            client = std::make_unique<GitHubClient>(&network, *parsedHost, token);
            GitHubClient::RetryPolicy policy;
            policy.baseDelayMs = 20;
            policy.maxDelayMs = 200;
            policy.transferTimeoutMs = 20000;
            client->setRetryPolicy(policy);
            engine = std::make_unique<SyncEngine>(client.get(), &store);
            release = demo.release;
            for (auto &entry : release.repositories)
                entry.repository = onHost(entry.repository, host);
            return Models::ReleaseRepository(store).saveRelease(release);
        }

        SyncOutcome sync(SyncMode mode = SyncMode::Incremental, int timeoutMs = 60000)
        {
            QSignalSpy finished(engine.get(), &SyncEngine::finished);
            engine->start(release, mode);
            if (!finished.wait(timeoutMs))
                return {};
            return finished.first().first().value<SyncOutcome>();
        }

        QList<Item> expectedItems() const
        {
            QList<Item> expected;
            for (const auto &item : demo.items) {
                if (inRelease(item, demo.release))
                    expected.append(Testing::asGitHubReturnsIt(onHost(item, host)));
            }
            sortByKey(expected);
            return expected;
        }

        int graphqlRequests() { return fake.stats().value(QStringLiteral("graphql")).toInt(); }
    };

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SyncOutcome>(); }

    void fullSyncStoresTheReleaseAsGitHubHasIt()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo)));
        const auto outcome = f.sync(SyncMode::Full);
        QVERIFY2(outcome.completed, qPrintable(outcome.problems.join(QLatin1Char('\n'))));
        auto stored = Models::ItemRepository(f.store).itemsOfRelease(f.release);
        sortByKey(stored);
        const auto expected = f.expectedItems();
        QCOMPARE(stored.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(stored[i].key, expected[i].key);
            QCOMPARE(stored[i].ciContexts, expected[i].ciContexts);
            QCOMPARE(stored[i].labels, expected[i].labels);
            QVERIFY2(stored[i] == expected[i], qPrintable(expected[i].key.reference()));
        }
        // Timelines, branch CI, labels and milestones came along.
        QVERIFY(Models::ItemRepository(f.store).timelineEventCount() > stored.size());
        QCOMPARE(Models::BranchCiRepository(f.store)
                     .branchCi(onHost(f.demo.release.repositories.first().repository, f.host),
                         QStringLiteral("release-4.1"))
                     .size(),
            f.demo.branchCi.first().contexts.size());
        QVERIFY(!Models::LabelRepository(f.store)
                     .repositoryLabels(f.release.repositories.first().repository)
                     .isEmpty());
        // The budget: at most 1.1 x the minimum pages, plus one request per repository for its
        // labels and milestones and one for its branches' CI history.
        const int minimumPages = int(std::ceil(expected.size() / 100.0));
        const int requests = f.graphqlRequests();
        qInfo("full sync: %d items, %d requests (minimum pages %d), %d points", int(expected.size()),
            requests, minimumPages, outcome.points);
        QVERIFY(requests <= int(std::ceil(1.1 * minimumPages)) + 3 + 3 + 3);
        QCOMPARE(outcome.requests, requests);
        QVERIFY(outcome.points > 0);
    }

    void noChangeResyncCostsOneRequestPerRepository()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo)));
        QVERIFY(f.sync(SyncMode::Full).completed);
        f.fake.resetStats();
        const auto outcome = f.sync();
        QVERIFY(outcome.completed);
        // One page per repository, and one more for its branches' CI history.
        QCOMPARE(f.graphqlRequests(), 3 + 3);
        QCOMPARE(f.fake.stats()
                     .value(QStringLiteral("byOperation"))
                     .toObject()
                     .value(QStringLiteral("BranchHistory"))
                     .toInt(),
            3);
        QCOMPARE(outcome.items, 0);
    }

    void changesArriveIncrementallyAndInPlace()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo)));
        QVERIFY(f.sync(SyncMode::Full).completed);
        const auto expected = f.expectedItems();
        auto changed = expected.first();
        changed.title = QStringLiteral("Renamed on GitHub");
        // Newer than anything synced so far (the demo's clock may run ahead of this machine's).
        QDateTime newest;
        for (const auto &item : expected)
            newest = std::max(newest, item.updatedAt);
        changed.updatedAt = newest.addSecs(60);
        auto added = changed;
        added.key.number = 99999;
        added.title = QStringLiteral("Brand new");
        added.links.clear();
        const auto milestones = f.demo.milestones.value(f.demo.release.repositories.first().repository);
        f.fake.post(QStringLiteral("/_fake/items"),
            {{QStringLiteral("repo"), changed.key.repository.fullName()},
                {QStringLiteral("items"),
                    QJsonArray {FakeGitHubData::itemJson(changed, milestones, {}),
                        FakeGitHubData::itemJson(added, milestones, {})}}});
        f.fake.resetStats();
        QSignalSpy stored(f.engine.get(), &SyncEngine::itemsStored);
        const auto outcome = f.sync();
        QVERIFY(outcome.completed);
        QCOMPARE(outcome.items, 2);
        QCOMPARE(f.graphqlRequests(), 3 + 3);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().first().value<QList<Item>>().size(), 2);
        QCOMPARE(
            Models::ItemRepository(f.store).item(changed.key)->title, QStringLiteral("Renamed on GitHub"));
        QCOMPARE(Models::ItemRepository(f.store).item(added.key)->title, QStringLiteral("Brand new"));
    }

    /// GitHub's timestamps have whole seconds: an item that changes again within the second the last
    /// sync read it keeps its updatedAt, and must still be taken by the next sync.
    void aChangeWithinTheSecondOfTheLastReadIsNotMissed()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo)));
        QVERIFY(f.sync(SyncMode::Full).completed);
        const auto expected = f.expectedItems();
        auto newest = expected.first();
        for (const auto &item : expected) {
            if (item.key.repository == newest.key.repository && item.updatedAt > newest.updatedAt)
                newest = item;
        }
        // A second sync settles the watermark on this newest moment.
        QVERIFY(f.sync().completed);
        auto changed = newest;
        changed.title = QStringLiteral("Renamed in the same second");
        const auto milestones = f.demo.milestones.value(changed.key.repository);
        f.fake.post(QStringLiteral("/_fake/items"),
            {{QStringLiteral("repo"), changed.key.repository.fullName()},
                {QStringLiteral("items"), QJsonArray {FakeGitHubData::itemJson(changed, milestones, {})}}});
        const auto outcome = f.sync();
        QVERIFY(outcome.completed);
        QCOMPARE(Models::ItemRepository(f.store).item(changed.key)->title,
            QStringLiteral("Renamed in the same second"));
        QCOMPARE(outcome.items, 1);
        // Nothing changed since: nothing is counted again.
        QCOMPARE(f.sync().items, 0);
    }

    void longNestedListsAreReadToTheEnd()
    {
        Fixture f;
        FakeGitHubData data;
        const RepositoryRef repository {
            QStringLiteral("github.com"), QStringLiteral("kubernetes"), QStringLiteral("kubernetes")};
        QList<Label> labels;
        Item item;
        item.key = {repository, 1};
        item.kind = Item::Kind::PullRequest;
        item.title = QStringLiteral("Huge PR");
        item.createdAt = QDateTime(anchor, QTime(1, 0), QTimeZone::UTC);
        item.updatedAt = item.createdAt;
        item.milestone = QStringLiteral("v1.35");
        item.baseRef = QStringLiteral("master");
        QList<TimelineEvent> events;
        for (int i = 0; i < 150; ++i) {
            labels.append({QStringLiteral("label-%1").arg(i, 3, 10, QLatin1Char('0')),
                QStringLiteral("ededed"), QString()});
            item.labels.append(labels.last());
        }
        for (int i = 0; i < 300; ++i)
            item.ciContexts.append({CiContext::Source::CheckRun, QStringLiteral("job-%1").arg(i),
                QStringLiteral("SUCCESS"), false, {}, {}});
        for (int i = 0; i < 130; ++i)
            events.append({item.key, TimelineEvent::Kind::Labeled, QStringLiteral("LabeledEvent"),
                QStringLiteral("bot"), item.createdAt.addSecs(i), labels.at(i).name});
        data.addRepository(repository, labels, {{7, QStringLiteral("v1.35"), true, {}}});
        data.addItems({item}, events);
        data.addToken(goodToken, QStringLiteral("octo"), QStringLiteral("repo"));
        QVERIFY(f.start(data.toJson()));
        f.release = {};
        f.release.name = QStringLiteral("v1.35");
        f.release.repositories = {{onHost(repository, f.host), {QStringLiteral("v1.35")}}};
        QVERIFY(Models::ReleaseRepository(f.store).saveRelease(f.release));
        const auto outcome = f.sync(SyncMode::Full);
        QVERIFY2(outcome.completed, qPrintable(outcome.problems.join(QLatin1Char('\n'))));
        const auto stored = Models::ItemRepository(f.store).item({onHost(repository, f.host), 1});
        QVERIFY(stored.has_value());
        QCOMPARE(stored->labels.size(), 150);
        QCOMPARE(stored->ciContexts.size(), 300);
        QCOMPARE(Models::ItemRepository(f.store).timelineEventCount(), 130);
    }

    void transientFaultsAreRetried()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo)));
        f.fake.setFaults(QJsonArray {
            QJsonObject {{QStringLiteral("operation"), QStringLiteral("ReleaseItems")},
                {QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), 502},
                {QStringLiteral("times"), 2}},
            // Each fault on its own request, in turn: skip counts the requests before it.
            QJsonObject {{QStringLiteral("operation"), QStringLiteral("ReleaseItems")},
                {QStringLiteral("type"), QStringLiteral("malformed")}, {QStringLiteral("skip"), 2}},
            QJsonObject {{QStringLiteral("operation"), QStringLiteral("ReleaseItems")},
                {QStringLiteral("type"), QStringLiteral("cut")}, {QStringLiteral("skip"), 3}},
            QJsonObject {{QStringLiteral("operation"), QStringLiteral("RepositoryMeta")},
                {QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), 503}},
        });
        const auto outcome = f.sync(SyncMode::Full);
        QVERIFY2(outcome.completed, qPrintable(outcome.problems.join(QLatin1Char('\n'))));
        QCOMPARE(f.fake.stats().value(QStringLiteral("faultsApplied")).toInt(), 5);
        // Four failed attempts at the first page and one at the metadata, all retried.
        QCOMPARE(f.client->statistics().requests, f.graphqlRequests());
        QCOMPARE(Models::ItemRepository(f.store).itemsOfRelease(f.release).size(), f.expectedItems().size());
    }

    void persistentServerErrorsGiveUpAfterBoundedRetries()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo)));
        f.fake.setFaults(
            QJsonArray {QJsonObject {{QStringLiteral("operation"), QStringLiteral("ReleaseItems")},
                {QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), 502},
                {QStringLiteral("times"), -1}}});
        const auto outcome = f.sync(SyncMode::Full);
        QVERIFY(!outcome.completed);
        QCOMPARE(outcome.problems.size(), 3); // each repository reports, none crashes the sync
        QVERIFY(outcome.problems.first().contains(QStringLiteral("502")));
        // The first repository tries two pages of each size (100, 50, 25, 12), then 5 pages of 10;
        // the others start at 10, where the first left off: 5 each. Plus the three metadata requests.
        QCOMPARE(f.graphqlRequests(), (4 * 2 + 5) + 5 + 5 + 3);
        QCOMPARE(f.client->statistics().pageShrinks, 4);
        // Every repository that failed says so to the verdict.
        for (const auto &entry : std::as_const(f.release.repositories))
            QVERIFY(Models::SignalStore(f.store).syncResult(entry.repository).lastAttemptFailed());
    }

    void theReleaseBranchAsGitHubHasItIsTheVerdictsEvidence()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo)));
        QVERIFY(f.sync(SyncMode::Full).completed);
        Models::SignalStore signal(f.store);
        const auto now = QDateTime::currentDateTimeUtc();
        auto evidence = signal.evidence(f.release, now);
        QCOMPARE(evidence.heads.size(), f.release.repositories.size());
        for (const auto &head : std::as_const(evidence.heads)) {
            QVERIFY(head.readAt.isValid() && head.readAt <= now);
            if (head.repository.name == QStringLiteral("ks-installer")) {
                QVERIFY(!head.found); // the demo's installer has not cut release-4.1 yet
                continue;
            }
            QVERIFY(head.found);
            QVERIFY(head.protectedContexts.has_value()); // the fake protects the demo's branches
            QVERIFY(!head.contexts.isEmpty());
        }
        for (const auto &sync : std::as_const(evidence.syncs))
            QVERIFY(sync.lastSuccessAt.isValid() && !sync.lastAttemptFailed());

        // A release branch not cut yet: GitHub answers null, the store remembers it as missing.
        f.release.releaseBranch = QStringLiteral("release-9.9");
        QVERIFY(Models::ReleaseRepository(f.store).saveRelease(f.release));
        QVERIFY(f.sync(SyncMode::Full).completed);
        evidence = signal.evidence(f.release, QDateTime::currentDateTimeUtc());
        const auto readiness = Models::ReleaseReadiness::evaluate({}, {}, evidence);
        QCOMPARE(readiness.verdict, Models::ReleaseReadiness::Verdict::Unknown);
        for (const auto &head : std::as_const(evidence.heads)) {
            QVERIFY(!head.found);
            QVERIFY(head.contexts.isEmpty());
        }
        QCOMPARE(std::count_if(readiness.reasons.cbegin(), readiness.reasons.cend(),
                     [](const Models::ReadinessReason &r) {
                         return r.code == Models::ReadinessReason::Code::BranchMissing;
                     }),
            f.release.repositories.size());
    }

    void branchHistoryWithReRunsIsStoredIncrementally()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo)));
        QVERIFY(f.sync(SyncMode::Full).completed);
        Models::SignalStore signal(f.store);
        // Release and main branch of three repositories, but the installer's release branch is not cut.
        QCOMPARE(f.demo.branchHistories.size(), 5);
        for (const auto &expected : std::as_const(f.demo.branchHistories)) {
            const auto stored = signal.branchHistory(onHost(expected.repository, f.host), expected.branch);
            QCOMPARE(stored.commits.size(), 20);
            for (int i = 0; i < stored.commits.size(); ++i) {
                QCOMPARE(stored.commits[i].oid, expected.commits[i].oid);
                // Re-runs included: GitHub lists superseded check runs only with checkType ALL.
                QCOMPARE(stored.commits[i].runs.size(), expected.commits[i].runs.size());
            }
        }
        // The console's flaky context is seen as such, from the stored history alone.
        const RepositoryRef console {f.host, QStringLiteral("kubesphere"), QStringLiteral("console")};
        const auto health
            = Models::contextHealth(signal.branchHistory(console, QStringLiteral("release-4.1")), {});
        const auto flaky = std::count_if(health.cbegin(), health.cend(), [](const Models::ContextHealth &h) {
            return h.status == Models::ContextHealth::Status::Flaky && h.failedThenPassedOnOneCommit;
        });
        QCOMPARE(flaky, 1);

        // Prow reports a job again on the same head (a re-run): GitHub shows only the latest report,
        // the store keeps both.
        const RepositoryRef kubesphere {f.host, QStringLiteral("kubesphere"), QStringLiteral("kubesphere")};
        auto head = std::find_if(f.demo.branchCi.cbegin(), f.demo.branchCi.cend(), [](const BranchCi &b) {
            return b.repository.name == QStringLiteral("kubesphere")
                && b.branch == QStringLiteral("release-4.1");
        });
        auto history = *std::find_if(
            f.demo.branchHistories.cbegin(), f.demo.branchHistories.cend(), [](const BranchHistory &b) {
                return b.repository.name == QStringLiteral("kubesphere")
                    && b.branch == QStringLiteral("release-4.1");
            });
        auto &rerun = history.commits.first().runs.first();
        const auto runsBefore
            = signal.branchHistory(kubesphere, QStringLiteral("release-4.1")).commits.first().runs.size();
        rerun.completedAt = rerun.completedAt.addSecs(3600);
        rerun.runId = rerun.context + QLatin1Char('@') + rerun.completedAt.toString(Qt::ISODate);
        FakeGitHubData update;
        update.addRepository(head->repository, {}, {});
        update.addBranch(*head);
        update.addBranchHistory(history);
        const auto branches = update.toJson()
                                  .value(QStringLiteral("repositories"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("branches"))
                                  .toObject();
        f.fake.post(QStringLiteral("/_fake/items"),
            {{QStringLiteral("repo"), head->repository.fullName()}, {QStringLiteral("items"), QJsonArray()},
                {QStringLiteral("branches"), branches}});
        QVERIFY(f.sync().completed);
        QCOMPARE(signal.branchHistory(kubesphere, QStringLiteral("release-4.1")).commits.first().runs.size(),
            runsBefore + 1);
    }

    void aRepositoryWithoutMilestonesGetsItsHeadFromTheHistory()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo)));
        auto &entry = f.release.repositories.first();
        entry.milestones.clear();
        entry.rangeFrom = QStringLiteral("v0.0.1"); // not in the fake: the range is a problem, the CI is not
        entry.rangeTo = QStringLiteral("v0.0.2");
        f.release.repositories = {entry};
        QVERIFY(Models::ReleaseRepository(f.store).saveRelease(f.release));
        const auto outcome = f.sync(SyncMode::Full);
        QCOMPARE(outcome.problems.size(), 1);
        const auto expected
            = *std::find_if(f.demo.branchCi.cbegin(), f.demo.branchCi.cend(), [&](const BranchCi &b) {
                  return b.repository.fullName() == entry.repository.fullName()
                      && b.branch == f.release.releaseBranch;
              });
        const auto head = Models::SignalStore(f.store).branchHead(entry.repository, f.release.releaseBranch);
        QVERIFY(head.has_value());
        QVERIFY(head->found && head->readAt.isValid());
        QCOMPARE(head->headSha, expected.headSha);
        QCOMPARE(head->contexts.size(), expected.contexts.size());
        QVERIFY(head->protectedContexts.has_value());
        QVERIFY(!head->protectedContexts->isEmpty());
    }

    void anUntrackedFlakeIsFiledThroughRest()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo)));
        QVERIFY(f.sync(SyncMode::Full).completed);
        const RepositoryRef console {f.host, QStringLiteral("kubesphere"), QStringLiteral("console")};
        Models::SignalStore signal(f.store);
        const auto history = signal.branchHistory(console, QStringLiteral("release-4.1"));
        const auto health = Models::contextHealth(history, {});
        const auto failing = std::find_if(health.cbegin(), health.cend(), [](const Models::ContextHealth &h) {
            return h.status == Models::ContextHealth::Status::Failing;
        });
        QVERIFY(failing != health.cend());
        Models::LedgerEntry entry;
        entry.repository = console;
        entry.branch = QStringLiteral("release-4.1");
        entry.health = *failing;
        const auto draft = Models::IssueDraft::forEntry(entry, history);
        QCOMPARE(draft.title, QStringLiteral("[Failing Test] release-4.1 (%1)").arg(failing->context));
        QCOMPARE(draft.labels, QStringList {QStringLiteral("kind/failing-test")});
        QVERIFY(draft.body.contains(failing->lastFailureUrl.toString())); // the failing run, linked

        QSignalSpy done(this, &QObject::objectNameChanged);
        Api::ApiError result {ApiError::Kind::Cancelled, 0, {}};
        Models::fileIssue(f.client.get(), draft, this, [&](const ApiError &error) {
            result = error;
            setObjectName(QStringLiteral("filed"));
        });
        QVERIFY(done.wait(10000));
        QVERIFY2(!result, qPrintable(result.message));
        // The fake numbers it after the repository's items; it is there with its title and label.
        int highest = 0;
        for (const auto &item : f.demo.items) {
            if (item.key.repository.name == QStringLiteral("console"))
                highest = std::max(highest, item.key.number);
        }
        const auto filed = f.fake.post(
            QStringLiteral("/_fake/item?repo=kubesphere/console&number=%1").arg(highest + 1), {});
        QCOMPARE(filed.value(QStringLiteral("title")).toString(), draft.title);
        QCOMPARE(filed.value(QStringLiteral("labels")).toArray().first().toString(),
            QStringLiteral("kind/failing-test"));
    }

    void heavyPagesShrinkUntilGitHubAnswersAndTheSyncCompletes()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo)));
        // GitHub's gateway gives up on pages of more than 25 items, every time.
        f.fake.setFaults(
            QJsonArray {QJsonObject {{QStringLiteral("operation"), QStringLiteral("ReleaseItems")},
                {QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), 502},
                {QStringLiteral("abovePageSize"), 25}, {QStringLiteral("times"), -1}}});
        QTest::ignoreMessage(QtInfoMsg,
            QRegularExpression(
                QStringLiteral("ReleaseItems failed twice with 100 items per page: asking for 50")));
        QTest::ignoreMessage(QtInfoMsg,
            QRegularExpression(
                QStringLiteral("ReleaseItems failed twice with 50 items per page: asking for 25")));
        const auto outcome = f.sync(SyncMode::Full);
        QVERIFY2(outcome.completed, qPrintable(outcome.problems.join(QLatin1Char('\n'))));
        QCOMPARE(Models::ItemRepository(f.store).itemsOfRelease(f.release).size(), f.expectedItems().size());
        const auto sizes = f.fake.stats()
                               .value(QStringLiteral("pageSizes"))
                               .toObject()
                               .value(QStringLiteral("ReleaseItems"))
                               .toArray();
        QVERIFY(sizes.size() > 6);
        // Two failures at each size before halving it.
        QCOMPARE(sizes.at(0).toInt(), 100);
        QCOMPARE(sizes.at(1).toInt(), 100);
        QCOMPARE(sizes.at(2).toInt(), 50);
        QCOMPARE(sizes.at(3).toInt(), 50);
        QCOMPARE(sizes.at(4).toInt(), 25);
        QVERIFY(f.client->statistics().pageShrinks >= 2);
        for (const auto &entry : std::as_const(f.release.repositories))
            QVERIFY(!Models::SignalStore(f.store).syncResult(entry.repository).lastAttemptFailed());
    }

    void timeoutsShrinkThePageToo()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo)));
        auto policy = GitHubClient::RetryPolicy();
        policy.baseDelayMs = 20;
        policy.maxDelayMs = 200;
        policy.transferTimeoutMs = 1000;
        f.client->setRetryPolicy(policy);
        f.fake.setFaults(QJsonArray {
            // The connection stays silent past the client's timeout...
            QJsonObject {{QStringLiteral("operation"), QStringLiteral("ReleaseItems")},
                {QStringLiteral("type"), QStringLiteral("delay")}, {QStringLiteral("delayMs"), 3000},
                {QStringLiteral("abovePageSize"), 50}, {QStringLiteral("times"), 1}},
            // ...then GitHub's own "This may be the result of a timeout" with no data.
            QJsonObject {{QStringLiteral("operation"), QStringLiteral("ReleaseItems")},
                {QStringLiteral("type"), QStringLiteral("queryTimeout")},
                {QStringLiteral("abovePageSize"), 50}, {QStringLiteral("times"), 1},
                {QStringLiteral("skip"), 1}},
        });
        QTest::ignoreMessage(QtInfoMsg,
            QRegularExpression(
                QStringLiteral("ReleaseItems failed twice with 100 items per page: asking for 50")));
        const auto outcome = f.sync(SyncMode::Full);
        QVERIFY2(outcome.completed, qPrintable(outcome.problems.join(QLatin1Char('\n'))));
        QCOMPARE(f.client->statistics().pageShrinks, 1);
        QCOMPARE(Models::ItemRepository(f.store).itemsOfRelease(f.release).size(), f.expectedItems().size());
    }

    void pagesGrowBackAfterGoodPages()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo)));
        // One slow spell: the first two pages fail, the rest of the sync is fine.
        f.fake.setFaults(
            QJsonArray {QJsonObject {{QStringLiteral("operation"), QStringLiteral("ReleaseItems")},
                {QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), 504},
                {QStringLiteral("times"), 2}}});
        QTest::ignoreMessage(
            QtInfoMsg, QRegularExpression(QStringLiteral("ReleaseItems pages grow back to 100 items")));
        const auto outcome = f.sync(SyncMode::Full);
        QVERIFY2(outcome.completed, qPrintable(outcome.problems.join(QLatin1Char('\n'))));
        const auto sizes = f.fake.stats()
                               .value(QStringLiteral("pageSizes"))
                               .toObject()
                               .value(QStringLiteral("ReleaseItems"))
                               .toArray();
        // 100 twice (failed), 50 for three good pages, then 100 again.
        QVERIFY(sizes.size() >= 6);
        QCOMPARE(sizes.at(2).toInt(), 50);
        QCOMPARE(sizes.at(3).toInt(), 50);
        QCOMPARE(sizes.at(4).toInt(), 50);
        QCOMPARE(sizes.at(5).toInt(), 100);
        QCOMPARE(f.client->pageSizeCap(QStringLiteral("ReleaseItems")), 0);
        QCOMPARE(Models::ItemRepository(f.store).itemsOfRelease(f.release).size(), f.expectedItems().size());
    }

    void secondaryRateLimitWaitsAsTold()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo)));
        f.fake.setFaults(
            QJsonArray {QJsonObject {{QStringLiteral("operation"), QStringLiteral("ReleaseItems")},
                {QStringLiteral("type"), QStringLiteral("secondary")}, {QStringLiteral("retryAfter"), 1}}});
        QSignalSpy waits(f.client.get(), &GitHubClient::waitStarted);
        QElapsedTimer timer;
        timer.start();
        const auto outcome = f.sync(SyncMode::Full);
        QVERIFY(outcome.completed);
        QVERIFY(timer.elapsed() >= 900);
        QCOMPARE(waits.size(), 1);
        QCOMPARE(waits.first().at(1).value<GitHubClient::WaitReason>(),
            GitHubClient::WaitReason::SecondaryRateLimit);
    }

    void exhaustedBudgetPausesUntilTheReset()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo)));
        f.fake.post(QStringLiteral("/_fake/rate"),
            {{QStringLiteral("token"), goodToken}, {QStringLiteral("remaining"), 0},
                {QStringLiteral("resetIn"), 2}});
        QSignalSpy waits(f.client.get(), &GitHubClient::waitStarted);
        QSignalSpy rates(f.client.get(), &GitHubClient::rateLimitChanged);
        const auto outcome = f.sync(SyncMode::Full);
        QVERIFY2(outcome.completed, qPrintable(outcome.problems.join(QLatin1Char('\n'))));
        QVERIFY(waits.size() >= 1);
        QCOMPARE(
            waits.first().at(1).value<GitHubClient::WaitReason>(), GitHubClient::WaitReason::RateLimitReset);
        QVERIFY(waits.first().at(0).toDateTime() > QDateTime::currentDateTimeUtc().addSecs(-10));
        QVERIFY(!rates.isEmpty());
        QVERIFY(f.client->rateLimit().remaining > 0);
        QCOMPARE(f.client->rateLimit().limit, 5000);
    }

    void aBadTokenStopsTheSyncWithAClearMessage()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo), QStringLiteral("ghp_wrong")));
        const auto outcome = f.sync(SyncMode::Full);
        QVERIFY(!outcome.completed);
        QCOMPARE(outcome.fatalError.kind, ApiError::Kind::Unauthorized);
        QVERIFY(outcome.fatalError.message.contains(QStringLiteral("Sign in again")));
        // 401 is answered before any GraphQL work, and not retried: one request, then this stats call.
        const auto stats = f.fake.stats();
        QCOMPARE(stats.value(QStringLiteral("graphql")).toInt(), 0);
        QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), 2);
    }

    void aDeletedRepositoryIsReportedAndItsCacheKept()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo)));
        QVERIFY(f.sync(SyncMode::Full).completed);
        const auto console = f.release.repositories.at(1).repository;
        const auto cachedBefore = Models::ItemRepository(f.store).itemsOfRelease(f.release).size();
        f.fake.post(QStringLiteral("/_fake/items"),
            {{QStringLiteral("repo"), console.fullName()}, {QStringLiteral("remove"), true}});
        const auto outcome = f.sync();
        QVERIFY(!outcome.completed);
        QCOMPARE(outcome.problems.size(), 1);
        QVERIFY(outcome.problems.first().contains(console.fullName()));
        QVERIFY(outcome.problems.first().contains(QStringLiteral("renamed, deleted")));
        QCOMPARE(Models::ItemRepository(f.store).itemsOfRelease(f.release).size(), cachedBefore);
    }

    void anInterruptedSyncResumesWhereItStopped()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo)));
        f.engine->setPageSize(20);
        QSignalSpy finished(f.engine.get(), &SyncEngine::finished);
        int pages = 0;
        connect(f.engine.get(), &SyncEngine::itemsStored, this, [&] {
            if (++pages == 3)
                f.engine->cancel();
        });
        f.engine->start(f.release, SyncMode::Incremental);
        QVERIFY(finished.wait(60000));
        const auto cut = finished.first().first().value<SyncOutcome>();
        QVERIFY(cut.cancelled);
        QCOMPARE(f.store.integrityCheck(), QStringLiteral("ok"));
        const auto partial = Models::ItemRepository(f.store).itemsOfRelease(f.release).size();
        QVERIFY(partial > 0 && partial < f.expectedItems().size());
        QVERIFY(!Models::SyncStateRepository(f.store)
                     .syncState(f.release.repositories.first().repository)
                     .resume.isEmpty());

        disconnect(f.engine.get(), &SyncEngine::itemsStored, this, nullptr);
        f.fake.resetStats();
        const auto resumed = f.sync();
        QVERIFY2(resumed.completed, qPrintable(resumed.problems.join(QLatin1Char('\n'))));
        auto stored = Models::ItemRepository(f.store).itemsOfRelease(f.release);
        sortByKey(stored);
        QCOMPARE(stored, f.expectedItems());
        QVERIFY(Models::SyncStateRepository(f.store)
                    .syncState(f.release.repositories.first().repository)
                    .resume.isEmpty());
        // The resumed run did not start over: fewer item pages than a whole sync at this page size.
        const auto itemPages = f.fake.stats()
                                   .value(QStringLiteral("byOperation"))
                                   .toObject()
                                   .value(QStringLiteral("ReleaseItems"))
                                   .toInt();
        QVERIFY2(itemPages < resumed.pages + 3 && resumed.pages > 0, qPrintable(QString::number(itemPages)));
        QVERIFY(resumed.items < f.expectedItems().size());
    }

    void badInputIsKeptOrReportedAndTheSyncGoesOn()
    {
        Fixture f;
        auto &items = f.demo.items;
        // Untrusted and oversized text, straight into the data set (console reports check runs,
        // whose conclusion enum GitHub extends from time to time).
        const auto kubesphere = f.demo.release.repositories.at(1).repository;
        auto target = std::find_if(items.begin(), items.end(), [&](const Item &i) {
            return i.key.repository == kubesphere && i.isPullRequest() && inRelease(i, f.demo.release);
        });
        QVERIFY(target != items.end());
        target->title = QStringLiteral("<img src=x onerror=alert(1)> INVALID_UTF8_HERE ")
            + QString(10000, QLatin1Char('t'));
        target->body = QString(10 * 1024 * 1024, QLatin1Char('b'));
        QVERIFY(!target->ciContexts.isEmpty());
        target->ciContexts.first().rawState = QStringLiteral("STALE");
        const auto targetKey = target->key;
        QVERIFY(f.start(demoDataSet(f.demo)));
        f.fake.setFaults(QJsonArray {
            // A value GitHub may add tomorrow.
            QJsonObject {{QStringLiteral("operation"), QStringLiteral("ReleaseItems")},
                {QStringLiteral("type"), QStringLiteral("rewrite")},
                {QStringLiteral("from"), QStringLiteral("\"STALE\"")},
                {QStringLiteral("to"), QStringLiteral("\"FUTURE_CONCLUSION\"")},
                {QStringLiteral("times"), -1}},
            // Bytes that are not UTF-8.
            QJsonObject {{QStringLiteral("operation"), QStringLiteral("ReleaseItems")},
                {QStringLiteral("type"), QStringLiteral("rewrite")},
                {QStringLiteral("from"), QStringLiteral("INVALID_UTF8_HERE")},
                {QStringLiteral("toHex"), QStringLiteral("c328ff")}, {QStringLiteral("times"), -1}},
            // Nulls where objects were expected (a deleted user's PRs have no author).
            QJsonObject {{QStringLiteral("operation"), QStringLiteral("ReleaseItems")},
                {QStringLiteral("type"), QStringLiteral("rewrite")},
                {QStringLiteral("from"), QStringLiteral("\"author\":{\"login\":\"ava-ui\"}")},
                {QStringLiteral("to"), QStringLiteral("\"author\":null")}, {QStringLiteral("times"), -1}},
            QJsonObject {{QStringLiteral("operation"), QStringLiteral("ReleaseItems")},
                {QStringLiteral("type"), QStringLiteral("rewrite")},
                {QStringLiteral("from"), QStringLiteral("\"milestone\":{\"title\":\"v4.1.3\"},\"labels\"")},
                {QStringLiteral("to"),
                    QStringLiteral("\"milestone\":{\"title\":\"v4.1.3\"},\"labels\":null,\"x\"")},
                {QStringLiteral("times"), 1}},
            // One node lost on GitHub's side, with an error naming it.
            QJsonObject {{QStringLiteral("operation"), QStringLiteral("ReleaseItems")},
                {QStringLiteral("type"), QStringLiteral("nullNode")},
                {QStringLiteral("connection"), QStringLiteral("issues")}, {QStringLiteral("index"), 0}},
        });
        const auto outcome = f.sync(SyncMode::Full);
        QVERIFY(outcome.pages > 0);
        QVERIFY(outcome.problems.join(QLatin1Char('\n')).contains(QStringLiteral("could not be read")));
        const auto stored
            = Models::ItemRepository(f.store).item(ItemKey {onHost(kubesphere, f.host), targetKey.number});
        QVERIFY(stored.has_value());
        QVERIFY(stored->title.startsWith(QStringLiteral("<img src=x onerror=alert(1)> ")));
        QVERIFY(stored->title.contains(QChar(0xFFFD)));
        QVERIFY(stored->title.size() > 10000);
        QCOMPARE(stored->body.size(), 10 * 1024 * 1024);
        QVERIFY(std::any_of(stored->ciContexts.cbegin(), stored->ciContexts.cend(), [](const CiContext &c) {
            return c.rawState == QLatin1StringView("FUTURE_CONCLUSION") && c.state() == CiState::Unknown;
        }));
        // Everything else arrived; authorless items are stored with no author.
        const auto all = Models::ItemRepository(f.store).itemsOfRelease(f.release);
        QVERIFY(all.size() >= f.expectedItems().size() - 1);
        const auto byAva = std::count_if(f.demo.items.cbegin(), f.demo.items.cend(), [&](const Item &i) {
            return i.author == QLatin1StringView("ava-ui") && inRelease(i, f.demo.release);
        });
        QVERIFY(byAva > 0);
        QCOMPARE(std::count_if(all.cbegin(), all.cend(),
                     [](const Item &i) { return i.author == QLatin1StringView("ava-ui"); }),
            0);
        QVERIFY(std::count_if(all.cbegin(), all.cend(), [](const Item &i) { return i.author.isEmpty(); })
            >= byAva - 1);
    }

    void aRangeBringsTheMergedPullRequestsOfItsCommits()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo)));
        const auto repository = f.release.repositories.first().repository;
        const auto pullRequest = [&](int number, Item::State state) {
            Item item;
            item.key = {repository, number};
            item.kind = Item::Kind::PullRequest;
            item.state = state;
            item.title = QStringLiteral("Cherry-pick %1").arg(number);
            item.body = QStringLiteral("```release-note\nFixed %1.\n```").arg(number);
            item.author = QStringLiteral("octo");
            item.baseRef = QStringLiteral("release-4.1");
            item.createdAt = QDateTime(anchor.addDays(-30), QTime(8, 0), QTimeZone::UTC);
            item.updatedAt = item.createdAt.addDays(1);
            if (state == Item::State::Merged)
                item.mergedAt = item.closedAt = item.updatedAt;
            return FakeGitHubData::itemJson(item, {}, {});
        };
        const auto commit = [](const QString &oid, const QList<int> &prs) {
            QJsonArray numbers;
            for (const auto number : prs)
                numbers.append(number);
            return QJsonObject {{QStringLiteral("oid"), oid}, {QStringLiteral("prs"), numbers}};
        };
        // c0 is tagged v4.1.2; c1..c3 follow. 90003 is associated with c2 but never merged (closed
        // unmerged: not content); 90002 has two commits and is one entry.
        f.fake.post(QStringLiteral("/_fake/items"),
            {{QStringLiteral("repo"), repository.fullName()},
                {QStringLiteral("items"),
                    QJsonArray {pullRequest(90000, Item::State::Merged),
                        pullRequest(90001, Item::State::Merged), pullRequest(90002, Item::State::Merged),
                        pullRequest(90003, Item::State::Closed)}},
                {QStringLiteral("commits"),
                    QJsonArray {commit(QStringLiteral("c0"), {90000}), commit(QStringLiteral("c1"), {90001}),
                        commit(QStringLiteral("c2"), {90002, 90003}), commit(QStringLiteral("c3"), {90002})}},
                {QStringLiteral("tags"),
                    QJsonObject {{QStringLiteral("v4.1.2"), QStringLiteral("c0")},
                        {QStringLiteral("v4.1.3"), QStringLiteral("c3")}}}});
        f.release.repositories.first().rangeFrom = QStringLiteral("v4.1.2");
        f.release.repositories.first().rangeTo = QStringLiteral("v4.1.3");
        QVERIFY(Models::ReleaseRepository(f.store).saveRelease(f.release));
        QCOMPARE(Models::ReleaseRepository(f.store).release(f.release.name)->repositories.first().rangeTo,
            QStringLiteral("v4.1.3"));

        const auto rangeMembers = [&] {
            QList<int> numbers;
            for (const auto &item : Models::ItemRepository(f.store).itemsOfRelease(f.release)) {
                if (item.key.number >= 90000)
                    numbers.append(item.key.number);
            }
            std::sort(numbers.begin(), numbers.end());
            return numbers;
        };
        auto outcome = f.sync(SyncMode::Full);
        QVERIFY2(outcome.completed, qPrintable(outcome.problems.join(QLatin1Char('\n'))));
        QCOMPARE(rangeMembers(), (QList<int> {90001, 90002}));
        QCOMPARE(Models::ItemRepository(f.store).item({repository, 90002})->body,
            QStringLiteral("```release-note\nFixed 90002.\n```"));
        // Every milestone item is still there too.
        QCOMPARE(
            Models::ItemRepository(f.store).itemsOfRelease(f.release).size(), f.expectedItems().size() + 2);

        // Nothing moved: the range costs one request (its head is the one already read).
        f.fake.resetStats();
        outcome = f.sync();
        QVERIFY(outcome.completed);
        // (and each repository's branch history, one request each).
        QCOMPARE(f.graphqlRequests(), 3 + 1 + 3);
        QCOMPARE(outcome.items, 0);

        // The tag moves on by one commit: the next sync brings its pull request.
        f.fake.post(QStringLiteral("/_fake/items"),
            {{QStringLiteral("repo"), repository.fullName()},
                {QStringLiteral("items"), QJsonArray {pullRequest(90004, Item::State::Merged)}},
                {QStringLiteral("commits"), QJsonArray {commit(QStringLiteral("c4"), {90004})}},
                {QStringLiteral("tags"), QJsonObject {{QStringLiteral("v4.1.3"), QStringLiteral("c4")}}}});
        QVERIFY(f.sync().completed);
        QCOMPARE(rangeMembers(), (QList<int> {90001, 90002, 90004}));

        // A range whose end does not exist is reported by name; what was read before stays.
        f.release.repositories.first().rangeTo = QStringLiteral("v9.9.9");
        QVERIFY(Models::ReleaseRepository(f.store).saveRelease(f.release));
        outcome = f.sync();
        QVERIFY(!outcome.completed);
        QVERIFY2(outcome.problems.join(QLatin1Char('\n')).contains(QStringLiteral("\"v9.9.9\"")),
            qPrintable(outcome.problems.join(QLatin1Char('\n'))));
        QCOMPARE(rangeMembers(), (QList<int> {90001, 90002, 90004}));
    }

    void rangeNotationIsParsedStrictly()
    {
        QString from;
        QString to;
        QVERIFY(parseRefRange(u" v4.1.2 .. release-4.1 ", &from, &to));
        QCOMPARE(from, QStringLiteral("v4.1.2"));
        QCOMPARE(to, QStringLiteral("release-4.1"));
        for (const auto *bad :
            {"v4.1.2", "v4.1.2..", "..v4.1.3", "v4.1.2...v4.1.3", "a..b..c", "v 1..v2", ""}) {
            QString unchangedFrom = QStringLiteral("x");
            QVERIFY2(!parseRefRange(QString::fromLatin1(bad), &unchangedFrom, &to), bad);
            QCOMPARE(unchangedFrom, QStringLiteral("x"));
        }
    }

    void aBackgroundSyncRunsOnItsOwnThreadAndReportsHere()
    {
        Fixture f;
        QVERIFY(f.start(demoDataSet(f.demo)));
        // The first repository's releases (for release-drafter templates) are read after the items.
        const auto repository = f.release.repositories.first().repository;
        f.fake.post(QStringLiteral("/_fake/releases"),
            QJsonObject {{QStringLiteral("repo"), repository.fullName()},
                {QStringLiteral("releases"),
                    QJsonArray {QJsonObject {{QStringLiteral("id"), 1},
                                    {QStringLiteral("tag_name"), QStringLiteral("v4.1.2")},
                                    {QStringLiteral("name"), QStringLiteral("v4.1.2")},
                                    {QStringLiteral("draft"), false}, {QStringLiteral("prerelease"), false},
                                    {QStringLiteral("created_at"), QStringLiteral("2024-09-01T00:00:00Z")}},
                        QJsonObject {{QStringLiteral("id"), 2},
                            {QStringLiteral("tag_name"), QStringLiteral("v4.1.3")},
                            {QStringLiteral("name"), QString()}, {QStringLiteral("draft"), true}}}}});
        QVERIFY(!Models::loadPublishedReleases(f.store, repository));
        const auto workspace = f.store.path();
        Models::BackgroundSync background(workspace, Api::gitHubClientFactory(), f.client->host(), goodToken);
        QSignalSpy stored(&background, &Models::BackgroundSync::itemsStored);
        QSignalSpy finished(&background, &Models::BackgroundSync::finished);
        QThread *deliveredOn = nullptr;
        connect(&background, &Models::BackgroundSync::itemsStored, this,
            [&] { deliveredOn = QThread::currentThread(); });
        background.start(f.release, SyncMode::Full);
        QVERIFY(background.isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY(!background.isRunning());
        QVERIFY(finished.first().first().value<SyncOutcome>().completed);
        QVERIFY(!stored.isEmpty());
        QCOMPARE(deliveredOn, QThread::currentThread());
        // Delivered as the window's lists hold items: the body reduced to its release-note block.
        for (const auto &item : stored.first().first().value<QList<Item>>())
            QVERIFY(!item.bodyComplete
                && item.body.size() <= Models::ItemRepository(f.store).itemBody(item.key)->size());
        // The other connection wrote the items; this one reads them.
        auto items = Models::ItemRepository(f.store).itemsOfRelease(f.release);
        sortByKey(items);
        QCOMPARE(items.size(), f.expectedItems().size());
        const auto releases = Models::loadPublishedReleases(f.store, repository);
        QVERIFY(releases);
        QCOMPARE(releases->size(), 2);
        QCOMPARE(releases->first().tagName, QStringLiteral("v4.1.2"));
        QCOMPARE(releases->first().createdAt, QDateTime(QDate(2024, 9, 1), QTime(0, 0), QTimeZone::UTC));
        QVERIFY(releases->at(1).draft);
        Models::NotesRenderContext context;
        Models::addDrafterContext(context, f.release, f.store);
        QCOMPARE(context.owner, repository.owner);
        QCOMPARE(context.repository, repository.name);
        QVERIFY(context.releases);
        QCOMPARE(context.releases->first().tagName, QStringLiteral("v4.1.2"));

        // Cancelled mid-way: it says so, and the workspace stays usable.
        f.fake.setFaults(
            QJsonArray {QJsonObject {{QStringLiteral("operation"), QStringLiteral("ReleaseItems")},
                {QStringLiteral("delayMs"), 3000}, {QStringLiteral("times"), -1}}});
        finished.clear();
        QSignalSpy progress(&background, &Models::BackgroundSync::progressChanged);
        background.start(f.release, SyncMode::Full);
        // Cancelled once the sync reports it is under way (its item pages are slowed to 3 s each).
        QVERIFY(progress.wait(20000));
        background.cancel();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().value<SyncOutcome>().cancelled);
        QCOMPARE(f.store.integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(SyncTest)
#include "tst_sync.moc"
