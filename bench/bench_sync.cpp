// Sync benchmark: 20,000 items across 5 repositories on the fake GitHub (loopback). Prints requests,
// GraphQL points, items/s and wall time for a full sync and a no-change re-sync, against the targets
// of the sync issue. Run through bench/run.

#include "barreport.h"
#include "fakegithub.h"
#include "floors.h"
#include "frameprobe.h"
#include "scaledata.h"

#include "backgroundsync.h"
#include "signal/demohistory.h"
#include "store.h"
#include "store/itemrepository.h"
#include "store/releaserepository.h"
#include "syncengine.h"

#include "api/githubclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cmath>
#include <cstdio>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Api;

namespace {
const QString token = QStringLiteral("ghp_benchmark");
/// The client's parse and store may cost this many bare parses of the same JSON (12.0 measured on
/// 2026-12-01 under load: parsing is the small part; storing with its indexes the large one).
constexpr double parseStoreRatioTarget = 15;

struct Run
{
    double seconds = 0;
    double clientSeconds = 0; ///< parse + store + engine work, without waiting for the server
    int requests = 0;
    int points = 0;
    int items = 0;
    int historyRequests = 0; ///< the release branches' CI history (operation BranchHistory)
    bool completed = false;
};

Run sync(Models::SyncEngine &engine, GitHubClient &client, const Release &release, Models::SyncMode mode,
    Testing::FakeGitHub &fake)
{
    fake.resetStats();
    const auto processingBefore = client.statistics().processingNs;
    QSignalSpy finished(&engine, &Models::SyncEngine::finished);
    Run run;
    QElapsedTimer timer;
    timer.start();
    engine.start(release, mode);
    finished.wait(30 * 60 * 1000);
    run.seconds = timer.elapsed() / 1000.0;
    const auto outcome = finished.first().first().value<Models::SyncOutcome>();
    run.items = outcome.items;
    run.points = outcome.points;
    run.completed = outcome.completed;
    run.requests = fake.stats().value(QStringLiteral("graphql")).toInt();
    run.historyRequests = fake.stats()
                              .value(QStringLiteral("byOperation"))
                              .toObject()
                              .value(QStringLiteral("BranchHistory"))
                              .toInt();
    // The client parses and stores each page inside its result callback, so this is the client's
    // own work, apart from the fake server's (which shares the two cores).
    run.clientSeconds = (client.statistics().processingNs - processingBefore) / 1e9;
    return run;
}

/// A full sync as the window runs it (Models::BackgroundSync, on its own thread) while a 60 Hz frame
/// timer ticks on this thread: how late the frames come is how much the sync holds the UI.
QList<double> frameLatenessDuringBackgroundSync(
    const QString &workspace, const GitHubHost &host, const Release &release)
{
    Models::BackgroundSync background(workspace, gitHubClientFactory(), host, token);
    Bench::FrameProbe frames;
    QSignalSpy finished(&background, &Models::BackgroundSync::finished);
    frames.start();
    background.start(release, Models::SyncMode::Full);
    finished.wait(30 * 60 * 1000);
    frames.stop();
    return frames.lateness();
}

/// The GitHub CLI listing every issue and pull request of the repositories with the fields the board
/// shows, over TLS to the same fake (gh speaks only https to an Enterprise host).
struct GhRun
{
    double seconds = 0;
    int requests = 0;
    int items = 0;
    QString error;
};

GhRun listWithGh(const QString &gh, const QUrl &tlsUrl, const QString &certificate, const QString &configDir,
    const QList<RepositoryRef> &repositories, int limit, Testing::FakeGitHub &fake)
{
    fake.resetStats();
    GhRun run;
    const auto host = QStringLiteral("127.0.0.1:%1").arg(tlsUrl.port());
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GH_HOST"), host);
    environment.insert(QStringLiteral("GH_ENTERPRISE_TOKEN"), token);
    environment.insert(QStringLiteral("SSL_CERT_FILE"), certificate);
    environment.insert(QStringLiteral("GH_CONFIG_DIR"), configDir);
    environment.insert(QStringLiteral("GH_NO_UPDATE_NOTIFIER"), QStringLiteral("1"));
    environment.insert(QStringLiteral("GH_PROMPT_DISABLED"), QStringLiteral("1"));
    const QString common
        = QStringLiteral("number,title,body,state,labels,assignees,milestone,author,url,createdAt,"
                         "updatedAt,closedAt");
    QElapsedTimer timer;
    timer.start();
    for (const auto &repository : repositories) {
        for (const bool pullRequests : {false, true}) {
            QProcess process;
            process.setProcessEnvironment(environment);
            QStringList arguments {pullRequests ? QStringLiteral("pr") : QStringLiteral("issue"),
                QStringLiteral("list"), QStringLiteral("-R"), host + QLatin1Char('/') + repository.fullName(),
                QStringLiteral("--state"), QStringLiteral("all"), QStringLiteral("--limit"),
                QString::number(limit), QStringLiteral("--json"),
                pullRequests ? common
                        + QStringLiteral(",mergedAt,isDraft,baseRefName,headRefName,reviewDecision,"
                                         "statusCheckRollup")
                             : common};
            // Every item of these repositories is in the release's milestone, so listing them all is
            // listing the release. (gh's --milestone and --search go through GitHub's search API, which
            // stops at 1,000 results: a 4,000-item milestone cannot be listed that way.)
            process.start(gh, arguments);
            if (!process.waitForFinished(30 * 60 * 1000) || process.exitCode() != 0) {
                run.error = QString::fromUtf8(process.readAllStandardError()).trimmed();
                return run;
            }
            run.items += int(QJsonDocument::fromJson(process.readAllStandardOutput()).array().size());
        }
    }
    run.seconds = timer.elapsed() / 1000.0;
    run.requests = fake.stats().value(QStringLiteral("requests")).toInt();
    return run;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<Models::SyncOutcome>();
    // 20,000 items over 5 repositories by default (the sync bars); RELEASEDESK_BENCH_SCALE=kubernetes
    // syncs the product's scale: 150,000 items over 10 repositories with 1,000,000 timeline events.
    const auto scale = Bench::scaleFromEnvironment({20000, 5, 133000});
    const int repositories = scale.repositories;
    const int total = scale.items;
    QRandomGenerator random(42);
    Testing::FakeGitHubData data;
    Release release;
    release.name = QStringLiteral("v1.35");
    QList<RepositoryRef> repos;
    QList<Item> allItems;
    for (int r = 0; r < repositories; ++r) {
        const RepositoryRef repository {
            QStringLiteral("github.com"), QStringLiteral("kubernetes"), QStringLiteral("repo%1").arg(r)};
        data.addRepository(repository, {}, {{1, QStringLiteral("v1.35"), true, {}}});
        allItems
            += Bench::generateScaleItems(repository, total / repositories, QStringLiteral("v1.35"), random);
        repos.append(repository);
        // A release branch with 20 commits of CI history (3 contexts, one re-run): what the release
        // signal reads at each sync.
        BranchCi head;
        head.repository = repository;
        head.branch = QStringLiteral("release-1.35");
        head.headSha = QStringLiteral("%1").arg(r + 1, 40, 10, QLatin1Char('0'));
        head.protectedContexts = QStringList {QStringLiteral("pull-unit"), QStringLiteral("pull-verify")};
        head.readAt = QDateTime(QDate(2026, 11, 25), QTime(6, 0), QTimeZone::UTC);
        for (const auto *name : {"pull-unit", "pull-verify", "pull-e2e"})
            head.contexts.append({CiContext::Source::StatusContext, QString::fromLatin1(name),
                QStringLiteral("SUCCESS"), qstrcmp(name, "pull-e2e") != 0,
                QUrl(QStringLiteral("https://prow.example/%1").arg(QLatin1StringView(name))), head.readAt});
        data.addBranch(head);
        data.addBranchHistory(Models::demoBranchHistories({head}).constFirst());
    }
    release.releaseBranch = QStringLiteral("release-1.35");
    data.addItems(allItems, Bench::generateScaleEvents(allItems, scale.events, QDate(2026, 11, 25), random));
    allItems.clear();
    data.addToken(token, QStringLiteral("bench"), QStringLiteral("repo"));
    Testing::FakeGitHub fake;
    // gh talks only https to an Enterprise host: a certificate for 127.0.0.1, made here, that gh trusts
    // through SSL_CERT_FILE. Without gh or openssl the comparison is skipped, and says so.
    QTemporaryDir tlsDir;
    const auto gh = QStandardPaths::findExecutable(QStringLiteral("gh"));
    const auto openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    const auto certificate = tlsDir.filePath(QStringLiteral("cert.pem"));
    bool compareWithGh = !gh.isEmpty() && !openssl.isEmpty();
    if (compareWithGh) {
        QProcess make;
        make.start(openssl,
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                tlsDir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"), certificate,
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=IP:127.0.0.1")});
        compareWithGh = make.waitForFinished(60000) && make.exitCode() == 0;
        if (compareWithGh)
            fake.setTls(certificate, tlsDir.filePath(QStringLiteral("key.pem")));
    }
    std::fprintf(stderr, "starting the fake GitHub with %d items...\n", total);
    auto dataSet = data.toJson();
    // GitHub's budget is 5,000 points an hour; a Kubernetes-sized full sync spends more (see the
    // points it reports), and the client would rightly wait for the reset. The bench measures the
    // work, so its fake grants a larger budget; the points printed say what the real one allows.
    dataSet.insert(QStringLiteral("rateLimit"), QJsonObject {{QStringLiteral("limit"), 10000000}});
    if (!fake.start(dataSet)) {
        std::fprintf(stderr, "%s\n", qPrintable(fake.error()));
        return 1;
    }
    const auto host = *GitHubHost::fromUserInput(fake.url().toString());
    for (auto repository : repos) {
        repository.host = host.name;
        release.repositories.append({repository, {QStringLiteral("v1.35")}});
    }
    QTemporaryDir dir;
    Models::Store store;
    if (!store.open(dir.filePath(QStringLiteral("bench.sqlite")))
        || !Models::ReleaseRepository(store).saveRelease(release))
        return 1;
    QNetworkAccessManager network;
    GitHubClient client(&network, host, token);
    Models::SyncEngine engine(&client, &store);

    const auto full = sync(engine, client, release, Models::SyncMode::Full, fake);
    const auto again = sync(engine, client, release, Models::SyncMode::Incremental, fake);
    std::fprintf(stderr, "syncing again on a background thread, as the window does...\n");
    {
        Models::Store second;
        if (!second.open(dir.filePath(QStringLiteral("background.sqlite")))
            || !Models::ReleaseRepository(second).saveRelease(release))
            return 1;
    }
    const auto lateness
        = frameLatenessDuringBackgroundSync(dir.filePath(QStringLiteral("background.sqlite")), host, release);
    int backgroundItems = 0;
    {
        Models::Store second;
        backgroundItems = second.open(dir.filePath(QStringLiteral("background.sqlite")))
            ? Models::ItemRepository(second).itemCount()
            : 0;
    }

    const int minimumPages = int(std::ceil(total / 100.0));
    // Per repository besides the item pages: its labels and milestones, and its branches' CI history.
    const double fullTarget = 1.1 * minimumPages + 2 * repositories;
    // Nothing changed: one item page per repository and, at most, one CI-history request more.
    const int noChangeTarget = 2 * repositories;
    const double endToEnd = full.items / full.seconds;
    const double rate = full.items / full.clientSeconds;
    std::printf(
        "\nSync benchmark: %d items, %d repositories, fake GitHub on loopback (2 cores shared with it)\n\n",
        total, repositories);
    std::printf("%-34s %12s %12s %8s\n", "measure", "value", "target", "result");
    std::printf("%-34s %12d %12.0f %8s\n", "full sync: requests", full.requests, fullTarget,
        full.requests <= fullTarget ? "pass" : "FAIL");
    std::printf("%-34s %12d %12s %8s\n", "full sync: GraphQL points", full.points, "-", "");
    std::printf("%-34s %12.1f %12s %8s\n", "full sync: wall time (s)", full.seconds, "-", "");
    std::printf("%-34s %12.0f %12s %8s\n", "full sync: items/s end to end", endToEnd, "-", "");
    std::printf("%-34s %12.1f %12s %8s\n", "full sync: client parse+store (s)", full.clientSeconds, "-", "");
    std::printf(
        "%-34s %12.0f %12d %8s\n", "full sync: client items/s", rate, 2000, rate >= 2000 ? "pass" : "FAIL");
    std::printf("%-34s %12d %12d %8s\n", "no-change re-sync: requests", again.requests, noChangeTarget,
        again.requests <= noChangeTarget ? "pass" : "FAIL");
    // The CI history of an unchanged branch costs one request per repository, not a page per commit.
    std::printf("%-34s %12d %12d %8s\n", "no-change re-sync: CI-history req.", again.historyRequests,
        repositories, again.historyRequests <= repositories ? "pass" : "FAIL");
    std::printf("%-34s %12d %12s %8s\n", "no-change re-sync: points", again.points, "-", "");
    std::printf("%-34s %12.2f %12s %8s\n", "no-change re-sync: wall time (s)", again.seconds, "-", "");
    std::printf(
        "%-34s %12d %12d %8s\n", "items stored", full.items, total, full.items == total ? "pass" : "FAIL");

    // The floor: the same items' JSON parsed by QJsonDocument alone, every value touched.
    const double floorMs = Bench::bareJsonParseMs(QJsonDocument(dataSet).toJson(QJsonDocument::Compact));

    using Bench::Goal;
    Bench::reportBar(
        "sync: full sync requests (20,000 items)", full.requests, "requests", Goal::AtMost, fullTarget);
    Bench::reportBar("sync: floor, bare JSON parse of the same items", floorMs, "ms");
    Bench::reportRatio("sync: client parse+store / floor", full.clientSeconds * 1000, floorMs, Goal::Below,
        parseStoreRatioTarget);
    Bench::reportBar("sync: full sync GraphQL points", full.points, "points");
    Bench::reportBar("sync: client parse+store rate", rate, "items/s", Goal::AtLeast, 2000);
    Bench::reportBar("sync: end-to-end rate (bounded by the fake)", endToEnd, "items/s");
    Bench::reportBar(
        "sync: no-change re-sync requests", again.requests, "requests", Goal::AtMost, noChangeTarget);
    Bench::reportBar("sync: no-change re-sync time", again.seconds * 1000, "ms");
    Bench::reportBar("sync: items stored", full.items, "items", Goal::Equal, total);
    Bench::reportBar("sync: UI frame lateness during a full sync, p95", Bench::percentile(lateness, 0.95),
        "ms", Goal::Below, 16);
    Bench::reportBar(
        "sync: UI frame lateness during a full sync, worst", Bench::percentile(lateness, 1.0), "ms");
    Bench::reportBar(
        "sync: items stored by the background sync", backgroundItems, "items", Goal::Equal, total);
    if (!compareWithGh) {
        std::printf("\n(no comparison with gh: install the GitHub CLI and openssl)\n");
        return full.completed && again.completed ? 0 : 1;
    }
    std::fprintf(stderr, "listing the same items with gh...\n");
    const auto ghFirst = listWithGh(
        gh, fake.tlsUrl(), certificate, tlsDir.filePath(QStringLiteral("gh")), repos, total, fake);
    const auto ghSecond = ghFirst.error.isEmpty() ? listWithGh(gh, fake.tlsUrl(), certificate,
                              tlsDir.filePath(QStringLiteral("gh")), repos, total, fake)
                                                  : ghFirst;
    if (!ghFirst.error.isEmpty()) {
        std::printf("\ngh failed: %s\n", qPrintable(ghFirst.error));
        return 1;
    }
    std::printf(
        "\nSide by side with the GitHub CLI (gh %s) on the same fake data, the fields the board shows\n\n",
        qPrintable(QString::fromUtf8([&] {
            QProcess version;
            version.start(gh, {QStringLiteral("--version")});
            version.waitForFinished();
            return version.readAllStandardOutput().split(' ').value(2);
        }())));
    std::printf("%-28s %14s %14s %10s\n", "", "Release Desk", "gh", "gh / RD");
    std::printf("%-28s %14d %14d %10.1f\n", "first run: requests", full.requests, ghFirst.requests,
        double(ghFirst.requests) / full.requests);
    std::printf("%-28s %14.1f %14.1f %10.1f\n", "first run: seconds", full.seconds, ghFirst.seconds,
        ghFirst.seconds / full.seconds);
    std::printf("%-28s %14d %14d %10s\n", "first run: items", full.items, ghFirst.items, "");
    std::printf("%-28s %14d %14d %10.0f\n", "nothing changed: requests", again.requests, ghSecond.requests,
        double(ghSecond.requests) / std::max(1, again.requests));
    std::printf("%-28s %14.2f %14.1f %10.0f\n", "nothing changed: seconds", again.seconds, ghSecond.seconds,
        ghSecond.seconds / again.seconds);
    Bench::reportBar("gh: first run requests (same items)", ghFirst.requests, "requests");
    Bench::reportBar("gh: first run time", ghFirst.seconds * 1000, "ms");
    Bench::reportBar("gh: no-change run requests", ghSecond.requests, "requests");
    Bench::reportBar("gh: no-change run time", ghSecond.seconds * 1000, "ms");
    Bench::reportBar("gh / Release Desk: first run time ratio", ghFirst.seconds / full.seconds, "x");
    Bench::reportBar("gh / Release Desk: no-change requests ratio",
        double(ghSecond.requests) / std::max(1, again.requests), "x");
    std::printf(
        "\n(gh keeps no cache, so its second run reads everything again; Release Desk asks only for what "
        "changed. gh over TLS, Release Desk over plain HTTP on loopback; both served by the same fake.)\n");
    return full.completed && again.completed && ghFirst.items == total ? 0 : 1;
}
