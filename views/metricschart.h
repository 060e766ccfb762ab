#pragma once

#include "metrics/metricstable.h"

#include "api/release.h"

class QAbstractItemModel;
class QChart;
class QObject;

namespace ReleaseDesk::Views::MetricsChart {

/// The chart of `table`, fed from `model` (which holds it) through model mappers, so the chart and
/// its "Numbers" tab cannot disagree; the release's key dates are labelled vertical lines. Names from
/// GitHub reach Qt Charts' HTML labels escaped. The caller owns the chart; `tooltipOwner` scopes its
/// tooltips and legend toggles.
QChart *build(const Models::MetricsTable &table, QAbstractItemModel *model, const Api::Release &release,
    bool dark, QObject *tooltipOwner);

} // namespace ReleaseDesk::Views::MetricsChart
