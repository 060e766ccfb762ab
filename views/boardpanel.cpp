#include "boardpanel.h"

#include "boardcolumnproxy.h"
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
    auto *delegate = new CardDelegate(this);
    for (int column = 0; column < board->columns().size(); ++column) {
        auto *proxy = new Models::BoardColumnProxy(board, column, this);
        auto *header = new QLabel(this);
        header->setTextFormat(Qt::PlainText);
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
        auto *view = new QListView(this);
        view->setModel(proxy);
        view->setItemDelegate(delegate);
        view->setUniformItemSizes(true); // constant-time layout at 100,000 cards
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setMinimumWidth(150);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setAccessibleName(board->columns().at(column).name);
        view->installEventFilter(this);
        auto *box = new QVBoxLayout;
        box->addWidget(header);
        box->addWidget(view, 1);
        columnsLayout->addLayout(box);
        m_proxies.append(proxy);
        m_views.append(view);
        m_headers.append(header);
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

    auto *splitter = new QSplitter(this);
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
    return m_headers.value(column) ? m_headers[column]->text() : QString();
}

void BoardPanel::setEvidence(const Models::ReleaseEvidence &evidence)
{
    m_evidence = evidence;
    updateReadiness();
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
    for (int column = 0; column < m_headers.size(); ++column) {
        const auto shown = m_proxies[column]->rowCount();
        const auto total = counts.value(column);
        m_headers[column]->setText(shown == total
                ? tr("%1 (%2)").arg(columns.at(column).name).arg(total)
                : tr("%1 (%2 of %3)").arg(columns.at(column).name).arg(shown).arg(total));
    }
}

void BoardPanel::updateReadiness()
{
    m_readiness->showReadiness(
        Models::ReleaseReadiness::evaluate(m_board->items()->items(), m_board->context(), m_evidence));
}

void BoardPanel::updateCompletions()
{
    QStringList completions
        = {QStringLiteral("is:open"), QStringLiteral("is:closed"), QStringLiteral("is:merged"),
            QStringLiteral("is:pr"), QStringLiteral("is:issue"), QStringLiteral("is:draft"),
            QStringLiteral("is:blocker"), QStringLiteral("no:assignee"), QStringLiteral("no:label"),
            QStringLiteral("no:milestone"), QStringLiteral("no:fix"), QStringLiteral("ci:failing"),
            QStringLiteral("ci:pending"), QStringLiteral("ci:passing"), QStringLiteral("review:approved"),
            QStringLiteral("review:changes_requested"), QStringLiteral("review:required"),
            QStringLiteral("cherry-pick:missing"), QStringLiteral("cherry-pick:pending")};
    QSet<QString> labels;
    QSet<QString> people;
    QSet<QString> repositories;
    for (const auto &item : m_board->items()->items()) {
        for (const auto &label : item.labels)
            labels.insert(label.name);
        for (const auto &login : item.assignees)
            people.insert(login);
        if (!item.author.isEmpty())
            people.insert(item.author);
        repositories.insert(item.key.repository.name);
    }
    for (const auto &label : labels)
        completions.append(QStringLiteral("label:") + label);
    for (const auto &login : people) {
        completions.append(QStringLiteral("assignee:") + login);
        completions.append(QStringLiteral("author:") + login);
    }
    for (const auto &repository : repositories)
        completions.append(QStringLiteral("repo:") + repository);
    completions.sort();
    m_queryBar->setCompletions(completions);
}

QList<int> BoardPanel::selectedRows() const
{
    QList<int> rows;
    for (int column = 0; column < m_views.size(); ++column) {
        for (const auto &index : m_views[column]->selectionModel()->selectedRows())
            rows.append(m_proxies[column]->mapToSource(index).row());
    }
    if (rows.isEmpty()) {
        // Nothing selected: the card with focus.
        for (int column = 0; column < m_views.size(); ++column) {
            if (m_views[column]->hasFocus() && m_views[column]->currentIndex().isValid())
                rows.append(m_proxies[column]->mapToSource(m_views[column]->currentIndex()).row());
        }
    }
    return rows;
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

void BoardPanel::focusColumn(int column)
{
    if (column < 0 || column >= m_views.size())
        return;
    auto *view = m_views[column];
    view->setFocus(Qt::OtherFocusReason);
    if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, 0));
}

bool BoardPanel::eventFilter(QObject *watched, QEvent *event)
{
    const auto column = m_views.indexOf(qobject_cast<QListView *>(watched));
    if (column < 0 || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    auto *view = m_views[column];
    auto move = [view](int delta) {
        const auto row = std::clamp(view->currentIndex().row() + delta, 0, view->model()->rowCount() - 1);
        if (view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(row, 0));
    };
    switch (key->key()) {
    case Qt::Key_Left:
    case Qt::Key_H:
        focusColumn(column - 1);
        return true;
    case Qt::Key_Right:
        focusColumn(column + 1);
        return true;
    case Qt::Key_L:
        // "l" moves right as in vi, so labels live on Shift+L (add) and Ctrl+Shift+L (remove).
        if (key->modifiers().testFlag(Qt::ShiftModifier)) {
            Q_EMIT triageKeyPressed(Qt::Key_L, key->modifiers().testFlag(Qt::ControlModifier));
            return true;
        }
        focusColumn(column + 1);
        return true;
    case Qt::Key_J:
        move(1);
        return true;
    case Qt::Key_K:
        move(-1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_details->summary()->setFocus(Qt::OtherFocusReason);
        return true;
    case Qt::Key_M:
    case Qt::Key_A:
    case Qt::Key_C:
    case Qt::Key_X:
    case Qt::Key_P:
        Q_EMIT triageKeyPressed(key->key(), key->modifiers().testFlag(Qt::ShiftModifier));
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace ReleaseDesk::Views
