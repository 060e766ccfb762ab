// Sync benchmark: 20,000 items across 5 repositories on the fake GitHub (loopback). Prints requests,
// GraphQL points, items/s and wall time for a full sync and a no-change re-sync, against the targets
// of the sync issue. Run through bench/run.

#include "fakegithub.h"
#include "scaledata.h"

#include "store.h"
#include "syncengine.h"

#include "api/githubclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cmath>
#include <cstdio>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Api;

namespace {
const QString token = QStringLiteral("ghp_benchmark");

struct Run
{
    double seconds = 0;
    double clientSeconds = 0; ///< parse + store + engine work, without waiting for the server
    int requests = 0;
    int points = 0;
    int items = 0;
    bool completed = false;
};

Run sync(Models::SyncEngine &engine, GitHubClient &client, const Release &release, Models::SyncMode mode,
    Testing::FakeGitHub &fake)
{
    fake.resetStats();
    const auto processingBefore = client.statistics().processingNs;
    QSignalSpy finished(&engine, &Models::SyncEngine::finished);
    QElapsedTimer timer;
    timer.start();
    engine.start(release, mode);
    finished.wait(30 * 60 * 1000);
    Run run;
    run.seconds = timer.elapsed() / 1000.0;
    const auto outcome = finished.first().first().value<Models::SyncOutcome>();
    run.items = outcome.items;
    run.points = outcome.points;
    run.completed = outcome.completed;
    run.requests = fake.stats().value(QStringLiteral("graphql")).toInt();
    // The client parses and stores each page inside its result callback, so this is the client's
    // own work, apart from the fake server's (which shares the two cores).
    run.clientSeconds = (client.statistics().processingNs - processingBefore) / 1e9;
    return run;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<Models::SyncOutcome>();
    const int repositories = 5;
    const int total = qEnvironmentVariableIntValue("RELEASEDESK_BENCH_ITEMS") > 0
        ? qEnvironmentVariableIntValue("RELEASEDESK_BENCH_ITEMS")
        : 20000;
    QRandomGenerator random(42);
    Testing::FakeGitHubData data;
    Release release;
    release.name = QStringLiteral("v1.35");
    QList<RepositoryRef> repos;
    for (int r = 0; r < repositories; ++r) {
        const RepositoryRef repository {
            QStringLiteral("github.com"), QStringLiteral("kubernetes"), QStringLiteral("repo%1").arg(r)};
        data.addRepository(repository, {}, {{1, QStringLiteral("v1.35"), true, {}}});
        data.addItems(
            Bench::generateScaleItems(repository, total / repositories, QStringLiteral("v1.35"), random), {});
        repos.append(repository);
    }
    data.addToken(token, QStringLiteral("bench"), QStringLiteral("repo"));
    Testing::FakeGitHub fake;
    std::fprintf(stderr, "starting the fake GitHub with %d items...\n", total);
    if (!fake.start(data.toJson())) {
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
    if (!store.open(dir.filePath(QStringLiteral("bench.sqlite"))) || !store.saveRelease(release))
        return 1;
    QNetworkAccessManager network;
    GitHubClient client(&network, host, token);
    Models::SyncEngine engine(&client, &store);

    const auto full = sync(engine, client, release, Models::SyncMode::Full, fake);
    const auto again = sync(engine, client, release, Models::SyncMode::Incremental, fake);

    const int minimumPages = int(std::ceil(total / 100.0));
    const double fullTarget = 1.1 * minimumPages + repositories;
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
    std::printf("%-34s %12d %12d %8s\n", "no-change re-sync: requests", again.requests, repositories,
        again.requests <= repositories ? "pass" : "FAIL");
    std::printf("%-34s %12d %12s %8s\n", "no-change re-sync: points", again.points, "-", "");
    std::printf("%-34s %12.2f %12s %8s\n", "no-change re-sync: wall time (s)", again.seconds, "-", "");
    std::printf(
        "%-34s %12d %12d %8s\n", "items stored", full.items, total, full.items == total ? "pass" : "FAIL");
    return full.completed && again.completed ? 0 : 1;
}
