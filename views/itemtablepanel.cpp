#include "itemtablepanel.h"

#include "boardmodel.h"
#include "itemfilterproxymodel.h"
#include "itemtablemodel.h"
#include "querybar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

using Models::ItemTableModel;

ItemTablePanel::ItemTablePanel(ItemTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new Models::ItemFilterProxyModel(this))
    , m_queryBar(new QueryBar(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);

    m_queryBar->field()->setAccessibleName(tr("Item filter"));
    connect(m_queryBar, &QueryBar::queryChanged, this, [this](const QString &text) {
        QString error;
        m_proxy->setQuery(text, &error);
        m_queryBar->showError(error);
    });

    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Release items"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Uniform rows keep a 100,000-row table cheap to lay out.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ItemTableModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(ItemTableModel::ReferenceColumn, 130);
    header->resizeSection(ItemTableModel::TypeColumn, 50);
    header->resizeSection(ItemTableModel::KindColumn, 90);
    header->resizeSection(ItemTableModel::StateColumn, 70);
    header->resizeSection(ItemTableModel::LabelsColumn, 220);
    header->resizeSection(ItemTableModel::AssigneesColumn, 110);
    header->resizeSection(ItemTableModel::CiColumn, 130);
    header->resizeSection(ItemTableModel::UpdatedColumn, 130);

    m_count->setAccessibleName(tr("Item count"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_queryBar, 1);
    filterRow->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ItemTablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ItemTablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ItemTablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ItemTablePanel::updateCount);
    updateCount();
}

QLineEdit *ItemTablePanel::filterField() const
{
    return m_queryBar->field();
}

void ItemTablePanel::setBoard(Models::BoardModel *board)
{
    m_proxy->setContextProvider([board]() -> const Models::QueryContext & { return board->context(); });
    const auto update = [this, board] {
        m_proxy->refilter(); // is:blocker and no:fix follow the board's facts
        m_queryBar->setCompletions(Models::ItemQuery::completions(board->items()->items()));
    };
    connect(board, &Models::BoardModel::boardChanged, this, update);
    update();
}

QList<int> ItemTablePanel::selectedRows() const
{
    QList<int> rows;
    for (const auto &index : m_table->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

void ItemTablePanel::updateCount()
{
    m_count->setText(tr("%1 of %2 items").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void ItemTablePanel::showEvent(QShowEvent *event)
{
    // Sorting 100,000 rows is work for when the table is first seen, not for every start-up.
    if (!m_table->isSortingEnabled()) {
        m_table->setSortingEnabled(true);
        m_table->sortByColumn(ItemTableModel::UpdatedColumn, Qt::DescendingOrder);
    }
    QWidget::showEvent(event);
}

} // namespace ReleaseDesk::Views
