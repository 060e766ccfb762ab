#include "mainwindow.h"

#include "demobanner.h"
#include "itemtablepanel.h"
#include "syncstatuswidget.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

MainWindow::MainWindow(const WorkspaceSummary &workspace, Models::ItemTableModel *items, QWidget *parent)
    : QMainWindow(parent)
    , m_itemTable(new ItemTablePanel(items, this))
    , m_syncStatus(new SyncStatusWidget(this))
    , m_demoBanner(new DemoBanner(this))
    , m_workspaceLabel(new QLabel(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_itemTable, 1);
    setCentralWidget(central);

    m_workspaceLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_syncStatus, 1);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    createMenus();
    // "/" focuses the filter as on GitHub; Ctrl+F as everywhere else.
    auto *slash = new QShortcut(QKeySequence(Qt::Key_Slash), this);
    connect(slash, &QShortcut::activated, m_itemTable->filterField(),
            [this] { m_itemTable->filterField()->setFocus(Qt::ShortcutFocusReason); });
    setWorkspace(workspace);
    resize(1280, 800);
}

void MainWindow::setWorkspace(const WorkspaceSummary &workspace)
{
    const auto release = workspace.releaseName.isEmpty() ? tr("No release") : workspace.releaseName;
    setWindowTitle(workspace.isDemo ? tr("%1 (demo) - Release Desk").arg(release) : tr("%1 - Release Desk").arg(release));
    m_demoBanner->setVisible(workspace.isDemo);
    m_workspaceLabel->setText(tr("Workspace: %1").arg(workspace.workspacePath));
    m_editReleaseAction->setEnabled(!workspace.isDemo && !workspace.releaseName.isEmpty());
}

void MainWindow::setSyncAvailable(bool available, const QString &reason)
{
    m_syncAction->setEnabled(available);
    m_syncAction->setToolTip(reason);
    if (!available && !reason.isEmpty())
        m_syncStatus->showMessage(reason);
}

void MainWindow::setSyncRunning(bool running)
{
    m_syncAction->setEnabled(!running);
    m_cancelSyncAction->setEnabled(running);
}

void MainWindow::createMenus()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("Sign &In to GitHub..."), this, &MainWindow::signInRequested);
    fileMenu->addAction(tr("&New Release..."), this, &MainWindow::newReleaseRequested);
    m_editReleaseAction = fileMenu->addAction(tr("&Edit Release..."), this, &MainWindow::editReleaseRequested);
    fileMenu->addSeparator();
    m_syncAction = fileMenu->addAction(tr("&Sync Now"), this, &MainWindow::syncRequested);
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_cancelSyncAction = fileMenu->addAction(tr("&Cancel Sync"), this, &MainWindow::syncCancelRequested);
    m_cancelSyncAction->setEnabled(false);
    fileMenu->addAction(tr("Sync &Interval..."), this, &MainWindow::syncIntervalRequested);
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *find = viewMenu->addAction(tr("&Filter Items"), m_itemTable->filterField(),
                                     [this] { m_itemTable->filterField()->setFocus(Qt::ShortcutFocusReason); });
    find->setShortcut(QKeySequence::Find);

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Release Desk"), this, [this] {
        QMessageBox::about(this, tr("About Release Desk"),
                           tr("Release Desk %1\nA desk for shipping multi-repository open-source releases.")
                               .arg(QApplication::applicationVersion()));
    });
}

} // namespace ReleaseDesk::Views
