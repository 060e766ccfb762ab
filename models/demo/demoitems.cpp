// The demo's items: issues and pull requests with their bodies, CI, events and cherry-picks.

#include "demo/demogenerator.h"

#include <algorithm>
namespace ReleaseDesk::Models::Demo {

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

} // namespace ReleaseDesk::Models::Demo
