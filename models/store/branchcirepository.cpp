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
    return RepositoryIds::rows<CiContext>(m_store, repository,
        QStringLiteral("SELECT source, name, raw_state, required, url, completed_at FROM branch_ci_contexts "
                       "WHERE repo_id = ? AND branch = ? ORDER BY position"),
        {bindable(branch)}, [](const QSqlQuery &row) -> CiContext {
            return {
                row.value(0).toInt() == 1 ? CiContext::Source::CheckRun : CiContext::Source::StatusContext,
                row.value(1).toString(), row.value(2).toString(), row.value(3).toBool(),
                QUrl(row.value(4).toString()), SqlValues::toDateTime(row.value(5))};
        });
}

} // namespace ReleaseDesk::Models
