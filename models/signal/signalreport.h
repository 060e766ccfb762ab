#pragma once

#include "releasereadiness.h"
#include "signal/contexthealth.h"
#include "signal/flakeledger.h"

#include "api/release.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace ReleaseDesk::Models {

struct SignalReport;

/// What a report said, kept so that the next one can say what changed since: the verdict, each
/// context's state per branch, the ledger (failing and flaky contexts with their tracking issues) and
/// the open blockers. Machine words only (status names, references), so a record reads the same in
/// every language.
struct SignalRecord
{
    struct Context
    {
        QString repository; ///< "owner/name"
        QString branch;
        QString context;
        QString status; ///< ContextHealth::statusName()

        friend bool operator==(const Context &, const Context &) = default;
    };
    struct Flake
    {
        QString repository;
        QString branch;
        QString context;
        QStringList issues; ///< "owner/name#number"

        friend bool operator==(const Flake &, const Flake &) = default;
    };

    QDateTime at;
    QString verdict; ///< ReleaseReadiness::verdictCode()
    QList<Context> contexts;
    QList<Flake> ledger;
    QStringList openBlockers; ///< "owner/name#number", sorted

    static SignalRecord of(const SignalReport &report);
    QJsonObject toJson() const;
    /// Missing or malformed fields are left empty.
    static SignalRecord fromJson(const QJsonObject &object);

    friend bool operator==(const SignalRecord &, const SignalRecord &) = default;
};

/// What changed between two reports: verdict, contexts whose state flipped, flakes and failures that
/// came or went or found a tracking issue, blockers opened and closed.
struct SignalChanges
{
    struct Flip
    {
        QString repository;
        QString branch;
        QString context;
        QString before; ///< status name; empty: not reported then
        QString after; ///< status name; empty: not reported now
    };

    QDateTime since; ///< the earlier report's time
    QString verdictBefore;
    QString verdictAfter;
    QList<Flip> flips;
    QList<SignalRecord::Flake> newInLedger;
    QList<SignalRecord::Flake> leftLedger;
    QList<SignalRecord::Flake> nowTracked; ///< in both, without an issue then, with one now
    QStringList blockersOpened;
    QStringList blockersClosed;

    bool isEmpty() const
    {
        return verdictBefore == verdictAfter && flips.isEmpty() && newInLedger.isEmpty()
            && leftLedger.isEmpty() && nowTracked.isEmpty() && blockersOpened.isEmpty()
            && blockersClosed.isEmpty();
    }
    static SignalChanges between(const SignalRecord &before, const SignalRecord &after);
};

/// What the weekly CI-signal report is made from, as the workspace holds it.
struct SignalInputs
{
    Api::Release release;
    QList<Api::Item> items; ///< the release's items (blockers)
    /// Issues that may track a failing or flaky context (the release's repositories, any milestone).
    QList<Api::Item> candidates;
    QueryContext context;
    ReleaseEvidence evidence;
    /// Heads and histories of the release and the main branch of each repository.
    QList<Api::BranchCi> heads;
    QList<Api::BranchHistory> histories;
    /// The last report recorded before this one (SignalStore::lastReportBefore), if any.
    std::optional<SignalRecord> previous;
};

/// The CI-signal report the Kubernetes release-signal role writes by hand each week: the verdict
/// with its reasons, blocking and informing contexts per branch with their streaks, flakes and
/// failures with the issues that track them, open blockers by priority.
struct SignalReport
{
    Q_DECLARE_TR_FUNCTIONS(SignalReport)

public:
    struct Context
    {
        ContextHealth health;
        bool blocking = false;
    };
    struct Branch
    {
        Api::RepositoryRef repository;
        QString branch;
        bool found = true;
        QString headSha;
        QList<Context> contexts;
        /// The branch's own light: its CI judged alone (blockers are the release's, not a branch's).
        ReleaseReadiness readiness;
    };

    QString release;
    QDateTime at;
    ReleaseReadiness readiness;
    QList<Branch> branches;
    QList<LedgerEntry> ledger;
    /// Open blockers per priority label value ("high", "critical-urgent"; "" for none), most first.
    QList<std::pair<QString, int>> blockersByPriority;
    /// CI health over time: the release branch's required contexts, all repositories together.
    QList<DailyPassRate> requiredPassRatePerDay;
    /// The open blockers, "owner/name#number", sorted.
    QStringList openBlockers;
    /// Since the previous report; nullopt when none was recorded.
    std::optional<SignalChanges> changes;

    static SignalReport build(const SignalInputs &inputs);
    /// CI health over time alone (requiredPassRatePerDay without the rest of the report): the runs of
    /// the release branch's required contexts per day, all repositories together.
    static QList<DailyPassRate> requiredPassRate(const SignalInputs &inputs);
    /// "Go", "Caution", "No-go" or "Unknown", translated.
    static QString verdictName(ReleaseReadiness::Verdict verdict);
    /// The Markdown section "what changed since the last report" alone (also part of toMarkdown()).
    QString changesMarkdown() const;
    /// Ready to paste into a channel or a GitHub issue.
    QString toMarkdown() const;
    QJsonObject toJson() const;
};

} // namespace ReleaseDesk::Models
