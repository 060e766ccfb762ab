#pragma once

namespace ReleaseDesk::App {

/// `releasedesk notes`: renders a release's notes, with the edits of its saved draft, as Markdown,
/// HTML or JSON, to stdout or a file. No display needed.
int runNotesCommand(int argc, char *argv[]);

} // namespace ReleaseDesk::App
