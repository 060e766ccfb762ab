#pragma once

#include "notes/releasedrafterconfig.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDesk::Models {

/// What release-drafter reads of a merged pull request.
struct DrafterPullRequest
{
    int number = 0;
    QString title;
    QString body;
    QString url;
    QString author; ///< login; empty for a deleted account ("ghost")
    bool authorIsBot = false;
    QString authorUrl; ///< a bot's page, for its [name[bot]](url) mention
    QString baseRefName;
    QString headRefName;
    QStringList labels;
    QDateTime mergedAt;
};

/// A GitHub release of the repository, as the REST API lists it.
struct DrafterRelease
{
    QString tagName;
    QString name;
    bool draft = false;
    bool prerelease = false;
    QDateTime createdAt;

    friend bool operator==(const DrafterRelease &, const DrafterRelease &) = default;
};

/// The action's inputs that reach the text: the repository, and the version, tag and name overrides.
struct DrafterInput
{
    QString owner;
    QString repository;
    QString version; ///< release-drafter's `version` input; empty: resolved from the last release
    std::optional<QString> tag;
    std::optional<QString> name;
};

struct DrafterResult
{
    QString body;
    QString name;
    QString tag;
    QString resolvedVersion;
    std::optional<DrafterRelease> lastRelease;
    bool prerelease = false;
};

/// The last published release release-drafter compares against: drafts never, prereleases only with
/// include-pre-releases or prerelease, only tags with the tag-prefix; the highest version wins.
std::optional<DrafterRelease> findLastDrafterRelease(
    const ReleaseDrafterConfig &config, const QList<DrafterRelease> &releases);

/// The release release-drafter would draft for these merged pull requests: the same body, name and tag,
/// byte for byte. Pure.
DrafterResult draftRelease(const ReleaseDrafterConfig &config, const QList<DrafterPullRequest> &pullRequests,
    const QList<DrafterRelease> &releases, const DrafterInput &input);

} // namespace ReleaseDesk::Models
