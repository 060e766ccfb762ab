#include "signal/signalreport.h"
#include "untrustedtext.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace ReleaseDesk::Models {

using namespace Api;

namespace {
QString isoOrEmpty(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QString since(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return QStringLiteral("-");
    const auto minutes = then.secsTo(now) / 60;
    if (minutes < 120)
        return SignalReport::tr("%n minute(s)", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return SignalReport::tr("%n hour(s)", nullptr, int(minutes / 60));
    return SignalReport::tr("%n day(s)", nullptr, int(minutes / (24 * 60)));
}

QString verdictNameOf(const QString &code)
{
    for (const auto verdict : {ReleaseReadiness::Verdict::Go, ReleaseReadiness::Verdict::Caution,
             ReleaseReadiness::Verdict::NoGo, ReleaseReadiness::Verdict::Unknown}) {
        if (ReleaseReadiness::verdictCode(verdict) == code)
            return SignalReport::verdictName(verdict);
    }
    return SignalReport::tr("none recorded");
}

QString statusNameText(const QString &name)
{
    if (name.isEmpty())
        return SignalReport::tr("not reported");
    for (const auto status : {ContextHealth::Status::Healthy, ContextHealth::Status::Recovering,
             ContextHealth::Status::Flaky, ContextHealth::Status::Failing, ContextHealth::Status::NoRuns}) {
        if (ContextHealth::statusName(status) == name) {
            ContextHealth health;
            health.status = status;
            return health.statusText();
        }
    }
    return SignalReport::tr("unknown");
}

QString issueLink(const QString &reference, const QString &host)
{
    // "owner/name#number" from a record: linked on the release's host.
    static const QRegularExpression repository(QStringLiteral("^[A-Za-z0-9._-]+/[A-Za-z0-9._-]+$"));
    const auto hash = reference.lastIndexOf(QLatin1Char('#'));
    const auto number = reference.mid(hash + 1).toInt();
    if (hash <= 0 || number <= 0 || !repository.match(reference.left(hash)).hasMatch())
        return markdownTableCell(reference);
    return QStringLiteral("[%1](https://%2/%3/issues/%4)")
        .arg(markdownTableCell(reference), host, reference.left(hash))
        .arg(number);
}

QSet<QString> requiredOf(const BranchCi *head, const SignalSettings &settings)
{
    QSet<QString> required(settings.requiredContexts.cbegin(), settings.requiredContexts.cend());
    if (head && head->protectedContexts)
        required.unite(QSet<QString>(head->protectedContexts->cbegin(), head->protectedContexts->cend()));
    return required;
}

ReleaseEvidence branchEvidence(
    const SignalInputs &inputs, const RepositoryRef &repository, const QString &branch)
{
    ReleaseEvidence evidence;
    evidence.releaseBranch = branch;
    evidence.settings = inputs.evidence.settings;
    evidence.now = inputs.evidence.now;
    for (const auto &sync : inputs.evidence.syncs) {
        if (sync.repository == repository)
            evidence.syncs.append(sync);
    }
    const auto head = std::find_if(inputs.heads.cbegin(), inputs.heads.cend(),
        [&](const BranchCi &h) { return h.repository == repository && h.branch == branch; });
    if (head != inputs.heads.cend()) {
        evidence.heads.append(*head);
    } else {
        BranchCi unread;
        unread.repository = repository;
        unread.branch = branch;
        evidence.heads.append(unread);
    }
    for (const auto &history : inputs.histories) {
        if (history.repository == repository && history.branch == branch)
            evidence.histories.append(history);
    }
    return evidence;
}
} // namespace

SignalReport SignalReport::build(const SignalInputs &inputs)
{
    SignalReport report;
    report.release = inputs.release.name;
    report.at = inputs.evidence.now;
    report.readiness = ReleaseReadiness::evaluate(inputs.items, inputs.context, inputs.evidence);
    const auto &settings = inputs.evidence.settings;
    // Each repository's release branch (read or not: a branch never read or not cut is news), its main
    // branch when something of it was read, then any other history the inputs hold.
    QList<std::pair<RepositoryRef, QString>> shown;
    const auto hasHead = [&](const RepositoryRef &repository, const QString &branch) {
        return std::any_of(inputs.heads.cbegin(), inputs.heads.cend(),
            [&](const BranchCi &h) { return h.repository == repository && h.branch == branch; });
    };
    const auto hasHistory = [&](const RepositoryRef &repository, const QString &branch) {
        return std::any_of(inputs.histories.cbegin(), inputs.histories.cend(),
            [&](const BranchHistory &h) { return h.repository == repository && h.branch == branch; });
    };
    for (const auto &entry : inputs.release.repositories) {
        for (const auto &branch : {inputs.release.releaseBranch, inputs.release.mainBranch}) {
            if (branch.isEmpty() || shown.contains(std::pair {entry.repository, branch}))
                continue;
            if (branch == inputs.release.releaseBranch || hasHead(entry.repository, branch)
                || hasHistory(entry.repository, branch))
                shown.append({entry.repository, branch});
        }
    }
    for (const auto &history : inputs.histories) {
        if (!shown.contains(std::pair {history.repository, history.branch}))
            shown.append({history.repository, history.branch});
    }
    for (const auto &[repository, branchName] : std::as_const(shown)) {
        const auto head = std::find_if(inputs.heads.cbegin(), inputs.heads.cend(),
            [&](const BranchCi &h) { return h.repository == repository && h.branch == branchName; });
        const auto *headPointer = head == inputs.heads.cend() ? nullptr : &*head;
        const auto historyIt = std::find_if(inputs.histories.cbegin(), inputs.histories.cend(),
            [&](const BranchHistory &h) { return h.repository == repository && h.branch == branchName; });
        BranchHistory history;
        history.repository = repository;
        history.branch = branchName;
        if (historyIt != inputs.histories.cend())
            history = *historyIt;
        const auto required = requiredOf(headPointer, settings);
        Branch branch;
        branch.repository = repository;
        branch.branch = branchName;
        branch.found = headPointer ? headPointer->found : history.found;
        branch.headSha = history.commits.isEmpty() ? QString() : history.commits.first().oid;
        branch.readiness = ReleaseReadiness::evaluate({}, {}, branchEvidence(inputs, repository, branchName));
        const auto health = contextHealth(history, settings.criteria);
        for (const auto &context : health)
            branch.contexts.append({context, required.isEmpty() || required.contains(context.context)});
        std::stable_sort(branch.contexts.begin(), branch.contexts.end(),
            [](const Context &a, const Context &b) { return a.blocking > b.blocking; });
        report.branches.append(branch);
        // The ledger is about the release branch, where a cut is decided.
        if (branchName == inputs.release.releaseBranch)
            report.ledger.append(flakeLedger(repository, branchName, health, required, inputs.candidates));
    }
    report.requiredPassRatePerDay = requiredPassRate(inputs);
    QHash<QString, int> byPriority;
    for (const auto &item : inputs.items) {
        if (item.isOpen() && inputs.context.blockers.contains(item.key))
            ++byPriority[item.labelValue(u"priority/")];
    }
    for (auto it = byPriority.cbegin(); it != byPriority.cend(); ++it)
        report.blockersByPriority.append({it.key(), it.value()});
    std::sort(
        report.blockersByPriority.begin(), report.blockersByPriority.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
    for (const auto &item : inputs.items) {
        if (item.isOpen() && inputs.context.blockers.contains(item.key))
            report.openBlockers.append(item.key.reference());
    }
    report.openBlockers.sort();
    if (inputs.previous)
        report.changes = SignalChanges::between(*inputs.previous, SignalRecord::of(report));
    return report;
}

QList<DailyPassRate> SignalReport::requiredPassRate(const SignalInputs &inputs)
{
    QList<BranchHistory> releaseHistories;
    QHash<RepositoryRef, QSet<QString>> requiredByRepository;
    for (const auto &history : inputs.histories) {
        if (history.branch != inputs.release.releaseBranch)
            continue;
        releaseHistories.append(history);
        const auto head = std::find_if(inputs.heads.cbegin(), inputs.heads.cend(), [&](const BranchCi &h) {
            return h.repository == history.repository && h.branch == history.branch;
        });
        requiredByRepository.insert(history.repository,
            requiredOf(head == inputs.heads.cend() ? nullptr : &*head, inputs.evidence.settings));
    }
    // Without any list of required contexts every context counts as blocking (as in the report's tables).
    return passRatePerDay(releaseHistories, [&](const BranchHistory &history, const QString &context) {
        const auto required = requiredByRepository.value(history.repository);
        return required.isEmpty() || required.contains(context);
    });
}

QString SignalReport::verdictName(ReleaseReadiness::Verdict verdict)
{
    switch (verdict) {
    case ReleaseReadiness::Verdict::Go:
        return tr("Go");
    case ReleaseReadiness::Verdict::Caution:
        return tr("Caution");
    case ReleaseReadiness::Verdict::NoGo:
        return tr("No-go");
    case ReleaseReadiness::Verdict::Unknown:
        return tr("Unknown");
    }
    return {};
}

SignalRecord SignalRecord::of(const SignalReport &report)
{
    SignalRecord record;
    record.at = report.at;
    record.verdict = ReleaseReadiness::verdictCode(report.readiness.verdict);
    for (const auto &branch : report.branches) {
        for (const auto &context : branch.contexts)
            record.contexts.append({branch.repository.fullName(), branch.branch, context.health.context,
                ContextHealth::statusName(context.health.status)});
    }
    for (const auto &entry : report.ledger) {
        Flake flake {entry.repository.fullName(), entry.branch, entry.health.context, {}};
        for (const auto &key : entry.issues)
            flake.issues.append(key.reference());
        record.ledger.append(flake);
    }
    record.openBlockers = report.openBlockers;
    return record;
}

QJsonObject SignalRecord::toJson() const
{
    QJsonArray contextArray;
    for (const auto &context : contexts)
        contextArray.append(QJsonObject {{QStringLiteral("repository"), context.repository},
            {QStringLiteral("branch"), context.branch}, {QStringLiteral("context"), context.context},
            {QStringLiteral("status"), context.status}});
    QJsonArray ledgerArray;
    for (const auto &flake : ledger)
        ledgerArray.append(QJsonObject {{QStringLiteral("repository"), flake.repository},
            {QStringLiteral("branch"), flake.branch}, {QStringLiteral("context"), flake.context},
            {QStringLiteral("issues"), QJsonArray::fromStringList(flake.issues)}});
    return {{QStringLiteral("at"), isoOrEmpty(at)}, {QStringLiteral("verdict"), verdict},
        {QStringLiteral("contexts"), contextArray}, {QStringLiteral("ledger"), ledgerArray},
        {QStringLiteral("openBlockers"), QJsonArray::fromStringList(openBlockers)}};
}

SignalRecord SignalRecord::fromJson(const QJsonObject &object)
{
    SignalRecord record;
    const auto text = [](const QJsonValue &value, QStringView key) { return value[key].toString(); };
    const auto strings = [](const QJsonValue &value) {
        QStringList result;
        for (const auto &entry : value.toArray()) {
            if (entry.isString())
                result.append(entry.toString());
        }
        return result;
    };
    record.at = QDateTime::fromString(object.value(u"at").toString(), Qt::ISODate);
    if (record.at.isValid())
        record.at = record.at.toUTC();
    record.verdict = object.value(u"verdict").toString();
    for (const auto &entry : object.value(u"contexts").toArray())
        record.contexts.append({text(entry, u"repository"), text(entry, u"branch"), text(entry, u"context"),
            text(entry, u"status")});
    for (const auto &entry : object.value(u"ledger").toArray())
        record.ledger.append({text(entry, u"repository"), text(entry, u"branch"), text(entry, u"context"),
            strings(entry[u"issues"])});
    record.openBlockers = strings(object.value(u"openBlockers"));
    return record;
}

SignalChanges SignalChanges::between(const SignalRecord &before, const SignalRecord &after)
{
    SignalChanges changes;
    changes.since = before.at;
    changes.verdictBefore = before.verdict;
    changes.verdictAfter = after.verdict;
    const auto sameContext = [](const auto &a, const auto &b) {
        return a.repository == b.repository && a.branch == b.branch && a.context == b.context;
    };
    // In the order of the newer report, then what it no longer shows.
    for (const auto &now : after.contexts) {
        const auto then = std::find_if(before.contexts.cbegin(), before.contexts.cend(),
            [&](const SignalRecord::Context &c) { return sameContext(c, now); });
        const auto was = then == before.contexts.cend() ? QString() : then->status;
        if (was != now.status)
            changes.flips.append({now.repository, now.branch, now.context, was, now.status});
    }
    for (const auto &then : before.contexts) {
        if (std::none_of(after.contexts.cbegin(), after.contexts.cend(),
                [&](const SignalRecord::Context &c) { return sameContext(c, then); }))
            changes.flips.append({then.repository, then.branch, then.context, then.status, {}});
    }
    for (const auto &now : after.ledger) {
        const auto then = std::find_if(before.ledger.cbegin(), before.ledger.cend(),
            [&](const SignalRecord::Flake &f) { return sameContext(f, now); });
        if (then == before.ledger.cend())
            changes.newInLedger.append(now);
        else if (then->issues.isEmpty() && !now.issues.isEmpty())
            changes.nowTracked.append(now);
    }
    for (const auto &then : before.ledger) {
        if (std::none_of(after.ledger.cbegin(), after.ledger.cend(),
                [&](const SignalRecord::Flake &f) { return sameContext(f, then); }))
            changes.leftLedger.append(then);
    }
    for (const auto &key : after.openBlockers) {
        if (!before.openBlockers.contains(key))
            changes.blockersOpened.append(key);
    }
    for (const auto &key : before.openBlockers) {
        if (!after.openBlockers.contains(key))
            changes.blockersClosed.append(key);
    }
    return changes;
}

QString SignalReport::toMarkdown() const
{
    QString out;
    out += QStringLiteral("## ") + tr("Release signal: %1").arg(markdownTableCell(release))
        + QStringLiteral("\n\n");
    out += tr("As of %1 (UTC).").arg(at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        + QStringLiteral("\n\n");
    out += QStringLiteral("**") + readiness.summary() + QStringLiteral("**\n\n");
    for (const auto &reason : readiness.reasons) {
        out += QStringLiteral("- ") + markdownTableCell(reason.text);
        if (reason.link.isValid())
            out += QStringLiteral(" ([%1](%2))").arg(tr("link"), reason.link.toString(QUrl::FullyEncoded));
        out += QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
    out += changesMarkdown();
    if (!branches.isEmpty()) {
        // One light per branch: the four verdicts side by side, each with what decides it.
        out += QStringLiteral("### ") + tr("Light per branch") + QStringLiteral("\n\n");
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(tr("Branch"), tr("Repository"), tr("Light"), tr("Because"));
        out += QStringLiteral("| --- | --- | --- | --- |\n");
        for (const auto &branch : branches) {
            QString because;
            if (branch.readiness.verdict == ReleaseReadiness::Verdict::Go) {
                const auto healthy
                    = std::count_if(branch.contexts.cbegin(), branch.contexts.cend(), [](const Context &c) {
                          return c.blocking && c.health.status == ContextHealth::Status::Healthy;
                      });
                because = tr("%n blocking context(s) healthy.", nullptr, int(healthy));
            } else if (!branch.readiness.reasons.isEmpty()) {
                because = branch.readiness.reasons.constFirst().text;
                if (branch.readiness.reasons.size() > 1)
                    because += QLatin1Char(' ')
                        + tr("(and %n more)", nullptr, int(branch.readiness.reasons.size() - 1));
            }
            out += QStringLiteral("| %1 | %2 | **%3** | %4 |\n")
                       .arg(markdownTableCell(branch.branch), branch.repository.fullName(),
                           verdictName(branch.readiness.verdict), markdownTableCell(because));
        }
        out += QLatin1Char('\n');
    }
    for (const auto &branch : branches) {
        out += QStringLiteral("### ") + tr("%1 on %2").arg(branch.branch, branch.repository.fullName())
            + QStringLiteral("\n\n");
        if (!branch.found || branch.contexts.isEmpty()) {
            out += (branch.found ? tr("No CI runs read.") : tr("The branch does not exist on GitHub."))
                + QStringLiteral("\n\n");
            continue;
        }
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                   .arg(tr("Context"), tr("Kind"), tr("Status"), tr("Streak"), tr("Pass rate"), tr("Runs"),
                       tr("Last failure"), tr("Since green"));
        out += QStringLiteral("| --- | --- | --- | ---: | ---: | --- | --- | ---: |\n");
        for (const auto &context : branch.contexts) {
            const auto &health = context.health;
            const auto rate = health.passRate() < 0
                ? QStringLiteral("-")
                : QStringLiteral("%1%").arg(qRound(health.passRate() * 100));
            const auto failure = health.lastFailureAt.isValid()
                ? QStringLiteral("[%1](%2)")
                      .arg(health.lastFailureAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          health.lastFailureUrl.toString(QUrl::FullyEncoded))
                : QStringLiteral("-");
            // The window as a sparkline a chat renders: one mark per run, oldest first.
            QString runs = health.outcomes;
            runs.replace(QLatin1Char('+'), QChar(0x2713)).replace(QLatin1Char('-'), QChar(0x2717));
            out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                       .arg(markdownTableCell(health.context),
                           context.blocking ? tr("blocking") : tr("informing"), health.statusText(),
                           QString::number(health.streak), rate, runs.isEmpty() ? QStringLiteral("-") : runs,
                           failure, since(health.lastGreenAt, at));
        }
        out += QLatin1Char('\n');
    }
    out += QStringLiteral("### ") + tr("Flakes and failures") + QStringLiteral("\n\n");
    if (ledger.isEmpty())
        out += tr("None on the release branch.") + QStringLiteral("\n\n");
    for (const auto &entry : ledger) {
        QStringList issues;
        for (const auto &key : entry.issues)
            issues.append(QStringLiteral("[%1](https://%2/%3/issues/%4)")
                              .arg(key.shortReference(), key.repository.host, key.repository.fullName())
                              .arg(key.number));
        out += QStringLiteral("- %1: %2 (%3), %4\n")
                   .arg(markdownTableCell(entry.repository.name + QStringLiteral(" ") + entry.health.context),
                       entry.health.statusText(), entry.blocking ? tr("blocking") : tr("informing"),
                       issues.isEmpty() ? tr("**no tracking issue**") : issues.join(QStringLiteral(", ")));
    }
    if (!ledger.isEmpty())
        out += QLatin1Char('\n');
    out += QStringLiteral("### ") + tr("Required CI pass rate per day") + QStringLiteral("\n\n");
    if (requiredPassRatePerDay.isEmpty())
        out += tr("No runs of required contexts read.") + QStringLiteral("\n");
    for (const auto &day : requiredPassRatePerDay)
        out += QStringLiteral("- %1: %2% (%3)\n")
                   .arg(day.day.toString(Qt::ISODate))
                   .arg(qRound(day.rate() * 100))
                   .arg(tr("%1 of %n run(s) passed", nullptr, day.passed + day.failed).arg(day.passed));
    out += QLatin1Char('\n');
    out += QStringLiteral("### ") + tr("Open blockers by priority") + QStringLiteral("\n\n");
    if (blockersByPriority.isEmpty())
        out += tr("None.") + QLatin1Char('\n');
    for (const auto &[priority, count] : blockersByPriority)
        out += QStringLiteral("- %1: %2\n")
                   .arg(priority.isEmpty() ? tr("no priority") : markdownTableCell(priority))
                   .arg(count);
    return out;
}

QString SignalReport::changesMarkdown() const
{
    QString out;
    if (!changes) {
        out += QStringLiteral("### ") + tr("What changed since the last report") + QStringLiteral("\n\n");
        out += tr("No earlier report is recorded: the next one will say what changed since this one.")
            + QStringLiteral("\n\n");
        return out;
    }
    out += QStringLiteral("### ")
        + tr("What changed since the report of %1 (UTC)")
              .arg(changes->since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        + QStringLiteral("\n\n");
    if (changes->isEmpty()) {
        out += tr("Nothing changed.") + QStringLiteral("\n\n");
        return out;
    }
    QString host = QStringLiteral("github.com");
    if (!branches.isEmpty())
        host = branches.constFirst().repository.host;
    if (changes->verdictBefore != changes->verdictAfter)
        out += QStringLiteral("- ")
            + tr("Verdict: %1 → %2")
                  .arg(verdictNameOf(changes->verdictBefore), verdictNameOf(changes->verdictAfter))
            + QLatin1Char('\n');
    for (const auto &flip : changes->flips)
        out += QStringLiteral("- ")
            + tr("%1 on %2 (%3): %4 → %5")
                  .arg(markdownTableCell(flip.context), markdownTableCell(flip.branch),
                      markdownTableCell(flip.repository), statusNameText(flip.before),
                      statusNameText(flip.after))
            + QLatin1Char('\n');
    const auto flakeText = [&](const SignalRecord::Flake &flake) {
        QStringList issues;
        for (const auto &reference : flake.issues)
            issues.append(issueLink(reference, host));
        return tr("%1 on %2 (%3)")
                   .arg(markdownTableCell(flake.context), markdownTableCell(flake.branch),
                       markdownTableCell(flake.repository))
            + QStringLiteral(", ")
            + (issues.isEmpty() ? tr("**no tracking issue**") : issues.join(QStringLiteral(", ")));
    };
    for (const auto &flake : changes->newInLedger)
        out += QStringLiteral("- ") + tr("New flake or failure: %1").arg(flakeText(flake))
            + QLatin1Char('\n');
    for (const auto &flake : changes->nowTracked)
        out += QStringLiteral("- ") + tr("Tracked now: %1").arg(flakeText(flake)) + QLatin1Char('\n');
    for (const auto &flake : changes->leftLedger)
        out += QStringLiteral("- ")
            + tr("No longer failing or flaky: %1 on %2 (%3)")
                  .arg(markdownTableCell(flake.context), markdownTableCell(flake.branch),
                      markdownTableCell(flake.repository))
            + QLatin1Char('\n');
    const auto references = [&](const QStringList &list) {
        QStringList links;
        for (const auto &reference : list)
            links.append(issueLink(reference, host));
        return links.join(QStringLiteral(", "));
    };
    if (!changes->blockersOpened.isEmpty())
        out += QStringLiteral("- ")
            + tr("%n blocker(s) opened or added: %1", nullptr, int(changes->blockersOpened.size()))
                  .arg(references(changes->blockersOpened))
            + QLatin1Char('\n');
    if (!changes->blockersClosed.isEmpty())
        out += QStringLiteral("- ")
            + tr("%n blocker(s) closed or removed: %1", nullptr, int(changes->blockersClosed.size()))
                  .arg(references(changes->blockersClosed))
            + QLatin1Char('\n');
    out += QLatin1Char('\n');
    return out;
}

QJsonObject SignalReport::toJson() const
{
    const auto reasons = readiness.reasonsJson();
    QJsonArray branchArray;
    for (const auto &branch : branches) {
        QJsonArray contexts;
        for (const auto &context : branch.contexts) {
            const auto &health = context.health;
            contexts.append(QJsonObject {{QStringLiteral("name"), health.context},
                {QStringLiteral("blocking"), context.blocking},
                {QStringLiteral("status"), ContextHealth::statusName(health.status)},
                {QStringLiteral("streak"), health.streak}, {QStringLiteral("runs"), health.runs},
                {QStringLiteral("passed"), health.passed}, {QStringLiteral("failed"), health.failed},
                {QStringLiteral("outcomes"), health.outcomes},
                {QStringLiteral("rerunFlake"), health.failedThenPassedOnOneCommit},
                {QStringLiteral("lastGreenAt"), isoOrEmpty(health.lastGreenAt)},
                {QStringLiteral("lastFailureAt"), isoOrEmpty(health.lastFailureAt)},
                {QStringLiteral("lastFailureUrl"), health.lastFailureUrl.toString()},
                {QStringLiteral("lastFailureCommit"), health.lastFailureCommit}});
        }
        branchArray.append(QJsonObject {{QStringLiteral("repository"), branch.repository.fullName()},
            {QStringLiteral("branch"), branch.branch}, {QStringLiteral("found"), branch.found},
            {QStringLiteral("head"), branch.headSha}, {QStringLiteral("contexts"), contexts},
            {QStringLiteral("verdict"), ReleaseReadiness::verdictCode(branch.readiness.verdict)},
            {QStringLiteral("reasons"), branch.readiness.reasonsJson()}});
    }
    QJsonArray ledgerArray;
    for (const auto &entry : ledger) {
        QJsonArray issues;
        for (const auto &key : entry.issues)
            issues.append(key.reference());
        ledgerArray.append(QJsonObject {{QStringLiteral("repository"), entry.repository.fullName()},
            {QStringLiteral("branch"), entry.branch}, {QStringLiteral("context"), entry.health.context},
            {QStringLiteral("status"), ContextHealth::statusName(entry.health.status)},
            {QStringLiteral("blocking"), entry.blocking}, {QStringLiteral("issues"), issues},
            {QStringLiteral("tracked"), entry.isTracked()}});
    }
    QJsonObject blockers;
    for (const auto &[priority, count] : blockersByPriority)
        blockers.insert(priority.isEmpty() ? QStringLiteral("none") : priority, count);
    QJsonArray days;
    for (const auto &day : requiredPassRatePerDay)
        days.append(QJsonObject {{QStringLiteral("day"), day.day.toString(Qt::ISODate)},
            {QStringLiteral("passed"), day.passed}, {QStringLiteral("failed"), day.failed}});
    QJsonValue changed; // null: no earlier report recorded
    if (changes) {
        const auto flakes = [](const QList<SignalRecord::Flake> &list) {
            QJsonArray array;
            for (const auto &flake : list)
                array.append(QJsonObject {{QStringLiteral("repository"), flake.repository},
                    {QStringLiteral("branch"), flake.branch}, {QStringLiteral("context"), flake.context},
                    {QStringLiteral("issues"), QJsonArray::fromStringList(flake.issues)}});
            return array;
        };
        QJsonArray flips;
        for (const auto &flip : changes->flips)
            flips.append(QJsonObject {{QStringLiteral("repository"), flip.repository},
                {QStringLiteral("branch"), flip.branch}, {QStringLiteral("context"), flip.context},
                {QStringLiteral("before"), flip.before.isEmpty() ? QJsonValue() : QJsonValue(flip.before)},
                {QStringLiteral("after"), flip.after.isEmpty() ? QJsonValue() : QJsonValue(flip.after)}});
        changed = QJsonObject {{QStringLiteral("since"), isoOrEmpty(changes->since)},
            {QStringLiteral("verdictBefore"), changes->verdictBefore},
            {QStringLiteral("verdictAfter"), changes->verdictAfter}, {QStringLiteral("contexts"), flips},
            {QStringLiteral("newInLedger"), flakes(changes->newInLedger)},
            {QStringLiteral("nowTracked"), flakes(changes->nowTracked)},
            {QStringLiteral("leftLedger"), flakes(changes->leftLedger)},
            {QStringLiteral("blockersOpened"), QJsonArray::fromStringList(changes->blockersOpened)},
            {QStringLiteral("blockersClosed"), QJsonArray::fromStringList(changes->blockersClosed)}};
    }
    return {{QStringLiteral("release"), release}, {QStringLiteral("at"), isoOrEmpty(at)},
        {QStringLiteral("changesSinceLastReport"), changed},
        {QStringLiteral("openBlockers"), QJsonArray::fromStringList(openBlockers)},
        {QStringLiteral("requiredPassRatePerDay"), days},
        {QStringLiteral("verdict"), ReleaseReadiness::verdictCode(readiness.verdict)},
        {QStringLiteral("summary"), readiness.summary()}, {QStringLiteral("reasons"), reasons},
        {QStringLiteral("branches"), branchArray}, {QStringLiteral("ledger"), ledgerArray},
        {QStringLiteral("openBlockersByPriority"), blockers}};
}

} // namespace ReleaseDesk::Models
