#include "signal/signalreport.h"

#include <QJsonArray>
#include <QLocale>

namespace ReleaseDesk::Models {

using namespace Api;

namespace {
// Markdown tables break on "|" and line breaks; GitHub text may contain both.
QString cell(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1StringView("\\\\"));
    text.replace(QLatin1Char('|'), QLatin1StringView("\\|"));
    text.replace(QLatin1Char('<'), QLatin1StringView("&lt;"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

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

QSet<QString> requiredOf(const BranchCi *head, const SignalSettings &settings)
{
    QSet<QString> required(settings.requiredContexts.cbegin(), settings.requiredContexts.cend());
    if (head && head->protectedContexts)
        required.unite(QSet<QString>(head->protectedContexts->cbegin(), head->protectedContexts->cend()));
    return required;
}
} // namespace

SignalReport SignalReport::build(const SignalInputs &inputs)
{
    SignalReport report;
    report.release = inputs.release.name;
    report.at = inputs.evidence.now;
    report.readiness = ReleaseReadiness::evaluate(inputs.items, inputs.context, inputs.evidence);
    const auto &settings = inputs.evidence.settings;
    for (const auto &history : inputs.histories) {
        const auto head = std::find_if(inputs.heads.cbegin(), inputs.heads.cend(), [&](const BranchCi &h) {
            return h.repository == history.repository && h.branch == history.branch;
        });
        const auto *headPointer = head == inputs.heads.cend() ? nullptr : &*head;
        const auto required = requiredOf(headPointer, settings);
        Branch branch;
        branch.repository = history.repository;
        branch.branch = history.branch;
        branch.found = headPointer ? headPointer->found : history.found;
        branch.headSha = history.commits.isEmpty() ? QString() : history.commits.first().oid;
        const auto health = contextHealth(history, settings.criteria);
        for (const auto &context : health)
            branch.contexts.append({context, required.isEmpty() || required.contains(context.context)});
        std::stable_sort(branch.contexts.begin(), branch.contexts.end(),
            [](const Context &a, const Context &b) { return a.blocking > b.blocking; });
        report.branches.append(branch);
        // The ledger is about the release branch, where a cut is decided.
        if (history.branch == inputs.release.releaseBranch)
            report.ledger.append(
                flakeLedger(history.repository, history.branch, health, required, inputs.candidates));
    }
    QList<BranchHistory> releaseHistories;
    QHash<RepositoryRef, QSet<QString>> requiredByRepository;
    for (const auto &branch : std::as_const(report.branches)) {
        if (branch.branch != inputs.release.releaseBranch)
            continue;
        for (const auto &context : branch.contexts) {
            if (context.blocking)
                requiredByRepository[branch.repository].insert(context.health.context);
        }
    }
    for (const auto &history : inputs.histories) {
        if (history.branch == inputs.release.releaseBranch)
            releaseHistories.append(history);
    }
    report.requiredPassRatePerDay
        = passRatePerDay(releaseHistories, [&](const BranchHistory &history, const QString &context) {
              return requiredByRepository.value(history.repository).contains(context);
          });
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
    return report;
}

QString SignalReport::toMarkdown() const
{
    QString out;
    out += QStringLiteral("## ") + tr("Release signal: %1").arg(cell(release)) + QStringLiteral("\n\n");
    out += tr("As of %1 (UTC).").arg(at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        + QStringLiteral("\n\n");
    out += QStringLiteral("**") + readiness.summary() + QStringLiteral("**\n\n");
    for (const auto &reason : readiness.reasons) {
        out += QStringLiteral("- ") + cell(reason.text);
        if (reason.link.isValid())
            out += QStringLiteral(" ([%1](%2))").arg(tr("link"), reason.link.toString(QUrl::FullyEncoded));
        out += QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
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
                       .arg(cell(health.context), context.blocking ? tr("blocking") : tr("informing"),
                           health.statusText(), QString::number(health.streak), rate,
                           runs.isEmpty() ? QStringLiteral("-") : runs, failure,
                           since(health.lastGreenAt, at));
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
                   .arg(cell(entry.repository.name + QStringLiteral(" ") + entry.health.context),
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
                   .arg(priority.isEmpty() ? tr("no priority") : cell(priority))
                   .arg(count);
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
            {QStringLiteral("head"), branch.headSha}, {QStringLiteral("contexts"), contexts}});
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
    return {{QStringLiteral("release"), release}, {QStringLiteral("at"), isoOrEmpty(at)},
        {QStringLiteral("requiredPassRatePerDay"), days},
        {QStringLiteral("verdict"), ReleaseReadiness::verdictCode(readiness.verdict)},
        {QStringLiteral("summary"), readiness.summary()}, {QStringLiteral("reasons"), reasons},
        {QStringLiteral("branches"), branchArray}, {QStringLiteral("ledger"), ledgerArray},
        {QStringLiteral("openBlockersByPriority"), blockers}};
}

} // namespace ReleaseDesk::Models
