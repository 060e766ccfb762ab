#pragma once

#include "api/item.h"

#include <QAbstractTableModel>
#include <QList>

namespace ReleaseDesk::Models {

/// The items of a release as a table: one row per issue or pull request.
///
/// Holds value snapshots; never talks to the network or the store. Display strings come only from
/// Qt::DisplayRole; proxies sort on SortRole (raw values) and filter with the query language.
class ItemTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ReferenceColumn,
        TypeColumn,
        KindColumn,
        TitleColumn,
        StateColumn,
        LabelsColumn,
        AssigneesColumn,
        CiColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole, ///< raw value of the cell, for sorting
        ReferenceRole, ///< "owner/repo#number"
        IsPullRequestRole,
        IsOpenRole,
        LabelNamesRole, ///< QStringList
        AssigneesRole, ///< QStringList
        AuthorRole,
        RepositoryRole, ///< "owner/repo"
        CiStateRole, ///< int(Api::CiState), or -1 without CI
        ShortReferenceRole, ///< "repo#number"
        TitleRole,
        LabelsRole, ///< QVariantList of {name, color} maps, in GitHub's order
        CiSummaryRole, ///< Api::CiSummary
        ReviewDecisionRole,
        CreatedAtRole,
        UpdatedAtRole,
        StateRole, ///< int(Api::Item::State)
        IsDraftRole,
    };
    Q_ENUM(Role)

    explicit ItemTableModel(QObject *parent = nullptr);

    /// Replaces the whole data set (a workspace or release was opened): one reset.
    void setItems(QList<Api::Item> items);
    /// Merges a batch (a sync page, a triage batch): each run of adjacent changed rows gets one
    /// dataChanged, new rows are appended in one insert, then batchUpdated() says the batch is whole.
    /// Rows are never removed here: an item leaving a milestone is still cached.
    void updateItems(const QList<Api::Item> &items);
    const Api::Item &itemAt(int row) const;
    const QList<Api::Item> &items() const { return m_items; }
    /// Row of an item, or -1.
    int rowOf(const Api::ItemKey &key) const;
    /// The order of SortRole, without building QVariants: what a sorting proxy calls.
    bool lessThan(int leftRow, int rightRow, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// After updateItems() emitted its last change: what depends on all items (the board, its
    /// readiness and completions) recomputes here, once per batch, not once per changed row.
    void batchUpdated();

private:
    QVariant displayData(const Api::Item &item, int column) const;
    QVariant sortData(const Api::Item &item, int column) const;

    QList<Api::Item> m_items;
    QHash<Api::ItemKey, int> m_rows;
};

} // namespace ReleaseDesk::Models
