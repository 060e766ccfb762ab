#include "syncsession.h"

#include "backgroundsync.h"
#include "itemtablemodel.h"
#include "mainwindow.h"
#include "store.h"
#include "syncstatuswidget.h"

#include <QPointer>

namespace ReleaseDesk::App {

SyncSession::SyncSession(Models::Store *store, Models::ItemTableModel *items, Views::MainWindow *window,
    Api::Release release, bool isDemo, QString hostAddress, TokenReader readToken,
    Api::GitHubServiceFactory services, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_items(items)
    , m_window(window)
    , m_release(std::move(release))
    , m_isDemo(isDemo)
    , m_hostAddress(std::move(hostAddress))
    , m_readToken(std::move(readToken))
    , m_services(std::move(services))
{ }

SyncSession::~SyncSession() = default;

void SyncSession::start(std::chrono::minutes interval)
{
    if (m_isDemo) {
        m_window->syncStatus()->setNothingToSync();
        m_window->setSyncAvailable(false,
            tr("Demo data: nothing to sync. To work on a real release, run "
               "releasedesk sync --repo OWNER/NAME --milestone TITLE (see the README)."));
        return;
    }
    if (m_release.repositories.isEmpty()) {
        m_window->syncStatus()->setNothingToSync();
        m_window->setSyncAvailable(false, tr("This workspace has no release to sync yet."));
        return;
    }
    m_interval.setInterval(interval);
    connect(&m_interval, &QTimer::timeout, this, &SyncSession::syncNow);
    const auto hostName = m_release.repositories.first().repository.host;
    // The session may be replaced (a new token, another release) before the keychain answers.
    m_readToken(hostName,
        [guard = QPointer(this), hostName](const std::optional<QString> &token, const QString &error) {
            if (!guard)
                return;
            if (!token) {
                guard->m_window->setSyncAvailable(false,
                    error.isEmpty()
                        ? tr("No token for %1: sign in (File > Sign In to GitHub), or set GITHUB_TOKEN "
                             "(GH_ENTERPRISE_TOKEN for GitHub Enterprise).")
                              .arg(hostName)
                        : error);
                return;
            }
            guard->begin(*token);
        });
}

void SyncSession::begin(const QString &token)
{
    QString error;
    const auto host = Api::GitHubHost::fromUserInput(
        m_hostAddress.isEmpty() ? m_release.repositories.first().repository.host : m_hostAddress, &error);
    if (!host) {
        m_window->setSyncAvailable(false, error);
        return;
    }
    // The sync runs on its own thread, with its own connection to the workspace: the window only
    // receives what was stored.
    m_sync = std::make_unique<Models::BackgroundSync>(m_store->path(), m_services, *host, token);
    auto *status = m_window->syncStatus();
    connect(m_sync.get(), &Models::BackgroundSync::rateLimitChanged, status,
        &Views::SyncStatusWidget::showRateLimit);
    connect(m_sync.get(), &Models::BackgroundSync::waitStarted, status,
        [status](const QDateTime &until) { status->showWaiting(until); });
    connect(
        m_sync.get(), &Models::BackgroundSync::waitFinished, status, &Views::SyncStatusWidget::showWaitOver);
    connect(m_sync.get(), &Models::BackgroundSync::progressChanged, status,
        &Views::SyncStatusWidget::showProgress);
    // The cached rows stay on screen and change in place.
    connect(
        m_sync.get(), &Models::BackgroundSync::itemsStored, m_items, &Models::ItemTableModel::updateItems);
    connect(m_sync.get(), &Models::BackgroundSync::finished, this,
        [this, status](const Models::SyncOutcome &outcome) {
            status->showFinished(outcome);
            m_window->setSyncRunning(false);
            Q_EMIT synced();
        });
    connect(m_window, &Views::MainWindow::syncRequested, this, &SyncSession::syncNow);
    connect(m_window, &Views::MainWindow::syncCancelRequested, m_sync.get(), &Models::BackgroundSync::cancel);
    m_window->setSyncAvailable(true);
    m_interval.start();
    syncNow();
}

void SyncSession::syncNow()
{
    if (!m_sync || m_sync->isRunning())
        return;
    m_window->setSyncRunning(true);
    m_sync->start(m_release);
}

} // namespace ReleaseDesk::App
