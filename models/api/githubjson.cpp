#include "api/githubjson.h"

#include "api/githuberrors.h"
#include "api/githubparsers.h"

#include <QJsonDocument>

namespace ReleaseDesk::Api::GitHubJson {

namespace {

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

CiContext ciContext(const QJsonObject &object, const QStringList &required, bool requiredWhenUnknown)
{
    CiContext context;
    if (object.value(QLatin1StringView("__typename")).toString() == QLatin1StringView("CheckRun")) {
        context.source = CiContext::Source::CheckRun;
        context.name = object.value(QLatin1StringView("name")).toString();
        context.rawState = checkRunState(object);
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

} // namespace

std::optional<Envelope> readEnvelope(const QByteArray &json, ApiError &error, RateLimitStatus &rate)
{
    const auto root = parseDocument(json, error);
    if (!root)
        return std::nullopt;
    Envelope envelope {root->value(QLatin1StringView("data")).toObject(),
        root->value(QLatin1StringView("errors")).toArray()};
    rate = rateLimit(envelope.data);
    return envelope;
}

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

QString checkRunState(const QJsonObject &checkRun)
{
    const auto status = checkRun.value(QLatin1StringView("status")).toString();
    const auto conclusion = checkRun.value(QLatin1StringView("conclusion")).toString();
    // A check run has a conclusion only once completed; before that its status is the state.
    return status == QLatin1StringView("COMPLETED") && !conclusion.isEmpty() ? conclusion
        : status.isEmpty()                                                   ? conclusion
                                                                             : status;
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

QStringList requiredContexts(const QJsonValue &ref, bool *ruleKnown)
{
    const auto rule = ref.toObject().value(QLatin1StringView("branchProtectionRule"));
    if (ruleKnown)
        *ruleKnown = rule.isObject();
    QStringList result;
    for (const auto &name : rule.toObject().value(QLatin1StringView("requiredStatusCheckContexts")).toArray())
        result.append(name.toString());
    return result;
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

} // namespace ReleaseDesk::Api::GitHubJson
