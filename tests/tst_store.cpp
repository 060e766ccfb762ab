#include "releasenoteblock.h"
#include "store.h"
#include "store/branchcirepository.h"
#include "store/itemrepository.h"
#include "store/releaserepository.h"
#include "store/storereaderfactory.h"
#include "store/syncstaterepository.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Api;
using Models::BranchCiRepository;
using Models::ItemRepository;
using Models::ItemSelection;
using Models::Store;
using Models::StoreError;
using Models::SyncStateRepository;

namespace {
QDateTime utc(const char *text)
{
    auto dateTime = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    dateTime.setTimeZone(QTimeZone::UTC);
    return dateTime;
}

RepositoryRef console()
{
    return {QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("console")};
}

Item samplePullRequest(int number)
{
    Item item;
    item.key = {console(), number};
    item.kind = Item::Kind::PullRequest;
    item.state = Item::State::Merged;
    item.title = QStringLiteral("Fix <b>pagination</b> in 中文 page");
    item.body = QStringLiteral("```release-note\r\nFix pagination.\r\n```\r\n");
    item.author = QStringLiteral("alice");
    item.url = QUrl(QStringLiteral("https://github.com/kubesphere/console/pull/%1").arg(number));
    item.createdAt = utc("2026-09-01T10:00:00Z");
    item.updatedAt = utc("2026-09-03T11:30:00.250Z");
    item.closedAt = utc("2026-09-03T11:00:00Z");
    item.mergedAt = utc("2026-09-03T11:00:00Z");
    item.milestone = QStringLiteral("v4.1.3");
    item.labels
        = {{QStringLiteral("kind/bug"), QStringLiteral("d73a4a"), QStringLiteral("Something is broken")},
            {QStringLiteral("release-note"), QStringLiteral("c2e0c6"), QString()}};
    item.assignees = {QStringLiteral("bob"), QStringLiteral("carol")};
    item.isDraft = false;
    item.baseRef = QStringLiteral("master");
    item.headRef = QStringLiteral("alice/fix");
    item.reviewDecision = QStringLiteral("APPROVED");
    item.mergeable = QStringLiteral("UNKNOWN");
    item.mergeStateStatus = QStringLiteral("CLEAN");
    item.ciContexts = {{CiContext::Source::CheckRun, QStringLiteral("build"), QStringLiteral("SUCCESS"), true,
                           QUrl(QStringLiteral("https://ci/1")), utc("2026-09-03T10:00:00Z")},
        {CiContext::Source::StatusContext, QStringLiteral("e2e"), QStringLiteral("SOMETHING_NEW"), false,
            QUrl(), QDateTime()}};
    item.reviews = {{QStringLiteral("dave"), QStringLiteral("APPROVED"), utc("2026-09-02T09:00:00Z")}};
    item.links = {{ItemLink::Kind::Closes, {console(), 12}},
        {ItemLink::Kind::CherryPickOf,
            {{QStringLiteral("ghe.example.com"), QStringLiteral("ks"), QStringLiteral("console")}, 99}}};
    return item;
}
} // namespace

class StoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void roundTripsEveryField()
    {
        const auto path = m_dir.filePath(QStringLiteral("roundtrip.sqlite"));
        const auto original = samplePullRequest(4321);
        Release release;
        release.name = QStringLiteral("v4.1.3");
        release.repositories = {{console(), {QStringLiteral("v4.1.3"), QStringLiteral("4.1.3")}}};
        release.releaseBranch = QStringLiteral("release-4.1");
        release.featureFreeze = QDate(2026, 9, 1);
        release.codeFreeze = QDate(2026, 9, 10);
        release.releaseDate = QDate(2026, 9, 20);
        release.blockerRule = QStringLiteral("is:open label:kind/bug");
        {
            Store store;
            QVERIFY2(store.open(path), qPrintable(store.lastError().message));
            QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
            QVERIFY(ItemRepository(store).upsertItems({original}));
            QVERIFY(Models::ReleaseRepository(store).saveRelease(release));
            QVERIFY(release.id > 0);
            QVERIFY(ItemRepository(store).appendTimelineEvents(
                {{original.key, TimelineEvent::Kind::Labeled, QStringLiteral("LabeledEvent"),
                     QStringLiteral("bob"), utc("2026-09-01T10:05:00Z"), QStringLiteral("kind/bug")},
                    {original.key, TimelineEvent::Kind::Other, QStringLiteral("FutureEvent"),
                        QStringLiteral("bob"), utc("2026-09-01T10:06:00Z"), QString()}}));
            QVERIFY(Models::ReleaseRepository(store).recordSnapshots(
                release.id, {{QDate(2026, 9, 2), QStringLiteral("blockers.open"), 3}}));
            QVERIFY(BranchCiRepository(store).setBranchCi(
                console(), QStringLiteral("release-4.1"), QStringLiteral("abc"), original.ciContexts));
            QVERIFY(store.setMeta(QStringLiteral("k"), QStringLiteral("v")));
        }
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.lastError().message));
        const auto loaded = ItemRepository(store).item(original.key);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->title, original.title);
        QCOMPARE(loaded->ciContexts, original.ciContexts);
        QCOMPARE(loaded->links, original.links);
        QCOMPARE(loaded->updatedAt, original.updatedAt);
        QVERIFY(*loaded == original);
        QCOMPARE(ItemRepository(store).itemsOfRelease(release).size(), 1);
        const auto releases = Models::ReleaseRepository(store).releases();
        QCOMPARE(releases.size(), 1);
        QCOMPARE(releases.first(), release);
        const auto events = ItemRepository(store).timelineEvents();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].kind, TimelineEvent::Kind::Labeled);
        QCOMPARE(events[1].kind, TimelineEvent::Kind::Other);
        QCOMPARE(events[1].rawKind, QStringLiteral("FutureEvent")); // unknown kinds are kept
        QCOMPARE(Models::ReleaseRepository(store).snapshots(release.id).size(), 1);
        QCOMPARE(BranchCiRepository(store).branchCi(console(), QStringLiteral("release-4.1")),
            original.ciContexts);
        QCOMPARE(store.meta(QStringLiteral("k")), QStringLiteral("v"));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    void upsertReplacesAnItemAndItsLists()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("upsert.sqlite"))));
        auto item = samplePullRequest(7);
        QVERIFY(ItemRepository(store).upsertItems({item, samplePullRequest(8)}));
        item.title = QStringLiteral("Renamed");
        item.labels = {{QStringLiteral("lgtm"), QStringLiteral("15dd18"), QString()}};
        item.ciContexts.clear();
        item.state = Item::State::Open;
        QVERIFY(ItemRepository(store).upsertItems({item}));
        QCOMPARE(ItemRepository(store).itemCount(), 2);
        QCOMPARE(*ItemRepository(store).item(item.key), item);
    }

    void listsReadOnlyTheReleaseNoteBlockAndNeverWriteItBack()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("excerpts.sqlite"))));
        auto original = samplePullRequest(11);
        original.body
            = QStringLiteral("Long description\r\n\r\n```release-note\r\nFix pagination.\r\n```\r\n")
            + QString(5000, QLatin1Char('x'));
        QVERIFY(ItemRepository(store).upsertItems({original}));
        Release release;
        release.name = QStringLiteral("v4.1.3");
        release.repositories = {{console(), {QStringLiteral("v4.1.3")}}};
        QVERIFY(Models::ReleaseRepository(store).saveRelease(release));

        const auto listed
            = ItemRepository(store).itemsOfRelease(release, ItemRepository::Bodies::NoteExcerpt);
        QCOMPARE(listed.size(), 1);
        QVERIFY(!listed.first().bodyComplete);
        QCOMPARE(listed.first().body, QStringLiteral("```release-note\nFix pagination.\n```"));
        QCOMPARE(ItemRepository(store).itemBody(original.key), original.body);
        // Everything else is the same item.
        auto expected = original;
        expected.body = listed.first().body;
        expected.bodyComplete = false;
        QCOMPARE(listed.first(), expected);

        // Triage writes the listed item back: the whole body stays in the cache.
        auto triaged = listed.first();
        triaged.labels.removeLast();
        QVERIFY(ItemRepository(store).upsertItems({triaged}));
        QCOMPARE(ItemRepository(store).itemBody(original.key), original.body);
        QCOMPARE(ItemRepository(store).item(original.key)->labels.size(), 1);
        // A sync brings a whole new body: body and block both change.
        auto synced = original;
        synced.body = QStringLiteral("```release-note\nNONE\n```");
        QVERIFY(ItemRepository(store).upsertItems({synced}));
        QCOMPARE(
            ItemRepository(store).itemsOfRelease(release, ItemRepository::Bodies::NoteExcerpt).first().body,
            synced.body);
        QCOMPARE(ItemRepository(store).itemBody(original.key), synced.body);
    }

    void aLargeLoadReadsDetailsInParallelAndLosesNothing()
    {
        // Above the threshold the child tables are read on a second connection: the result must be
        // what was written, item by item.
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("large.sqlite"))));
        QList<Item> written;
        for (int number = 1; number <= 6000; ++number) {
            auto item = samplePullRequest(number);
            item.title = QStringLiteral("Item %1").arg(number);
            item.assignees = {QStringLiteral("user%1").arg(number % 37)};
            item.ciContexts.first().name = QStringLiteral("job-%1").arg(number % 11);
            if (number % 3 == 0)
                item.labels.clear();
            written.append(item);
        }
        QVERIFY(ItemRepository(store).upsertItems(written));
        const auto loaded = ItemRepository(store).items();
        QCOMPARE(loaded.size(), written.size());
        for (int i = 0; i < written.size(); ++i)
            QCOMPARE(loaded[i], written[i]);
    }

    void itemsAreKeyedByRepositoryNotNumber()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("keys.sqlite"))));
        auto inConsole = samplePullRequest(5);
        auto inKubesphere = samplePullRequest(5);
        inKubesphere.key.repository.name = QStringLiteral("kubesphere");
        inKubesphere.title = QStringLiteral("Other repository");
        QVERIFY(ItemRepository(store).upsertItems({inConsole, inKubesphere}));
        QCOMPARE(ItemRepository(store).itemCount(), 2);
        QCOMPARE(ItemRepository(store).item(inKubesphere.key)->title, QStringLiteral("Other repository"));
        QCOMPARE(ItemRepository(store).item(inConsole.key)->title, inConsole.title);
    }

    void failedTransactionRollsBackEverything()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("rollback.sqlite"))));
        QVERIFY(ItemRepository(store).upsertItems({samplePullRequest(1)}));
        const bool ok = store.transaction([&] {
            return ItemRepository(store).upsertItems({samplePullRequest(2)})
                && store.setMeta(QStringLiteral("x"), QStringLiteral("1"))
                && false; // the caller gives up half way
        });
        QVERIFY(!ok);
        QCOMPARE(ItemRepository(store).itemCount(), 1);
        QVERIFY(store.meta(QStringLiteral("x")).isEmpty());
        // An event for an item that is not stored fails the whole batch, not half of it.
        TimelineEvent orphan;
        orphan.item = {console(), 404};
        orphan.kind = TimelineEvent::Kind::Closed;
        orphan.at = utc("2026-09-01T00:00:00Z");
        TimelineEvent good = orphan;
        good.item = {console(), 1};
        QVERIFY(!ItemRepository(store).appendTimelineEvents({good, orphan}));
        QVERIFY(store.lastError().message.contains(QStringLiteral("kubesphere/console#404")));
        QCOMPARE(ItemRepository(store).timelineEventCount(), 0);
    }

    void migratesADatabaseWrittenByTheFirstSchema()
    {
        // tests/data/schema1-workspace.sql is a dump of a workspace written by schema 1, frozen when
        // schema 1 was current: editing a released migration in place breaks this test.
        const auto path = m_dir.filePath(QStringLiteral("schema1.sqlite"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QFile dump(QStringLiteral(RELEASEDESK_TEST_DATA "/schema1-workspace.sql"));
            QVERIFY(dump.open(QIODevice::ReadOnly));
            QSqlQuery query(db);
            for (const auto &statement : QString::fromUtf8(dump.readAll()).split(QStringLiteral(";\n"))) {
                if (!statement.trimmed().isEmpty())
                    QVERIFY2(query.exec(statement), qPrintable(statement));
            }
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fixture"));

        Store store;
        QVERIFY2(store.open(path), qPrintable(store.lastError().message));
        QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
        const auto items = ItemRepository(store).items();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].title, QStringLiteral("Fix the monitoring dashboard"));
        QCOMPARE(items[0].labels.size(), 2);
        QCOMPARE(items[1].ciContexts.size(), 1);
        QCOMPARE(Models::ReleaseRepository(store).releases().size(), 1);
        QCOMPARE(Models::ReleaseRepository(store).releases().first().repositories.first().milestones,
            QStringList {QStringLiteral("v3.4.0")});
        // Schema 2's tables work on the upgraded file.
        QVERIFY(BranchCiRepository(store).setBranchCi(console(), QStringLiteral("release-3.4"),
            QStringLiteral("sha"),
            {{CiContext::Source::CheckRun, QStringLiteral("build"), QStringLiteral("SUCCESS"), true, QUrl(),
                QDateTime()}}));
        // Schema 4: the block of each body was extracted by the migration.
        for (const auto &listed : ItemRepository(store).itemsOfRelease(
                 Models::ReleaseRepository(store).releases().first(), ItemRepository::Bodies::NoteExcerpt))
            QCOMPARE(listed.body,
                Models::ReleaseNoteBlock::excerpt(ItemRepository(store).itemBody(listed.key).value()));
        // Schema 3: the release read from schema 1 has no range; one can be added and read back.
        auto release = Models::ReleaseRepository(store).releases().first();
        QVERIFY(!release.repositories.first().hasRange());
        release.repositories.first().rangeFrom = QStringLiteral("v3.3.2");
        release.repositories.first().rangeTo = QStringLiteral("release-3.4");
        QVERIFY(Models::ReleaseRepository(store).saveRelease(release));
        QVERIFY(ItemRepository(store).replaceRangeItems(release.id, release.repositories.first().repository,
            {QStringLiteral("v3.3.2"), QStringLiteral("release-3.4"), QStringLiteral("abc"),
                QDateTime::currentDateTimeUtc()},
            {ItemKey {release.repositories.first().repository, items[1].key.number}}));
        QCOMPARE(SyncStateRepository(store)
                     .rangeState(release.id, release.repositories.first().repository)
                     ->headOid,
            QStringLiteral("abc"));
        QCOMPARE(Models::ReleaseRepository(store).releases().first().repositories.first().rangeTo,
            QStringLiteral("release-3.4"));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    void migrationIsIncrementalFromEveryVersion()
    {
        const auto path = m_dir.filePath(QStringLiteral("incremental.sqlite"));
        {
            Store store;
            QVERIFY(store.open(path, 1));
            QCOMPARE(store.schemaVersion(), 1);
        }
        {
            // A row as schema 1 wrote it (this build's writes assume the latest schema).
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("INSERT INTO repositories (id, host, owner, name) VALUES (1, "
                                              "'github.com', 'kubesphere', 'console')")));
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO items (repo_id, number, kind, state, title, body) VALUES "
                               "(1, 3, 1, 'MERGED', 'Fix', 'Text\n```release-note\nFixed.\n```\n')")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema1"));
        Store store;
        QVERIFY(store.open(path));
        QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
        QCOMPARE(ItemRepository(store).itemCount(), 1);
        Release release;
        release.name = QStringLiteral("all");
        release.repositories = {{console(), {}}};
        QCOMPARE(
            ItemRepository(store).itemsOfRelease(release, ItemRepository::Bodies::NoteExcerpt).first().body,
            QStringLiteral("```release-note\nFixed.\n```"));
    }

    void refusesAFileThatIsNotADatabase()
    {
        const auto path = m_dir.filePath(QStringLiteral("notes.txt"));
        const QByteArray content = "These are my notes, not a database.\n";
        writeFile(path, content);
        Store store;
        QVERIFY(!store.open(path));
        QCOMPARE(store.lastError().code, StoreError::Code::NotADatabase);
        QVERIFY(store.lastError().message.contains(QStringLiteral("--workspace")));
        QCOMPARE(readFile(path), content); // never overwritten
    }

    void refusesAForeignSqliteDatabase()
    {
        const auto path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO bookmarks VALUES ('https://example.org')")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const auto before = readFile(path);
        Store store;
        QVERIFY(!store.open(path));
        QCOMPARE(store.lastError().code, StoreError::Code::ForeignDatabase);
        QCOMPARE(readFile(path), before);
    }

    void refusesACorruptWorkspace()
    {
        const auto path = m_dir.filePath(QStringLiteral("corrupt.sqlite"));
        {
            Store store;
            QVERIFY(store.open(path));
            QList<Item> items;
            for (int i = 1; i <= 300; ++i)
                items.append(samplePullRequest(i));
            QVERIFY(ItemRepository(store).upsertItems(items));
            QVERIFY(store.transaction([&] { return true; }));
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        // Scribble over pages after the header (page 1 stays intact, so SQLite opens the file).
        auto bytes = readFile(path);
        QVERIFY(bytes.size() > 64 * 1024);
        for (qsizetype i = 8192; i < bytes.size() - 4096; i += 4096)
            std::fill_n(bytes.begin() + i + 100, 2000, char(0x5a));
        writeFile(path, bytes);

        {
            Store store;
            QVERIFY(!store.open(path));
            QCOMPARE(store.lastError().code, StoreError::Code::Corrupt);
            QVERIFY(store.lastError().message.contains(QStringLiteral("backup")));
            QCOMPARE(readFile(path), bytes);
        }
        // Checked alongside (the window): damage deep in the item pages (the schema still reads) lets
        // it open; the verdict comes, and no write touches the file.
        const auto deep = m_dir.filePath(QStringLiteral("deep.sqlite"));
        {
            Store store;
            QVERIFY(store.open(deep));
            QList<Item> items;
            for (int i = 1; i <= 300; ++i)
                items.append(samplePullRequest(i));
            QVERIFY(ItemRepository(store).upsertItems(items));
        }
        QFile::remove(deep + QStringLiteral("-wal"));
        QFile::remove(deep + QStringLiteral("-shm"));
        auto deepBytes = readFile(deep);
        for (qsizetype i = deepBytes.size() / 2; i < deepBytes.size() - 4096; i += 4096)
            std::fill_n(deepBytes.begin() + i + 100, 2000, char(0x5a));
        writeFile(deep, deepBytes);
        Store store;
        store.setIntegrityCheck(Store::IntegrityCheck::Alongside);
        QVERIFY2(store.open(deep), qPrintable(store.lastError().message));
        QVERIFY(!ItemRepository(store).upsertItems({samplePullRequest(1000)}));
        QCOMPARE(store.lastError().code, StoreError::Code::Corrupt);
        QVERIFY(store.lastError().message.contains(QStringLiteral("backup")));
        QCOMPARE(store.integrityVerdict().code, StoreError::Code::Corrupt);
        store.close();
        QCOMPARE(readFile(deep), deepBytes);
    }

    void aHealthyWorkspaceCheckedAlongsideIsWritable()
    {
        const auto path = m_dir.filePath(QStringLiteral("healthy.sqlite"));
        {
            Store store;
            QVERIFY(store.open(path));
            QVERIFY(ItemRepository(store).upsertItems({samplePullRequest(1)}));
        }
        Store store;
        store.setIntegrityCheck(Store::IntegrityCheck::Alongside);
        QVERIFY(store.open(path));
        QCOMPARE(ItemRepository(store).itemCount(), 1);
        QVERIFY(ItemRepository(store).upsertItems({samplePullRequest(2)}));
        QVERIFY(!store.integrityVerdict());
        QCOMPARE(ItemRepository(store).itemCount(), 2);
    }

    void refusesANewerSchema()
    {
        const auto path = m_dir.filePath(QStringLiteral("future.sqlite"));
        {
            Store store;
            QVERIFY(store.open(path));
        }
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        Store store;
        QVERIFY(!store.open(path));
        QCOMPARE(store.lastError().code, StoreError::Code::NewerSchema);
        QVERIFY(store.lastError().message.contains(QStringLiteral("newer Release Desk")));
    }

    void selectionsBindEveryValue()
    {
        // A milestone title is text from GitHub: it reaches SQL only as a bound value.
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("selection.sqlite"))));
        const auto hostile = QStringLiteral("it's \"v1\"') OR 1=1; DROP TABLE items; --");
        auto inMilestone = samplePullRequest(1);
        inMilestone.milestone = hostile;
        auto elsewhere = samplePullRequest(2);
        elsewhere.milestone = QStringLiteral("v2");
        const RepositoryRef other {
            QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("ks")};
        auto ofOther = samplePullRequest(3);
        ofOther.key.repository = other;
        QVERIFY(ItemRepository(store).upsertItems({inMilestone, elsewhere, ofOther}));

        ItemSelection byMilestone;
        byMilestone.milestones = {{console(), {hostile}}};
        const auto sql = byMilestone.toSql(store);
        QVERIFY(sql.has_value());
        QVERIFY(!sql->where.contains(QStringLiteral("DROP")));
        QVERIFY(sql->values.contains(QVariant(hostile)));
        auto found = ItemRepository(store).items(byMilestone);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().key, inMilestone.key);
        QCOMPARE(ItemRepository(store).itemCount(), 3); // nothing was dropped

        ItemSelection mixed;
        mixed.repositories = {other};
        mixed.keys = {elsewhere.key};
        found = ItemRepository(store).items(mixed);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].key, elsewhere.key);
        QCOMPARE(found[1].key, ofOther.key);
        QCOMPARE(found[0], elsewhere); // child rows follow the same selection

        // A repository the workspace does not hold matches nothing; an empty selection likewise.
        ItemSelection unknown;
        unknown.repositories
            = {{QStringLiteral("github.com"), QStringLiteral("nobody"), QStringLiteral("x")}};
        QVERIFY(!unknown.toSql(store).has_value());
        QVERIFY(ItemRepository(store).items(unknown).isEmpty());
        QVERIFY(ItemRepository(store).items(ItemSelection {}).isEmpty());
        QCOMPARE(ItemRepository(store).items(ItemSelection::all()).size(), 3);
    }

    void readersGiveWorkerThreadsReadOnlyConnections()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("readers.sqlite"))));
        QVERIFY(ItemRepository(store).upsertItems({samplePullRequest(1), samplePullRequest(2)}));
        const auto readers = store.readers();
        int count = -1;
        bool opened = false;
        bool wrote = true;
        StoreError::Code writeError = StoreError::Code::None;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            const auto reader = readers.open();
            opened = reader->isOpen();
            count = ItemRepository(*reader).itemCount();
            wrote = ItemRepository(*reader).upsertItems({samplePullRequest(3)});
            writeError = reader->lastError().code;
        }));
        worker->start();
        QVERIFY(worker->wait(30000));
        QVERIFY(opened);
        QCOMPARE(count, 2);
        QVERIFY(!wrote); // read-only: a worker never changes the file
        QCOMPARE(writeError, StoreError::Code::QueryFailed);
        QCOMPARE(ItemRepository(store).itemCount(), 2);
        // The window's store still writes while readers exist.
        QVERIFY(ItemRepository(store).upsertItems({samplePullRequest(3)}));
        QCOMPARE(ItemRepository(store).itemCount(), 3);

        const auto missing
            = Models::StoreReaderFactory(m_dir.filePath(QStringLiteral("absent.sqlite"))).open();
        QVERIFY(!missing->isOpen());
        QCOMPARE(missing->lastError().code, StoreError::Code::CannotOpen);
    }

    void milestoneTitlesMatchLeniently_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("match");
        QTest::newRow("v prefix") << "v4.1.3"
                                  << "4.1.3" << true;
        QTest::newRow("trailing .0") << "v3.2"
                                     << "3.2.0" << true;
        QTest::newRow("case and space") << " V4.1.3 "
                                        << "v4.1.3" << true;
        QTest::newRow("different patch") << "v4.1.3"
                                         << "v4.1.4" << false;
        QTest::newRow("backlog") << "BackLog"
                                 << "backlog" << true;
        QTest::newRow("not a version") << "v4.1.3"
                                       << "BackLog" << false;
    }

    void milestoneTitlesMatchLeniently()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, match);
        QCOMPARE(milestoneTitlesMatch(a, b), match);
    }

private:
    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(StoreTest)
#include "tst_store.moc"
