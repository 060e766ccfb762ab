// The main window's menus and actions, and the triage they start: what the user can do from the
// window, apart from how the window is arranged (mainwindow.cpp).
#include "mainwindow.h"

#include "boardmodel.h"
#include "boardpanel.h"
#include "boardviewsmenu.h"
#include "cherrypickpanel.h"
#include "itemtablemodel.h"
#include "itemtablepanel.h"
#include "shortcuttable.h"
#include "syncstatuswidget.h"
#include "triageprompt.h"
#include "untrustedtext.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

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

void MainWindow::requestMatrixCherryPicks(const QList<CherryPickCellRef> &cells, int skipped)
{
    // Exactly the selected cells that need it, one bot command each, on the fix (the bot picks
    // from there). The same path as triage: previewed, sent one by one, refusals reported.
    QList<Models::TriageChange> changes;
    QStringList lines;
    for (const auto &cell : cells) {
        const auto command = Models::TriageExecutor::cherryPickComment(cell.branch, m_cherryPickCommand);
        changes.append({cell.fix, {Models::TriageAction::Kind::Comment, command}});
        lines.append(tr("%1 to %2: comment \"%3\"")
                         .arg(cell.fix.shortReference(), Models::displayText(cell.branch),
                             Models::displayText(command)));
    }
    if (changes.isEmpty())
        return;
    const auto note = skipped
        ? tr("%n selected cell(s) already requested, picked, merged or not needed: left out.", nullptr,
            skipped)
        : QString();
    if (TriagePrompt::confirm(this, lines, note))
        Q_EMIT triageConfirmed(changes);
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

void MainWindow::setUndoTriageAvailable(bool available)
{
    m_undoTriageAction->setEnabled(available);
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
    m_signalAction = viewMenu->addAction(tr("Release &Signal"), this, &MainWindow::showSignal);
    m_signalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    m_signalAction->setEnabled(false);
    m_cherryPicksAction = viewMenu->addAction(tr("Cherry-&Picks"), this, &MainWindow::showCherryPicks);
    m_cherryPicksAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    m_cherryPicksAction->setEnabled(false);
    viewMenu->addSeparator();
    m_detailsAction = viewMenu->addAction(tr("Show &Details Pane"));
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    m_detailsAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_detailsAction, &QAction::toggled, m_board, &BoardPanel::setDetailsVisible);
    // The board's columns: each can be hidden here and collapsed from its header.
    auto *columnsMenu = viewMenu->addMenu(tr("Board &Columns"));
    for (int column = 0; column < m_board->columnCount(); ++column) {
        auto *show = columnsMenu->addAction(m_board->boardModel()->columns().at(column).name);
        show->setCheckable(true);
        show->setChecked(true);
        connect(show, &QAction::toggled, this,
            [this, column](bool on) { m_board->setColumnHidden(column, !on); });
        connect(m_board, &BoardPanel::columnsChanged, show,
            [this, show, column] { show->setChecked(!m_board->isColumnHidden(column)); });
    }
    auto *compact = viewMenu->addAction(tr("C&ompact Cards"));
    compact->setCheckable(true);
    connect(compact, &QAction::toggled, m_board, &BoardPanel::setCompact);
    connect(m_board, &BoardPanel::columnsChanged, compact,
        [this, compact] { compact->setChecked(m_board->isCompact()); });
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
    auto *triageMenu = m_triageMenu = menuBar()->addMenu(tr("&Triage"));
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
