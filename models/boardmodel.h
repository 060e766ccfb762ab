#pragma once

#include "board.h"

#include <QBitArray>
#include <QIdentityProxyModel>

namespace ReleaseDesk::Models {

class ItemTableModel;

/// The item model seen as a board: the same rows, plus the column each card belongs to, whether it
/// is a blocker and its warnings. When items change, only rows whose column or flags changed emit
/// dataChanged (with exactly those roles), so views move cards without a reset.
class BoardModel final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Role {
        ColumnRole = Qt::UserRole + 100, ///< index into columns(), -1 when no column takes it
        IsBlockerRole,
        WarningsRole, ///< int(CardWarnings)
    };
    Q_ENUM(Role)

    explicit BoardModel(ItemTableModel *items, QObject *parent = nullptr);

    void setRelease(const Api::Release &release);
    const Api::Release &release() const { return m_release; }
    void setColumns(const QList<BoardColumn> &columns);
    const QList<BoardColumn> &columns() const { return m_columns; }
    const QueryContext &context() const { return m_context; }
    const Api::Item &item(int row) const;
    ItemTableModel *items() const { return m_items; }
    /// Cards per column (kept up to date by recompute, so headers can ask on every signal).
    const QList<int> &columnCounts() const { return m_columnCounts; }
    /// How many times the board was recomputed (each is O(items)): tests hold batches to one.
    int recomputeCount() const { return m_recomputes; }

    /// The query bar's filter, evaluated once per change for all rows (not once per column).
    void setQuery(const ItemQuery &query);
    bool rowMatchesQuery(int row) const { return m_query.isEmpty() || m_matches.testBit(row); }
    /// ColumnRole without a QVariant: proxies call this for every row on every keystroke.
    int columnOf(int row) const { return m_columnOfRow.value(row, -1); }
    /// updatedAt as milliseconds: columns sort on it, and comparing QDateTimes is far slower.
    qint64 updatedKey(int row) const { return m_updatedKeys.value(row); }

    /// How many cards `query` selects now (the built-in views' counts).
    int countMatching(const QString &query) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void boardChanged();
    void queryChanged();

private:
    void recompute(bool signalChanges);

    ItemTableModel *m_items;
    Api::Release m_release;
    QList<BoardColumn> m_columns = Board::defaultColumns();
    QueryContext m_context;
    QList<int> m_columnOfRow;
    QList<int> m_warningsOfRow;
    QList<qint64> m_updatedKeys;
    QList<int> m_columnCounts;
    ItemQuery m_query;
    QBitArray m_matches;
    int m_recomputes = 0;
};

} // namespace ReleaseDesk::Models
