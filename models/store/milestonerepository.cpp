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
    QList<Milestone> result;
    const auto repoId = RepositoryIds(m_store).find(repository);
    if (!repoId)
        return result;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "SELECT number, title, open, due_on FROM milestones WHERE repo_id = ? ORDER BY number"));
    query.addBindValue(bindable(*repoId));
    if (!query.exec()) {
        m_store.failQuery(query);
        return result;
    }
    while (query.next())
        result.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toBool(),
            SqlValues::toDateTime(query.value(3))});
    return result;
}

} // namespace ReleaseDesk::Models
