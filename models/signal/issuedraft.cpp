#include "signal/issuedraft.h"

#include "api/githubservice.h"

namespace ReleaseDesk::Models {

using namespace Api;

IssueDraft IssueDraft::forEntry(const LedgerEntry &entry, const BranchHistory &history)
{
    const bool flaky = entry.health.status == ContextHealth::Status::Flaky;
    IssueDraft draft;
    draft.repository = entry.repository;
    // The title is GitHub-facing and follows the English convention the tooling searches for.
    draft.title = QStringLiteral("%1 %2 (%3)")
                      .arg(flaky ? QStringLiteral("[Flaky Test]") : QStringLiteral("[Failing Test]"),
                          entry.branch, entry.health.context);
    draft.labels = {flaky ? QStringLiteral("kind/flake") : QStringLiteral("kind/failing-test")};
    QStringList failures;
    for (const auto &commit : history.commits) {
        for (const auto &run : commit.runs) {
            if (run.context == entry.health.context
                && (run.state() == CiState::Failure || run.state() == CiState::Unknown)) {
                failures.append(QStringLiteral("- %1 on %2: %3")
                                    .arg(run.completedAt.toUTC().toString(Qt::ISODate), commit.oid.left(7),
                                        run.url.isValid() ? run.url.toString() : run.rawState));
            }
        }
    }
    const auto rate = entry.health.passRate();
    // One arg() call: the inserted URLs may hold "%20", which a later arg() would take for a marker.
    draft.body = tr("#### Which job is %1?\n\n%2 on %3 of %4 (%5).\n\n"
                    "#### Failing runs in the last %n run(s)\n\n%6\n\n"
                    "#### Pass rate\n\n%7 (%8 of the window's runs passed; current streak %9).\n\n"
                    "Filed from Release Desk's release signal.",
        nullptr, entry.health.runs)
                     .arg(flaky ? tr("flaking") : tr("failing"), entry.health.context, entry.branch,
                         entry.repository.fullName(), entry.blocking ? tr("blocking") : tr("informing"),
                         failures.isEmpty() ? tr("(none stored)") : failures.join(QLatin1Char('\n')),
                         rate < 0 ? QStringLiteral("-") : QStringLiteral("%1%").arg(qRound(rate * 100)),
                         QString::number(entry.health.passed), QString::number(entry.health.streak));
    return draft;
}

void fileIssue(GitHubService *client, const IssueDraft &draft, QObject *context,
    std::function<void(const ApiError &)> done)
{
    client->createIssue({draft.repository, draft.title, draft.body, draft.labels}, context, std::move(done));
}

} // namespace ReleaseDesk::Models
