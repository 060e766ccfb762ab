#include "store/labelrepository.h"

#include "store.h"
#include "store/repositoryids.h"
#include "store/sqlvalues.h"

#include <QSqlQuery>

namespace ReleaseDesk::Models {

using namespace Api;
using SqlValues::bindable;

std::optional<qint64> LabelRepository::ensureLabelId(qint64 repositoryId, const Label &label)
{
    auto &cache = m_store.rowIds().labels;
    const auto cacheKey = qMakePair(repositoryId, label.name);
    if (const auto it = cache.constFind(cacheKey); it != cache.cend())
        return it.value();
    auto &query = m_store.preparedStatement(
        QStringLiteral("INSERT INTO labels (repo_id, name, color, description) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (repo_id, name) DO UPDATE SET color = excluded.color, "
                       "description = excluded.description RETURNING id"));
    if (!SqlValues::execBound(query,
            {bindable(repositoryId), bindable(label.name), bindable(label.color),
                bindable(label.description)})
        || !query.next()) {
        m_store.failQuery(query);
        query.finish(); // after the error is recorded: finishing clears it
        return std::nullopt;
    }
    const auto id = query.value(0).toLongLong();
    query.finish();
    cache.insert(cacheKey, id);
    return id;
}

bool LabelRepository::upsertRepositoryLabels(const RepositoryRef &repository, const QList<Label> &labels)
{
    return RepositoryIds::write(m_store, repository, [&](qint64 repoId) {
        for (const auto &label : labels) {
            m_store.rowIds().labels.remove(qMakePair(repoId, label.name)); // refresh colour and description
            if (!ensureLabelId(repoId, label))
                return false;
        }
        return true;
    });
}

QList<Label> LabelRepository::repositoryLabels(const RepositoryRef &repository) const
{
    return RepositoryIds::rows<Label>(m_store, repository,
        QStringLiteral("SELECT name, color, description FROM labels WHERE repo_id = ? ORDER BY name"), {},
        [](const QSqlQuery &row) -> Label {
            return {row.value(0).toString(), row.value(1).toString(), row.value(2).toString()};
        });
}

} // namespace ReleaseDesk::Models
