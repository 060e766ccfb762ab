#pragma once

#include "accountlist.h"

#include "api/githubservice.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace ReleaseDesk::Api {
class SecretStore;
}

namespace ReleaseDesk::Models {

/// Signing in to a GitHub host: checks the token with `viewer { login }` and its scopes, stores it
/// in the keychain and the host in the account list. Every failure says what to do.
class SignInFlow final : public QObject
{
    Q_OBJECT

public:
    SignInFlow(Api::GitHubServiceFactory clientFactory, Api::SecretStore *secrets, AccountList *accounts,
        QObject *parent = nullptr);
    ~SignInFlow() override;

    void signIn(const QString &address, const QString &token);
    bool isBusy() const { return m_client != nullptr; }

Q_SIGNALS:
    /// `warning` is non-empty when the token works but lacks something (scopes to write back).
    void succeeded(const ReleaseDesk::Models::Account &account, const QString &warning);
    /// `helpUrl` points where the user can fix it (SSO authorisation), when GitHub said so.
    void failed(const QString &message, const QUrl &helpUrl);

private:
    void fail(const QString &message, const QUrl &helpUrl = {});

    Api::GitHubServiceFactory m_clientFactory;
    Api::SecretStore *m_secrets;
    AccountList *m_accounts;
    std::unique_ptr<Api::GitHubService> m_client;
};

} // namespace ReleaseDesk::Models
