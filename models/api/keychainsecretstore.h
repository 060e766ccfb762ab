#pragma once

#include "api/secretstore.h"

namespace ReleaseDesk::Api {

/// The one QtKeychain implementation: Secret Service on Linux, Keychain on macOS, Credential
/// Manager on Windows. Entries are "releasedesk" / host.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    void readToken(const QString &host, QObject *context, ReadCallback done) override;
    void writeToken(const QString &host, const QString &token, QObject *context, WriteCallback done) override;
    void deleteToken(const QString &host, QObject *context, WriteCallback done) override;
};

} // namespace ReleaseDesk::Api
