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
}

void BoardColumnProxy::setQuery(const ItemQuery &query)
{
    m_query = query;
    invalidateRowsFilter();
}

bool BoardColumnProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_board->data(m_board->index(sourceRow, 0), BoardModel::ColumnRole).toInt() != m_column)
        return false;
    return m_query.isEmpty() || m_query.matches(m_board->item(sourceRow), m_board->context());
}

bool BoardColumnProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_board->item(left.row()).updatedAt < m_board->item(right.row()).updatedAt;
}

} // namespace ReleaseDesk::Models
