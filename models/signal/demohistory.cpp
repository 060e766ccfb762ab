#include "signal/demohistory.h"

#include <QCryptographicHash>

namespace ReleaseDesk::Models {

using namespace Api;

namespace {
QString fakeOid(const BranchCi &head, int position)
{
    if (position == 0 && !head.headSha.isEmpty())
        return head.headSha;
    const auto seed = QStringLiteral("%1:%2:%3").arg(head.repository.fullName(), head.branch).arg(position);
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1).toHex());
}

CiRun runOf(const CiContext &context, const QString &state, const QDateTime &at, int id)
{
    CiRun run;
    run.context = context.name;
    run.source = context.source;
    run.rawState = state;
    // Statuses have no start of their own on GitHub.
    if (context.source == CiContext::Source::CheckRun)
        run.startedAt = at.addSecs(-15 * 60);
    run.completedAt = at;
    run.url = context.url;
    run.runId = context.source == CiContext::Source::CheckRun
        ? QString::number(id)
        : context.name + QLatin1Char('@') + at.toString(Qt::ISODate);
    return run;
}
} // namespace

QList<BranchHistory> demoBranchHistories(const QList<BranchCi> &heads, int depth)
{
    QList<BranchHistory> histories;
    int runId = 7000000;
    for (const auto &head : heads) {
        if (!head.found || head.contexts.isEmpty())
            continue;
        BranchHistory history;
        history.repository = head.repository;
        history.branch = head.branch;
        const auto headTime = head.readAt.isValid() ? head.readAt : QDateTime::currentDateTimeUtc();
        // The flake lives on the release branch of the console, on its first informing context.
        const bool flakyBranch = head.repository.name == QLatin1StringView("console")
            && head.branch.startsWith(QLatin1StringView("release-"));
        QString flakyContext;
        if (flakyBranch) {
            // An informing context green at the head (the one red there is the failing example).
            for (const auto &context : head.contexts) {
                if (head.protectedContexts && !head.protectedContexts->contains(context.name)
                    && context.state() == CiState::Success) {
                    flakyContext = context.name;
                    break;
                }
            }
        }
        // A recovery on the release branch of kubesphere: its first required job failed two commits
        // back and has passed twice since, one short of the three in a row a healthy job needs.
        QString recovering;
        if (head.repository.name == QLatin1StringView("kubesphere")
            && head.branch.startsWith(QLatin1StringView("release-")) && head.protectedContexts
            && !head.protectedContexts->isEmpty())
            recovering = head.protectedContexts->constFirst();
        for (int position = 0; position < depth; ++position) {
            HistoryCommit commit;
            commit.oid = fakeOid(head, position);
            commit.committedAt = headTime.addSecs(-(position * 4 + 1) * 3600);
            commit.url = QUrl(QStringLiteral("https://%1/%2/commit/%3")
                                  .arg(head.repository.host, head.repository.fullName(), commit.oid));
            const auto finished = commit.committedAt.addSecs(20 * 60);
            for (const auto &context : head.contexts) {
                auto state = position == 0 ? context.rawState : QStringLiteral("SUCCESS");
                if (position == 2 && context.name == recovering)
                    state = QStringLiteral("FAILURE");
                if (position == 3 && context.name == flakyContext) {
                    commit.runs.append(runOf(context, QStringLiteral("FAILURE"), finished, ++runId));
                    commit.runs.append(
                        runOf(context, QStringLiteral("SUCCESS"), finished.addSecs(30 * 60), ++runId));
                    continue;
                }
                commit.runs.append(runOf(context, state, finished, ++runId));
            }
            history.commits.append(commit);
        }
        histories.append(history);
    }
    return histories;
}

} // namespace ReleaseDesk::Models
