#include "cherrypickpanel.h"

#include "cherrypickcelldelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

using Models::CherryPickMatrixModel;
using Models::CherryPickState;

CherryPickPanel::CherryPickPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new CherryPickMatrixModel(this))
    , m_proxy(new Models::CherryPickFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_needsAction(new QCheckBox(tr("&Needs action only"), this))
    , m_empty(new QLabel(this))
    , m_table(new QTableView(this))
    , m_request(new QAction(tr("Request Cherry-Picks to &Branches..."), this))
    , m_open(new QAction(tr("Open &Pull Request"), this))
{
    setAccessibleName(tr("Cherry-picks"));
    m_proxy->setSourceModel(m_model);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_filter->setPlaceholderText(tr("Filter fixes by title, repository or number"));
    m_filter->setAccessibleName(tr("Filter fixes"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(m_filter->fontMetrics().horizontalAdvance(m_filter->placeholderText()) + 40);
    m_needsAction->setToolTip(tr("Only fixes with a branch to act on: a pick nobody asked for, a conflict, "
                                 "an open pick whose CI fails"));
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);

    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Cherry-pick matrix"));
    m_table->setItemDelegate(new CherryPickCellDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in the other places
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(CherryPickMatrixModel::FixColumn, Qt::DescendingOrder);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Keys that act on the table's cells (listed in the window's keyboard table through the menu).
    m_request->setShortcut(QKeySequence(Qt::Key_R));
    m_request->setShortcutContext(Qt::WidgetShortcut);
    m_request->setToolTip(
        tr("Post the bot's cherry-pick command on each selected fix, for each selected branch "
           "that still needs it (previewed first)"));
    m_open->setShortcut(QKeySequence(Qt::Key_O));
    m_open->setShortcutContext(Qt::WidgetShortcut);
    m_open->setToolTip(tr("Open the cell's cherry-pick pull request in the browser (also Return)"));
    m_table->addAction(m_request);
    m_table->addAction(m_open);
    connect(m_request, &QAction::triggered, this, &CherryPickPanel::requestSelected);
    connect(m_open, &QAction::triggered, this, &CherryPickPanel::openCurrent);
    connect(m_table, &QAbstractItemView::activated, this, &CherryPickPanel::open);

    auto *requestButton = new QToolButton(this);
    requestButton->setDefaultAction(m_request);
    requestButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *openButton = new QToolButton(this);
    openButton->setDefaultAction(m_open);
    openButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addWidget(m_needsAction);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(openButton);
    bottom->addWidget(requestButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    const auto filterChanged = [this] { m_proxy->setFilter({m_filter->text(), m_needsAction->isChecked()}); };
    connect(m_filter, &QLineEdit::textChanged, this, filterChanged);
    connect(m_needsAction, &QCheckBox::toggled, this, filterChanged);
    const auto layoutColumns = [this] {
        auto *header = m_table->horizontalHeader();
        header->setMinimumSectionSize(60);
        const auto branchWidth
            = m_table->fontMetrics().horizontalAdvance(tr("open PR %1").arg(QStringLiteral("#00000")))
            + m_table->fontMetrics().height() + 24;
        for (int column = CherryPickMatrixModel::FirstBranchColumn; column < m_model->columnCount();
             ++column) {
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            header->resizeSection(column, branchWidth);
        }
        if (m_model->columnCount() > 0)
            header->setSectionResizeMode(CherryPickMatrixModel::FixColumn, QHeaderView::Stretch);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, layoutColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CherryPickPanel::updateSummary);
    // A sync may change the selected cells (a pick merged): what the actions offer follows.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CherryPickPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CherryPickPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CherryPickPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CherryPickPanel::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &CherryPickPanel::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &CherryPickPanel::updateActions);
    layoutColumns();
    updateSummary();
    updateActions();
}

void CherryPickPanel::setMatrix(Models::CherryPickMatrix matrix)
{
    m_computing = false;
    m_model->setMatrix(std::move(matrix));
    // A first matrix puts the cursor on the first cell, so the arrows work at once.
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0 && m_proxy->columnCount() > 1)
        m_table->selectionModel()->setCurrentIndex(
            m_proxy->index(0, CherryPickMatrixModel::FirstBranchColumn), QItemSelectionModel::NoUpdate);
    updateSummary();
    updateActions();
}

void CherryPickPanel::setComputing(bool computing)
{
    m_computing = computing;
    updateSummary();
}

QString CherryPickPanel::summaryText() const
{
    return m_summary->text();
}

void CherryPickPanel::updateSummary()
{
    const auto &matrix = m_model->matrix();
    const auto fixes = int(matrix.rows.size());
    const auto branches = int(matrix.branches.size());
    QString empty;
    if (m_computing && fixes == 0)
        empty = tr("Working out which fixes each branch holds…");
    else if (branches == 0)
        empty = tr("This release maintains no branch besides its main one. List the maintained branches "
                   "(release-4.1, release-4.0 …) in File > Edit Release to see which fixes each one holds.");
    else if (fixes == 0)
        empty = tr("No fix merged on the main branch needs back-porting to %1.")
                    .arg(matrix.branches.join(QStringLiteral(", ")));
    else if (m_proxy->rowCount() == 0)
        empty = tr("No fix matches the filter.");
    m_empty->setText(empty);
    m_empty->setVisible(!empty.isEmpty());
    m_table->setVisible(fixes > 0 && branches > 0);
    const auto needing = m_model->cellsNeedingAction();
    m_summary->setText(branches == 0 ? QString()
                                     : tr("Fixes: %1 · Branches: %2 · %3")
                                           .arg(fixes)
                                           .arg(branches)
                                           .arg(needing ? tr("%n cell(s) needing action", nullptr, needing)
                                                        : tr("nothing needs action"))
                + (m_computing ? QStringLiteral(" · ") + tr("updating…") : QString()));
}

void CherryPickPanel::updateActions()
{
    bool canRequest = false;
    const auto selected = m_table->selectionModel()->selectedIndexes();
    for (const auto &index : selected)
        canRequest = canRequest || index.data(CherryPickMatrixModel::CanRequestRole).toBool();
    m_request->setEnabled(canRequest);
    const auto current = m_table->currentIndex();
    m_open->setEnabled(current.isValid() && current.data(CherryPickMatrixModel::UrlRole).toUrl().isValid());
}

QList<CherryPickCellRef> CherryPickPanel::selectedCells() const
{
    auto selected = m_table->selectionModel()->selectedIndexes();
    std::sort(selected.begin(), selected.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return std::pair(a.row(), a.column()) < std::pair(b.row(), b.column());
    });
    QList<CherryPickCellRef> cells;
    for (const auto &index : std::as_const(selected)) {
        const auto source = m_proxy->mapToSource(index);
        if (const auto *cell = m_model->cell(source))
            cells.append({m_model->row(source.row()).fix,
                source.data(CherryPickMatrixModel::BranchRole).toString(), *cell});
    }
    return cells;
}

void CherryPickPanel::requestSelected()
{
    const auto cells = selectedCells();
    if (cells.isEmpty())
        return Q_EMIT message(tr("Select one or more cells under a branch first (Shift with the arrows)."));
    QList<CherryPickCellRef> needing;
    for (const auto &cell : cells) {
        if (cell.cell.state == CherryPickState::Missing)
            needing.append(cell);
    }
    if (needing.isEmpty())
        return Q_EMIT message(tr("None of the selected cells needs a request: each is already requested, "
                                 "picked, merged or not needed."));
    Q_EMIT cherryPickRequested(needing, int(cells.size() - needing.size()));
}

void CherryPickPanel::openCurrent()
{
    open(m_table->currentIndex());
}

void CherryPickPanel::open(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto url = index.data(CherryPickMatrixModel::UrlRole).toUrl();
    // Only web addresses: the URL comes from GitHub's data.
    if (url.scheme() != QLatin1StringView("https") && url.scheme() != QLatin1StringView("http"))
        return Q_EMIT message(tr("Nothing to open here yet: no pull request for this branch."));
    QDesktopServices::openUrl(url);
}

} // namespace ReleaseDesk::Views
