#include "store/repositoryids.h"

#include "store.h"
#include "store/sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

namespace ReleaseDesk::Models {

using SqlValues::bindable;

namespace {
QVariantList values(const Api::RepositoryRef &repository)
{
    return {bindable(repository.host), bindable(repository.owner), bindable(repository.name)};
}
} // namespace

std::optional<qint64> RepositoryIds::find(const Api::RepositoryRef &repository) const
{
    auto &cache = m_store.rowIds().repositories;
    if (const auto it = cache.constFind(repository); it != cache.cend())
        return it.value();
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT id FROM repositories WHERE host = ? AND owner = ? AND name = ?"));
    if (!SqlValues::execBound(query, values(repository))) {
        m_store.failQuery(query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    const auto id = query.value(0).toLongLong();
    cache.insert(repository, id);
    return id;
}

std::optional<qint64> RepositoryIds::ensure(const Api::RepositoryRef &repository) const
{
    if (const auto existing = find(repository))
        return existing;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO repositories (host, owner, name) VALUES (?, ?, ?)"));
    if (!SqlValues::execBound(query, values(repository))) {
        m_store.failQuery(query);
        return std::nullopt;
    }
    const auto id = query.lastInsertId().toLongLong();
    m_store.rowIds().repositories.insert(repository, id);
    return id;
}

bool RepositoryIds::write(
    Store &store, const Api::RepositoryRef &repository, const std::function<bool(qint64)> &work)
{
    return store.transaction([&] {
        const auto id = RepositoryIds(store).ensure(repository);
        return id && work(*id);
    });
}

} // namespace ReleaseDesk::Models
