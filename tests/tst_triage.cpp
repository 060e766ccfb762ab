#include "fakegithub.h"

#include "boardmodel.h"
#include "demoworkspace.h"
#include "itemtablemodel.h"
#include "store.h"
#include "store/itemrepository.h"
#include "store/milestonerepository.h"
#include "triage.h"

#include "api/githubclient.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Api;
using namespace ReleaseDesk::Models;

/// Triage written back to the fake GitHub: optimistic board, rollback on refusal, undo.
class TriageTest : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        Testing::FakeGitHub fake;
        QTemporaryDir dir;
        Store store;
        ItemTableModel items;
        QNetworkAccessManager network;
        std::unique_ptr<GitHubClient> client;
        std::unique_ptr<TriageExecutor> executor;
        QString host;
        DemoWorkspace demo = DemoWorkspace::generate(QDate(2026, 11, 25));
        QList<Item> open;

        bool start(const QString &scopes = QStringLiteral("repo"))
        {
            auto data = Testing::fakeDataFrom(demo, false);
            data.addItems(demo.items, {});
            data.addToken(QStringLiteral("ghp_triage"), QStringLiteral("octo"), scopes);
            if (!fake.start(data.toJson()) || !store.open(dir.filePath(QStringLiteral("t.sqlite"))))
                return false;
            const auto parsed = GitHubHost::fromUserInput(fake.url().toString());
            host = parsed->name;
            QList<Item> local;
            for (auto item : demo.items) {
                item.key.repository.host = host;
                for (auto &link : item.links)
                    link.target.repository.host = host;
                local.append(item);
                if (item.isOpen())
                    open.append(item);
            }
            for (auto it = demo.milestones.cbegin(); it != demo.milestones.cend(); ++it) {
                auto repository = it.key();
                repository.host = host;
                MilestoneRepository(store).upsertMilestones(repository, it.value());
            }
            ItemRepository(store).upsertItems(local);
            items.setItems(local);
            client = std::make_unique<GitHubClient>(&network, *parsed, QStringLiteral("ghp_triage"));
            executor = std::make_unique<TriageExecutor>(client.get(), &store, &items);
            return true;
        }

        QJsonObject onGitHub(const ItemKey &key)
        {
            QNetworkAccessManager manager;
            QUrl url = fake.url().resolved(QUrl(QStringLiteral("/_fake/item")));
            url.setQuery(QUrlQuery {{QStringLiteral("repo"), key.repository.fullName()},
                {QStringLiteral("number"), QString::number(key.number)}});
            return fake.post(QStringLiteral("/_fake/item?") + url.query(), {});
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
        QVERIFY2(f.start(), qPrintable(f.fake.error()));
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
            QVERIFY(
                remote.value(QStringLiteral("labels")).toArray().contains(QStringLiteral("priority/high")));
            QVERIFY(remote.value(QStringLiteral("assignees")).toArray().contains(QStringLiteral("octo")));
            QCOMPARE(remote.value(QStringLiteral("milestone")).toInt(), 43);
            QCOMPARE(remote.value(QStringLiteral("comments"))
                         .toArray()
                         .last()
                         .toObject()
                         .value(QStringLiteral("body"))
                         .toString(),
                QStringLiteral("/cherrypick release-4.1"));
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
            QVERIFY(
                !remote.value(QStringLiteral("labels")).toArray().contains(QStringLiteral("priority/high")));
            QVERIFY(!remote.value(QStringLiteral("assignees")).toArray().contains(QStringLiteral("octo")));
            QCOMPARE(remote.value(QStringLiteral("milestone")).toInt(), 42);
            QCOMPARE(f.items.itemAt(f.items.rowOf(item.key)).milestone, item.milestone);
        }
    }

    void refusalsInTheMiddleRollBackOnlyTheirItem()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.fake.error()));
        const auto first = f.open.at(0);
        const auto second = f.open.at(1);
        const auto third = f.open.at(2);
        // The second item's repository refuses: no push rights.
        f.fake.setFaults(QJsonArray {QJsonObject {{QStringLiteral("operation"), QStringLiteral("REST")},
            {QStringLiteral("match"), QStringLiteral("/issues/%1/").arg(second.key.number)},
            {QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), 403},
            {QStringLiteral("body"),
                QJsonObject {{QStringLiteral("message"), QStringLiteral("Must have push access")}}}}});
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
        QVERIFY(!f.onGitHub(second.key)
                     .value(QStringLiteral("labels"))
                     .toArray()
                     .contains(QStringLiteral("do-not-merge/hold")));
    }

    /// Two changes on one card, the first refused: only the first is taken back; the second, which
    /// landed on GitHub, stays on the card and in the store.
    void aRefusalTakesBackOnlyItsOwnChangeOfACard()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.fake.error()));
        const auto item = f.open.at(0);
        QVERIFY(!item.hasLabel(u"do-not-merge/hold"));
        f.fake.setFaults(QJsonArray {QJsonObject {{QStringLiteral("operation"), QStringLiteral("REST")},
            {QStringLiteral("match"), QStringLiteral("/issues/%1/labels").arg(item.key.number)},
            {QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), 403},
            {QStringLiteral("body"),
                QJsonObject {{QStringLiteral("message"), QStringLiteral("Must have push access")}}}}});
        const auto [succeeded, failures] = f.run({
            {item.key, {TriageAction::Kind::AddLabel, QStringLiteral("do-not-merge/hold")}},
            {item.key, {TriageAction::Kind::Close, QString()}},
        });
        QCOMPARE(succeeded, 1);
        QCOMPARE(failures.size(), 1);
        const auto shown = f.items.itemAt(f.items.rowOf(item.key));
        QVERIFY(!shown.hasLabel(u"do-not-merge/hold")); // refused: taken back
        QVERIFY(!shown.isOpen()); // landed: kept
        QCOMPARE(f.onGitHub(item.key).value(QStringLiteral("state")).toString().toLower(),
            QStringLiteral("closed"));
        const auto stored = ItemRepository(f.store).item(item.key);
        QVERIFY(stored && !stored->isOpen() && !stored->hasLabel(u"do-not-merge/hold"));
    }

    void aTokenWithoutWriteScopeIsRefusedClearly()
    {
        Fixture f;
        QVERIFY2(f.start(QStringLiteral("read:org")), qPrintable(f.fake.error()));
        const auto item = f.open.first();
        const auto [succeeded, failures] = f.run({{item.key, {TriageAction::Kind::Close, QString()}}});
        QCOMPARE(succeeded, 0);
        QCOMPARE(failures.size(), 1);
        QVERIFY(failures.first().contains(QStringLiteral("repo scope")));
        QCOMPARE(f.items.itemAt(f.items.rowOf(item.key)).state, Item::State::Open);
    }
};

QTEST_GUILESS_MAIN(TriageTest)
#include "tst_triage.moc"
