#pragma once

#include <QMainWindow>

namespace ReleaseDesk::Models {
class ItemTableModel;
}

namespace ReleaseDesk::Views {

class ItemTablePanel;

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

private:
    void createMenus();

    ItemTablePanel *m_itemTable;
};

} // namespace ReleaseDesk::Views
