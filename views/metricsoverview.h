#pragma once

#include "metrics/metricstable.h"
#include "metrics/releasekpis.h"

#include <QWidget>

class QChartView;
class QGridLayout;
class QLabel;

namespace ReleaseDesk::Views {

/// The metrics' first page, as a dashboard: KPI tiles (open blockers, the next date, done, burn rate
/// needed against achieved, CI green at merge) above small multiples of every chart. A click on a
/// chart, or Enter on it, focuses it in the metrics view with its numbers and export.
class MetricsOverview final : public QWidget
{
    Q_OBJECT

public:
    enum Tile { OpenBlockers, NextDate, Done, BurnRate, CiGreen, TileCount };

    explicit MetricsOverview(QWidget *parent = nullptr);

    void showMetrics(const Models::ReleaseKpis &kpis, const QList<Models::MetricsTable> &tables,
        const Api::Release &release, bool dark);
    /// The tile's value and caption as shown, for tests and the accessibility tree.
    QString tileText(Tile tile) const;
    QList<QChartView *> chartViews() const { return m_charts; }
    /// Everything the overview holds, scrolled or not (what its export shows).
    QWidget *content() const { return m_content; }

Q_SIGNALS:
    void chartChosen(const QString &tableId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Puts the small charts in as many columns as the width holds.
    void arrangeCharts();
    QString tileName(Tile tile) const;
    void setTile(Tile tile, const QString &value, const QString &caption, const QString &tooltip = {});

    struct TileLabels
    {
        QLabel *value = nullptr;
        QLabel *caption = nullptr;
    };
    QList<TileLabels> m_tiles;
    QGridLayout *m_chartGrid;
    QList<QChartView *> m_charts;
    QStringList m_chartIds;
    int m_columns = 0;
    QWidget *m_content = nullptr;
};

} // namespace ReleaseDesk::Views
