#include "metricspanel.h"

#include "metricschart.h"
#include "metricsoverview.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace ReleaseDesk::Views {

using Models::MetricsTable;

namespace {

/// The date column holds msecs (what the chart's mapper needs); people read a date.
class DateColumnDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        return locale.toString(
            QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), QTimeZone::UTC).date(),
            QLocale::ShortFormat);
    }
};

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

MetricsPanel::MetricsPanel(InputProvider provider, QWidget *parent)
    : QWidget(parent)
    , m_provider(std::move(provider))
    , m_model(new Models::MetricsTableModel(this))
    , m_list(new QListWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_overview(new MetricsOverview(this))
    , m_chartView(new QChartView(this))
    , m_numbers(new QTableView(this))
    , m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QToolBar(this);
    bar->addAction(tr("Recompute"), this, &MetricsPanel::refresh);
    bar->addAction(tr("Reset Zoom"), this, [this] {
        if (auto *c = chart())
            c->zoomReset();
    });
    auto *exportAction = bar->addAction(tr("Export…"), this, &MetricsPanel::exportWithDialog);
    exportAction->setToolTip(tr("Save the chart as PNG or SVG, or its numbers as CSV"));
    layout->addWidget(bar);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(this);
    m_list->setAccessibleName(tr("Charts"));
    splitter->addWidget(m_list);
    m_chartView->setAccessibleName(tr("Chart"));
    m_chartView->viewport()->setAccessibleName(tr("Chart"));
    m_tabs->setAccessibleName(tr("Chart and numbers"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    // Drag across the chart to zoom on a date range; Reset Zoom goes back.
    m_chartView->setRubberBand(QChartView::HorizontalRubberBand);
    m_numbers->setModel(m_model);
    m_numbers->setAccessibleName(tr("Numbers"));
    m_numbers->verticalHeader()->setVisible(true);
    m_tabs->addTab(m_chartView, tr("&Chart"));
    m_tabs->addTab(m_numbers, tr("&Numbers"));
    m_pages->addWidget(m_overview);
    m_pages->addWidget(m_tabs);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({210, 1100}); // the list of charts needs little; the dashboard much
    layout->addWidget(splitter, 1);
    connect(m_overview, &MetricsOverview::chartChosen, this, &MetricsPanel::showTable);
    // Row 0 is the overview; the charts follow in the tables' order.
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int listRow) {
        m_pages->setCurrentWidget(listRow <= 0 ? static_cast<QWidget *>(m_overview) : m_tabs);
        const auto row = listRow - 1;
        if (row >= 0 && row < m_tables.size()) {
            m_model->setTable(m_tables[row]);
            m_numbers->setItemDelegateForColumn(0,
                m_tables[row].kind == MetricsTable::Kind::Daily ? new DateColumnDelegate(m_numbers)
                                                                : nullptr);
            rebuildChart();
        }
    });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &MetricsPanel::onComputed);
}

QChart *MetricsPanel::chart() const
{
    return m_chartView->chart();
}

void MetricsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void MetricsPanel::invalidate()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void MetricsPanel::refresh()
{
    m_stale = false;
    if (m_watcher.isRunning()) {
        m_stale = true; // one more run when this one ends
        return;
    }
    auto gather = m_provider();
    auto gatherOthers = m_comparisonProvider ? m_comparisonProvider() : nullptr;
    m_summary->setText(tr("Computing…"));
    m_watcher.setFuture(
        QtConcurrent::run([gather = std::move(gather), gatherOthers = std::move(gatherOthers)] {
            const auto input = gather();
            auto result = compute(input, gatherOthers ? gatherOthers() : QList<Models::MetricsInput>());
            result.release = input.release;
            return result;
        }));
}

MetricsPanel::Result MetricsPanel::compute(
    const Models::MetricsInput &input, const QList<Models::MetricsInput> &others)
{
    Result result;
    result.metrics = Models::computeReleaseMetrics(input);
    result.kpis = Models::computeReleaseKpis(result.metrics, input.release);
    result.tables = Models::metricsTables(result.metrics);
    if (!others.isEmpty()) {
        // Release over release: this release first, then the others, aligned on days before release.
        QList<Models::ReleaseMetrics> all {result.metrics};
        QList<QDate> dates {input.release.releaseDate};
        for (const auto &other : others) {
            all.append(Models::computeReleaseMetrics(other));
            dates.append(other.release.releaseDate);
        }
        const auto comparison = Models::compareReleases(all, dates);
        result.tables.append(comparison.openTable());
        result.tables.append(comparison.summaryTable());
    }
    return result;
}

void MetricsPanel::onComputed()
{
    auto result = m_watcher.result();
    m_release = std::move(result.release);
    m_metrics = std::move(result.metrics);
    m_kpis = result.kpis;
    // What was shown stays shown: the overview, or the same chart.
    const auto previous = m_list->currentRow() > 0 ? m_tables.value(m_list->currentRow() - 1).id : QString();
    m_tables = std::move(result.tables);
    m_summary->setText(tr("%1: %2 items in scope, %3 open, %4 open blockers")
                           .arg(m_metrics.releaseName)
                           .arg(m_metrics.itemsInScope)
                           .arg(m_metrics.openInScope)
                           .arg(m_metrics.blockers.ages.size()));
    m_list->blockSignals(true);
    m_list->clear();
    m_list->addItem(tr("Overview"));
    m_list->item(0)->setToolTip(tr("The key numbers and every chart at a glance"));
    for (const auto &table : std::as_const(m_tables)) {
        m_list->addItem(table.title);
        m_list->item(m_list->count() - 1)->setToolTip(table.title);
    }
    m_list->blockSignals(false);
    m_overview->showMetrics(m_kpis, m_tables, m_release, isDark(palette()));
    int row = -1;
    for (int i = 0; i < m_tables.size(); ++i) {
        if (m_tables[i].id == previous)
            row = i;
    }
    m_list->setCurrentRow(row + 1);
    m_pages->setCurrentWidget(row < 0 ? static_cast<QWidget *>(m_overview) : m_tabs);
    if (!m_tables.isEmpty()) {
        m_model->setTable(m_tables[std::max(row, 0)]);
        rebuildChart();
    }
    Q_EMIT computed();
    if (m_stale)
        refresh();
}

void MetricsPanel::showTable(const QString &id)
{
    for (int i = 0; i < m_tables.size(); ++i) {
        if (m_tables[i].id == id)
            m_list->setCurrentRow(i + 1);
    }
}

void MetricsPanel::showOverview()
{
    m_list->setCurrentRow(0);
    m_pages->setCurrentWidget(m_overview);
}

bool MetricsPanel::isOverviewShown() const
{
    return m_pages->currentWidget() == m_overview;
}

void MetricsPanel::rebuildChart()
{
    auto *old = m_chartView->chart();
    m_chartView->setChart(MetricsChart::build(m_model->table(), m_model, m_release, isDark(palette()), this));
    delete old;
}

void MetricsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && chart()) {
        chart()->setTheme(isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        // Rebuilt after the palette has reached every child: not while Qt walks them.
        QMetaObject::invokeMethod(
            this, [this] { m_overview->showMetrics(m_kpis, m_tables, m_release, isDark(palette())); },
            Qt::QueuedConnection);
    }
    QWidget::changeEvent(event);
}

QChart *MetricsPanel::createChart(const MetricsTable &table, QAbstractItemModel *model,
    const Api::Release &release, bool dark, QObject *owner)
{
    return MetricsChart::build(table, model, release, dark, owner);
}

QImage MetricsPanel::renderChart(
    const MetricsTable &table, const Api::Release &release, QSize size, bool dark)
{
    Models::MetricsTableModel model;
    model.setTable(table);
    QObject owner;
    QChartView view(MetricsChart::build(table, &model, release, dark, &owner));
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(dark ? Qt::black : Qt::white);
    QPainter painter(&image);
    view.render(&painter);
    return image;
}

bool MetricsPanel::exportTo(const QString &path, QString *error)
{
    const auto suffix = QFileInfo(path).suffix().toLower();
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (isOverviewShown()) {
        // The dashboard for a stand-up's slides: a picture of it; numbers come chart by chart.
        if (suffix != u"png")
            return fail(tr("The overview exports as a PNG picture; open a chart to save it as SVG or its "
                           "numbers as CSV."));
        // Laid out first: charts just built may not have their rows yet.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (!m_overview->content()->grab().save(path, "PNG"))
            return fail(tr("Cannot write %1: check the folder exists and is writable.").arg(path));
        return true;
    }
    if (suffix == u"csv") {
        QSaveFile file(path);
        const auto csv = m_model->table().toCsv();
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
            return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return true;
    }
    const QSize size = m_chartView->size().isEmpty() ? QSize(1200, 700) : m_chartView->size();
    if (suffix == u"svg") {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(m_model->table().title);
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(tr("Cannot write %1: check the folder exists and is writable.").arg(path));
        m_chartView->render(&painter);
        painter.end();
        return QFileInfo::exists(path)
            || fail(tr("Cannot write %1: check the folder exists and is writable.").arg(path));
    }
    if (!m_chartView->grab().save(path, "PNG"))
        return fail(tr("Cannot write %1: check the folder exists and is writable.").arg(path));
    return true;
}

void MetricsPanel::exportWithDialog()
{
    const auto path
        = QFileDialog::getSaveFileName(this, tr("Export Chart"), m_model->table().id + QStringLiteral(".png"),
            tr("PNG image (*.png);;SVG drawing (*.svg);;CSV numbers (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    Q_EMIT message(exportTo(path, &error) ? tr("Exported to %1.").arg(path) : error);
}

} // namespace ReleaseDesk::Views
