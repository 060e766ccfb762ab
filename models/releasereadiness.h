#pragma once

#include "itemquery.h"

#include "signal/releaseevidence.h"

#include "api/item.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace ReleaseDesk::Models {

/// One finding behind a verdict, with what it does to the verdict and, when there is one, a link.
struct ReadinessReason
{
    enum class Code {
        OpenBlockers,
        BlockingFailure,
        InformingFailure,
        Pending,
        NoReleaseBranch,
        BranchMissing,
        BranchNotRead,
        NoRequiredContexts,
        RequiredContextMissing,
        HistoryNotRead,
        Flaky,
        Recovering,
        Stale,
        NeverSynced,
        SyncFailed,
        Green,
    };
    enum class Effect { Go, Caution, NoGo, Unknown };

    Code code = Code::Green;
    Effect effect = Effect::Go;
    QString repository; ///< "owner/name", when the reason is about one
    QString text; ///< translated, complete sentence
    QUrl link;

    /// A stable name for machine-readable output ("no-release-branch").
    static QString codeName(Code code);

    friend bool operator==(const ReadinessReason &, const ReadinessReason &) = default;
};

/// The go/no-go verdict the Kubernetes release team gives a cut: open blockers and the release
/// branch's CI, split into blocking (required) and informing contexts, judged only on evidence:
/// missing, unreadable or old data gives Unknown, never Go.
struct ReleaseReadiness
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseReadiness)

public:
    enum class Verdict { Go, Caution, NoGo, Unknown };

    Verdict verdict = Verdict::Unknown;
    int openBlockers = 0;
    QStringList blockingFailures; ///< "repo: context"
    QStringList informingFailures;
    QStringList pending;
    QList<ReadinessReason> reasons;

    /// No-go when anything says no-go (an open blocker is a no-go however old the data); else
    /// Unknown when evidence is missing, old or unreadable; else Caution; else Go.
    static ReleaseReadiness evaluate(
        const QList<Api::Item> &items, const QueryContext &context, const ReleaseEvidence &evidence);
    QString summary() const;
    /// The reasons as `board --format json` and `signal --format json` print them.
    QJsonArray reasonsJson() const;
    /// "go", "caution", "no-go" or "unknown".
    static QString verdictCode(Verdict verdict);
    /// The reasons' texts, those that decide the verdict first.
    QStringList reasonTexts() const;

private:
    static void judgeHistory(ReleaseReadiness &readiness, const ReleaseEvidence &evidence,
        const Api::BranchCi &head, const QSet<QString> &required, bool requiredKnown);
};

} // namespace ReleaseDesk::Models
