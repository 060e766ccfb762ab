#pragma once

#include <QString>

namespace ReleaseDesk::Models {

/// A value axis that starts at 0 and ends on a round number, with ticks at round steps, and a
/// label format that prints every tick exactly (a count never gets a tick at 1.5 labelled "1").
struct AxisScale
{
    double maximum = 1;
    double step = 1;
    int tickCount = 2;
    int decimals = 0;

    /// A printf format for Qt Charts' QValueAxis::setLabelFormat.
    QString labelFormat() const;
    /// The label of tick `index` as that format prints it.
    QString label(int index) const;
};

/// The axis for values up to `largest`: `integral` (counts) keeps every tick on a whole number.
/// At most `maxIntervals` steps; steps are 1, 2, 2.5 or 5 times a power of ten (2.5 only where it
/// is whole for counts).
AxisScale niceAxisScale(double largest, bool integral, int maxIntervals = 7);

} // namespace ReleaseDesk::Models
