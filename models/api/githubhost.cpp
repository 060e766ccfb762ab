#include "api/githubhost.h"

#include <QHostAddress>

namespace ReleaseDesk::Api {

GitHubHost GitHubHost::gitHubDotCom()
{
    return {QStringLiteral("github.com"), QUrl(QStringLiteral("https://api.github.com/graphql")),
        QUrl(QStringLiteral("https://api.github.com"))};
}

std::optional<GitHubHost> GitHubHost::fromUserInput(const QString &text, QString *error)
{
    auto input = text.trimmed();
    while (input.endsWith(QLatin1Char('/')))
        input.chop(1);
    if (input.isEmpty() || input == QLatin1StringView("github.com")
        || input == QLatin1StringView("api.github.com") || input == QLatin1StringView("https://github.com")
        || input == QLatin1StringView("https://api.github.com"))
        return gitHubDotCom();
    if (!input.contains(QLatin1StringView("://")))
        input.prepend(QLatin1StringView("https://"));
    const QUrl url(input, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        if (error)
            *error
                = tr("\"%1\" is not a host name or URL. Enter github.com or your GitHub Enterprise address, "
                     "for example https://github.example.com.")
                      .arg(text);
        return std::nullopt;
    }
    const auto scheme = url.scheme().toLower();
    if (scheme == QLatin1StringView("http")) {
        const QHostAddress address(url.host());
        const bool loopback
            = url.host() == QLatin1StringView("localhost") || (!address.isNull() && address.isLoopback());
        if (!loopback) {
            if (error)
                *error
                    = tr("Refusing plain http:// for %1: the token would be sent unencrypted. Use https://.")
                          .arg(url.host());
            return std::nullopt;
        }
    } else if (scheme != QLatin1StringView("https")) {
        if (error)
            *error = tr("Unsupported address scheme \"%1\": use https://.").arg(url.scheme());
        return std::nullopt;
    }
    GitHubHost host;
    host.name = url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
    QUrl base = url;
    base.setPath(QString());
    host.graphqlUrl = base.resolved(QUrl(QStringLiteral("/api/graphql")));
    host.restUrl = base.resolved(QUrl(QStringLiteral("/api/v3")));
    return host;
}

} // namespace ReleaseDesk::Api
