#include "icons.h"

#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace ReleaseDesk::Views::Icons {

namespace {

QString placePath(Place place)
{
    switch (place) {
    case Place::Board:
        return QStringLiteral(":/icons/places/board.svg");
    case Place::Table:
        return QStringLiteral(":/icons/places/table.svg");
    case Place::Notes:
        return QStringLiteral(":/icons/places/notes.svg");
    case Place::Metrics:
        return QStringLiteral(":/icons/places/metrics.svg");
    case Place::Signal:
        return QStringLiteral(":/icons/places/signal.svg");
    case Place::CherryPicks:
        return QStringLiteral(":/icons/places/cherrypicks.svg");
    }
    return {};
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Release Desk: the icon %s is missing from the resources", qPrintable(path));
        return {};
    }
    return file.readAll();
}

QPixmap render(const QByteArray &svg, int size, qreal pixelRatio)
{
    QPixmap pixmap(QSize(size, size) * pixelRatio);
    pixmap.setDevicePixelRatio(pixelRatio);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(svg);
    QPainter painter(&pixmap);
    renderer.render(&painter, QRectF(0, 0, size, size));
    return pixmap;
}

/// Every size the window may ask for, drawn here: no dependency on Qt's SVG icon engine plugin.
QIcon rendered(const QByteArray &svg, std::initializer_list<int> sizes)
{
    QIcon icon;
    for (const int size : sizes) {
        for (const qreal ratio : {1.0, 2.0})
            icon.addPixmap(render(svg, size, ratio));
    }
    return icon;
}

} // namespace

QIcon tinted(const QString &path, const QPalette &palette)
{
    const auto drawing = readResource(path);
    if (drawing.isEmpty())
        return {};
    const auto in = [&drawing](const QColor &colour) {
        auto copy = drawing;
        return copy.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
    };
    const auto normal = in(palette.color(QPalette::Active, QPalette::WindowText));
    const auto selected = in(palette.color(QPalette::Active, QPalette::HighlightedText));
    const auto disabled = in(palette.color(QPalette::Disabled, QPalette::WindowText));
    QIcon icon;
    // Rendered at the sizes the window uses, sharp at device pixel ratio 1 and 2.
    for (const int size : {16, 22, 24, 32, 48}) {
        for (const qreal ratio : {1.0, 2.0}) {
            icon.addPixmap(render(normal, size, ratio), QIcon::Normal);
            icon.addPixmap(render(selected, size, ratio), QIcon::Selected);
            icon.addPixmap(render(disabled, size, ratio), QIcon::Disabled);
        }
    }
    return icon;
}

QIcon application()
{
    return rendered(readResource(QStringLiteral(":/icons/io.github.releasedesk.ReleaseDesk.svg")),
        {16, 22, 24, 32, 48, 64, 128, 256});
}

QIcon place(Place place, const QPalette &palette)
{
    return tinted(placePath(place), palette);
}

QIcon action(Action action, const QPalette &palette)
{
    switch (action) {
    case Action::Sync:
        return tinted(QStringLiteral(":/icons/actions/sync.svg"), palette);
    }
    return {};
}

QIcon ciState(CiState state)
{
    const auto glyph = [](const char *name) {
        return rendered(readResource(QStringLiteral(":/icons/states/ci-%1.svg").arg(QLatin1StringView(name))),
            {12, 14, 16, 22});
    };
    switch (state) {
    case CiState::Passed:
        return glyph("passed");
    case CiState::Failed:
        return glyph("failed");
    case CiState::Pending:
        return glyph("pending");
    case CiState::Unknown:
        return glyph("unknown");
    }
    return {};
}

} // namespace ReleaseDesk::Views::Icons
