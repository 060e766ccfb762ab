#pragma once

#include <QString>

namespace ReleaseDesk::Models {

/// Keys of the workspace's meta table, in one place.
namespace WorkspaceMeta {
inline const QString kind = QStringLiteral("workspace.kind");
inline const QString demoKind = QStringLiteral("demo");
inline const QString demoAnchorDay = QStringLiteral("demo.anchor_day");
/// The team's own notes templates, a JSON array of NotesTemplate.
inline const QString notesTemplates = QStringLiteral("notes/templates");
} // namespace WorkspaceMeta

} // namespace ReleaseDesk::Models
