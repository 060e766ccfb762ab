#include "backgroundsync.h"

#include "publishedreleases.h"
#include "store.h"
#include "store/itemrepository.h"

namespace ReleaseDesk::Models {

/// Everything the sync touches, created and used on the sync's thread only.
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString workspacePath, Api::GitHubServiceFactory services, Api::GitHubHost host, QString token)
        : m_path(std::move(workspacePath))
        , m_services(std::move(services))
        , m_host(std::move(host))
        , m_token(std::move(token))
    { }

    ~SyncWorker() override
    {
        delete m_engine; // before the service it uses
    }

    // Called on the sync's thread, before anything else.
    void setUp()
    {
        m_service = m_services(m_host, m_token);
        m_engine = new SyncEngine(m_service.get(), &m_store, this);
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
        connect(m_service.get(), &Api::GitHubService::rateLimitChanged, this, &SyncWorker::rateLimitChanged);
        connect(m_service.get(), &Api::GitHubService::waitStarted, this, &SyncWorker::waitStarted);
        connect(m_service.get(), &Api::GitHubService::waitFinished, this, &SyncWorker::waitFinished);
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
    void setPageSize(int size) { m_engine->setPageSize(size); }

Q_SIGNALS:
    void progressChanged(const ReleaseDesk::Models::SyncProgress &progress);
    void itemsStored(const QList<ReleaseDesk::Api::Item> &items);
    void finished(const ReleaseDesk::Models::SyncOutcome &outcome);
    void rateLimitChanged(const ReleaseDesk::Api::RateLimitStatus &status);
    void waitStarted(const QDateTime &until, ReleaseDesk::Api::GitHubService::WaitReason reason);
    void waitFinished();

private:
    void readReleasesThenFinish(const SyncOutcome &outcome)
    {
        readPublishedReleasesAfterSync(*m_service, m_store, m_release, m_mode, outcome, this,
            [this](const SyncOutcome &reported) { Q_EMIT finished(reported); });
    }

    QString m_path;
    Api::GitHubServiceFactory m_services;
    Api::Release m_release;
    SyncMode m_mode = SyncMode::Incremental;
    Api::GitHubHost m_host;
    QString m_token;
    Store m_store;
    bool m_storeOpened = false;
    std::unique_ptr<Api::GitHubService> m_service;
    SyncEngine *m_engine = nullptr;
};

BackgroundSync::BackgroundSync(const QString &workspacePath, const Api::GitHubServiceFactory &services,
    const Api::GitHubHost &host, const QString &token, QObject *parent)
    : QObject(parent)
    , m_worker(new SyncWorker(workspacePath, services, host, token))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncOutcome>();
    qRegisterMetaType<QList<Api::Item>>();
    qRegisterMetaType<Api::RateLimitStatus>();
    qRegisterMetaType<Api::GitHubService::WaitReason>();
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
