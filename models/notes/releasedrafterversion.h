#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDesk::Models {

/// A semantic version as node-semver reads and increments it, since release-drafter's version
/// variables are node-semver's results: parse() then coerce() as fallback, inc() with its rules for
/// prereleases ("1.2.4-rc.0" -> patch -> "1.2.4").
struct SemanticVersion
{
    qint64 major = 0;
    qint64 minor = 0;
    qint64 patch = 0;
    QStringList prerelease; ///< identifiers; all-digit ones compare as numbers

    /// Strict semver ("v" allowed in front), else the first "x", "x.y" or "x.y.z" inside the text.
    static std::optional<SemanticVersion> parseOrCoerce(const QString &text);
    /// node-semver's inc() with release "major", "minor", "patch", "premajor", "preminor",
    /// "prepatch" or "prerelease" and an optional prerelease identifier ("rc").
    SemanticVersion incremented(const QString &release, const QString &identifier) const;
    /// "-rc.1", or empty.
    QString prereleaseSuffix() const;
    /// $MAJOR, $MINOR, $PATCH and $PRERELEASE of `versionTemplate` replaced.
    QString rendered(const QString &versionTemplate) const;
};

/// release-drafter's template rule: every "$" followed by capitals and underscores ($NEXT_PATCH_VERSION)
/// is replaced by its value when `values` has one, and left as typed otherwise.
QString substituteDrafterVariables(const QString &text, const QHash<QString, QString> &values);

/// compare-versions' order of two tags (what release-drafter sorts releases by); nullopt when either is
/// not a version it accepts (release-drafter then compares the releases' creation times).
std::optional<int> compareReleaseVersions(const QString &a, const QString &b);

/// release-drafter's version variables ($RESOLVED_VERSION, $NEXT_MINOR_VERSION_PATCH, ...): from the
/// input version when one is given (used as is), else from the last release's tag or name incremented
/// by `increment`, else 0.1.0.
QHash<QString, QString> drafterVersionVariables(const std::optional<std::pair<QString, QString>> &lastRelease,
    const QString &inputVersion, const QString &increment, const QString &versionTemplate,
    const QString &tagPrefix, const QString &prereleaseIdentifier);

} // namespace ReleaseDesk::Models
