#include "barreport.h"

#include <cstdio>

namespace ReleaseDesk::Bench {

void reportBar(const char *name, double value, const char *unit, Goal goal, double target)
{
    const char *goalText = "report";
    switch (goal) {
    case Goal::Below:
        goalText = "<";
        break;
    case Goal::AtMost:
        goalText = "<=";
        break;
    case Goal::AtLeast:
        goalText = ">=";
        break;
    case Goal::Equal:
        goalText = "=";
        break;
    case Goal::Report:
        break;
    }
    std::printf("BAR\t%s\t%s\t%s\t%g\t%.6g\n", name, unit, goalText, target, value);
    std::fflush(stdout);
}

} // namespace ReleaseDesk::Bench
