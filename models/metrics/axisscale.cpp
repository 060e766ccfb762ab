#include "metrics/axisscale.h"

#include <QtMath>

#include <cmath>

namespace ReleaseDesk::Models {

QString AxisScale::labelFormat() const
{
    return decimals == 0 ? QStringLiteral("%d") : QStringLiteral("%.%1f").arg(decimals);
}

QString AxisScale::label(int index) const
{
    const double value = step * index;
    // What Qt Charts does with the format: integer conversions get the value as an integer.
    return decimals == 0 ? QString::asprintf("%lld", static_cast<long long>(value))
                         : QString::asprintf(labelFormat().toLatin1().constData(), value);
}

AxisScale niceAxisScale(double largest, bool integral, int maxIntervals)
{
    if (!(largest > 0) || !std::isfinite(largest))
        largest = 1;
    maxIntervals = std::max(1, maxIntervals);
    const double rough = largest / maxIntervals;
    double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    AxisScale scale;
    for (int attempt = 0; attempt < 3; ++attempt, magnitude *= 10) {
        for (const double multiple : {1.0, 2.0, 2.5, 5.0}) {
            double step = multiple * magnitude;
            if (integral && (step < 1 || std::floor(step) != step))
                continue;
            const double intervals = std::ceil(largest / step - 1e-9);
            if (intervals > maxIntervals)
                continue;
            scale.step = step;
            scale.maximum = intervals * step;
            scale.tickCount = int(intervals) + 1;
            scale.decimals = integral || (step >= 1 && std::floor(step) == step)
                ? 0
                : std::max(0, int(std::ceil(-std::log10(step) - 1e-9)) + (multiple == 2.5 ? 1 : 0));
            return scale;
        }
    }
    return scale;
}

} // namespace ReleaseDesk::Models
