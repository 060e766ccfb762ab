#include "api/githubclient.h"

#include "api/githubparsers.h"

#include <QJsonArray>

// The typed GraphQL queries: each builds its variables and names its parser; GitHubClient::execute
// (githubclient.cpp) sends them.

namespace ReleaseDesk::Api {

namespace {

/// The variables of a query about one repository: its owner and name, and `more`.
QJsonObject repositoryVariables(const RepositoryRef &repository, QJsonObject more)
{
    more.insert(QStringLiteral("owner"), repository.owner);
    more.insert(QStringLiteral("name"), repository.name);
    return more;
}

/// A page cursor is sent only when there is one: without it, the query reads from the start.
void insertCursor(QJsonObject &variables, const QString &name, const QString &cursor)
{
    if (!cursor.isEmpty())
        variables.insert(name, cursor);
}

void insertCursor(QJsonObject &variables, const QString &name, const std::optional<QString> &cursor)
{
    if (cursor)
        variables.insert(name, *cursor);
}

/// A page parser with its second argument (the repository asked about, the item followed up) bound.
template<typename Page, typename... Arguments>
std::function<Page(const QByteArray &)> parserFor(
    Page (*parse)(const QByteArray &, const Arguments &...), Arguments... arguments)
{
    return [parse, arguments...](const QByteArray &body) { return parse(body, arguments...); };
}

} // namespace

template<typename Page>
void GitHubClient::fetch(const QString &operation, const QJsonObject &variables, QObject *context,
    std::function<Page(const QByteArray &)> parse, std::function<void(const Page &)> done)
{
    execute(
        operation, variables, context,
        [this, parse, done](const QByteArray &body) {
            const auto page = parse(body);
            if (page.error.kind == ApiError::Kind::Malformed)
                return page.error; // not delivered: the call is retried
            updateRateLimit(page.rate);
            done(page);
            return ApiError {};
        },
        [done](const ApiError &error) {
            Page page;
            page.error = error;
            done(page);
        });
}

void GitHubClient::fetchViewer(QObject *context, std::function<void(const ViewerInfo &)> done)
{
    fetch<ViewerInfo>(QStringLiteral("Viewer"), {}, context, &GitHubParsers::parseViewer, std::move(done));
}

void GitHubClient::fetchReleaseItems(
    const ReleaseItemsRequest &request, QObject *context, std::function<void(const ReleaseItemsPage &)> done)
{
    auto variables = repositoryVariables(request.repository,
        {
            {QStringLiteral("milestone"), request.milestoneNumber},
            {QStringLiteral("pageSize"), request.pageSize},
            {QStringLiteral("withIssues"), request.withIssues},
            {QStringLiteral("withPullRequests"), request.withPullRequests},
            {QStringLiteral("withBranches"), request.withBranches},
            {QStringLiteral("releaseBranch"), QString(QStringLiteral("refs/heads/") + request.releaseBranch)},
            {QStringLiteral("mainBranch"), QString(QStringLiteral("refs/heads/") + request.mainBranch)},
        });
    insertCursor(variables, QStringLiteral("issuesAfter"), request.issuesAfter);
    insertCursor(variables, QStringLiteral("pullRequestsAfter"), request.pullRequestsAfter);
    fetch<ReleaseItemsPage>(QStringLiteral("ReleaseItems"), variables, context,
        parserFor(
            &GitHubParsers::parseReleaseItems, request.repository, request.releaseBranch, request.mainBranch),
        std::move(done));
}

void GitHubClient::fetchCompareRange(
    const CompareRangeRequest &request, QObject *context, std::function<void(const CompareRangePage &)> done)
{
    auto variables = repositoryVariables(request.repository,
        {{QStringLiteral("fromRef"), request.fromRef}, {QStringLiteral("toRef"), request.toRef},
            {QStringLiteral("pageSize"), request.pageSize}});
    insertCursor(variables, QStringLiteral("after"), request.after);
    fetch<CompareRangePage>(QStringLiteral("CompareRange"), variables, context,
        parserFor(&GitHubParsers::parseCompareRange, request.repository), std::move(done));
}

void GitHubClient::fetchBranchPullRequests(const BranchPullRequestsRequest &request, QObject *context,
    std::function<void(const BranchPullRequestsPage &)> done)
{
    auto variables = repositoryVariables(request.repository,
        {{QStringLiteral("branch"), request.branch}, {QStringLiteral("pageSize"), request.pageSize},
            {QStringLiteral("withComments"), request.withComments}});
    if (!request.states.isEmpty())
        variables.insert(QStringLiteral("states"), QJsonArray::fromStringList(request.states));
    if (!request.labels.isEmpty())
        variables.insert(QStringLiteral("labels"), QJsonArray::fromStringList(request.labels));
    insertCursor(variables, QStringLiteral("after"), request.after);
    fetch<BranchPullRequestsPage>(QStringLiteral("BranchPullRequests"), variables, context,
        parserFor(&GitHubParsers::parseBranchPullRequests, request.repository), std::move(done));
}

void GitHubClient::fetchItemConnections(
    const ItemFollowUp &item, QObject *context, std::function<void(const ItemConnectionsPage &)> done)
{
    QJsonObject variables {
        {QStringLiteral("id"), item.nodeId},
        {QStringLiteral("withLabels"), item.labelsAfter.has_value()},
        {QStringLiteral("withContexts"), item.contextsAfter.has_value()},
        {QStringLiteral("withTimeline"), item.timelineAfter.has_value()},
    };
    insertCursor(variables, QStringLiteral("labelsAfter"), item.labelsAfter);
    insertCursor(variables, QStringLiteral("contextsAfter"), item.contextsAfter);
    insertCursor(variables, QStringLiteral("timelineAfter"), item.timelineAfter);
    fetch<ItemConnectionsPage>(QStringLiteral("ItemConnections"), variables, context,
        parserFor(&GitHubParsers::parseItemConnections, item), std::move(done));
}

void GitHubClient::fetchBranchHistory(const BranchHistoryRequest &request, QObject *context,
    std::function<void(const BranchHistoryPage &)> done)
{
    const auto variables = repositoryVariables(request.repository,
        {
            {QStringLiteral("releaseBranch"), QString(QStringLiteral("refs/heads/") + request.releaseBranch)},
            {QStringLiteral("withRelease"), !request.releaseBranch.isEmpty()},
            {QStringLiteral("mainBranch"), QString(QStringLiteral("refs/heads/") + request.mainBranch)},
            {QStringLiteral("withMain"), !request.mainBranch.isEmpty()},
            {QStringLiteral("depth"), std::clamp(request.depth, 1, 100)},
        });
    fetch<BranchHistoryPage>(QStringLiteral("BranchHistory"), variables, context,
        parserFor(&parseBranchHistory, request.repository, request.releaseBranch, request.mainBranch),
        std::move(done));
}

void GitHubClient::fetchRepositoryMeta(const RepositoryMetaRequest &request, QObject *context,
    std::function<void(const RepositoryMetaPage &)> done)
{
    auto variables = repositoryVariables(request.repository,
        {{QStringLiteral("withLabels"), request.withLabels},
            {QStringLiteral("withMilestones"), request.withMilestones}});
    insertCursor(variables, QStringLiteral("labelsAfter"), request.labelsAfter);
    insertCursor(variables, QStringLiteral("milestonesAfter"), request.milestonesAfter);
    fetch<RepositoryMetaPage>(QStringLiteral("RepositoryMeta"), variables, context,
        &GitHubParsers::parseRepositoryMeta, std::move(done));
}

void GitHubClient::fetchViewerRepositories(
    const QString &after, QObject *context, std::function<void(const RepositoryListPage &)> done)
{
    QJsonObject variables;
    insertCursor(variables, QStringLiteral("after"), after);
    fetch<RepositoryListPage>(QStringLiteral("ViewerRepositories"), variables, context,
        parserFor(&GitHubParsers::parseViewerRepositories, m_host.name), std::move(done));
}

} // namespace ReleaseDesk::Api
