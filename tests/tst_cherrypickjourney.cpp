#include "fakegithub.h"
#include "memorysecretstore.h"
#include "modaldialogs.h"

#include "cherrypickpanel.h"
#include "desktopapp.h"
#include "mainwindow.h"
#include "placesbar.h"
#include "syncstatuswidget.h"
#include "translations.h"

#include "cherrypick/cherrypickmatrixmodel.h"
#include "cherrypick/cherrypickstore.h"
#include "demoworkspace.h"
#include "store.h"
#include "store/releaserepository.h"

#include "api/githubhost.h"

#include <QApplication>
#include <QDesktopServices>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ReleaseDesk;
using Models::CherryPickMatrixModel;

using Testing::onNextModal;

/// The cherry-pick matrix walked in the real window against the fake GitHub: open the place with a
/// click, select cells with Shift and the arrows, request the picks, read the preview, and find on
/// GitHub exactly the comments of the selected cells that needed one.
class CherryPickJourneyTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Models::DemoWorkspace m_demo;
    QList<Api::Item> m_items;
    std::unique_ptr<Testing::FakeGitHub> m_fake;
    std::optional<Api::GitHubHost> m_host;
    Api::RepositoryRef m_kubesphere;
    Api::RepositoryRef m_console;
    QList<QUrl> m_opened;

public Q_SLOTS:
    void openedUrl(const QUrl &url) { m_opened.append(url); }

private:
    Api::Item pullRequest(const Api::RepositoryRef &repository, int number, const QString &title,
        const QString &base, const QDateTime &mergedAt, const QStringList &labels = {})
    {
        Api::Item item;
        item.key = {repository, number};
        item.kind = Api::Item::Kind::PullRequest;
        item.state = Api::Item::State::Merged;
        item.title = title;
        item.author = QStringLiteral("chen-hao");
        item.createdAt = mergedAt.addDays(-1);
        item.updatedAt = mergedAt;
        item.closedAt = mergedAt;
        item.mergedAt = mergedAt;
        item.baseRef = base;
        item.headRef = QStringLiteral("fix-%1").arg(number);
        // In the release's milestone: the sync reads it whatever else it reads.
        for (const auto &entry : m_demo.release.repositories) {
            if (entry.repository.owner == repository.owner && entry.repository.name == repository.name)
                item.milestone = entry.milestones.value(0);
        }
        for (const auto &label : labels)
            item.labels.append({label, QStringLiteral("d73a4a"), QString()});
        return item;
    }

    QJsonArray commentsOf(const Api::ItemKey &key)
    {
        return m_fake
            ->post(QStringLiteral("/_fake/item?repo=%1&number=%2")
                       .arg(key.repository.fullName())
                       .arg(key.number),
                {})
            .value(u"comments")
            .toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Testing::unsetGitHubTokens();
        QVERIFY(m_dir.isValid());
        App::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openedUrl");
        const auto now = QDateTime::currentDateTimeUtc().addSecs(-60);
        m_demo = Models::DemoWorkspace::generate(now.toLocalTime().date());
        m_demo.endAt(now);
        m_fake = std::make_unique<Testing::FakeGitHub>();
        Testing::FakeGitHubData data;
        const auto repositories = m_demo.release.repositories.mid(0, 2);
        for (const auto &entry : repositories)
            data.addRepository(entry.repository, m_demo.labels.value(entry.repository),
                m_demo.milestones.value(entry.repository));
        m_kubesphere = repositories.at(0).repository;
        m_console = repositories.at(1).repository;
        data.addToken(QStringLiteral("ghp_write"), QStringLiteral("octo"), QStringLiteral("repo"));
        const auto day = now.addSecs(-3600);
        // Three journey fixes on master, newest first: kubesphere#9002, console#9001, kubesphere#9001.
        // #9001 is in both repositories: two fixes, never one. kubesphere#9001 is merged on
        // release-4.1 already (a pick found by its title).
        m_items = {
            pullRequest(m_kubesphere, 9002, QStringLiteral("Journey fix: login redirect"),
                QStringLiteral("master"), day, {QStringLiteral("kind/bug")}),
            pullRequest(m_console, 9001, QStringLiteral("Journey fix: table paging"),
                QStringLiteral("master"), day.addSecs(-60), {QStringLiteral("kind/bug")}),
            pullRequest(m_kubesphere, 9001, QStringLiteral("Journey fix: audit crash"),
                QStringLiteral("master"), day.addSecs(-120), {QStringLiteral("kind/bug")}),
            pullRequest(m_kubesphere, 9101, QStringLiteral("[release-4.1] Journey fix: audit crash"),
                QStringLiteral("release-4.1"), day.addSecs(600)),
        };
        // The fake serves them as GitHub would, in the release's milestone.
        data.addItems(m_items, {});
        QVERIFY2(m_fake->start(data.toJson()), qPrintable(m_fake->error()));
        m_host = Api::GitHubHost::fromUserInput(m_fake->url().toString());
        QVERIFY(m_host);
        // The workspace keys everything with the host it syncs from.
        m_kubesphere.host = m_console.host = m_host->name;
    }

    void cleanup() { Testing::cancelModalHandlers(); } // a test's handlers never outlive it
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }

    void selectedCellsAreRequestedThroughThePreview()
    {
        // A workspace with the release, its maintained branches and the bot's command, signed in.
        const auto path = m_dir.filePath(QStringLiteral("journey.sqlite"));
        {
            Models::Store store;
            auto release = m_demo.release;
            release.repositories = release.repositories.mid(0, 2);
            for (auto &entry : release.repositories)
                entry.repository.host = m_host->name;
            QVERIFY(store.open(path) && Models::ReleaseRepository(store).saveRelease(release));
            Models::CherryPickPolicy policy;
            policy.maintainedBranches = {QStringLiteral("release-4.1"), QStringLiteral("release-4.0")};
            policy.command = QStringLiteral("/cherry-pick %1");
            QVERIFY(Models::CherryPickStore(store).setPolicy(release.id, policy));
        }
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.beginWriteArray(QStringLiteral("accounts"), 1);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("host"), m_host->name);
        settings.setValue(QStringLiteral("address"), m_fake->url().toString());
        settings.setValue(QStringLiteral("login"), QStringLiteral("octo"));
        settings.endArray();
        Testing::MemorySecretStore secrets;
        bool written = false;
        secrets.writeToken(m_host->name, QStringLiteral("ghp_write"), this,
            [&](const QString &error) { written = error.isEmpty(); });
        QTRY_VERIFY(written);
        App::DesktopApp desktop(&settings, &secrets);
        QString error;
        QVERIFY2(desktop.open(path, true, &error), qPrintable(error));
        auto *window = desktop.window();
        window->resize(1366, 768);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY_WITH_TIMEOUT(window->syncStatus()->activityText().startsWith(u"Synced at"), 60000);
        auto *panel = window->cherryPickPanel();
        QVERIFY(panel);
        // After the sync the matrix holds the journey's fixes (computed off the GUI thread).
        const auto newest = Api::ItemKey {m_kubesphere, 9002}.qualifiedReference();
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() > 0
                && !panel->model()
                        ->match(panel->model()->index(0, 0), CherryPickMatrixModel::FixKeyRole, newest, 1,
                            Qt::MatchExactly)
                        .isEmpty(),
            30000);
        QVERIFY(!panel->isComputing());

        // The place says what needs action; a click opens it.
        auto *places = window->placesBar()->list();
        QTRY_VERIFY(window->placesBar()->text(Views::PlacesBar::CherryPicks).contains(u"needing action"));
        QTest::mouseClick(places->viewport(), Qt::LeftButton, {},
            places->visualItemRect(places->item(Views::PlacesBar::CherryPicks)).center());
        QTRY_VERIFY(window->isCherryPicksShown());
        auto *table = panel->table();
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("release-4.1"));
        QCOMPARE(table->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("release-4.0"));

        // Typed into the filter: only the journey's fixes, newest merge first.
        auto *filter = panel->findChild<QLineEdit *>();
        QVERIFY(filter);
        QTest::mouseClick(filter, Qt::LeftButton);
        QTest::keyClicks(filter, QStringLiteral("journey"));
        QTRY_COMPARE(table->model()->rowCount(), 3);
        const auto keyAt = [table](int row) {
            return table->model()->index(row, 0).data(CherryPickMatrixModel::FixKeyRole).toString();
        };
        QCOMPARE(keyAt(0), Api::ItemKey({m_kubesphere, 9002}).qualifiedReference());
        QCOMPARE(keyAt(1), Api::ItemKey({m_console, 9001}).qualifiedReference());
        QCOMPARE(keyAt(2), Api::ItemKey({m_kubesphere, 9001}).qualifiedReference());
        QCOMPARE(table->model()->index(2, 1).data().toString(), QStringLiteral("merged #9101"));
        QCOMPARE(table->model()->index(2, 2).data().toString(), QStringLiteral("needed"));

        // Click the first fix's release-4.1 cell, then Shift+Right and Shift+Down twice: six cells,
        // five of them needed (kubesphere#9001 is merged on release-4.1).
        QTest::mouseClick(
            table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 1)).center());
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(panel->selectedCells().size(), 6);

        // R: the preview lists exactly the five cells; Return sends them.
        QSignalSpy activity(window->syncStatus(), &Views::SyncStatusWidget::activityChanged);
        const auto said = [&activity](const QString &text) {
            return std::any_of(activity.cbegin(), activity.cend(),
                [&](const QList<QVariant> &signal) { return signal.value(0).toString().startsWith(text); });
        };
        QString preview;
        onNextModal([&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box)
                return;
            preview = box->text() + QLatin1Char('\n') + box->informativeText();
            QTest::keyClick(box, Qt::Key_Return);
        });
        QTest::keyClick(table, Qt::Key_R);
        QTRY_VERIFY(!preview.isEmpty());
        QVERIFY2(preview.contains(u"5 changes will be sent"), qPrintable(preview));
        const QStringList expectedLines = {
            QStringLiteral("kubesphere#9002 to release-4.1: comment \"/cherry-pick release-4.1\""),
            QStringLiteral("kubesphere#9002 to release-4.0: comment \"/cherry-pick release-4.0\""),
            QStringLiteral("console#9001 to release-4.1: comment \"/cherry-pick release-4.1\""),
            QStringLiteral("console#9001 to release-4.0: comment \"/cherry-pick release-4.0\""),
            QStringLiteral("kubesphere#9001 to release-4.0: comment \"/cherry-pick release-4.0\""),
        };
        QString plain = preview;
        plain.remove(QRegularExpression(QStringLiteral("[\\x{2066}-\\x{2069}]")));
        for (const auto &line : expectedLines)
            QVERIFY2(plain.contains(line), qPrintable(plain));
        QVERIFY2(!plain.contains(u"kubesphere#9001 to release-4.1"), qPrintable(plain));
        QVERIFY2(
            plain.contains(u"1 selected cell already requested, picked, merged or not needed: left out."),
            qPrintable(plain));

        // GitHub received those five comments, on the right fixes, and nothing else.
        QTRY_VERIFY_WITH_TIMEOUT(said(QStringLiteral("5 changes landed on GitHub.")), 30000);
        const auto bodies = [this](const Api::ItemKey &key) {
            QStringList list;
            for (const auto &comment : commentsOf(key))
                list.append(comment.toObject().value(u"body").toString());
            return list;
        };
        QCOMPARE(bodies({m_kubesphere, 9002}),
            QStringList(
                {QStringLiteral("/cherry-pick release-4.1"), QStringLiteral("/cherry-pick release-4.0")}));
        QCOMPARE(bodies({m_console, 9001}),
            QStringList(
                {QStringLiteral("/cherry-pick release-4.1"), QStringLiteral("/cherry-pick release-4.0")}));
        QCOMPARE(bodies({m_kubesphere, 9001}), QStringList({QStringLiteral("/cherry-pick release-4.0")}));
        QVERIFY(bodies({m_kubesphere, 9101}).isEmpty());

        // Return on the merged cell opens its pick.
        m_opened.clear();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(2, 1));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(m_opened.size(), 1);
        QVERIFY2(m_opened.first().path().endsWith(u"/kubesphere/kubesphere/pull/9101"),
            qPrintable(m_opened.first().toString()));
    }
};

QTEST_MAIN(CherryPickJourneyTest)
#include "tst_cherrypickjourney.moc"
