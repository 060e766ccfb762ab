#include "api/cicontext.h"

namespace ReleaseDesk::Api {

CiState ciStateFromGitHub(QStringView rawState)
{
    // CheckConclusionState, CheckStatusState and StatusState share one namespace of names.
    static const struct
    {
        QLatin1StringView name;
        CiState state;
    } table[] = {
        {QLatin1StringView("SUCCESS"), CiState::Success},
        {QLatin1StringView("FAILURE"), CiState::Failure},
        {QLatin1StringView("ERROR"), CiState::Failure},
        {QLatin1StringView("TIMED_OUT"), CiState::Failure},
        {QLatin1StringView("ACTION_REQUIRED"), CiState::Failure},
        {QLatin1StringView("STARTUP_FAILURE"), CiState::Failure},
        {QLatin1StringView("PENDING"), CiState::Pending},
        {QLatin1StringView("EXPECTED"), CiState::Pending},
        {QLatin1StringView("QUEUED"), CiState::Pending},
        {QLatin1StringView("IN_PROGRESS"), CiState::Pending},
        {QLatin1StringView("WAITING"), CiState::Pending},
        {QLatin1StringView("REQUESTED"), CiState::Pending},
        {QLatin1StringView("NEUTRAL"), CiState::Neutral},
        {QLatin1StringView("SKIPPED"), CiState::Neutral},
        {QLatin1StringView("CANCELLED"), CiState::Neutral},
        {QLatin1StringView("STALE"), CiState::Neutral},
    };
    for (const auto &entry : table) {
        if (rawState.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.state;
    }
    return CiState::Unknown;
}

CiState CiContext::state() const
{
    return ciStateFromGitHub(rawState);
}

CiState CiSummary::overall() const
{
    if (failed > 0)
        return CiState::Failure;
    if (pending > 0)
        return CiState::Pending;
    if (passed > 0)
        return CiState::Success;
    if (neutral > 0)
        return CiState::Neutral;
    return CiState::Unknown;
}

CiSummary CiSummary::of(const QList<CiContext> &contexts)
{
    CiSummary summary;
    for (const auto &context : contexts) {
        switch (context.state()) {
        case CiState::Success:
            ++summary.passed;
            break;
        case CiState::Failure:
            ++summary.failed;
            ++(context.required ? summary.requiredFailed : summary.informingFailed);
            break;
        case CiState::Pending:
            ++summary.pending;
            break;
        case CiState::Neutral:
            ++summary.neutral;
            break;
        case CiState::Unknown:
            ++summary.unknown;
            break;
        }
    }
    return summary;
}

} // namespace ReleaseDesk::Api
