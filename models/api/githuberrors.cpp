#include "api/githuberrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

namespace ReleaseDesk::Api {

ApiError GitHubErrors::fromHttp(const HttpAnswer &answer, Request request)
{
    const bool change = request == Request::Change;
    const auto status = answer.status;
    const auto resetAt = QLocale().toString(answer.resetAt.toLocalTime(), QLocale::ShortFormat);
    if (status == 0 || answer.timedOut) {
        if (change)
            return {ApiError::Kind::Network, 0,
                tr("The connection to GitHub failed: %1").arg(answer.transportError)};
        if (answer.timedOut)
            return {ApiError::Kind::Timeout, 0,
                tr("GitHub did not answer in time. Check your connection; the sync resumes where it "
                   "stopped.")};
        return {ApiError::Kind::Network, 0,
            tr("Cannot reach %1: %2. Check the host name, the proxy and your connection.")
                .arg(QUrl(answer.endpoint).host(), answer.transportError)};
    }
    if (status >= 200 && status < 300)
        return {};
    if (status == 401)
        return {ApiError::Kind::Unauthorized, status,
            tr("GitHub rejected the token (401 Bad credentials): it is wrong, expired or revoked. "
               "Sign in again with a new token.")};
    if (status == 403 || status == 429) {
        const auto sso = QString::fromLatin1(answer.ssoHeader);
        if (sso.startsWith(QLatin1StringView("required"))) {
            ApiError error {ApiError::Kind::SsoRequired, status,
                tr("The organisation enforces SAML single sign-on: authorise this token for it on GitHub, "
                   "then sync again.")};
            const auto urlAt = sso.indexOf(QLatin1StringView("url="));
            if (urlAt >= 0)
                error.ssoUrl = QUrl(sso.mid(urlAt + 4).trimmed());
            return error;
        }
        if (change && (answer.retryAfter || answer.budgetExhausted))
            return {ApiError::Kind::RateLimited, status,
                tr("GitHub's rate limit refused the change; try again after %1.").arg(resetAt)};
        if (answer.retryAfter)
            return {ApiError::Kind::RateLimited, status,
                tr("GitHub's secondary rate limit stopped the sync; try again in a few minutes.")};
        if (answer.budgetExhausted && answer.resetAt.isValid())
            return {ApiError::Kind::RateLimited, status, tr("The GitHub API budget is used up.")};
        if (change)
            return {ApiError::Kind::Forbidden, status,
                tr("GitHub refused the change (403: %1). Writing labels, milestones and assignees needs push "
                   "(triage) rights on the repository and a token with the repo scope.")
                    .arg(answer.gitHubMessage)};
        return {ApiError::Kind::Forbidden, status,
            tr("GitHub refused access (403). The token lacks a permission for this repository: "
               "give it the repo (or public_repo) scope, or read access to the repository.")};
    }
    if (status == 404)
        return {ApiError::Kind::NotFound, status,
            change ? tr("GitHub does not know this item or value (404: %1).").arg(answer.gitHubMessage)
                   : tr("%1 answered 404: check the host address (GitHub Enterprise uses https://HOST).")
                         .arg(answer.endpoint)};
    if (status >= 500)
        return {ApiError::Kind::Server, status,
            change ? tr("GitHub answered %1: %2").arg(status).arg(answer.gitHubMessage)
                   : tr("GitHub had a server error (%1). It usually passes; sync again later.").arg(status)};
    if (change)
        return {ApiError::Kind::GraphQL, status,
            tr("GitHub rejected the change as invalid (%1: %2).").arg(status).arg(answer.gitHubMessage)};
    // A query GitHub could not take (400, 422): a proxy or a cut connection, worth another try.
    return {ApiError::Kind::Network, status,
        tr("The connection to GitHub failed: %1").arg(answer.transportError)};
}

QString GitHubErrors::restMessage(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1StringView("message")).toString();
}

bool GitHubErrors::hasErrorOfType(
    const QJsonArray &errors, QLatin1StringView type, QLatin1StringView pathStart)
{
    for (const auto &error : errors) {
        const auto object = error.toObject();
        if (object.value(QLatin1StringView("type")).toString() != type)
            continue;
        if (pathStart.isEmpty()
            || object.value(QLatin1StringView("path")).toArray().first().toString() == pathStart)
            return true;
    }
    return false;
}

QString GitHubErrors::messages(const QJsonArray &errors)
{
    QStringList messages;
    for (const auto &error : errors)
        messages.append(error.toObject().value(QLatin1StringView("message")).toString());
    return messages.join(QStringLiteral("; "));
}

ApiError GitHubErrors::fromGraphQL(
    const QJsonArray &errors, const QString &noData, QLatin1StringView pathStart)
{
    return {hasErrorOfType(errors, QLatin1StringView("NOT_FOUND"), pathStart) ? ApiError::Kind::NotFound
                                                                              : ApiError::Kind::GraphQL,
        0, errors.isEmpty() ? noData : messages(errors)};
}

} // namespace ReleaseDesk::Api
