#pragma once

#include "itemfilter.h"

#include <QSortFilterProxyModel>

namespace ReleaseDesk::Models {

class ItemTableModel;

/// Filters and sorts an ItemTableModel: sorting on raw values, filtering on an ItemFilter.
class ItemFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ItemFilterProxyModel(QObject *parent = nullptr);

    const ItemFilter &filter() const { return m_filter; }
    void setFilter(const ItemFilter &filter);

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// Compares the items themselves: sorting 100,000 rows through QVariant sort data took longer
    /// than loading them.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const ItemTableModel *m_items = nullptr;
    ItemFilter m_filter;
    QStringList m_words;
};

} // namespace ReleaseDesk::Models
