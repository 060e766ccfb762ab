#pragma once

// Shared by the GitHubClient units (githubclient*.cpp); not a public API.

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcGitHub)

namespace ReleaseDesk::Api {

/// The User-Agent every request sends (GitHub asks for one that names the application).
QString gitHubUserAgent();

} // namespace ReleaseDesk::Api
