#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace ReleaseDesk::Api {

/// Where a GitHub lives: github.com or a GitHub Enterprise Server.
struct GitHubHost
{
    Q_DECLARE_TR_FUNCTIONS(GitHubHost)

public:
    QString name; ///< "github.com", "ghe.example.com", "127.0.0.1:8080": the host part of item keys
    QUrl graphqlUrl;
    QUrl restUrl;

    /// Accepts "github.com", "https://api.github.com", "https://ghe.example.com" (GraphQL at /api/graphql,
    /// REST at /api/v3) or an http:// URL on a loopback address (tests). Refuses plain http elsewhere:
    /// the token would travel in clear text.
    static std::optional<GitHubHost> fromUserInput(const QString &text, QString *error = nullptr);
    static GitHubHost gitHubDotCom();

    friend bool operator==(const GitHubHost &, const GitHubHost &) = default;
};

} // namespace ReleaseDesk::Api
