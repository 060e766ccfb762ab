#include "boardcolumnproxy.h"

#include "boardmodel.h"

namespace ReleaseDesk::Models {

BoardColumnProxy::BoardColumnProxy(BoardModel *board, int column, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_board(board)
    , m_column(column)
{
    setSourceModel(board);
    // Cards move when their column role changes: re-filter on exactly that role.
    setFilterRole(BoardModel::ColumnRole);
    setDynamicSortFilter(true);
    sort(0, Qt::DescendingOrder);
    connect(board, &BoardModel::queryChanged, this, &BoardColumnProxy::invalidateRowsFilter);
}

bool BoardColumnProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_board->columnOf(sourceRow) != m_column)
        return false;
    return m_board->rowMatchesQuery(sourceRow);
}

bool BoardColumnProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_board->updatedKey(left.row()) < m_board->updatedKey(right.row());
}

} // namespace ReleaseDesk::Models
