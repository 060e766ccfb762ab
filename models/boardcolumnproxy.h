#pragma once

#include "itemquery.h"

#include <QSortFilterProxyModel>

namespace ReleaseDesk::Models {

class BoardModel;

/// One board column: the cards of column `column` that match the board's query, newest update first.
class BoardColumnProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    BoardColumnProxy(BoardModel *board, int column, QObject *parent = nullptr);

    int column() const { return m_column; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    BoardModel *m_board;
    int m_column;
};

} // namespace ReleaseDesk::Models
