#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace ReleaseDesk::Api {

/// Where tokens live: the system keychain, never settings, the database, logs or command lines.
/// Asynchronous because a keychain may ask the user to unlock it.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// `token` is empty and `error` empty when none is stored; `error` says what to do otherwise.
    using ReadCallback = std::function<void(const std::optional<QString> &token, const QString &error)>;
    using WriteCallback = std::function<void(const QString &error)>;

    virtual void readToken(const QString &host, QObject *context, ReadCallback done) = 0;
    virtual void writeToken(const QString &host, const QString &token, QObject *context, WriteCallback done)
        = 0;
    virtual void deleteToken(const QString &host, QObject *context, WriteCallback done) = 0;
};

/// The token for headless use: GITHUB_TOKEN or GH_TOKEN for github.com, GH_ENTERPRISE_TOKEN or
/// GITHUB_ENTERPRISE_TOKEN for other hosts (the names the gh CLI uses).
std::optional<QString> tokenFromEnvironment(const QString &host);

/// The one token lookup, for the app and the commands alike: the environment (tokenFromEnvironment),
/// then `secrets`. `done` runs at once for a token from the environment.
void readToken(SecretStore *secrets, const QString &host, QObject *context, SecretStore::ReadCallback done);

} // namespace ReleaseDesk::Api
