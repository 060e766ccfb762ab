#pragma once

#include "syncengine.h"

#include "api/githubservice.h"

#include <QObject>
#include <QThread>

namespace ReleaseDesk::Models {

class SyncWorker;

/// A SyncEngine, its GitHub service and a connection to the workspace, on a thread of their own: the
/// window's thread only receives the results (progress, the items just stored, the outcome), so
/// parsing and storing 100-item pages never holds the UI. Lives in the caller's thread; its signals
/// arrive there.
class BackgroundSync final : public QObject
{
    Q_OBJECT

public:
    /// `workspacePath` is opened again on the sync's thread (SQLite connections belong to a thread;
    /// WAL lets the window read while the sync writes). The token stays in memory.
    /// The sync's GitHubService is built by `services` on the sync's thread.
    BackgroundSync(const QString &workspacePath, const Api::GitHubServiceFactory &services,
        const Api::GitHubHost &host, const QString &token, QObject *parent = nullptr);
    ~BackgroundSync() override;

    void setPageSize(int size);
    void start(const Api::Release &release, SyncMode mode = SyncMode::Incremental);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressChanged(const ReleaseDesk::Models::SyncProgress &progress);
    /// Items just stored, as the window's lists hold them (ItemRepository::Bodies::NoteExcerpt).
    void itemsStored(const QList<ReleaseDesk::Api::Item> &items);
    void finished(const ReleaseDesk::Models::SyncOutcome &outcome);
    void rateLimitChanged(const ReleaseDesk::Api::RateLimitStatus &status);
    void waitStarted(const QDateTime &until, ReleaseDesk::Api::GitHubService::WaitReason reason);
    void waitFinished();

private:
    QThread m_thread;
    SyncWorker *m_worker; ///< lives in m_thread; deleted there when it finishes
    bool m_running = false;
};

} // namespace ReleaseDesk::Models
