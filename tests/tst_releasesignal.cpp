#include "releasereadiness.h"
#include "signal/contexthealth.h"
#include "signal/flakeledger.h"
#include "signal/signalreport.h"
#include "signal/signalstore.h"
#include "store.h"
#include "store/releaserepository.h"
#include "store/syncstaterepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Api;
using Models::ReadinessReason;
using Models::ReleaseEvidence;
using Models::ReleaseReadiness;
using Verdict = Models::ReleaseReadiness::Verdict;
using Code = Models::ReadinessReason::Code;

namespace {
const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::UTC);
const RepositoryRef kubesphere {
    QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("kubesphere")};
const RepositoryRef console {
    QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("console")};

CiContext context(const QString &name, const QString &state)
{
    CiContext ci;
    ci.source = CiContext::Source::StatusContext;
    ci.name = name;
    ci.rawState = state;
    ci.url = QUrl(QStringLiteral("https://prow.example/") + name);
    return ci;
}

BranchCi head(const RepositoryRef &repository, const QList<CiContext> &contexts,
    const std::optional<QStringList> &required = QStringList {QStringLiteral("pull-unit-test")})
{
    BranchCi branch;
    branch.repository = repository;
    branch.branch = QStringLiteral("release-4.1");
    branch.headSha = QStringLiteral("0123456789abcdef");
    branch.contexts = contexts;
    branch.protectedContexts = required;
    branch.readAt = now.addSecs(-600);
    return branch;
}

/// Everything a Go needs: two repositories synced ten minutes ago, the release branch read, its
/// required context green. Each test takes one piece of evidence away.
BranchHistory history(const QList<QStringList> &commits);

/// Three green runs of both contexts on the last three commits: healthy by the default K = 3.
BranchHistory greenHistory(const RepositoryRef &repository)
{
    auto green = history({{QStringLiteral("pull-unit-test:SUCCESS"), QStringLiteral("pull-e2e:SUCCESS")},
        {QStringLiteral("pull-unit-test:SUCCESS"), QStringLiteral("pull-e2e:SUCCESS")},
        {QStringLiteral("pull-unit-test:SUCCESS"), QStringLiteral("pull-e2e:SUCCESS")}});
    green.repository = repository;
    return green;
}

ReleaseEvidence complete()
{
    ReleaseEvidence evidence;
    evidence.releaseBranch = QStringLiteral("release-4.1");
    evidence.now = now;
    for (const auto &repository : {kubesphere, console}) {
        evidence.heads.append(head(repository,
            {context(QStringLiteral("pull-unit-test"), QStringLiteral("SUCCESS")),
                context(QStringLiteral("pull-e2e"), QStringLiteral("SUCCESS"))}));
        evidence.syncs.append({repository, now.addSecs(-600), {}, {}});
        evidence.histories.append(greenHistory(repository));
    }
    return evidence;
}

ReleaseReadiness judge(
    const ReleaseEvidence &evidence, const QList<Item> &items = {}, const Models::QueryContext &context = {})
{
    return ReleaseReadiness::evaluate(items, context, evidence);
}

bool has(const ReleaseReadiness &readiness, Code code, const QString &repository = {})
{
    return std::any_of(readiness.reasons.cbegin(), readiness.reasons.cend(), [&](const ReadinessReason &r) {
        return r.code == code && (repository.isEmpty() || r.repository == repository);
    });
}

QString explain(const ReleaseReadiness &readiness)
{
    return ReleaseReadiness::verdictCode(readiness.verdict) + QStringLiteral(": ")
        + readiness.reasonTexts().join(QStringLiteral(" | "));
}
/// A history from a compact notation: commits newest first, each a list of "context:STATE" runs in
/// the order they ran (a re-run comes after the run it repeats).
BranchHistory history(const QList<QStringList> &commits)
{
    BranchHistory branch;
    branch.repository = kubesphere;
    branch.branch = QStringLiteral("release-4.1");
    const int count = int(commits.size());
    for (int c = 0; c < count; ++c) {
        HistoryCommit commit;
        commit.oid = QStringLiteral("c%1").arg(count - c); // c1 is the oldest
        commit.committedAt = now.addSecs(-3600 * (c + 1)); // an hour apart, the newest an hour ago
        int minute = 0;
        for (const auto &run : commits[c]) {
            const auto parts = run.split(QLatin1Char(':'));
            CiRun ciRun;
            ciRun.context = parts[0];
            ciRun.rawState = parts[1];
            ciRun.completedAt = commit.committedAt.addSecs(60 * ++minute);
            ciRun.url
                = QUrl(QStringLiteral("https://ci.example/%1/%2/%3").arg(commit.oid, parts[0]).arg(minute));
            ciRun.runId = QString::number(minute);
            commit.runs.append(ciRun);
        }
        branch.commits.append(commit);
    }
    return branch;
}

Models::ContextHealth healthOf(const QList<Models::ContextHealth> &all, const QString &name)
{
    for (const auto &health : all) {
        if (health.context == name)
            return health;
    }
    return {};
}
} // namespace

/// The go/no-go verdict from evidence: a test per reason for Unknown, and the verdict table.
class ReleaseSignalTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeEvidenceAllGreenIsGo()
    {
        const auto readiness = judge(complete());
        QVERIFY2(readiness.verdict == Verdict::Go, qPrintable(explain(readiness)));
        QCOMPARE(readiness.reasons.size(), 1);
        QCOMPARE(readiness.reasons.first().code, Code::Green);
        QVERIFY(readiness.reasons.first().text.contains(QStringLiteral("2 required context(s) green")));
    }

    void noReleaseBranchIsUnknown()
    {
        auto evidence = complete();
        evidence.releaseBranch.clear();
        evidence.heads.clear(); // nothing is read without a branch
        const auto readiness = judge(evidence);
        QVERIFY2(readiness.verdict == Verdict::Unknown, qPrintable(explain(readiness)));
        QVERIFY(has(readiness, Code::NoReleaseBranch));
    }

    void aBranchMissingOnGitHubIsUnknown()
    {
        auto evidence = complete();
        evidence.heads[1].found = false;
        evidence.heads[1].contexts.clear();
        const auto readiness = judge(evidence);
        QVERIFY2(readiness.verdict == Verdict::Unknown, qPrintable(explain(readiness)));
        QVERIFY(has(readiness, Code::BranchMissing, console.fullName()));
        const auto reason = readiness.reasons.first();
        QCOMPARE(reason.link, QUrl(QStringLiteral("https://github.com/kubesphere/console/branches")));
    }

    void aBranchNeverReadIsUnknown()
    {
        auto evidence = complete();
        evidence.heads[0] = {};
        evidence.heads[0].repository = kubesphere;
        evidence.heads[0].branch = QStringLiteral("release-4.1");
        const auto readiness = judge(evidence);
        QVERIFY2(readiness.verdict == Verdict::Unknown, qPrintable(explain(readiness)));
        QVERIFY(has(readiness, Code::BranchNotRead, kubesphere.fullName()));
    }

    void noRequiredContextsKnownIsUnknown()
    {
        auto evidence = complete();
        evidence.heads[0].protectedContexts = std::nullopt; // no rule this token can read
        auto readiness = judge(evidence);
        QVERIFY2(readiness.verdict == Verdict::Unknown, qPrintable(explain(readiness)));
        QVERIFY(has(readiness, Code::NoRequiredContexts, kubesphere.fullName()));
        // An empty rule says no more than no rule.
        evidence.heads[0].protectedContexts = QStringList();
        QCOMPARE(judge(evidence).verdict, Verdict::Unknown);
        // Contexts the release names make up for it.
        evidence.settings.requiredContexts = {QStringLiteral("pull-e2e")};
        readiness = judge(evidence);
        QVERIFY2(readiness.verdict == Verdict::Go, qPrintable(explain(readiness)));
    }

    void aRequiredContextThatNeverReportedIsUnknown()
    {
        auto evidence = complete();
        evidence.heads[1].protectedContexts
            = QStringList {QStringLiteral("pull-unit-test"), QStringLiteral("pull-verify")};
        const auto readiness = judge(evidence);
        QVERIFY2(readiness.verdict == Verdict::Unknown, qPrintable(explain(readiness)));
        QVERIFY(has(readiness, Code::RequiredContextMissing, console.fullName()));
        QVERIFY(readiness.reasonTexts().join(QLatin1Char('\n')).contains(QStringLiteral("pull-verify")));
        QVERIFY(readiness.reasonTexts().join(QLatin1Char('\n')).contains(QStringLiteral("0123456")));
    }

    void dataOlderThanTheLimitIsUnknown()
    {
        auto evidence = complete();
        evidence.syncs[0].lastSuccessAt = now.addSecs(-6 * 3600 - 60); // default limit: 6 hours
        auto readiness = judge(evidence);
        QVERIFY2(readiness.verdict == Verdict::Unknown, qPrintable(explain(readiness)));
        QVERIFY(has(readiness, Code::Stale, kubesphere.fullName()));
        QVERIFY(readiness.reasonTexts().join(QLatin1Char('\n')).contains(QStringLiteral("6 hour(s)")));
        // Just inside the limit is fresh; the limit is the release's to set.
        evidence.syncs[0].lastSuccessAt = now.addSecs(-6 * 3600 + 60);
        QCOMPARE(judge(evidence).verdict, Verdict::Go);
        evidence.settings.staleAfterMinutes = 60;
        QCOMPARE(judge(evidence).verdict, Verdict::Unknown);
    }

    void aRepositoryNeverSyncedIsUnknown()
    {
        auto evidence = complete();
        evidence.syncs[1].lastSuccessAt = {};
        const auto readiness = judge(evidence);
        QVERIFY2(readiness.verdict == Verdict::Unknown, qPrintable(explain(readiness)));
        QVERIFY(has(readiness, Code::NeverSynced, console.fullName()));
    }

    void aRepositoryThatFailedToSyncIsUnknown()
    {
        auto evidence = complete();
        evidence.syncs[1].lastFailureAt = now.addSecs(-60);
        evidence.syncs[1].lastFailure = QStringLiteral("GitHub had a server error (502).");
        auto readiness = judge(evidence);
        QVERIFY2(readiness.verdict == Verdict::Unknown, qPrintable(explain(readiness)));
        QVERIFY(has(readiness, Code::SyncFailed, console.fullName()));
        QVERIFY(readiness.reasonTexts().join(QLatin1Char('\n')).contains(QStringLiteral("502")));
        // A later success clears it.
        evidence.syncs[1].lastSuccessAt = now.addSecs(-30);
        QCOMPARE(judge(evidence).verdict, Verdict::Go);
    }

    void noRepositoryIsUnknown()
    {
        ReleaseEvidence evidence;
        evidence.releaseBranch = QStringLiteral("release-4.1");
        evidence.now = now;
        QCOMPARE(judge(evidence).verdict, Verdict::Unknown);
    }

    void noHistoryReadIsUnknown()
    {
        auto evidence = complete();
        evidence.histories[1].commits.clear();
        auto readiness = judge(evidence);
        QVERIFY2(readiness.verdict == Verdict::Unknown, qPrintable(explain(readiness)));
        QVERIFY(has(readiness, Code::HistoryNotRead, console.fullName()));
        // A release that turned the history off is judged on the head alone.
        evidence.settings.historyDepth = 0;
        QCOMPARE(judge(evidence).verdict, Verdict::Go);
    }

    void theKSuccessiveRuleAndFlakesDecideFromTheHistory()
    {
        // Worked by hand, oldest run first. pull-unit-test is required, pull-e2e informs.
        auto evidence = complete();
        // kubesphere: unit - + +  (2 greens after a failure: K = 3 not reached)   -> recovering
        evidence.histories[0] = history({{QStringLiteral("pull-unit-test:SUCCESS")},
            {QStringLiteral("pull-unit-test:SUCCESS")}, {QStringLiteral("pull-unit-test:FAILURE")}});
        evidence.histories[0].repository = kubesphere;
        auto readiness = judge(evidence);
        QVERIFY2(readiness.verdict == Verdict::Caution, qPrintable(explain(readiness)));
        QVERIFY(has(readiness, Code::Recovering, kubesphere.fullName()));
        QVERIFY(readiness.reasonTexts().first().contains(QStringLiteral("passed 2 time(s) in a row")));
        // K is the release's: with K = 2 the same history is healthy.
        evidence.settings.criteria.healthyStreak = 2;
        QVERIFY2(judge(evidence).verdict == Verdict::Go, qPrintable(explain(judge(evidence))));

        // console: e2e failed and passed on one re-run: flaky, and yellow counts as red.
        evidence = complete();
        evidence.histories[1]
            = history({{QStringLiteral("pull-unit-test:SUCCESS"), QStringLiteral("pull-e2e:SUCCESS")},
                {QStringLiteral("pull-unit-test:SUCCESS"), QStringLiteral("pull-e2e:FAILURE"),
                    QStringLiteral("pull-e2e:SUCCESS")},
                {QStringLiteral("pull-unit-test:SUCCESS"), QStringLiteral("pull-e2e:SUCCESS")}});
        evidence.histories[1].repository = console;
        readiness = judge(evidence);
        QVERIFY2(readiness.verdict == Verdict::NoGo, qPrintable(explain(readiness)));
        QVERIFY(has(readiness, Code::Flaky, console.fullName()));
        QVERIFY(readiness.reasonTexts().first().startsWith(
            QStringLiteral("Informing context kubesphere/console: pull-e2e is flaky")));
        QCOMPARE(readiness.reasons.first().link, QUrl(QStringLiteral("https://ci.example/c2/pull-e2e/2")));
        // A preset may soften informing flakes.
        evidence.settings.informingFlaky = Models::SignalSettings::Effect::Caution;
        QCOMPARE(judge(evidence).verdict, Verdict::Caution);
    }

    void blockingFailureAndOpenBlockersAreNoGoEvenWithoutAllEvidence()
    {
        auto evidence = complete();
        evidence.heads[0].contexts[0].rawState = QStringLiteral("FAILURE");
        evidence.syncs[1].lastSuccessAt = now.addDays(-2); // stale too: the failure still decides
        auto readiness = judge(evidence);
        QVERIFY2(readiness.verdict == Verdict::NoGo, qPrintable(explain(readiness)));
        QCOMPARE(readiness.reasons.first().code, Code::BlockingFailure); // deciding reasons first
        QCOMPARE(readiness.reasons.first().link, QUrl(QStringLiteral("https://prow.example/pull-unit-test")));
        QVERIFY(has(readiness, Code::Stale));
        QCOMPARE(readiness.blockingFailures,
            QStringList {QStringLiteral("kubesphere/kubesphere: pull-unit-test")});

        Item blocker;
        blocker.key = {kubesphere, 7};
        blocker.state = Item::State::Open;
        Models::QueryContext context;
        context.blockers.insert(blocker.key);
        readiness = judge(complete(), {blocker}, context);
        QCOMPARE(readiness.verdict, Verdict::NoGo);
        QCOMPARE(readiness.openBlockers, 1);
        QVERIFY(has(readiness, Code::OpenBlockers));
    }

    void theVerdictTableDecidesInformingFailuresAndRunningJobs()
    {
        auto evidence = complete();
        evidence.heads[1].contexts[1].rawState = QStringLiteral("FAILURE"); // pull-e2e: informing
        auto readiness = judge(evidence);
        // conventions.md: informing CI failing means red.
        QVERIFY2(readiness.verdict == Verdict::NoGo, qPrintable(explain(readiness)));
        QCOMPARE(readiness.informingFailures, QStringList {QStringLiteral("kubesphere/console: pull-e2e")});
        evidence.settings.informingFailure = Models::SignalSettings::Effect::Caution; // a softer preset
        QCOMPARE(judge(evidence).verdict, Verdict::Caution);

        evidence = complete();
        evidence.heads[0].contexts[0].rawState = QStringLiteral("IN_PROGRESS");
        readiness = judge(evidence);
        QVERIFY2(readiness.verdict == Verdict::Caution, qPrintable(explain(readiness)));
        QVERIFY(has(readiness, Code::Pending, kubesphere.fullName()));
        // A value GitHub may add later is not green.
        evidence.heads[0].contexts[0].rawState = QStringLiteral("SOMETHING_NEW");
        QCOMPARE(judge(evidence).verdict, Verdict::NoGo);
    }

    void contextHealthFollowsTheCriteria()
    {
        using Status = Models::ContextHealth::Status;
        // Newest first, as GitHub lists history.
        const auto branch = history({
            {QStringLiteral("unit:SUCCESS"), QStringLiteral("e2e:FAILURE"), QStringLiteral("lint:SUCCESS"),
                QStringLiteral("verify:SUCCESS")}, // c6
            {QStringLiteral("unit:SUCCESS"), QStringLiteral("e2e:SUCCESS"), QStringLiteral("lint:FAILURE"),
                QStringLiteral("lint:SUCCESS"), QStringLiteral("verify:SUCCESS")}, // c5: lint re-run
            {QStringLiteral("unit:SUCCESS"), QStringLiteral("e2e:SUCCESS"), QStringLiteral("lint:SUCCESS"),
                QStringLiteral("verify:FAILURE")}, // c4
            {QStringLiteral("unit:FAILURE"), QStringLiteral("e2e:SUCCESS"), QStringLiteral("lint:SUCCESS"),
                QStringLiteral("verify:SUCCESS")}, // c3
            {QStringLiteral("unit:SUCCESS"), QStringLiteral("e2e:PENDING"),
                QStringLiteral("verify:FAILURE")}, // c2
            {QStringLiteral("unit:SUCCESS"), QStringLiteral("e2e:SUCCESS"),
                QStringLiteral("verify:SUCCESS")}, // c1
        });
        // Oldest to newest:
        //   unit   + + - + + +   streak 3, 5 of 6, flips 2                 -> healthy
        //   e2e    + . + + + -   latest failed (PENDING is no outcome)      -> failing
        //   lint   + + - + +     failed then passed on c5 (a re-run)        -> flaky
        //   verify + - + - + +   flips 4 >= 3                               -> flaky
        const auto all = Models::contextHealth(branch, {});
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(0).context, QStringLiteral("e2e")); // by name

        const auto unit = healthOf(all, QStringLiteral("unit"));
        QCOMPARE(unit.status, Status::Healthy);
        QCOMPARE(unit.streak, 3);
        QCOMPARE(unit.runs, 6);
        QCOMPARE(unit.passed, 5);
        QCOMPARE(unit.flips, 2);
        QCOMPARE(unit.outcomes, QStringLiteral("++-+++"));
        QCOMPARE(unit.passRate(), 5.0 / 6.0);
        QCOMPARE(unit.lastFailureCommit, QStringLiteral("c3"));
        QCOMPARE(unit.lastFailureUrl, QUrl(QStringLiteral("https://ci.example/c3/unit/1")));
        QCOMPARE(unit.lastGreenAt, now.addSecs(-3600).addSecs(60));

        const auto e2e = healthOf(all, QStringLiteral("e2e"));
        QCOMPARE(e2e.status, Status::Failing);
        QCOMPARE(e2e.streak, 0);
        QCOMPARE(e2e.runs, 5);
        QCOMPARE(e2e.outcomes, QStringLiteral("++++-"));
        QCOMPARE(e2e.lastFailureCommit, QStringLiteral("c6"));
        QCOMPARE(e2e.lastGreenAt, now.addSecs(-2 * 3600).addSecs(120));

        const auto lint = healthOf(all, QStringLiteral("lint"));
        QCOMPARE(lint.status, Status::Flaky);
        QVERIFY(lint.failedThenPassedOnOneCommit);
        QCOMPARE(lint.streak, 2);
        QCOMPARE(lint.outcomes, QStringLiteral("++-++"));

        const auto verify = healthOf(all, QStringLiteral("verify"));
        QCOMPARE(verify.status, Status::Flaky);
        QVERIFY(!verify.failedThenPassedOnOneCommit);
        QCOMPARE(verify.flips, 4);
        QCOMPARE(verify.outcomes, QStringLiteral("+-+-++"));

        // K is data: with K = 4 unit has not proven itself yet; more flips are needed for verify.
        const auto strict = Models::contextHealth(branch, {4, 5});
        QCOMPARE(healthOf(strict, QStringLiteral("unit")).status, Status::Recovering);
        QCOMPARE(
            healthOf(strict, QStringLiteral("verify")).status, Status::Recovering); // streak 2, flips 4 < 5
        QCOMPARE(healthOf(strict, QStringLiteral("lint")).status, Status::Flaky); // the re-run still says so
        // An empty window has no runs, which is not health.
        QCOMPARE(Models::contextHealth(history({{QStringLiteral("x:PENDING")}}), {}).first().status,
            Status::NoRuns);
    }

    void theHeadAsTheHistoryShowsIt()
    {
        auto branch = history(
            {{QStringLiteral("unit:FAILURE"), QStringLiteral("unit:SUCCESS"), QStringLiteral("e2e:FAILURE")},
                {QStringLiteral("unit:FAILURE")}});
        branch.protectedContexts = QStringList {QStringLiteral("unit")};
        const auto head = headOf(branch);
        QCOMPARE(head.headSha, QStringLiteral("c2"));
        QCOMPARE(head.contexts.size(), 2); // one per context: the re-run replaced the failure
        QCOMPARE(head.contexts[0].name, QStringLiteral("unit"));
        QCOMPARE(head.contexts[0].rawState, QStringLiteral("SUCCESS"));
        QVERIFY(head.contexts[0].required);
        QCOMPARE(head.contexts[1].rawState, QStringLiteral("FAILURE"));
        QVERIFY(!head.contexts[1].required);
        QCOMPARE(head.protectedContexts, branch.protectedContexts);
    }

    void passRatePerDayCountsTheChosenContexts()
    {
        auto run = [](const QString &context, const QString &state, const QDateTime &at) {
            CiRun result;
            result.context = context;
            result.rawState = state;
            result.completedAt = at;
            return result;
        };
        const QDateTime day1(QDate(2026, 11, 24), QTime(10, 0), QTimeZone::UTC);
        const QDateTime day2(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::UTC);
        BranchHistory branch;
        branch.repository = kubesphere;
        branch.branch = QStringLiteral("release-4.1");
        branch.commits
            = {{QStringLiteral("b"), day2, {},
                   {run(QStringLiteral("unit"), QStringLiteral("FAILURE"), day2),
                       run(QStringLiteral("unit"), QStringLiteral("SUCCESS"), day2.addSecs(600)),
                       run(QStringLiteral("unit"), QStringLiteral("IN_PROGRESS"), day2.addSecs(900)),
                       run(QStringLiteral("e2e"), QStringLiteral("SUCCESS"), day2)}},
                {QStringLiteral("a"), day1, {},
                    {run(QStringLiteral("unit"), QStringLiteral("SUCCESS"), day1),
                        run(QStringLiteral("e2e"), QStringLiteral("FAILURE"), day1)}}};
        // unit only: the 24th 1 of 1, the 25th 1 of 2 (the running one is no outcome); e2e is left out.
        const auto days = Models::passRatePerDay({branch},
            [](const BranchHistory &, const QString &context) { return context == QStringLiteral("unit"); });
        QCOMPARE(days.size(), 2);
        QCOMPARE(days[0], (Models::DailyPassRate {day1.date(), 1, 0}));
        QCOMPARE(days[1], (Models::DailyPassRate {day2.date(), 1, 1}));
        QCOMPARE(days[1].rate(), 0.5);
    }

    void theLedgerMatchesTrackingIssuesAndIgnoresDistractors()
    {
        using Status = Models::ContextHealth::Status;
        auto context = [](const QString &name, Status status) {
            Models::ContextHealth health;
            health.context = name;
            health.status = status;
            return health;
        };
        const QList<Models::ContextHealth> health = {context(QStringLiteral("unit-test"), Status::Failing),
            context(QStringLiteral("e2e (chrome)"), Status::Flaky),
            context(QStringLiteral("lint"), Status::Healthy),
            context(QStringLiteral("verify"), Status::Failing)};
        int number = 0;
        auto issue = [&](const QString &title, const QString &body = {}, const QStringList &labels = {},
                         Item::State state = Item::State::Open, Item::Kind kind = Item::Kind::Issue) {
            Item item;
            item.key = {console, ++number};
            item.kind = kind;
            item.state = state;
            item.title = title;
            item.body = body;
            for (const auto &name : labels)
                item.labels.append({name, QString(), QString()});
            return item;
        };
        const QList<Item> items = {
            issue(QStringLiteral("[Flaky Test] release-4.1 (e2e (chrome))")), // 1: tracks e2e (chrome)
            issue(QStringLiteral("unit-test fails on release-4.1"), {},
                {QStringLiteral("kind/failing-test")}), // 2
            issue(QStringLiteral("[Flaky Test] unit-test-race times out")), // 3: another job
            issue(QStringLiteral("[Failing Test] fix unit-test"), {}, {}, Item::State::Open,
                Item::Kind::PullRequest), // 4: a pull request
            issue(QStringLiteral("[Failing Test] unit-test"), {}, {}, Item::State::Closed), // 5: closed
            issue(QStringLiteral("unit-test is slow")), // 6: not a tracking issue
            issue(QStringLiteral("Flakes in presubmits"), QStringLiteral("seen in pull-unit-test again"),
                {QStringLiteral("kind/flake")}), // 7: names another job
            issue(QStringLiteral("[Failing Test] lint")), // 8: lint is healthy
            issue(QStringLiteral("[Flaky Test] presubmits"),
                QStringLiteral("Jobs: e2e (chrome).\nSince Monday."),
                {QStringLiteral("kind/flake")}), // 9: names it in the body, at the end of a sentence
        };
        const auto ledger = Models::flakeLedger(console, QStringLiteral("release-4.1"), health,
            {QStringLiteral("unit-test"), QStringLiteral("verify")}, items);
        QCOMPARE(ledger.size(), 3); // failing and flaky only: lint is not in it
        QCOMPARE(ledger[0].health.context, QStringLiteral("unit-test")); // blocking first, then by name
        QCOMPARE(ledger[1].health.context, QStringLiteral("verify"));
        QCOMPARE(ledger[2].health.context, QStringLiteral("e2e (chrome)"));
        QVERIFY(ledger[0].blocking && ledger[1].blocking && !ledger[2].blocking);
        QCOMPARE(ledger[0].issues, (QList<ItemKey> {{console, 2}}));
        QVERIFY(!ledger[1].isTracked()); // flagged: nobody tracks verify
        QCOMPARE(ledger[2].issues, (QList<ItemKey> {{console, 1}, {console, 9}}));
    }

    void whatChangedSinceTheLastReport()
    {
        // Two records written by hand; every change between them is counted below by hand.
        using Record = Models::SignalRecord;
        Record before;
        before.at = now.addDays(-7);
        before.verdict = QStringLiteral("caution");
        const auto ks = kubesphere.fullName();
        const auto co = console.fullName();
        const auto branch = QStringLiteral("release-4.1");
        before.contexts = {{ks, branch, QStringLiteral("pull-unit-test"), QStringLiteral("healthy")},
            {ks, branch, QStringLiteral("pull-e2e"), QStringLiteral("healthy")},
            {co, branch, QStringLiteral("build"), QStringLiteral("recovering")},
            {co, branch, QStringLiteral("lint"), QStringLiteral("failing")},
            {co, branch, QStringLiteral("e2e (chrome)"), QStringLiteral("flaky")}};
        before.ledger
            = {{co, branch, QStringLiteral("lint"), {}}, {co, branch, QStringLiteral("e2e (chrome)"), {}}};
        before.openBlockers
            = {QStringLiteral("kubesphere/console#8"), QStringLiteral("kubesphere/kubesphere#1")};

        Record after = before;
        after.at = now;
        after.verdict = QStringLiteral("no-go");
        // Distractors: pull-unit-test stays healthy, e2e (chrome) stays flaky and stays in the ledger.
        after.contexts = {{ks, branch, QStringLiteral("pull-unit-test"), QStringLiteral("healthy")},
            {ks, branch, QStringLiteral("pull-e2e"), QStringLiteral("failing")}, // flipped
            {co, branch, QStringLiteral("build"), QStringLiteral("healthy")}, // flipped
            {co, branch, QStringLiteral("e2e (chrome)"), QStringLiteral("flaky")},
            {co, QStringLiteral("master"), QStringLiteral("build"), QStringLiteral("healthy")}}; // new
        // lint no longer reports at all.
        after.ledger = {{ks, branch, QStringLiteral("pull-e2e"), {}},
            {co, branch, QStringLiteral("e2e (chrome)"), {QStringLiteral("kubesphere/console#20")}}};
        after.openBlockers
            = {QStringLiteral("kubesphere/kubesphere#1"), QStringLiteral("kubesphere/kubesphere#5")};

        const auto changes = Models::SignalChanges::between(before, after);
        QVERIFY(!changes.isEmpty());
        QCOMPARE(changes.since, now.addDays(-7));
        QCOMPARE(changes.verdictBefore, QStringLiteral("caution"));
        QCOMPARE(changes.verdictAfter, QStringLiteral("no-go"));
        QStringList flips;
        for (const auto &flip : changes.flips)
            flips.append(QStringLiteral("%1 %2 %3: %4>%5")
                             .arg(flip.repository, flip.branch, flip.context, flip.before, flip.after));
        QCOMPARE(flips,
            (QStringList {QStringLiteral("kubesphere/kubesphere release-4.1 pull-e2e: healthy>failing"),
                QStringLiteral("kubesphere/console release-4.1 build: recovering>healthy"),
                QStringLiteral("kubesphere/console master build: >healthy"),
                QStringLiteral("kubesphere/console release-4.1 lint: failing>")}));
        QCOMPARE(changes.newInLedger.size(), 1);
        QCOMPARE(changes.newInLedger[0].context, QStringLiteral("pull-e2e"));
        QCOMPARE(changes.nowTracked.size(), 1);
        QCOMPARE(changes.nowTracked[0].issues, QStringList {QStringLiteral("kubesphere/console#20")});
        QCOMPARE(changes.leftLedger.size(), 1);
        QCOMPARE(changes.leftLedger[0].context, QStringLiteral("lint"));
        QCOMPARE(changes.blockersOpened, QStringList {QStringLiteral("kubesphere/kubesphere#5")});
        QCOMPARE(changes.blockersClosed, QStringList {QStringLiteral("kubesphere/console#8")});
        // The same record twice: nothing changed.
        QVERIFY(Models::SignalChanges::between(after, after).isEmpty());
        // A record reads back as written.
        QCOMPARE(Record::fromJson(after.toJson()), after);

        // In the report: each change on a line of its own, in words.
        Models::SignalReport report;
        report.release = QStringLiteral("v4.1.3");
        report.at = now;
        report.changes = changes;
        const auto markdown = report.changesMarkdown();
        QVERIFY2(markdown.startsWith(
                     QStringLiteral("### What changed since the report of 2026-11-18 12:00 (UTC)\n\n")),
            qPrintable(markdown));
        for (const auto *line : {"- Verdict: Caution \u2192 No-go\n",
                 "- pull-e2e on release-4.1 (kubesphere/kubesphere): healthy \u2192 failing\n",
                 "- build on master (kubesphere/console): not reported \u2192 healthy\n",
                 "- New flake or failure: pull-e2e on release-4.1 (kubesphere/kubesphere), **no tracking "
                 "issue**\n",
                 "- Tracked now: e2e (chrome) on release-4.1 (kubesphere/console), "
                 "[kubesphere/console#20](https://github.com/kubesphere/console/issues/20)\n",
                 "- No longer failing or flaky: lint on release-4.1 (kubesphere/console)\n",
                 "- 1 blocker(s) opened or added: "
                 "[kubesphere/kubesphere#5](https://github.com/kubesphere/kubesphere/issues/5)\n",
                 "- 1 blocker(s) closed or removed: "
                 "[kubesphere/console#8](https://github.com/kubesphere/console/issues/8)\n"})
            QVERIFY2(markdown.contains(QString::fromUtf8(line)), line);
        report.changes.reset();
        QVERIFY(report.changesMarkdown().contains(QStringLiteral("No earlier report is recorded")));
        report.changes = Models::SignalChanges::between(after, after);
        QVERIFY(report.changesMarkdown().contains(QStringLiteral("Nothing changed.")));
    }

    void theStoreKeepsTheReportsToCompareWith()
    {
        QTemporaryDir dir;
        Models::Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("reports.sqlite"))));
        Release release;
        release.name = QStringLiteral("v4.1.3");
        release.releaseBranch = QStringLiteral("release-4.1");
        release.repositories = {{kubesphere, {QStringLiteral("v4.1.3")}}};
        QVERIFY(Models::ReleaseRepository(store).saveRelease(release));
        Models::SignalStore signal(store);
        QVERIFY(!signal.lastReportBefore(release.id, now).has_value());
        Models::SignalRecord weekAgo;
        weekAgo.at = now.addDays(-7);
        weekAgo.verdict = QStringLiteral("go");
        auto yesterday = weekAgo;
        yesterday.at = now.addDays(-1);
        yesterday.verdict = QStringLiteral("caution");
        QVERIFY(signal.recordReport(release.id, yesterday));
        QVERIFY(signal.recordReport(release.id, weekAgo));
        // The latest one strictly before the time asked: a report never compares with itself.
        QCOMPARE(signal.lastReportBefore(release.id, now)->verdict, QStringLiteral("caution"));
        QCOMPARE(signal.lastReportBefore(release.id, now.addDays(-1))->verdict, QStringLiteral("go"));
        QVERIFY(!signal.lastReportBefore(release.id, now.addDays(-7)).has_value());
        // A report of the same time replaces the one recorded (the same command run again).
        yesterday.verdict = QStringLiteral("no-go");
        QVERIFY(signal.recordReport(release.id, yesterday));
        QCOMPARE(signal.lastReportBefore(release.id, now)->verdict, QStringLiteral("no-go"));
        QCOMPARE(signal.lastReportBefore(release.id, now)->at, now.addDays(-1));
        // reportInputs brings it along, and the report says what changed.
        const auto inputs = signal.reportInputs(release, {}, {}, now);
        QVERIFY(inputs.previous.has_value());
        const auto report = Models::SignalReport::build(inputs);
        QVERIFY(report.changes.has_value());
        QCOMPARE(report.changes->verdictBefore, QStringLiteral("no-go"));
        QCOMPARE(report.changes->verdictAfter, QStringLiteral("unknown")); // nothing was ever read
    }

    void eachBranchHasItsOwnLight()
    {
        // Four branches, four lights, each decided by its own evidence (hand-counted):
        // kubesphere release-4.1: unit tests failed 2 commits back, passed twice: recovering -> Caution;
        // console release-4.1: e2e failing at the head -> No-go; kubesphere master: all healthy -> Go;
        // ks-installer release-4.1: not cut -> Unknown.
        const RepositoryRef installer {
            QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("ks-installer")};
        Models::SignalInputs inputs;
        inputs.release.name = QStringLiteral("v4.1.3");
        inputs.release.releaseBranch = QStringLiteral("release-4.1");
        inputs.release.mainBranch = QStringLiteral("master");
        inputs.release.repositories = {{kubesphere, {}}, {console, {}}, {installer, {}}};
        inputs.evidence.now = now;
        for (const auto &repository : {kubesphere, console, installer})
            inputs.evidence.syncs.append({repository, now.addSecs(-600), {}, {}});
        auto recovering
            = history({{QStringLiteral("pull-unit-test:SUCCESS")}, {QStringLiteral("pull-unit-test:SUCCESS")},
                {QStringLiteral("pull-unit-test:FAILURE")}, {QStringLiteral("pull-unit-test:SUCCESS")}});
        auto failing
            = history({{QStringLiteral("pull-unit-test:SUCCESS"), QStringLiteral("pull-e2e:FAILURE")},
                {QStringLiteral("pull-unit-test:SUCCESS"), QStringLiteral("pull-e2e:SUCCESS")},
                {QStringLiteral("pull-unit-test:SUCCESS"), QStringLiteral("pull-e2e:SUCCESS")}});
        failing.repository = console;
        auto master = greenHistory(kubesphere);
        master.branch = QStringLiteral("master");
        inputs.histories = {recovering, failing, master};
        inputs.heads
            = {head(kubesphere, {context(QStringLiteral("pull-unit-test"), QStringLiteral("SUCCESS"))}),
                head(console,
                    {context(QStringLiteral("pull-unit-test"), QStringLiteral("SUCCESS")),
                        context(QStringLiteral("pull-e2e"), QStringLiteral("FAILURE"))})};
        auto masterHead = head(kubesphere,
            {context(QStringLiteral("pull-unit-test"), QStringLiteral("SUCCESS")),
                context(QStringLiteral("pull-e2e"), QStringLiteral("SUCCESS"))});
        masterHead.branch = QStringLiteral("master");
        auto uncut = head(installer, {}, std::nullopt);
        uncut.found = false;
        inputs.heads += {masterHead, uncut};
        inputs.evidence.releaseBranch = inputs.release.releaseBranch;
        const auto report = Models::SignalReport::build(inputs);
        QStringList lights;
        for (const auto &branch : report.branches)
            lights.append(QStringLiteral("%1 %2 %3")
                              .arg(branch.repository.name, branch.branch,
                                  ReleaseReadiness::verdictCode(branch.readiness.verdict)));
        QCOMPARE(lights,
            (QStringList {QStringLiteral("kubesphere release-4.1 caution"),
                QStringLiteral("kubesphere master go"), QStringLiteral("console release-4.1 no-go"),
                QStringLiteral("ks-installer release-4.1 unknown")}));
        const auto markdown = report.toMarkdown();
        QVERIFY(markdown.contains(
            QStringLiteral("| master | kubesphere/kubesphere | **Go** | 1 blocking context(s) healthy. |")));
        QVERIFY2(markdown.contains(QStringLiteral(
                     "| release-4.1 | kubesphere/ks-installer | **Unknown** | kubesphere/ks-installer has no "
                     "branch release-4.1 on GitHub (not cut yet?). |")),
            qPrintable(markdown));
        // The release's pass rate counts the required context only: 4 runs of kubesphere (3 passed) and
        // 3 of console (all passed); master is not the release branch, pull-e2e is informing.
        int passed = 0;
        int runs = 0;
        for (const auto &day : Models::SignalReport::requiredPassRate(inputs)) {
            passed += day.passed;
            runs += day.passed + day.failed;
        }
        QCOMPARE(runs, 7);
        QCOMPARE(passed, 6);
    }

    void settingsRoundTripThroughJson()
    {
        Models::SignalSettings settings;
        settings.staleAfterMinutes = 90;
        settings.requiredContexts = {QStringLiteral("a"), QStringLiteral("b")};
        settings.informingFailure = Models::SignalSettings::Effect::Caution;
        QCOMPARE(Models::SignalSettings::fromJson(settings.toJson()), settings);
        // Nonsense keeps the defaults.
        const auto fallback = Models::SignalSettings::fromJson({{QStringLiteral("staleAfterMinutes"), -5},
            {QStringLiteral("informingFailure"), QStringLiteral("maybe")}});
        QCOMPARE(fallback, Models::SignalSettings());
    }

    void theStoreKeepsTheEvidence()
    {
        QTemporaryDir dir;
        Models::Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("signal.sqlite"))));
        Release release;
        release.name = QStringLiteral("v4.1.3");
        release.releaseBranch = QStringLiteral("release-4.1");
        release.repositories
            = {{kubesphere, {QStringLiteral("v4.1.3")}}, {console, {QStringLiteral("v4.1.3")}}};
        QVERIFY(Models::ReleaseRepository(store).saveRelease(release));
        Models::SignalStore signal(store);

        // Nothing read yet: every piece of evidence is missing, and says so.
        auto evidence = signal.evidence(release, now);
        QCOMPARE(evidence.heads.size(), 2);
        QVERIFY(!evidence.heads[0].readAt.isValid());
        QVERIFY(!evidence.syncs[0].lastSuccessAt.isValid());
        QCOMPARE(judge(evidence).verdict, Verdict::Unknown);

        const auto green
            = head(kubesphere, {context(QStringLiteral("pull-unit-test"), QStringLiteral("SUCCESS"))});
        QVERIFY(signal.setBranchHead(green));
        BranchCi missing;
        missing.repository = console;
        missing.branch = QStringLiteral("release-4.1");
        missing.found = false;
        missing.readAt = now.addSecs(-600);
        QVERIFY(signal.setBranchHead(missing));
        QVERIFY(signal.recordSyncSuccess(kubesphere, now.addSecs(-600)));
        QVERIFY(signal.recordSyncSuccess(console, now.addSecs(-700)));
        QVERIFY(signal.recordSyncFailure(console, now.addSecs(-60), QStringLiteral("502")));
        Models::SignalSettings settings;
        settings.staleAfterMinutes = 30;
        QVERIFY(signal.setSettings(release.id, settings));

        evidence = signal.evidence(release, now);
        QCOMPARE(evidence.heads[0], green);
        QVERIFY(!evidence.heads[1].found);
        QVERIFY(!evidence.heads[1].protectedContexts.has_value());
        QCOMPARE(evidence.syncs[0].lastSuccessAt, now.addSecs(-600));
        QVERIFY(evidence.syncs[1].lastAttemptFailed());
        QCOMPARE(evidence.syncs[1].lastFailure, QStringLiteral("502"));
        QCOMPARE(evidence.settings, settings);
        const auto readiness = judge(evidence);
        QCOMPARE(readiness.verdict, Verdict::Unknown);
        QVERIFY(has(readiness, Code::BranchMissing, console.fullName()));
        QVERIFY(has(readiness, Code::SyncFailed, console.fullName()));

        // A protection rule without required contexts is kept as known and empty.
        auto bare = green;
        bare.protectedContexts = QStringList();
        QVERIFY(signal.setBranchHead(bare));
        QCOMPARE(
            signal.branchHead(kubesphere, QStringLiteral("release-4.1"))->protectedContexts, QStringList());
    }

    void anOlderWorkspaceKeepsItsLastSyncTimes()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Models::Store store;
            QVERIFY(store.open(path, 4));
            QVERIFY(
                Models::SyncStateRepository(store).setSyncState(kubesphere, {{}, {}, now.addSecs(-3600)}));
        }
        Models::Store store;
        QVERIFY(store.open(path));
        QCOMPARE(store.schemaVersion(), Models::Store::latestSchemaVersion());
        QCOMPARE(Models::SignalStore(store).syncResult(kubesphere).lastSuccessAt, now.addSecs(-3600));
    }
};

QTEST_GUILESS_MAIN(ReleaseSignalTest)
#include "tst_releasesignal.moc"
