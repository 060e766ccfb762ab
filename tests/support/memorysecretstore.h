#pragma once

#include "api/secretstore.h"

#include <QHash>
#include <QTimer>

namespace ReleaseDesk::Testing {

/// The in-memory secret store tests use instead of the keychain; answers asynchronously, like a
/// keychain does. `failWith` makes every call fail with that message.
class MemorySecretStore final : public Api::SecretStore
{
public:
    using SecretStore::SecretStore;

    QHash<QString, QString> tokens;
    QString failWith;

    void readToken(const QString &host, QObject *context, ReadCallback done) override
    {
        QTimer::singleShot(0, context, [this, host, done] {
            if (!failWith.isEmpty())
                return done(std::nullopt, failWith);
            done(
                tokens.contains(host) ? std::optional<QString>(tokens.value(host)) : std::nullopt, QString());
        });
    }
    void writeToken(const QString &host, const QString &token, QObject *context, WriteCallback done) override
    {
        QTimer::singleShot(0, context, [this, host, token, done] {
            if (failWith.isEmpty())
                tokens.insert(host, token);
            done(failWith);
        });
    }
    void deleteToken(const QString &host, QObject *context, WriteCallback done) override
    {
        QTimer::singleShot(0, context, [this, host, done] {
            tokens.remove(host);
            done(failWith);
        });
    }
};

} // namespace ReleaseDesk::Testing
