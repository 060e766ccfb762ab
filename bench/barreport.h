#pragma once

namespace ReleaseDesk::Bench {

/// How a measured value meets its target.
enum class Goal {
    Below, ///< value < target
    AtMost, ///< value <= target
    AtLeast, ///< value >= target
    Equal, ///< value == target
    Report, ///< no target: printed for the record
};

/// One quality bar, as a machine-readable line ("BAR\tname\tunit\tgoal\ttarget\tvalue") on stdout:
/// bench/run runs every benchmark several times and prints one table of medians, minima and maxima
/// with pass or fail. Each benchmark prints its own readable table as well.
void reportBar(const char *name, double value, const char *unit, Goal goal = Goal::Report, double target = 0);

} // namespace ReleaseDesk::Bench
