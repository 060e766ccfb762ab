#pragma once

#include "api/itemkey.h"
#include "api/release.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace ReleaseDesk::Models {

class Store;

/// A condition on the items table (alias `i`) with its values bound to the `?` placeholders in
/// order. Made only by ItemSelection::toSql(): no text from a caller ends up in SQL.
struct SqlFilter
{
    QString where; ///< empty: every row
    QVariantList values;
};

/// Which items a read returns, as a value: every item, or those matching any of its parts.
struct ItemSelection
{
    /// The items of one repository in any of these milestones (by title).
    struct Milestones
    {
        Api::RepositoryRef repository;
        QStringList titles;
    };

    /// The pull requests of one repository whose base is any of these branches.
    struct PullRequestsInto
    {
        Api::RepositoryRef repository;
        QStringList branches;
    };

    bool everything = false;
    QList<Api::RepositoryRef> repositories; ///< every item of these repositories
    QList<Milestones> milestones;
    QList<qint64> rangesOfReleases; ///< the pull requests of these releases' ranges, as last read
    QList<Api::ItemKey> keys;
    QList<PullRequestsInto> pullRequestsInto;

    static ItemSelection all();
    static ItemSelection ofKey(const Api::ItemKey &key);
    /// The release's repositories in its milestones (all items of a repository that has neither
    /// milestones nor a range), and the members of its ranges.
    static ItemSelection ofRelease(const Api::Release &release);

    /// The SQL condition, with the store's row ids for the repositories (a repository the store
    /// does not hold matches nothing); nullopt when nothing can match.
    std::optional<SqlFilter> toSql(const Store &store) const;
};

} // namespace ReleaseDesk::Models
