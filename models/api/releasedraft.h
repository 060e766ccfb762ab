#pragma once

#include "api/apierror.h"
#include "api/itemkey.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace ReleaseDesk::Api {

/// Release notes to publish as a draft GitHub release. Release Desk only ever writes drafts: a person
/// presses "Publish release" on GitHub.
struct ReleaseDraft
{
    RepositoryRef repository;
    QString tagName; ///< "v4.1.3"; the tag may not exist yet (GitHub creates it on publishing)
    QString targetCommitish; ///< branch for a tag that does not exist yet; empty: the default branch
    QString name;
    QString body;
};

struct ReleaseDraftResult
{
    ApiError error;
    bool created = false; ///< false: an existing draft for the tag was updated
    qint64 releaseId = 0;
    QUrl htmlUrl;
};

/// A release of a repository as GitHub lists it (GET /repos/{owner}/{repo}/releases): what
/// release-drafter reads to find the previous release.
struct PublishedRelease
{
    QString tagName;
    QString name;
    bool draft = false;
    bool prerelease = false;
    QDateTime createdAt;

    friend bool operator==(const PublishedRelease &, const PublishedRelease &) = default;
};

struct PublishedReleasesResult
{
    ApiError error;
    QList<PublishedRelease> releases;
};

} // namespace ReleaseDesk::Api
