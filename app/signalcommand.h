#pragma once

namespace ReleaseDesk::App {

/// `releasedesk signal`: the weekly CI-signal report of a release (verdict and reasons, contexts
/// per branch with their streaks, flakes and failures with their issues, blockers by priority) as
/// Markdown ready to paste or as JSON. No display needed.
int runSignalCommand(int argc, char *argv[]);

} // namespace ReleaseDesk::App
