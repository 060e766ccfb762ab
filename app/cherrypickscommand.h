#pragma once

namespace ReleaseDesk::App {

/// `releasedesk cherry-picks`: prints the release's cherry-pick matrix (one row per fix merged on
/// the main branch that needs back-porting, one column per maintained branch) as a table, JSON or
/// Markdown. No display needed.
int runCherryPicksCommand(int argc, char *argv[]);

} // namespace ReleaseDesk::App
