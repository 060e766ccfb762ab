#include "api/branchhistory.h"

#include "api/githuberrors.h"
#include "api/githubjson.h"
#include "api/githubparsers.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ReleaseDesk::Api {

namespace {
using namespace GitHubJson;

QJsonArray nodes(const QJsonValue &connection)
{
    return GitHubJson::nodes(connection.toObject());
}

HistoryCommit commitFrom(const QJsonObject &node)
{
    HistoryCommit commit;
    commit.oid = node.value(QLatin1StringView("oid")).toString();
    commit.committedAt = dateTime(node.value(QLatin1StringView("committedDate")));
    commit.url = QUrl(node.value(QLatin1StringView("url")).toString());
    for (const auto &suite : nodes(node.value(QLatin1StringView("checkSuites")))) {
        for (const auto &value : nodes(suite.toObject().value(QLatin1StringView("checkRuns")))) {
            const auto object = value.toObject();
            CiRun run;
            run.source = CiContext::Source::CheckRun;
            run.context = object.value(QLatin1StringView("name")).toString();
            run.rawState = checkRunState(object); // as for branch heads
            run.startedAt = dateTime(object.value(QLatin1StringView("startedAt")));
            run.completedAt = dateTime(object.value(QLatin1StringView("completedAt")));
            run.url = QUrl(object.value(QLatin1StringView("detailsUrl")).toString());
            run.runId = QString::number(object.value(QLatin1StringView("databaseId")).toInteger());
            if (!run.context.isEmpty())
                commit.runs.append(run);
        }
    }
    const auto contexts
        = node.value(QLatin1StringView("status")).toObject().value(QLatin1StringView("contexts"));
    for (const auto &value : contexts.toArray()) {
        const auto object = value.toObject();
        CiRun run;
        run.source = CiContext::Source::StatusContext;
        run.context = object.value(QLatin1StringView("context")).toString();
        run.rawState = object.value(QLatin1StringView("state")).toString();
        run.completedAt = dateTime(object.value(QLatin1StringView("createdAt")));
        run.url = QUrl(object.value(QLatin1StringView("targetUrl")).toString());
        // A status has no id of its own here; its context and time identify this report of it.
        run.runId = run.context + QLatin1Char('@') + run.completedAt.toString(Qt::ISODate);
        if (!run.context.isEmpty())
            commit.runs.append(run);
    }
    return commit;
}
} // namespace

BranchCi headOf(const BranchHistory &history)
{
    BranchCi head;
    head.repository = history.repository;
    head.branch = history.branch;
    head.found = history.found;
    head.protectedContexts = history.protectedContexts;
    if (history.commits.isEmpty())
        return head;
    const auto &commit = history.commits.first();
    head.headSha = commit.oid;
    // The latest run of each context decides, as in GitHub's status check rollup.
    QList<CiRun> runs = commit.runs;
    std::stable_sort(runs.begin(), runs.end(), [](const CiRun &a, const CiRun &b) {
        const auto at = a.completedAt.isValid() ? a.completedAt : a.startedAt;
        const auto bt = b.completedAt.isValid() ? b.completedAt : b.startedAt;
        return at < bt;
    });
    for (const auto &run : std::as_const(runs)) {
        const bool required = history.protectedContexts && history.protectedContexts->contains(run.context);
        const CiContext context {run.source, run.context, run.rawState, required, run.url, run.completedAt};
        auto existing = std::find_if(head.contexts.begin(), head.contexts.end(),
            [&](const CiContext &c) { return c.name == run.context; });
        if (existing != head.contexts.end())
            *existing = context;
        else
            head.contexts.append(context);
    }
    return head;
}

BranchHistoryPage parseBranchHistory(const QByteArray &json, const RepositoryRef &repository,
    const QString &releaseBranch, const QString &mainBranch)
{
    return readPage<BranchHistoryPage>(json, [&](const Envelope &envelope, BranchHistoryPage &page) {
        const auto repositoryValue = envelope.value("repository");
        if (!repositoryValue.isObject()) {
            page.error = GitHubErrors::fromGraphQL(
                envelope.errors, GitHubParsers::tr("GitHub returned no repository data."));
            return;
        }
        const auto object = repositoryValue.toObject();
        const std::pair<const char *, QString> refs[]
            = {{"releaseRef", releaseBranch}, {"mainRef", mainBranch}};
        for (const auto &[alias, requested] : refs) {
            if (requested.isEmpty() || !object.contains(QLatin1StringView(alias)))
                continue;
            BranchHistory history;
            history.repository = repository;
            history.branch = requested;
            const auto ref = object.value(QLatin1StringView(alias));
            history.found = ref.isObject();
            bool ruleKnown = false;
            const auto required = requiredContexts(ref, &ruleKnown);
            if (ruleKnown)
                history.protectedContexts = required;
            const auto target = ref.toObject().value(QLatin1StringView("target")).toObject();
            for (const auto &node : nodes(target.value(QLatin1StringView("history"))))
                history.commits.append(commitFrom(node.toObject()));
            page.branches.append(history);
        }
    });
}

} // namespace ReleaseDesk::Api
