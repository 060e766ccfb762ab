#include "api/timelineevent.h"

#include <array>

namespace ReleaseDesk::Api {

namespace {
struct KindName
{
    TimelineEvent::Kind kind;
    QLatin1StringView typeName;
};

constexpr std::array kindNames = {
    KindName {TimelineEvent::Kind::Milestoned, QLatin1StringView("MilestonedEvent")},
    KindName {TimelineEvent::Kind::Demilestoned, QLatin1StringView("DemilestonedEvent")},
    KindName {TimelineEvent::Kind::Labeled, QLatin1StringView("LabeledEvent")},
    KindName {TimelineEvent::Kind::Unlabeled, QLatin1StringView("UnlabeledEvent")},
    KindName {TimelineEvent::Kind::Closed, QLatin1StringView("ClosedEvent")},
    KindName {TimelineEvent::Kind::Reopened, QLatin1StringView("ReopenedEvent")},
    KindName {TimelineEvent::Kind::Merged, QLatin1StringView("MergedEvent")},
    KindName {TimelineEvent::Kind::CrossReferenced, QLatin1StringView("CrossReferencedEvent")},
};
} // namespace

TimelineEvent::Kind timelineKindFromTypeName(QStringView typeName)
{
    for (const auto &entry : kindNames) {
        if (typeName == entry.typeName)
            return entry.kind;
    }
    return TimelineEvent::Kind::Other;
}

QString typeNameForTimelineKind(TimelineEvent::Kind kind)
{
    for (const auto &entry : kindNames) {
        if (entry.kind == kind)
            return entry.typeName;
    }
    return QString();
}

} // namespace ReleaseDesk::Api
