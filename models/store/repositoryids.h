#pragma once

#include "api/itemkey.h"
#include "store/sqlvalues.h"

#include <QList>

#include <functional>
#include <optional>

namespace ReleaseDesk::Models {

class Store;

/// The row id of a GitHub repository in the workspace: the key every aggregate's rows refer to.
/// Cached on the store (Store::rowIds()).
class RepositoryIds final
{
public:
    explicit RepositoryIds(const Store &store)
        : m_store(store)
    { }

    /// nullopt when the repository is not in the workspace (or the query failed: see lastError()).
    std::optional<qint64> find(const Api::RepositoryRef &repository) const;
    /// Adds the repository when missing; call it inside a transaction.
    std::optional<qint64> ensure(const Api::RepositoryRef &repository) const;

    /// Runs `work` with the repository's row id in one transaction of `store` (nested in an outer one
    /// when there is one), adding the repository when missing: how a repository writes rows that
    /// belong to a GitHub repository.
    static bool write(
        Store &store, const Api::RepositoryRef &repository, const std::function<bool(qint64)> &work);

    /// Runs the statement `sql` (one row of a GitHub repository: an upsert) as write() does, the
    /// repository's row id bound first, then `more`.
    static bool writeRow(
        Store &store, const Api::RepositoryRef &repository, const QString &sql, const QVariantList &more)
    {
        return write(store, repository,
            [&](qint64 repoId) { return SqlValues::execute(store, sql, QVariantList {repoId} + more); });
    }

    /// The rows `sql` selects of one GitHub repository, each made by `fromRow`: the repository's row id
    /// is bound first, then `more`. None for a repository not in the workspace (or when the query
    /// failed: recorded in the store, as SqlValues::select does).
    template<typename T>
    static QList<T> rows(const Store &store, const Api::RepositoryRef &repository, const QString &sql,
        const QVariantList &more, const std::function<T(const QSqlQuery &)> &fromRow)
    {
        QList<T> result;
        if (const auto repoId = RepositoryIds(store).find(repository)) {
            SqlValues::select(store, sql, QVariantList {*repoId} + more,
                [&](const QSqlQuery &row) { result.append(fromRow(row)); });
        }
        return result;
    }

private:
    const Store &m_store;
};

} // namespace ReleaseDesk::Models
