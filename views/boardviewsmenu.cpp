#include "boardviewsmenu.h"

#include "querybar.h"

#include "boardmodel.h"
#include "freezedesk.h"

namespace ReleaseDesk::Views {

BoardViewsMenu::BoardViewsMenu(
    const QString &title, Models::BoardModel *board, QueryBar *queryBar, QWidget *parent)
    : QMenu(title, parent)
    , m_board(board)
    , m_queryBar(queryBar)
{
    connect(this, &QMenu::aboutToShow, this, [this] { rebuild(Counts::Shown); });
    // The views are there from the start (for accessibility and menu searches), their counts only
    // once the menu opens: counting walks every item, which a cold start at 100,000 items cannot afford.
    rebuild(Counts::Omitted);
}

void BoardViewsMenu::rebuild(Counts counts)
{
    clear();
    // Counted as the menu opens: the board may have changed since it last did.
    for (const auto &view : Models::FreezeDesk::builtInViews()) {
        const auto text = counts == Counts::Shown && !view.query.isEmpty()
            ? tr("%1 (%2)").arg(view.name).arg(m_board->countMatching(view.query))
            : view.name;
        addAction(text, this, [this, query = view.query] {
            m_queryBar->setQuery(query);
            Q_EMIT viewChosen();
        });
    }
}

} // namespace ReleaseDesk::Views
