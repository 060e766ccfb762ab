#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QString>

namespace ReleaseDesk::Api {

/// The one mapping from what GitHub answered (an HTTP status, GraphQL errors) to the ApiError the
/// models and the user see. The client and the parsers use it; so does the fake service in the tests,
/// so that a refusal reads the same whichever answered.
class GitHubErrors
{
    Q_DECLARE_TR_FUNCTIONS(GitHubErrors)

public:
    /// The wording differs for a change (REST writes) and for reading (GraphQL queries).
    enum class Request { Query, Change };

    /// An HTTP answer, reduced to what decides the error.
    struct HttpAnswer
    {
        int status = 0; ///< 0: no HTTP answer (see transportError)
        QString gitHubMessage; ///< the `message` of GitHub's JSON error body
        QString transportError; ///< why the connection failed, when it did
        bool timedOut = false;
        bool retryAfter = false; ///< a Retry-After header or GitHub's "secondary rate limit"
        bool budgetExhausted = false; ///< the rate-limit budget was at 0
        QDateTime resetAt; ///< when the budget resets
        QByteArray ssoHeader; ///< X-GitHub-SSO
        QString endpoint; ///< the address asked (for a 404 on queries: a wrong Enterprise address)
    };

    /// None for a 2xx answer.
    static ApiError fromHttp(const HttpAnswer &answer, Request request);
    /// The `message` of a REST error body ({"message": "..."}); empty when there is none.
    static QString restMessage(const QByteArray &body);

    /// GitHub's GraphQL `errors` next to missing data: NotFound when one of them is NOT_FOUND (on
    /// `pathStart` when given), GraphQL otherwise, with GitHub's messages or `noData`.
    static ApiError fromGraphQL(
        const QJsonArray &errors, const QString &noData, QLatin1StringView pathStart = {});
    static bool hasErrorOfType(
        const QJsonArray &errors, QLatin1StringView type, QLatin1StringView pathStart = {});
    static QString messages(const QJsonArray &errors);
};

} // namespace ReleaseDesk::Api
