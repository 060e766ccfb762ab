#pragma once

#include "itemfilter.h"

#include <QSortFilterProxyModel>

namespace ReleaseDesk::Models {

/// Filters and sorts an ItemTableModel: sorting on raw values, filtering on an ItemFilter.
class ItemFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ItemFilterProxyModel(QObject *parent = nullptr);

    const ItemFilter &filter() const { return m_filter; }
    void setFilter(const ItemFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ItemFilter m_filter;
    QStringList m_words;
};

} // namespace ReleaseDesk::Models
