#pragma once

// What every GitHub parser shares (not a public API): the GraphQL envelope (JSON, data, errors and
// the rate limit), connections (nodes, pageInfo) and the small values several pages hold.

#include "api/apierror.h"
#include "api/cicontext.h"
#include "api/githubpages.h"
#include "api/itemkey.h"
#include "api/label.h"
#include "api/ratelimitstatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ReleaseDesk::Api::GitHubJson {

/// One GraphQL answer opened: its `data` and `errors`.
struct Envelope
{
    QJsonObject data;
    QJsonArray errors;

    QJsonValue value(const char *key) const { return data.value(QLatin1StringView(key)); }
};

/// The one envelope reader: parses the JSON (invalid UTF-8 is repaired to U+FFFD, anything else that is
/// not a JSON object is refused with `error` set), then reads `data`, `errors` and the rate limit.
std::optional<Envelope> readEnvelope(const QByteArray &json, ApiError &error, RateLimitStatus &rate);

/// Reads one page: a default `Page`, its error and rate filled from the envelope, and `read` called
/// with the envelope when there is one.
template<typename Page, typename Read>
Page readPage(const QByteArray &json, Read &&read)
{
    Page page;
    if (const auto envelope = readEnvelope(json, page.error, page.rate))
        read(*envelope, page);
    return page;
}

/// A GitHub DateTime in UTC; invalid when absent or unreadable.
QDateTime dateTime(const QJsonValue &value);
QString login(const QJsonValue &actor);
PageInfo pageInfo(const QJsonObject &connection);
QJsonArray nodes(const QJsonObject &connection);
RepositoryRef repositoryFromNameWithOwner(const QString &host, const QString &nameWithOwner);

QList<Label> labels(const QJsonObject &connection);
/// A check run's state: its conclusion once completed, its status before.
QString checkRunState(const QJsonObject &checkRun);
QList<CiContext> ciContexts(
    const QJsonObject &connection, const QStringList &required, bool requiredWhenUnknown);
/// The required contexts of a ref's branch protection rule; `ruleKnown` says whether it had one.
QStringList requiredContexts(const QJsonValue &ref, bool *ruleKnown = nullptr);

bool isRepositoryNotFound(const QJsonArray &errors);
/// Why a query about `repository` brought back no repository object.
ApiError repositoryError(const QJsonArray &errors, const RepositoryRef &repository);

/// The answer's `repository` object. Without one, the page's error says why (and repositoryFound,
/// for pages that have it, whether GitHub knows the repository at all).
template<typename Page>
std::optional<QJsonObject> repositoryOf(const Envelope &envelope, Page &page, const RepositoryRef &repository)
{
    const auto value = envelope.value("repository");
    if (value.isObject())
        return value.toObject();
    if constexpr (requires { page.repositoryFound; })
        page.repositoryFound = !isRepositoryNotFound(envelope.errors);
    page.error = repositoryError(envelope.errors, repository);
    return std::nullopt;
}

} // namespace ReleaseDesk::Api::GitHubJson
