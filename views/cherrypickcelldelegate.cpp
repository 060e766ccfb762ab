#include "cherrypickcelldelegate.h"

#include "icons.h"

#include "cherrypick/cherrypickmatrixmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ReleaseDesk::Views {

using Models::CherryPickMatrixModel;
using Models::CherryPickState;

namespace {
constexpr int padding = 6;

bool isDark(const QColor &background)
{
    return background.lightness() < 128;
}

const QIcon &ciGlyph(int state)
{
    static const QIcon glyphs[]
        = {Icons::ciState(Icons::CiState::Passed), Icons::ciState(Icons::CiState::Failed),
            Icons::ciState(Icons::CiState::Pending), Icons::ciState(Icons::CiState::Unknown)};
    switch (Api::CiState(state)) {
    case Api::CiState::Success:
        return glyphs[0];
    case Api::CiState::Failure:
        return glyphs[1];
    case Api::CiState::Pending:
        return glyphs[2];
    case Api::CiState::Neutral:
    case Api::CiState::Unknown:
        break;
    }
    return glyphs[3]; // no CI, or a state this version does not know: unknown, never green
}

void drawGlyph(QPainter *painter, CherryPickState state, const QRectF &box, const QColor &color,
    const QColor &onColor, const QColor &dim)
{
    const auto r = box.adjusted(1, 1, -1, -1);
    QPen pen(color, std::max(1.5, r.width() / 8));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    switch (state) {
    case CherryPickState::NotNeeded: // a dash: nothing to do here
        painter->setPen(QPen(dim, pen.widthF(), Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(r.left() + r.width() * 0.2, r.center().y()),
            QPointF(r.right() - r.width() * 0.2, r.center().y()));
        break;
    case CherryPickState::Missing: // an empty circle: still to be asked for
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(
            r.adjusted(pen.widthF() / 2, pen.widthF() / 2, -pen.widthF() / 2, -pen.widthF() / 2));
        break;
    case CherryPickState::Requested: { // a clock: asked, waiting for the bot
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(
            r.adjusted(pen.widthF() / 2, pen.widthF() / 2, -pen.widthF() / 2, -pen.widthF() / 2));
        const auto c = r.center();
        painter->drawLine(c, QPointF(c.x(), r.top() + r.height() * 0.25));
        painter->drawLine(c, QPointF(r.left() + r.width() * 0.72, c.y()));
        break;
    }
    case CherryPickState::Conflicts: { // a warning triangle
        QPainterPath triangle;
        triangle.moveTo(r.center().x(), r.top());
        triangle.lineTo(r.right(), r.bottom());
        triangle.lineTo(r.left(), r.bottom());
        triangle.closeSubpath();
        painter->fillPath(triangle, color);
        painter->setPen(QPen(onColor, pen.widthF(), Qt::SolidLine, Qt::RoundCap));
        const auto x = r.center().x();
        painter->drawLine(QPointF(x, r.top() + r.height() * 0.4), QPointF(x, r.top() + r.height() * 0.65));
        painter->drawPoint(QPointF(x, r.top() + r.height() * 0.82));
        break;
    }
    case CherryPickState::Merged: { // a filled circle with a check
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(r);
        painter->setPen(QPen(onColor, pen.widthF(), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QPainterPath check;
        check.moveTo(r.left() + r.width() * 0.28, r.top() + r.height() * 0.52);
        check.lineTo(r.left() + r.width() * 0.45, r.top() + r.height() * 0.68);
        check.lineTo(r.left() + r.width() * 0.74, r.top() + r.height() * 0.34);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(check);
        break;
    }
    case CherryPickState::OpenPullRequest:
        break; // its CI glyph is drawn instead
    }
}
} // namespace

QColor CherryPickCellDelegate::stateColor(CherryPickState state, const QColor &background)
{
    const bool dark = isDark(background);
    // GitHub's Primer colours (light and dark "fg" shades): AA contrast on their backgrounds.
    switch (state) {
    case CherryPickState::NotNeeded:
        return dark ? QColor(0x8d, 0x96, 0xa0) : QColor(0x59, 0x63, 0x6e);
    case CherryPickState::Missing:
        return dark ? QColor(0xf0, 0x88, 0x3e) : QColor(0xbc, 0x4c, 0x00);
    case CherryPickState::Requested:
        return dark ? QColor(0x58, 0xa6, 0xff) : QColor(0x09, 0x69, 0xda);
    case CherryPickState::Conflicts:
        return dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
    case CherryPickState::OpenPullRequest:
        return dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    case CherryPickState::Merged:
        return dark ? QColor(0xa3, 0x71, 0xf7) : QColor(0x82, 0x50, 0xdf);
    }
    return dark ? Qt::white : Qt::black;
}

QSize CherryPickCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == CherryPickMatrixModel::FixColumn)
        return QStyledItemDelegate::sizeHint(option, index);
    const auto line = option.fontMetrics.height();
    const auto text = index.data().toString();
    return {padding * 3 + line + option.fontMetrics.horizontalAdvance(text), line + 2 * padding};
}

void CherryPickCellDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == CherryPickMatrixModel::FixColumn)
        return QStyledItemDelegate::paint(painter, option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    // The style draws the background, the selection and the focus frame; the glyph and words go on it.
    const auto *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto state = CherryPickState(index.data(CherryPickMatrixModel::StateRole).toInt());
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const auto &palette = opt.palette;
    const auto background = selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Base);
    const auto textColor
        = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
    const auto color = selected ? textColor : stateColor(state, background);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const auto rect = opt.rect.adjusted(padding, 0, -padding, 0);
    const int glyph = std::max(10, opt.fontMetrics.height() - 2);
    const QRectF box(rect.left(), rect.center().y() - glyph / 2.0 + 0.5, glyph, glyph);
    if (state == CherryPickState::OpenPullRequest)
        ciGlyph(index.data(CherryPickMatrixModel::CiStateRole).toInt()).paint(painter, box.toRect());
    else
        drawGlyph(painter, state, box, color, selected ? background : palette.color(QPalette::Base),
            selected ? textColor : palette.color(QPalette::PlaceholderText));
    painter->setPen(state == CherryPickState::NotNeeded && !selected
            ? palette.color(QPalette::PlaceholderText)
            : textColor);
    painter->setFont(opt.font);
    const auto textRect = rect.adjusted(glyph + padding, 0, 0, 0);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
        opt.fontMetrics.elidedText(index.data().toString(), Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace ReleaseDesk::Views
