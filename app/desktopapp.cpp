#include "desktopapp.h"
#include "store/branchcirepository.h"
#include "store/itemrepository.h"
#include "store/releaserepository.h"
#include "store/storereaderfactory.h"
#include "store/syncstaterepository.h"

#include "syncsession.h"

#include "boardpanel.h"
#include "cherrypick/cherrypickstore.h"
#include "cherrypickpanel.h"
#include "itemtablepanel.h"
#include "mainwindow.h"
#include "metrics/syncsnapshot.h"
#include "metricspanel.h"
#include "notespanel.h"
#include "publishedreleases.h"
#include "querybar.h"
#include "readinessbar.h"
#include "releasedialog.h"
#include "releasesetupflow.h"
#include "signal/signalstore.h"
#include "signindialog.h"
#include "signinflow.h"
#include "syncstatuswidget.h"
#include "untrustedtext.h"
#include "workspaceloader.h"
#include "workspacelocation.h"
#include "workspacemeta.h"

#include "api/githubservice.h"
#include "api/keychainsecretstore.h"

#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTimer>

namespace ReleaseDesk::App {

namespace {
// How long after a start the cherry-pick matrix is computed (see DesktopApp::openWorkspace).
constexpr int matrixDelayAfterStartMs = 1500;
void showPlainMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    // Messages can carry GitHub's words: plain text, never markup.
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}
} // namespace

DesktopApp::DesktopApp(
    QSettings *settings, Api::SecretStore *secrets, Api::GitHubServiceFactory services, QObject *parent)
    : QObject(parent)
    , m_preferences(settings)
    , m_accounts(settings)
    , m_ownSecrets(secrets ? nullptr : std::make_unique<Api::KeychainSecretStore>())
    , m_secrets(secrets ? secrets : m_ownSecrets.get())
    , m_services(services ? std::move(services) : Api::gitHubClientFactory(&m_network))
{
    m_board.setColumns(m_preferences.boardColumns());
}

DesktopApp::~DesktopApp()
{
    if (m_window && m_restoresWindowState)
        m_preferences.setWindowGeometry(m_window->saveGeometry(), m_window->saveLayout());
    // The window's panels observe the models and the notes session: they go first.
    m_cherryPickWatcher.waitForFinished();
    m_window.reset();
}

bool DesktopApp::open(const QString &workspacePath, bool startSync, QString *error, bool demoRequested)
{
    m_namedWorkspace = workspacePath;
    const bool demo = workspacePath.isEmpty() && m_accounts.isEmpty();
    const auto path = !workspacePath.isEmpty() ? workspacePath
        : demo                                 ? Models::WorkspaceLocation::demoWorkspacePath()
                                               : Models::WorkspaceLocation::defaultWorkspacePath();
    if (!load(path, demo || (demoRequested && !workspacePath.isEmpty()), error))
        return false;
    connect(m_window.get(), &Views::MainWindow::signInRequested, this, &DesktopApp::signIn);
    connect(m_window.get(), &Views::MainWindow::newReleaseRequested, this, [this] { defineRelease({}); });
    connect(m_window.get(), &Views::MainWindow::releaseChosen, this, [this](qint64 id) {
        if (m_triagePending || (m_triage && m_triage->isBusy())) {
            // Its refusals would be rolled back on cards of another release.
            updateReleasePicker();
            return m_window->syncStatus()->showMessage(
                tr("The triage is still being sent; pick the other release when it is done."));
        }
        for (const auto &release : Models::ReleaseRepository(m_store).releases()) {
            if (release.id == id && id != m_release.id)
                return showRelease(release);
        }
    });
    connect(
        m_window.get(), &Views::MainWindow::editReleaseRequested, this, [this] { defineRelease(m_release); });
    connect(m_window.get(), &Views::MainWindow::syncIntervalRequested, this, &DesktopApp::chooseSyncInterval);
    connect(m_window.get(), &Views::MainWindow::triageConfirmed, this, &DesktopApp::triage);
    connect(m_window.get(), &Views::MainWindow::settingsRequested, this, &DesktopApp::showSettings);
    connect(m_window.get(), &Views::MainWindow::welcomeRequested, this, &DesktopApp::showWelcome);
    m_window->setNotificationsEnabled(m_preferences.notificationsEnabled());
    connect(m_window.get(), &Views::MainWindow::notificationsToggled, this,
        [this](bool enabled) { m_preferences.setNotificationsEnabled(enabled); });
    // Saved views live in the settings, as name/query pairs, shared by the board and the table.
    const QList<Views::QueryBar *> queryBars {
        m_window->boardPanel()->queryBar(), m_window->itemTablePanel()->queryBar()};
    for (auto *queryBar : queryBars) {
        queryBar->setUserViews(m_preferences.savedViews());
        connect(queryBar, &Views::QueryBar::viewSaved, this,
            [this, queryBars](const QString &name, const QString &query) {
                m_preferences.saveView({name, query});
                for (auto *bar : queryBars)
                    bar->setUserViews(m_preferences.savedViews());
            });
    }
    connect(m_window->boardPanel()->readinessBar(), &Views::ReadinessBar::signalReportRequested,
        m_window.get(), &Views::MainWindow::showSignal);
    // The light ages with its data: judged again every few minutes, not only after a sync, so that
    // data past the release's staleness limit turns it Unknown while the window sits open.
    auto *ageing = new QTimer(this);
    ageing->setInterval(std::chrono::minutes(5));
    connect(ageing, &QTimer::timeout, this, [this] {
        m_window->boardPanel()->setEvidence(
            Models::SignalStore(m_store).evidence(m_release, QDateTime::currentDateTimeUtc()));
    });
    ageing->start();
    connect(m_window.get(), &Views::MainWindow::undoTriageRequested, this, [this] {
        if (m_triage && m_triage->canUndo())
            sendTriage([](Models::TriageExecutor *executor) { executor->undo(); });
    });
    // Interactive starts come back as the user left the window; screenshots and benchmarks keep
    // the default size.
    m_restoresWindowState = startSync;
    if (startSync) {
        // A first start fills most of the screen it opens on; later starts come back as left.
        if (const auto *screen = m_window->screen(); screen && m_preferences.windowGeometry().isEmpty())
            m_window->resize(screen->availableGeometry().size() * 0.9);
        m_window->restoreGeometry(m_preferences.windowGeometry());
        m_window->restoreLayout(m_preferences.windowState());
        if (m_accounts.isEmpty() && !m_preferences.welcomeDismissed())
            QTimer::singleShot(0, this, &DesktopApp::showWelcome);
        this->startSync();
    }
    return true;
}

bool DesktopApp::load(const QString &path, bool installDemo, QString *error)
{
    m_sync.reset();
    // A large workspace is checked for damage while its board is read and shown, not before.
    m_store.setIntegrityCheck(Models::Store::IntegrityCheck::Alongside);
    auto workspace = Models::loadWorkspace(m_store, path, QDateTime::currentDateTimeUtc(), installDemo);
    if (workspace.error) {
        if (error)
            *error = workspace.error.message;
        return false;
    }
    m_path = workspace.path;
    m_isDemo = workspace.isDemo;
    m_release = workspace.release;
    m_board.setRelease(m_release);
    m_items.setItems(std::move(workspace.items));
    const Views::WorkspaceSummary summary {m_release.name, m_path, m_isDemo};
    if (!m_window) {
        m_window = std::make_unique<Views::MainWindow>(summary, &m_items, &m_board,
            Views::ItemDetailsPanel::CacheReaders {[this](const Api::ItemKey &key) {
                                                       return Models::ItemRepository(m_store).timelineEvents(
                                                           key);
                                                   },
                [this](const Api::ItemKey &key) { return Models::ItemRepository(m_store).itemBody(key); }});
        connect(m_window.get(), &Views::MainWindow::notesShown, this, [this] {
            if (m_notesSourcesStale)
                refreshNotesSources();
        });
    } else {
        m_window->setWorkspace(summary);
    }
    // What the previous workspace said is not true of this one.
    m_window->syncStatus()->showMessage(QString());
    m_window->setSyncAvailable(false, QString()); // until a sync session for this workspace starts
    showLastSync();
    refreshBranchCi();
    m_watcher = {};
    m_watcher.update(m_items.items(), m_board.context(), releaseBranchCi()); // the baseline
    openNotes();
    addSignalPlace();
    refreshSignal();
    addCherryPickPlace();
    // The matrix reads every pull request of the release's branches: not while the board is being
    // shown on a cold start (both would share the same cores), but once it is. Until then the place
    // says it is working, never that the release maintains no branch.
    if (auto *panel = m_window->cherryPickPanel())
        panel->setComputing(true);
    QTimer::singleShot(matrixDelayAfterStartMs, this, [this] { cherryPickReleaseChanged(); });
    updateReleasePicker();
    QTimer::singleShot(0, this, [this] {
        // Nothing is written to a damaged file (the store refuses); the user hears it at once.
        if (const auto problem = m_store.integrityVerdict())
            showPlainMessage(
                m_window.get(), QMessageBox::Critical, tr("The workspace is damaged"), problem.message);
    });
    return true;
}

void DesktopApp::openNotes()
{
    m_notes.flush();
    m_drafts = Models::NotesDraftStore(Models::NotesDraftStore::directoryForWorkspace(m_path));
    m_notes.setUserTemplates(Models::NotesTemplate::listFromJson(
        QJsonDocument::fromJson(m_store.meta(Models::WorkspaceMeta::notesTemplates).toUtf8()).array()));
    const auto release = m_release.name.isEmpty() ? tr("Unnamed release") : m_release.name;
    auto drafts = m_drafts.drafts(release);
    if (m_isDemo && drafts.isEmpty()) {
        // The demo opens on a draft under review: reviewers per section, some entries reviewed.
        if (m_drafts.save(Models::demoNotesDraft(
                release, tr("Draft 1"), Models::extractMergedPullRequests(m_items.items()))))
            drafts = m_drafts.drafts(release);
    }
    QString error;
    if (!m_notes.open(release, drafts.isEmpty() ? tr("Draft 1") : drafts.first(), &error))
        m_window->syncStatus()->showMessage(error);
    notesSourcesChanged();
    if (!m_window->notesPanel()) {
        m_window->setNotesSession(&m_notes);
        auto *panel = m_window->notesPanel();
        connect(panel, &Views::NotesPanel::publishRequested, this, &DesktopApp::publishNotes);
        connect(panel, &Views::NotesPanel::userTemplatesChanged, this, &DesktopApp::storeUserTemplates);
    }
    m_window->notesPanel()->setRelease(m_release);
    if (!m_window->metricsPanel()) {
        // The window's thread copies what it holds (shared lists, no deep copy); the events, the
        // snapshots and the other releases are read on the computation's thread, by a reader of its own.
        m_window->setMetricsProvider([this] {
            return [readers = m_store.readers(), release = m_release, items = m_items.items(),
                       today = QDate::currentDate()] {
                Models::MetricsInput input {release, items, {}, {}, today};
                const auto reader = readers.open();
                if (reader->isOpen()) {
                    input.events = Models::ItemRepository(*reader).timelineEvents();
                    input.snapshots = Models::ReleaseRepository(*reader).snapshots(release.id);
                    input.releaseBranchPassRate = Models::SignalStore(*reader).releaseBranchPassRate(release);
                }
                return input;
            };
        });
        m_window->metricsPanel()->setComparisonProvider([this] {
            return [readers = m_store.readers(), current = m_release.name, today = QDate::currentDate()] {
                // Every other release of the workspace, for the release-over-release chart.
                QList<Models::MetricsInput> others;
                const auto reader = readers.open();
                if (!reader->isOpen())
                    return others;
                const Models::ItemRepository items(*reader);
                const Models::ReleaseRepository releases(*reader);
                const auto events = items.timelineEvents();
                for (const auto &other : releases.releases()) {
                    if (other.name != current)
                        others.append(
                            {other, items.itemsOfRelease(other, Models::ItemRepository::Bodies::NoteExcerpt),
                                events, releases.snapshots(other.id), today});
                }
                return others;
            };
        });
    }
    m_window->metricsPanel()->invalidate();
}

bool DesktopApp::storeUserTemplates(const QList<Models::NotesTemplate> &templates)
{
    if (!m_store.setMeta(Models::WorkspaceMeta::notesTemplates,
            QString::fromUtf8(
                QJsonDocument(Models::NotesTemplate::listToJson(templates)).toJson(QJsonDocument::Compact))))
        return false;
    m_notes.setUserTemplates(templates);
    return true;
}

void DesktopApp::refreshNotesSources()
{
    m_notesSourcesStale = false;
    const auto items = m_items.items();
    m_notes.setSources(Models::extractMergedPullRequests(items));
    const auto firstMerges = Models::ItemRepository(m_store).firstMergeByAuthor();
    Models::NotesRenderContext context {
        m_release.name, {}, Models::firstTimeContributors(items, firstMerges)};
    context.firstTimeContributorsKnown = Models::historyPrecedesRelease(items, firstMerges);
    Models::addDrafterContext(context, m_release, m_store);
    m_notes.setRenderContext(context);
}

void DesktopApp::publishNotes(const Api::ReleaseDraft &draft)
{
    if (m_isDemo)
        return showPlainMessage(m_window.get(), QMessageBox::Information, tr("Demo workspace"),
            tr("The demo's repositories are not yours to publish to. Sign in and define a release to publish "
               "its notes as a draft GitHub release; export works in the demo too."));
    withClient([this, draft](std::unique_ptr<Api::GitHubService> client) {
        m_publishClient = std::move(client);
        m_window->syncStatus()->showMessage(tr("Saving the draft release on GitHub…"));
        m_publishClient->publishReleaseDraft(
            draft, this, [this, draft](const Api::ReleaseDraftResult &result) {
                if (result.error) {
                    m_window->syncStatus()->showMessage(tr("The draft release was not saved."));
                    return showPlainMessage(m_window.get(), QMessageBox::Warning,
                        tr("The draft release was not saved"), result.error.message);
                }
                m_notes.markPublished(QDateTime::currentDateTimeUtc());
                m_window->syncStatus()->showMessage(
                    (result.created ? tr("Created the draft release %1 on %2: %3")
                                    : tr("Updated the draft release %1 on %2: %3"))
                        .arg(draft.tagName, draft.repository.fullName(), result.htmlUrl.toString()));
            });
    });
}

void DesktopApp::showLastSync()
{
    if (m_release.repositories.isEmpty() || m_isDemo)
        return m_window->syncStatus()->setNothingToSync();
    // A release is as fresh as its least recently synced repository.
    QDateTime oldest;
    for (const auto &entry : std::as_const(m_release.repositories)) {
        const auto synced = Models::SyncStateRepository(m_store).syncState(entry.repository).lastSyncedAt;
        if (!synced.isValid())
            return m_window->syncStatus()->setLastSynced({});
        if (!oldest.isValid() || synced < oldest)
            oldest = synced;
    }
    m_window->syncStatus()->setLastSynced(oldest);
}

QList<Api::BranchCi> DesktopApp::releaseBranchCi()
{
    QList<Api::BranchCi> heads;
    for (const auto &entry : std::as_const(m_release.repositories)) {
        if (!m_release.releaseBranch.isEmpty())
            heads.append({entry.repository, m_release.releaseBranch, QString(),
                Models::BranchCiRepository(m_store).branchCi(entry.repository, m_release.releaseBranch)});
    }
    return heads;
}

void DesktopApp::refreshBranchCi()
{
    refreshSignal();
    m_window->boardPanel()->setEvidence(
        Models::SignalStore(m_store).evidence(m_release, QDateTime::currentDateTimeUtc()));
}

void DesktopApp::notesSourcesChanged()
{
    // Drafting notes from every merged PR of a large release is work for when the composer is
    // open, not for every start-up and sync.
    m_notesSourcesStale = true;
    const auto *panel = m_window->notesPanel();
    if (panel && (m_window->isNotesShown() || panel->isVisible())) // in the stack, or detached
        refreshNotesSources();
}

void DesktopApp::afterSync()
{
    refreshBranchCi();
    refreshCherryPicks();
    notesSourcesChanged();
    m_window->metricsPanel()->invalidate();
    if (m_release.id > 0 && !m_isDemo
        && !Models::ReleaseRepository(m_store).recordSnapshots(m_release.id,
            Models::snapshotOf(m_release, m_items.items(), releaseBranchCi(), QDate::currentDate())))
        m_window->syncStatus()->showMessage(m_store.lastError().message);
    m_window->showNotifications(m_watcher.update(m_items.items(), m_board.context(), releaseBranchCi()));
}

void DesktopApp::startSync()
{
    QString address;
    if (!m_release.repositories.isEmpty()) {
        if (const auto account = m_accounts.forHost(m_release.repositories.first().repository.host))
            address = account->address;
    }
    m_sync = std::make_unique<SyncSession>(
        &m_store, &m_items, m_window.get(), m_release, m_isDemo, address,
        [this](const QString &host, const Api::SecretStore::ReadCallback &done) { readToken(host, done); },
        m_services);
    connect(m_sync.get(), &SyncSession::synced, this, &DesktopApp::afterSync);
    m_sync->start(std::chrono::minutes(m_preferences.syncIntervalMinutes()));
}

void DesktopApp::signIn()
{
    Models::SignInFlow flow(m_services, m_secrets, &m_accounts);
    std::optional<Models::Account> signedIn;
    connect(&flow, &Models::SignInFlow::succeeded, this,
        [&signedIn](const Models::Account &account) { signedIn = account; });
    Views::SignInDialog dialog(&flow, m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.warning().isEmpty())
        showPlainMessage(m_window.get(), QMessageBox::Warning, tr("Limited token"), dialog.warning());
    const auto confirm = [this, signedIn] {
        if (!signedIn)
            return;
        // The environment wins over the keychain (headless use): say so rather than promise otherwise.
        m_window->syncStatus()->showMessage(Api::tokenFromEnvironment(signedIn->host)
                ? tr("Signed in to %1 as %2, but the token in the environment (GITHUB_TOKEN, GH_TOKEN or "
                     "GH_ENTERPRISE_TOKEN) is still the one used: unset it to use this one.")
                      .arg(signedIn->host, Models::displayText(signedIn->login))
                : tr("Signed in to %1 as %2: triage, publishing and sync use this token from now on.")
                      .arg(signedIn->host, Models::displayText(signedIn->login)));
    };
    // Signed in from the demo: go to a real workspace and define the first release there.
    if (m_isDemo) {
        QString error;
        if (!load(workWorkspacePath(), false, &error))
            return showPlainMessage(
                m_window.get(), QMessageBox::Critical, tr("Cannot open the workspace"), error);
        confirm();
        if (m_release.name.isEmpty())
            defineRelease({});
        else
            startSync();
        return;
    }
    confirm();
    // A replaced token takes effect now: the sync starts again with it (triage and publishing
    // read the token at each use).
    if (!m_release.repositories.isEmpty())
        startSync();
}

QString DesktopApp::workWorkspacePath() const
{
    // A named file that holds the demo (asked for with --demo) is not where real work goes.
    const bool namedIsDemo = m_isDemo && m_path == m_namedWorkspace;
    return m_namedWorkspace.isEmpty() || namedIsDemo ? Models::WorkspaceLocation::defaultWorkspacePath()
                                                     : m_namedWorkspace;
}

std::optional<Models::Account> DesktopApp::releaseAccount() const
{
    if (!m_release.repositories.isEmpty()) {
        if (auto account = m_accounts.forHost(m_release.repositories.first().repository.host))
            return account;
    }
    const auto accounts = m_accounts.accounts();
    return accounts.isEmpty() ? std::nullopt : std::optional(accounts.constFirst());
}

void DesktopApp::readToken(const QString &host, const Api::SecretStore::ReadCallback &done)
{
    Api::readToken(m_secrets, host, this, done);
}

void DesktopApp::withClient(
    const std::function<void(std::unique_ptr<Api::GitHubService>)> &use, const std::function<void()> &failed)
{
    const auto account = releaseAccount();
    if (!account) {
        if (failed)
            failed();
        showPlainMessage(m_window.get(), QMessageBox::Information, tr("Sign in first"),
            tr("Defining a release reads its repositories and milestones from GitHub: sign in first "
               "(File > Sign In to GitHub)."));
        return signIn();
    }
    readToken(account->host,
        [this, account = *account, use, failed](const std::optional<QString> &token, const QString &error) {
            if ((!token || !Api::GitHubHost::fromUserInput(account.address)) && failed)
                failed();
            if (!token)
                return showPlainMessage(m_window.get(), QMessageBox::Critical, tr("No token"),
                    error.isEmpty()
                        ? tr("The keychain has no token for %1: sign in again (File > Sign In to GitHub).")
                              .arg(account.host)
                        : error);
            QString hostError;
            const auto host = Api::GitHubHost::fromUserInput(account.address, &hostError);
            if (!host)
                return showPlainMessage(
                    m_window.get(), QMessageBox::Critical, tr("Cannot use %1").arg(account.host), hostError);
            use(m_services(*host, *token));
        });
}

void DesktopApp::defineRelease(const Api::Release &initial)
{
    withClient([this, initial](std::unique_ptr<Api::GitHubService> client) {
        if (m_isDemo) {
            QString error;
            if (!load(workWorkspacePath(), false, &error))
                return showPlainMessage(
                    m_window.get(), QMessageBox::Critical, tr("Cannot open the workspace"), error);
        }
        Models::ReleaseSetupFlow flow(client.get(), &m_store);
        Views::ReleaseDialog dialog(&flow, initial, m_window.get());
        Models::SignalStore signal(m_store);
        dialog.setSignalSettings(signal.settings(initial.id));
        Models::CherryPickStore picks(m_store);
        dialog.setCherryPickPolicy(picks.policy(initial.id));
        if (dialog.exec() != QDialog::Accepted)
            return;
        auto release = dialog.release();
        const bool saved = m_store.transaction([&] {
            return Models::ReleaseRepository(m_store).saveRelease(release)
                && signal.setSettings(release.id, dialog.signalSettings())
                && picks.setPolicy(release.id, dialog.cherryPickPolicy());
        });
        if (!saved)
            return showPlainMessage(m_window.get(), QMessageBox::Critical, tr("Cannot save the release"),
                m_store.lastError().message);
        showRelease(release);
        if (!m_sync) // a new release syncs at once, whether or not a sync was running
            startSync();
    });
}

void DesktopApp::showRelease(const Api::Release &release)
{
    const bool syncing = bool(m_sync);
    m_sync.reset();
    m_release = release;
    m_board.setRelease(release);
    m_items.setItems(
        Models::ItemRepository(m_store).itemsOfRelease(release, Models::ItemRepository::Bodies::NoteExcerpt));
    m_window->setWorkspace({release.name, m_path, m_isDemo});
    updateReleasePicker();
    showLastSync();
    refreshBranchCi();
    m_watcher = {};
    m_watcher.update(m_items.items(), m_board.context(), releaseBranchCi()); // the new baseline
    openNotes();
    refreshSignal();
    cherryPickReleaseChanged();
    if (syncing)
        startSync();
}

void DesktopApp::updateReleasePicker()
{
    QList<std::pair<qint64, QString>> releases;
    for (const auto &release : Models::ReleaseRepository(m_store).releases())
        releases.append({release.id, release.name});
    m_window->setReleases(releases, m_release.id);
}

void DesktopApp::triage(const QList<Models::TriageChange> &changes)
{
    if (m_isDemo) {
        return showPlainMessage(m_window.get(), QMessageBox::Information, tr("Demo data"),
            tr("The demo workspace is not on GitHub, so triage is not sent anywhere. Sign in and define a "
               "release to triage for real."));
    }
    sendTriage([changes](Models::TriageExecutor *executor) { executor->apply(changes); });
}

void DesktopApp::sendTriage(const std::function<void(Models::TriageExecutor *)> &send)
{
    if (m_triagePending || (m_triage && m_triage->isBusy()))
        return m_window->syncStatus()->showMessage(tr("The previous triage is still being sent."));
    // The keychain answers asynchronously (it may ask to be unlocked): a second batch waits its turn.
    m_triagePending = true;
    // Each batch (and each undo) gets a client with the token stored now: signing in again with
    // more rights takes effect without a restart.
    withClient(
        [this, send](std::unique_ptr<Api::GitHubService> client) {
            m_triagePending = false;
            if (!m_triage) {
                m_triage = std::make_unique<Models::TriageExecutor>(client.get(), &m_store, &m_items);
                connect(m_triage.get(), &Models::TriageExecutor::finished, this,
                    [this](int succeeded, const QStringList &failures, bool undone) {
                        m_window->showTriageResult(succeeded, failures, undone);
                        m_window->setUndoTriageAvailable(m_triage->canUndo());
                    });
            }
            m_triage->setClient(client.get());
            m_triageClient = std::move(client);
            send(m_triage.get());
        },
        [this] { m_triagePending = false; });
}

void DesktopApp::chooseSyncInterval()
{
    bool ok = false;
    const auto minutes = QInputDialog::getInt(m_window.get(), tr("Sync Interval"),
        tr("Sync the release in the background every (minutes):"), m_preferences.syncIntervalMinutes(), 1,
        24 * 60, 1, &ok);
    if (!ok)
        return;
    m_preferences.setSyncIntervalMinutes(minutes);
    if (m_sync)
        m_sync->setInterval(std::chrono::minutes(minutes));
}

} // namespace ReleaseDesk::App
