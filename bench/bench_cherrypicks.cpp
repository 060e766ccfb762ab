// Cherry-pick matrix benchmark: 5,000 fixes merged on master over five repositories (their numbers
// collide), four maintained branches, a cherry-pick pull request for most cells (found by link, title
// or head branch, open or merged) and the bot's comments on a fifth of the fixes. Prints the time to
// recompute the matrix (median of 7, min, max) against the 100 ms bar of the issue, and its ratio to a
// same-run floor (one walk over the same items). Run through bench/run.

#include "barreport.h"
#include "floors.h"

#include "cherrypick/cherrypickmatrix.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Api;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int fixCount = 5000;
    constexpr int repositoryCount = 5;
    const QStringList branches {QStringLiteral("release-1.35"), QStringLiteral("release-1.34"),
        QStringLiteral("release-1.33"), QStringLiteral("release-1.32")};
    Models::CherryPickPolicy policy;
    policy.maintainedBranches = branches;
    const QDateTime start(QDate(2026, 6, 1), QTime(8, 0), QTimeZone::UTC);

    QList<Item> items;
    QList<Models::CherryPickComment> comments;
    QRandomGenerator random(15);
    int picks = 0;
    for (int index = 0; index < fixCount; ++index) {
        const RepositoryRef repository {QStringLiteral("github.com"), QStringLiteral("kubernetes"),
            QStringLiteral("repo%1").arg(index % repositoryCount)};
        Item fix;
        fix.key = {repository, 1000 + index / repositoryCount}; // #1000 exists in every repository
        fix.kind = Item::Kind::PullRequest;
        fix.state = Item::State::Merged;
        fix.title = QStringLiteral("Fix the scheduler when node %1 drains").arg(index);
        fix.body
            = QStringLiteral("What this PR does: fixes a drain race.\n\n```release-note\nFixed a race.\n```");
        fix.baseRef = QStringLiteral("master");
        fix.headRef = QStringLiteral("fix-%1").arg(index);
        fix.createdAt = start.addSecs(index * 600);
        fix.mergedAt = fix.createdAt.addSecs(3600);
        fix.updatedAt = fix.mergedAt;
        fix.url = QUrl(
            QStringLiteral("https://github.com/%1/pull/%2").arg(repository.fullName()).arg(fix.key.number));
        fix.labels = {{QStringLiteral("kind/bug"), QStringLiteral("ee0701"), QString()},
            {QStringLiteral("sig/node"), QStringLiteral("0e8a16"), QString()}};
        items.append(fix);
        for (int column = 0; column < branches.size(); ++column) {
            const auto roll = random.bounded(10);
            if (roll < 2)
                continue; // missing, or only asked for below
            Item pick;
            pick.key = {repository, 100000 + picks++};
            pick.kind = Item::Kind::PullRequest;
            pick.baseRef = branches.at(column);
            pick.state = roll < 7 ? Item::State::Merged : Item::State::Open;
            pick.createdAt = fix.mergedAt.addSecs(7200);
            pick.mergedAt = pick.state == Item::State::Merged ? pick.createdAt.addSecs(3600) : QDateTime();
            pick.updatedAt = pick.createdAt.addSecs(7200);
            pick.url = QUrl(QStringLiteral("https://github.com/%1/pull/%2")
                                .arg(repository.fullName())
                                .arg(pick.key.number));
            pick.body = QStringLiteral("```release-note\nNONE\n```");
            switch (roll % 4) {
            case 0:
                pick.title
                    = QStringLiteral("Automated cherry pick of #%1: %2").arg(fix.key.number).arg(fix.title);
                break;
            case 1:
                pick.title = QStringLiteral("[%1] %2").arg(branches.at(column), fix.title);
                break;
            case 2:
                pick.title = QStringLiteral("Backport drain fix");
                pick.headRef
                    = QStringLiteral("cherry-pick-%1-to-%2").arg(fix.key.number).arg(branches.at(column));
                break;
            default:
                pick.title = QStringLiteral("Backport drain fix");
                pick.body = QStringLiteral("Cherry pick of %1#%2 on %3.")
                                .arg(repository.fullName())
                                .arg(fix.key.number)
                                .arg(branches.at(column));
                break;
            }
            items.append(pick);
        }
        if (index % 5 == 0) {
            comments.append({fix.key, QStringLiteral("someone"), fix.mergedAt.addSecs(60), QUrl(),
                QStringLiteral("/cherrypick %1").arg(branches.constLast())});
            comments.append({fix.key, QStringLiteral("k8s-ci-robot"), fix.mergedAt.addSecs(120), QUrl(),
                QStringLiteral("@someone: #%1 failed to apply on top of branch \"%2\":\n```\nCONFLICT\n```")
                    .arg(fix.key.number)
                    .arg(branches.constLast())});
        }
    }
    // Unrelated pull requests of the main branch and the branches, as a real cache holds them.
    for (int index = 0; index < fixCount; ++index) {
        Item other;
        other.key = {RepositoryRef {QStringLiteral("github.com"), QStringLiteral("kubernetes"),
                         QStringLiteral("repo%1").arg(index % repositoryCount)},
            200000 + index};
        other.kind = Item::Kind::PullRequest;
        other.state = index % 3 ? Item::State::Merged : Item::State::Open;
        other.title = QStringLiteral("Add a flag to kubectl %1").arg(index);
        other.baseRef = index % 2 ? QStringLiteral("master") : branches.at(index % branches.size());
        other.labels = {{QStringLiteral("kind/feature"), QStringLiteral("c2e0c6"), QString()}};
        items.append(other);
    }
    std::fprintf(stderr, "%lld items, %lld comments\n", qint64(items.size()), qint64(comments.size()));

    QList<double> times;
    Models::CherryPickMatrix matrix;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        matrix = Models::computeCherryPickMatrix(items, comments, policy, QStringLiteral("master"));
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    const double median = times.at(times.size() / 2);
    const double floor = Bench::bareWalkMs(items, {});
    if (matrix.rows.size() != fixCount) {
        std::fprintf(stderr, "expected %d rows, got %lld\n", fixCount, qint64(matrix.rows.size()));
        return 1;
    }
    std::printf(
        "cherry-pick matrix: %d fixes x %lld branches, %lld cells merged, %lld open, %lld conflicts\n",
        fixCount, qint64(branches.size()), qint64(matrix.count(Models::CherryPickState::Merged)),
        qint64(matrix.count(Models::CherryPickState::OpenPullRequest)),
        qint64(matrix.count(Models::CherryPickState::Conflicts)));
    std::printf("  recompute: median %.1f ms (min %.1f, max %.1f); floor (one walk) %.2f ms\n", median,
        times.constFirst(), times.constLast(), floor);
    Bench::reportBar("cherry-pick matrix, 5,000 fixes x 4 branches", median, "ms", Bench::Goal::Below, 100);
    Bench::reportRatio("cherry-pick matrix / bare walk", median, floor);
    return 0;
}
