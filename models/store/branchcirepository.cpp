#include "store/branchcirepository.h"

#include "store.h"
#include "store/repositoryids.h"
#include "store/sqlvalues.h"

#include <QSqlQuery>

namespace ReleaseDesk::Models {

using namespace Api;
using SqlValues::bindable;

bool BranchCiRepository::setBranchCi(const RepositoryRef &repository, const QString &branch,
    const QString &headSha, const QList<CiContext> &contexts)
{
    return RepositoryIds::write(m_store, repository, [&](qint64 repoId) {
        const auto db = m_store.database();
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM branch_ci_contexts WHERE repo_id = ? AND branch = ?"));
        if (!SqlValues::execBound(remove, {bindable(repoId), bindable(branch)}))
            return m_store.failQuery(remove);
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO branch_ci_contexts (repo_id, branch, position, head_sha, source, "
                           "name, raw_state, required, url, completed_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < contexts.size(); ++i) {
            if (!SqlValues::execBound(insert,
                    QVariantList {bindable(repoId), bindable(branch), bindable(i), bindable(headSha)}
                        + SqlValues::ciContextValues(contexts[i])))
                return m_store.failQuery(insert);
        }
        return true;
    });
}

QList<CiContext> BranchCiRepository::branchCi(const RepositoryRef &repository, const QString &branch) const
{
    QList<CiContext> result;
    const auto repoId = RepositoryIds(m_store).find(repository);
    if (!repoId)
        return result;
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT source, name, raw_state, required, url, completed_at FROM branch_ci_contexts "
                       "WHERE repo_id = ? AND branch = ? ORDER BY position"));
    if (!SqlValues::execBound(query, {bindable(*repoId), bindable(branch)})) {
        m_store.failQuery(query);
        return result;
    }
    while (query.next())
        result.append(
            {query.value(0).toInt() == 1 ? CiContext::Source::CheckRun : CiContext::Source::StatusContext,
                query.value(1).toString(), query.value(2).toString(), query.value(3).toBool(),
                QUrl(query.value(4).toString()), SqlValues::toDateTime(query.value(5))});
    return result;
}

} // namespace ReleaseDesk::Models
