#pragma once

#include "itemquery.h"

#include "api/branchci.h"
#include "api/item.h"

#include <QCoreApplication>
#include <QSet>

namespace ReleaseDesk::Models {

/// Something a release manager wants to hear about between two looks at the board.
struct BoardNotification
{
    enum class Kind { NewBlocker, BlockerFixMerged, RequiredCheckFailed };
    Kind kind;
    QString title;
    QString text; ///< plain text; may quote GitHub titles
};

/// Compares each board state with the previous one and says what happened in between: a new
/// blocker, a blocker's fix merged, a required check on the release branch turned red. The first
/// non-empty state only sets the baseline, so a first sync does not announce every existing blocker.
class BoardWatcher
{
    Q_DECLARE_TR_FUNCTIONS(BoardWatcher)

public:
    QList<BoardNotification> update(const QList<Api::Item> &items, const QueryContext &context,
        const QList<Api::BranchCi> &releaseBranchCi);

private:
    bool m_hasBaseline = false; ///< a non-empty board was seen: an empty one is no baseline
    QSet<Api::ItemKey> m_blockers;
    QSet<Api::ItemKey> m_mergedFixes;
    QSet<QString> m_failingRequired;
};

} // namespace ReleaseDesk::Models
