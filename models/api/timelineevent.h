#pragma once

#include "api/itemkey.h"

#include <QDateTime>
#include <QString>

namespace ReleaseDesk::Api {

/// One event of an item's timeline that metrics or cherry-pick tracking need.
struct TimelineEvent
{
    enum class Kind {
        Milestoned,
        Demilestoned,
        Labeled,
        Unlabeled,
        Closed,
        Reopened,
        Merged,
        CrossReferenced,
        Other, ///< a timeline item type this version does not interpret; rawKind says which
    };

    ItemKey item;
    Kind kind = Kind::Other;
    /// GitHub's __typename (MilestonedEvent, ...), kept for kinds this version does not know.
    QString rawKind;
    QString actor;
    QDateTime at;
    /// The label name, milestone title or referencing item, depending on the kind.
    QString detail;

    friend bool operator==(const TimelineEvent &, const TimelineEvent &) = default;
};

TimelineEvent::Kind timelineKindFromTypeName(QStringView typeName);
QString typeNameForTimelineKind(TimelineEvent::Kind kind);

} // namespace ReleaseDesk::Api
