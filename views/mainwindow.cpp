#include "mainwindow.h"

#include "boardmodel.h"
#include "boardpanel.h"
#include "boardviewsmenu.h"
#include "demobanner.h"
#include "itemtablemodel.h"
#include "itemtablepanel.h"
#include "metricspanel.h"
#include "notes/notesentrymodel.h"
#include "notespanel.h"
#include "placesbar.h"
#include "shortcuttable.h"
#include "syncstatuswidget.h"
#include "triageprompt.h"

#include <QAction>
#include <QApplication>
#include <QDataStream>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableWidget>
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
    m_workspaceLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_syncStatus, 1);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    createMenus();

    // The places on the left, the place shown beside them (the View menu and Ctrl+1-4 stay).
    m_places = new PlacesBar(m_syncAction, this);
    m_places->setEnabled(PlacesBar::Notes, false);
    m_places->setEnabled(PlacesBar::Metrics, false);
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
        const auto *shown = m_stack->currentWidget();
        m_places->setCurrent(shown == m_board ? PlacesBar::Board
                : shown == m_itemTable        ? PlacesBar::Table
                : shown == m_notes            ? PlacesBar::Notes
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
        case PlacesBar::PlaceCount:
            return;
        }
    });
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
constexpr quint32 layoutMagic = 0x52444c31; // "RDL1"
}

QByteArray MainWindow::saveLayout() const
{
    QByteArray layout;
    QDataStream out(&layout, QIODevice::WriteOnly);
    out << layoutMagic << saveState() << m_board->splitterState() << m_detailsAction->isChecked();
    return layout;
}

void MainWindow::restoreLayout(const QByteArray &layout)
{
    QDataStream in(layout);
    quint32 magic = 0;
    in >> magic;
    if (magic != layoutMagic) {
        restoreState(layout); // written by an earlier version: the window's state alone
        return;
    }
    QByteArray state;
    QByteArray splitter;
    bool details = true;
    in >> state >> splitter >> details;
    restoreState(state);
    m_board->restoreSplitterState(splitter);
    m_detailsAction->setChecked(details);
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
    const auto &blockers = model->context().blockers;
    int openBlockers = 0;
    int failingCi = 0;
    for (const auto &item : model->items()->items()) {
        if (!item.isOpen())
            continue;
        openBlockers += blockers.contains(item.key);
        failingCi += item.isPullRequest() && !item.ciContexts.isEmpty()
            && item.ciSummary().overall() == Api::CiState::Failure;
    }
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

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    const auto rows = ShortcutTable::rows(this);
    auto *table = new QTableWidget(int(rows.size()), 2, &dialog);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("What")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows[row].keys));
        table->setItem(row, 1, new QTableWidgetItem(rows[row].what));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(640, 520);
    dialog.exec();
}

QList<int> MainWindow::selectedItemRows() const
{
    if (isBoardShown())
        return m_board->selectedRows();
    if (m_stack->currentWidget() == m_itemTable)
        return m_itemTable->selectedRows();
    return {};
}

void MainWindow::requestCherryPick()
{
    const auto branch = m_board->boardModel()->release().releaseBranch;
    if (branch.isEmpty())
        return m_syncStatus->showMessage(
            tr("The release has no release branch to cherry-pick to: set it in File > Edit Release."));
    requestTriage(Models::TriageAction::Kind::Comment, Models::TriageExecutor::cherryPickComment(branch));
}

void MainWindow::requestTriage(Models::TriageAction::Kind kind, const QString &presetValue)
{
    auto *model = m_board->boardModel();
    const auto rows = selectedItemRows();
    if (rows.isEmpty())
        return m_syncStatus->showMessage(
            tr("Select one or more cards first (click, or Shift with the arrows)."));
    QList<Api::Item> selected;
    for (const auto row : rows)
        selected.append(model->item(row));
    TriageChoices choices {m_board->knownLabels(), m_board->knownPeople(), {}};
    for (const auto &entry : model->release().repositories)
        choices.milestones.append(entry.milestones);
    for (const auto &item : model->items()->items())
        if (!item.milestone.isEmpty())
            choices.milestones.append(item.milestone);
    QString message;
    const auto changes = TriagePrompt::ask(this, kind, selected, choices, presetValue, &message);
    if (!message.isEmpty())
        m_syncStatus->showMessage(message);
    if (!changes.isEmpty())
        Q_EMIT triageConfirmed(changes);
}

void MainWindow::showTriageResult(int succeeded, const QStringList &failures, bool undone)
{
    if (failures.isEmpty()) {
        m_syncStatus->showMessage(undone ? tr("Undone on GitHub: %n change(s) reverted.", nullptr, succeeded)
                                         : tr("%n change(s) landed on GitHub.", nullptr, succeeded));
        return;
    }
    m_syncStatus->showMessage(undone
            ? tr("Undo: %n change(s) reverted, %1 refused.", nullptr, succeeded).arg(failures.size())
            : tr("%n change(s) landed, %1 refused and rolled back.", nullptr, succeeded)
                  .arg(failures.size()));
    QMessageBox box(QMessageBox::Warning, tr("Some changes were refused"), failures.join(QLatin1Char('\n')),
        QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText); // GitHub's messages are quoted in there
    box.exec();
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

void MainWindow::setUndoTriageAvailable(bool available)
{
    m_undoTriageAction->setEnabled(available);
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
    m_editReleaseAction
        = fileMenu->addAction(tr("&Edit Release..."), this, &MainWindow::editReleaseRequested);
    fileMenu->addSeparator();
    m_syncAction = fileMenu->addAction(tr("&Sync Now"), this, &MainWindow::syncRequested);
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_cancelSyncAction = fileMenu->addAction(tr("&Cancel Sync"), this, &MainWindow::syncCancelRequested);
    m_cancelSyncAction->setEnabled(false);
    fileMenu->addAction(tr("Sync &Interval..."), this, &MainWindow::syncIntervalRequested);
    auto *settings = fileMenu->addAction(tr("Se&ttings..."), this, &MainWindow::settingsRequested);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *boardAction = viewMenu->addAction(tr("&Board"), this, [this] { showBoard(true); });
    boardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    auto *tableAction = viewMenu->addAction(tr("&Table"), this, [this] { showBoard(false); });
    tableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_notesAction = viewMenu->addAction(tr("Release &Notes"), this, &MainWindow::showNotes);
    m_notesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_notesAction->setEnabled(false);
    m_metricsAction = viewMenu->addAction(tr("&Metrics"), this, &MainWindow::showMetrics);
    m_metricsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_metricsAction->setEnabled(false);
    viewMenu->addSeparator();
    m_detailsAction = viewMenu->addAction(tr("Show &Details Pane"));
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    m_detailsAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_detailsAction, &QAction::toggled, m_board, &BoardPanel::setDetailsVisible);
    auto *find = viewMenu->addAction(tr("&Filter Items"), this, &MainWindow::focusFilter);
    find->setShortcut(QKeySequence::Find);
    auto *boardViews
        = new BoardViewsMenu(tr("Board &Views"), m_board->boardModel(), m_board->queryBar(), this);
    connect(boardViews, &BoardViewsMenu::viewChosen, this, [this] { showBoard(true); });
    viewMenu->addMenu(boardViews);
    viewMenu->addSeparator();
    m_notificationsAction = viewMenu->addAction(tr("Desktop &Notifications"));
    m_notificationsAction->setCheckable(true);
    m_notificationsAction->setChecked(true);
    m_notificationsAction->setToolTip(
        tr("A new blocker, a blocker's fix merged, the release branch's required CI turning red"));
    connect(m_notificationsAction, &QAction::toggled, this, &MainWindow::notificationsToggled);

    using Kind = Models::TriageAction::Kind;
    auto *triageMenu = menuBar()->addMenu(tr("&Triage"));
    const QList<std::tuple<QString, Kind, QKeySequence>> triageActions = {
        {tr("Add &Label..."), Kind::AddLabel, QKeySequence(Qt::SHIFT | Qt::Key_L)},
        {tr("&Remove Label..."), Kind::RemoveLabel, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
        {tr("Set &Milestone..."), Kind::SetMilestone, QKeySequence(Qt::Key_M)},
        {tr("C&lear Milestone"), Kind::ClearMilestone, QKeySequence(Qt::SHIFT | Qt::Key_M)},
        {tr("&Assign..."), Kind::Assign, QKeySequence(Qt::Key_A)},
        {tr("&Unassign..."), Kind::Unassign, QKeySequence(Qt::SHIFT | Qt::Key_A)},
        {tr("&Comment..."), Kind::Comment, QKeySequence(Qt::Key_C)},
        {tr("Close or Re&open"), Kind::Close, QKeySequence(Qt::Key_X)},
    };
    // Triage keys act where cards are selected: on the board's columns and in the table.
    QList<QWidget *> cardViews(m_board->columnViews().cbegin(), m_board->columnViews().cend());
    cardViews.append(m_itemTable->tableView());
    const auto addTriageAction = [&](QAction *action, const QKeySequence &keys) {
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        for (auto *view : std::as_const(cardViews))
            view->addAction(action);
    };
    for (const auto &[text, kind, keys] : triageActions)
        addTriageAction(
            triageMenu->addAction(text, this, [this, kind = kind] { requestTriage(kind); }), keys);
    addTriageAction(triageMenu->addAction(tr("Request C&herry-Pick"), this, &MainWindow::requestCherryPick),
        QKeySequence(Qt::Key_P));
    triageMenu->addSeparator();
    m_undoTriageAction
        = triageMenu->addAction(tr("&Undo Last Triage"), this, &MainWindow::undoTriageRequested);
    m_undoTriageAction->setShortcut(QKeySequence::Undo);
    m_undoTriageAction->setEnabled(false);

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&Welcome"), this, &MainWindow::welcomeRequested);
    helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    helpMenu->addAction(tr("&About Release Desk"), this, [this] {
        QMessageBox::about(this, tr("About Release Desk"),
            tr("Release Desk %1\nA desk for shipping multi-repository open-source releases.")
                .arg(QApplication::applicationVersion()));
    });
}

} // namespace ReleaseDesk::Views
