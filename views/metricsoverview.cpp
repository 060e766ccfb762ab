#include "metricsoverview.h"

#include "metricschart.h"

#include "untrustedtext.h"

#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QMouseEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

namespace {
/// Small multiples stay readable (axis labels, not "..."): as many columns as fit at this width.
constexpr int chartMinimumWidth = 400;
constexpr int chartHeight = 240;
} // namespace

MetricsOverview::MetricsOverview(QWidget *parent)
    : QWidget(parent)
    , m_chartGrid(new QGridLayout)
{
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    for (int tile = 0; tile < TileCount; ++tile) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setFocusPolicy(Qt::TabFocus); // the accessibility walk and Tab read each tile
        frame->setObjectName(QStringLiteral("kpiTile"));
        auto *value = new QLabel(frame);
        value->setTextFormat(Qt::PlainText);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.7);
        big.setBold(true);
        value->setFont(big);
        auto *caption = new QLabel(frame);
        caption->setTextFormat(Qt::PlainText);
        caption->setWordWrap(true);
        auto *box = new QVBoxLayout(frame);
        box->addWidget(value);
        box->addWidget(caption);
        tiles->addWidget(frame, 1);
        m_tiles.append(TileLabels {value, caption});
        setTile(Tile(tile), QStringLiteral("\u2026"), tr("Computing\u2026"));
    }
    // Tiles and charts scroll together: the overview never forces the window wider than a laptop's.
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(6, 6, 6, 0);
    contentLayout->addLayout(tiles);
    contentLayout->addLayout(m_chartGrid, 1);
    m_chartGrid->setSpacing(8);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Overview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    m_content = content;
    // Where Tab is: the tiles and the small charts draw no focus of their own.
    setStyleSheet(
        QStringLiteral("#kpiTile:focus, #smallChart:focus { border: 2px solid palette(highlight); }"));
}

void MetricsOverview::setTile(Tile tile, const QString &value, const QString &caption, const QString &tooltip)
{
    auto &labels = m_tiles[tile];
    labels.value->setText(value);
    labels.caption->setText(caption);
    auto *frame = labels.value->parentWidget();
    frame->setToolTip(tooltip);
    frame->setAccessibleName(tileName(tile) + QStringLiteral(": ") + value + QLatin1Char(' ') + caption);
}

QString MetricsOverview::tileName(Tile tile) const
{
    switch (tile) {
    case OpenBlockers:
        return tr("Open blockers");
    case NextDate:
        return tr("Next date");
    case Done:
        return tr("Done");
    case BurnRate:
        return tr("Burn rate");
    case CiGreen:
        return tr("CI green at merge");
    case TileCount:
        break;
    }
    return {};
}

QString MetricsOverview::tileText(Tile tile) const
{
    return m_tiles[tile].value->text() + QLatin1Char(' ') + m_tiles[tile].caption->text();
}

void MetricsOverview::showMetrics(const Models::ReleaseKpis &kpis, const QList<Models::MetricsTable> &tables,
    const Api::Release &release, bool dark)
{
    const QLocale locale;
    const auto unknown = tr("unknown");
    if (kpis.openBlockers)
        setTile(OpenBlockers, locale.toString(*kpis.openBlockers),
            tr("open blocker(s)", nullptr, *kpis.openBlockers));
    else
        setTile(OpenBlockers, unknown, tr("open blockers: the release has no items yet"));

    if (kpis.nextPhase && kpis.daysToNextDate) {
        // The schedule's own name: "Test freeze", "v4.1.3-rc.1", "Release" (team text shown as plain text).
        setTile(NextDate,
            *kpis.daysToNextDate == 0 ? tr("today") : tr("in %n day(s)", nullptr, *kpis.daysToNextDate),
            Models::withVisibleDirectionControls(kpis.nextPhase->name));
    } else {
        setTile(NextDate, tr("none"), tr("No date of the release is ahead"),
            tr("Set the feature freeze, code freeze and release dates in File > Edit Release."));
    }

    if (kpis.donePercent)
        setTile(Done, locale.toString(*kpis.donePercent, 'f', 0) + locale.percent(),
            tr("done: %1 of %n item(s)", nullptr, kpis.scope).arg(kpis.done));
    else
        setTile(Done, unknown, tr("done: the release has no items yet"));

    const auto perDay = [&](const std::optional<double> &rate) {
        return rate ? tr("%1/day").arg(locale.toString(*rate, 'f', 1)) : unknown;
    };
    setTile(BurnRate, perDay(kpis.burnNeededPerDay),
        tr("burn needed to reach zero open on the release day; achieved over the last week: %1")
            .arg(perDay(kpis.burnAchievedPerDay)),
        tr("Items closed per day: what the release day asks for, and what the team did in the last seven "
           "days"));

    if (kpis.ciGreenShare)
        setTile(CiGreen, locale.toString(*kpis.ciGreenShare * 100, 'f', 0) + locale.percent(),
            tr("of merged PRs had their required checks green"));
    else
        setTile(CiGreen, unknown, tr("CI at merge: no merged PR with required checks yet"));

    // Small multiples: every chart, small, legend-less; a click focuses it.
    // Forgotten before they go: their destruction sends events through this object's filter.
    const auto old = std::exchange(m_charts, {});
    m_chartIds.clear();
    qDeleteAll(old);
    for (const auto &table : tables) {
        auto *model = new Models::MetricsTableModel;
        model->setTable(table);
        auto *view = new QChartView(m_content);
        model->setParent(view); // the chart's mappers read it as long as the view lives
        auto *chart = MetricsChart::build(table, model, release, dark, view);
        chart->legend()->setVisible(false);
        chart->setMargins(QMargins(2, 2, 2, 2));
        view->setChart(chart);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(chartHeight);
        view->setFocusPolicy(Qt::StrongFocus);
        view->setObjectName(QStringLiteral("smallChart"));
        view->setCursor(Qt::PointingHandCursor);
        // Titles may hold CI context names from GitHub: plain text, never rich text.
        view->setToolTip(
            QStringLiteral("<p>%1</p>")
                .arg(tr("%1: click to open it with its numbers").arg(table.title).toHtmlEscaped()));
        view->setAccessibleName(table.title);
        view->installEventFilter(this);
        view->viewport()->installEventFilter(this);
        m_charts.append(view);
        m_chartIds.append(table.id);
    }
    m_columns = 0;
    arrangeCharts();
    // Shown now, not on the next turn of the event loop (as a layout would): laid out and exported
    // at once.
    for (auto *view : std::as_const(m_charts))
        view->show();
}

void MetricsOverview::arrangeCharts()
{
    const int columns = std::max(1, (width() - 24) / chartMinimumWidth);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (auto *view : std::as_const(m_charts))
        m_chartGrid->removeWidget(view);
    for (int index = 0; index < m_charts.size(); ++index)
        m_chartGrid->addWidget(m_charts[index], index / columns, index % columns);
}

void MetricsOverview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeCharts();
}

bool MetricsOverview::eventFilter(QObject *watched, QEvent *event)
{
    for (int index = 0; index < m_charts.size(); ++index) {
        auto *view = m_charts[index];
        if (watched != view && watched != view->viewport())
            continue;
        const bool clicked = event->type() == QEvent::MouseButtonRelease
            && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton;
        const bool entered = event->type() == QEvent::KeyPress
            && (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Return
                || static_cast<QKeyEvent *>(event)->key() == Qt::Key_Enter
                || static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space);
        if (clicked || entered) {
            Q_EMIT chartChosen(m_chartIds[index]);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ReleaseDesk::Views
