#include "api/githubparsers.h"

#include "api/githuberrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace ReleaseDesk::Api {

namespace {

QDateTime dateTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    auto result = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (result.isValid())
        result = result.toUTC();
    return result;
}

QString login(const QJsonValue &actor)
{
    return actor.toObject().value(QLatin1StringView("login")).toString();
}

/// Parses GitHub's JSON; bodies with invalid UTF-8 are repaired (U+FFFD) rather than rejected.
std::optional<QJsonObject> parseDocument(const QByteArray &json, ApiError &error)
{
    QJsonParseError parseError;
    auto document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error == QJsonParseError::IllegalUTF8String)
        document = QJsonDocument::fromJson(QString::fromUtf8(json).toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error = {ApiError::Kind::Malformed, 0,
            GitHubParsers::tr(
                "GitHub sent a response that is not valid JSON (%1 at byte %2). The request will "
                "be retried; if this persists, check for a proxy rewriting responses.")
                .arg(parseError.errorString())
                .arg(parseError.offset)};
        return std::nullopt;
    }
    return document.object();
}

RateLimitStatus rateLimit(const QJsonObject &data)
{
    const auto object = data.value(QLatin1StringView("rateLimit")).toObject();
    RateLimitStatus rate;
    if (object.isEmpty())
        return rate;
    rate.limit = object.value(QLatin1StringView("limit")).toInt(-1);
    rate.remaining = object.value(QLatin1StringView("remaining")).toInt(-1);
    rate.used = object.value(QLatin1StringView("used")).toInt(-1);
    rate.lastCost = object.value(QLatin1StringView("cost")).toInt();
    rate.resetAt = dateTime(object.value(QLatin1StringView("resetAt")));
    return rate;
}

// Every response starts the same way: JSON (repaired or refused), then data, errors and the
// rate-limit object, which every query asks for.
struct Envelope
{
    QJsonObject data;
    QJsonArray errors;
};

template<typename Page>
std::optional<Envelope> openEnvelope(const QByteArray &json, Page &page)
{
    const auto root = parseDocument(json, page.error);
    if (!root)
        return std::nullopt;
    Envelope envelope {root->value(QLatin1StringView("data")).toObject(),
        root->value(QLatin1StringView("errors")).toArray()};
    page.rate = rateLimit(envelope.data);
    return envelope;
}

PageInfo pageInfo(const QJsonObject &connection)
{
    const auto info = connection.value(QLatin1StringView("pageInfo")).toObject();
    return {info.value(QLatin1StringView("hasNextPage")).toBool(),
        info.value(QLatin1StringView("endCursor")).toString(),
        connection.value(QLatin1StringView("totalCount")).toInt(-1)};
}

QJsonArray nodes(const QJsonObject &connection)
{
    return connection.value(QLatin1StringView("nodes")).toArray();
}

RepositoryRef repositoryFromNameWithOwner(const QString &host, const QString &nameWithOwner)
{
    auto repository = RepositoryRef::fromString(nameWithOwner);
    repository.host = host;
    return repository;
}

QList<Label> labels(const QJsonObject &connection)
{
    QList<Label> result;
    for (const auto &value : nodes(connection)) {
        const auto object = value.toObject();
        const auto name = object.value(QLatin1StringView("name")).toString();
        if (!name.isEmpty())
            result.append({name, object.value(QLatin1StringView("color")).toString(),
                object.value(QLatin1StringView("description")).toString()});
    }
    return result;
}

CiContext ciContext(const QJsonObject &object, const QStringList &required, bool requiredWhenUnknown)
{
    CiContext context;
    if (object.value(QLatin1StringView("__typename")).toString() == QLatin1StringView("CheckRun")) {
        context.source = CiContext::Source::CheckRun;
        context.name = object.value(QLatin1StringView("name")).toString();
        const auto status = object.value(QLatin1StringView("status")).toString();
        const auto conclusion = object.value(QLatin1StringView("conclusion")).toString();
        // A check run has a conclusion only once completed; before that its status is the state.
        context.rawState = status == QLatin1StringView("COMPLETED") && !conclusion.isEmpty() ? conclusion
            : status.isEmpty()                                                               ? conclusion
                                                                                             : status;
        context.url = QUrl(object.value(QLatin1StringView("detailsUrl")).toString());
        context.completedAt = dateTime(object.value(QLatin1StringView("completedAt")));
    } else {
        context.source = CiContext::Source::StatusContext;
        context.name = object.value(QLatin1StringView("context")).toString();
        context.rawState = object.value(QLatin1StringView("state")).toString();
        context.url = QUrl(object.value(QLatin1StringView("targetUrl")).toString());
        context.completedAt = dateTime(object.value(QLatin1StringView("createdAt")));
    }
    context.required = requiredWhenUnknown || required.contains(context.name);
    return context;
}

QList<CiContext> ciContexts(
    const QJsonObject &connection, const QStringList &required, bool requiredWhenUnknown)
{
    QList<CiContext> result;
    for (const auto &value : nodes(connection)) {
        if (value.isObject())
            result.append(ciContext(value.toObject(), required, requiredWhenUnknown));
    }
    return result;
}

QStringList requiredContexts(const QJsonValue &ref, bool *ruleKnown = nullptr)
{
    const auto rule = ref.toObject().value(QLatin1StringView("branchProtectionRule"));
    if (ruleKnown)
        *ruleKnown = rule.isObject();
    QStringList result;
    for (const auto &name : rule.toObject().value(QLatin1StringView("requiredStatusCheckContexts")).toArray())
        result.append(name.toString());
    return result;
}

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
            const auto source = object.value(QLatin1StringView("source")).toObject();
            const auto repository = repositoryFromNameWithOwner(host,
                source.value(QLatin1StringView("repository"))
                    .toObject()
                    .value(QLatin1StringView("nameWithOwner"))
                    .toString());
            const auto number = source.value(QLatin1StringView("number")).toInt();
            if (repository.isValid() && number > 0)
                event.detail = ItemKey {repository, number}.reference();
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

struct ParsedNode
{
    std::optional<Item> item;
    QList<TimelineEvent> events;
    std::optional<ItemFollowUp> followUp;
};

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
            const auto object = reference.toObject();
            const auto target = repositoryFromNameWithOwner(repository.host,
                object.value(QLatin1StringView("repository"))
                    .toObject()
                    .value(QLatin1StringView("nameWithOwner"))
                    .toString());
            const auto targetNumber = object.value(QLatin1StringView("number")).toInt();
            if (target.isValid() && targetNumber > 0)
                item.links.append({ItemLink::Kind::Closes, {target, targetNumber}});
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

bool isRepositoryNotFound(const QJsonArray &errors)
{
    return GitHubErrors::hasErrorOfType(
        errors, QLatin1StringView("NOT_FOUND"), QLatin1StringView("repository"));
}

/// Why a query about `repository` brought back no repository object.
ApiError repositoryError(const QJsonArray &errors, const RepositoryRef &repository)
{
    if (isRepositoryNotFound(errors))
        return {ApiError::Kind::NotFound, 0,
            GitHubParsers::tr(
                "The repository %1 was not found on %2: it was renamed, deleted or made private. "
                "Update the release's repositories. Its cached items are kept.")
                .arg(repository.fullName(), repository.host)};
    return {ApiError::Kind::GraphQL, 0,
        errors.isEmpty() ? GitHubParsers::tr("GitHub returned no data for %1.").arg(repository.fullName())
                         : GitHubParsers::tr("GitHub refused the query for %1: %2")
                               .arg(repository.fullName(), GitHubErrors::messages(errors))};
}

} // namespace

ReleaseItemsPage GitHubParsers::parseReleaseItems(const QByteArray &json, const RepositoryRef &repository,
    const QString &releaseBranch, const QString &mainBranch)
{
    ReleaseItemsPage page;
    const auto envelope = openEnvelope(json, page);
    if (!envelope)
        return page;
    const auto &data = envelope->data;
    const auto &errors = envelope->errors;
    const auto repositoryValue = data.value(QLatin1StringView("repository"));
    if (!repositoryValue.isObject()) {
        page.repositoryFound = !isRepositoryNotFound(errors);
        page.error = repositoryError(errors, repository);
        return page;
    }
    const auto repositoryObject = repositoryValue.toObject();
    const std::pair<const char *, QString> heads[]
        = {{"releaseHead", releaseBranch}, {"mainHead", mainBranch}};
    for (const auto &[alias, requested] : heads) {
        const auto ref = repositoryObject.value(QLatin1StringView(alias));
        if (ref.isNull() && repositoryObject.contains(QLatin1StringView(alias)) && !requested.isEmpty()) {
            // Asked for and answered with null: GitHub has no such branch (not cut yet).
            BranchCi missing;
            missing.repository = repository;
            missing.branch = requested;
            missing.found = false;
            page.branches.append(missing);
            continue;
        }
        if (!ref.isObject())
            continue;
        bool ruleKnown = false;
        const auto required = requiredContexts(ref, &ruleKnown);
        const auto target = ref.toObject().value(QLatin1StringView("target")).toObject();
        BranchCi head;
        head.repository = repository;
        head.branch = ref.toObject().value(QLatin1StringView("name")).toString();
        head.headSha = target.value(QLatin1StringView("oid")).toString();
        if (ruleKnown)
            head.protectedContexts = required;
        // Without a readable protection rule we cannot tell blocking from informing: count every
        // context as blocking, which can only make the verdict stricter.
        head.contexts = ciContexts(target.value(QLatin1StringView("statusCheckRollup"))
                                       .toObject()
                                       .value(QLatin1StringView("contexts"))
                                       .toObject(),
            required, !ruleKnown);
        page.branches.append(head);
    }
    const auto milestone = repositoryObject.value(QLatin1StringView("milestone"));
    if (!milestone.isObject()) {
        page.milestoneFound = false;
        return page;
    }
    QHash<QString, QString> nodeErrors; // "issues/3" -> message
    for (const auto &error : errors) {
        const auto path = error.toObject().value(QLatin1StringView("path")).toArray();
        if (path.size() >= 5 && path.at(3).toString() == QLatin1StringView("nodes"))
            nodeErrors.insert(path.at(2).toString() + QLatin1Char('/') + QString::number(path.at(4).toInt()),
                error.toObject().value(QLatin1StringView("message")).toString());
    }
    for (const bool pullRequests : {false, true}) {
        const auto connectionName = pullRequests ? QStringLiteral("pullRequests") : QStringLiteral("issues");
        const auto connectionValue = milestone.toObject().value(connectionName);
        if (!connectionValue.isObject())
            continue;
        const auto connection = connectionValue.toObject();
        (pullRequests ? page.pullRequests : page.issues) = pageInfo(connection);
        const auto list = nodes(connection);
        for (qsizetype index = 0; index < list.size(); ++index) {
            const QString errorKey = connectionName + QLatin1Char('/') + QString::number(index);
            if (!list.at(index).isObject()) {
                page.itemErrors.append(
                    tr("%1: item %2 of this page could not be read: %3")
                        .arg(repository.fullName())
                        .arg(index + 1)
                        .arg(nodeErrors.value(errorKey, tr("GitHub sent no data for it"))));
                continue;
            }
            auto parsed = itemFromNode(list.at(index).toObject(), repository, pullRequests);
            if (!parsed.item) {
                page.itemErrors.append(
                    tr("%1: an item without a number was skipped.").arg(repository.fullName()));
                continue;
            }
            if (nodeErrors.contains(errorKey))
                page.itemErrors.append(tr("%1: %2 (the rest of the item was stored)")
                                           .arg(parsed.item->key.reference(), nodeErrors.value(errorKey)));
            page.items.append(std::move(*parsed.item));
            page.events.append(parsed.events);
            if (parsed.followUp)
                page.followUps.append(*parsed.followUp);
        }
    }
    return page;
}

CompareRangePage GitHubParsers::parseCompareRange(const QByteArray &json, const RepositoryRef &repository)
{
    CompareRangePage page;
    const auto envelope = openEnvelope(json, page);
    if (!envelope)
        return page;
    const auto &errors = envelope->errors;
    const auto repositoryValue = envelope->data.value(QLatin1StringView("repository"));
    if (!repositoryValue.isObject()) {
        page.error = repositoryError(errors, repository);
        return page;
    }
    const auto repositoryObject = repositoryValue.toObject();
    const auto toRef = repositoryObject.value(QLatin1StringView("toRef"));
    const auto fromRef = repositoryObject.value(QLatin1StringView("fromRef"));
    page.toFound = toRef.isObject();
    page.fromFound = fromRef.isObject();
    if (!page.toFound || !page.fromFound)
        return page;
    page.headOid = toRef.toObject()
                       .value(QLatin1StringView("target"))
                       .toObject()
                       .value(QLatin1StringView("oid"))
                       .toString();
    const auto comparison = fromRef.toObject().value(QLatin1StringView("compare"));
    if (!comparison.isObject()) {
        // Both refs exist but GitHub cannot compare them (unrelated histories, or too large).
        page.error = {ApiError::Kind::GraphQL, 0,
            errors.isEmpty() ? tr("GitHub cannot compare these refs of %1.").arg(repository.fullName())
                             : tr("GitHub cannot compare these refs of %1: %2")
                                   .arg(repository.fullName(), GitHubErrors::messages(errors))};
        return page;
    }
    page.aheadBy = comparison.toObject().value(QLatin1StringView("aheadBy")).toInt();
    const auto commits = comparison.toObject().value(QLatin1StringView("commits")).toObject();
    page.commits = pageInfo(commits);
    QSet<int> seen;
    const auto commitNodes = nodes(commits);
    page.commitsOnPage = int(commitNodes.size());
    for (const auto &commit : commitNodes) {
        const auto pullRequests
            = nodes(commit.toObject().value(QLatin1StringView("associatedPullRequests")).toObject());
        for (const auto &node : pullRequests) {
            if (!node.isObject())
                continue;
            auto parsed = itemFromNode(node.toObject(), repository, true);
            if (!parsed.item || parsed.item->state != Item::State::Merged
                || seen.contains(parsed.item->key.number))
                continue;
            seen.insert(parsed.item->key.number);
            page.items.append(std::move(*parsed.item));
            page.events.append(parsed.events);
            if (parsed.followUp)
                page.followUps.append(*parsed.followUp);
        }
    }
    if (!errors.isEmpty())
        page.itemErrors.append(tr("%1: part of the range could not be read: %2")
                                   .arg(repository.fullName(), GitHubErrors::messages(errors)));
    return page;
}

BranchPullRequestsPage GitHubParsers::parseBranchPullRequests(
    const QByteArray &json, const RepositoryRef &repository)
{
    BranchPullRequestsPage page;
    const auto envelope = openEnvelope(json, page);
    if (!envelope)
        return page;
    const auto &errors = envelope->errors;
    const auto repositoryValue = envelope->data.value(QLatin1StringView("repository"));
    if (!repositoryValue.isObject()) {
        page.repositoryFound = !isRepositoryNotFound(errors);
        page.error = repositoryError(errors, repository);
        return page;
    }
    const auto connection = repositoryValue.toObject().value(QLatin1StringView("pullRequests")).toObject();
    page.pullRequests = pageInfo(connection);
    page.pullRequests.totalCount = connection.value(QLatin1StringView("totalCount")).toInt(-1);
    const auto list = nodes(connection);
    for (qsizetype index = 0; index < list.size(); ++index) {
        if (!list.at(index).isObject()) {
            page.itemErrors.append(tr("%1: item %2 of this page could not be read: %3")
                                       .arg(repository.fullName())
                                       .arg(index + 1)
                                       .arg(tr("GitHub sent no data for it")));
            continue;
        }
        const auto node = list.at(index).toObject();
        auto parsed = itemFromNode(node, repository, true);
        if (!parsed.item) {
            page.itemErrors.append(
                tr("%1: an item without a number was skipped.").arg(repository.fullName()));
            continue;
        }
        for (const auto &comment : nodes(node.value(QLatin1StringView("comments")).toObject())) {
            const auto object = comment.toObject();
            const auto body = object.value(QLatin1StringView("body")).toString();
            if (body.isEmpty())
                continue;
            page.comments.append({parsed.item->key, login(object.value(QLatin1StringView("author"))),
                dateTime(object.value(QLatin1StringView("createdAt"))),
                QUrl(object.value(QLatin1StringView("url")).toString()), body});
        }
        page.items.append(std::move(*parsed.item));
        page.events.append(parsed.events);
        if (parsed.followUp)
            page.followUps.append(*parsed.followUp);
    }
    if (!errors.isEmpty())
        page.itemErrors.append(tr("%1: part of a branch's pull requests could not be read: %2")
                                   .arg(repository.fullName(), GitHubErrors::messages(errors)));
    return page;
}

ItemConnectionsPage GitHubParsers::parseItemConnections(const QByteArray &json, const ItemFollowUp &item)
{
    ItemConnectionsPage page;
    const auto envelope = openEnvelope(json, page);
    if (!envelope)
        return page;
    const auto &data = envelope->data;
    const auto node = data.value(QLatin1StringView("node"));
    if (!node.isObject()) {
        page.error = {ApiError::Kind::NotFound, 0,
            tr("%1 disappeared while it was being read; it will be read again on the next sync.")
                .arg(item.key.reference())};
        return page;
    }
    const auto object = node.toObject();
    const auto labelConnection = object.value(QLatin1StringView("labels")).toObject();
    page.labels = labels(labelConnection);
    page.labelsPage = pageInfo(labelConnection);
    const auto contexts = object.value(QLatin1StringView("statusCheckRollup"))
                              .toObject()
                              .value(QLatin1StringView("contexts"))
                              .toObject();
    page.contexts = ciContexts(contexts, item.requiredContexts, false);
    page.contextsPage = pageInfo(contexts);
    const auto timeline = object.value(QLatin1StringView("timelineItems")).toObject();
    page.events = timelineEvents(timeline, item.key, item.key.repository.host);
    page.timelinePage = pageInfo(timeline);
    return page;
}

RepositoryMetaPage GitHubParsers::parseRepositoryMeta(const QByteArray &json)
{
    RepositoryMetaPage page;
    const auto envelope = openEnvelope(json, page);
    if (!envelope)
        return page;
    const auto &data = envelope->data;
    const auto &errors = envelope->errors;
    const auto repository = data.value(QLatin1StringView("repository"));
    if (!repository.isObject()) {
        page.repositoryFound = false;
        page.error = GitHubErrors::fromGraphQL(errors, tr("GitHub returned no repository data."));
        return page;
    }
    const auto labelConnection = repository.toObject().value(QLatin1StringView("labels")).toObject();
    page.labels = labels(labelConnection);
    page.labelsPage = pageInfo(labelConnection);
    const auto milestoneConnection = repository.toObject().value(QLatin1StringView("milestones")).toObject();
    for (const auto &value : nodes(milestoneConnection)) {
        const auto object = value.toObject();
        page.milestones.append({object.value(QLatin1StringView("number")).toInt(),
            object.value(QLatin1StringView("title")).toString(),
            object.value(QLatin1StringView("state")).toString() != QLatin1StringView("CLOSED"),
            dateTime(object.value(QLatin1StringView("dueOn")))});
    }
    page.milestonesPage = pageInfo(milestoneConnection);
    return page;
}

ViewerInfo GitHubParsers::parseViewer(const QByteArray &json)
{
    ViewerInfo viewer;
    const auto envelope = openEnvelope(json, viewer);
    if (!envelope)
        return viewer;
    const auto &data = envelope->data;
    const auto object = data.value(QLatin1StringView("viewer")).toObject();
    viewer.login = object.value(QLatin1StringView("login")).toString();
    viewer.name = object.value(QLatin1StringView("name")).toString();
    if (viewer.login.isEmpty())
        viewer.error = {ApiError::Kind::GraphQL, 0,
            tr("GitHub did not say who the token belongs to: %1")
                .arg(GitHubErrors::messages(envelope->errors))};
    return viewer;
}

RepositoryListPage GitHubParsers::parseViewerRepositories(const QByteArray &json, const QString &host)
{
    RepositoryListPage page;
    const auto envelope = openEnvelope(json, page);
    if (!envelope)
        return page;
    const auto &data = envelope->data;
    const auto connection = data.value(QLatin1StringView("viewer"))
                                .toObject()
                                .value(QLatin1StringView("repositories"))
                                .toObject();
    if (connection.isEmpty()) {
        page.error = {ApiError::Kind::GraphQL, 0,
            tr("GitHub did not list the repositories: %1").arg(GitHubErrors::messages(envelope->errors))};
        return page;
    }
    for (const auto &node : nodes(connection)) {
        const auto repository = repositoryFromNameWithOwner(
            host, node.toObject().value(QLatin1StringView("nameWithOwner")).toString());
        if (repository.isValid())
            page.repositories.append(repository);
    }
    page.page = pageInfo(connection);
    return page;
}

namespace {
GitHubParsers::ReleaseInfo releaseFrom(const QJsonObject &object)
{
    GitHubParsers::ReleaseInfo info;
    info.found = true;
    info.isDraft = object.value(QLatin1StringView("draft")).toBool();
    info.id = object.value(QLatin1StringView("id")).toInteger();
    info.htmlUrl = QUrl(object.value(QLatin1StringView("html_url")).toString());
    return info;
}

ApiError notARelease()
{
    return {ApiError::Kind::Malformed, 0,
        QCoreApplication::translate("ReleaseDesk::GitHubParsers",
            "GitHub's answer about releases is not the JSON expected; try again, and report it if it "
            "persists.")};
}
} // namespace

GitHubParsers::ReleaseInfo GitHubParsers::parseRelease(const QByteArray &json)
{
    const auto document = QJsonDocument::fromJson(json);
    if (!document.isObject() || !document.object().value(QLatin1StringView("id")).isDouble())
        return {notARelease()};
    return releaseFrom(document.object());
}

GitHubParsers::ReleaseInfo GitHubParsers::parseReleaseWithTag(const QByteArray &json, const QString &tagName)
{
    const auto document = QJsonDocument::fromJson(json);
    if (!document.isArray())
        return {notARelease()};
    for (const auto &value : document.array()) {
        const auto object = value.toObject();
        if (object.value(QLatin1StringView("tag_name")).toString() == tagName)
            return releaseFrom(object);
    }
    return {};
}

std::optional<QList<PublishedRelease>> GitHubParsers::parsePublishedReleases(const QByteArray &json)
{
    const auto document = QJsonDocument::fromJson(json);
    if (!document.isArray())
        return std::nullopt;
    QList<PublishedRelease> releases;
    for (const auto &value : document.array()) {
        const auto object = value.toObject();
        if (!object.value(QLatin1StringView("tag_name")).isString())
            continue; // nothing release-drafter could compare
        releases.append({object.value(QLatin1StringView("tag_name")).toString(),
            object.value(QLatin1StringView("name")).toString(),
            object.value(QLatin1StringView("draft")).toBool(),
            object.value(QLatin1StringView("prerelease")).toBool(),
            QDateTime::fromString(object.value(QLatin1StringView("created_at")).toString(), Qt::ISODate)});
    }
    return releases;
}

} // namespace ReleaseDesk::Api
