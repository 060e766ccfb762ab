#include "signinflow.h"

#include "api/githubservice.h"
#include "api/secretstore.h"

namespace ReleaseDesk::Models {

using namespace Api;

SignInFlow::SignInFlow(
    Api::GitHubServiceFactory clientFactory, SecretStore *secrets, AccountList *accounts, QObject *parent)
    : QObject(parent)
    , m_clientFactory(std::move(clientFactory))
    , m_secrets(secrets)
    , m_accounts(accounts)
{ }

SignInFlow::~SignInFlow() = default;

void SignInFlow::fail(const QString &message, const QUrl &helpUrl)
{
    m_client.reset();
    Q_EMIT failed(message, helpUrl);
}

void SignInFlow::signIn(const QString &address, const QString &rawToken)
{
    if (isBusy())
        return;
    QString error;
    const auto host = GitHubHost::fromUserInput(address, &error);
    if (!host)
        return fail(error);
    const auto token = rawToken.trimmed();
    if (token.isEmpty())
        return fail(
            tr("Paste a personal access token: on GitHub, Settings > Developer settings > Personal access "
               "tokens (classic with the repo scope, or fine-grained with read and write access to issues "
               "and pull requests)."));
    if (token.contains(QLatin1Char(' ')) || token.contains(QLatin1Char('\n')))
        return fail(tr("A token is one word without spaces: check that the whole token, and only the token, "
                       "was pasted."));
    m_client = m_clientFactory(*host, token);
    m_client->fetchViewer(this, [this, host = *host, address, token](const ViewerInfo &viewer) {
        if (viewer.error) {
            switch (viewer.error.kind) {
            case ApiError::Kind::Unauthorized:
                return fail(
                    tr("GitHub rejected this token: it is wrong, expired or revoked. Create a new token and "
                       "paste it again."));
            case ApiError::Kind::SsoRequired:
                return fail(tr("The token works, but an organisation enforces SAML single sign-on: authorise "
                               "the token "
                               "for it on GitHub, then sign in again."),
                    viewer.error.ssoUrl);
            case ApiError::Kind::NotFound:
                return fail(tr(
                    "There is no GitHub API at %1. For GitHub Enterprise, enter the address you open in the "
                    "browser, for example https://github.example.com.")
                                .arg(address));
            case ApiError::Kind::Network:
            case ApiError::Kind::Timeout:
                return fail(tr("Cannot reach %1: check the address, the proxy and your connection. (%2)")
                                .arg(host.name, viewer.error.message));
            default:
                return fail(viewer.error.message);
            }
        }
        QString warning;
        const auto scopes = m_client->tokenScopes();
        if (m_client->scopesKnown() && !scopes.isEmpty() && !scopes.contains(QLatin1StringView("repo"))
            && !scopes.contains(QLatin1StringView("public_repo"))) {
            warning = tr("This classic token has the scopes %1 but neither repo nor public_repo: Release "
                         "Desk can read "
                         "public repositories but cannot write labels, milestones or comments back.")
                          .arg(scopes.join(QStringLiteral(", ")));
        }
        const Account account {
            host.name, address.trimmed().isEmpty() ? host.name : address.trimmed(), viewer.login};
        m_secrets->writeToken(host.name, token, this, [this, account, warning](const QString &keychainError) {
            m_client.reset();
            if (!keychainError.isEmpty())
                return fail(keychainError);
            m_accounts->add(account);
            Q_EMIT succeeded(account, warning);
        });
    });
}

} // namespace ReleaseDesk::Models
