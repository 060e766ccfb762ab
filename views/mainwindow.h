#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QSystemTrayIcon;

#include "boardwatcher.h"
#include "itemdetailspanel.h"
#include "metrics/releasemetrics.h"
#include "triage.h"

class QStackedWidget;

namespace ReleaseDesk::Models {
class BoardModel;
class ItemTableModel;
class NotesSession;
} // namespace ReleaseDesk::Models

namespace ReleaseDesk::Views {

class BoardPanel;
class CherryPickPanel;
struct CherryPickCellRef;
class DemoBanner;
class ItemTablePanel;
class MetricsPanel;
class NotesPanel;
class PlacesBar;
class ReleaseSignalPanel;
class SyncStatusWidget;

/// What the main window needs to know about the open workspace, as a value.
struct WorkspaceSummary
{
    QString releaseName;
    QString workspacePath;
    bool isDemo = false;
};

/// Arranges the panels; owns no data and talks to no service.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const WorkspaceSummary &workspace, Models::ItemTableModel *items, Models::BoardModel *board,
        ItemDetailsPanel::CacheReaders readers = {}, QWidget *parent = nullptr);

    ItemTablePanel *itemTablePanel() const { return m_itemTable; }
    BoardPanel *boardPanel() const { return m_board; }
    /// The board (default) or the table of the same items.
    void showBoard(bool board);
    bool isBoardShown() const;
    /// Adds the release-notes composer (Ctrl+3) over `session`.
    void setNotesSession(Models::NotesSession *session);
    NotesPanel *notesPanel() const { return m_notes; }
    void showNotes();
    bool isNotesShown() const;
    /// Adds the metrics view (Ctrl+4), computing from what `provider` returns.
    void setMetricsProvider(std::function<std::function<Models::MetricsInput()>()> provider);
    MetricsPanel *metricsPanel() const { return m_metrics; }
    void showMetrics();
    /// Adds the release signal (Ctrl+5) and takes `panel`; the owner fills it when signalShown().
    void setSignalPanel(ReleaseSignalPanel *panel);
    ReleaseSignalPanel *signalPanel() const { return m_signal; }
    void showSignal();
    bool isSignalShown() const;
    /// Adds the cherry-pick matrix (Ctrl+6) and takes `panel`; its actions join the Triage menu.
    void setCherryPickPanel(CherryPickPanel *panel);
    CherryPickPanel *cherryPickPanel() const { return m_cherryPicks; }
    void showCherryPicks();
    bool isCherryPicksShown() const;
    /// The bot command a cherry-pick request posts, %1 the branch (the release's policy).
    void setCherryPickCommand(const QString &command) { m_cherryPickCommand = command; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    PlacesBar *placesBar() const { return m_places; }
    /// The workspace's releases for the release picker (store id and name), `current` selected.
    void setReleases(const QList<std::pair<qint64, QString>> &releases, qint64 current);
    /// The window's layout (toolbars, the board's details pane and its width) for the settings;
    /// restoreLayout() also takes what QMainWindow::saveState() wrote before.
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &layout);

    /// Shows another workspace (after signing in, or defining a release).
    void setWorkspace(const WorkspaceSummary &workspace);

    /// Sync actions are enabled only when the workspace can sync; `reason` says why not.
    void setSyncAvailable(bool available, const QString &reason = {});
    void setSyncRunning(bool running);
    /// After a triage batch: what landed and what GitHub refused (rolled back).
    void showTriageResult(int succeeded, const QStringList &failures, bool undone = false);
    void setUndoTriageAvailable(bool available);
    /// Desktop notifications (system tray) when enabled; the status bar otherwise.
    void showNotifications(const QList<Models::BoardNotification> &notifications);
    void setNotificationsEnabled(bool enabled);
    bool notificationsEnabled() const;

Q_SIGNALS:
    void syncRequested();
    void syncCancelRequested();
    void signInRequested();
    void newReleaseRequested();
    /// The user picked another of the workspace's releases (its store id).
    void releaseChosen(qint64 releaseId);
    void editReleaseRequested();
    void syncIntervalRequested();
    void settingsRequested();
    void welcomeRequested();
    /// The user confirmed these triage changes in the preview.
    void triageConfirmed(const QList<ReleaseDesk::Models::TriageChange> &changes);
    void undoTriageRequested();
    void notificationsToggled(bool enabled);
    /// The composer came into view (it drafts from the release's PRs only when seen).
    void notesShown();
    /// The release signal came into view (its report is built when seen).
    void signalShown();

private:
    void createMenus();

    void showShortcuts();
    void focusFilter();
    void requestTriage(Models::TriageAction::Kind kind, const QString &presetValue = {});
    void requestCherryPick();
    /// The matrix's "Request Cherry-Picks": one bot command per (fix, branch), previewed.
    void requestMatrixCherryPicks(const QList<ReleaseDesk::Views::CherryPickCellRef> &cells, int skipped);
    void updatePlaces();
    /// Rows of the selected items in the view on screen (board or table): what triage sends.
    QList<int> selectedItemRows() const;

    ItemTablePanel *m_itemTable;
    BoardPanel *m_board;
    QStackedWidget *m_stack;
    NotesPanel *m_notes = nullptr;
    QAction *m_notesAction = nullptr;
    MetricsPanel *m_metrics = nullptr;
    QAction *m_metricsAction = nullptr;
    ReleaseSignalPanel *m_signal = nullptr;
    QAction *m_signalAction = nullptr;
    CherryPickPanel *m_cherryPicks = nullptr;
    QAction *m_cherryPicksAction = nullptr;
    QMenu *m_triageMenu = nullptr;
    QString m_cherryPickCommand = QStringLiteral("/cherrypick %1");
    SyncStatusWidget *m_syncStatus;
    PlacesBar *m_places = nullptr;
    DemoBanner *m_demoBanner;
    QLabel *m_workspaceLabel;
    QAction *m_editReleaseAction = nullptr;
    QAction *m_undoTriageAction = nullptr;
    QAction *m_notificationsAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_cancelSyncAction = nullptr;
};

} // namespace ReleaseDesk::Views
