#pragma once

#include "preferences.h"

namespace ReleaseDesk::App {

/// Applies a theme to the whole application: the system's own style and palette, or Fusion with a
/// light or a dark palette. Panels that draw their own colours (charts, the Markdown editor)
/// follow the palette's lightness.
void applyTheme(Models::Preferences::Theme theme);

} // namespace ReleaseDesk::App
