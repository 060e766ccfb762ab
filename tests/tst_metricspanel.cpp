// The metrics view offscreen on the demo release: computed off the GUI thread, every chart fed from the
// table the Numbers tab shows, key-date markers, legend toggles, theme, export.
#include "demoworkspace.h"
#include "metricsoverview.h"
#include "metricspanel.h"

#include "metrics/metricstable.h"
#include "metrics/releasekpis.h"
#include "signal/signalreport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Models;

class MetricsPanelTest : public QObject
{
    Q_OBJECT

    static MetricsInput demoInput()
    {
        const auto demo = DemoWorkspace::generate(QDate(2026, 11, 25));
        // The release branch's CI history as the workspace would hold it.
        SignalInputs signal;
        signal.release = demo.release;
        signal.heads = demo.branchCi;
        signal.histories = demo.branchHistories;
        return {demo.release, demo.items, demo.events, demo.snapshots, QDate(2026, 11, 25),
            SignalReport::requiredPassRate(signal)};
    }

private Q_SLOTS:
    /// The overview's numbers, computed by hand from a made-up release.
    void kpisFromHandMadeMetrics()
    {
        ReleaseMetrics metrics;
        metrics.today = QDate(2026, 11, 25);
        metrics.itemsInScope = 40;
        metrics.openInScope = 10;
        metrics.blockers.ages = {BlockerAge {}, BlockerAge {}, BlockerAge {}};
        metrics.burndown.done = {20, 22, 24, 25, 26, 28, 29, 30}; // eight days: the last seven closed 10
        metrics.ci.mergedWithRequiredChecks = 8;
        metrics.ci.greenAtMerge = 6;
        Api::Release release;
        release.featureFreeze = QDate(2026, 11, 5);
        release.codeFreeze = QDate(2026, 11, 25); // today: the next date, 0 days away
        release.releaseDate = QDate(2026, 12, 5);
        const auto kpis = computeReleaseKpis(metrics, release);
        QCOMPARE(kpis.nextDate, std::optional(ReleaseKpis::KeyDate::CodeFreeze));
        QCOMPARE(kpis.daysToNextDate, std::optional(0));
        QCOMPARE(kpis.done, 30);
        QCOMPARE(*kpis.donePercent, 75.0);
        QCOMPARE(*kpis.burnNeededPerDay, 1.0); // 10 open, 10 days to the release
        QCOMPARE(*kpis.burnAchievedPerDay, 10.0 / 7.0);
        QCOMPARE(*kpis.ciGreenShare, 0.75);
        QCOMPARE(kpis.openBlockers, std::optional(3));

        // Past the code freeze, the release is next; with nothing known, nothing is claimed.
        metrics.today = QDate(2026, 11, 26);
        QCOMPARE(computeReleaseKpis(metrics, release).nextDate, std::optional(ReleaseKpis::KeyDate::Release));
        QCOMPARE(computeReleaseKpis(metrics, release).daysToNextDate, std::optional(9));
        // The schedule's further phases count too: a test freeze before the release is next.
        release.phases = {{Schedule::TestFreeze, QString(), QDate(2026, 11, 30)},
            {Schedule::ReleaseCandidate, QStringLiteral("v4.2.0-rc.1"), QDate(2026, 12, 2)}};
        auto phased = computeReleaseKpis(metrics, release);
        QCOMPARE(phased.nextPhase->kind, Schedule::TestFreeze);
        QCOMPARE(phased.nextPhase->name, Schedule::kindName(Schedule::TestFreeze));
        QCOMPARE(phased.daysToNextDate, std::optional(4));
        QVERIFY(!phased.nextDate); // not one of the three key dates
        metrics.today = QDate(2026, 12, 1);
        phased = computeReleaseKpis(metrics, release);
        QCOMPARE(phased.nextPhase->name, QStringLiteral("v4.2.0-rc.1"));
        QCOMPARE(phased.daysToNextDate, std::optional(1));
        metrics.today = QDate(2026, 12, 5);
        QCOMPARE(computeReleaseKpis(metrics, release).nextDate, std::optional(ReleaseKpis::KeyDate::Release));
        QCOMPARE(computeReleaseKpis(metrics, release).nextPhase->kind, Schedule::ReleaseDay);
        const auto empty = computeReleaseKpis(ReleaseMetrics {}, Api::Release {});
        QVERIFY(!empty.donePercent && !empty.ciGreenShare && !empty.burnAchievedPerDay
            && !empty.burnNeededPerDay && !empty.nextDate && !empty.openBlockers);
    }

    /// The view opens on the dashboard: tiles above every chart, small; a click focuses a chart;
    /// the dashboard exports as a picture.
    void overviewOpensFirstAndFocusesAChart()
    {
        Views::MetricsPanel panel([] { return [] { return demoInput(); }; });
        QSignalSpy computed(&panel, &Views::MetricsPanel::computed);
        panel.resize(1366, 768);
        panel.show();
        QVERIFY(computed.wait(10000));
        QVERIFY(panel.isOverviewShown());
        auto *overview = panel.overview();
        const auto tables = metricsTables(panel.metrics());
        QCOMPARE(overview->chartViews().size(), tables.size());
        QVERIFY(overview->tileText(Views::MetricsOverview::OpenBlockers)
                    .startsWith(QString::number(panel.metrics().blockers.ages.size())));
        for (int tile = 0; tile < Views::MetricsOverview::TileCount; ++tile)
            QVERIFY(!overview->tileText(Views::MetricsOverview::Tile(tile)).trimmed().isEmpty());
        // The demo sits in its code freeze: the next date of its schedule is the test freeze, three
        // days away (the release is ten). (No translator here: the English plural form is the source's
        // "day(s)".)
        const auto next = overview->tileText(Views::MetricsOverview::NextDate);
        QVERIFY2(next.startsWith(QStringLiteral("in 3 day")) && next.endsWith(QStringLiteral("Test freeze")),
            qPrintable(next));

        QTemporaryDir dir;
        QVERIFY(panel.exportTo(dir.filePath(QStringLiteral("overview.png"))));
        const QImage exported(dir.filePath(QStringLiteral("overview.png")));
        QVERIFY(exported.width() > 600);
        // All of it, not only what the scroll area shows.
        QVERIFY2(exported.height() > overview->height(),
            qPrintable(QStringLiteral("%1 vs %2").arg(exported.height()).arg(overview->height())));
        QString error;
        QVERIFY(!panel.exportTo(dir.filePath(QStringLiteral("overview.csv")), &error));
        QVERIFY2(error.contains(QStringLiteral("open a chart")), qPrintable(error));

        auto *third = overview->chartViews().at(2);
        QTest::mouseClick(third->viewport(), Qt::LeftButton, {}, third->viewport()->rect().center());
        QVERIFY(!panel.isOverviewShown());
        QCOMPARE(panel.model()->table().id, tables.at(2).id);
        QCOMPARE(panel.chart()->title().isEmpty(), false);
        panel.showOverview();
        QVERIFY(panel.isOverviewShown());
    }

    void tablesPassTheModelTester()
    {
        const auto tables = metricsTables(computeReleaseMetrics(demoInput()));
        QCOMPARE(tables.size(), 13);
        MetricsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const auto &table : tables) {
            model.setTable(table);
            QCOMPARE(model.columnCount(), table.columnIds.size());
            QVERIFY2(model.rowCount() > 0, qPrintable(table.id));
            const auto csv = table.toCsv();
            QCOMPARE(csv.count('\n'), table.rows.size() + 1);
        }
        // The burndown's CSV starts with ISO dates, one row per day.
        QVERIFY(tables.first().toCsv().startsWith("day,scope,open,done,added,removed,ideal\n20"));
    }

    void releaseBranchPassRateIsCharted()
    {
        // Two days of the release branch's required runs: 3 of 4 passed, then 2 of 2; 5 of 6 overall.
        MetricsInput input;
        input.release.name = QStringLiteral("v1");
        input.today = QDate(2026, 11, 25);
        input.releaseBranchPassRate = {{QDate(2026, 11, 23), 3, 1}, {QDate(2026, 11, 24), 2, 0}};
        const auto tables = metricsTables(computeReleaseMetrics(input));
        const auto it = std::find_if(tables.cbegin(), tables.cend(),
            [](const MetricsTable &t) { return t.id == QStringLiteral("release_branch_pass_rate"); });
        QVERIFY(it != tables.cend());
        QCOMPARE(it->title, QStringLiteral("Release branch CI: 83% of required runs passed"));
        QCOMPARE(it->columnIds,
            (QStringList {QStringLiteral("day"), QStringLiteral("pass_rate"), QStringLiteral("runs")}));
        QCOMPARE(it->rows.size(), 2);
        QCOMPARE(it->rows[0].mid(1), (QList<double> {75.0, 4.0}));
        QCOMPARE(it->rows[1].mid(1), (QList<double> {100.0, 2.0}));
        QCOMPARE(it->toCsv(), QByteArray("day,pass_rate,runs\n2026-11-23,75,4\n2026-11-24,100,2\n"));
        // No runs read: said so, and no row drawn as zero.
        input.releaseBranchPassRate.clear();
        const auto empty = metricsTables(computeReleaseMetrics(input));
        const auto none = std::find_if(empty.cbegin(), empty.cend(),
            [](const MetricsTable &t) { return t.id == QStringLiteral("release_branch_pass_rate"); });
        QVERIFY(none->rows.isEmpty());
        QCOMPARE(none->title, QStringLiteral("Release branch CI: no runs of required contexts read"));
    }

    void chartsShowTheTableTheyAreFedFrom()
    {
        Views::MetricsPanel panel([] { return [] { return demoInput(); }; });
        QSignalSpy computed(&panel, &Views::MetricsPanel::computed);
        panel.resize(1200, 800);
        panel.show(); // showing computes, on a worker thread
        QVERIFY(computed.wait(10000));
        QCOMPARE(panel.metrics().releaseName, QStringLiteral("v4.1.3"));

        auto *chart = panel.chart();
        QVERIFY(chart);
        const auto &table = panel.model()->table();
        QCOMPARE(table.id, QStringLiteral("burndown"));
        // Every mapped line has exactly the model's numbers.
        int mapped = 0;
        for (auto *series : chart->series()) {
            auto *line = qobject_cast<QLineSeries *>(series);
            QVERIFY(line);
            const int column = int(table.columnTitles.indexOf(line->name()));
            if (column <= 0 || table.columnIds[column] == u"ideal")
                continue;
            QCOMPARE(line->count(), panel.model()->rowCount());
            for (int row = 0; row < line->count(); row += 7) {
                QCOMPARE(line->at(row).x(), panel.model()->index(row, 0).data().toDouble());
                QCOMPARE(line->at(row).y(), panel.model()->index(row, column).data().toDouble());
            }
            ++mapped;
        }
        QCOMPARE(mapped, 5);
        // The release's key dates are markers on the chart.
        const auto names = [&] {
            QStringList list;
            for (auto *series : chart->series())
                list.append(series->name());
            return list;
        }();
        QVERIFY(names.contains(QStringLiteral("Code freeze")));
        QVERIFY(names.contains(QStringLiteral("Release")));

        // A legend click hides a series and keeps its marker to click again.
        // Key dates are labelled lines, not legend entries.
        QList<QLegendMarker *> shownMarkers;
        for (auto *candidate : chart->legend()->markers()) {
            if (candidate->isVisible())
                shownMarkers.append(candidate);
            else
                QCOMPARE(candidate->series()->objectName(), QStringLiteral("keyDate"));
        }
        QVERIFY(!shownMarkers.isEmpty() && shownMarkers.size() < chart->legend()->markers().size());
        auto *marker = shownMarkers.first();
        Q_EMIT marker->clicked();
        QVERIFY(!marker->series()->isVisible());
        QVERIFY(marker->isVisible());
        Q_EMIT marker->clicked();
        QVERIFY(marker->series()->isVisible());

        // Names from GitHub (here a CI context) reach Qt Charts' HTML labels escaped, never as markup.
        MetricsTable hostile;
        hostile.id = QStringLiteral("hostile");
        hostile.title = QStringLiteral("<b>bold</b> & <img src=x>");
        hostile.kind = MetricsTable::Kind::Categorical;
        hostile.columnIds = {QStringLiteral("failures")};
        hostile.columnTitles = {QStringLiteral("<i>Failures</i>")};
        hostile.rowLabels = {QStringLiteral("<script>e2e</script>")};
        hostile.rows = {{2}};
        const auto image = Views::MetricsPanel::renderChart(hostile, {}, QSize(400, 300), false);
        QVERIFY(!image.isNull());
        MetricsTableModel hostileModel;
        hostileModel.setTable(hostile);
        QObject owner;
        std::unique_ptr<QChart> hostileChart(
            Views::MetricsPanel::createChart(hostile, &hostileModel, {}, false, &owner));
        QCOMPARE(hostileChart->title(), QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img src=x&gt;"));
        auto *categories = qobject_cast<QBarCategoryAxis *>(hostileChart->axes(Qt::Horizontal).value(0));
        QVERIFY(categories);
        QCOMPARE(categories->categories(), QStringList {QStringLiteral("&lt;script&gt;e2e&lt;/script&gt;")});
        auto *bars = qobject_cast<QBarSeries *>(hostileChart->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().value(0)->label(), QStringLiteral("&lt;i&gt;Failures&lt;/i&gt;"));

        // Every other chart builds from its table.
        for (const auto *id : {"blockers", "blocker_age", "throughput", "lead_time", "first_review",
                 "ci_health", "release_branch_pass_rate", "failing_contexts", "by_area", "by_repository"}) {
            panel.showTable(QString::fromLatin1(id));
            QCOMPARE(panel.model()->table().id, QString::fromLatin1(id));
            QVERIFY2(!panel.chart()->series().isEmpty(), id);
        }
    }

    void releaseOverRelease()
    {
        const auto demo = DemoWorkspace::generate(QDate(2026, 11, 25));
        QCOMPARE(demo.pastReleases.size(), 2);
        Views::MetricsPanel panel([] { return [] { return demoInput(); }; });
        panel.setComparisonProvider([demo] {
            return [demo] {
                QList<MetricsInput> others;
                for (const auto &release : demo.pastReleases) {
                    QList<Api::Item> items;
                    for (const auto &item : demo.pastItems) {
                        if (item.milestone == release.name)
                            items.append(item);
                    }
                    others.append({release, items, {}, {}, QDate(2026, 11, 25)});
                }
                return others;
            };
        });
        QSignalSpy computed(&panel, &Views::MetricsPanel::computed);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(computed.wait(10000));
        panel.showTable(QStringLiteral("release_over_release"));
        const auto &table = panel.model()->table();
        QCOMPARE(table.id, QStringLiteral("release_over_release"));
        QCOMPARE(table.columnTitles.mid(1),
            (QStringList {QStringLiteral("v4.1.3"), QStringLiteral("v4.1.2"), QStringLiteral("v4.1.1")}));
        // The finished releases burn down to nothing on their release day (day 0, the last row).
        QCOMPARE(table.rows.last().value(0), 0.0);
        QCOMPARE(table.rows.last().value(2), 0.0);
        QCOMPARE(table.rows.last().value(3), 0.0);
        QVERIFY(table.rows.first().value(2) > 0);
        QCOMPARE(panel.chart()->series().size(), 3);
        panel.showTable(QStringLiteral("release_summary"));
        QCOMPARE(panel.model()->rowCount(), 3);
    }

    void themeFollowsThePaletteAndExportsWrite()
    {
        Views::MetricsPanel panel([] { return [] { return demoInput(); }; });
        QSignalSpy computed(&panel, &Views::MetricsPanel::computed);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(computed.wait(10000));
        QCOMPARE(panel.chart()->theme(), QChart::ChartThemeLight);
        QPalette dark = panel.palette();
        dark.setColor(QPalette::Window, QColor(35, 35, 35));
        panel.setPalette(dark);
        QCOMPARE(panel.chart()->theme(), QChart::ChartThemeDark);

        // The overview's small charts follow the palette too.
        QTRY_VERIFY(!panel.overview()->chartViews().isEmpty()
            && panel.overview()->chartViews().first()->chart()->theme() == QChart::ChartThemeDark);
        for (auto *small : panel.overview()->chartViews())
            QCOMPARE(small->chart()->theme(), QChart::ChartThemeDark);

        QTemporaryDir dir;
        panel.showTable(QStringLiteral("burndown"));
        for (const auto *suffix : {"png", "svg", "csv"}) {
            const auto path = dir.filePath(QStringLiteral("burndown.") + QLatin1StringView(suffix));
            QString error;
            QVERIFY2(panel.exportTo(path, &error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto bytes = file.readAll();
            if (qstrcmp(suffix, "png") == 0)
                QVERIFY(bytes.startsWith("\x89PNG"));
            if (qstrcmp(suffix, "svg") == 0)
                QVERIFY(bytes.contains("<svg"));
            if (qstrcmp(suffix, "csv") == 0)
                QVERIFY(bytes.startsWith("day,scope,open"));
        }
        QString error;
        QVERIFY(!panel.exportTo(dir.filePath(QStringLiteral("missing/chart.png")), &error));
        QVERIFY(!error.isEmpty());
        const auto image = Views::MetricsPanel::renderChart(panel.model()->table(),
            panel.metrics().releaseName.isEmpty() ? Api::Release {} : demoInput().release, QSize(800, 500),
            false);
        QCOMPARE(image.size(), QSize(800, 500));
    }
};

QTEST_MAIN(MetricsPanelTest)
#include "tst_metricspanel.moc"
