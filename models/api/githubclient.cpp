#include "api/githubclient.h"
#include "api/githubclient_p.h"

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

// The transport: sending GraphQL calls, retries, waits, page sizes and the rate limit. The typed
// queries are in githubclient_queries.cpp, the REST writes and release lists in githubclient_rest.cpp.

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

QString gitHubUserAgent()
{
    return QStringLiteral("ReleaseDesk/%1 (Qt %2)")
        .arg(QCoreApplication::applicationVersion(), QLatin1StringView(qVersion()));
}

namespace {

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
    request.setHeader(QNetworkRequest::UserAgentHeader, gitHubUserAgent());
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
