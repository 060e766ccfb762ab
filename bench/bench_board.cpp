// Board benchmark: a 100,000-item cache. Prints the time from opening the workspace to the board
// shown, re-filter latency per keystroke (median, p95) and resident memory, against the targets of
// the board issue (1.5 s, 50 ms median, 400 MB). Run through bench/run.

#include "barreport.h"
#include "floors.h"
#include "scaledata.h"

#include "boardmodel.h"
#include "boardpanel.h"
#include "desktopapp.h"
#include "itemtablemodel.h"
#include "mainwindow.h"
#include "querybar.h"
#include "store.h"
#include "store/itemrepository.h"
#include "store/releaserepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

using namespace ReleaseDesk;

namespace {
/// Cold start may cost this many bare reads of the same rows (2.05 measured on 2026-12-01, 2 cores
/// shared with three builds): a slower machine slows both, a slower board only one.
constexpr double coldStartRatioTarget = 2.5;
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int total = qEnvironmentVariableIntValue("RELEASEDESK_BENCH_ITEMS") > 0
        ? qEnvironmentVariableIntValue("RELEASEDESK_BENCH_ITEMS")
        : 100000;
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("board.sqlite"));
    Api::Release release;
    release.name = QStringLiteral("v1.35");
    release.releaseBranch = QStringLiteral("release-1.35");
    release.blockerRule = QStringLiteral("is:open (label:priority/critical-urgent OR label:release-blocker)");
    {
        std::fprintf(stderr, "writing %d items...\n", total);
        QRandomGenerator random(7);
        Models::Store store;
        if (!store.open(path))
            return 1;
        for (int r = 0; r < 10; ++r) {
            const Api::RepositoryRef repository {
                QStringLiteral("github.com"), QStringLiteral("kubernetes"), QStringLiteral("repo%1").arg(r)};
            release.repositories.append({repository, {QStringLiteral("v1.35")}});
            if (!Models::ItemRepository(store).upsertItems(
                    Bench::generateScaleItems(repository, total / 10, QStringLiteral("v1.35"), random)))
                return 1;
        }
        Models::ReleaseRepository(store).saveRelease(release);
    }
    const double memoryBefore = Bench::residentMiB();

    // The application as a user starts it: the desktop composition root opens the workspace (store,
    // models, notes, watcher baseline) and shows its window.
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QElapsedTimer timer;
    timer.start();
    auto desktop = std::make_unique<App::DesktopApp>(&settings);
    QString error;
    if (!desktop->open(path, false, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    auto *window = desktop->window();
    window->show();
    QApplication::processEvents();
    window->grab(); // painted once: the board is on screen
    const double shownMs = timer.nsecsElapsed() / 1e6;
    // What follows on the event loop (the integrity verdict, the notes composed in the background
    // and applied): the longest pass a user could feel in the next two seconds.
    double longestPass = 0;
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 2000) {
        QElapsedTimer pass;
        pass.start();
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        longestPass = std::max(longestPass, pass.nsecsElapsed() / 1e6);
    }
    const double memory = Bench::residentMiB();

    auto *bar = window->boardPanel()->queryBar();
    const QString typed = QStringLiteral("label:kind/bug ci:failing assignee:user12");
    QList<double> keystrokes;
    for (int round = 0; round < 3; ++round) {
        for (int length = 1; length <= typed.size(); ++length) {
            QElapsedTimer key;
            key.start();
            bar->setQuery(typed.left(length));
            QApplication::processEvents();
            keystrokes.append(key.nsecsElapsed() / 1e6);
        }
        bar->setQuery(QString());
        QApplication::processEvents();
    }
    const double median = Bench::percentile(keystrokes, 0.5);
    const double p95 = Bench::percentile(keystrokes, 0.95);
    desktop.reset();

    // Where the start-up time goes, the same steps one by one.
    timer.restart();
    Models::Store store;
    store.setIntegrityCheck(Models::Store::IntegrityCheck::Alongside);
    store.open(path);
    const auto loaded = *Models::ReleaseRepository(store).release(QStringLiteral("v1.35"));
    const double openMs = timer.nsecsElapsed() / 1e6;
    auto items
        = Models::ItemRepository(store).itemsOfRelease(loaded, Models::ItemRepository::Bodies::NoteExcerpt);
    const double loadMs = timer.nsecsElapsed() / 1e6;
    Models::ItemTableModel model;
    Models::BoardModel board(&model);
    board.setRelease(loaded);
    model.setItems(std::move(items));
    const double modelMs = timer.nsecsElapsed() / 1e6;
    Views::MainWindow bare({loaded.name, path, false}, &model, &board);
    const double windowMs = timer.nsecsElapsed() / 1e6;
    bare.show();
    QApplication::processEvents();
    bare.grab();
    const double bareShownMs = timer.nsecsElapsed() / 1e6;
    QElapsedTimer verdict;
    verdict.start();
    const bool healthy = !store.integrityVerdict();
    const double verdictWaitMs = verdict.nsecsElapsed() / 1e6;

    // The floor: the same rows read by one bare SQLite query, in the same run on the same machine.
    const double floorMs = Bench::bareSqliteItemsReadMs(path);

    using Bench::Goal;
    Bench::reportBar("board: cold start to board shown (100,000 items)", shownMs, "ms", Goal::Below, 1500);
    Bench::reportBar("board: floor, bare SQLite read of the same rows", floorMs, "ms");
    Bench::reportRatio("board: cold start / floor", shownMs, floorMs, Goal::Below, coldStartRatioTarget);
    Bench::reportBar("board: longest UI pass in the 2 s after", longestPass, "ms");
    Bench::reportBar("board: re-filter per keystroke, median", median, "ms", Goal::Below, 50);
    Bench::reportBar("board: re-filter per keystroke, p95", p95, "ms");
    Bench::reportBar("board: resident memory", memory, "MiB", Goal::Below, 400);
    Bench::reportBar("board: bytes per cached item", (memory - memoryBefore) * 1024 * 1024 / total, "bytes");
    std::printf("\nBoard benchmark: %d items in 10 repositories (offscreen)\n\n", total);
    std::printf("%-44s %12s %12s %8s\n", "measure", "value", "target", "result");
    std::printf("%-44s %12.0f %12d %8s\n", "cold start to board shown, application (ms)", shownMs, 1500,
        shownMs < 1500 ? "pass" : "FAIL");
    std::printf("%-44s %12.1f %12s %8s\n", "longest UI pass in the 2 s after (ms)", longestPass, "-", "");
    std::printf("%-44s %12.1f %12d %8s\n", "re-filter per keystroke, median (ms)", median, 50,
        median < 50 ? "pass" : "FAIL");
    std::printf("%-44s %12.1f %12s %8s\n", "re-filter per keystroke, p95 (ms)", p95, "-", "");
    std::printf(
        "%-44s %12.0f %12d %8s\n", "resident memory (MiB)", memory, 400, memory < 400 ? "pass" : "FAIL");
    std::printf("%-44s %12.0f %12s %8s\n", "bytes per cached item",
        (memory - memoryBefore) * 1024 * 1024 / total, "-", "");
    std::printf(
        "\nwhere the time goes (store, models and window alone, cumulative ms): open %.0f, load items "
        "%.0f, models and columns %.0f, window built %.0f, shown %.0f; integrity verdict waited %.1f "
        "ms (%s)\n",
        openMs, loadMs, modelMs, windowMs, bareShownMs, verdictWaitMs, healthy ? "healthy" : "DAMAGED");
    return 0;
}
