#include "demoworkspace.h"
#include "freezedesk.h"
#include "schedule.h"

#include "board.h"
#include "cherrypick/cherrypickstore.h"
#include "releasesetupflow.h"
#include "signal/demohistory.h"
#include "signal/signalreport.h"
#include "signal/signalstore.h"
#include "store.h"
#include "workspacemeta.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace ReleaseDesk::Models {

using namespace Api;

namespace {

// Demo people are invented: the demo must not put words in real contributors' mouths.
const QStringList people = {
    QStringLiteral("lin-tao"),
    QStringLiteral("zhou-mei"),
    QStringLiteral("chen-hao"),
    QStringLiteral("wang-lei"),
    QStringLiteral("li-na"),
    QStringLiteral("sun-qiang"),
    QStringLiteral("maria-devops"),
    QStringLiteral("ken-obs"),
    QStringLiteral("ava-ui"),
    QStringLiteral("omar-net"),
    QStringLiteral("yuki-iam"),
    QStringLiteral("pat-storage"),
};
const QStringList maintainers = {QStringLiteral("lin-tao"), QStringLiteral("zhou-mei"),
    QStringLiteral("chen-hao"), QStringLiteral("wang-lei")};

struct AreaInfo
{
    const char *label;
    const char *component;
};
const AreaInfo areas[] = {
    {"area/devops", "DevOps pipelines"},
    {"area/observability", "the monitoring dashboard"},
    {"area/logging", "log collection"},
    {"area/networking", "network policies"},
    {"area/storage", "volume snapshots"},
    {"area/iam", "role bindings"},
    {"area/multicluster", "member clusters"},
    {"area/app-management", "the App Store"},
    {"area/ui", "the workspace list page"},
    {"area/security", "image scanning"},
    {"area/api-change", "the extensions API"},
    {"area/edge", "edge nodes"},
};

const char *bugTemplates[] = {
    "Fix %1 not refreshing after an update",
    "Fix a crash in %1 when the namespace is deleted",
    "Fix wrong pagination in %1",
    "Fix incorrect Chinese translation in %1",
    "Fix permission check for %1",
    "Fix timeout when loading %1 in large clusters",
};
const char *featureTemplates[] = {
    "Support custom columns in %1",
    "Add filtering by label to %1",
    "Support ARM64 images for %1",
    "Add audit events for %1",
};
const char *cleanupTemplates[] = {
    "Refactor %1 controller",
    "Remove deprecated fields from %1",
    "Bump dependencies used by %1",
};
const char *docTemplates[] = {
    "Document how to configure %1",
    "Update the README for %1",
};

struct RepoPlan
{
    RepositoryRef repository;
    int firstNumber;
    int itemCount;
    QString milestone;
    QStringList requiredJobs;
    QStringList informingJobs;
    CiContext::Source ciSource;
};

class Generator
{
public:
    Generator(QDate today, quint32 seed)
        : m_random(seed)
        , m_today(today)
    { }

    DemoWorkspace run();
    void addPastReleases();
    void addFreezeDesk();
    void addMaintainedBranches();

private:
    bool chance(double probability) { return m_random.generateDouble() < probability; }
    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(int(m_random.bounded(int(list.size()))));
    }
    template<typename T, size_t N>
    const T &pick(const T (&array)[N])
    {
        return array[m_random.bounded(int(N))];
    }

    QDateTime at(QDate day)
    {
        return QDateTime(day, QTime(between(1, 14), between(0, 59), between(0, 59)), QTimeZone::UTC);
    }
    Label label(const QString &name) const;
    QString body(const Item &item, const QString &noteKind, const QString &noteText);
    QList<CiContext> ciFor(const RepoPlan &plan, const Item &item);
    void addEvent(const Item &item, TimelineEvent::Kind kind, const QDateTime &when, const QString &detail,
        const QString &actor = QString());
    Item makeItem(const RepoPlan &plan, QDate created);
    void addCherryPicks(QList<Item> &items, const RepoPlan &plan, int &nextNumber);

    QRandomGenerator m_random;
    QDate m_today;
    DemoWorkspace m_demo;
    QHash<QString, Label> m_labelCatalog;
};

Label Generator::label(const QString &name) const
{
    return m_labelCatalog.value(name, Label {name, QStringLiteral("ededed"), QString()});
}

QString Generator::body(const Item &item, const QString &noteKind, const QString &noteText)
{
    // The structure of KubeSphere's real PULL_REQUEST_TEMPLATE.md, answered.
    const auto kind = item.labelValue(u"kind/");
    QString text
        = QStringLiteral("### What type of PR is this?\n/kind %1\n\n"
                         "### What this PR does / why we need it:\n%2.\n\n"
                         "### Which issue(s) this PR fixes:\n%3\n\n"
                         "### Special notes for reviewers:\n```\n```\n\n"
                         "### Does this PR introduced a user-facing change?\n")
              .arg(kind.isEmpty() ? QStringLiteral("cleanup") : kind, item.title,
                  item.links.isEmpty() ? QStringLiteral("Fixes #")
                                       : QStringLiteral("Fixes #%1").arg(item.links.first().target.number));
    if (noteKind == QLatin1StringView("none"))
        text += QStringLiteral("```release-note\n%1\n```\n")
                    .arg(pick(QList<QString> {QStringLiteral("NONE"), QStringLiteral("None"),
                        QStringLiteral("none"), QStringLiteral("N/A")}));
    else if (noteKind == QLatin1StringView("empty"))
        text += QStringLiteral("```release-note\n\n```\n");
    else if (noteKind == QLatin1StringView("missing"))
        text += QStringLiteral("<!-- no release-note block -->\n");
    else
        text += QStringLiteral("```release-note\n%1\n```\n").arg(noteText);
    text += QStringLiteral("\n### Additional documentation, usage docs, etc.:\n```docs\n\n```\n");
    // About a fifth of real bodies arrive with Windows line endings.
    if (chance(0.2))
        text.replace(QLatin1Char('\n'), QLatin1StringView("\r\n"));
    return text;
}

QList<CiContext> Generator::ciFor(const RepoPlan &plan, const Item &item)
{
    QList<CiContext> contexts;
    auto stateFor = [&](bool required) -> QString {
        if (item.state == Item::State::Merged)
            return required || chance(0.9) ? QStringLiteral("SUCCESS") : QStringLiteral("FAILURE");
        if (item.isDraft && chance(0.5))
            return QStringLiteral("PENDING");
        const auto roll = m_random.generateDouble();
        if (roll < 0.62)
            return QStringLiteral("SUCCESS");
        if (roll < 0.78)
            return QStringLiteral("FAILURE");
        if (roll < 0.90)
            return QStringLiteral("PENDING");
        if (roll < 0.94)
            return QStringLiteral("ERROR");
        if (roll < 0.97)
            return QStringLiteral("STALE"); // real, and missing from GitHub's REST docs
        return QStringLiteral("STARTUP_FAILURE");
    };
    const auto sourceIsCheck = plan.ciSource == CiContext::Source::CheckRun;
    auto add = [&](const QString &job, bool required) {
        auto state = stateFor(required);
        if (!sourceIsCheck
            && (state == QLatin1StringView("STALE") || state == QLatin1StringView("STARTUP_FAILURE")))
            state = QStringLiteral("ERROR"); // commit statuses only know four states
        if (sourceIsCheck && state == QLatin1StringView("PENDING"))
            state = QStringLiteral("IN_PROGRESS"); // a running check run reports its status
        if (sourceIsCheck && state == QLatin1StringView("ERROR"))
            state = QStringLiteral("TIMED_OUT"); // check runs have no ERROR conclusion
        CiContext context;
        context.source = plan.ciSource;
        context.name = job;
        context.rawState = state;
        context.required = required;
        context.url = sourceIsCheck
            ? QUrl(QStringLiteral("https://github.com/%1/actions/runs/%2")
                       .arg(plan.repository.fullName())
                       .arg(9000000 + between(0, 999999)))
            : QUrl(QStringLiteral("https://prow.kubesphere.io/view/gs/ks-prow/pr-logs/pull/%1/%2/%3")
                       .arg(plan.repository.fullName().replace(QLatin1Char('/'), QLatin1Char('_')))
                       .arg(item.key.number)
                       .arg(job));
        // Commit statuses always carry their creation time; check runs only once completed.
        if (!sourceIsCheck || state != QLatin1StringView("IN_PROGRESS"))
            context.completedAt = item.updatedAt;
        contexts.append(context);
    };
    for (const auto &job : plan.requiredJobs)
        add(job, true);
    for (const auto &job : plan.informingJobs) {
        if (chance(0.8))
            add(job, false);
    }
    return contexts;
}

void Generator::addEvent(const Item &item, TimelineEvent::Kind kind, const QDateTime &when,
    const QString &detail, const QString &actor)
{
    TimelineEvent event;
    event.item = item.key;
    event.kind = kind;
    event.rawKind = typeNameForTimelineKind(kind);
    event.actor = actor.isEmpty() ? pick(maintainers) : actor;
    event.at = when;
    event.detail = detail;
    m_demo.events.append(event);
}

Item Generator::makeItem(const RepoPlan &plan, QDate created)
{
    Item item;
    item.key = {plan.repository, 0};
    item.kind = chance(0.62) ? Item::Kind::PullRequest : Item::Kind::Issue;
    item.author = pick(people);
    item.createdAt = at(created);

    const auto kindRoll = m_random.generateDouble();
    const char *kind = kindRoll < 0.46 ? "bug"
        : kindRoll < 0.68              ? "feature"
        : kindRoll < 0.86              ? "cleanup"
        : kindRoll < 0.94              ? "documentation"
                                       : "";
    const auto &area = pick(areas);
    const auto component = QString::fromLatin1(area.component);
    QString title;
    if (qstrcmp(kind, "bug") == 0)
        title = QString::fromLatin1(pick(bugTemplates)).arg(component);
    else if (qstrcmp(kind, "feature") == 0)
        title = QString::fromLatin1(pick(featureTemplates)).arg(component);
    else if (qstrcmp(kind, "documentation") == 0)
        title = QString::fromLatin1(pick(docTemplates)).arg(component);
    else
        title = QString::fromLatin1(pick(cleanupTemplates)).arg(component);
    if (!item.isPullRequest() && qstrcmp(kind, "bug") == 0)
        title = title.replace(0, 3, QStringLiteral("Bug:")); // issues describe the problem
    item.title = title;

    if (*kind)
        item.labels.append(label(QStringLiteral("kind/") + QLatin1StringView(kind)));
    // A few items never got triaged: they land in "Needs triage" on the board.
    if (chance(0.9))
        item.labels.append(label(QString::fromLatin1(area.label)));
    if (!item.isPullRequest() && qstrcmp(kind, "bug") == 0) {
        const auto roll = m_random.generateDouble();
        item.labels.append(label(roll < 0.25 ? QStringLiteral("priority/high")
                : roll < 0.75                ? QStringLiteral("priority/medium")
                                             : QStringLiteral("priority/low")));
    }

    // Lifecycle: older items are more likely to be done.
    const auto ageDays = created.daysTo(m_today);
    const bool done = chance(std::min(0.92, 0.15 + ageDays / 80.0));
    if (done) {
        const auto closedDay = created.addDays(between(0, int(std::min<qint64>(ageDays, 30))));
        item.closedAt = at(closedDay);
        if (item.closedAt < item.createdAt)
            item.closedAt = item.createdAt.addSecs(3600 * between(1, 20));
        if (item.isPullRequest() && chance(0.9)) {
            item.state = Item::State::Merged;
            item.mergedAt = item.closedAt;
        } else {
            item.state = Item::State::Closed;
            item.stateReason = item.isPullRequest()
                ? QString()
                : (chance(0.85) ? QStringLiteral("COMPLETED") : QStringLiteral("NOT_PLANNED"));
        }
    }
    item.updatedAt = item.closedAt.isValid() ? item.closedAt : at(created.addDays(between(0, int(ageDays))));
    if (item.updatedAt < item.createdAt)
        item.updatedAt = item.createdAt;

    if (chance(item.isOpen() ? 0.75 : 0.9))
        item.assignees.append(pick(people));
    if (chance(0.12))
        item.assignees.append(pick(maintainers));
    item.assignees.removeDuplicates();

    if (item.isPullRequest()) {
        item.baseRef = QStringLiteral("master");
        item.isDraft = item.isOpen() && chance(0.08);
        if (item.isDraft)
            item.labels.append(label(QStringLiteral("do-not-merge/work-in-progress")));
        // Release-note block and labels, mostly in agreement, sometimes not (the editor must see it).
        const auto noteRoll = m_random.generateDouble();
        QString noteKind;
        QString noteText;
        if (noteRoll < 0.52) {
            noteKind = QStringLiteral("note");
            noteText = item.title + QLatin1Char('.');
            item.labels.append(label(QStringLiteral("release-note")));
        } else if (noteRoll < 0.82) {
            noteKind = QStringLiteral("none");
            item.labels.append(label(
                chance(0.2) ? QStringLiteral("release-notes-none") : QStringLiteral("release-note-none")));
        } else if (noteRoll < 0.88) {
            noteKind = QStringLiteral("note");
            noteText = QStringLiteral("Action required: ") + item.title
                + QStringLiteral(". Update your configuration before upgrading.");
            item.labels.append(label(QStringLiteral("release-note-action-required")));
        } else if (noteRoll < 0.94) {
            noteKind = QStringLiteral("empty");
            item.labels.append(label(QStringLiteral("do-not-merge/release-note-label-needed")));
        } else {
            // Disagreement: a real note in the body but the none label.
            noteKind = QStringLiteral("note");
            noteText = item.title + QLatin1Char('.');
            item.labels.append(label(QStringLiteral("release-note-none")));
        }
        item.body = body(item, noteKind, noteText);

        if (item.state == Item::State::Merged || chance(0.45)) {
            item.labels.append(label(QStringLiteral("lgtm")));
            item.labels.append(label(QStringLiteral("approved")));
            item.reviewDecision = QStringLiteral("APPROVED");
        } else if (chance(0.3)) {
            item.labels.append(label(QStringLiteral("lgtm")));
            item.reviewDecision = QStringLiteral("REVIEW_REQUIRED");
        } else {
            item.reviewDecision
                = chance(0.3) ? QStringLiteral("CHANGES_REQUESTED") : QStringLiteral("REVIEW_REQUIRED");
        }
        if (item.isOpen() && chance(0.07))
            item.labels.append(label(QStringLiteral("do-not-merge/hold")));
        if (item.isOpen()) {
            item.mergeable = chance(0.85) ? QStringLiteral("MERGEABLE") : QStringLiteral("CONFLICTING");
            item.mergeStateStatus = item.mergeable == QLatin1StringView("CONFLICTING")
                ? QStringLiteral("DIRTY")
                : item.reviewDecision == QLatin1StringView("APPROVED") ? QStringLiteral("CLEAN")
                                                                       : QStringLiteral("BLOCKED");
        }
        item.reviews.append({pick(maintainers),
            item.reviewDecision == QLatin1StringView("CHANGES_REQUESTED")
                ? QStringLiteral("CHANGES_REQUESTED")
                : QStringLiteral("COMMENTED"),
            item.createdAt.addSecs(3600 * between(2, 60))});
        if (item.reviewDecision == QLatin1StringView("APPROVED"))
            item.reviews.append({pick(maintainers), QStringLiteral("APPROVED"),
                (item.mergedAt.isValid() ? item.mergedAt : item.updatedAt).addSecs(-3600 * between(1, 6))});
    } else {
        item.body = QStringLiteral(
            "**What happened:**\n%1.\n\n**What you expected to happen:**\nIt works.\n\n"
            "**How to reproduce it (as minimally and precisely as possible):**\n1. Open %2\n2. Wait\n\n"
            "**Environment:**\n- KubeSphere version: v4.1.2\n")
                        .arg(item.title, component);
    }
    return item;
}

void Generator::addCherryPicks(QList<Item> &items, const RepoPlan &plan, int &nextNumber)
{
    // v4.1.3 is a patch release: every fix of its milestone merged on master needs a PR on the
    // release branch. Some have one (merged or open), some are still waiting: the board's
    // "Awaiting cherry-pick" column.
    QList<Item> picks;
    for (const auto &original : std::as_const(items)) {
        if (original.key.repository != plan.repository || original.state != Item::State::Merged
            || original.labelValue(u"kind/") != QLatin1StringView("bug")
            || original.milestone != plan.milestone)
            continue;
        if (chance(0.25))
            continue; // awaiting cherry-pick
        Item pick = original;
        pick.key.number = nextNumber++;
        pick.title = QStringLiteral("[%1] %2").arg(m_demo.release.releaseBranch, original.title);
        pick.baseRef = m_demo.release.releaseBranch;
        pick.headRef = QStringLiteral("cherry-pick-%1-to-%2")
                           .arg(original.key.number)
                           .arg(m_demo.release.releaseBranch);
        pick.author = QStringLiteral("ks-ci-bot");
        pick.url = QUrl(QStringLiteral("https://github.com/%1/pull/%2")
                            .arg(plan.repository.fullName())
                            .arg(pick.key.number));
        pick.createdAt = original.mergedAt.addSecs(3600 * between(1, 30));
        pick.links = {{ItemLink::Kind::CherryPickOf, original.key}};
        pick.labels.append(label(QStringLiteral("cherry-pick-approved")));
        pick.reviews.clear();
        if (pick.createdAt.date() < m_today.addDays(-3) && chance(0.7)) {
            pick.state = Item::State::Merged;
            pick.mergedAt = pick.createdAt.addSecs(3600 * between(2, 40));
            pick.closedAt = pick.mergedAt;
            pick.updatedAt = pick.mergedAt;
            pick.mergeable.clear();
            pick.mergeStateStatus.clear();
        } else {
            pick.state = Item::State::Open;
            pick.mergedAt = QDateTime();
            pick.closedAt = QDateTime();
            pick.updatedAt = pick.createdAt;
            pick.mergeable = QStringLiteral("MERGEABLE");
            pick.mergeStateStatus = QStringLiteral("BLOCKED");
        }
        if (pick.createdAt > QDateTime(m_today, QTime(23, 0), QTimeZone::UTC))
            continue;
        pick.ciContexts = ciFor(plan, pick);
        picks.append(pick);
        addEvent(original, TimelineEvent::Kind::CrossReferenced, pick.createdAt, pick.key.reference(),
            pick.author);
    }
    items.append(picks);
}

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

void Generator::addFreezeDesk()
{
    // After everything else and without drawing random numbers: the rest of the demo stays as it was.
    auto &release = m_demo.release;
    release.phases = {{Schedule::TestFreeze, QString(), m_today.addDays(3)},
        {Schedule::ReleaseCandidate, QStringLiteral("v4.1.3-rc.1"), m_today.addDays(5)}};
    release.exceptionLabel = QStringLiteral("freeze-exception");
    for (auto &repoLabels : m_demo.labels) {
        for (const auto &name :
            {release.exceptionLabel, FreezeDesk::approvedLabel(release), FreezeDesk::rejectedLabel(release)})
            repoLabels.append({name, QStringLiteral("5319e7"), QString()});
    }
    const auto labelItem = [&](Item &item, const QString &name, const QDateTime &when) {
        item.labels.append({name, QStringLiteral("5319e7"), QString()});
        addEvent(item, TimelineEvent::Kind::Labeled, when, name, QStringLiteral("release-lead"));
    };
    // One merge after the freeze was an approved exception; the others stay flagged.
    const auto flagged = FreezeDesk::mergedAfterFreeze(m_demo.items, release);
    for (auto &item : m_demo.items) {
        if (flagged.contains(item.key)) {
            labelItem(item, release.exceptionLabel, item.mergedAt.addDays(-1));
            labelItem(item, FreezeDesk::approvedLabel(release), item.mergedAt.addSecs(-7200));
            break;
        }
    }
    // An open feature asks for one (pending), an open cleanup was refused.
    const auto ask = [&](const QString &kind, bool reject) {
        for (auto &item : m_demo.items) {
            if (item.isPullRequest() && item.isOpen() && item.labelValue(u"kind/") == kind
                && !item.hasLabel(release.exceptionLabel)) {
                const auto asked = std::max(item.createdAt, item.updatedAt.addSecs(-7200));
                labelItem(item, release.exceptionLabel, asked);
                if (reject)
                    labelItem(item, FreezeDesk::rejectedLabel(release), asked.addSecs(3600));
                return;
            }
        }
    };
    ask(QStringLiteral("feature"), false);
    ask(QStringLiteral("cleanup"), true);
    std::stable_sort(m_demo.events.begin(), m_demo.events.end(),
        [](const TimelineEvent &a, const TimelineEvent &b) { return a.at < b.at; });
}

void Generator::addMaintainedBranches()
{
    // After everything else and without drawing random numbers: the rest of the demo stays as it was.
    // release-4.1 holds the picks addCherryPicks made (merged, open, missing); here release-4.0 and
    // release-3.5 get one of each other kind of cell, on the newest fixes of the console.
    const auto &release = m_demo.release;
    const QString r40 = QStringLiteral("release-4.0");
    const QString r35 = QStringLiteral("release-3.5");
    auto &policy = m_demo.cherryPicks;
    policy.maintainedBranches = {release.releaseBranch, r40, r35};
    policy.since = m_today.addDays(-90);
    QList<int> fixes;
    for (int index = 0; index < m_demo.items.size(); ++index) {
        const auto &item = m_demo.items.at(index);
        if (item.isPullRequest() && item.state == Item::State::Merged && item.baseRef == release.mainBranch
            && item.labelValue(u"kind/") == QLatin1StringView("bug")
            && item.key.repository.name == QLatin1StringView("console"))
            fixes.append(index);
    }
    std::sort(fixes.begin(), fixes.end(),
        [&](int a, int b) { return m_demo.items.at(a).mergedAt > m_demo.items.at(b).mergedAt; });
    if (fixes.size() < 4)
        return;
    int nextNumber = 4301 + 140 + 500;
    const auto addPick = [&](const Item &fix, const QString &branch, bool merged, bool byHeadBranch) {
        Item pick = fix;
        pick.key.number = nextNumber++;
        pick.milestone.clear();
        pick.links.clear();
        pick.reviews.clear();
        pick.labels = {label(QStringLiteral("cherry-pick-approved"))};
        pick.baseRef = branch;
        pick.author = QStringLiteral("ks-ci-bot");
        pick.url = QUrl(QStringLiteral("https://github.com/%1/pull/%2")
                            .arg(fix.key.repository.fullName())
                            .arg(pick.key.number));
        pick.createdAt = fix.mergedAt.addSecs(5 * 3600);
        if (byHeadBranch) {
            // The Kubernetes script's branch name is the only clue.
            pick.title = QStringLiteral("%1 (%2)").arg(fix.title, branch);
            pick.headRef
                = QStringLiteral("automated-cherry-pick-of-#%1-upstream-%2").arg(fix.key.number).arg(branch);
        } else {
            pick.title = QStringLiteral("Fix for %1").arg(branch);
            pick.headRef = QStringLiteral("backport-%1").arg(fix.key.number);
            pick.body
                = QStringLiteral("Cherry pick of #%1 on %2.\n\n").arg(fix.key.number).arg(branch) + fix.body;
        }
        pick.state = merged ? Item::State::Merged : Item::State::Open;
        pick.mergedAt = merged ? pick.createdAt.addSecs(4 * 3600) : QDateTime();
        pick.closedAt = pick.mergedAt;
        pick.updatedAt = merged ? pick.mergedAt : pick.createdAt.addSecs(3600);
        pick.mergeable = merged ? QString() : QStringLiteral("MERGEABLE");
        pick.mergeStateStatus = merged ? QString() : QStringLiteral("BLOCKED");
        m_demo.items.append(pick);
    };
    const auto comment = [&](const Item &fix, int minutes, const QString &author, const QString &body) {
        const auto at = fix.mergedAt.addSecs(60 * minutes);
        m_demo.cherryPickComments.append({fix.key, author, at,
            QUrl(QStringLiteral("%1#issuecomment-%2")
                     .arg(fix.url.toString())
                     .arg(900000 + fix.key.number * 10 + minutes)),
            body});
    };
    const auto notNeeded = [&](Item &fix, const QString &branch) {
        fix.labels.append(label(QStringLiteral("do-not-cherry-pick/%1").arg(branch)));
    };
    // The newest fix: merged on release-4.0 (found by its head branch), open on release-3.5 (by the link in
    // its body).
    const auto first = m_demo.items.at(fixes.at(0));
    addPick(first, r40, true, true);
    addPick(first, r35, false, false);
    // The next: the bot could not apply it on release-4.0; release-3.5 predates the bug.
    auto &second = m_demo.items[fixes.at(1)];
    comment(second, 20, QStringLiteral("zhou-mei"), QStringLiteral("/cherrypick release-4.0"));
    comment(second, 21, QStringLiteral("ks-ci-bot"),
        QStringLiteral(
            "@zhou-mei: #%1 failed to apply on top of branch \"release-4.0\":\n```\nerror: could not apply "
            "1f0c2d7... %2\nCONFLICT (content): Merge conflict in src/pages/index.js\n```")
            .arg(second.key.number)
            .arg(second.title));
    notNeeded(second, r35);
    // Then: asked for on release-4.0, the bot will pick it.
    const auto third = m_demo.items.at(fixes.at(2));
    comment(third, 30, QStringLiteral("chen-hao"), QStringLiteral("/cherrypick release-4.0"));
    comment(third, 31, QStringLiteral("ks-ci-bot"),
        QStringLiteral(
            "@chen-hao: once the present PR merges, I will cherry-pick it on top of release-4.0 in a new PR "
            "and assign it to you."));
    // And one the older branches do not need at all.
    auto &fourth = m_demo.items[fixes.at(3)];
    notNeeded(fourth, r40);
    notNeeded(fourth, r35);
}

void Generator::addPastReleases()
{
    const auto &current = m_demo.release;
    for (int k = 1; k <= 2; ++k) {
        const int shift = -56 * k;
        Release past = current;
        past.name = QStringLiteral("v4.1.%1").arg(3 - k);
        past.featureFreeze = current.featureFreeze.addDays(shift);
        past.codeFreeze = current.codeFreeze.addDays(shift);
        past.releaseDate = current.releaseDate.addDays(shift);
        for (auto &entry : past.repositories)
            entry.milestones = {past.name};
        const QDateTime released(past.releaseDate, QTime(12, 0), QTimeZone::UTC);
        for (const auto &original : std::as_const(m_demo.items)) {
            if (!milestoneTitlesMatch(original.milestone, current.name))
                continue;
            Item item = original;
            item.key.number += 20000 * k;
            item.url = QUrl(original.url.toString().replace(
                QString::number(original.key.number), QString::number(item.key.number)));
            item.milestone = past.name;
            item.links.clear();
            const auto back = [shift](QDateTime &at) {
                if (at.isValid())
                    at = at.addDays(shift);
            };
            back(item.createdAt);
            back(item.updatedAt);
            back(item.closedAt);
            back(item.mergedAt);
            for (auto &review : item.reviews)
                back(review.submittedAt);
            // A shipped release: everything still open then was finished (or punted) by the release day.
            if (item.isOpen() || (item.mergedAt.isValid() ? item.mergedAt : item.closedAt) > released) {
                const auto finish
                    = std::min(released, item.createdAt.addSecs(3600 * qint64(between(6, 24 * 12))));
                if (item.isPullRequest()) {
                    item.state = Item::State::Merged;
                    item.mergedAt = finish;
                    item.closedAt = finish;
                } else {
                    item.state = Item::State::Closed;
                    item.closedAt = finish;
                }
                item.updatedAt = finish;
            }
            m_demo.pastItems.append(item);
        }
        m_demo.pastReleases.append(past);
    }
}

} // namespace

DemoWorkspace DemoWorkspace::generate(QDate today, quint32 seed)
{
    return Generator(today, seed).run();
}

void DemoWorkspace::endAt(const QDateTime &now)
{
    // Clamping each moment keeps every ordering the generator made (created <= closed <= updated).
    const auto clamp = [&now](QDateTime &moment) {
        if (moment.isValid() && moment > now)
            moment = now;
    };
    const auto clampItems = [&](QList<Api::Item> &list) {
        for (auto &item : list) {
            clamp(item.createdAt);
            clamp(item.updatedAt);
            clamp(item.closedAt);
            clamp(item.mergedAt);
            for (auto &review : item.reviews)
                clamp(review.submittedAt);
            for (auto &context : item.ciContexts)
                clamp(context.completedAt);
        }
    };
    clampItems(items);
    clampItems(pastItems);
    for (auto &event : events)
        clamp(event.at);
    for (auto &comment : cherryPickComments)
        clamp(comment.at);
    for (auto &head : branchCi) {
        clamp(head.readAt);
        for (auto &context : head.contexts)
            clamp(context.completedAt);
    }
    for (auto &history : branchHistories) {
        for (auto &commit : history.commits) {
            clamp(commit.committedAt);
            for (auto &run : commit.runs) {
                clamp(run.startedAt);
                clamp(run.completedAt);
            }
        }
    }
}

bool DemoWorkspace::writeTo(Store &store) const
{
    auto saved = release;
    return store.transaction([&] {
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            if (!store.upsertRepositoryLabels(it.key(), it.value()))
                return false;
        }
        for (auto it = milestones.cbegin(); it != milestones.cend(); ++it) {
            if (!store.upsertMilestones(it.key(), it.value()))
                return false;
        }
        if (!store.upsertItems(items) || !store.appendTimelineEvents(events) || !store.saveRelease(saved)
            || !store.recordSnapshots(saved.id, snapshots))
            return false;
        // After the current release, so that it stays the workspace's first.
        auto past = pastReleases;
        for (auto &earlier : past) {
            if (!store.saveRelease(earlier))
                return false;
        }
        if (!store.upsertItems(pastItems))
            return false;
        CherryPickStore picks(store);
        if (!picks.setPolicy(saved.id, cherryPicks) || !picks.addComments(cherryPickComments))
            return false;
        SignalStore signal(store);
        for (const auto &head : branchCi) {
            if (!signal.setBranchHead(head))
                return false;
        }
        for (const auto &history : branchHistories) {
            if (!signal.setBranchHistory(history))
                return false;
        }
        // The demo counts as synced when it is written; it ages from there like a real workspace.
        const auto written = QDateTime::currentDateTimeUtc();
        for (const auto &entry : release.repositories) {
            if (!signal.recordSyncSuccess(entry.repository, written))
                return false;
        }
        // The CI-signal report "sent" a week earlier, so that the demo's report says what changed
        // since: then the release branches were healthy, nothing sat in the flake ledger, one of
        // today's blockers was not open yet and one since closed still was.
        const auto releaseItems = store.itemsOfRelease(saved, Store::Bodies::NoteExcerpt);
        auto earlier = SignalRecord::of(SignalReport::build(
            signal.reportInputs(saved, releaseItems, Board::context(releaseItems, saved), written)));
        earlier.at = written.addDays(-7);
        earlier.ledger.clear();
        for (auto &context : earlier.contexts) {
            if (context.branch == saved.releaseBranch)
                context.status = ContextHealth::statusName(ContextHealth::Status::Healthy);
        }
        if (!earlier.openBlockers.isEmpty())
            earlier.openBlockers.removeLast();
        for (const auto &item : releaseItems) {
            if (!item.isOpen() && !item.isPullRequest()
                && item.labelValue(u"priority/") == QLatin1StringView("high")) {
                earlier.openBlockers.append(item.key.reference());
                break;
            }
        }
        earlier.openBlockers.sort();
        earlier.verdict = ReleaseReadiness::verdictCode(earlier.openBlockers.isEmpty()
                ? ReleaseReadiness::Verdict::Caution
                : ReleaseReadiness::Verdict::NoGo);
        if (!signal.recordReport(saved.id, earlier))
            return false;
        return store.setMeta(WorkspaceMeta::kind, WorkspaceMeta::demoKind)
            && store.setMeta(
                WorkspaceMeta::demoAnchorDay, release.releaseDate.addDays(-10).toString(Qt::ISODate));
    });
}

} // namespace ReleaseDesk::Models
