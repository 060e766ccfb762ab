#include "scaledata.h"

#include <QFile>
#include <QTimeZone>

namespace ReleaseDesk::Bench {

using namespace Api;

QList<Item> generateScaleItems(
    const RepositoryRef &repository, int count, const QString &milestone, QRandomGenerator &random)
{
    static const char *labels[] = {"kind/bug", "kind/feature", "kind/cleanup", "kind/flake", "area/kubelet",
        "area/apiserver", "sig/node", "sig/api-machinery", "sig/storage", "priority/important-soon",
        "priority/critical-urgent", "release-note", "release-note-none", "lgtm", "approved",
        "do-not-merge/hold", "needs-rebase", "cncf-cla: yes"};
    constexpr int labelCount = int(std::size(labels));
    QList<Item> items;
    items.reserve(count);
    const QDateTime start(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::UTC);
    for (int i = 1; i <= count; ++i) {
        Item item;
        item.key = {repository, i};
        item.kind = random.bounded(100) < 60 ? Item::Kind::PullRequest : Item::Kind::Issue;
        item.title
            = QStringLiteral("Item %1: fix the scheduler under load in %2").arg(i).arg(repository.name);
        // Shaped like the corpus: a template of 0.4-2.4 KB, and for pull requests a release-note
        // block (a note in most, NONE in a third, an unanswered block now and then).
        item.body = QString(400 + int(random.bounded(2000)), QLatin1Char('x'));
        if (item.isPullRequest()) {
            const auto roll = random.bounded(100);
            const auto note = roll < 60
                ? QStringLiteral("Fixed a race in the scheduler's queue when %1 pods are "
                                 "preempted at once.")
                      .arg(random.bounded(1000))
                : roll < 95 ? QStringLiteral("NONE")
                            : QString();
            item.body += QStringLiteral(
                "\n\n#### Does this PR introduce a user-facing change?\n```release-note\n%1\n```\n")
                             .arg(note);
        }
        item.author = QStringLiteral("user%1").arg(random.bounded(800));
        item.url = QUrl(QStringLiteral("https://github.com/%1/pull/%2").arg(repository.fullName()).arg(i));
        item.createdAt = start.addSecs(qint64(i) * 97);
        item.updatedAt = item.createdAt.addSecs(random.bounded(86400 * 10));
        item.milestone = milestone;
        item.baseRef = QStringLiteral("master");
        const auto roll = random.bounded(100);
        item.state = roll < 55
            ? Item::State::Open
            : (item.isPullRequest() && roll < 90 ? Item::State::Merged : Item::State::Closed);
        if (item.state != Item::State::Open)
            item.closedAt = item.updatedAt;
        if (item.state == Item::State::Merged)
            item.mergedAt = item.updatedAt;
        QSet<int> picked;
        for (int l = 0; l < 5; ++l)
            picked.insert(int(random.bounded(labelCount)));
        for (const auto index : picked)
            item.labels.append({QString::fromLatin1(labels[index]), QStringLiteral("ededed"), QString()});
        if (random.bounded(100) < 70)
            item.assignees.append(QStringLiteral("user%1").arg(random.bounded(800)));
        if (item.isPullRequest()) {
            item.reviewDecision
                = random.bounded(2) ? QStringLiteral("APPROVED") : QStringLiteral("REVIEW_REQUIRED");
            for (int c = 0; c < 6; ++c)
                item.ciContexts.append(
                    {CiContext::Source::StatusContext, QStringLiteral("pull-kubernetes-job-%1").arg(c),
                        random.bounded(12) ? QStringLiteral("SUCCESS") : QStringLiteral("FAILURE"), c < 3, {},
                        item.updatedAt});
        }
        items.append(item);
    }
    return items;
}

QList<TimelineEvent> generateScaleEvents(
    const QList<Item> &items, int count, QDate today, QRandomGenerator &random)
{
    const QStringList labels = {QStringLiteral("kind/bug"), QStringLiteral("lgtm"),
        QStringLiteral("approved"), QStringLiteral("sig/node"), QStringLiteral("priority/important-soon"),
        QStringLiteral("needs-rebase")};
    QList<TimelineEvent> events;
    events.reserve(count);
    const auto itemCount = int(items.size());
    for (int i = 0; i < count && itemCount > 0; ++i) {
        const auto &item = items[i % itemCount];
        TimelineEvent event;
        event.item = item.key;
        const auto created = item.createdAt.isValid()
            ? item.createdAt
            : QDateTime(today.addDays(-90), QTime(0, 0), QTimeZone::UTC);
        event.at = created.addSecs(3600 * qint64(1 + random.bounded(24 * 30)));
        event.actor = QStringLiteral("user%1").arg(random.bounded(800));
        if (i < itemCount) {
            event.kind = TimelineEvent::Kind::Milestoned;
            event.detail = item.milestone;
        } else if (i % 97 == 0) {
            event.kind = TimelineEvent::Kind::Demilestoned;
            event.detail = item.milestone;
        } else {
            event.kind
                = random.bounded(4) == 0 ? TimelineEvent::Kind::Unlabeled : TimelineEvent::Kind::Labeled;
            event.detail = labels[random.bounded(labels.size())];
        }
        events.append(event);
    }
    return events;
}

Scale scaleFromEnvironment(Scale defaults)
{
    if (qgetenv("RELEASEDESK_BENCH_SCALE") == "kubernetes")
        return {150000, 10, 1000000};
    if (qEnvironmentVariableIntValue("RELEASEDESK_BENCH_ITEMS") > 0)
        defaults.items = qEnvironmentVariableIntValue("RELEASEDESK_BENCH_ITEMS");
    return defaults;
}

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const auto &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0
                            : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

} // namespace ReleaseDesk::Bench
