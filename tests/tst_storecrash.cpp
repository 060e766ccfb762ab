#include "store.h"
#include "store/itemrepository.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;

/// kill -9 a process while it writes: every transaction must be all there or not at all.
class StoreCrashTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLeavesAConsistentWorkspace()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto path = dir.filePath(QStringLiteral("crash.sqlite"));
        QRandomGenerator random(7);
        int lastSeen = 0;
        for (int round = 0; round < 8; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writer.start(QStringLiteral(STORE_CRASH_WRITER), {path});
            QVERIFY(writer.waitForStarted());
            // Let it commit a few generations, then kill it wherever it is in the next one.
            const int commitsBeforeKill = 1 + int(random.bounded(4));
            int commits = 0;
            while (commits < commitsBeforeKill) {
                if (!writer.canReadLine())
                    QVERIFY2(writer.waitForReadyRead(30000), "the writer stopped committing");
                while (writer.canReadLine()) {
                    const auto line = writer.readLine().trimmed();
                    QVERIFY(line.startsWith("committed "));
                    lastSeen = line.mid(10).toInt();
                    ++commits;
                }
            }
            writer.kill(); // SIGKILL on Unix: no destructor, no rollback, no checkpoint
            QVERIFY(writer.waitForFinished());
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            Models::Store store;
            QVERIFY2(store.open(path), qPrintable(store.lastError().message));
            QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
            const auto generation = store.meta(QStringLiteral("generation")).toInt();
            // A generation the writer reported is durable; one it did not report may or may not be.
            QVERIFY2(
                generation >= lastSeen, qPrintable(QStringLiteral("%1 < %2").arg(generation).arg(lastSeen)));
            const auto items = Models::ItemRepository(store).items();
            QCOMPARE(items.size(), 200);
            const auto expectedTitle = QStringLiteral("generation %1").arg(generation);
            for (const auto &item : items) {
                QCOMPARE(item.title, expectedTitle); // the meta and every item moved together
                QCOMPARE(item.labels.size(), 1);
                QCOMPARE(item.labels.first().name, QStringLiteral("gen/%1").arg(generation));
                QCOMPARE(item.ciContexts.size(), 1);
            }
            lastSeen = generation;
        }
    }
};

QTEST_GUILESS_MAIN(StoreCrashTest)
#include "tst_storecrash.moc"
