#include "api/githubparsers.h"

#include "api/githuberrors.h"
#include "api/githubitemnode.h"
#include "api/githubjson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

// The item pages (release items, compare range, a branch's pull requests, an item's connections);
// repository, viewer and REST release answers are in githubparsers_repository.cpp.

namespace ReleaseDesk::Api {

using namespace GitHubJson;

ReleaseItemsPage GitHubParsers::parseReleaseItems(const QByteArray &json, const RepositoryRef &repository,
    const QString &releaseBranch, const QString &mainBranch)
{
    return readPage<ReleaseItemsPage>(json, [&](const Envelope &envelope, ReleaseItemsPage &page) {
        const auto &errors = envelope.errors;
        const auto repositoryObject = repositoryOf(envelope, page, repository);
        if (!repositoryObject)
            return;
        const std::pair<const char *, QString> heads[]
            = {{"releaseHead", releaseBranch}, {"mainHead", mainBranch}};
        for (const auto &[alias, requested] : heads) {
            const auto ref = repositoryObject->value(QLatin1StringView(alias));
            if (ref.isNull() && repositoryObject->contains(QLatin1StringView(alias))
                && !requested.isEmpty()) {
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
        const auto milestone = repositoryObject->value(QLatin1StringView("milestone"));
        if (!milestone.isObject()) {
            page.milestoneFound = false;
            return;
        }
        QHash<QString, QString> nodeErrors; // "issues/3" -> message
        for (const auto &error : errors) {
            const auto path = error.toObject().value(QLatin1StringView("path")).toArray();
            if (path.size() >= 5 && path.at(3).toString() == QLatin1StringView("nodes"))
                nodeErrors.insert(
                    path.at(2).toString() + QLatin1Char('/') + QString::number(path.at(4).toInt()),
                    error.toObject().value(QLatin1StringView("message")).toString());
        }
        for (const bool pullRequests : {false, true}) {
            const auto connectionName
                = pullRequests ? QStringLiteral("pullRequests") : QStringLiteral("issues");
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
                    page.itemErrors.append(
                        tr("%1: %2 (the rest of the item was stored)")
                            .arg(parsed.item->key.reference(), nodeErrors.value(errorKey)));
                addParsed(page, std::move(parsed));
            }
        }
    });
}

CompareRangePage GitHubParsers::parseCompareRange(const QByteArray &json, const RepositoryRef &repository)
{
    return readPage<CompareRangePage>(json, [&](const Envelope &envelope, CompareRangePage &page) {
        const auto &errors = envelope.errors;
        const auto repositoryObject = repositoryOf(envelope, page, repository);
        if (!repositoryObject)
            return;
        const auto toRef = repositoryObject->value(QLatin1StringView("toRef"));
        const auto fromRef = repositoryObject->value(QLatin1StringView("fromRef"));
        page.toFound = toRef.isObject();
        page.fromFound = fromRef.isObject();
        if (!page.toFound || !page.fromFound)
            return;
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
            return;
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
                addParsed(page, std::move(parsed));
            }
        }
        if (!errors.isEmpty())
            page.itemErrors.append(tr("%1: part of the range could not be read: %2")
                                       .arg(repository.fullName(), GitHubErrors::messages(errors)));
    });
}

BranchPullRequestsPage GitHubParsers::parseBranchPullRequests(
    const QByteArray &json, const RepositoryRef &repository)
{
    return readPage<BranchPullRequestsPage>(
        json, [&](const Envelope &envelope, BranchPullRequestsPage &page) {
            const auto &errors = envelope.errors;
            const auto repositoryObject = repositoryOf(envelope, page, repository);
            if (!repositoryObject)
                return;
            const auto connection = repositoryObject->value(QLatin1StringView("pullRequests")).toObject();
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
                addParsed(page, std::move(parsed));
            }
            if (!errors.isEmpty())
                page.itemErrors.append(tr("%1: part of a branch's pull requests could not be read: %2")
                                           .arg(repository.fullName(), GitHubErrors::messages(errors)));
        });
}

ItemConnectionsPage GitHubParsers::parseItemConnections(const QByteArray &json, const ItemFollowUp &item)
{
    return readPage<ItemConnectionsPage>(json, [&](const Envelope &envelope, ItemConnectionsPage &page) {
        const auto node = envelope.value("node");
        if (!node.isObject()) {
            page.error = {ApiError::Kind::NotFound, 0,
                tr("%1 disappeared while it was being read; it will be read again on the next sync.")
                    .arg(item.key.reference())};
            return;
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
    });
}

} // namespace ReleaseDesk::Api
