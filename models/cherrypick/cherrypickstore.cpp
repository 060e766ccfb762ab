#include "cherrypick/cherrypickstore.h"

#include "store.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

namespace ReleaseDesk::Models {

using namespace Api;

namespace {
// A bot's reply quotes git's output; what the matrix needs is at its start.
constexpr qsizetype maximumCommentLength = 4000;

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant dateValue(const QDateTime &at)
{
    if (!at.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    auto at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    at.setTimeZone(QTimeZone::UTC);
    return at;
}

QString sqlText(const QString &value)
{
    return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QLatin1StringView("''"))
        + QLatin1Char('\'');
}
} // namespace

CherryPickPolicy CherryPickStore::policy(qint64 releaseId) const
{
    if (releaseId <= 0)
        return {};
    QSqlQuery query(QSqlDatabase::database(m_store.m_connectionName, false));
    query.prepare(QStringLiteral("SELECT policy FROM release_cherry_pick_policy WHERE release_id = ?"));
    query.addBindValue(releaseId);
    if (!query.exec() || !query.next())
        return {};
    return CherryPickPolicy::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
}

bool CherryPickStore::setPolicy(qint64 releaseId, const CherryPickPolicy &policy)
{
    return m_store.transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_store.m_connectionName, false));
        query.prepare(
            QStringLiteral("INSERT INTO release_cherry_pick_policy (release_id, policy) VALUES (?, ?) "
                           "ON CONFLICT (release_id) DO UPDATE SET policy = excluded.policy"));
        query.addBindValue(releaseId);
        query.addBindValue(QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact)));
        return query.exec() || m_store.failQuery(query);
    });
}

bool CherryPickStore::addComments(const QList<CherryPickComment> &comments)
{
    return m_store.transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_store.m_connectionName, false));
        query.prepare(QStringLiteral(
            "INSERT INTO cherry_pick_comments (repo_id, number, url, author, created_at, body) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (repo_id, number, url) DO UPDATE SET "
            "author = excluded.author, created_at = excluded.created_at, body = excluded.body"));
        for (const auto &comment : comments) {
            if (!isCherryPickComment(comment.body))
                continue;
            const auto repoId = m_store.ensureRepositoryId(comment.fix.repository);
            if (!repoId)
                return false;
            query.addBindValue(*repoId);
            query.addBindValue(comment.fix.number);
            query.addBindValue(text(comment.url.toString()));
            query.addBindValue(text(comment.author));
            query.addBindValue(dateValue(comment.at));
            query.addBindValue(text(comment.body.left(maximumCommentLength)));
            if (!query.exec())
                return m_store.failQuery(query);
        }
        return true;
    });
}

QList<CherryPickComment> CherryPickStore::comments(const QList<RepositoryRef> &repositories) const
{
    QString where;
    if (!repositories.isEmpty()) {
        QStringList ids;
        for (const auto &repository : repositories) {
            if (const auto id = m_store.findRepositoryId(repository))
                ids.append(QString::number(*id));
        }
        if (ids.isEmpty())
            return {};
        where = QStringLiteral(" WHERE c.repo_id IN (%1)").arg(ids.join(u','));
    }
    QSqlQuery query(QSqlDatabase::database(m_store.m_connectionName, false));
    if (!query.exec(
            QStringLiteral("SELECT r.host, r.owner, r.name, c.number, c.url, c.author, c.created_at, c.body "
                           "FROM cherry_pick_comments c JOIN repositories r ON r.id = c.repo_id")
            + where + QStringLiteral(" ORDER BY c.created_at, c.url"))) {
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
    const auto repoId = m_store.findRepositoryId(repository);
    if (!repoId)
        return {};
    QSqlQuery query(QSqlDatabase::database(m_store.m_connectionName, false));
    query.prepare(
        QStringLiteral("SELECT updated_since FROM cherry_pick_branches WHERE repo_id = ? AND branch = ?"));
    query.addBindValue(*repoId);
    query.addBindValue(text(branch));
    if (!query.exec() || !query.next())
        return {};
    return toDateTime(query.value(0));
}

bool CherryPickStore::setWatermark(
    const RepositoryRef &repository, const QString &branch, const QDateTime &updatedSince)
{
    return m_store.transaction([&] {
        const auto repoId = m_store.ensureRepositoryId(repository);
        if (!repoId)
            return false;
        QSqlQuery query(QSqlDatabase::database(m_store.m_connectionName, false));
        query.prepare(QStringLiteral(
            "INSERT INTO cherry_pick_branches (repo_id, branch, updated_since, read_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (repo_id, branch) DO UPDATE SET updated_since = excluded.updated_since, "
            "read_at = excluded.read_at"));
        query.addBindValue(*repoId);
        query.addBindValue(text(branch));
        query.addBindValue(dateValue(updatedSince));
        query.addBindValue(dateValue(QDateTime::currentDateTimeUtc()));
        return query.exec() || m_store.failQuery(query);
    });
}

QList<Item> CherryPickStore::pullRequests(const Release &release, const CherryPickPolicy &policy) const
{
    QStringList ids;
    for (const auto &entry : release.repositories) {
        if (const auto id = m_store.findRepositoryId(entry.repository))
            ids.append(QString::number(*id));
    }
    QStringList branches;
    branches.append(sqlText(release.mainBranch.isEmpty() ? QStringLiteral("master") : release.mainBranch));
    for (const auto &branch : policy.maintainedBranches)
        branches.append(sqlText(branch));
    if (ids.isEmpty())
        return {};
    return m_store.loadItems(QStringLiteral("i.kind = 1 AND i.repo_id IN (%1) AND i.base_ref IN (%2)")
                                 .arg(ids.join(u','), branches.join(u',')));
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
