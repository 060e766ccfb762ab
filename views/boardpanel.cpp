#include "boardpanel.h"

#include "boardcolumnproxy.h"
#include "boardcolumnsstate.h"
#include "boardcolumnwidget.h"
#include "boardmodel.h"
#include "carddelegate.h"
#include "itemtablemodel.h"
#include "querybar.h"
#include "readinessbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

BoardPanel::BoardPanel(Models::BoardModel *board, ItemDetailsPanel::CacheReaders readers, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_queryBar(new QueryBar(this))
    , m_readiness(new ReadinessBar(this))
    , m_details(new ItemDetailsPanel(board, std::move(readers), this))
{
    auto *columnsWidget = new QWidget(this);
    auto *columnsLayout = new QHBoxLayout(columnsWidget);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->setSpacing(4);
    m_delegate = new CardDelegate(this);
    for (int column = 0; column < board->columns().size(); ++column) {
        auto *proxy = new Models::BoardColumnProxy(board, column, this);
        auto *view = new QListView(this);
        view->setModel(proxy);
        view->setItemDelegate(m_delegate);
        view->setUniformItemSizes(true); // constant-time layout at 100,000 cards
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setMinimumWidth(
            230); // a whole reference and two readable title lines; the board scrolls beyond
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setAccessibleName(board->columns().at(column).name);
        view->installEventFilter(this);
        view->viewport()->installEventFilter(this);
        auto *columnWidget = new BoardColumnWidget(board->columns().at(column).name, view, columnsWidget);
        columnsLayout->addWidget(columnWidget);
        connect(columnWidget, &BoardColumnWidget::collapsedChanged, this, [this, view](bool collapsed) {
            if (collapsed)
                view->selectionModel()->clearSelection(); // triage never sends what is not shown
            Q_EMIT columnsChanged();
        });
        connect(columnWidget, &BoardColumnWidget::hideRequested, this,
            [this, column] { setColumnHidden(column, true); });
        m_proxies.append(proxy);
        m_views.append(view);
        m_columns.append(columnWidget);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, proxy](const QModelIndex &current) {
                m_details->showRow(current.isValid() ? proxy->mapToSource(current).row() : -1);
            });
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(proxy, signal, this, &BoardPanel::updateHeaders);
        connect(proxy, &QAbstractItemModel::modelReset, this, &BoardPanel::updateHeaders);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, &BoardPanel::updateHeaders);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Board columns"));
    scroll->setWidget(columnsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_splitter = new QSplitter(this);
    auto *splitter = m_splitter;
    splitter->addWidget(scroll);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 280});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readiness);
    layout->addWidget(m_queryBar);
    layout->addWidget(splitter, 1);

    connect(m_queryBar, &QueryBar::queryChanged, this, &BoardPanel::applyQuery);
    m_queryBar->setViewCounter([this](const QString &query) { return m_board->countMatching(query); });
    connect(m_readiness, &ReadinessBar::queryRequested, m_queryBar, &QueryBar::setQuery);
    connect(board, &Models::BoardModel::boardChanged, this, [this] {
        updateHeaders();
        updateReadiness();
        updateCompletions();
    });
    updateHeaders();
    updateReadiness();
    updateCompletions();
}

QString BoardPanel::columnTitle(int column) const
{
    return m_columns.value(column) ? m_columns[column]->title() : QString();
}

void BoardPanel::setColumnCollapsed(int column, bool collapsed)
{
    if (auto *widget = m_columns.value(column))
        widget->setCollapsed(collapsed); // says columnsChanged()
}

bool BoardPanel::isColumnCollapsed(int column) const
{
    return m_columns.value(column) && m_columns[column]->isCollapsed();
}

void BoardPanel::setColumnHidden(int column, bool hidden)
{
    auto *widget = m_columns.value(column);
    if (!widget || widget->isHidden() == hidden)
        return;
    widget->setHidden(hidden);
    if (hidden)
        m_views[column]->selectionModel()->clearSelection(); // triage never sends what is not shown
    Q_EMIT columnsChanged();
}

bool BoardPanel::isColumnHidden(int column) const
{
    return m_columns.value(column) && m_columns[column]->isHidden();
}

void BoardPanel::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    m_delegate->setDensity(compact ? CardDelegate::Density::Compact : CardDelegate::Density::Comfortable);
    for (auto *view : std::as_const(m_views))
        view->doItemsLayout(); // uniform sizes are cached: ask the delegate again
    Q_EMIT columnsChanged();
}

QByteArray BoardPanel::columnsState() const
{
    BoardColumnsState state;
    for (const auto *widget : m_columns) {
        if (widget->isCollapsed())
            state.collapsed.append(widget->name());
        if (widget->isHidden())
            state.hidden.append(widget->name());
    }
    state.compact = m_compact;
    return state.toBytes();
}

void BoardPanel::restoreColumnsState(const QByteArray &bytes)
{
    const auto state = BoardColumnsState::fromBytes(bytes);
    if (!state)
        return; // an older version's settings, or damaged ones: the columns stay as they are
    for (int column = 0; column < m_columns.size(); ++column) {
        setColumnCollapsed(column, state->collapsed.contains(m_columns[column]->name()));
        setColumnHidden(column, state->hidden.contains(m_columns[column]->name()));
    }
    setCompact(state->compact);
}

void BoardPanel::setEvidence(const Models::ReleaseEvidence &evidence)
{
    m_evidence = evidence;
    updateReadiness();
}

void BoardPanel::setDetailsVisible(bool visible)
{
    m_details->setVisible(visible);
}

bool BoardPanel::isDetailsVisible() const
{
    return !m_details->isHidden();
}

QByteArray BoardPanel::splitterState() const
{
    return m_splitter->saveState();
}

void BoardPanel::restoreSplitterState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

void BoardPanel::focusQueryBar()
{
    m_queryBar->field()->setFocus(Qt::ShortcutFocusReason);
    m_queryBar->field()->selectAll();
}

void BoardPanel::applyQuery(const QString &text)
{
    QString error;
    const auto query = Models::ItemQuery::parse(text, &error);
    m_queryBar->showError(error);
    m_board->setQuery(query);
    updateHeaders();
}

void BoardPanel::updateHeaders()
{
    const auto &columns = m_board->columns();
    const auto &counts = m_board->columnCounts();
    for (int column = 0; column < m_columns.size(); ++column) {
        const auto shown = m_proxies[column]->rowCount();
        const auto total = counts.value(column);
        m_columns[column]->setTitle(shown == total
                ? tr("%1 (%2)").arg(columns.at(column).name).arg(total)
                : tr("%1 (%2 of %3)").arg(columns.at(column).name).arg(shown).arg(total));
    }
}

void BoardPanel::updateReadiness()
{
    m_readiness->showReadiness(
        Models::ReleaseReadiness::evaluate(m_board->items()->items(), m_board->context(), m_evidence));
    m_readiness->showSchedule(m_board->release(), QDate::currentDate());
}

void BoardPanel::updateCompletions()
{
    m_queryBar->setCompletions(Models::ItemQuery::completions(m_board->items()->items()));
}

QList<int> BoardPanel::selectedRows() const
{
    // A list view selects only column 0 of its multi-column proxy, so QItemSelectionModel::
    // selectedRows() (every column of a row) finds nothing here: the selected indexes are the cards.
    // No fallback to the focused card: what the board highlights is exactly what triage sends.
    QList<int> rows;
    for (int column = 0; column < m_views.size(); ++column) {
        // A card sits in one column, once: no duplicates to weed out.
        for (const auto &index : m_views[column]->selectionModel()->selectedIndexes()) {
            if (index.column() == 0)
                rows.append(m_proxies[column]->mapToSource(index).row());
        }
    }
    return rows;
}

void BoardPanel::clearSelectionOutside(int column)
{
    for (int other = 0; other < m_views.size(); ++other) {
        if (other != column)
            m_views[other]->selectionModel()->clearSelection();
    }
}

QStringList BoardPanel::knownLabels() const
{
    QSet<QString> names;
    for (const auto &item : m_board->items()->items()) {
        for (const auto &label : item.labels)
            names.insert(label.name);
    }
    auto list = names.values();
    list.sort();
    return list;
}

QStringList BoardPanel::knownPeople() const
{
    QSet<QString> names;
    for (const auto &item : m_board->items()->items()) {
        for (const auto &login : item.assignees)
            names.insert(login);
        if (!item.author.isEmpty())
            names.insert(item.author);
    }
    auto list = names.values();
    list.sort();
    return list;
}

int BoardPanel::nextOpenColumn(int from, int step) const
{
    for (int column = from + step; column >= 0 && column < m_columns.size(); column += step) {
        if (!m_columns[column]->isHidden() && !m_columns[column]->isCollapsed())
            return column;
    }
    return -1;
}

void BoardPanel::focusColumn(int column, bool extendSelection)
{
    if (column < 0 || column >= m_views.size())
        return;
    auto *view = m_views[column];
    view->setFocus(Qt::OtherFocusReason);
    if (!extendSelection)
        clearSelectionOutside(column);
    auto current = view->currentIndex();
    if (!current.isValid() && view->model()->rowCount() > 0)
        current = view->model()->index(0, 0);
    if (!current.isValid())
        return;
    if (extendSelection)
        view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::Select);
    else
        view->setCurrentIndex(current); // through the view: a later Shift+arrow extends from here
}

bool BoardPanel::eventFilter(QObject *watched, QEvent *event)
{
    // A plain click on a card starts a new selection on the whole board; Ctrl or Shift adds to it.
    if (event->type() == QEvent::MouseButtonPress) {
        for (int column = 0; column < m_views.size(); ++column) {
            if (watched != m_views[column]->viewport())
                continue;
            const auto modifiers = static_cast<QMouseEvent *>(event)->modifiers();
            if (!(modifiers & (Qt::ControlModifier | Qt::ShiftModifier)))
                clearSelectionOutside(column);
        }
        return QWidget::eventFilter(watched, event);
    }
    const auto column = m_views.indexOf(qobject_cast<QListView *>(watched));
    if (column < 0 || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    auto *view = m_views[column];
    const bool extend = key->modifiers() & Qt::ShiftModifier;
    const bool modified = key->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier);
    auto move = [this, view, column](int delta) {
        if (view->model()->rowCount() == 0)
            return;
        const auto row = std::clamp(view->currentIndex().row() + delta, 0, view->model()->rowCount() - 1);
        clearSelectionOutside(column);
        view->setCurrentIndex(view->model()->index(row, 0)); // moves the anchor of Shift+arrows too
    };
    switch (key->key()) {
    case Qt::Key_Left:
    case Qt::Key_H:
        // Shift keeps what is selected in this column and adds the neighbour's card.
        focusColumn(nextOpenColumn(column, -1), extend);
        return true;
    case Qt::Key_Right:
    case Qt::Key_L:
        // "l" moves right as in vi; Shift+L is a triage action (the shortcut fires before this).
        focusColumn(nextOpenColumn(column, 1), extend);
        return true;
    case Qt::Key_J:
        move(1);
        return true;
    case Qt::Key_K:
        move(-1);
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        // The list view moves; without a modifier the selection starts again on the whole board.
        if (!modified)
            clearSelectionOutside(column);
        return QWidget::eventFilter(watched, event);
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_details->summary()->setFocus(Qt::OtherFocusReason);
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace ReleaseDesk::Views
