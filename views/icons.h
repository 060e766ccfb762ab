#pragma once

#include <QIcon>

class QPalette;

namespace ReleaseDesk::Views {

/// The icons compiled in from resources/icons. Place and action icons are monochrome drawings tinted
/// with the palette (text colour, and the highlighted-text colour when selected), so they read in the
/// light and the dark theme alike; call again after a palette change. State glyphs keep their colours.
namespace Icons {

enum class Place { Board, Table, Notes, Metrics, Signal, CherryPicks };
enum class Action { Sync };
enum class CiState { Passed, Failed, Pending, Unknown };

QIcon application();
QIcon place(Place place, const QPalette &palette);
QIcon action(Action action, const QPalette &palette);
QIcon ciState(CiState state);

/// A monochrome icon under `path` (a resource path) tinted for `palette`: the drawing's `currentColor`
/// becomes the palette's text colour (normal), its highlighted text (selected) and its disabled text.
QIcon tinted(const QString &path, const QPalette &palette);

} // namespace Icons
} // namespace ReleaseDesk::Views
