// How a metrics table becomes a Qt Charts chart: lines over dates (with the release's key dates as
// labelled vertical lines) or bars over categories, axes that end on round numbers, a colour-blind-safe
// palette that follows the theme, tooltips with exact values, legend entries that toggle their series.
#include "metricschart.h"

#include "schedule.h"
#include "untrustedtext.h"

#include "metrics/axisscale.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMap>
#include <QTimeZone>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVXYModelMapper>
#include <QValueAxis>

namespace ReleaseDesk::Views {

using Models::MetricsTable;

namespace {

// Qt Charts draws titles, axis labels and legend entries as HTML, and tooltips guess. Names from GitHub
// (CI contexts, labels, releases) go through these so that they are shown as written, never interpreted.
QString chartText(const QString &text)
{
    return text.toHtmlEscaped();
}

QString tooltipText(const QString &text)
{
    return QStringLiteral("<p style=\"white-space:pre\">%1</p>").arg(text.toHtmlEscaped());
}

QString dayText(qreal msecs)
{
    return QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(qint64(msecs), QTimeZone::UTC).date(), QLocale::ShortFormat);
}

/// The largest value of the table's series, and whether they are all whole numbers (counts).
std::pair<double, bool> valueRange(const MetricsTable &table)
{
    double largest = 0;
    bool integral = true;
    const int first = table.kind == MetricsTable::Kind::Daily ? 1 : 0;
    for (const auto &row : table.rows) {
        for (qsizetype column = first; column < row.size(); ++column) {
            const auto value = row[column];
            if (qIsNaN(value))
                continue;
            largest = std::max(largest, value);
            // The ideal line is a guide through fractions of counts: it does not make counts fractional.
            if (table.columnIds.value(column) != u"ideal")
                integral = integral && std::floor(value) == value;
        }
    }
    return {largest, integral};
}

/// Okabe and Ito's colour-blind-safe palette, ordered for contrast on the chart's background; no
/// two series of a chart share a colour, and key-date lines use a neutral grey of their own.
QColor seriesColor(int index, bool dark)
{
    static const QList<QColor> light = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
        QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00),
        QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x00, 0x00)};
    static const QList<QColor> onDark = {QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00),
        QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7), QColor(0xf0, 0xe4, 0x42),
        QColor(0xd5, 0x5e, 0x00), QColor(0xff, 0xff, 0xff)};
    const auto &colors = dark ? onDark : light;
    return colors.at(index % colors.size());
}

QColor keyDateColor(bool dark)
{
    return dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x60, 0x60, 0x60);
}

void applyScale(QValueAxis *axis, const Models::AxisScale &scale)
{
    axis->setRange(0, scale.maximum);
    axis->setTickCount(scale.tickCount);
    axis->setLabelFormat(scale.labelFormat());
}

/// A chart over `model` (which holds `table`): lines on a date axis, or bars per category.

} // namespace

QChart *MetricsChart::build(const MetricsTable &table, QAbstractItemModel *model, const Api::Release &release,
    bool dark, QObject *tooltipOwner)
{
    auto *chart = new QChart;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(chartText(table.title));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (table.kind == MetricsTable::Kind::Daily) {
        QAbstractAxis *xAxis = nullptr;
        if (table.xIsDate) {
            auto *dates = new QDateTimeAxis;
            dates->setFormat(QStringLiteral("MMM d"));
            xAxis = dates;
        } else {
            auto *days = new QValueAxis;
            days->setLabelFormat(QStringLiteral("%d"));
            // Whole days only: ticks at round steps from day 0, whatever the range.
            days->setTickType(QValueAxis::TicksDynamic);
            days->setTickAnchor(0);
            days->setTitleText(table.columnTitles.value(0));
            xAxis = days;
        }
        auto *yAxis = new QValueAxis;
        yAxis->setObjectName(QStringLiteral("valueAxis"));
        chart->addAxis(xAxis, Qt::AlignBottom);
        chart->addAxis(yAxis, Qt::AlignLeft);
        const auto [largest, integral] = valueRange(table);
        const auto scale = Models::niceAxisScale(largest, integral);
        const double maximum = scale.maximum;
        double minX = 0, maxX = 0;
        if (!table.rows.isEmpty()) {
            minX = table.rows.first().value(0);
            maxX = table.rows.last().value(0);
        }
        for (int column = 1; column < table.columnIds.size(); ++column) {
            auto *series = new QLineSeries;
            series->setName(chartText(table.columnTitles.value(column)));
            if (table.columnIds.value(column) == u"ideal") {
                // The ideal line exists from the scope freeze on and runs on to the release date: its
                // points come from the same table (a mapper would draw the empty days as zeros).
                for (const auto &row : table.rows) {
                    if (!qIsNaN(row.value(column)))
                        series->append(row.value(0), row.value(column));
                }
                if (release.releaseDate.isValid() && series->count() > 0)
                    series->append(
                        double(
                            QDateTime(release.releaseDate, QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch()),
                        0);
            } else {
                auto *mapper = new QVXYModelMapper(series);
                mapper->setXColumn(0);
                mapper->setYColumn(column);
                mapper->setSeries(series);
                mapper->setModel(model);
            }
            chart->addSeries(series);
            // Styled after addSeries, which gives the series a colour from the chart's theme.
            QPen pen = series->pen();
            pen.setColor(seriesColor(column - 1, dark));
            if (table.columnIds.value(column) == u"ideal")
                pen.setStyle(Qt::DashLine);
            series->setPen(pen);
            series->attachAxis(xAxis);
            series->attachAxis(yAxis);
            QObject::connect(series, &QLineSeries::hovered, tooltipOwner,
                [xIsDate = table.xIsDate, name = table.columnTitles.value(column)](
                    const QPointF &point, bool state) {
                    if (state)
                        QToolTip::showText(QCursor::pos(),
                            tooltipText(
                                QStringLiteral("%1\n%2: %3")
                                    .arg(xIsDate ? dayText(point.x()) : QLocale().toString(point.x(), 'f', 0),
                                        name, QLocale().toString(point.y(), 'g', 6))));
                    else
                        QToolTip::hideText();
                });
        }
        // The release's key dates, as vertical markers within the shown range.
        QList<std::pair<QDate, QString>> keyDates = {
            {release.featureFreeze, QCoreApplication::translate("ReleaseDesk::Metrics", "Feature freeze")},
            {release.codeFreeze, QCoreApplication::translate("ReleaseDesk::Metrics", "Code freeze")},
            {release.releaseDate, QCoreApplication::translate("ReleaseDesk::Metrics", "Release")},
        };
        // The schedule's further phases too (Models::Schedule): the dates of the phase line. A phase
        // that starts on a key date under the same name is that date's marker, not a second one.
        QMap<QDate, QStringList> namesByDate;
        for (const auto &[date, name] : keyDates) {
            if (date.isValid())
                namesByDate[date].append(name);
        }
        for (const auto &phase : release.phases) {
            auto &names = namesByDate[phase.starts];
            if (phase.starts.isValid() && !names.contains(Models::Schedule::displayName(phase)))
                names.append(Models::Schedule::displayName(phase));
        }
        QList<std::pair<double, QGraphicsSimpleTextItem *>> labels; // in date order
        QLineSeries *anyMarker = nullptr;
        for (auto it = namesByDate.cbegin(); it != namesByDate.cend(); ++it) {
            if (!it.key().isValid() || !table.xIsDate)
                continue;
            const auto name = it.value().join(QStringLiteral(" · "));
            const double x = double(QDateTime(it.key(), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch());
            minX = std::min(minX, x);
            maxX = std::max(maxX, x);
            // A labelled vertical line in a neutral colour, not a legend entry that looks like data.
            auto *marker = new QLineSeries;
            marker->setName(chartText(name));
            marker->setObjectName(QStringLiteral("keyDate"));
            marker->append(x, 0);
            marker->append(x, maximum);
            chart->addSeries(marker);
            QPen pen(keyDateColor(dark), 2, Qt::DotLine);
            marker->setPen(pen);
            marker->attachAxis(xAxis);
            marker->attachAxis(yAxis);
            for (auto *legendMarker : chart->legend()->markers(marker))
                legendMarker->setVisible(false);
            auto *label = new QGraphicsSimpleTextItem(name, chart);
            label->setData(0, QStringLiteral("keyDateLabel")); // what tests look for
            label->setBrush(keyDateColor(dark));
            labels.append({x, label});
            anyMarker = marker;
        }
        if (anyMarker) {
            // Dates close together (code freeze, test freeze, docs freeze in one week) would print their
            // names over each other: a label that would touch the one before it goes a line lower.
            QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart, anyMarker, labels, maximum] {
                QList<qreal> lineEnds;
                const auto plot = chart->plotArea();
                for (const auto &[x, label] : labels) {
                    const auto top = chart->mapToPosition(QPointF(x, maximum), anyMarker);
                    const auto size = label->boundingRect().size();
                    // Right of its line; left of it where the plot ends first (the release day).
                    auto left = top.x() + 4;
                    if (left + size.width() > plot.right())
                        left = std::max(plot.left(), top.x() - 4 - size.width());
                    qsizetype line = 0;
                    while (line < lineEnds.size() && lineEnds.at(line) > left)
                        ++line;
                    if (line == lineEnds.size())
                        lineEnds.append(0);
                    lineEnds[line] = left + size.width() + 6;
                    label->setPos(left, top.y() + qreal(line) * size.height());
                }
            });
        }
        if (maxX > minX && table.xIsDate)
            xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(minX), QTimeZone::UTC),
                QDateTime::fromMSecsSinceEpoch(qint64(maxX), QTimeZone::UTC));
        else if (maxX > minX) {
            xAxis->setRange(minX, maxX);
            static_cast<QValueAxis *>(xAxis)->setTickInterval(Models::niceAxisScale(maxX - minX, true).step);
        }
        applyScale(yAxis, scale);
    } else {
        auto *series = new QBarSeries;
        // The mapper names the bar sets from the model's headers, as given: escape them as they arrive.
        QObject::connect(series, &QBarSeries::barsetsAdded, series, [](const QList<QBarSet *> &sets) {
            for (auto *set : sets)
                set->setLabel(chartText(set->label()));
        });
        QObject::connect(series, &QBarSeries::barsetsAdded, series, [series, dark] {
            const auto sets = series->barSets();
            for (int index = 0; index < sets.size(); ++index)
                sets[index]->setColor(seriesColor(index, dark));
        });
        auto *mapper = new QVBarModelMapper(series);
        mapper->setFirstBarSetColumn(0);
        mapper->setLastBarSetColumn(int(table.columnIds.size()) - 1);
        mapper->setSeries(series);
        mapper->setModel(model);
        chart->addSeries(series);
        auto *categories = new QBarCategoryAxis;
        for (const auto &label : table.rowLabels)
            categories->append(chartText(label));
        auto *values = new QValueAxis;
        values->setObjectName(QStringLiteral("valueAxis"));
        const auto [largest, integral] = valueRange(table);
        applyScale(values, Models::niceAxisScale(largest, integral));
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(categories);
        series->attachAxis(values);
        QObject::connect(
            series, &QBarSeries::hovered, tooltipOwner, [table, series](bool state, int index, QBarSet *set) {
                if (state)
                    QToolTip::showText(QCursor::pos(),
                        tooltipText(QStringLiteral("%1\n%2: %3")
                                        .arg(table.rowLabels.value(index),
                                            table.columnTitles.value(series->barSets().indexOf(set)),
                                            QLocale().toString(set->at(index)))));
                else
                    QToolTip::hideText();
            });
    }
    // Clicking a legend entry shows or hides its series.
    for (auto *marker : chart->legend()->markers()) {
        if (marker->series()->objectName() == u"keyDate")
            continue; // a labelled line, not a legend entry
        const auto shown = marker->labelBrush();
        QObject::connect(marker, &QLegendMarker::clicked, tooltipOwner, [marker, shown] {
            marker->series()->setVisible(!marker->series()->isVisible());
            marker->setVisible(true); // hiding a series hides its marker: keep it to click again
            marker->setLabelBrush(marker->series()->isVisible() ? shown : QBrush(Qt::gray));
        });
    }
    return chart;
}

} // namespace ReleaseDesk::Views
