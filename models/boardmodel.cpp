#include "boardmodel.h"

#include "itemtablemodel.h"

namespace ReleaseDesk::Models {

BoardModel::BoardModel(ItemTableModel *items, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_items(items)
{
    setSourceModel(items);
    // The identity proxy forwards the reset before this runs, so the new columns are announced
    // with one dataChanged over all rows.
    connect(items, &QAbstractItemModel::modelReset, this, [this] {
        m_columnOfRow.clear();
        recompute(true);
    });
    // Joins (fixes, cherry-picks) can move other cards than the changed ones: recompute all, signal
    // only what moved; once per batch of changes (a sync page, a triage batch), not per row.
    connect(items, &ItemTableModel::batchUpdated, this, [this] { recompute(true); });
    recompute(false);
}

void BoardModel::setQuery(const ItemQuery &query)
{
    m_query = query;
    const auto &items = m_items->items();
    m_matches = QBitArray(items.size());
    if (!m_query.isEmpty()) {
        for (int row = 0; row < items.size(); ++row)
            m_matches.setBit(row, m_query.matches(items[row], m_context));
    }
    Q_EMIT queryChanged();
}

void BoardModel::setRelease(const Api::Release &release)
{
    m_release = release;
    recompute(true);
}

void BoardModel::setColumns(const QList<BoardColumn> &columns)
{
    m_columns = columns;
    recompute(true);
}

int BoardModel::countMatching(const QString &query) const
{
    const auto compiled = ItemQuery::parse(query);
    const auto &items = m_items->items();
    return int(std::count_if(items.cbegin(), items.cend(),
        [&](const Api::Item &item) { return compiled.matches(item, m_context); }));
}

const Api::Item &BoardModel::item(int row) const
{
    return m_items->itemAt(row);
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    switch (role) {
    case ColumnRole:
        return m_columnOfRow.value(index.row(), -1);
    case IsBlockerRole:
        return m_context.blockers.contains(item(index.row()).key);
    case WarningsRole:
        return m_warningsOfRow.value(index.row(), 0);
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

void BoardModel::recompute(bool signalChanges)
{
    ++m_recomputes;
    const auto &items = m_items->items();
    m_context = Board::context(items, m_release);
    const auto columns = Board::assign(items, m_columns, m_context);
    QList<int> warnings;
    warnings.reserve(items.size());
    m_updatedKeys.clear();
    m_updatedKeys.reserve(items.size());
    for (const auto &item : items) {
        warnings.append(int(Board::warnings(item, m_context)));
        m_updatedKeys.append(item.updatedAt.isValid() ? item.updatedAt.toMSecsSinceEpoch() : 0);
    }
    m_columnCounts = QList<int>(m_columns.size(), 0);
    for (const auto column : columns) {
        if (column >= 0)
            ++m_columnCounts[column];
    }
    const auto previousColumns = std::exchange(m_columnOfRow, columns);
    const auto previousWarnings = std::exchange(m_warningsOfRow, warnings);
    m_context.release = &m_release; // the context points at our copy, not a temporary
    if (!m_query.isEmpty() || m_matches.size() != items.size()) {
        m_matches = QBitArray(items.size());
        for (int row = 0; !m_query.isEmpty() && row < items.size(); ++row)
            m_matches.setBit(row, m_query.matches(items[row], m_context));
    }
    if (signalChanges) {
        // One dataChanged per contiguous run of moved rows, with the board roles only.
        int runStart = -1;
        for (int row = 0; row <= columns.size(); ++row) {
            const bool changed = row < columns.size()
                && (previousColumns.value(row, -2) != columns[row]
                    || previousWarnings.value(row, -1) != warnings[row]);
            if (changed && runStart < 0)
                runStart = row;
            if (!changed && runStart >= 0) {
                Q_EMIT dataChanged(index(runStart, 0), index(row - 1, columnCount() - 1),
                    {ColumnRole, IsBlockerRole, WarningsRole});
                runStart = -1;
            }
        }
    }
    Q_EMIT boardChanged();
}

} // namespace ReleaseDesk::Models
