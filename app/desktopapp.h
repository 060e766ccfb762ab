#pragma once

#include "accountlist.h"
#include "boardmodel.h"
#include "boardwatcher.h"
#include "cherrypick/cherrypickmatrix.h"
#include "itemtablemodel.h"
#include "metrics/releasemetrics.h"
#include "notes/notesdraftstore.h"
#include "notes/notessession.h"
#include "preferences.h"
#include "signal/flakeledger.h"
#include "store.h"
#include "triage.h"

#include "api/githubservice.h"
#include "api/release.h"
#include "api/releasedraft.h"
#include "api/secretstore.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

class QDialog;
class QSettings;

namespace ReleaseDesk::Views {
class MainWindow;
class ReleaseSignalPanel;
} // namespace ReleaseDesk::Views

namespace ReleaseDesk::App {

class SyncSession;

/// The desktop composition root: owns the store, the models and the window, and carries out what
/// the window asks for (sign in, define a release, sync). Built once by main().
class DesktopApp final : public QObject
{
    Q_OBJECT

public:
    /// `secrets` is where tokens are kept (nullptr: the system keychain, through QtKeychain);
    /// `services` builds what talks to GitHub (empty: GitHubClients on the app's network manager).
    explicit DesktopApp(QSettings *settings, Api::SecretStore *secrets = nullptr,
        Api::GitHubServiceFactory services = {}, QObject *parent = nullptr);
    ~DesktopApp() override;

    /// Opens `workspacePath` (empty: the demo without an account, the default workspace with one).
    /// Returns false after reporting why it cannot be opened.
    /// A named workspace is the one used for everything (releases defined after signing in too);
    /// the demo goes into it only when `demoRequested`.
    bool open(const QString &workspacePath, bool startSync, QString *error, bool demoRequested = false);
    Views::MainWindow *window() const { return m_window.get(); }

private:
    bool load(const QString &path, bool installDemo, QString *error);
    void startSync();
    void refreshBranchCi();
    QList<Api::BranchCi> releaseBranchCi();
    void afterSync();
    void showLastSync();
    void signIn();
    /// The release dialog on `initial` (empty: a new release); the saved release becomes the open one.
    void defineRelease(const Api::Release &initial);
    void chooseSyncInterval();
    void triage(const QList<Models::TriageChange> &changes);
    void sendTriage(const std::function<void(Models::TriageExecutor *)> &send);
    /// A service with the current token of the release's host (read at each call, so a token replaced
    /// by signing in again is used at once).
    void withClient(const std::function<void(std::unique_ptr<Api::GitHubService>)> &use,
        const std::function<void()> &failed = {});
    /// The one token lookup: the environment (GITHUB_TOKEN, GH_TOKEN, GH_ENTERPRISE_TOKEN), then the
    /// keychain.
    void readToken(const QString &host, const Api::SecretStore::ReadCallback &done);
    /// The account the release's repositories live on (the first account when there is no release).
    std::optional<Models::Account> releaseAccount() const;
    /// The workspace to go to from the demo: the one named on the command line, or the default one.
    QString workWorkspacePath() const;
    /// Opens the release's notes draft and feeds it the release's merged PRs.
    void openNotes();
    void refreshNotesSources();
    /// The team's own notes templates, to the composer and into the workspace.
    bool storeUserTemplates(const QList<Models::NotesTemplate> &templates);
    /// The release's merged PRs changed: the composer drafts from them when it is shown.
    void notesSourcesChanged();
    void publishNotes(const Api::ReleaseDraft &draft);
    /// Shows `release` (already in the store) in every view; the sync follows it when one was running.
    void showRelease(const Api::Release &release);
    /// The release picker lists the workspace's releases.
    void updateReleasePicker();
    // The release signal place and its "File Issue" (desktopsignal.cpp).
    void addSignalPlace();
    void refreshSignal();
    void fileSignalIssue(const Models::LedgerEntry &entry);
    // The cherry-pick matrix's place (desktopcherrypicks.cpp): computed off the GUI thread.
    void addCherryPickPlace();
    void refreshCherryPicks();
    /// Another release (or workspace) is shown: a running computation's result is dropped.
    void cherryPickReleaseChanged();
    // Settings, the team file and the welcome page (desktopsettings.cpp).
    void showSettings();
    void showWelcome();
    /// Writes the workspace's team file; returns what happened, for the user.
    QString exportTeamFile(const QString &path);
    QString importTeamFile(const QString &path);

    Models::Preferences m_preferences;
    bool m_restoresWindowState = false;
    Models::AccountList m_accounts;
    std::unique_ptr<Api::SecretStore> m_ownSecrets;
    Api::SecretStore *m_secrets;
    QNetworkAccessManager m_network;
    Api::GitHubServiceFactory m_services;
    Models::Store m_store;
    Models::ItemTableModel m_items;
    Models::BoardModel m_board {&m_items};
    std::unique_ptr<Views::MainWindow> m_window;
    std::unique_ptr<SyncSession> m_sync;
    std::unique_ptr<Api::GitHubService> m_triageClient;
    std::unique_ptr<Models::TriageExecutor> m_triage;
    Api::Release m_release;
    Models::BoardWatcher m_watcher;
    Models::NotesDraftStore m_drafts {QString()};
    Models::NotesSession m_notes {&m_drafts};
    bool m_notesSourcesStale = true;
    std::unique_ptr<Api::GitHubService> m_publishClient;
    std::unique_ptr<Api::GitHubService> m_signalClient;
    QString m_path;
    QString m_namedWorkspace;
    bool m_isDemo = false;
    bool m_triagePending = false;
    QFutureWatcher<std::optional<Models::CherryPickMatrix>> m_cherryPickWatcher;
    quint64 m_cherryPickGeneration = 0;
    quint64 m_cherryPickRunning = 0;
    bool m_cherryPicksStale = false;
};

} // namespace ReleaseDesk::App
