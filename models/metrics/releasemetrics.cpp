#include "metrics/releasemetrics.h"

#include "board.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace ReleaseDesk::Models {

namespace {

constexpr int maximumDays = 366; ///< a release longer than a year is shown from its last year

double nearestRank(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p * double(sorted.size())));
    return sorted[std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1)];
}

/// "Is this milestone title one of the release's in this repository?", asked once per item and per
/// milestone event: answers are cached per repository and title, since lenient matching allocates.
class MilestoneMatcher
{
public:
    explicit MilestoneMatcher(const Api::Release &release)
        : m_release(release)
    {
        for (qsizetype i = 0; i < release.repositories.size(); ++i)
            m_repositoryIndex.insert(release.repositories[i].repository, int(i));
        m_answers.resize(release.repositories.size() + 1);
    }

    bool matches(const Api::RepositoryRef &repository, const QString &title)
    {
        if (title.isEmpty())
            return false;
        // A release without explicit repositories is matched on its own name (simple setups).
        const int index = m_release.repositories.isEmpty() ? 0 : m_repositoryIndex.value(repository, -1);
        if (index < 0)
            return false;
        auto &answers = m_answers[index];
        const auto cached = answers.constFind(title);
        if (cached != answers.cend())
            return *cached;
        bool answer = false;
        if (m_release.repositories.isEmpty()) {
            answer = Api::milestoneTitlesMatch(m_release.name, title);
        } else {
            for (const auto &milestone : m_release.repositories[index].milestones)
                answer = answer || Api::milestoneTitlesMatch(milestone, title);
        }
        answers.insert(title, answer);
        return answer;
    }

private:
    const Api::Release &m_release;
    QHash<Api::RepositoryRef, int> m_repositoryIndex;
    QList<QHash<QString, bool>> m_answers;
};

QDateTime doneAt(const Api::Item &item)
{
    if (item.state == Api::Item::State::Open)
        return {};
    return item.mergedAt.isValid() ? item.mergedAt : item.closedAt;
}

bool isFailure(Api::CiState state)
{
    return state == Api::CiState::Failure;
}

} // namespace

Distribution Distribution::of(
    QList<double> values, const QList<double> &bucketBounds, const QStringList &labels)
{
    Distribution distribution;
    std::sort(values.begin(), values.end());
    distribution.values = values;
    distribution.median = nearestRank(values, 0.5);
    distribution.p90 = nearestRank(values, 0.9);
    distribution.bucketLabels = labels;
    distribution.buckets = QList<int>(labels.size(), 0);
    for (const double value : std::as_const(values)) {
        const auto bucket
            = std::upper_bound(bucketBounds.cbegin(), bucketBounds.cend(), value) - bucketBounds.cbegin();
        ++distribution.buckets[std::min<qsizetype>(bucket, labels.size() - 1)];
    }
    return distribution;
}

ReleaseMetrics computeReleaseMetrics(const MetricsInput &input)
{
    ReleaseMetrics metrics;
    metrics.releaseName = input.release.name;
    metrics.today = input.today;
    const auto &items = input.items;
    MilestoneMatcher inRelease(input.release);
    // A release may also select items by a label (its query "label:NAME"): labeling and unlabeling then
    // move the scope like milestone events do.
    const QString scopeLabel
        = input.release.query.startsWith(u"label:") ? input.release.query.mid(6).trimmed() : QString();

    // When each item entered and left the scope: its milestone events for the release's milestones.
    QHash<Api::ItemKey, int> rowOf;
    rowOf.reserve(items.size());
    for (int i = 0; i < items.size(); ++i)
        rowOf.insert(items[i].key, i);
    struct Transition
    {
        QDate day;
        bool enters;
    };
    QList<QList<Transition>> transitions(items.size());
    for (const auto &event : input.events) {
        using Kind = Api::TimelineEvent::Kind;
        const bool milestoneEvent = event.kind == Kind::Milestoned || event.kind == Kind::Demilestoned;
        const bool labelEvent = !scopeLabel.isEmpty()
            && (event.kind == Kind::Labeled || event.kind == Kind::Unlabeled)
            && event.detail.compare(scopeLabel, Qt::CaseInsensitive) == 0;
        if (!milestoneEvent && !labelEvent)
            continue;
        const auto row = rowOf.constFind(event.item);
        if (row == rowOf.cend()
            || (milestoneEvent && !inRelease.matches(event.item.repository, event.detail)))
            continue;
        transitions[*row].append(
            {event.at.toUTC().date(), event.kind == Kind::Milestoned || event.kind == Kind::Labeled});
    }

    // The chart's days: from the first day anything was in scope to today (at most a year).
    QDate start = input.today;
    for (int i = 0; i < items.size(); ++i) {
        auto &list = transitions[i];
        std::sort(
            list.begin(), list.end(), [](const Transition &a, const Transition &b) { return a.day < b.day; });
        const auto &item = items[i];
        const bool inMilestoneNow = inRelease.matches(item.key.repository, item.milestone)
            || (!scopeLabel.isEmpty() && item.hasLabel(scopeLabel));
        // No event seen but in the milestone now: in scope since it was created (the API's timeline
        // may be truncated, or the item was opened in the milestone).
        if ((list.isEmpty() || !list.first().enters) && inMilestoneNow && item.createdAt.isValid())
            list.prepend({item.createdAt.toUTC().date(), true});
        if (!list.isEmpty() && list.first().day < start)
            start = list.first().day;
    }
    start = std::max(start, input.today.addDays(-maximumDays + 1));
    const int dayCount = int(start.daysTo(input.today)) + 1;
    const auto dayIndex = [&](const QDate &day) { return int(start.daysTo(day)); };

    auto &burndown = metrics.burndown;
    QList<int> scopeDelta(dayCount + 1, 0), openDelta(dayCount + 1, 0);
    burndown.added = QList<int>(dayCount, 0);
    burndown.removed = QList<int>(dayCount, 0);
    // Each in-scope interval adds to the scope; the part of it before the item was done adds to "open".
    for (int i = 0; i < items.size(); ++i) {
        const auto &item = items[i];
        const auto finished = doneAt(item);
        const int doneIndex = finished.isValid() ? dayIndex(finished.toUTC().date()) : dayCount;
        int enteredIndex = -1;
        const auto close = [&](int leftIndex) {
            const int from = std::clamp(enteredIndex, 0, dayCount), to = std::clamp(leftIndex, 0, dayCount);
            if (from < to) {
                ++scopeDelta[from];
                --scopeDelta[to];
                const int openTo = std::clamp(std::min(leftIndex, doneIndex), 0, dayCount);
                if (from < openTo) {
                    ++openDelta[from];
                    --openDelta[openTo];
                }
            }
        };
        for (const auto &transition : std::as_const(transitions[i])) {
            const int index = dayIndex(transition.day);
            if (transition.enters && enteredIndex < 0) {
                enteredIndex = index;
                if (index >= 0 && index < dayCount)
                    ++burndown.added[index];
            } else if (!transition.enters && enteredIndex >= 0) {
                close(index);
                if (index >= 0 && index < dayCount)
                    ++burndown.removed[index];
                enteredIndex = -1;
            }
        }
        if (enteredIndex >= 0)
            close(dayCount);
    }
    int scope = 0, open = 0;
    for (int d = 0; d < dayCount; ++d) {
        scope += scopeDelta[d];
        open += openDelta[d];
        burndown.days.append(start.addDays(d));
        burndown.scope.append(scope);
        burndown.open.append(open);
        burndown.done.append(scope - open);
    }
    metrics.itemsInScope = burndown.scope.isEmpty() ? 0 : burndown.scope.last();
    metrics.openInScope = burndown.open.isEmpty() ? 0 : burndown.open.last();
    // The ideal line runs from the scope freeze (code freeze, else feature freeze) to the release.
    burndown.idealStart
        = input.release.codeFreeze.isValid() ? input.release.codeFreeze : input.release.featureFreeze;
    burndown.idealEnd = input.release.releaseDate;
    if (burndown.idealStart.isValid() && burndown.idealEnd.isValid()
        && burndown.idealStart < burndown.idealEnd) {
        const int at = std::clamp(dayIndex(burndown.idealStart), 0, dayCount - 1);
        burndown.idealStartValue = burndown.open.value(at);
    } else {
        burndown.idealStart = {};
        burndown.idealEnd = {};
    }

    // Throughput of the release's items, per day and per ISO week.
    auto &throughput = metrics.throughput;
    throughput.days = burndown.days;
    throughput.mergedPullRequests = QList<int>(dayCount, 0);
    throughput.closedIssues = QList<int>(dayCount, 0);
    QList<double> leadTimes, firstReviews;
    auto &ci = metrics.ci;
    QHash<QString, ContextCount> contexts;
    QHash<QString, int> failedOnMerged;
    for (const auto &item : items) {
        if (item.isPullRequest() && item.state == Api::Item::State::Merged && item.mergedAt.isValid()) {
            const int index = dayIndex(item.mergedAt.toUTC().date());
            if (index >= 0 && index < dayCount)
                ++throughput.mergedPullRequests[index];
            if (item.createdAt.isValid())
                leadTimes.append(double(item.createdAt.secsTo(item.mergedAt)) / 86400.0);
            QDateTime firstReview;
            for (const auto &review : item.reviews) {
                if (review.author != item.author && review.submittedAt.isValid()
                    && (!firstReview.isValid() || review.submittedAt < firstReview))
                    firstReview = review.submittedAt;
            }
            if (firstReview.isValid() && item.createdAt.isValid())
                firstReviews.append(double(item.createdAt.secsTo(firstReview)) / 3600.0);
            // The contexts cached for a merged PR are its last run: the state it merged with.
            bool hasRequired = false, requiredGreen = true;
            for (const auto &context : item.ciContexts) {
                if (!context.required)
                    continue;
                hasRequired = true;
                requiredGreen = requiredGreen && context.state() == Api::CiState::Success;
            }
            if (hasRequired) {
                ++ci.mergedWithRequiredChecks;
                if (requiredGreen)
                    ++ci.greenAtMerge;
            }
            for (const auto &context : item.ciContexts) {
                if (isFailure(context.state()))
                    ++failedOnMerged[context.name];
            }
        } else if (!item.isPullRequest() && item.state == Api::Item::State::Closed
            && item.closedAt.isValid()) {
            const int index = dayIndex(item.closedAt.toUTC().date());
            if (index >= 0 && index < dayCount)
                ++throughput.closedIssues[index];
        }
        for (const auto &context : item.ciContexts) {
            auto &count = contexts[context.name];
            count.name = context.name;
            ++count.runs;
            if (isFailure(context.state()))
                ++count.failures;
        }
    }
    for (int d = 0; d < dayCount; ++d) {
        const auto day = burndown.days[d];
        const auto monday = day.addDays(1 - day.dayOfWeek());
        if (throughput.weeks.isEmpty() || throughput.weeks.last() != monday) {
            throughput.weeks.append(monday);
            throughput.weeklyMerged.append(0);
            throughput.weeklyClosed.append(0);
        }
        throughput.weeklyMerged.last() += throughput.mergedPullRequests[d];
        throughput.weeklyClosed.last() += throughput.closedIssues[d];
    }
    metrics.leadTimeDays = Distribution::of(leadTimes, {1, 3, 7, 14, 28},
        {QStringLiteral("< 1 d"), QStringLiteral("1-3 d"), QStringLiteral("3-7 d"), QStringLiteral("1-2 w"),
            QStringLiteral("2-4 w"), QStringLiteral("> 4 w")});
    metrics.firstReviewHours = Distribution::of(firstReviews, {1, 4, 24, 72, 168},
        {QStringLiteral("< 1 h"), QStringLiteral("1-4 h"), QStringLiteral("4-24 h"), QStringLiteral("1-3 d"),
            QStringLiteral("3-7 d"), QStringLiteral("> 7 d")});

    for (const auto &count : std::as_const(contexts)) {
        if (count.failures > 0)
            ci.failingContexts.append(count);
        const int mergedFailures = failedOnMerged.value(count.name);
        if (mergedFailures >= 2 && count.failures < count.runs)
            ci.flakyCandidates.append(count.name);
    }
    std::sort(ci.failingContexts.begin(), ci.failingContexts.end(),
        [](const ContextCount &a, const ContextCount &b) {
            return a.failures != b.failures ? a.failures > b.failures : a.name < b.name;
        });
    ci.flakyCandidates.sort();
    ci.releaseBranchPassRate = input.releaseBranchPassRate;

    // Snapshot series (recorded at each sync) and the blocker history.
    QHash<QDate, double> prsFailing, branchFailing, blockersOpen;
    for (const auto &snapshot : input.snapshots) {
        if (snapshot.metric == u"ci.prs_failing")
            prsFailing.insert(snapshot.day, snapshot.value);
        else if (snapshot.metric == u"ci.release_branch_failing")
            branchFailing.insert(snapshot.day, snapshot.value);
        else if (snapshot.metric == u"blockers.open")
            blockersOpen.insert(snapshot.day, snapshot.value);
    }
    for (const auto &day : std::as_const(burndown.days)) {
        if (prsFailing.contains(day) || branchFailing.contains(day)) {
            ci.days.append(day);
            ci.pullRequestsFailing.append(prsFailing.value(day));
            ci.releaseBranchFailing.append(branchFailing.value(day));
        }
    }
    auto &blockers = metrics.blockers;
    const auto blockerKeys = Board::blockers(items, input.release);
    QList<int> blockerDelta(dayCount + 1, 0);
    for (const auto &item : items) {
        if (!blockerKeys.contains(item.key) || !item.createdAt.isValid())
            continue;
        const int from = std::clamp(dayIndex(item.createdAt.toUTC().date()), 0, dayCount);
        const auto finished = doneAt(item);
        const int to
            = finished.isValid() ? std::clamp(dayIndex(finished.toUTC().date()), 0, dayCount) : dayCount;
        if (from < to) {
            ++blockerDelta[from];
            --blockerDelta[to];
        }
        if (item.isOpen())
            blockers.ages.append(
                {item.key, item.title, int(item.createdAt.toUTC().date().daysTo(input.today))});
    }
    int reconstructed = 0;
    for (int d = 0; d < dayCount; ++d) {
        reconstructed += blockerDelta[d];
        const auto day = burndown.days[d];
        blockers.days.append(day);
        const bool recorded = blockersOpen.contains(day);
        blockers.open.append(recorded ? blockersOpen.value(day) : double(reconstructed));
        blockers.recorded.append(recorded);
    }
    std::sort(blockers.ages.begin(), blockers.ages.end(), [](const BlockerAge &a, const BlockerAge &b) {
        return a.days != b.days ? a.days > b.days : a.key.number < b.key.number;
    });

    // Breakdowns of what is in scope now.
    QHash<QString, QHash<QString, BreakdownRow>> byDimension;
    const QStringList dimensions = {
        QStringLiteral("area"), QStringLiteral("sig"), QStringLiteral("kind"), QStringLiteral("repository")};
    for (const auto &item : items) {
        if (!inRelease.matches(item.key.repository, item.milestone))
            continue;
        const auto count = [&](const QString &dimension, const QString &name) {
            auto &row = byDimension[dimension][name];
            row.name = name;
            (item.isOpen() ? row.open : row.done) += 1;
        };
        count(QStringLiteral("repository"), item.key.repository.fullName());
        bool hasArea = false, hasSig = false, hasKind = false;
        for (const auto &label : item.labels) {
            if (label.name.startsWith(u"area/")) {
                count(QStringLiteral("area"), label.name.mid(5));
                hasArea = true;
            } else if (label.name.startsWith(u"sig/")) {
                count(QStringLiteral("sig"), label.name.mid(4));
                hasSig = true;
            } else if (label.name.startsWith(u"kind/")) {
                count(QStringLiteral("kind"), label.name.mid(5));
                hasKind = true;
            }
        }
        if (!hasArea)
            count(QStringLiteral("area"), QStringLiteral("(none)"));
        if (!hasSig)
            count(QStringLiteral("sig"), QStringLiteral("(none)"));
        if (!hasKind)
            count(QStringLiteral("kind"), QStringLiteral("(none)"));
    }
    for (const auto &dimension : dimensions) {
        Breakdown breakdown {dimension, byDimension.value(dimension).values()};
        std::sort(
            breakdown.rows.begin(), breakdown.rows.end(), [](const BreakdownRow &a, const BreakdownRow &b) {
                const int ta = a.open + a.done, tb = b.open + b.done;
                return ta != tb ? ta > tb : a.name < b.name;
            });
        metrics.breakdowns.append(breakdown);
    }
    return metrics;
}

} // namespace ReleaseDesk::Models
