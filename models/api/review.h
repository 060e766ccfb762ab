#pragma once

#include <QDateTime>
#include <QString>

namespace ReleaseDesk::Api {

struct Review
{
    QString author;
    /// GitHub's PullRequestReviewState as sent (APPROVED, CHANGES_REQUESTED, COMMENTED, ...):
    /// kept raw so that values GitHub adds later are shown rather than lost.
    QString state;
    QDateTime submittedAt;

    friend bool operator==(const Review &, const Review &) = default;
};

} // namespace ReleaseDesk::Api
