#pragma once

#include <QString>
#include <QUrl>

namespace ReleaseDesk::Api {

/// Why a GitHub request failed, with a message that says what to do.
struct ApiError
{
    enum class Kind {
        None,
        Network, ///< host unreachable, connection refused or cut
        Timeout,
        Unauthorized, ///< 401: bad or expired token
        Forbidden, ///< 403 without a rate-limit reason: missing permission
        SsoRequired, ///< the organisation enforces SAML SSO for this token
        NotFound, ///< 404 or a NOT_FOUND GraphQL error: renamed, deleted or invisible
        RateLimited, ///< budget exhausted and waiting is not allowed
        Server, ///< 5xx after all retries
        Malformed, ///< the body is not the JSON we asked for
        GraphQL, ///< GitHub answered with errors and no data
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;
    QUrl ssoUrl; ///< where to authorise the token, for SsoRequired

    explicit operator bool() const { return kind != Kind::None; }
    /// Worth trying again later without the user changing anything.
    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Server
            || kind == Kind::Malformed;
    }
};

} // namespace ReleaseDesk::Api
