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

// Jobs have no parent and delete themselves when they finish: libsecret answers asynchronously and
// writes into its job, so a job deleted with the store (the app quitting, a test ending) while the
// Secret Service still works on it crashed the process. The finished connections use the store as
// their context, so an answer arriving after the store is gone is dropped.

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

void KeychainSecretStore::readToken(const QString &host, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
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
    auto *job = new QKeychain::WritePasswordJob(service);
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
    auto *job = new QKeychain::DeletePasswordJob(service);
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
