#include "mainwindow.h"

#include "demobanner.h"
#include "boardpanel.h"
#include "itemtablepanel.h"
#include "syncstatuswidget.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

MainWindow::MainWindow(const WorkspaceSummary &workspace, Models::ItemTableModel *items, Models::BoardModel *board,
                       ItemDetailsPanel::TimelineProvider timeline, QWidget *parent)
    : QMainWindow(parent)
    , m_itemTable(new ItemTablePanel(items, this))
    , m_board(new BoardPanel(board, std::move(timeline), this))
    , m_stack(new QStackedWidget(this))
    , m_syncStatus(new SyncStatusWidget(this))
    , m_demoBanner(new DemoBanner(this))
    , m_workspaceLabel(new QLabel(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_demoBanner);
    m_stack->addWidget(m_board);
    m_stack->addWidget(m_itemTable);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_workspaceLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_syncStatus, 1);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    createMenus();
    // "/" focuses the filter as on GitHub; Ctrl+F as everywhere else; "?" lists the keys.
    auto *slash = new QShortcut(QKeySequence(Qt::Key_Slash), this);
    connect(slash, &QShortcut::activated, this, &MainWindow::focusFilter);
    auto *help = new QShortcut(QKeySequence(Qt::Key_Question), this);
    connect(help, &QShortcut::activated, this, &MainWindow::showShortcuts);
    connect(m_board->details(), &ItemDetailsPanel::message, m_syncStatus, &SyncStatusWidget::showMessage);
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

void MainWindow::showBoard(bool board)
{
    m_stack->setCurrentWidget(board ? static_cast<QWidget *>(m_board) : m_itemTable);
}

bool MainWindow::isBoardShown() const
{
    return m_stack->currentWidget() == m_board;
}

void MainWindow::focusFilter()
{
    if (isBoardShown())
        m_board->focusQueryBar();
    else
        m_itemTable->filterField()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showShortcuts()
{
    QMessageBox box(QMessageBox::Information, tr("Keyboard Shortcuts"),
                    tr("/ or Ctrl+F\tfocus the query bar\n"
                       "Left, Right or h, l\tmove between board columns\n"
                       "Up, Down or j, k\tmove between cards\n"
                       "Shift+Up, Shift+Down\tselect several cards\n"
                       "Enter\topen the card's details\n"
                       "Ctrl+1, Ctrl+2\tboard, table\n"
                       "F5 or Ctrl+R\tsync now\n"
                       "?\tthis list"),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
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
    auto *boardAction = viewMenu->addAction(tr("&Board"), this, [this] { showBoard(true); });
    boardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    auto *tableAction = viewMenu->addAction(tr("&Table"), this, [this] { showBoard(false); });
    tableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    viewMenu->addSeparator();
    auto *find = viewMenu->addAction(tr("&Filter Items"), this, &MainWindow::focusFilter);
    find->setShortcut(QKeySequence::Find);

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    helpMenu->addAction(tr("&About Release Desk"), this, [this] {
        QMessageBox::about(this, tr("About Release Desk"),
                           tr("Release Desk %1\nA desk for shipping multi-repository open-source releases.")
                               .arg(QApplication::applicationVersion()));
    });
}

} // namespace ReleaseDesk::Views
