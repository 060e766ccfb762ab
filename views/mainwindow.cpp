#include "mainwindow.h"

#include "boardmodel.h"
#include "boardpanel.h"
#include "cherrypickpanel.h"
#include "demobanner.h"
#include "itemtablemodel.h"
#include "itemtablepanel.h"
#include "metricspanel.h"
#include "notes/notesentrymodel.h"
#include "notespanel.h"
#include "placesbar.h"
#include "releasesignalpanel.h"
#include "syncstatuswidget.h"

#include <QAction>
#include <QApplication>
#include <QDataStream>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

MainWindow::MainWindow(const WorkspaceSummary &workspace, Models::ItemTableModel *items,
    Models::BoardModel *board, ItemDetailsPanel::CacheReaders readers, QWidget *parent)
    : QMainWindow(parent)
    , m_itemTable(new ItemTablePanel(items, this))
    , m_board(new BoardPanel(board, std::move(readers), this))
    , m_stack(new QStackedWidget(this))
    , m_syncStatus(new SyncStatusWidget(this))
    , m_demoBanner(new DemoBanner(this))
    , m_workspaceLabel(new QLabel(this))
{
    m_itemTable->setBoard(board);
    m_workspaceLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_syncStatus, 1);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    createMenus();

    // The places on the left, the place shown beside them (the View menu and Ctrl+1-4 stay).
    m_places = new PlacesBar(m_syncAction, this);
    m_places->setEnabled(PlacesBar::Notes, false);
    m_places->setEnabled(PlacesBar::Metrics, false);
    m_places->setEnabled(PlacesBar::Signal, false);
    m_places->setEnabled(PlacesBar::CherryPicks, false);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_demoBanner);
    auto *row = new QHBoxLayout;
    row->addWidget(m_places);
    row->addWidget(m_stack, 1);
    layout->addLayout(row, 1);
    m_stack->addWidget(m_board);
    m_stack->addWidget(m_itemTable);
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        if (m_notes && m_stack->currentWidget() == m_notes)
            Q_EMIT notesShown();
        if (m_signal && m_stack->currentWidget() == m_signal)
            Q_EMIT signalShown();
        const auto *shown = m_stack->currentWidget();
        m_places->setCurrent(shown == m_board ? PlacesBar::Board
                : shown == m_itemTable        ? PlacesBar::Table
                : shown == m_notes            ? PlacesBar::Notes
                : shown == m_signal           ? PlacesBar::Signal
                : shown == m_cherryPicks      ? PlacesBar::CherryPicks
                                              : PlacesBar::Metrics);
    });
    connect(m_places, &PlacesBar::placeChosen, this, [this](PlacesBar::Place place) {
        switch (place) {
        case PlacesBar::Board:
            return showBoard(true);
        case PlacesBar::Table:
            return showBoard(false);
        case PlacesBar::Notes:
            return showNotes();
        case PlacesBar::Metrics:
            return showMetrics();
        case PlacesBar::Signal:
            return showSignal();
        case PlacesBar::CherryPicks:
            return showCherryPicks();
        case PlacesBar::PlaceCount:
            return;
        }
    });
    connect(m_places, &PlacesBar::releaseChosen, this, &MainWindow::releaseChosen);
    connect(m_syncStatus, &SyncStatusWidget::lastSyncedChanged, m_places, &PlacesBar::setLastSynced);
    connect(m_syncStatus, &SyncStatusWidget::progressChanged, m_places, &PlacesBar::setSyncProgress);
    connect(board, &Models::BoardModel::boardChanged, this, &MainWindow::updatePlaces);
    updatePlaces();
    setCentralWidget(central);
    // "/" focuses the filter as on GitHub; Ctrl+F as everywhere else; "?" lists the keys.
    auto *slash = new QShortcut(QKeySequence(Qt::Key_Slash), this);
    connect(slash, &QShortcut::activated, this, &MainWindow::focusFilter);
    auto *help = new QShortcut(QKeySequence(Qt::Key_Question), this);
    connect(help, &QShortcut::activated, this, &MainWindow::showShortcuts);
    connect(m_board->details(), &ItemDetailsPanel::message, m_syncStatus, &SyncStatusWidget::showMessage);
    setWorkspace(workspace);
    resize(1440, 900);
}

void MainWindow::setWorkspace(const WorkspaceSummary &workspace)
{
    const auto release = workspace.releaseName.isEmpty() ? tr("No release") : workspace.releaseName;
    setWindowTitle(workspace.isDemo ? tr("%1 (demo) - Release Desk").arg(release)
                                    : tr("%1 - Release Desk").arg(release));
    m_demoBanner->setVisible(workspace.isDemo);
    m_workspaceLabel->setText(tr("Workspace: %1").arg(workspace.workspacePath));
    m_editReleaseAction->setEnabled(!workspace.isDemo && !workspace.releaseName.isEmpty());
}

namespace {
constexpr quint32 layoutMagicWithoutColumns = 0x52444c31; // "RDL1": before columns could collapse
constexpr quint32 layoutMagic = 0x52444c32; // "RDL2"
} // namespace

QByteArray MainWindow::saveLayout() const
{
    QByteArray layout;
    QDataStream out(&layout, QIODevice::WriteOnly);
    out << layoutMagic << saveState() << m_board->splitterState() << m_detailsAction->isChecked()
        << m_board->columnsState();
    return layout;
}

void MainWindow::restoreLayout(const QByteArray &layout)
{
    QDataStream in(layout);
    quint32 magic = 0;
    in >> magic;
    if (magic != layoutMagic && magic != layoutMagicWithoutColumns) {
        restoreState(layout); // written by an earlier version: the window's state alone
        return;
    }
    QByteArray state;
    QByteArray splitter;
    bool details = true;
    QByteArray columns;
    in >> state >> splitter >> details;
    if (magic == layoutMagic)
        in >> columns;
    restoreState(state);
    m_board->restoreSplitterState(splitter);
    m_detailsAction->setChecked(details);
    m_board->restoreColumnsState(columns);
}

void MainWindow::showBoard(bool board)
{
    m_stack->setCurrentWidget(board ? static_cast<QWidget *>(m_board) : m_itemTable);
}

bool MainWindow::isBoardShown() const
{
    return m_stack->currentWidget() == m_board;
}

void MainWindow::updatePlaces()
{
    // What needs attention in each place, counted from what the board holds.
    const auto *model = m_board->boardModel();
    const auto [openBlockers, failingCi]
        = Models::Board::attention(model->items()->items(), model->context());
    m_places->setDetail(PlacesBar::Board,
        openBlockers ? tr("%n open blocker(s)", nullptr, openBlockers) : tr("no open blockers"));
    m_places->setDetail(
        PlacesBar::Table, failingCi ? tr("%n PR(s) failing CI", nullptr, failingCi) : QString());
    if (m_notes) {
        int warned = 0;
        const auto *entries = m_notes->entryModel();
        for (int row = 0; row < entries->rowCount(); ++row)
            warned += entries->index(row, 0).data(Models::NotesEntryModel::WarningsRole).toInt() != 0;
        m_places->setDetail(
            PlacesBar::Notes, warned ? tr("%n note(s) with warnings", nullptr, warned) : QString());
    }
    if (m_cherryPicks) {
        const auto needing = m_cherryPicks->model()->cellsNeedingAction();
        m_places->setDetail(
            PlacesBar::CherryPicks, needing ? tr("%n cell(s) needing action", nullptr, needing) : QString());
    }
}

void MainWindow::setNotesSession(Models::NotesSession *session)
{
    if (m_notes)
        return;
    m_notes = new NotesPanel(session, this);
    m_stack->addWidget(m_notes);
    m_notesAction->setEnabled(true);
    m_places->setEnabled(PlacesBar::Notes, true);
    auto *entries = m_notes->entryModel();
    connect(entries, &QAbstractItemModel::modelReset, this, &MainWindow::updatePlaces);
    connect(entries, &QAbstractItemModel::layoutChanged, this, &MainWindow::updatePlaces);
    connect(entries, &QAbstractItemModel::rowsInserted, this, &MainWindow::updatePlaces);
    connect(entries, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updatePlaces);
    connect(entries, &QAbstractItemModel::dataChanged, this, &MainWindow::updatePlaces);
    connect(m_notes, &NotesPanel::message, m_syncStatus, &SyncStatusWidget::showMessage);
}

void MainWindow::setMetricsProvider(std::function<std::function<Models::MetricsInput()>()> provider)
{
    if (m_metrics)
        return;
    m_metrics = new MetricsPanel(std::move(provider), this);
    m_stack->addWidget(m_metrics);
    m_metricsAction->setEnabled(true);
    m_places->setEnabled(PlacesBar::Metrics, true);
    connect(m_metrics, &MetricsPanel::message, m_syncStatus, &SyncStatusWidget::showMessage);
}

void MainWindow::setReleases(const QList<std::pair<qint64, QString>> &releases, qint64 current)
{
    m_places->setReleases(releases, current);
}

void MainWindow::setSignalPanel(ReleaseSignalPanel *panel)
{
    if (m_signal || !panel)
        return;
    m_signal = panel;
    m_stack->addWidget(m_signal);
    m_signalAction->setEnabled(true);
    m_places->setEnabled(PlacesBar::Signal, true);
}

void MainWindow::setCherryPickPanel(CherryPickPanel *panel)
{
    if (m_cherryPicks || !panel)
        return;
    m_cherryPicks = panel;
    m_stack->addWidget(m_cherryPicks);
    m_cherryPicksAction->setEnabled(true);
    m_places->setEnabled(PlacesBar::CherryPicks, true);
    m_triageMenu->addSeparator();
    m_triageMenu->addAction(panel->requestAction());
    m_triageMenu->addAction(panel->openAction());
    connect(panel, &CherryPickPanel::cherryPickRequested, this, &MainWindow::requestMatrixCherryPicks);
    connect(panel, &CherryPickPanel::message, m_syncStatus, &SyncStatusWidget::showMessage);
    auto *model = panel->model();
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updatePlaces);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updatePlaces);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updatePlaces);
    connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::updatePlaces);
    updatePlaces();
}

void MainWindow::showCherryPicks()
{
    if (m_cherryPicks)
        m_stack->setCurrentWidget(m_cherryPicks);
}

bool MainWindow::isCherryPicksShown() const
{
    return m_cherryPicks && m_stack->currentWidget() == m_cherryPicks;
}

void MainWindow::showSignal()
{
    if (m_signal)
        m_stack->setCurrentWidget(m_signal);
}

bool MainWindow::isSignalShown() const
{
    return m_signal && m_stack->currentWidget() == m_signal;
}

void MainWindow::showMetrics()
{
    if (m_metrics)
        m_stack->setCurrentWidget(m_metrics);
}

void MainWindow::showNotes()
{
    if (m_notes)
        m_stack->setCurrentWidget(m_notes);
}

bool MainWindow::isNotesShown() const
{
    return m_notes && m_stack->currentWidget() == m_notes;
}

void MainWindow::focusFilter()
{
    if (isNotesShown())
        m_notes->filterField()->setFocus(Qt::ShortcutFocusReason);
    else if (isBoardShown())
        m_board->focusQueryBar();
    else
        m_itemTable->filterField()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::setNotificationsEnabled(bool enabled)
{
    m_notificationsAction->setChecked(enabled);
}

bool MainWindow::notificationsEnabled() const
{
    return m_notificationsAction->isChecked();
}

void MainWindow::showNotifications(const QList<Models::BoardNotification> &notifications)
{
    if (notifications.isEmpty() || !notificationsEnabled())
        return;
    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(
            windowIcon().isNull() ? style()->standardIcon(QStyle::SP_MessageBoxInformation) : windowIcon(),
            this);
        m_tray->setToolTip(tr("Release Desk"));
        m_tray->show();
    }
    const auto &first = notifications.first();
    const auto text = notifications.size() == 1
        ? first.text
        : tr("%1 (and %2 more)").arg(first.text).arg(notifications.size() - 1);
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(first.title, text, QSystemTrayIcon::Information); // tray messages are plain text
    m_syncStatus->showMessage(first.title + QStringLiteral(": ") + text);
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
    m_places->setSyncRunning(running);
}

} // namespace ReleaseDesk::Views
