#include "cherrypick/cherrypickstore.h"

#include "store.h"
#include "store/itemrepository.h"
#include "store/repositoryids.h"
#include "store/sqlvalues.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

namespace ReleaseDesk::Models {

namespace {
// A bot's reply quotes git's output; what the matrix needs is at its start.
constexpr qsizetype maximumCommentLength = 4000;
} // namespace

using namespace Api;
using SqlValues::bindable;
using SqlValues::dateValue;
using SqlValues::toDateTime;

CherryPickPolicy CherryPickStore::policy(qint64 releaseId) const
{
    return CherryPickPolicy::fromJson(SqlValues::releaseDocument(
        m_store, QStringLiteral("release_cherry_pick_policy"), QStringLiteral("policy"), releaseId));
}

bool CherryPickStore::setPolicy(qint64 releaseId, const CherryPickPolicy &policy)
{
    return SqlValues::setReleaseDocument(m_store, QStringLiteral("release_cherry_pick_policy"),
        QStringLiteral("policy"), releaseId, policy.toJson());
}

bool CherryPickStore::addComments(const QList<CherryPickComment> &comments)
{
    return m_store.transaction([&] {
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral(
            "INSERT INTO cherry_pick_comments (repo_id, number, url, author, created_at, body) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (repo_id, number, url) DO UPDATE SET "
            "author = excluded.author, created_at = excluded.created_at, body = excluded.body"));
        for (const auto &comment : comments) {
            if (!isCherryPickComment(comment.body))
                continue;
            const auto repoId = RepositoryIds(m_store).ensure(comment.fix.repository);
            if (!repoId)
                return false;
            query.addBindValue(*repoId);
            query.addBindValue(comment.fix.number);
            query.addBindValue(bindable(comment.url.toString()));
            query.addBindValue(bindable(comment.author));
            query.addBindValue(dateValue(comment.at));
            query.addBindValue(bindable(comment.body.left(maximumCommentLength)));
            if (!query.exec())
                return m_store.failQuery(query);
        }
        return true;
    });
}

QList<CherryPickComment> CherryPickStore::comments(const QList<RepositoryRef> &repositories) const
{
    QString where;
    QVariantList ids;
    if (!repositories.isEmpty()) {
        for (const auto &repository : repositories) {
            if (const auto id = RepositoryIds(m_store).find(repository))
                ids.append(*id);
        }
        if (ids.isEmpty())
            return {};
        where = QStringLiteral(" WHERE c.repo_id IN (%1)")
                    .arg(QStringList(ids.size(), QStringLiteral("?")).join(u','));
    }
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT r.host, r.owner, r.name, c.number, c.url, c.author, c.created_at, c.body "
                       "FROM cherry_pick_comments c JOIN repositories r ON r.id = c.repo_id")
        + where + QStringLiteral(" ORDER BY c.created_at, c.url"));
    if (!SqlValues::execBound(query, ids)) {
        m_store.failQuery(query);
        return {};
    }
    QList<CherryPickComment> result;
    while (query.next()) {
        CherryPickComment comment;
        comment.fix.repository
            = {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
        comment.fix.number = query.value(3).toInt();
        comment.url = QUrl(query.value(4).toString());
        comment.author = query.value(5).toString();
        comment.at = toDateTime(query.value(6));
        comment.body = query.value(7).toString();
        result.append(comment);
    }
    return result;
}

QDateTime CherryPickStore::watermark(const RepositoryRef &repository, const QString &branch) const
{
    const auto repoId = RepositoryIds(m_store).find(repository);
    if (!repoId)
        return {};
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT updated_since FROM cherry_pick_branches WHERE repo_id = ? AND branch = ?"));
    query.addBindValue(*repoId);
    query.addBindValue(bindable(branch));
    if (!query.exec() || !query.next())
        return {};
    return toDateTime(query.value(0));
}

bool CherryPickStore::setWatermark(
    const RepositoryRef &repository, const QString &branch, const QDateTime &updatedSince)
{
    return m_store.transaction([&] {
        const auto repoId = RepositoryIds(m_store).ensure(repository);
        if (!repoId)
            return false;
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral(
            "INSERT INTO cherry_pick_branches (repo_id, branch, updated_since, read_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (repo_id, branch) DO UPDATE SET updated_since = excluded.updated_since, "
            "read_at = excluded.read_at"));
        query.addBindValue(*repoId);
        query.addBindValue(bindable(branch));
        query.addBindValue(dateValue(updatedSince));
        query.addBindValue(dateValue(QDateTime::currentDateTimeUtc()));
        return query.exec() || m_store.failQuery(query);
    });
}

QList<Item> CherryPickStore::pullRequests(const Release &release, const CherryPickPolicy &policy) const
{
    // The main branch's pull requests (the fixes) and the maintained branches' (the picks).
    QStringList branches {release.mainBranch.isEmpty() ? QStringLiteral("master") : release.mainBranch};
    branches.append(policy.maintainedBranches);
    ItemSelection selection;
    for (const auto &entry : release.repositories)
        selection.pullRequestsInto.append({entry.repository, branches});
    return ItemRepository(m_store).items(selection);
}

CherryPickMatrix CherryPickStore::matrix(const Release &release) const
{
    const auto stored = policy(release.id);
    QList<RepositoryRef> repositories;
    for (const auto &entry : release.repositories)
        repositories.append(entry.repository);
    return computeCherryPickMatrix(
        pullRequests(release, stored), comments(repositories), stored, release.mainBranch);
}

} // namespace ReleaseDesk::Models
