#pragma once

#include "itemquery.h"

#include <QSortFilterProxyModel>

#include <functional>

namespace ReleaseDesk::Models {

class ItemTableModel;

/// Filters and sorts an ItemTableModel: sorting on raw values, filtering with the board's query
/// language (Models::ItemQuery: qualifiers such as label:, is:blocker, ci:failing, and free words).
class ItemFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ItemFilterProxyModel(QObject *parent = nullptr);

    /// Parses `text` as a query; `error` says what is wrong with it (what could be read still filters).
    void setQuery(const QString &text, QString *error = nullptr);
    QString queryText() const { return m_text; }
    /// The join facts (blockers, fixes, cherry-picks) queries such as is:blocker need; without it
    /// those qualifiers match nothing. Call refilter() when they change.
    void setContextProvider(std::function<const QueryContext &()> provider);
    void refilter();

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// Compares the items themselves: sorting 100,000 rows through QVariant sort data took longer
    /// than loading them.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const ItemTableModel *m_items = nullptr;
    QString m_text;
    ItemQuery m_query;
    std::function<const QueryContext &()> m_context;
};

} // namespace ReleaseDesk::Models
