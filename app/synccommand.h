#pragma once

namespace ReleaseDesk::App {

/// `releasedesk sync`: a headless sync with progress on stderr and meaningful exit codes.
/// Runs its own QCoreApplication: no display needed.
int runSyncCommand(int argc, char *argv[]);

} // namespace ReleaseDesk::App
