#include "signal/contexthealth.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace ReleaseDesk::Models {

using namespace Api;

namespace {
enum class Outcome { Pass, Fail, None };

Outcome outcomeOf(const CiRun &run)
{
    switch (run.state()) {
    case CiState::Success:
        return Outcome::Pass;
    case CiState::Failure:
    case CiState::Unknown: // a value we cannot read is not green
        return Outcome::Fail;
    case CiState::Pending:
    case CiState::Neutral:
        return Outcome::None;
    }
    return Outcome::None;
}

QDateTime runTime(const CiRun &run)
{
    return run.completedAt.isValid() ? run.completedAt : run.startedAt;
}
} // namespace

QString ContextHealth::statusName(Status status)
{
    switch (status) {
    case Status::Healthy:
        return QStringLiteral("healthy");
    case Status::Recovering:
        return QStringLiteral("recovering");
    case Status::Flaky:
        return QStringLiteral("flaky");
    case Status::Failing:
        return QStringLiteral("failing");
    case Status::NoRuns:
        return QStringLiteral("no-runs");
    }
    return {};
}

QString ContextHealth::statusText() const
{
    switch (status) {
    case Status::Healthy:
        return tr("healthy");
    case Status::Recovering:
        return tr("recovering");
    case Status::Flaky:
        return tr("flaky");
    case Status::Failing:
        return tr("failing");
    case Status::NoRuns:
        return tr("no runs");
    }
    return {};
}

QList<DailyPassRate> passRatePerDay(const QList<BranchHistory> &histories,
    const std::function<bool(const BranchHistory &, const QString &)> &counts)
{
    QMap<QDate, DailyPassRate> days;
    for (const auto &history : histories) {
        for (const auto &commit : history.commits) {
            for (const auto &run : commit.runs) {
                const auto outcome = outcomeOf(run);
                if (outcome == Outcome::None || !counts(history, run.context) || !runTime(run).isValid())
                    continue;
                auto &day = days[runTime(run).toUTC().date()];
                day.day = runTime(run).toUTC().date();
                ++(outcome == Outcome::Pass ? day.passed : day.failed);
            }
        }
    }
    return days.values();
}

QList<ContextHealth> contextHealth(const BranchHistory &history, const HealthCriteria &criteria)
{
    // Each context's runs in the order they happened: commits oldest first, runs on one commit
    // (re-runs) by time.
    QHash<QString, QList<std::pair<const HistoryCommit *, const CiRun *>>> byContext;
    QStringList order;
    for (auto commit = history.commits.crbegin(); commit != history.commits.crend(); ++commit) {
        QList<const CiRun *> runs;
        for (const auto &run : commit->runs)
            runs.append(&run);
        std::stable_sort(runs.begin(), runs.end(),
            [](const CiRun *a, const CiRun *b) { return runTime(*a) < runTime(*b); });
        for (const auto *run : std::as_const(runs)) {
            if (!byContext.contains(run->context))
                order.append(run->context);
            byContext[run->context].append({&*commit, run});
        }
    }
    order.sort();

    QList<ContextHealth> result;
    for (const auto &name : std::as_const(order)) {
        ContextHealth health;
        health.context = name;
        Outcome previous = Outcome::None;
        const HistoryCommit *previousCommit = nullptr;
        for (const auto &[commit, run] : byContext.value(name)) {
            const auto outcome = outcomeOf(*run);
            if (outcome == Outcome::None)
                continue;
            ++health.runs;
            if (outcome == Outcome::Pass) {
                ++health.passed;
                ++health.streak;
                health.lastGreenAt = runTime(*run);
                health.outcomes.append(QLatin1Char('+'));
                if (previous == Outcome::Fail && previousCommit == commit)
                    health.failedThenPassedOnOneCommit = true;
            } else {
                ++health.failed;
                health.streak = 0;
                health.lastFailureAt = runTime(*run);
                health.lastFailureUrl = run->url;
                health.lastFailureCommit = commit->oid;
                health.outcomes.append(QLatin1Char('-'));
            }
            if (previous != Outcome::None && previous != outcome)
                ++health.flips;
            previous = outcome;
            previousCommit = commit;
        }
        if (health.runs == 0)
            health.status = ContextHealth::Status::NoRuns;
        else if (previous == Outcome::Fail)
            health.status = ContextHealth::Status::Failing;
        else if (health.failedThenPassedOnOneCommit || health.flips >= criteria.flakyFlips)
            health.status = ContextHealth::Status::Flaky;
        else if (health.streak >= criteria.healthyStreak)
            health.status = ContextHealth::Status::Healthy;
        else
            health.status = ContextHealth::Status::Recovering;
        result.append(health);
    }
    return result;
}

} // namespace ReleaseDesk::Models
