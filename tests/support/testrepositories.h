#pragma once

#include "api/itemkey.h"

namespace ReleaseDesk::Testing {

/// The repositories the tests' releases are made of (those of the demo workspace).
inline const Api::RepositoryRef console {
    QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("console")};
inline const Api::RepositoryRef kubesphere {
    QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("kubesphere")};

} // namespace ReleaseDesk::Testing
