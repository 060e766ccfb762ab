#pragma once

#include <QStyledItemDelegate>

namespace ReleaseDesk::Views {

/// Draws a board card: reference, CI state with counts, title, label chips in the label's colour,
/// assignees, review state, age and a warning mark. Every string is drawn as plain text.
class CardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// Comfortable: two title lines and the label chips. Compact: one title line, no chips.
    enum class Density { Comfortable, Compact };
    void setDensity(Density density) { m_density = density; }
    Density density() const { return m_density; }

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// "3d", "5h", "12m": the age shown on cards.
    static QString age(const QDateTime &since, const QDateTime &now);
    /// Text colour readable on a label's background colour.
    static QColor textColorOn(const QColor &background);
    /// `title` in at most two lines of `width` pixels, the second elided when it does not fit.
    static QStringList titleLines(const QString &title, const QFont &font, int width);

private:
    Density m_density = Density::Comfortable;
};

} // namespace ReleaseDesk::Views
