// The demo's release: repositories, milestones, labels, items and the daily snapshots.

#include "demo/demogenerator.h"

#include "releasesetupflow.h"
#include "signal/demohistory.h"

#include <algorithm>
#include <cmath>
namespace ReleaseDesk::Models::Demo {

DemoWorkspace Generator::run()
{
    const auto kubesphere = RepositoryRef {
        QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("kubesphere")};
    const auto console = RepositoryRef {
        QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("console")};
    const auto installer = RepositoryRef {
        QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("ks-installer")};
    const QList<RepoPlan> plans = {
        {kubesphere, 6101, 170, QStringLiteral("v4.1.3"),
            {QStringLiteral("pull-kubesphere-unit-test"), QStringLiteral("pull-kubesphere-verify"),
                QStringLiteral("pull-kubesphere-build")},
            {QStringLiteral("pull-kubesphere-e2e-test"), QStringLiteral("pull-kubesphere-image-scan")},
            CiContext::Source::StatusContext},
        {console, 4301, 140, QStringLiteral("v4.1.3"),
            {QStringLiteral("build"), QStringLiteral("lint"), QStringLiteral("unit-test")},
            {QStringLiteral("e2e (chrome)"), QStringLiteral("e2e (firefox)")}, CiContext::Source::CheckRun},
        // Milestone titles are inconsistent in practice; the release matches them leniently.
        {installer, 2251, 60, QStringLiteral("4.1.3"), {QStringLiteral("pull-ks-installer-verify")},
            {QStringLiteral("pull-ks-installer-e2e")}, CiContext::Source::StatusContext},
    };

    auto &release = m_demo.release;
    release.name = QStringLiteral("v4.1.3");
    release.releaseBranch = QStringLiteral("release-4.1");
    release.mainBranch = QStringLiteral("master");
    release.featureFreeze = m_today.addDays(-20);
    release.codeFreeze = m_today.addDays(-6);
    release.releaseDate = m_today.addDays(10);
    // The KubeSphere preset: high-priority bugs block.
    release.blockerRule = ReleaseSetupFlow::blockerRulePresets().constFirst().expression;
    for (const auto &plan : plans)
        release.repositories.append({plan.repository, {plan.milestone}});

    const QList<QPair<QString, QString>> catalog = {
        {QStringLiteral("kind/bug"), QStringLiteral("d73a4a")},
        {QStringLiteral("kind/feature"), QStringLiteral("a2eeef")},
        {QStringLiteral("kind/cleanup"), QStringLiteral("c5def5")},
        {QStringLiteral("kind/documentation"), QStringLiteral("0075ca")},
        {QStringLiteral("priority/high"), QStringLiteral("b60205")},
        {QStringLiteral("priority/medium"), QStringLiteral("fbca04")},
        {QStringLiteral("priority/low"), QStringLiteral("0e8a16")},
        {QStringLiteral("release-note"), QStringLiteral("c2e0c6")},
        {QStringLiteral("release-note-none"), QStringLiteral("ededed")},
        {QStringLiteral("release-notes-none"), QStringLiteral("ededed")},
        {QStringLiteral("release-note-action-required"), QStringLiteral("e11d21")},
        {QStringLiteral("do-not-merge/release-note-label-needed"), QStringLiteral("e11d21")},
        {QStringLiteral("do-not-merge/hold"), QStringLiteral("e11d21")},
        {QStringLiteral("do-not-merge/work-in-progress"), QStringLiteral("e11d21")},
        {QStringLiteral("lgtm"), QStringLiteral("15dd18")},
        {QStringLiteral("approved"), QStringLiteral("0ffa16")},
        {QStringLiteral("cherry-pick-approved"), QStringLiteral("fef2c0")},
        {QStringLiteral("kind/flake"), QStringLiteral("f9d0c4")},
    };
    for (const auto &[name, color] : catalog)
        m_labelCatalog.insert(name, {name, color, QString()});
    for (const auto &area : areas)
        m_labelCatalog.insert(QString::fromLatin1(area.label),
            {QString::fromLatin1(area.label), QStringLiteral("0052cc"), QString()});

    const auto historyStart = m_today.addDays(-90);
    QList<Item> items;
    for (const auto &plan : plans) {
        QList<Label> repoLabels = m_labelCatalog.values();
        std::sort(repoLabels.begin(), repoLabels.end(),
            [](const Label &a, const Label &b) { return a.name < b.name; });
        m_demo.labels.insert(plan.repository, repoLabels);
        m_demo.milestones.insert(plan.repository,
            QList<Milestone> {{41, QStringLiteral("v4.1.2"), false,
                                  QDateTime(historyStart.addDays(-10), QTime(0, 0), QTimeZone::UTC)},
                {42, plan.milestone, true, QDateTime(release.releaseDate, QTime(0, 0), QTimeZone::UTC)},
                {43, QStringLiteral("v4.2.0"), true, QDateTime()}});

        QList<Item> repoItems;
        for (int i = 0; i < plan.itemCount; ++i) {
            // Creation spreads over three months, denser towards the freeze as in real releases.
            // The first item opens the history on its first day.
            const auto offset = i == 0 ? 0 : int(90 * std::sqrt(m_random.generateDouble()));
            repoItems.append(makeItem(plan, historyStart.addDays(offset)));
        }
        std::stable_sort(repoItems.begin(), repoItems.end(),
            [](const Item &a, const Item &b) { return a.createdAt < b.createdAt; });
        int number = plan.firstNumber;
        for (auto &item : repoItems) {
            item.key.number = number++;
            item.url = QUrl(QStringLiteral("https://github.com/%1/%2/%3")
                                .arg(plan.repository.fullName(),
                                    item.isPullRequest() ? QStringLiteral("pull") : QStringLiteral("issues"))
                                .arg(item.key.number));
            // Most items are in the release milestone; some were planned for the next one.
            item.milestone = chance(0.9) ? plan.milestone : QStringLiteral("v4.2.0");
            if (item.isPullRequest()) {
                item.headRef = QStringLiteral("%1/fix-%2").arg(item.author).arg(item.key.number);
                item.ciContexts = ciFor(plan, item);
            }
        }
        // PRs fix issues of the same repository: closing references both ways round the board.
        QList<int> bugIssues;
        for (int i = 0; i < repoItems.size(); ++i) {
            if (!repoItems[i].isPullRequest()
                && repoItems[i].labelValue(u"kind/") == QLatin1StringView("bug"))
                bugIssues.append(i);
        }
        for (auto &item : repoItems) {
            if (!item.isPullRequest() || item.labelValue(u"kind/") != QLatin1StringView("bug")
                || bugIssues.isEmpty() || !chance(0.6))
                continue;
            const auto &issue = repoItems[pick(bugIssues)];
            if (issue.createdAt > item.createdAt)
                continue;
            item.links.append({ItemLink::Kind::Closes, issue.key});
            item.body.replace(
                QStringLiteral("Fixes #\n"), QStringLiteral("Fixes #%1\n").arg(issue.key.number));
            item.body.replace(
                QStringLiteral("Fixes #\r\n"), QStringLiteral("Fixes #%1\r\n").arg(issue.key.number));
        }
        int nextNumber = number;
        addCherryPicks(repoItems, plan, nextNumber);
        items.append(repoItems);
    }

    // Timeline: scope changes and state changes that the metrics replay.
    for (const auto &item : std::as_const(items)) {
        auto when = item.createdAt.addSecs(60 * between(1, 600));
        for (const auto &itemLabel : item.labels) {
            addEvent(item, TimelineEvent::Kind::Labeled, when, itemLabel.name);
            when = when.addSecs(between(5, 300));
        }
        const auto added = item.createdAt.addSecs(3600 * between(1, 72));
        const auto milestoneDay = std::min(added, item.closedAt.isValid() ? item.closedAt : added);
        if (chance(0.08)) {
            // Scope churn: moved out of an earlier milestone first.
            addEvent(
                item, TimelineEvent::Kind::Milestoned, milestoneDay.addSecs(-7200), QStringLiteral("v4.1.2"));
            addEvent(item, TimelineEvent::Kind::Demilestoned, milestoneDay.addSecs(-3600),
                QStringLiteral("v4.1.2"));
        }
        addEvent(item, TimelineEvent::Kind::Milestoned, milestoneDay, item.milestone);
        if (item.milestone == QLatin1StringView("v4.2.0") && chance(0.5)) {
            // Descoped from the release after the feature freeze.
            addEvent(item, TimelineEvent::Kind::Demilestoned, milestoneDay.addSecs(60), release.name);
        }
        if (item.state == Item::State::Merged)
            addEvent(
                item, TimelineEvent::Kind::Merged, item.mergedAt, item.baseRef, QStringLiteral("ks-ci-bot"));
        if (item.closedAt.isValid()) {
            if (chance(0.05)) {
                addEvent(item, TimelineEvent::Kind::Closed, item.closedAt.addSecs(-7200), QString());
                addEvent(item, TimelineEvent::Kind::Reopened, item.closedAt.addSecs(-3600), QString());
            }
            addEvent(item, TimelineEvent::Kind::Closed, item.closedAt, QString());
        }
    }
    std::stable_sort(m_demo.events.begin(), m_demo.events.end(),
        [](const TimelineEvent &a, const TimelineEvent &b) { return a.at < b.at; });
    m_demo.items = items;

    // Branch heads: the release branch is mostly green with one flaky informing job.
    for (const auto &plan : plans) {
        for (const auto &branch : {release.releaseBranch, release.mainBranch}) {
            BranchCi head;
            head.repository = plan.repository;
            head.branch = branch;
            head.headSha = QString::number(m_random.generate64(), 16).rightJustified(16, QLatin1Char('0'))
                + QString::number(m_random.generate64(), 16).rightJustified(16, QLatin1Char('0'));
            Item stand;
            stand.key = {plan.repository, 0};
            stand.state = Item::State::Merged;
            stand.updatedAt = QDateTime(m_today, QTime(6, 0), QTimeZone::UTC);
            head.contexts = ciFor(plan, stand);
            head.protectedContexts = plan.requiredJobs;
            head.readAt = QDateTime(m_today, QTime(6, 0), QTimeZone::UTC);
            if (branch == release.releaseBranch && plan.repository == installer) {
                // The installer cuts its release branch last: not there yet, so the light cannot be
                // green however the rest looks (GitHub answers null for it).
                head.found = false;
                head.headSha.clear();
                head.contexts.clear();
                head.protectedContexts.reset();
                m_demo.branchCi.append(head);
                continue;
            }
            if (branch == release.mainBranch || plan.repository == kubesphere) {
                // Green where the demo needs a Go (master) and a Caution (kubesphere's release branch,
                // whose unit tests failed two commits back: signal/demohistory.cpp): a random red job
                // would hide them behind a No-go.
                for (auto &context : head.contexts)
                    context.rawState = QStringLiteral("SUCCESS");
            }
            if (branch == release.releaseBranch && plan.repository == console) {
                // The console's informing end-to-end jobs show the release signal: chrome is flaky
                // (signal/demohistory.cpp gives it a re-run), firefox fails at the head.
                for (const auto &[job, state] :
                    {std::pair {QStringLiteral("e2e (chrome)"), QStringLiteral("SUCCESS")},
                        std::pair {QStringLiteral("e2e (firefox)"), QStringLiteral("FAILURE")}}) {
                    auto it = std::find_if(head.contexts.begin(), head.contexts.end(),
                        [&](const CiContext &context) { return context.name == job; });
                    if (it == head.contexts.end()) {
                        CiContext context
                            = head.contexts.isEmpty() ? CiContext() : head.contexts.constFirst();
                        context.name = job;
                        context.required = false;
                        head.contexts.append(context);
                        it = head.contexts.end() - 1;
                    }
                    it->rawState = state;
                }
            }
            m_demo.branchCi.append(head);
        }
    }

    m_demo.branchHistories = demoBranchHistories(m_demo.branchCi);
    // The flake ledger's two cases: chrome's flake is tracked by an issue in the Kubernetes convention
    // (in no milestone, as such issues are: the ledger looks across the repository), firefox's failure
    // by none, so "File Issue..." has something to do.
    {
        Item flake;
        flake.key = {console, 4301 + 140 + 400};
        flake.kind = Item::Kind::Issue;
        flake.state = Item::State::Open;
        flake.title
            = QStringLiteral("[Flaky Test] e2e (chrome) fails now and then on %1").arg(release.releaseBranch);
        flake.url = QUrl(
            QStringLiteral("https://github.com/%1/issues/%2").arg(console.fullName()).arg(flake.key.number));
        flake.author = QStringLiteral("ava-ui");
        flake.createdAt = QDateTime(m_today.addDays(-5), QTime(9, 30), QTimeZone::UTC);
        flake.updatedAt = flake.createdAt.addSecs(2 * 3600);
        flake.labels = {label(QStringLiteral("kind/flake"))};
        flake.body = QStringLiteral(
            "**Which jobs are flaking:**\ne2e (chrome)\n\n**Which tests are flaking:**\nWorkspace list "
            "page > pagination\n\n**Since when has it been flaking:**\nLast week, on %1.\n")
                         .arg(release.releaseBranch);
        m_demo.items.append(flake);
    }

    // Snapshots as if the app had been syncing daily for the last four weeks.
    int blockers = between(3, 6);
    int failing = between(8, 14);
    for (int day = 28; day >= 0; --day) {
        const auto date = m_today.addDays(-day);
        blockers = std::max(0, blockers + between(-1, 1));
        failing = std::max(0, failing + between(-2, 2));
        m_demo.snapshots.append({date, QStringLiteral("blockers.open"), double(blockers)});
        m_demo.snapshots.append({date, QStringLiteral("ci.prs_failing"), double(failing)});
        m_demo.snapshots.append({date, QStringLiteral("ci.release_branch_failing"), double(between(0, 2))});
    }
    addPastReleases();
    addFreezeDesk();
    addMaintainedBranches();
    return m_demo;
}

} // namespace ReleaseDesk::Models::Demo
