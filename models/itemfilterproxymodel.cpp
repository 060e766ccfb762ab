#include "itemfilterproxymodel.h"

#include "itemtablemodel.h"

namespace ReleaseDesk::Models {

ItemFilterProxyModel::ItemFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ItemFilterProxyModel::setFilter(const ItemFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_words = filter.words();
    invalidateRowsFilter();
}

void ItemFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_items = qobject_cast<const ItemTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool ItemFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_items)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_items->lessThan(left.row(), right.row(), left.column());
}

bool ItemFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const auto text
        = sourceModel()->index(sourceRow, 0, sourceParent).data(ItemTableModel::SearchTextRole).toString();
    return std::all_of(
        m_words.cbegin(), m_words.cend(), [&text](const QString &word) { return text.contains(word); });
}

} // namespace ReleaseDesk::Models
