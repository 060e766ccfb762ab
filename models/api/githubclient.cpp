#include "api/githubclient.h"

#include "api/githuberrors.h"
#include "api/githubparsers.h"
#include "api/graphqldocuments.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

Q_LOGGING_CATEGORY(lcGitHub, "releasedesk.github", QtInfoMsg)

namespace ReleaseDesk::Api {

struct GitHubClient::Call
{
    QString operation;
    QJsonObject variables;
    /// Items asked for per page when the operation pages by $pageSize; 0 otherwise.
    int pageSize = 0;
    /// Failures that a smaller page might avoid (502, 504, timeouts), at the current page size.
    int failuresAtSize = 0;
    QByteArray payload;
    QPointer<QObject> context;
    bool hasContext = false;
    std::function<ApiError(const QByteArray &)> deliver;
    std::function<void(const ApiError &)> fail;
    int attempt = 0;
    quint64 generation = 0;
    bool done = false;
};

namespace {

QString userAgent()
{
    return QStringLiteral("ReleaseDesk/%1 (Qt %2)")
        .arg(QCoreApplication::applicationVersion(), QLatin1StringView(qVersion()));
}

// Looks for GitHub's GraphQL rate-limit error, which arrives with HTTP 200.
bool isGraphQLRateLimited(const QByteArray &body)
{
    if (!body.contains("RATE_LIMITED"))
        return false;
    const auto errors = QJsonDocument::fromJson(body).object().value(QLatin1StringView("errors")).toArray();
    return std::any_of(errors.cbegin(), errors.cend(), [](const QJsonValue &error) {
        return error.toObject().value(QLatin1StringView("type")).toString()
            == QLatin1StringView("RATE_LIMITED");
    });
}

// GitHub answers a query that ran too long with 200, no data and this message (or with 502).
bool isGraphQLTimeout(const QByteArray &body)
{
    if (!body.contains("result of a timeout"))
        return false;
    const auto object = QJsonDocument::fromJson(body).object();
    if (object.value(QLatin1StringView("data")).isObject())
        return false; // partial data: the parser keeps what came and reports the rest
    const auto errors = object.value(QLatin1StringView("errors")).toArray();
    return std::any_of(errors.cbegin(), errors.cend(), [](const QJsonValue &error) {
        return error.toObject()
            .value(QLatin1StringView("message"))
            .toString()
            .contains(QLatin1StringView("result of a timeout"));
    });
}

// The failures a smaller page can cure: GitHub's gateway giving up on a slow query.
bool isHeavyPageFailure(const ApiError &error)
{
    return error.kind == ApiError::Kind::Timeout
        || (error.kind == ApiError::Kind::Server && (error.httpStatus == 502 || error.httpStatus == 504));
}

} // namespace

GitHubClient::GitHubClient(QNetworkAccessManager *network, GitHubHost host, QString token, QObject *parent)
    : GitHubService(parent)
    , m_network(network)
    , m_host(std::move(host))
    , m_token(std::move(token))
{ }

GitHubClient::GitHubClient(GitHubHost host, QString token, QObject *parent)
    : GitHubClient(new QNetworkAccessManager, std::move(host), std::move(token), parent)
{
    m_network->setParent(this);
}

GitHubServiceFactory gitHubClientFactory(QNetworkAccessManager *network)
{
    return [network](const GitHubHost &host, const QString &token) -> std::unique_ptr<GitHubService> {
        // A network access manager serves only its own thread: a service built elsewhere (the
        // background sync's thread) gets one of its own.
        if (network && network->thread() == QThread::currentThread())
            return std::make_unique<GitHubClient>(network, host, token);
        return std::make_unique<GitHubClient>(host, token);
    };
}

GitHubClient::~GitHubClient()
{
    cancelAll();
}

QString GitHubClient::document(const QString &operation)
{
    const auto text = GraphQLDocuments::assemble(operation);
    Q_ASSERT_X(!text.isEmpty(), "GitHubClient", "missing GraphQL resource");
    return text;
}

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
    QJsonObject variables {
        {QStringLiteral("owner"), request.repository.owner},
        {QStringLiteral("name"), request.repository.name},
        {QStringLiteral("milestone"), request.milestoneNumber},
        {QStringLiteral("pageSize"), request.pageSize},
        {QStringLiteral("withIssues"), request.withIssues},
        {QStringLiteral("withPullRequests"), request.withPullRequests},
        {QStringLiteral("withBranches"), request.withBranches},
        {QStringLiteral("releaseBranch"), QString(QStringLiteral("refs/heads/") + request.releaseBranch)},
        {QStringLiteral("mainBranch"), QString(QStringLiteral("refs/heads/") + request.mainBranch)},
    };
    if (!request.issuesAfter.isEmpty())
        variables.insert(QStringLiteral("issuesAfter"), request.issuesAfter);
    if (!request.pullRequestsAfter.isEmpty())
        variables.insert(QStringLiteral("pullRequestsAfter"), request.pullRequestsAfter);
    const auto repository = request.repository;
    const auto releaseBranch = request.releaseBranch;
    const auto mainBranch = request.mainBranch;
    fetch<ReleaseItemsPage>(
        QStringLiteral("ReleaseItems"), variables, context,
        [repository, releaseBranch, mainBranch](const QByteArray &body) {
            return GitHubParsers::parseReleaseItems(body, repository, releaseBranch, mainBranch);
        },
        std::move(done));
}

void GitHubClient::fetchCompareRange(
    const CompareRangeRequest &request, QObject *context, std::function<void(const CompareRangePage &)> done)
{
    QJsonObject variables {
        {QStringLiteral("owner"), request.repository.owner},
        {QStringLiteral("name"), request.repository.name},
        {QStringLiteral("fromRef"), request.fromRef},
        {QStringLiteral("toRef"), request.toRef},
        {QStringLiteral("pageSize"), request.pageSize},
    };
    if (!request.after.isEmpty())
        variables.insert(QStringLiteral("after"), request.after);
    const auto repository = request.repository;
    fetch<CompareRangePage>(
        QStringLiteral("CompareRange"), variables, context,
        [repository](const QByteArray &body) { return GitHubParsers::parseCompareRange(body, repository); },
        std::move(done));
}

void GitHubClient::fetchBranchPullRequests(const BranchPullRequestsRequest &request, QObject *context,
    std::function<void(const BranchPullRequestsPage &)> done)
{
    QJsonObject variables {
        {QStringLiteral("owner"), request.repository.owner},
        {QStringLiteral("name"), request.repository.name},
        {QStringLiteral("branch"), request.branch},
        {QStringLiteral("pageSize"), request.pageSize},
        {QStringLiteral("withComments"), request.withComments},
    };
    if (!request.states.isEmpty())
        variables.insert(QStringLiteral("states"), QJsonArray::fromStringList(request.states));
    if (!request.labels.isEmpty())
        variables.insert(QStringLiteral("labels"), QJsonArray::fromStringList(request.labels));
    if (!request.after.isEmpty())
        variables.insert(QStringLiteral("after"), request.after);
    const auto repository = request.repository;
    fetch<BranchPullRequestsPage>(
        QStringLiteral("BranchPullRequests"), variables, context,
        [repository](
            const QByteArray &body) { return GitHubParsers::parseBranchPullRequests(body, repository); },
        std::move(done));
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
    if (item.labelsAfter)
        variables.insert(QStringLiteral("labelsAfter"), *item.labelsAfter);
    if (item.contextsAfter)
        variables.insert(QStringLiteral("contextsAfter"), *item.contextsAfter);
    if (item.timelineAfter)
        variables.insert(QStringLiteral("timelineAfter"), *item.timelineAfter);
    fetch<ItemConnectionsPage>(
        QStringLiteral("ItemConnections"), variables, context,
        [item](const QByteArray &body) { return GitHubParsers::parseItemConnections(body, item); },
        std::move(done));
}

void GitHubClient::fetchBranchHistory(const BranchHistoryRequest &request, QObject *context,
    std::function<void(const BranchHistoryPage &)> done)
{
    QJsonObject variables {
        {QStringLiteral("owner"), request.repository.owner},
        {QStringLiteral("name"), request.repository.name},
        {QStringLiteral("releaseBranch"), QString(QStringLiteral("refs/heads/") + request.releaseBranch)},
        {QStringLiteral("withRelease"), !request.releaseBranch.isEmpty()},
        {QStringLiteral("mainBranch"), QString(QStringLiteral("refs/heads/") + request.mainBranch)},
        {QStringLiteral("withMain"), !request.mainBranch.isEmpty()},
        {QStringLiteral("depth"), std::clamp(request.depth, 1, 100)},
    };
    const auto repository = request.repository;
    const auto releaseBranch = request.releaseBranch;
    const auto mainBranch = request.mainBranch;
    fetch<BranchHistoryPage>(
        QStringLiteral("BranchHistory"), variables, context,
        [repository, releaseBranch, mainBranch](const QByteArray &body) {
            return parseBranchHistory(body, repository, releaseBranch, mainBranch);
        },
        std::move(done));
}

void GitHubClient::fetchRepositoryMeta(const RepositoryMetaRequest &request, QObject *context,
    std::function<void(const RepositoryMetaPage &)> done)
{
    QJsonObject variables {
        {QStringLiteral("owner"), request.repository.owner},
        {QStringLiteral("name"), request.repository.name},
        {QStringLiteral("withLabels"), request.withLabels},
        {QStringLiteral("withMilestones"), request.withMilestones},
    };
    if (!request.labelsAfter.isEmpty())
        variables.insert(QStringLiteral("labelsAfter"), request.labelsAfter);
    if (!request.milestonesAfter.isEmpty())
        variables.insert(QStringLiteral("milestonesAfter"), request.milestonesAfter);
    fetch<RepositoryMetaPage>(QStringLiteral("RepositoryMeta"), variables, context,
        &GitHubParsers::parseRepositoryMeta, std::move(done));
}

void GitHubClient::fetchViewerRepositories(
    const QString &after, QObject *context, std::function<void(const RepositoryListPage &)> done)
{
    QJsonObject variables;
    if (!after.isEmpty())
        variables.insert(QStringLiteral("after"), after);
    const auto host = m_host.name;
    fetch<RepositoryListPage>(
        QStringLiteral("ViewerRepositories"), variables, context,
        [host](const QByteArray &body) { return GitHubParsers::parseViewerRepositories(body, host); },
        std::move(done));
}

void GitHubClient::restCall(const QByteArray &method, const QString &path, const QJsonObject &body,
    QObject *context, std::function<void(const ApiError &, const QByteArray &)> done)
{
    QUrl url = m_host.restUrl;
    const auto query = path.indexOf(QLatin1Char('?'));
    url.setPath(url.path() + path.left(query), QUrl::TolerantMode);
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "bearer " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/vnd.github+json");
    request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(m_policy.transferTimeoutMs);
    ++m_statistics.requests;
    qCDebug(lcGitHub).noquote() << method << url.path();
    auto *reply = m_network->sendCustomRequest(
        request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_inFlight.append(reply);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, done] {
        reply->deleteLater();
        m_inFlight.removeAll(reply);
        updateRateLimitFromHeaders(reply);
        if (!guard)
            return;
        GitHubErrors::HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto answered = reply->readAll();
        answer.gitHubMessage = GitHubErrors::restMessage(answered);
        answer.transportError = reply->errorString();
        answer.retryAfter = reply->hasRawHeader("Retry-After");
        answer.budgetExhausted = m_rate.remaining == 0;
        answer.resetAt = m_rate.resetAt;
        answer.ssoHeader = reply->rawHeader("X-GitHub-SSO");
        answer.endpoint = reply->url().toString();
        done(GitHubErrors::fromHttp(answer, GitHubErrors::Request::Change), answered);
    });
}

void GitHubClient::restWrite(const QByteArray &method, const QString &path, const QJsonObject &body,
    QObject *context, std::function<void(const ApiError &)> done)
{
    restCall(method, path, body, context, [done](const ApiError &error, const QByteArray &) { done(error); });
}

void GitHubClient::editIssue(
    const IssueEdit &edit, QObject *context, std::function<void(const ApiError &)> done)
{
    const auto &repository = edit.item.repository;
    // Pull requests are issues to these endpoints.
    const auto base = QStringLiteral("/repos/%1/%2/issues/%3")
                          .arg(repository.owner, repository.name)
                          .arg(edit.item.number);
    using Kind = IssueEdit::Kind;
    switch (edit.kind) {
    case Kind::AddLabel:
        return restWrite("POST", base + QStringLiteral("/labels"),
            {{QStringLiteral("labels"), QJsonArray {edit.value}}}, context, std::move(done));
    case Kind::RemoveLabel:
        return restWrite("DELETE",
            base + QStringLiteral("/labels/") + QString::fromLatin1(QUrl::toPercentEncoding(edit.value)), {},
            context, std::move(done));
    case Kind::SetMilestone:
        return restWrite(
            "PATCH", base, {{QStringLiteral("milestone"), edit.milestoneNumber}}, context, std::move(done));
    case Kind::ClearMilestone:
        return restWrite(
            "PATCH", base, {{QStringLiteral("milestone"), QJsonValue::Null}}, context, std::move(done));
    case Kind::Assign:
    case Kind::Unassign:
        return restWrite(edit.kind == Kind::Assign ? "POST" : "DELETE", base + QStringLiteral("/assignees"),
            {{QStringLiteral("assignees"), QJsonArray {edit.value}}}, context, std::move(done));
    case Kind::Comment:
        return restWrite("POST", base + QStringLiteral("/comments"), {{QStringLiteral("body"), edit.value}},
            context, std::move(done));
    case Kind::Close:
    case Kind::Reopen:
        return restWrite("PATCH", base,
            {{QStringLiteral("state"),
                edit.kind == Kind::Close ? QStringLiteral("closed") : QStringLiteral("open")}},
            context, std::move(done));
    }
}

void GitHubClient::createIssue(
    const NewIssue &issue, QObject *context, std::function<void(const ApiError &)> done)
{
    restWrite("POST", QStringLiteral("/repos/%1/issues").arg(issue.repository.fullName()),
        {{QStringLiteral("title"), issue.title}, {QStringLiteral("body"), issue.body},
            {QStringLiteral("labels"), QJsonArray::fromStringList(issue.labels)}},
        context, std::move(done));
}

void GitHubClient::publishReleaseDraft(
    const ReleaseDraft &draft, QObject *context, std::function<void(const ReleaseDraftResult &)> done)
{
    const auto base = QStringLiteral("/repos/%1/releases").arg(draft.repository.fullName());
    // Drafts are not returned by /releases/tags/{tag}: list the releases and look for the tag.
    restCall("GET", base + QStringLiteral("?per_page=100"), {}, context,
        [this, draft, base, context, done](const ApiError &error, const QByteArray &body) {
            if (error)
                return done({error, false, 0, {}});
            const auto existing = GitHubParsers::parseReleaseWithTag(body, draft.tagName);
            if (existing.error)
                return done({existing.error, false, 0, {}});
            if (existing.found && !existing.isDraft)
                return done(
                    {{ApiError::Kind::Forbidden, 0,
                         tr("%1 already has a published release for %2. Release Desk only writes drafts and "
                            "never changes a published release: edit it on GitHub, or choose another tag.")
                             .arg(draft.repository.fullName(), draft.tagName)},
                        false, 0, {}});
            QJsonObject payload {{QStringLiteral("name"), draft.name}, {QStringLiteral("body"), draft.body},
                {QStringLiteral("draft"), true}, {QStringLiteral("tag_name"), draft.tagName}};
            if (!draft.targetCommitish.isEmpty())
                payload.insert(QStringLiteral("target_commitish"), draft.targetCommitish);
            const bool create = !existing.found;
            const auto path = create ? base : base + QLatin1Char('/') + QString::number(existing.id);
            restCall(create ? "POST" : "PATCH", path, payload, context,
                [create, done](const ApiError &writeError, const QByteArray &written) {
                    if (writeError)
                        return done({writeError, create, 0, {}});
                    const auto release = GitHubParsers::parseRelease(written);
                    done({release.error, create, release.id, release.htmlUrl});
                });
        });
}

void GitHubClient::fetchPublishedReleases(const RepositoryRef &repository, QObject *context,
    std::function<void(const PublishedReleasesResult &)> done)
{
    // Pages are read one after the other; the list ends with a short page or GitHub's 1,000 limit.
    auto collected = std::make_shared<QList<PublishedRelease>>();
    auto page = std::make_shared<std::function<void(int)>>();
    *page = [this, repository, context, done, collected, page](int number) {
        const auto path = QStringLiteral("/repos/%1/releases?per_page=100&page=%2")
                              .arg(repository.fullName())
                              .arg(number);
        restCall("GET", path, {}, context,
            [done, collected, page, number](const ApiError &error, const QByteArray &body) {
                if (error) {
                    *page = nullptr;
                    return done({error, {}});
                }
                const auto releases = GitHubParsers::parsePublishedReleases(body);
                if (!releases) {
                    *page = nullptr;
                    return done(
                        {{ApiError::Kind::Malformed, 200, tr("GitHub's list of releases could not be read.")},
                            {}});
                }
                *collected += *releases;
                if (releases->size() < 100 || number >= 10) {
                    done({{}, *collected});
                    *page = nullptr; // ends the self-reference
                    return;
                }
                (*page)(number + 1);
            });
    };
    (*page)(1);
}

void GitHubClient::execute(const QString &operation, const QJsonObject &variables, QObject *context,
    std::function<ApiError(const QByteArray &)> deliver, std::function<void(const ApiError &)> fail)
{
    auto call = std::make_shared<Call>();
    call->operation = operation;
    call->variables = variables;
    if (const auto requested = variables.value(QLatin1StringView("pageSize")).toInt(); requested > 0) {
        const auto cap = m_pageSizeCaps.value(operation).size;
        call->pageSize = cap > 0 ? std::min(requested, cap) : requested;
    }
    call->context = context;
    call->hasContext = context != nullptr;
    call->deliver = std::move(deliver);
    call->fail = std::move(fail);
    call->generation = m_generation;
    send(call);
}

void GitHubClient::send(const std::shared_ptr<Call> &call)
{
    if (call->generation != m_generation || (call->hasContext && !call->context))
        return;
    // Spend the last points only after the reset: waiting is better than a failed request.
    if (m_rate.isKnown() && m_rate.remaining < m_policy.reservePoints && m_rate.resetAt.isValid()
        && m_rate.resetAt > QDateTime::currentDateTimeUtc()) {
        const auto waitMs = QDateTime::currentDateTimeUtc().msecsTo(m_rate.resetAt) + 1000;
        m_rate.remaining = m_rate.limit; // assume the reset happened once the wait is over
        retryLater(call, waitMs, WaitReason::RateLimitReset,
            {ApiError::Kind::RateLimited, 0,
                tr("The GitHub API budget is used up until %1.")
                    .arg(QLocale().toString(m_rate.resetAt.toLocalTime(), QLocale::ShortFormat))});
        return;
    }
    if (call->pageSize > 0)
        call->variables.insert(QStringLiteral("pageSize"), call->pageSize);
    call->payload = QJsonDocument(QJsonObject {{QStringLiteral("query"), document(call->operation)},
                                      {QStringLiteral("operationName"), call->operation},
                                      {QStringLiteral("variables"), call->variables}})
                        .toJson(QJsonDocument::Compact);
    ++call->attempt;
    ++m_statistics.requests;
    QNetworkRequest request(m_host.graphqlUrl);
    request.setRawHeader("Authorization", "bearer " + m_token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_policy.transferTimeoutMs);
    // Qt's zip-bomb guard stops at 10 MB; a page of 100 items with long bodies compresses far
    // better than that ratio. Bounded still, at a size no real page reaches.
    request.setDecompressedSafetyCheckThreshold(512 * 1024 * 1024);
    qCDebug(lcGitHub).noquote() << "POST" << m_host.graphqlUrl.toString() << call->operation << "attempt"
                                << call->attempt;
    auto *reply = m_network->post(request, call->payload);
    m_inFlight.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, call] { handleReply(reply, call); });
}

void GitHubClient::handleReply(QNetworkReply *reply, const std::shared_ptr<Call> &call)
{
    reply->deleteLater();
    m_inFlight.removeAll(reply);
    if (call->generation != m_generation)
        return finish(call, {ApiError::Kind::Cancelled, 0, tr("Cancelled.")});
    updateRateLimitFromHeaders(reply);
    if (reply->hasRawHeader("X-OAuth-Scopes")) {
        m_scopesKnown = true;
        m_scopes.clear();
        for (const auto &scope :
            QString::fromLatin1(reply->rawHeader("X-OAuth-Scopes")).split(QLatin1Char(',')))
            if (!scope.trimmed().isEmpty())
                m_scopes.append(scope.trimmed());
    }
    const auto status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto networkError = reply->error();
    const auto body = reply->readAll();
    qCDebug(lcGitHub).noquote() << call->operation << "->" << status << networkError << body.size()
                                << "bytes";

    const bool canRetry = call->attempt < m_policy.maxAttempts;
    const auto retryAfter = reply->rawHeader("Retry-After").toLongLong();

    const bool graphQLTimeout = status == 200 && isGraphQLTimeout(body);
    GitHubErrors::HttpAnswer answer;
    answer.status = status;
    answer.transportError = reply->errorString();
    answer.timedOut = status < 500
        && (graphQLTimeout || networkError == QNetworkReply::OperationCanceledError
            || networkError == QNetworkReply::TimeoutError);
    answer.retryAfter = retryAfter > 0 || body.contains("secondary rate limit");
    answer.budgetExhausted = m_rate.remaining == 0;
    answer.resetAt = m_rate.resetAt;
    answer.ssoHeader = reply->rawHeader("X-GitHub-SSO");
    answer.endpoint = m_host.graphqlUrl.toString();
    if (status == 200 && !graphQLTimeout && networkError != QNetworkReply::NoError)
        answer.status = 0; // a 200 cut short
    const auto error = GitHubErrors::fromHttp(answer, GitHubErrors::Request::Query);
    switch (error.kind) {
    case ApiError::Kind::None:
        break;
    case ApiError::Kind::RateLimited:
        if (answer.retryAfter)
            return retryLater(
                call, (retryAfter > 0 ? retryAfter : 60) * 1000, WaitReason::SecondaryRateLimit, error);
        return retryLater(call, QDateTime::currentDateTimeUtc().msecsTo(m_rate.resetAt) + 1000,
            WaitReason::RateLimitReset, error);
    case ApiError::Kind::Server:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network: {
        // A refused connection or an unknown host does not heal by retrying within seconds.
        const bool permanent = networkError == QNetworkReply::HostNotFoundError
            || networkError == QNetworkReply::ConnectionRefusedError
            || networkError == QNetworkReply::SslHandshakeFailedError;
        if (isHeavyPageFailure(error) && shrinkPage(call))
            return retryLater(call, backoffDelayMs(1), WaitReason::Backoff, error);
        if (canRetry && !permanent)
            return retryLater(call, backoffDelayMs(call->attempt), WaitReason::Backoff, error);
        return finish(call, error);
    }
    default:
        return finish(call, error);
    }
    if (isGraphQLRateLimited(body)) {
        const auto resetAt
            = m_rate.resetAt.isValid() ? m_rate.resetAt : QDateTime::currentDateTimeUtc().addSecs(60);
        m_rate.remaining = 0;
        Q_EMIT rateLimitChanged(m_rate);
        return retryLater(call, QDateTime::currentDateTimeUtc().msecsTo(resetAt) + 1000,
            WaitReason::RateLimitReset,
            {ApiError::Kind::RateLimited, status, tr("The GitHub API budget is used up.")});
    }
    if (call->hasContext && !call->context)
        return;
    QElapsedTimer processing;
    processing.start();
    const auto deliveryError = call->deliver(body);
    m_statistics.processingNs += processing.nsecsElapsed();
    if (!deliveryError) {
        call->done = true;
        pageSucceeded(*call);
        return;
    }
    if (canRetry)
        return retryLater(call, backoffDelayMs(call->attempt), WaitReason::Backoff, deliveryError);
    finish(call, deliveryError);
}

void GitHubClient::retryLater(
    const std::shared_ptr<Call> &call, qint64 delayMs, WaitReason reason, const ApiError &cause)
{
    if (reason != WaitReason::Backoff && delayMs > qint64(m_policy.maxRateLimitWaitSeconds) * 1000)
        return finish(call, cause);
    delayMs = std::max<qint64>(delayMs, 0);
    qCInfo(lcGitHub).noquote() << call->operation << "waits" << delayMs << "ms:" << cause.message;
    m_waiting.append(call);
    Q_EMIT waitStarted(QDateTime::currentDateTimeUtc().addMSecs(delayMs), reason);
    QTimer::singleShot(std::chrono::milliseconds(delayMs), this, [this, call] {
        m_waiting.removeAll(call);
        Q_EMIT waitFinished();
        if (call->generation != m_generation)
            return;
        send(call);
    });
}

void GitHubClient::finish(const std::shared_ptr<Call> &call, const ApiError &error)
{
    if (call->done)
        return;
    call->done = true;
    if (error.kind != ApiError::Kind::Cancelled)
        qCWarning(lcGitHub).noquote() << call->operation << "failed:" << error.message;
    if (call->hasContext && !call->context)
        return;
    call->fail(error);
}

void GitHubClient::cancelAll()
{
    ++m_generation;
    const auto inFlight = m_inFlight;
    for (const auto &reply : inFlight) {
        if (reply)
            reply->abort();
    }
    const auto waiting = m_waiting;
    m_waiting.clear();
    for (const auto &call : waiting)
        finish(call, {ApiError::Kind::Cancelled, 0, tr("Cancelled.")});
}

bool GitHubClient::shrinkPage(const std::shared_ptr<Call> &call)
{
    // Real GitHub answers heavy pages with 502 or a timeout again and again; retrying the same page
    // does not help, a smaller one does (other clients cut their pages for it too).
    if (call->pageSize <= 0 || ++call->failuresAtSize < m_policy.failuresBeforeShrinking
        || call->pageSize <= m_policy.minPageSize)
        return false;
    const auto from = call->pageSize;
    call->pageSize = std::max(m_policy.minPageSize, call->pageSize / 2);
    call->failuresAtSize = 0;
    call->attempt = 0; // a smaller page is a new request, with its own retries
    m_pageSizeCaps.insert(call->operation, {call->pageSize, 0});
    ++m_statistics.pageShrinks;
    qCInfo(lcGitHub).noquote() << call->operation << "failed twice with" << from
                               << "items per page: asking for" << call->pageSize;
    return true;
}

void GitHubClient::pageSucceeded(const Call &call)
{
    auto it = m_pageSizeCaps.find(call.operation);
    if (it == m_pageSizeCaps.end() || call.pageSize < it->size)
        return;
    // After a few good pages, ask for more again: the slow spell may be over.
    if (++it->successes < m_policy.successesBeforeGrowing)
        return;
    it->size *= 2;
    it->successes = 0;
    qCInfo(lcGitHub).noquote() << call.operation << "pages grow back to" << it->size << "items";
    if (it->size >= 100)
        m_pageSizeCaps.erase(it);
}

qint64 GitHubClient::backoffDelayMs(int attempt) const
{
    // Full jitter: a random delay up to the exponential bound, so clients do not retry in step.
    const auto bound
        = std::min<qint64>(qint64(m_policy.baseDelayMs) << std::min(attempt - 1, 16), m_policy.maxDelayMs);
    return bound / 2 + QRandomGenerator::global()->bounded(bound / 2 + 1);
}

void GitHubClient::updateRateLimit(const RateLimitStatus &status)
{
    if (!status.isKnown())
        return;
    m_statistics.points += status.lastCost;
    m_rate = status;
    Q_EMIT rateLimitChanged(m_rate);
}

void GitHubClient::updateRateLimitFromHeaders(QNetworkReply *reply)
{
    if (!reply->hasRawHeader("X-RateLimit-Remaining"))
        return;
    RateLimitStatus status = m_rate;
    status.limit = reply->rawHeader("X-RateLimit-Limit").toInt();
    status.remaining = reply->rawHeader("X-RateLimit-Remaining").toInt();
    status.used = reply->rawHeader("X-RateLimit-Used").toInt();
    const auto reset = reply->rawHeader("X-RateLimit-Reset").toLongLong();
    if (reset > 0)
        status.resetAt = QDateTime::fromSecsSinceEpoch(reset, QTimeZone::UTC);
    if (status != m_rate) {
        m_rate = status;
        Q_EMIT rateLimitChanged(m_rate);
    }
}

} // namespace ReleaseDesk::Api
