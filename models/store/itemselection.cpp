#include "store/itemselection.h"

#include "store.h"
#include "store/repositoryids.h"

#include <algorithm>

namespace ReleaseDesk::Models {

using namespace Api;

ItemSelection ItemSelection::all()
{
    ItemSelection selection;
    selection.everything = true;
    return selection;
}

ItemSelection ItemSelection::ofKey(const ItemKey &key)
{
    ItemSelection selection;
    selection.keys.append(key);
    return selection;
}

ItemSelection ItemSelection::ofRelease(const Release &release)
{
    ItemSelection selection;
    for (const auto &entry : release.repositories) {
        if (!entry.milestones.isEmpty())
            selection.milestones.append({entry.repository, entry.milestones});
        else if (!entry.hasRange()) // a repository that only contributes a range has no "all items"
            selection.repositories.append(entry.repository);
    }
    const bool withRange = release.id > 0
        && std::any_of(release.repositories.cbegin(), release.repositories.cend(),
            [](const Api::ReleaseRepository &entry) { return entry.hasRange(); });
    if (withRange)
        selection.rangesOfReleases.append(release.id);
    return selection;
}

std::optional<SqlFilter> ItemSelection::toSql(const Store &store) const
{
    if (everything)
        return SqlFilter {};
    const RepositoryIds ids(store);
    QStringList clauses;
    SqlFilter filter;
    for (const auto &repository : repositories) {
        if (const auto repoId = ids.find(repository)) {
            clauses.append(QStringLiteral("(i.repo_id = ?)"));
            filter.values.append(*repoId);
        }
    }
    for (const auto &entry : milestones) {
        const auto repoId = ids.find(entry.repository);
        if (!repoId || entry.titles.isEmpty())
            continue;
        QStringList placeholders(entry.titles.size(), QStringLiteral("?"));
        clauses.append(
            QStringLiteral("(i.repo_id = ? AND i.milestone IN (%1))").arg(placeholders.join(u',')));
        filter.values.append(*repoId);
        for (const auto &title : entry.titles)
            filter.values.append(title.isNull() ? QStringLiteral("") : title);
    }
    for (const auto releaseId : rangesOfReleases) {
        clauses.append(
            QStringLiteral("i.id IN (SELECT item_id FROM release_range_items WHERE release_id = ?)"));
        filter.values.append(releaseId);
    }
    for (const auto &key : keys) {
        if (const auto repoId = ids.find(key.repository)) {
            clauses.append(QStringLiteral("(i.repo_id = ? AND i.number = ?)"));
            filter.values.append(*repoId);
            filter.values.append(qint64(key.number));
        }
    }
    for (const auto &entry : pullRequestsInto) {
        const auto repoId = ids.find(entry.repository);
        if (!repoId || entry.branches.isEmpty())
            continue;
        QStringList placeholders(entry.branches.size(), QStringLiteral("?"));
        clauses.append(QStringLiteral("(i.repo_id = ? AND i.kind = 1 AND i.base_ref IN (%1))")
                           .arg(placeholders.join(u',')));
        filter.values.append(*repoId);
        for (const auto &branch : entry.branches)
            filter.values.append(branch);
    }
    if (clauses.isEmpty())
        return std::nullopt;
    filter.where = clauses.join(QLatin1StringView(" OR "));
    return filter;
}

} // namespace ReleaseDesk::Models
