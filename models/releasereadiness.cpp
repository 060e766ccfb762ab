#include "releasereadiness.h"

#include <QJsonObject>

#include "signal/contexthealth.h"

#include <QLocale>
#include <QSet>

namespace ReleaseDesk::Models {

using namespace Api;

using Code = ReadinessReason::Code;
using Effect = ReadinessReason::Effect;

namespace {
Effect effectOf(SignalSettings::Effect effect)
{
    switch (effect) {
    case SignalSettings::Effect::Go:
        return Effect::Go;
    case SignalSettings::Effect::Caution:
        return Effect::Caution;
    case SignalSettings::Effect::NoGo:
        return Effect::NoGo;
    }
    return Effect::NoGo;
}

// Precedence: a no-go finding decides; missing evidence comes next; then caution.
int rank(Effect effect)
{
    switch (effect) {
    case Effect::NoGo:
        return 3;
    case Effect::Unknown:
        return 2;
    case Effect::Caution:
        return 1;
    case Effect::Go:
        return 0;
    }
    return 3;
}

QUrl branchesUrl(const RepositoryRef &repository)
{
    return QUrl(QStringLiteral("https://%1/%2/branches").arg(repository.host, repository.fullName()));
}

QString age(qint64 minutes)
{
    if (minutes < 120)
        return ReleaseReadiness::tr("%n minute(s)", nullptr, int(minutes));
    return ReleaseReadiness::tr("%n hour(s)", nullptr, int(minutes / 60));
}
} // namespace

// Health over time, from the release branch's recent history: the K-successive rule and flakes.
void ReleaseReadiness::judgeHistory(ReleaseReadiness &readiness, const ReleaseEvidence &evidence,
    const BranchCi &head, const QSet<QString> &required, bool requiredKnown)
{
    if (evidence.settings.historyDepth <= 0)
        return;
    const auto repository = head.repository.fullName();
    const auto found = std::find_if(evidence.histories.cbegin(), evidence.histories.cend(),
        [&](const BranchHistory &h) { return h.repository == head.repository && h.branch == head.branch; });
    if (found == evidence.histories.cend() || found->commits.isEmpty()) {
        readiness.reasons.append({Code::HistoryNotRead, Effect::Unknown, repository,
            tr("The CI history of %1 in %2 has not been read yet: sync the release.")
                .arg(head.branch, repository),
            {}});
        return;
    }
    const auto &criteria = evidence.settings.criteria;
    for (const auto &health : contextHealth(*found, criteria)) {
        const bool blocking = !requiredKnown || required.contains(health.context);
        const QString name = repository + QStringLiteral(": ") + health.context;
        if (health.status == ContextHealth::Status::Flaky) {
            const auto why = health.failedThenPassedOnOneCommit
                ? tr("it failed and then passed on the same commit")
                : tr("its outcome flipped %n time(s) in the last %1 runs", nullptr, health.flips)
                      .arg(health.runs);
            readiness.reasons.append({Code::Flaky,
                effectOf(blocking ? evidence.settings.blockingFlaky : evidence.settings.informingFlaky),
                repository,
                (blocking ? tr("Blocking context %1 is flaky on %2: %3.")
                          : tr("Informing context %1 is flaky on %2: %3."))
                    .arg(name, head.branch, why),
                health.lastFailureUrl});
        } else if (health.status == ContextHealth::Status::Recovering && blocking) {
            readiness.reasons.append(
                {Code::Recovering, effectOf(evidence.settings.blockingRecovering), repository,
                    tr("Blocking context %1 has passed %n time(s) in a row on %2; %3 are needed to call it "
                       "healthy.",
                        nullptr, health.streak)
                        .arg(name, head.branch)
                        .arg(criteria.healthyStreak),
                    health.lastFailureUrl});
        }
    }
}

QString ReadinessReason::codeName(Code code)
{
    switch (code) {
    case Code::OpenBlockers:
        return QStringLiteral("open-blockers");
    case Code::BlockingFailure:
        return QStringLiteral("blocking-failure");
    case Code::InformingFailure:
        return QStringLiteral("informing-failure");
    case Code::Pending:
        return QStringLiteral("pending");
    case Code::NoReleaseBranch:
        return QStringLiteral("no-release-branch");
    case Code::BranchMissing:
        return QStringLiteral("branch-missing");
    case Code::BranchNotRead:
        return QStringLiteral("branch-not-read");
    case Code::NoRequiredContexts:
        return QStringLiteral("no-required-contexts");
    case Code::RequiredContextMissing:
        return QStringLiteral("required-context-missing");
    case Code::HistoryNotRead:
        return QStringLiteral("history-not-read");
    case Code::Flaky:
        return QStringLiteral("flaky");
    case Code::Recovering:
        return QStringLiteral("recovering");
    case Code::Stale:
        return QStringLiteral("stale");
    case Code::NeverSynced:
        return QStringLiteral("never-synced");
    case Code::SyncFailed:
        return QStringLiteral("sync-failed");
    case Code::Green:
        return QStringLiteral("green");
    }
    return {};
}

ReleaseReadiness ReleaseReadiness::evaluate(
    const QList<Item> &items, const QueryContext &context, const ReleaseEvidence &evidence)
{
    ReleaseReadiness readiness;
    auto add = [&readiness](Code code, Effect effect, const QString &repository, const QString &text,
                   const QUrl &link = {}) {
        readiness.reasons.append({code, effect, repository, text, link});
    };

    for (const auto &item : items) {
        if (item.isOpen() && context.blockers.contains(item.key))
            ++readiness.openBlockers;
    }
    if (readiness.openBlockers > 0)
        add(Code::OpenBlockers, Effect::NoGo, {}, tr("%n open blocker(s).", nullptr, readiness.openBlockers));

    // How fresh the data is, per repository: the items and the CI are read by the same sync.
    for (const auto &sync : evidence.syncs) {
        const auto repository = sync.repository.fullName();
        if (sync.lastAttemptFailed()) {
            add(Code::SyncFailed, Effect::Unknown, repository,
                tr("%1 failed to sync at %2: %3")
                    .arg(repository,
                        QLocale().toString(sync.lastFailureAt.toLocalTime(), QLocale::ShortFormat),
                        sync.lastFailure));
        }
        if (!sync.lastSuccessAt.isValid()) {
            add(Code::NeverSynced, Effect::Unknown, repository,
                tr("%1 has never been synced completely.").arg(repository));
        } else if (const auto minutes = sync.lastSuccessAt.secsTo(evidence.now) / 60;
                   minutes > evidence.settings.staleAfterMinutes) {
            add(Code::Stale, Effect::Unknown, repository,
                tr("The data of %1 is %2 old (last successful sync); the limit is %3.")
                    .arg(repository, age(minutes), age(evidence.settings.staleAfterMinutes)));
        }
    }

    if (evidence.releaseBranch.isEmpty()) {
        add(Code::NoReleaseBranch, Effect::Unknown, {},
            tr("No release branch is set for this release: its CI cannot be judged. Set one in the "
               "release's settings."));
    }
    const QSet<QString> configured(
        evidence.settings.requiredContexts.cbegin(), evidence.settings.requiredContexts.cend());
    int greenRequired = 0;
    for (const auto &head : evidence.heads) {
        const auto repository = head.repository.fullName();
        if (!head.readAt.isValid()) {
            add(Code::BranchNotRead, Effect::Unknown, repository,
                tr("The branch %1 of %2 has not been read yet: sync the release.")
                    .arg(head.branch, repository));
            continue;
        }
        if (!head.found) {
            add(Code::BranchMissing, Effect::Unknown, repository,
                tr("%1 has no branch %2 on GitHub (not cut yet?).").arg(repository, head.branch),
                branchesUrl(head.repository));
            continue;
        }
        QSet<QString> required = configured;
        if (head.protectedContexts)
            required.unite(QSet<QString>(head.protectedContexts->cbegin(), head.protectedContexts->cend()));
        const bool requiredKnown = !required.isEmpty();
        if (!requiredKnown) {
            add(Code::NoRequiredContexts, Effect::Unknown, repository,
                tr("No required CI contexts are known for %1 of %2: the branch has no protection rule "
                   "this token can read, and the release names none.")
                    .arg(head.branch, repository));
        }
        QSet<QString> reported;
        for (const auto &ci : head.contexts) {
            reported.insert(ci.name);
            // Without a list of required contexts every failure counts as blocking: stricter, never laxer.
            const bool blocking = requiredKnown ? required.contains(ci.name) : true;
            const QString name = repository + QStringLiteral(": ") + ci.name;
            switch (ci.state()) {
            case CiState::Failure:
            case CiState::Unknown: // a state we cannot read is not green
                // In words: GitHub's state names (FAILURE, ERROR) are not the user's.
                if (blocking) {
                    readiness.blockingFailures.append(name);
                    add(Code::BlockingFailure, Effect::NoGo, repository,
                        ci.state() == CiState::Failure
                            ? tr("Blocking context %1 failed on %2.").arg(name, head.branch)
                            : tr("Blocking context %1 reports a state this version cannot read (\"%2\") on "
                                 "%3.")
                                  .arg(name, ci.rawState, head.branch),
                        ci.url);
                } else {
                    readiness.informingFailures.append(name);
                    add(Code::InformingFailure, effectOf(evidence.settings.informingFailure), repository,
                        ci.state() == CiState::Failure
                            ? tr("Informing context %1 failed on %2.").arg(name, head.branch)
                            : tr("Informing context %1 reports a state this version cannot read (\"%2\") on "
                                 "%3.")
                                  .arg(name, ci.rawState, head.branch),
                        ci.url);
                }
                break;
            case CiState::Pending:
                readiness.pending.append(name);
                add(Code::Pending, effectOf(evidence.settings.pending), repository,
                    tr("%1 is still running on %2.").arg(name, head.branch), ci.url);
                break;
            case CiState::Success:
            case CiState::Neutral:
                if (blocking && requiredKnown)
                    ++greenRequired;
                break;
            }
        }
        judgeHistory(readiness, evidence, head, required, requiredKnown);
        QStringList missing;
        for (const auto &name : std::as_const(required)) {
            if (!reported.contains(name))
                missing.append(name);
        }
        missing.sort();
        for (const auto &name : std::as_const(missing)) {
            add(Code::RequiredContextMissing, Effect::Unknown, repository,
                tr("Required context %1 has not reported on the head of %2 in %3 (%4).")
                    .arg(name, head.branch, repository, head.headSha.left(7)));
        }
    }

    auto worst = Effect::Go;
    for (const auto &reason : std::as_const(readiness.reasons)) {
        if (rank(reason.effect) > rank(worst))
            worst = reason.effect;
    }
    // With no repository at all there is nothing to judge.
    if (evidence.syncs.isEmpty() && evidence.heads.isEmpty() && rank(worst) < rank(Effect::Unknown))
        worst = Effect::Unknown;
    switch (worst) {
    case Effect::Go:
        readiness.verdict = Verdict::Go;
        add(Code::Green, Effect::Go, {},
            tr("No open blockers; %n required context(s) green on %1.", nullptr, greenRequired)
                .arg(evidence.releaseBranch));
        break;
    case Effect::Caution:
        readiness.verdict = Verdict::Caution;
        break;
    case Effect::NoGo:
        readiness.verdict = Verdict::NoGo;
        break;
    case Effect::Unknown:
        readiness.verdict = Verdict::Unknown;
        break;
    }
    // The reasons that decide the verdict first, each group in the order found.
    std::stable_sort(readiness.reasons.begin(), readiness.reasons.end(),
        [](const ReadinessReason &a, const ReadinessReason &b) { return rank(a.effect) > rank(b.effect); });
    return readiness;
}

QJsonArray ReleaseReadiness::reasonsJson() const
{
    QJsonArray array;
    for (const auto &reason : reasons) {
        QJsonObject entry {{QStringLiteral("code"), ReadinessReason::codeName(reason.code)},
            {QStringLiteral("text"), reason.text}};
        if (!reason.repository.isEmpty())
            entry.insert(QStringLiteral("repository"), reason.repository);
        if (reason.link.isValid())
            entry.insert(QStringLiteral("url"), reason.link.toString());
        array.append(entry);
    }
    return array;
}

QString ReleaseReadiness::summary() const
{
    switch (verdict) {
    case Verdict::Go:
        return tr("Go: no open blockers, release branch CI green");
    case Verdict::Caution:
        return tr("Caution: release branch CI still running or softened failures");
    case Verdict::NoGo:
        return tr("No-go: open blockers or failing CI");
    case Verdict::Unknown:
        return tr("Unknown: not enough evidence for a verdict");
    }
    return {};
}

QString ReleaseReadiness::verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Go:
        return QStringLiteral("go");
    case Verdict::Caution:
        return QStringLiteral("caution");
    case Verdict::NoGo:
        return QStringLiteral("no-go");
    case Verdict::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QStringList ReleaseReadiness::reasonTexts() const
{
    QStringList texts;
    for (const auto &reason : reasons)
        texts.append(reason.text);
    return texts;
}

} // namespace ReleaseDesk::Models
