#pragma once

#include <QDateTime>
#include <QString>

namespace ReleaseDesk::Api {

/// The API budget as GitHub last reported it (headers and the GraphQL rateLimit object).
struct RateLimitStatus
{
    int limit = -1; ///< -1: not known yet
    int remaining = -1;
    int used = -1;
    int lastCost = 0;
    QDateTime resetAt;

    bool isKnown() const { return limit >= 0 && remaining >= 0; }

    friend bool operator==(const RateLimitStatus &, const RateLimitStatus &) = default;
};

} // namespace ReleaseDesk::Api
