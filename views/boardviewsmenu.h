#pragma once

#include <QMenu>

namespace ReleaseDesk::Models {
class BoardModel;
}

namespace ReleaseDesk::Views {

class QueryBar;

/// View > Board Views: the built-in views (blockers, the code-freeze merge pool, merges after the
/// freeze, exceptions) with their counts as the menu opens, so none needs a shortcut or the query
/// language. Choosing one puts its query in the query bar.
class BoardViewsMenu final : public QMenu
{
    Q_OBJECT

public:
    BoardViewsMenu(
        const QString &title, Models::BoardModel *board, QueryBar *queryBar, QWidget *parent = nullptr);

Q_SIGNALS:
    /// A view was chosen (its query is already in the query bar): show the board.
    void viewChosen();

private:
    enum class Counts { Omitted, Shown };
    void rebuild(Counts counts);

    Models::BoardModel *m_board;
    QueryBar *m_queryBar;
};

} // namespace ReleaseDesk::Views
