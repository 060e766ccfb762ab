#include "theme.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace ReleaseDesk::App {

namespace {
/// Fusion outlines check boxes with a shade of the window colour, which vanishes on a dark base:
/// an unchecked "Reviewed" box could not be seen. This draws the box's edge in the text colour.
class ReadableIndicatorStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_IndicatorCheckBox && element != PE_IndicatorItemViewItemCheck)
            return;
        QColor edge = option->palette.color(QPalette::Text);
        edge.setAlpha(150);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(edge);
        painter->setBrush(Qt::NoBrush);
        const auto side = std::min(option->rect.width(), option->rect.height()) - 1;
        const QRect box(option->rect.x() + (option->rect.width() - side) / 2,
            option->rect.y() + (option->rect.height() - side) / 2, side - 1, side - 1);
        painter->drawRect(box);
        painter->restore();
    }
};

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    palette.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4d));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Light, QColor(0x50, 0x52, 0x58));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}
} // namespace

void applyTheme(Models::Preferences::Theme theme)
{
    // What the platform chose, remembered before the first change so "System" can go back to it.
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    static bool changed = false;
    if (theme == Models::Preferences::Theme::System && !changed)
        return; // the platform's own look, untouched
    changed = true;
    switch (theme) {
    case Models::Preferences::Theme::System:
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        break;
    case Models::Preferences::Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Models::Preferences::Theme::Dark:
        QApplication::setStyle(new ReadableIndicatorStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace ReleaseDesk::App
