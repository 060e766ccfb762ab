#pragma once

#include "api/githubservice.h"
#include "api/release.h"
#include "api/secretstore.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace ReleaseDesk::Models {
class BackgroundSync;
class ItemTableModel;
class Store;
} // namespace ReleaseDesk::Models
namespace ReleaseDesk::Views {
class MainWindow;
}

namespace ReleaseDesk::App {

/// Connects the window to a background sync of the open release: asks for the token, syncs at start
/// and every `interval`, on demand, and feeds changes to the model.
class SyncSession final : public QObject
{
    Q_OBJECT

public:
    /// The token of a host, read when the session starts (the composition root's one lookup).
    using TokenReader = std::function<void(const QString &host, const Api::SecretStore::ReadCallback &done)>;

    /// `hostAddress` is how the user reached the release's host when signing in (for GitHub
    /// Enterprise, its https:// address); empty means the host name itself.
    SyncSession(Models::Store *store, Models::ItemTableModel *items, Views::MainWindow *window,
        Api::Release release, bool isDemo, QString hostAddress, TokenReader readToken,
        Api::GitHubServiceFactory services, QObject *parent = nullptr);
    ~SyncSession() override;

    void start(std::chrono::minutes interval = std::chrono::minutes(15));
    void setInterval(std::chrono::minutes interval) { m_interval.setInterval(interval); }

Q_SIGNALS:
    /// A sync finished (completely or not): the store may hold new branch CI.
    void synced();

private:
    void begin(const QString &token);
    void syncNow();

    Models::Store *m_store;
    Models::ItemTableModel *m_items;
    Views::MainWindow *m_window;
    Api::Release m_release;
    bool m_isDemo;
    QString m_hostAddress;
    TokenReader m_readToken;
    Api::GitHubServiceFactory m_services;
    std::unique_ptr<Models::BackgroundSync> m_sync;
    QTimer m_interval;
};

} // namespace ReleaseDesk::App
