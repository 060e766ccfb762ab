#include "itemfilterproxymodel.h"

#include "itemtablemodel.h"

namespace ReleaseDesk::Models {

ItemFilterProxyModel::ItemFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ItemFilterProxyModel::setQuery(const QString &text, QString *error)
{
    QString problem;
    auto query = ItemQuery::parse(text, &problem);
    if (error)
        *error = problem;
    if (text == m_text)
        return;
    m_text = text;
    m_query = std::move(query);
    invalidateRowsFilter();
}

void ItemFilterProxyModel::setContextProvider(std::function<const QueryContext &()> provider)
{
    m_context = std::move(provider);
    refilter();
}

void ItemFilterProxyModel::refilter()
{
    if (m_query.usesContext())
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

bool ItemFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_query.isEmpty() || !m_items)
        return true;
    static const QueryContext none;
    return m_query.matches(m_items->itemAt(sourceRow), m_context ? m_context() : none);
}

} // namespace ReleaseDesk::Models
