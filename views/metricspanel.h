#pragma once

#include "metrics/metricstable.h"
#include "metrics/releasecomparison.h"
#include "metrics/releasekpis.h"
#include "metrics/releasemetrics.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>

class QChart;
class QChartView;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace ReleaseDesk::Views {

class MetricsOverview;

/// The metrics view: one chart per metric (Qt Charts, fed by the same table model as the "Numbers"
/// tab through model mappers), date axes, tooltips with exact values, legend toggles, zoom on a date
/// range, markers for the release's key dates, a palette-following theme, and PNG/SVG/CSV export.
/// Metrics are computed on a worker thread from a copy of the data.
class MetricsPanel final : public QWidget
{
    Q_OBJECT

public:
    /// Called on the window's thread, cheaply (copies of shared lists); returns the gathering, which
    /// runs with the computation on a worker thread and may read the workspace through a connection of
    /// its own, never the window's objects. A million timeline events are never read on the UI thread.
    using InputProvider = std::function<std::function<Models::MetricsInput()>()>;
    /// The other releases to compare with (release over release), gathered the same way; none: no
    /// comparison chart.
    using ComparisonProvider = std::function<std::function<QList<Models::MetricsInput>()>()>;
    explicit MetricsPanel(InputProvider provider, QWidget *parent = nullptr);
    void setComparisonProvider(ComparisonProvider provider) { m_comparisonProvider = std::move(provider); }

    /// Recomputes from fresh data now.
    void refresh();
    /// The data changed (a sync): recompute now if shown, else when next shown.
    void invalidate();
    bool isComputing() const { return m_watcher.isRunning(); }
    const Models::ReleaseMetrics &metrics() const { return m_metrics; }
    void showTable(const QString &id);
    /// The dashboard (KPI tiles above every chart, small) that the view opens on.
    void showOverview();
    bool isOverviewShown() const;
    MetricsOverview *overview() const { return m_overview; }
    QChart *chart() const;
    QChartView *chartView() const { return m_chartView; }
    QTableView *numbersView() const { return m_numbers; }
    Models::MetricsTableModel *model() const { return m_model; }
    /// Writes the shown chart: .png, .svg, or its numbers as .csv; the overview as .png.
    bool exportTo(const QString &path, QString *error = nullptr);
    /// The chart of `table` over `model` (which holds it); the caller owns it. `owner` scopes its tooltips.
    static QChart *createChart(const Models::MetricsTable &table, QAbstractItemModel *model,
        const Api::Release &release, bool dark, QObject *owner);
    /// Renders any chart (by table) to an image, for reports.
    static QImage renderChart(
        const Models::MetricsTable &table, const Api::Release &release, QSize size, bool dark);

Q_SIGNALS:
    void computed();
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onComputed();
    void rebuildChart();
    void exportWithDialog();

    InputProvider m_provider;
    struct Result
    {
        Api::Release release;
        Models::ReleaseMetrics metrics;
        Models::ReleaseKpis kpis;
        QList<Models::MetricsTable> tables;
    };
    static Result compute(const Models::MetricsInput &input, const QList<Models::MetricsInput> &others);
    ComparisonProvider m_comparisonProvider;
    QFutureWatcher<Result> m_watcher;
    Models::ReleaseMetrics m_metrics;
    Models::ReleaseKpis m_kpis;
    Api::Release m_release;
    QList<Models::MetricsTable> m_tables;
    Models::MetricsTableModel *m_model;
    QListWidget *m_list;
    QTabWidget *m_tabs;
    QStackedWidget *m_pages;
    MetricsOverview *m_overview;
    QChartView *m_chartView;
    QTableView *m_numbers;
    QLabel *m_summary;
    quint64 m_generation = 0;
    bool m_stale = true;
};

} // namespace ReleaseDesk::Views
