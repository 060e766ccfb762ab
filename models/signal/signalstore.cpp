#include "signal/signalstore.h"

#include "store.h"
#include "store/branchcirepository.h"
#include "store/itemrepository.h"
#include "store/repositoryids.h"
#include "store/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace ReleaseDesk::Models {

using namespace Api;
using SqlValues::dateValue;
using SqlValues::toDateTime;

namespace {
QVariant text(const QString &value)
{
    return SqlValues::bindable(value);
}
} // namespace

bool SignalStore::setBranchHead(const BranchCi &head)
{
    return m_store.transaction([&] {
        const auto contexts = head.found ? head.contexts : QList<CiContext>();
        if (!BranchCiRepository(m_store).setBranchCi(head.repository, head.branch, head.headSha, contexts))
            return false;
        const auto repoId = RepositoryIds(m_store).ensure(head.repository);
        if (!repoId)
            return false;
        const auto required = head.protectedContexts
            ? QVariant(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*head.protectedContexts))
                                             .toJson(QJsonDocument::Compact)))
            : QVariant(QMetaType::fromType<QString>());
        return SqlValues::execute(m_store,
            QStringLiteral(
                "INSERT INTO branch_heads (repo_id, branch, found, head_sha, required_contexts, read_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (repo_id, branch) DO UPDATE SET found = "
                "excluded.found, "
                "head_sha = excluded.head_sha, required_contexts = excluded.required_contexts, "
                "read_at = excluded.read_at"),
            {*repoId, text(head.branch), head.found ? 1 : 0, text(head.headSha), required,
                dateValue(head.readAt.isValid() ? head.readAt : QDateTime::currentDateTimeUtc())});
    });
}

std::optional<BranchCi> SignalStore::branchHead(const RepositoryRef &repository, const QString &branch) const
{
    const auto repoId = RepositoryIds(m_store).find(repository);
    if (!repoId)
        return std::nullopt;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT found, head_sha, required_contexts, read_at FROM branch_heads "
                                 "WHERE repo_id = ? AND branch = ?"));
    query.addBindValue(*repoId);
    query.addBindValue(text(branch));
    if (!query.exec() || !query.next())
        return std::nullopt;
    BranchCi head;
    head.repository = repository;
    head.branch = branch;
    head.found = query.value(0).toInt() != 0;
    head.headSha = query.value(1).toString();
    if (!query.value(2).isNull()) {
        QStringList names;
        for (const auto &name : QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array())
            names.append(name.toString());
        head.protectedContexts = names;
    }
    head.readAt = toDateTime(query.value(3));
    head.contexts = BranchCiRepository(m_store).branchCi(repository, branch);
    return head;
}

bool SignalStore::setBranchHistory(const BranchHistory &history)
{
    return RepositoryIds::write(m_store, history.repository, [&](qint64 repoId) {
        auto db = m_store.database();
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM ci_branch_commits WHERE repo_id = ? AND branch = ?"));
        remove.addBindValue(repoId);
        remove.addBindValue(text(history.branch));
        if (!remove.exec())
            return m_store.failQuery(remove);
        QSqlQuery commit(db);
        commit.prepare(QStringLiteral("INSERT INTO ci_branch_commits (repo_id, branch, position, oid, "
                                      "committed_at, url) VALUES (?, ?, ?, ?, ?, ?)"));
        QSqlQuery run(db);
        run.prepare(QStringLiteral("INSERT INTO ci_runs (repo_id, oid, context, run_id, source, raw_state, "
                                   "started_at, completed_at, "
                                   "url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (repo_id, oid, "
                                   "context, run_id) DO UPDATE SET "
                                   "raw_state = excluded.raw_state, started_at = excluded.started_at, "
                                   "completed_at = excluded.completed_at, url = excluded.url"));
        for (int position = 0; position < history.commits.size(); ++position) {
            const auto &entry = history.commits[position];
            commit.addBindValue(repoId);
            commit.addBindValue(text(history.branch));
            commit.addBindValue(position);
            commit.addBindValue(text(entry.oid));
            commit.addBindValue(dateValue(entry.committedAt));
            commit.addBindValue(text(entry.url.toString()));
            if (!commit.exec())
                return m_store.failQuery(commit);
            for (const auto &ci : entry.runs) {
                run.addBindValue(repoId);
                run.addBindValue(text(entry.oid));
                run.addBindValue(text(ci.context));
                run.addBindValue(text(ci.runId));
                run.addBindValue(ci.source == CiContext::Source::CheckRun ? 1 : 0);
                run.addBindValue(text(ci.rawState));
                run.addBindValue(dateValue(ci.startedAt));
                run.addBindValue(dateValue(ci.completedAt));
                run.addBindValue(text(ci.url.toString()));
                if (!run.exec())
                    return m_store.failQuery(run);
            }
        }
        // A commit that left every window of the repository takes its runs along.
        QSqlQuery prune(db);
        prune.prepare(QStringLiteral("DELETE FROM ci_runs WHERE repo_id = ? AND oid NOT IN "
                                     "(SELECT oid FROM ci_branch_commits WHERE repo_id = ?)"));
        prune.addBindValue(repoId);
        prune.addBindValue(repoId);
        return prune.exec() || m_store.failQuery(prune);
    });
}

BranchHistory SignalStore::branchHistory(const RepositoryRef &repository, const QString &branch) const
{
    BranchHistory history;
    history.repository = repository;
    history.branch = branch;
    const auto repoId = RepositoryIds(m_store).find(repository);
    if (!repoId)
        return history;
    auto db = m_store.database();
    QSqlQuery commits(db);
    commits.prepare(QStringLiteral("SELECT oid, committed_at, url FROM ci_branch_commits WHERE repo_id = ? "
                                   "AND branch = ? ORDER BY position"));
    commits.addBindValue(*repoId);
    commits.addBindValue(text(branch));
    if (!commits.exec())
        return history;
    while (commits.next())
        history.commits.append({commits.value(0).toString(), toDateTime(commits.value(1)),
            QUrl(commits.value(2).toString()), {}});
    QSqlQuery runs(db);
    runs.prepare(QStringLiteral("SELECT context, source, raw_state, started_at, completed_at, url, run_id "
                                "FROM ci_runs WHERE repo_id = ? AND oid = ? ORDER BY completed_at, run_id"));
    for (auto &commit : history.commits) {
        runs.addBindValue(*repoId);
        runs.addBindValue(commit.oid);
        if (!runs.exec())
            continue;
        while (runs.next())
            commit.runs.append({runs.value(0).toString(),
                runs.value(1).toInt() == 1 ? CiContext::Source::CheckRun : CiContext::Source::StatusContext,
                runs.value(2).toString(), toDateTime(runs.value(3)), toDateTime(runs.value(4)),
                QUrl(runs.value(5).toString()), runs.value(6).toString()});
    }
    return history;
}

bool SignalStore::recordSyncSuccess(const RepositoryRef &repository, const QDateTime &at)
{
    return RepositoryIds::writeRow(m_store, repository,
        QStringLiteral("INSERT INTO repository_sync_results (repo_id, last_success_at) VALUES (?, ?) "
                       "ON CONFLICT (repo_id) DO UPDATE SET last_success_at = excluded.last_success_at"),
        {dateValue(at)});
}

bool SignalStore::recordSyncFailure(
    const RepositoryRef &repository, const QDateTime &at, const QString &problem)
{
    return RepositoryIds::writeRow(m_store, repository,
        QStringLiteral("INSERT INTO repository_sync_results (repo_id, last_failure_at, last_failure) "
                       "VALUES (?, ?, ?) "
                       "ON CONFLICT (repo_id) DO UPDATE SET last_failure_at = excluded.last_failure_at, "
                       "last_failure = excluded.last_failure"),
        {dateValue(at), text(problem)});
}

RepositorySync SignalStore::syncResult(const RepositoryRef &repository) const
{
    RepositorySync result;
    result.repository = repository;
    const auto repoId = RepositoryIds(m_store).find(repository);
    if (!repoId)
        return result;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT last_success_at, last_failure_at, last_failure FROM "
                                 "repository_sync_results WHERE repo_id = ?"));
    query.addBindValue(*repoId);
    if (query.exec() && query.next()) {
        result.lastSuccessAt = toDateTime(query.value(0));
        result.lastFailureAt = toDateTime(query.value(1));
        result.lastFailure = query.value(2).toString();
    }
    return result;
}

SignalSettings SignalStore::settings(qint64 releaseId) const
{
    return SignalSettings::fromJson(SqlValues::releaseDocument(
        m_store, QStringLiteral("release_signal_settings"), QStringLiteral("settings"), releaseId));
}

bool SignalStore::setSettings(qint64 releaseId, const SignalSettings &settings)
{
    return SqlValues::setReleaseDocument(m_store, QStringLiteral("release_signal_settings"),
        QStringLiteral("settings"), releaseId, settings.toJson());
}

QList<DailyPassRate> SignalStore::releaseBranchPassRate(const Release &release) const
{
    if (release.releaseBranch.isEmpty())
        return {};
    SignalInputs inputs;
    inputs.release = release;
    inputs.evidence.settings = settings(release.id);
    for (const auto &entry : release.repositories) {
        if (const auto head = branchHead(entry.repository, release.releaseBranch))
            inputs.heads.append(*head);
        auto history = branchHistory(entry.repository, release.releaseBranch);
        if (!history.commits.isEmpty())
            inputs.histories.append(history);
    }
    return SignalReport::requiredPassRate(inputs);
}

bool SignalStore::recordReport(qint64 releaseId, const SignalRecord &record)
{
    if (releaseId <= 0 || !record.at.isValid())
        return false;
    return m_store.transaction([&] {
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral("INSERT INTO signal_reports (release_id, at, record) VALUES (?, ?, ?) "
                                     "ON CONFLICT (release_id, at) DO UPDATE SET record = excluded.record"));
        query.addBindValue(releaseId);
        query.addBindValue(dateValue(record.at));
        query.addBindValue(QString::fromUtf8(QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact)));
        return query.exec() || m_store.failQuery(query);
    });
}

std::optional<SignalRecord> SignalStore::lastReportBefore(qint64 releaseId, const QDateTime &at) const
{
    if (releaseId <= 0 || !at.isValid())
        return std::nullopt;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT at, record FROM signal_reports WHERE release_id = ? AND at < ? "
                                 "ORDER BY at DESC LIMIT 1"));
    query.addBindValue(releaseId);
    query.addBindValue(dateValue(at));
    if (!query.exec() || !query.next())
        return std::nullopt;
    auto record
        = SignalRecord::fromJson(QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
    record.at = toDateTime(query.value(0));
    return record;
}

ReleaseEvidence SignalStore::evidence(const Release &release, const QDateTime &now) const
{
    ReleaseEvidence evidence;
    evidence.releaseBranch = release.releaseBranch;
    evidence.settings = settings(release.id);
    evidence.now = now;
    for (const auto &entry : release.repositories) {
        evidence.syncs.append(syncResult(entry.repository));
        if (release.releaseBranch.isEmpty())
            continue;
        evidence.histories.append(branchHistory(entry.repository, release.releaseBranch));
        if (auto head = branchHead(entry.repository, release.releaseBranch)) {
            evidence.heads.append(*head);
        } else {
            BranchCi unread;
            unread.repository = entry.repository;
            unread.branch = release.releaseBranch;
            evidence.heads.append(unread);
        }
    }
    return evidence;
}

SignalInputs SignalStore::reportInputs(
    const Release &release, const QList<Item> &items, const QueryContext &context, const QDateTime &now) const
{
    SignalInputs inputs;
    inputs.release = release;
    inputs.items = items;
    inputs.context = context;
    inputs.evidence = evidence(release, now);
    QSet<RepositoryRef> repositories;
    for (const auto &entry : release.repositories) {
        repositories.insert(entry.repository);
        for (const auto &branch : {release.releaseBranch, release.mainBranch}) {
            if (branch.isEmpty())
                continue;
            if (const auto head = branchHead(entry.repository, branch))
                inputs.heads.append(*head);
            auto history = branchHistory(entry.repository, branch);
            if (!history.commits.isEmpty())
                inputs.histories.append(history);
        }
    }
    for (const auto &item : ItemRepository(m_store).items()) {
        if (!item.isPullRequest() && repositories.contains(item.key.repository))
            inputs.candidates.append(item);
    }
    inputs.previous = lastReportBefore(release.id, now);
    return inputs;
}

} // namespace ReleaseDesk::Models
