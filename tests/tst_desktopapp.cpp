#include "fakegithubservice.h"

#include "boardpanel.h"
#include "desktopapp.h"
#include "mainwindow.h"
#include "notespanel.h"
#include "readinessbar.h"
#include "releasesignalpanel.h"
#include "syncstatuswidget.h"
#include "welcomedialog.h"

#include "demoworkspace.h"
#include "notes/notesentrymodel.h"
#include "store.h"
#include "store/releaserepository.h"

#include "api/githubhost.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "itemtablepanel.h"

using namespace ReleaseDesk;

/// The desktop composition: demo without an account, and a live background sync into the open
/// window against the in-process fake GitHub service, injected into DesktopApp (token from the
/// environment).
class DesktopAppTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensTheDemoWithoutAnAccount()
    {
        QTemporaryDir dir;
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        App::DesktopApp desktop(&settings);
        QString error;
        QVERIFY2(desktop.open({}, true, &error), qPrintable(error));
        QVERIFY(desktop.window()->windowTitle().contains(QStringLiteral("(demo)")));
        QVERIFY(desktop.window()->syncStatus()->activityText().contains(QStringLiteral("Demo data")));
        QVERIFY(desktop.window()->itemTablePanel()->tableView()->model()->rowCount() > 300);
        // The composer drafts from the release's merged PRs when it is first seen, not at start-up.
        auto *notes = desktop.window()->notesPanel();
        QCOMPARE(notes->entryModel()->rowCount(), 0);
        desktop.window()->showNotes();
        QTRY_VERIFY(notes->entryModel()->rowCount() > 50);
    }

    void theReleaseSignalShowsTheDemoAndRemembersTheReportSent()
    {
        QTemporaryDir dir;
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        App::DesktopApp desktop(&settings);
        QString error;
        QVERIFY2(desktop.open({}, false, &error), qPrintable(error));
        auto *window = desktop.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // As a user does: the button beside the light.
        QTest::mouseClick(window->boardPanel()->readinessBar()->signalButton(), Qt::LeftButton);
        Views::ReleaseSignalPanel *panel = nullptr;
        QTRY_VERIFY((panel = window->findChild<Views::ReleaseSignalPanel *>()) && panel->isVisible());
        const auto markdown = panel->reportMarkdown();
        // The four lights, the ledger's two cases and the changes since the demo's earlier report.
        for (const auto *expected : {"| release-4.1 | kubesphere/kubesphere | **Caution** |",
                 "| release-4.1 | kubesphere/console | **No-go** |",
                 "| release-4.1 | kubesphere/ks-installer | **Unknown** |",
                 "| master | kubesphere/kubesphere | **Go** |",
                 "- console e2e (chrome): flaky (informing), [console#4841]",
                 "- console e2e (firefox): failing (informing), **no tracking issue**",
                 "### What changed since the report of ",
                 "- New flake or failure: e2e (firefox) on release-4.1"})
            QVERIFY2(markdown.contains(QString::fromUtf8(expected)), expected);
        QCOMPARE(panel->untrackedList()->count(), 1);
        // Sent: copied, and the next report compares with it.
        QTest::mouseClick(panel->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), markdown);
        QTRY_VERIFY(panel->reportMarkdown().contains(QStringLiteral("\nNothing changed.\n")));
    }

    void everyControlHasANameForScreenReaders()
    {
        QTemporaryDir dir;
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        App::DesktopApp desktop(&settings);
        QString error;
        QVERIFY2(desktop.open({}, false, &error), qPrintable(error));
        auto *window = desktop.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QStringList unnamed;
        const auto audit = [&] {
            QSet<QWidget *> buddies;
            for (auto *label : window->findChildren<QLabel *>()) {
                if (label->buddy())
                    buddies.insert(label->buddy());
            }
            for (auto *widget : window->findChildren<QWidget *>()) {
                if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisible())
                    continue;
                // Parts of a compound control are announced through it.
                if (qobject_cast<QComboBox *>(widget->parentWidget())
                    || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
                    || qobject_cast<QTabBar *>(widget))
                    continue;
                const auto *button = qobject_cast<QAbstractButton *>(widget);
                if (!widget->accessibleName().isEmpty() || (button && !button->text().isEmpty())
                    || buddies.contains(widget))
                    continue;
                // Class, and the class of the panel it sits in, so a failure says where to look.
                auto *panel = widget->parentWidget();
                while (panel && panel->parentWidget() && panel->parentWidget() != window
                    && !QString::fromLatin1(panel->metaObject()->className()).startsWith(u"ReleaseDesk::"))
                    panel = panel->parentWidget();
                const auto description
                    = QStringLiteral("%1 in %2")
                          .arg(QString::fromLatin1(widget->metaObject()->className()),
                              panel ? QString::fromLatin1(panel->metaObject()->className()) : QString());
                if (!unnamed.contains(description))
                    unnamed.append(description);
            }
        };
        audit();
        window->showBoard(false);
        audit();
        window->showNotes();
        audit();
        window->showMetrics();
        audit();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void welcomesOnceAndRestoresTheWindow()
    {
        QTemporaryDir dir;
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QString error;
        {
            App::DesktopApp desktop(&settings);
            QVERIFY2(desktop.open({}, true, &error), qPrintable(error));
            desktop.window()->show();
            // No account: the welcome page comes up, beside the demo, not in front of it (not modal).
            Views::WelcomeDialog *welcome = nullptr;
            QTRY_VERIFY(
                (welcome = desktop.window()->findChild<Views::WelcomeDialog *>()) && welcome->isVisible());
            QVERIFY(!welcome->isModal());
            welcome->dontShowAgain()->setChecked(true);
            welcome->reject();
            desktop.window()->resize(
                780, 560); // inside the offscreen screen (800x600), above the window's minimum
            QTRY_COMPARE(desktop.window()->size(), QSize(780, 560));
        }
        App::DesktopApp again(&settings);
        QVERIFY2(again.open({}, true, &error), qPrintable(error));
        QCOMPARE(again.window()->size(), QSize(780, 560));
        // The welcome page would come from a zero timer queued by open(): one queued now runs after it.
        bool queuedAfterOpen = false;
        QTimer::singleShot(0, this, [&queuedAfterOpen] { queuedAfterOpen = true; });
        QTRY_VERIFY(queuedAfterOpen);
        const auto *welcome = again.window()->findChild<Views::WelcomeDialog *>();
        QVERIFY(!welcome || !welcome->isVisible());
    }

    void aSyncedWorkspaceSyncsInTheBackgroundAndUpdatesInPlace()
    {
        const auto demo = Models::DemoWorkspace::generate(QDate(2026, 11, 25));
        // GitHub Enterprise on ghe.example, with the demo's repositories, items and branches.
        Testing::FakeGitHubService github(QStringLiteral("ghe.example"));
        for (const auto &entry : demo.release.repositories)
            github.addRepository(entry.repository, demo.labels.value(entry.repository),
                demo.milestones.value(entry.repository));
        github.addItems(demo.items, demo.events);
        for (const auto &branch : demo.branchCi) {
            if (branch.found)
                github.addBranch(branch);
        }
        for (const auto &history : demo.branchHistories)
            github.addBranchHistory(history);

        // A workspace with the release defined and nothing synced yet.
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("real.sqlite"));
        const auto host = Api::GitHubHost::fromUserInput(QStringLiteral("https://ghe.example"));
        QVERIFY(host);
        {
            Models::Store store;
            QVERIFY(store.open(path));
            auto release = demo.release;
            for (auto &entry : release.repositories)
                entry.repository.host = host->name;
            QVERIFY(Models::ReleaseRepository(store).saveRelease(release));
        }
        // The sync reads GH_ENTERPRISE_TOKEN for a non-github.com host; a real address is in the
        // account list so the app is not in demo mode.
        qputenv("GH_ENTERPRISE_TOKEN", "ghp_desktop");
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.beginWriteArray(QStringLiteral("accounts"), 1);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("host"), host->name);
        settings.setValue(QStringLiteral("address"), QStringLiteral("https://ghe.example"));
        settings.setValue(QStringLiteral("login"), QStringLiteral("octo"));
        settings.endArray();
        App::DesktopApp desktop(&settings, nullptr, github.factory({QStringLiteral("ghp_desktop")}));
        QString error;
        QVERIFY2(desktop.open(path, true, &error), qPrintable(error));
        auto *model = desktop.window()->itemTablePanel()->tableView()->model();
        QCOMPARE(model->rowCount(), 0);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QTRY_VERIFY_WITH_TIMEOUT(
            desktop.window()->syncStatus()->activityText().startsWith(QStringLiteral("Synced at")), 60000);
        QVERIFY2(!inserted.isEmpty(),
            qPrintable(
                desktop.window()->syncStatus()->activityText())); // rows arrive page by page, not by a reset
        QCOMPARE(model->rowCount(), 371);
        QVERIFY(desktop.window()->syncStatus()->budgetText().contains(QStringLiteral("5")));
        QVERIFY(!desktop.window()->windowTitle().contains(QStringLiteral("(demo)")));
        QVERIFY(github.requests().contains(QStringLiteral("ReleaseItems")));
        QVERIFY(github.edits().isEmpty()); // a sync only reads
        qunsetenv("GH_ENTERPRISE_TOKEN");
    }
};

QTEST_MAIN(DesktopAppTest)
#include "tst_desktopapp.moc"
