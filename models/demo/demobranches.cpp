// The demo's freeze desk, maintained branches with their history, and past releases.

#include "demo/demogenerator.h"

#include "freezedesk.h"
#include "schedule.h"

#include <algorithm>
namespace ReleaseDesk::Models::Demo {

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

} // namespace ReleaseDesk::Models::Demo
