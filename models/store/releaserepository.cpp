#include "store/releaserepository.h"

#include "store.h"
#include "store/repositoryids.h"
#include "store/sqlvalues.h"

#include <QSqlQuery>

namespace ReleaseDesk::Models {

using namespace Api;
using SqlValues::bindable;
using SqlValues::dateValue;
using SqlValues::toDate;

bool ReleaseRepository::saveRelease(Release &release)
{
    return m_store.transaction([&] {
        auto db = m_store.database();
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO releases (name, query, release_branch, main_branch, feature_freeze, code_freeze, "
            "release_date, blocker_rule, exception_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET "
            "query = excluded.query, release_branch = excluded.release_branch, main_branch = "
            "excluded.main_branch, "
            "feature_freeze = excluded.feature_freeze, code_freeze = excluded.code_freeze, "
            "release_date = excluded.release_date, blocker_rule = excluded.blocker_rule, "
            "exception_label = excluded.exception_label RETURNING id"));
        query.addBindValue(bindable(release.name));
        query.addBindValue(bindable(release.query));
        query.addBindValue(bindable(release.releaseBranch));
        query.addBindValue(bindable(release.mainBranch));
        query.addBindValue(bindable(dateValue(release.featureFreeze)));
        query.addBindValue(bindable(dateValue(release.codeFreeze)));
        query.addBindValue(bindable(dateValue(release.releaseDate)));
        query.addBindValue(bindable(release.blockerRule));
        query.addBindValue(bindable(release.exceptionLabel));
        if (!query.exec() || !query.next())
            return m_store.failQuery(query);
        release.id = query.value(0).toLongLong();
        query.finish();
        QSqlQuery removePhases(db);
        removePhases.prepare(QStringLiteral("DELETE FROM release_phases WHERE release_id = ?"));
        removePhases.addBindValue(bindable(release.id));
        if (!removePhases.exec())
            return m_store.failQuery(removePhases);
        QSqlQuery insertPhase(db);
        insertPhase.prepare(QStringLiteral(
            "INSERT INTO release_phases (release_id, position, kind, name, starts) VALUES (?, ?, ?, ?, ?)"));
        for (int position = 0; position < release.phases.size(); ++position) {
            const auto &phase = release.phases.at(position);
            if (!phase.starts.isValid())
                continue; // a phase without a day is not part of the schedule
            insertPhase.addBindValue(bindable(release.id));
            insertPhase.addBindValue(position);
            insertPhase.addBindValue(bindable(phase.kind));
            insertPhase.addBindValue(bindable(phase.name));
            insertPhase.addBindValue(bindable(dateValue(phase.starts)));
            if (!insertPhase.exec())
                return m_store.failQuery(insertPhase);
        }
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM release_repositories WHERE release_id = ?"));
        remove.addBindValue(bindable(release.id));
        if (!remove.exec())
            return m_store.failQuery(remove);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO release_repositories (release_id, repo_id, milestones, range_from, range_to) "
            "VALUES (?, ?, ?, ?, ?)"));
        for (const auto &entry : std::as_const(release.repositories)) {
            const auto repoId = RepositoryIds(m_store).ensure(entry.repository);
            if (!repoId)
                return false;
            insert.addBindValue(bindable(release.id));
            insert.addBindValue(bindable(*repoId));
            insert.addBindValue(bindable(entry.milestones.join(QLatin1Char('\n'))));
            insert.addBindValue(bindable(entry.rangeFrom));
            insert.addBindValue(bindable(entry.rangeTo));
            if (!insert.exec())
                return m_store.failQuery(insert);
        }
        return true;
    });
}

bool ReleaseRepository::recordSnapshots(qint64 releaseId, const QList<DailySnapshot> &snapshots)
{
    return m_store.transaction([&] {
        QSqlQuery query(m_store.database());
        query.prepare(
            QStringLiteral("INSERT INTO daily_snapshots (release_id, day, metric, value) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (release_id, day, metric) DO UPDATE SET value = excluded.value"));
        for (const auto &snapshot : snapshots) {
            query.addBindValue(bindable(releaseId));
            query.addBindValue(bindable(dateValue(snapshot.day)));
            query.addBindValue(bindable(snapshot.metric));
            query.addBindValue(bindable(snapshot.value));
            if (!query.exec())
                return m_store.failQuery(query);
        }
        return true;
    });
}

QList<Release> ReleaseRepository::releases() const
{
    auto db = m_store.database();
    QList<Release> result;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT id, name, query, release_branch, main_branch, feature_freeze, code_freeze, "
            "release_date, blocker_rule, exception_label FROM releases ORDER BY id"))) {
        m_store.failQuery(query);
        return result;
    }
    while (query.next()) {
        Release release;
        release.id = query.value(0).toLongLong();
        release.name = query.value(1).toString();
        release.query = query.value(2).toString();
        release.releaseBranch = query.value(3).toString();
        release.mainBranch = query.value(4).toString();
        release.featureFreeze = toDate(query.value(5));
        release.codeFreeze = toDate(query.value(6));
        release.releaseDate = toDate(query.value(7));
        release.blockerRule = query.value(8).toString();
        release.exceptionLabel = query.value(9).toString();
        result.append(release);
    }
    QSqlQuery phases(db);
    phases.prepare(QStringLiteral(
        "SELECT kind, name, starts FROM release_phases WHERE release_id = ? ORDER BY position"));
    for (auto &release : result) {
        phases.addBindValue(bindable(release.id));
        if (!phases.exec()) {
            m_store.failQuery(phases);
            continue;
        }
        while (phases.next())
            release.phases.append(
                {phases.value(0).toString(), phases.value(1).toString(), toDate(phases.value(2))});
    }
    QSqlQuery repos(db);
    repos.prepare(
        QStringLiteral("SELECT r.host, r.owner, r.name, rr.milestones, rr.range_from, rr.range_to "
                       "FROM release_repositories rr "
                       "JOIN repositories r ON r.id = rr.repo_id WHERE rr.release_id = ? ORDER BY r.id"));
    for (auto &release : result) {
        repos.addBindValue(bindable(release.id));
        if (!repos.exec()) {
            m_store.failQuery(repos);
            continue;
        }
        while (repos.next()) {
            Api::ReleaseRepository entry;
            entry.repository
                = {repos.value(0).toString(), repos.value(1).toString(), repos.value(2).toString()};
            const auto milestones = repos.value(3).toString();
            if (!milestones.isEmpty())
                entry.milestones = milestones.split(QLatin1Char('\n'));
            entry.rangeFrom = repos.value(4).toString();
            entry.rangeTo = repos.value(5).toString();
            release.repositories.append(entry);
        }
    }
    return result;
}

std::optional<Release> ReleaseRepository::release(const QString &name) const
{
    for (const auto &release : releases()) {
        if (release.name == name)
            return release;
    }
    return std::nullopt;
}

QList<DailySnapshot> ReleaseRepository::snapshots(qint64 releaseId) const
{
    QList<DailySnapshot> result;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "SELECT day, metric, value FROM daily_snapshots WHERE release_id = ? ORDER BY day, metric"));
    query.addBindValue(bindable(releaseId));
    if (!query.exec()) {
        m_store.failQuery(query);
        return result;
    }
    while (query.next())
        result.append({toDate(query.value(0)), query.value(1).toString(), query.value(2).toDouble()});
    return result;
}

} // namespace ReleaseDesk::Models
