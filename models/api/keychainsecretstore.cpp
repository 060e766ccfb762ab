#include "api/keychainsecretstore.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace ReleaseDesk::Api {

namespace {
const QString service = QStringLiteral("releasedesk");

QString explain(QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        return KeychainSecretStore::tr(
            "No system keychain is available (on Linux: a Secret Service such as GNOME Keyring "
            "or KWallet). Start one, or set GITHUB_TOKEN for headless use. (%1)")
            .arg(job->errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainSecretStore::tr("The keychain refused access: unlock it and try again. (%1)")
            .arg(job->errorString());
    default:
        return KeychainSecretStore::tr("The keychain failed: %1").arg(job->errorString());
    }
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

void KeychainSecretStore::readToken(const QString &host, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setAutoDelete(true);
    job->setKey(host);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, guard, done] {
        if (!guard)
            return;
        if (job->error() == QKeychain::EntryNotFound)
            return done(std::nullopt, QString());
        if (job->error() != QKeychain::NoError)
            return done(std::nullopt, explain(job));
        done(job->textData(), QString());
    });
    job->start();
}

void KeychainSecretStore::writeToken(
    const QString &host, const QString &token, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setAutoDelete(true);
    job->setKey(host);
    job->setTextData(token);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, guard, done] {
        if (guard)
            done(job->error() == QKeychain::NoError ? QString() : explain(job));
    });
    job->start();
}

void KeychainSecretStore::deleteToken(const QString &host, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(service, this);
    job->setAutoDelete(true);
    job->setKey(host);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, guard, done] {
        if (guard)
            done(job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound
                    ? QString()
                    : explain(job));
    });
    job->start();
}

} // namespace ReleaseDesk::Api
