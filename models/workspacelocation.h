#pragma once

#include <QString>

namespace ReleaseDesk::Models {

/// Where workspaces live: the platform's app-data folder, one SQLite file each.
namespace WorkspaceLocation {
/// The folder holding workspaces (e.g. ~/.local/share/ReleaseDesk/workspaces).
QString folder();
/// The workspace opened when no account is configured.
QString demoWorkspacePath();
/// The workspace for real data (synced releases).
QString defaultWorkspacePath();
} // namespace WorkspaceLocation

} // namespace ReleaseDesk::Models
