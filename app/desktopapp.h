#pragma once

#include "accountlist.h"
#include "boardmodel.h"
#include "boardwatcher.h"
#include "itemtablemodel.h"
#include "metrics/releasemetrics.h"
#include "notes/notesdraftstore.h"
#include "notes/notessession.h"
#include "preferences.h"
#include "signal/flakeledger.h"
#include "store.h"
#include "triage.h"

#include "api/keychainsecretstore.h"
#include "api/release.h"
#include "api/releasedraft.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

class QDialog;
class QSettings;

namespace ReleaseDesk::Api {
class GitHubClient;
}
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
    explicit DesktopApp(QSettings *settings, QObject *parent = nullptr);
    ~DesktopApp() override;

    /// Opens `workspacePath` (empty: the demo without an account, the default workspace with one).
    /// Returns false after reporting why it cannot be opened.
    bool open(const QString &workspacePath, bool startSync, QString *error);
    Views::MainWindow *window() const { return m_window.get(); }

private:
    bool load(const QString &path, bool installDemo, QString *error);
    void startSync();
    void refreshBranchCi();
    QList<Api::BranchCi> releaseBranchCi() const;
    void afterSync();
    void signIn();
    /// The release dialog on `initial` (empty: a new release); the saved release becomes the open one.
    void defineRelease(const Api::Release &initial);
    void chooseSyncInterval();
    void triage(const QList<Models::TriageChange> &changes);
    void withClient(const std::function<void(std::unique_ptr<Api::GitHubClient>)> &use);
    /// Opens the release's notes draft and feeds it the release's merged PRs.
    void openNotes();
    void refreshNotesSources();
    /// The team's own notes templates, to the composer and into the workspace.
    bool storeUserTemplates(const QList<Models::NotesTemplate> &templates);
    /// The release's merged PRs changed: the composer drafts from them when it is shown.
    void notesSourcesChanged();
    void publishNotes(const Api::ReleaseDraft &draft);
    // The release signal window and its "File Issue" (desktopsignal.cpp).
    void showSignal();
    void refreshSignal();
    void fileSignalIssue(const Models::LedgerEntry &entry);
    // Settings, the team file and the welcome page (desktopsettings.cpp).
    void showSettings();
    void showWelcome();
    /// Writes the workspace's team file; returns what happened, for the user.
    QString exportTeamFile(const QString &path);
    QString importTeamFile(const QString &path);

    Models::Preferences m_preferences;
    bool m_restoresWindowState = false;
    Models::AccountList m_accounts;
    Api::KeychainSecretStore m_secrets;
    QNetworkAccessManager m_network;
    Models::Store m_store;
    Models::ItemTableModel m_items;
    Models::BoardModel m_board {&m_items};
    std::unique_ptr<Views::MainWindow> m_window;
    std::unique_ptr<SyncSession> m_sync;
    std::unique_ptr<Api::GitHubClient> m_triageClient;
    std::unique_ptr<Models::TriageExecutor> m_triage;
    Api::Release m_release;
    Models::BoardWatcher m_watcher;
    Models::NotesDraftStore m_drafts {QString()};
    Models::NotesSession m_notes {&m_drafts};
    bool m_notesSourcesStale = true;
    std::unique_ptr<Api::GitHubClient> m_publishClient;
    std::unique_ptr<Api::GitHubClient> m_signalClient;
    QPointer<QDialog> m_signalDialog;
    QPointer<Views::ReleaseSignalPanel> m_signalPanel;
    QString m_path;
    bool m_isDemo = false;
};

} // namespace ReleaseDesk::App
