#pragma once

#include <QMainWindow>

namespace ReleaseDesk::Models {
class ItemTableModel;
}

namespace ReleaseDesk::Views {

class ItemTablePanel;
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
    MainWindow(const WorkspaceSummary &workspace, Models::ItemTableModel *items, QWidget *parent = nullptr);

    ItemTablePanel *itemTablePanel() const { return m_itemTable; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }

    /// Sync actions are enabled only when the workspace can sync; `reason` says why not.
    void setSyncAvailable(bool available, const QString &reason = {});
    void setSyncRunning(bool running);

Q_SIGNALS:
    void syncRequested();
    void syncCancelRequested();

private:
    void createMenus();

    ItemTablePanel *m_itemTable;
    SyncStatusWidget *m_syncStatus;
    QAction *m_syncAction = nullptr;
    QAction *m_cancelSyncAction = nullptr;
};

} // namespace ReleaseDesk::Views
