#pragma once

// One issue or pull request node of a GraphQL page, read into an Item (not a public API): shared by the
// release-items, compare-range and branch pull-request pages.

#include "api/githubpages.h"
#include "api/item.h"
#include "api/timelineevent.h"

#include <QJsonObject>

#include <optional>

namespace ReleaseDesk::Api::GitHubJson {

struct ParsedNode
{
    std::optional<Item> item;
    QList<TimelineEvent> events;
    std::optional<ItemFollowUp> followUp;
};

/// Empty (no item) when the node has no number to key it by.
ParsedNode itemFromNode(const QJsonObject &node, const RepositoryRef &repository, bool isPullRequest);
/// Adds a parsed item (which must be there) with its events and follow-up to `page`.
template<typename Page>
void addParsed(Page &page, ParsedNode &&parsed)
{
    page.items.append(std::move(*parsed.item));
    page.events.append(parsed.events);
    if (parsed.followUp)
        page.followUps.append(*parsed.followUp);
}

QList<TimelineEvent> timelineEvents(const QJsonObject &connection, const ItemKey &item, const QString &host);

} // namespace ReleaseDesk::Api::GitHubJson
