#pragma once

#include "cherrypick/cherrypickmatrix.h"

#include <QStyledItemDelegate>

namespace ReleaseDesk::Views {

/// A cell of the cherry-pick matrix: a glyph whose shape says the state (so colour is never the only
/// signal) and the cell's words ("needed", "open PR #124", "merged #125"); an open pick shows its CI
/// glyph. Colours are picked for the palette's lightness, readable in the light and the dark theme.
class CherryPickCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The glyph's colour for `state` on a background of `background` (dark backgrounds get the
    /// lighter shade). Exposed for the contrast test.
    static QColor stateColor(Models::CherryPickState state, const QColor &background);
};

} // namespace ReleaseDesk::Views
