#pragma once

namespace ReleaseDesk::App {

/// `releasedesk metrics`: the release's metrics (every chart's numbers) as CSV or JSON, optionally side
/// by side with other releases. No display needed.
int runMetricsCommand(int argc, char *argv[]);

/// `releasedesk report`: the retrospective pack, a folder with report.md and report.html (charts as PNG
/// images beside them), the key numbers, the open blockers and the comparison with other releases.
int runReportCommand(int argc, char *argv[]);

} // namespace ReleaseDesk::App
