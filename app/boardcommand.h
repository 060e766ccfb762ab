#pragma once

namespace ReleaseDesk::App {

/// `releasedesk board`: prints the release's board as a table, JSON or Markdown (the form a
/// release manager pastes into a status report). No display needed.
int runBoardCommand(int argc, char *argv[]);

} // namespace ReleaseDesk::App
