#include "backgroundsync.h"

#include "publishedreleases.h"
#include "store.h"
#include "store/itemrepository.h"

#include <QNetworkAccessManager>

namespace ReleaseDesk::Models {

/// Everything the sync touches, created and used on the sync's thread only.
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString workspacePath, Api::GitHubHost host, QString token)
        : m_path(std::move(workspacePath))
        , m_host(std::move(host))
        , m_token(std::move(token))
    { }

    // Called on the sync's thread, before anything else.
    void setUp()
    {
        m_network = new QNetworkAccessManager(this);
        m_client = new Api::GitHubClient(m_network, m_host, m_token, this);
        m_engine = new SyncEngine(m_client, &m_store, this);
        m_storeOpened = m_store.open(m_path);
        connect(m_engine, &SyncEngine::progressChanged, this, &SyncWorker::progressChanged);
        // As the window's lists hold items: bodies reduced to their release-note block, here rather
        // than on the window's thread.
        connect(m_engine, &SyncEngine::itemsStored, this, [this](const QList<Api::Item> &stored) {
            QList<Api::Item> listed;
            listed.reserve(stored.size());
            for (const auto &item : stored)
                listed.append(ItemRepository::withNoteExcerpt(item));
            Q_EMIT itemsStored(listed);
        });
        connect(m_engine, &SyncEngine::finished, this, &SyncWorker::readReleasesThenFinish);
        connect(m_client, &Api::GitHubClient::rateLimitChanged, this, &SyncWorker::rateLimitChanged);
        connect(m_client, &Api::GitHubClient::waitStarted, this, &SyncWorker::waitStarted);
        connect(m_client, &Api::GitHubClient::waitFinished, this, &SyncWorker::waitFinished);
    }

    void start(const Api::Release &release, SyncMode mode)
    {
        if (!m_storeOpened) {
            SyncOutcome outcome;
            outcome.problems.append(m_store.lastError().message);
            Q_EMIT finished(outcome);
            return;
        }
        m_release = release;
        m_mode = mode;
        m_engine->start(release, mode);
    }

    void cancel() { m_engine->cancel(); }
    void setRetryPolicy(const Api::GitHubClient::RetryPolicy &policy) { m_client->setRetryPolicy(policy); }
    void setPageSize(int size) { m_engine->setPageSize(size); }

Q_SIGNALS:
    void progressChanged(const ReleaseDesk::Models::SyncProgress &progress);
    void itemsStored(const QList<ReleaseDesk::Api::Item> &items);
    void finished(const ReleaseDesk::Models::SyncOutcome &outcome);
    void rateLimitChanged(const ReleaseDesk::Api::RateLimitStatus &status);
    void waitStarted(const QDateTime &until, ReleaseDesk::Api::GitHubClient::WaitReason reason);
    void waitFinished();

private:
    void readReleasesThenFinish(const SyncOutcome &outcome)
    {
        readPublishedReleasesAfterSync(*m_client, m_store, m_release, m_mode, outcome, this,
            [this](const SyncOutcome &reported) { Q_EMIT finished(reported); });
    }

    QString m_path;
    Api::Release m_release;
    SyncMode m_mode = SyncMode::Incremental;
    Api::GitHubHost m_host;
    QString m_token;
    Store m_store;
    bool m_storeOpened = false;
    QNetworkAccessManager *m_network = nullptr;
    Api::GitHubClient *m_client = nullptr;
    SyncEngine *m_engine = nullptr;
};

BackgroundSync::BackgroundSync(
    const QString &workspacePath, const Api::GitHubHost &host, const QString &token, QObject *parent)
    : QObject(parent)
    , m_worker(new SyncWorker(workspacePath, host, token))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncOutcome>();
    qRegisterMetaType<QList<Api::Item>>();
    qRegisterMetaType<Api::RateLimitStatus>();
    qRegisterMetaType<Api::GitHubClient::WaitReason>();
    m_thread.setObjectName(QStringLiteral("releasedesk-sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::progressChanged, this, &BackgroundSync::progressChanged);
    connect(m_worker, &SyncWorker::itemsStored, this, &BackgroundSync::itemsStored);
    connect(m_worker, &SyncWorker::finished, this, [this](const SyncOutcome &outcome) {
        m_running = false;
        Q_EMIT finished(outcome);
    });
    connect(m_worker, &SyncWorker::rateLimitChanged, this, &BackgroundSync::rateLimitChanged);
    connect(m_worker, &SyncWorker::waitStarted, this, &BackgroundSync::waitStarted);
    connect(m_worker, &SyncWorker::waitFinished, this, &BackgroundSync::waitFinished);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::setUp, Qt::QueuedConnection);
}

BackgroundSync::~BackgroundSync()
{
    // A sync still running is cancelled (its page transaction completes or rolls back), then the
    // thread's objects are deleted on it.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::cancel, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void BackgroundSync::setRetryPolicy(const Api::GitHubClient::RetryPolicy &policy)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, policy] { worker->setRetryPolicy(policy); });
}

void BackgroundSync::setPageSize(int size)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, size] { worker->setPageSize(size); });
}

void BackgroundSync::start(const Api::Release &release, SyncMode mode)
{
    if (m_running)
        return;
    m_running = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, release, mode] { worker->start(release, mode); });
}

void BackgroundSync::cancel()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::cancel, Qt::QueuedConnection);
}

} // namespace ReleaseDesk::Models

#include "backgroundsync.moc"
