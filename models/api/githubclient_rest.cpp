#include "api/githubclient.h"
#include "api/githubclient_p.h"

#include "api/githuberrors.h"
#include "api/githubparsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QUrl>

// The REST side: issue edits and new issues (triage), release drafts and the list of releases.

namespace ReleaseDesk::Api {

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
    request.setHeader(QNetworkRequest::UserAgentHeader, gitHubUserAgent());
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

} // namespace ReleaseDesk::Api
