#include "fakegithubservice.h"

#include "boardmodel.h"
#include "demoworkspace.h"
#include "itemtablemodel.h"
#include "store.h"
#include "store/itemrepository.h"
#include "store/milestonerepository.h"
#include "triage.h"

#include "api/githuberrors.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Api;
using namespace ReleaseDesk::Models;

/// Triage written back to GitHub (the in-process fake service, which records and applies the edits):
/// optimistic board, rollback on refusal, undo.
class TriageTest : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        Testing::FakeGitHubService github;
        QTemporaryDir dir;
        Store store;
        ItemTableModel items;
        std::unique_ptr<TriageExecutor> executor;
        DemoWorkspace demo = DemoWorkspace::generate(QDate(2026, 11, 25));
        QList<Item> open;

        bool start(const QString &scopes = QStringLiteral("repo"))
        {
            if (!store.open(dir.filePath(QStringLiteral("t.sqlite"))))
                return false;
            for (const auto &entry : demo.release.repositories)
                github.addRepository(entry.repository, demo.labels.value(entry.repository),
                    demo.milestones.value(entry.repository));
            github.addItems(demo.items);
            github.setViewer(QStringLiteral("octo"), QStringLiteral("Octo"), {scopes});
            // GitHub's answer to a write with a token that may only read.
            if (!scopes.contains(QStringLiteral("repo")))
                github.refuseWrites(
                    refusal(403, QStringLiteral("Resource not accessible by personal access token")));
            for (const auto &item : std::as_const(demo.items)) {
                if (item.isOpen())
                    open.append(item);
            }
            for (auto it = demo.milestones.cbegin(); it != demo.milestones.cend(); ++it)
                MilestoneRepository(store).upsertMilestones(it.key(), it.value());
            ItemRepository(store).upsertItems(demo.items);
            items.setItems(demo.items);
            executor = std::make_unique<TriageExecutor>(&github, &store, &items);
            return true;
        }

        /// GitHub refusing a change with `status` and its `message`, as the client reports it.
        static ApiError refusal(int status, const QString &message)
        {
            GitHubErrors::HttpAnswer answer;
            answer.status = status;
            answer.gitHubMessage = message;
            return GitHubErrors::fromHttp(answer, GitHubErrors::Request::Change);
        }

        Item onGitHub(const ItemKey &key) const { return github.item(key).value_or(Item {}); }

        /// The comments GitHub received for `key`, in order.
        QStringList comments(const ItemKey &key) const
        {
            QStringList bodies;
            for (const auto &edit : github.edits()) {
                if (edit.item == key && edit.kind == IssueEdit::Kind::Comment)
                    bodies.append(edit.value);
            }
            return bodies;
        }

        std::pair<int, QStringList> run(const QList<TriageChange> &changes)
        {
            QSignalSpy finished(executor.get(), &TriageExecutor::finished);
            executor->apply(changes);
            if (!finished.wait(30000))
                return {-1, {}};
            return {finished.first().at(0).toInt(), finished.first().at(1).toStringList()};
        }
    };

private Q_SLOTS:
    /// A batch of changes is one update of the model: the board recomputes once when the batch
    /// starts (every card shows its change), not once per card; a refused card comes back alone.
    void aBatchRecomputesTheBoardOnce()
    {
        Fixture f;
        QVERIFY(f.start());
        BoardModel board(&f.items);
        board.setRelease(f.demo.release);
        QList<TriageChange> changes;
        for (int i = 0; i < 6; ++i)
            changes.append(
                {f.open[i * 3].key, {TriageAction::Kind::AddLabel, QStringLiteral("triage/accepted")}});
        const auto before = board.recomputeCount();
        QSignalSpy changed(&f.items, &QAbstractItemModel::dataChanged);
        f.executor->apply(changes);
        QCOMPARE(board.recomputeCount(), before + 1); // synchronously, before GitHub answered
        for (const auto &change : std::as_const(changes)) {
            const auto &shown = f.items.itemAt(f.items.rowOf(change.item));
            QVERIFY(std::any_of(shown.labels.cbegin(), shown.labels.cend(),
                [](const Label &label) { return label.name == QLatin1StringView("triage/accepted"); }));
        }
        QVERIFY(changed.size() <= changes.size());
        QSignalSpy finished(f.executor.get(), &TriageExecutor::finished);
        QVERIFY(finished.wait(30000));
        // Landed: nothing to put back, so no further recompute.
        QCOMPARE(finished.first().at(0).toInt(), int(changes.size()));
        QCOMPARE(board.recomputeCount(), before + 1);
    }

    void actionsPreviewApplyAndInvert()
    {
        Item item;
        item.key.number = 3;
        item.key.repository = {QStringLiteral("github.com"), QStringLiteral("k"), QStringLiteral("console")};
        item.milestone = QStringLiteral("v4.1.2");
        const TriageAction add {TriageAction::Kind::AddLabel, QStringLiteral("kind/bug")};
        QCOMPARE(add.describe(item), QStringLiteral("console#3: add label \u2068kind/bug\u2069")); // isolated
        const auto labelled = add.applyTo(item);
        QVERIFY(labelled && labelled->hasLabel(u"kind/bug"));
        QVERIFY(!add.applyTo(*labelled)); // adding twice changes nothing
        QCOMPARE(add.inverse(item)->kind, TriageAction::Kind::RemoveLabel);
        const TriageAction milestone {TriageAction::Kind::SetMilestone, QStringLiteral("v4.1.3")};
        QCOMPARE(milestone.inverse(item)->value, QStringLiteral("v4.1.2"));
        const TriageAction comment {TriageAction::Kind::Comment, QStringLiteral("hi")};
        QVERIFY(!comment.inverse(item));
        QCOMPARE(TriageExecutor::cherryPickComment(QStringLiteral("release-4.1")),
            QStringLiteral("/cherrypick release-4.1"));
    }

    void aBulkActionAcrossRepositoriesLandsOnGitHub()
    {
        Fixture f;
        QVERIFY(f.start());
        QAbstractItemModelTester tester(&f.items, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<TriageChange> changes;
        QSet<QString> repositories;
        QList<Item> targets;
        for (const auto &item : f.open) {
            if (!item.hasLabel(u"priority/high") && item.milestone != QLatin1StringView("v4.2.0")
                && !item.assignees.contains(QStringLiteral("octo"))
                && !repositories.contains(item.key.repository.name)) {
                repositories.insert(item.key.repository.name);
                targets.append(item);
            }
        }
        QCOMPARE(targets.size(), 3);
        for (const auto &item : targets) {
            changes.append({item.key, {TriageAction::Kind::AddLabel, QStringLiteral("priority/high")}});
            changes.append({item.key, {TriageAction::Kind::Assign, QStringLiteral("octo")}});
            changes.append({item.key, {TriageAction::Kind::SetMilestone, QStringLiteral("v4.2.0")}});
            changes.append({item.key,
                {TriageAction::Kind::Comment,
                    TriageExecutor::cherryPickComment(QStringLiteral("release-4.1"))}});
        }
        QCOMPARE(f.executor->preview(changes).size(), changes.size());
        QSignalSpy changed(&f.items, &QAbstractItemModel::dataChanged);
        const auto [succeeded, failures] = f.run(changes);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QCOMPARE(succeeded, changes.size());
        QVERIFY(!changed.isEmpty()); // the board changed in place
        for (const auto &item : targets) {
            const auto remote = f.onGitHub(item.key);
            QVERIFY(remote.hasLabel(u"priority/high"));
            QVERIFY(remote.assignees.contains(QStringLiteral("octo")));
            QCOMPARE(remote.milestone, QStringLiteral("v4.2.0"));
            QCOMPARE(f.comments(item.key).last(), QStringLiteral("/cherrypick release-4.1"));
            const auto local = f.items.itemAt(f.items.rowOf(item.key));
            QVERIFY(local.hasLabel(u"priority/high"));
            QCOMPARE(local.milestone, QStringLiteral("v4.2.0"));
            QVERIFY(ItemRepository(f.store).item(item.key)->hasLabel(
                u"priority/high")); // kept until the next sync confirms it
        }

        // Undo of the last bulk action puts GitHub back (comments stay, as on GitHub).
        QVERIFY(f.executor->canUndo());
        QSignalSpy undone(f.executor.get(), &TriageExecutor::finished);
        f.executor->undo();
        QVERIFY(undone.wait(30000));
        QVERIFY(undone.first().at(1).toStringList().isEmpty());
        for (const auto &item : targets) {
            const auto remote = f.onGitHub(item.key);
            QVERIFY(!remote.hasLabel(u"priority/high"));
            QVERIFY(!remote.assignees.contains(QStringLiteral("octo")));
            QCOMPARE(remote.milestone, item.milestone);
            QCOMPARE(f.comments(item.key).size(), 1); // comments stay
            QCOMPARE(f.items.itemAt(f.items.rowOf(item.key)).milestone, item.milestone);
        }
    }

    void refusalsInTheMiddleRollBackOnlyTheirItem()
    {
        Fixture f;
        QVERIFY(f.start());
        const auto first = f.open.at(0);
        const auto second = f.open.at(1);
        const auto third = f.open.at(2);
        // The second item's repository refuses: no push rights.
        f.github.refuseWritesTo(second.key, Fixture::refusal(403, QStringLiteral("Must have push access")));
        const QList<TriageChange> changes = {
            {first.key, {TriageAction::Kind::AddLabel, QStringLiteral("do-not-merge/hold")}},
            {second.key, {TriageAction::Kind::AddLabel, QStringLiteral("do-not-merge/hold")}},
            {third.key, {TriageAction::Kind::AddLabel, QStringLiteral("do-not-merge/hold")}},
            {third.key, {TriageAction::Kind::SetMilestone, QStringLiteral("v9.9.9")}}, // no such milestone
        };
        const auto [succeeded, failures] = f.run(changes);
        QCOMPARE(succeeded, 2);
        QCOMPARE(failures.size(), 2);
        QVERIFY(failures.join(QLatin1Char('\n')).contains(QStringLiteral("Must have push access")));
        QVERIFY(failures.join(QLatin1Char('\n')).contains(QStringLiteral("push (triage) rights")));
        QVERIFY(failures.join(QLatin1Char('\n')).contains(QStringLiteral("v9.9.9")));
        QVERIFY(f.items.itemAt(f.items.rowOf(first.key)).hasLabel(u"do-not-merge/hold"));
        QVERIFY(!f.items.itemAt(f.items.rowOf(second.key)).hasLabel(u"do-not-merge/hold")); // rolled back
        QVERIFY(f.items.itemAt(f.items.rowOf(third.key)).hasLabel(u"do-not-merge/hold"));
        QVERIFY(!f.onGitHub(second.key).hasLabel(u"do-not-merge/hold"));
        QVERIFY(f.onGitHub(first.key).hasLabel(u"do-not-merge/hold"));
    }

    /// Two changes on one card, the first refused: only the first is taken back; the second, which
    /// landed on GitHub, stays on the card and in the store.
    void aRefusalTakesBackOnlyItsOwnChangeOfACard()
    {
        Fixture f;
        QVERIFY(f.start());
        const auto item = f.open.at(0);
        QVERIFY(!item.hasLabel(u"do-not-merge/hold"));
        f.github.refuseWritesTo(item.key, IssueEdit::Kind::AddLabel,
            Fixture::refusal(403, QStringLiteral("Must have push access")));
        const auto [succeeded, failures] = f.run({
            {item.key, {TriageAction::Kind::AddLabel, QStringLiteral("do-not-merge/hold")}},
            {item.key, {TriageAction::Kind::Close, QString()}},
        });
        QCOMPARE(succeeded, 1);
        QCOMPARE(failures.size(), 1);
        const auto shown = f.items.itemAt(f.items.rowOf(item.key));
        QVERIFY(!shown.hasLabel(u"do-not-merge/hold")); // refused: taken back
        QVERIFY(!shown.isOpen()); // landed: kept
        QVERIFY(!f.onGitHub(item.key).isOpen());
        QVERIFY(!f.onGitHub(item.key).hasLabel(u"do-not-merge/hold"));
        const auto stored = ItemRepository(f.store).item(item.key);
        QVERIFY(stored && !stored->isOpen() && !stored->hasLabel(u"do-not-merge/hold"));
    }

    void aTokenWithoutWriteScopeIsRefusedClearly()
    {
        Fixture f;
        QVERIFY(f.start(QStringLiteral("read:org")));
        const auto item = f.open.first();
        const auto [succeeded, failures] = f.run({{item.key, {TriageAction::Kind::Close, QString()}}});
        QCOMPARE(succeeded, 0);
        QCOMPARE(failures.size(), 1);
        QVERIFY(failures.first().contains(QStringLiteral("repo scope")));
        QCOMPARE(f.items.itemAt(f.items.rowOf(item.key)).state, Item::State::Open);
        QVERIFY(f.github.edits().isEmpty()); // nothing landed
        QVERIFY(f.onGitHub(item.key).isOpen());
    }
};

QTEST_GUILESS_MAIN(TriageTest)
#include "tst_triage.moc"
