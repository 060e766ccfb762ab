#include "api/githubitemnode.h"

#include "api/githubjson.h"

#include <QJsonArray>

namespace ReleaseDesk::Api::GitHubJson {

namespace {
/// An issue or pull request named by its repository's nameWithOwner and its number; nullopt when
/// either is missing.
std::optional<ItemKey> itemReference(const QJsonObject &object, const QString &host)
{
    const auto repository = repositoryFromNameWithOwner(host,
        object.value(QLatin1StringView("repository"))
            .toObject()
            .value(QLatin1StringView("nameWithOwner"))
            .toString());
    const auto number = object.value(QLatin1StringView("number")).toInt();
    if (!repository.isValid() || number <= 0)
        return std::nullopt;
    return ItemKey {repository, number};
}
} // namespace

QList<TimelineEvent> timelineEvents(const QJsonObject &connection, const ItemKey &item, const QString &host)
{
    QList<TimelineEvent> result;
    for (const auto &value : nodes(connection)) {
        const auto object = value.toObject();
        TimelineEvent event;
        event.item = item;
        event.rawKind = object.value(QLatin1StringView("__typename")).toString();
        event.kind = timelineKindFromTypeName(event.rawKind);
        event.actor = login(object.value(QLatin1StringView("actor")));
        event.at = dateTime(object.value(QLatin1StringView("createdAt")));
        switch (event.kind) {
        case TimelineEvent::Kind::Labeled:
        case TimelineEvent::Kind::Unlabeled:
            event.detail = object.value(QLatin1StringView("label"))
                               .toObject()
                               .value(QLatin1StringView("name"))
                               .toString();
            break;
        case TimelineEvent::Kind::Milestoned:
        case TimelineEvent::Kind::Demilestoned:
            event.detail = object.value(QLatin1StringView("milestoneTitle")).toString();
            break;
        case TimelineEvent::Kind::Merged:
            event.detail = object.value(QLatin1StringView("mergeRefName")).toString();
            break;
        case TimelineEvent::Kind::CrossReferenced: {
            if (const auto source = itemReference(object.value(QLatin1StringView("source")).toObject(), host))
                event.detail = source->reference();
            break;
        }
        default:
            break;
        }
        if (event.at.isValid())
            result.append(event);
    }
    return result;
}

ParsedNode itemFromNode(const QJsonObject &node, const RepositoryRef &repository, bool isPullRequest)
{
    ParsedNode parsed;
    const auto number = node.value(QLatin1StringView("number")).toInt();
    if (number <= 0)
        return parsed; // without a number there is no key to store it under
    Item item;
    item.key = {repository, number};
    item.kind = isPullRequest ? Item::Kind::PullRequest : Item::Kind::Issue;
    item.title = node.value(QLatin1StringView("title")).toString();
    item.body = node.value(QLatin1StringView("body")).toString();
    item.url = QUrl(node.value(QLatin1StringView("url")).toString());
    item.state = itemStateFromString(node.value(QLatin1StringView("state")).toString());
    item.stateReason = node.value(QLatin1StringView("stateReason")).toString();
    item.createdAt = dateTime(node.value(QLatin1StringView("createdAt")));
    item.updatedAt = dateTime(node.value(QLatin1StringView("updatedAt")));
    item.closedAt = dateTime(node.value(QLatin1StringView("closedAt")));
    item.mergedAt = dateTime(node.value(QLatin1StringView("mergedAt")));
    item.author = login(node.value(QLatin1StringView("author")));
    item.milestone
        = node.value(QLatin1StringView("milestone")).toObject().value(QLatin1StringView("title")).toString();
    const auto labelConnection = node.value(QLatin1StringView("labels")).toObject();
    item.labels = labels(labelConnection);
    for (const auto &assignee : nodes(node.value(QLatin1StringView("assignees")).toObject())) {
        const auto name = login(assignee);
        if (!name.isEmpty())
            item.assignees.append(name);
    }
    ItemFollowUp followUp;
    followUp.nodeId = node.value(QLatin1StringView("id")).toString();
    followUp.key = item.key;
    followUp.isPullRequest = isPullRequest;
    if (pageInfo(labelConnection).hasNextPage)
        followUp.labelsAfter = pageInfo(labelConnection).endCursor;

    if (isPullRequest) {
        item.isDraft = node.value(QLatin1StringView("isDraft")).toBool();
        item.baseRef = node.value(QLatin1StringView("baseRefName")).toString();
        item.headRef = node.value(QLatin1StringView("headRefName")).toString();
        item.reviewDecision = node.value(QLatin1StringView("reviewDecision")).toString();
        item.mergeable = node.value(QLatin1StringView("mergeable")).toString();
        item.mergeStateStatus = node.value(QLatin1StringView("mergeStateStatus")).toString();
        for (const auto &reference :
            nodes(node.value(QLatin1StringView("closingIssuesReferences")).toObject())) {
            if (const auto target = itemReference(reference.toObject(), repository.host))
                item.links.append({ItemLink::Kind::Closes, *target});
        }
        for (const auto &review : nodes(node.value(QLatin1StringView("reviews")).toObject())) {
            const auto object = review.toObject();
            item.reviews.append({login(object.value(QLatin1StringView("author"))),
                object.value(QLatin1StringView("state")).toString(),
                dateTime(object.value(QLatin1StringView("submittedAt")))});
        }
        followUp.requiredContexts = requiredContexts(node.value(QLatin1StringView("baseRef")));
        const auto contexts = node.value(QLatin1StringView("statusCheckRollup"))
                                  .toObject()
                                  .value(QLatin1StringView("contexts"))
                                  .toObject();
        item.ciContexts = ciContexts(contexts, followUp.requiredContexts, false);
        if (pageInfo(contexts).hasNextPage)
            followUp.contextsAfter = pageInfo(contexts).endCursor;
    }
    const auto timeline = node.value(QLatin1StringView("timelineItems")).toObject();
    parsed.events = timelineEvents(timeline, item.key, repository.host);
    if (pageInfo(timeline).hasNextPage)
        followUp.timelineAfter = pageInfo(timeline).endCursor;
    if (!followUp.nodeId.isEmpty()
        && (followUp.labelsAfter || followUp.contextsAfter || followUp.timelineAfter))
        parsed.followUp = followUp;
    parsed.item = std::move(item);
    return parsed;
}

} // namespace ReleaseDesk::Api::GitHubJson
