// Metrics benchmark: 150,000 items over 10 repositories and 1,000,000 timeline events. Prints the
// computation time (median of 5, min, max) against the 1 s bar, and the event-loop latency of a 60 Hz
// timer on the GUI thread while the computation runs on a worker thread. Run through bench/run.

#include "barreport.h"
#include "floors.h"
#include "frameprobe.h"
#include "scaledata.h"

#include "metrics/metricstable.h"
#include "metrics/releasemetrics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimeZone>
#include <QtConcurrentRun>

#include <cstdio>

using namespace ReleaseDesk;

namespace {
/// The metrics may cost this many bare walks over the same data (34 measured on 2026-12-01 under
/// load).
constexpr double computationRatioTarget = 45;
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int itemCount = 150000;
    const int eventCount = 1000000;
    std::fprintf(stderr, "generating %d items and %d events...\n", itemCount, eventCount);
    Models::MetricsInput input;
    input.today = QDate(2026, 11, 25);
    input.release.name = QStringLiteral("v1.35");
    input.release.codeFreeze = QDate(2026, 11, 1);
    input.release.releaseDate = QDate(2026, 12, 10);
    input.release.blockerRule = QStringLiteral("label:priority/critical-urgent");
    QRandomGenerator random(7);
    for (int r = 0; r < 10; ++r) {
        const Api::RepositoryRef repository {
            QStringLiteral("github.com"), QStringLiteral("kubernetes"), QStringLiteral("repo%1").arg(r)};
        input.release.repositories.append({repository, {QStringLiteral("v1.35")}});
        input.items += Bench::generateScaleItems(repository, itemCount / 10, QStringLiteral("v1.35"), random);
    }
    input.events = Bench::generateScaleEvents(input.items, eventCount, input.today, random);
    for (int day = 60; day >= 0; --day)
        input.snapshots.append(
            {input.today.addDays(-day), QStringLiteral("blockers.open"), double(10 + day % 7)});

    QList<double> times;
    Models::ReleaseMetrics metrics;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        metrics = Models::computeReleaseMetrics(input);
        const auto tables = Models::metricsTables(metrics);
        times.append(timer.nsecsElapsed() / 1e6);
        Q_UNUSED(tables);
    }

    // The same computation on a worker thread while a 60 Hz timer ticks on the GUI thread.
    Bench::FrameProbe frames;
    QFutureWatcher<Models::ReleaseMetrics> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Models::ReleaseMetrics>::finished, &app, [&] {
        frames.stop();
        QCoreApplication::quit();
    });
    frames.start();
    watcher.setFuture(QtConcurrent::run(&Models::computeReleaseMetrics, input));
    QCoreApplication::exec();
    const auto &lateness = frames.lateness();

    const auto median = Bench::percentile(times, 0.5);
    const auto worstLate = Bench::percentile(lateness, 1.0);
    // The floor: one walk over the same items and events.
    const double floorMs = Bench::bareWalkMs(input.items, input.events);
    using Bench::Goal;
    Bench::reportBar("metrics: 150,000 items + 1,000,000 events", median, "ms", Goal::Below, 1000);
    Bench::reportBar("metrics: floor, one walk over the same data", floorMs, "ms");
    Bench::reportRatio("metrics: computation / floor", median, floorMs, Goal::Below, computationRatioTarget);
    Bench::reportBar("metrics: GUI timer lateness during it, p95", Bench::percentile(lateness, 0.95), "ms",
        Goal::Below, 16);
    Bench::reportBar("metrics: GUI timer lateness during it, worst", worstLate, "ms");
    std::printf("\nMetrics benchmark: %d items, %lld timeline events, %lld days (median of 5 runs)\n\n",
        itemCount, qlonglong(input.events.size()), qlonglong(metrics.burndown.days.size()));
    std::printf("| %-48s | %-9s | %-30s | %-4s |\n", "bar", "target", "measured", "");
    std::printf("|%s|%s|%s|%s|\n", QByteArray(50, '-').constData(), QByteArray(11, '-').constData(),
        QByteArray(32, '-').constData(), QByteArray(6, '-').constData());
    std::printf("| %-48s | %-9s | %-30s | %-4s |\n", "metrics for 150,000 items + 1,000,000 events", "< 1 s",
        qPrintable(QStringLiteral("%1 ms (min %2, max %3)")
                       .arg(median, 0, 'f', 0)
                       .arg(*std::min_element(times.cbegin(), times.cend()), 0, 'f', 0)
                       .arg(*std::max_element(times.cbegin(), times.cend()), 0, 'f', 0)),
        median < 1000 ? "PASS" : "FAIL");
    const auto p95Late = Bench::percentile(lateness, 0.95);
    std::printf("| %-48s | %-9s | %-30s | %-4s |\n", "GUI-thread 60 Hz timer lateness during it, p95",
        "< 16 ms",
        qPrintable(QStringLiteral("%1 ms (median %2, worst %3; %4 ticks)")
                       .arg(p95Late, 0, 'f', 1)
                       .arg(Bench::percentile(lateness, 0.5), 0, 'f', 1)
                       .arg(worstLate, 0, 'f', 1)
                       .arg(lateness.size())),
        p95Late < 16 ? "PASS" : "FAIL");
    return 0;
}
