#include "store/milestonerepository.h"

#include "store.h"
#include "store/repositoryids.h"
#include "store/sqlvalues.h"

#include <QSqlQuery>

namespace ReleaseDesk::Models {

using namespace Api;
using SqlValues::bindable;
using SqlValues::dateValue;

bool MilestoneRepository::upsertMilestones(
    const RepositoryRef &repository, const QList<Milestone> &milestones)
{
    return RepositoryIds::write(m_store, repository, [&](qint64 repoId) {
        QSqlQuery query(m_store.database());
        query.prepare(
            QStringLiteral("INSERT INTO milestones (repo_id, number, title, open, due_on) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (repo_id, number) DO UPDATE SET "
                           "title = excluded.title, open = excluded.open, due_on = excluded.due_on"));
        for (const auto &milestone : milestones) {
            if (!SqlValues::execBound(query,
                    {bindable(repoId), bindable(milestone.number), bindable(milestone.title),
                        bindable(milestone.open ? 1 : 0), dateValue(milestone.dueOn)}))
                return m_store.failQuery(query);
        }
        return true;
    });
}

QList<Milestone> MilestoneRepository::milestones(const RepositoryRef &repository) const
{
    return RepositoryIds::rows<Milestone>(m_store, repository,
        QStringLiteral(
            "SELECT number, title, open, due_on FROM milestones WHERE repo_id = ? ORDER BY number"),
        {}, [](const QSqlQuery &row) -> Milestone {
            return {row.value(0).toInt(), row.value(1).toString(), row.value(2).toBool(),
                SqlValues::toDateTime(row.value(3))};
        });
}

} // namespace ReleaseDesk::Models
