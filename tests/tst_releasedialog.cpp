#include "fakegithub.h"

#include "cherrypickpolicyeditor.h"
#include "demoworkspace.h"
#include "releasedialog.h"
#include "releasesetupflow.h"
#include "store.h"

#include "api/githubclient.h"

#include "optionaldateedit.h"
#include "schedule.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Api;

/// Defining a release against the fake GitHub: completion, milestones matched leniently, the value.
class ReleaseDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggestionsFollowTheConventions()
    {
        using Models::ReleaseSetupFlow;
        QCOMPARE(
            ReleaseSetupFlow::suggestReleaseBranch(QStringLiteral("v4.1.3")), QStringLiteral("release-4.1"));
        QCOMPARE(ReleaseSetupFlow::suggestReleaseBranch(QStringLiteral("1.35.0-rc.1")),
            QStringLiteral("release-1.35"));
        QCOMPARE(ReleaseSetupFlow::suggestReleaseBranch(QStringLiteral("BackLog")), QString());
        const QList<Milestone> milestones = {{1, QStringLiteral("4.1.3"), false, {}},
            {2, QStringLiteral("v4.1.3"), true, {}}, {3, QStringLiteral("v4.2"), true, {}}};
        QCOMPARE(ReleaseSetupFlow::suggestMilestone(milestones, QStringLiteral("v4.1.3")),
            QStringLiteral("v4.1.3")); // open first
        QCOMPARE(
            ReleaseSetupFlow::suggestMilestone(milestones, QStringLiteral("4.2.0")), QStringLiteral("v4.2"));
        QCOMPARE(ReleaseSetupFlow::suggestMilestone(milestones, QStringLiteral("v5")), QString());
        QCOMPARE(ReleaseSetupFlow::blockerRulePresets().size(), 2);
    }

    void definesAReleaseAcrossRepositories()
    {
        const auto demo = Models::DemoWorkspace::generate(QDate(2026, 11, 25));
        Testing::FakeGitHubData data;
        for (const auto &entry : demo.release.repositories)
            data.addRepository(entry.repository, {}, demo.milestones.value(entry.repository));
        data.addToken(QStringLiteral("ghp_good"), QStringLiteral("octo"), QStringLiteral("repo"));
        Testing::FakeGitHub fake;
        QVERIFY2(fake.start(data.toJson()), qPrintable(fake.error()));
        QTemporaryDir dir;
        Models::Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("w.sqlite"))));
        QNetworkAccessManager network;
        GitHubClient client(
            &network, *GitHubHost::fromUserInput(fake.url().toString()), QStringLiteral("ghp_good"));
        Models::ReleaseSetupFlow flow(&client, &store);
        QSignalSpy repositories(&flow, &Models::ReleaseSetupFlow::repositoriesLoaded);
        QSignalSpy milestones(&flow, &Models::ReleaseSetupFlow::milestonesLoaded);

        Views::ReleaseDialog dialog(&flow, {});
        dialog.show();
        QVERIFY(repositories.wait(20000));
        QCOMPARE(dialog.completionModel()->stringList(),
            (QStringList {QStringLiteral("kubesphere/kubesphere"), QStringLiteral("kubesphere/console"),
                QStringLiteral("kubesphere/ks-installer")}));
        QTest::keyClicks(dialog.nameField(), QStringLiteral("v4.1.3"));
        QCOMPARE(dialog.releaseBranchField()->text(), QStringLiteral("release-4.1"));

        QVERIFY(!dialog.addRepository(QStringLiteral("console")));
        QVERIFY(dialog.statusText().contains(QStringLiteral("owner/name")));
        QTest::keyClicks(dialog.repositoryField(), QStringLiteral("kubesphere/console"));
        QTest::keyClick(dialog.repositoryField(), Qt::Key_Return);
        QVERIFY(dialog.addRepository(QStringLiteral("kubesphere/ks-installer")));
        QVERIFY(!dialog.addRepository(QStringLiteral("kubesphere/console"))); // no duplicates
        QTRY_COMPARE_WITH_TIMEOUT(milestones.size(), 2, 20000);
        QCOMPARE(dialog.repositoryTable()->rowCount(), 2);

        const auto release = dialog.release();
        QCOMPARE(release.name, QStringLiteral("v4.1.3"));
        QCOMPARE(release.repositories.size(), 2);
        QCOMPARE(release.repositories[0].repository.fullName(), QStringLiteral("kubesphere/console"));
        QCOMPARE(release.repositories[0].repository.host, client.host().name);
        QCOMPARE(release.repositories[0].milestones, QStringList {QStringLiteral("v4.1.3")});
        // ks-installer calls its milestone "4.1.3": matched leniently.
        QCOMPARE(release.repositories[1].milestones, QStringList {QStringLiteral("4.1.3")});
        QCOMPARE(release.releaseBranch, QStringLiteral("release-4.1"));
        QVERIFY(release.blockerRule.contains(QStringLiteral("kind/bug")));
        // The milestone's due date is proposed as the release date (nothing was typed).
        QDate due;
        for (const auto &known : demo.milestones.value(demo.release.repositories.first().repository)) {
            if (known.title == QStringLiteral("v4.1.3"))
                due = known.dueOn.toUTC().date();
        }
        QCOMPARE(release.releaseDate, due);
        // Milestones were cached for the sync.
        QCOMPARE(store.milestones(release.repositories[1].repository).size(), 3);

        // What the go/no-go light judges by: the defaults shown, the edits returned, the rest kept.
        Models::SignalSettings signal;
        signal.informingFailure = Models::SignalSettings::Effect::Caution;
        dialog.setSignalSettings(signal);
        QCOMPARE(dialog.staleAfterField()->value(), 6);
        QCOMPARE(dialog.signalSettings(), signal);
        dialog.staleAfterField()->setValue(2);
        dialog.requiredContextsField()->setText(QStringLiteral(" build,, pull-kubesphere-unit-test "));
        const auto edited = dialog.signalSettings();
        QCOMPARE(edited.staleAfterMinutes, 120);
        QCOMPARE(edited.requiredContexts,
            (QStringList {QStringLiteral("build"), QStringLiteral("pull-kubesphere-unit-test")}));
        QCOMPARE(edited.informingFailure, Models::SignalSettings::Effect::Caution);
    }

    void refusesToSaveAnIncompleteRelease()
    {
        Testing::FakeGitHubData data;
        data.addToken(QStringLiteral("ghp_good"), QStringLiteral("octo"), QStringLiteral("repo"));
        Testing::FakeGitHub fake;
        QVERIFY2(fake.start(data.toJson()), qPrintable(fake.error()));
        QTemporaryDir dir;
        Models::Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("w.sqlite"))));
        QNetworkAccessManager network;
        GitHubClient client(
            &network, *GitHubHost::fromUserInput(fake.url().toString()), QStringLiteral("ghp_good"));
        Models::ReleaseSetupFlow flow(&client, &store);
        Views::ReleaseDialog dialog(&flow, {});
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        save->click();
        QCOMPARE(accepted.size(), 0);
        QVERIFY(dialog.statusText().contains(QStringLiteral("name")));
        dialog.nameField()->setText(QStringLiteral("v1.0"));
        save->click();
        QVERIFY(dialog.statusText().contains(QStringLiteral("repository")));
        QVERIFY(dialog.addRepository(QStringLiteral("nobody/nothing")));
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.statusText().contains(QStringLiteral("nobody/nothing")), 20000); // not found, said
        save->click();
        QCOMPARE(accepted.size(), 0);
        QVERIFY(dialog.statusText().contains(QStringLiteral("Pick a milestone")));
        // Without a milestone, a range between two tags is enough; written wrongly, it is explained.
        auto *range = qobject_cast<QLineEdit *>(dialog.repositoryTable()->cellWidget(0, 2));
        QVERIFY(range);
        QCOMPARE(range->accessibleName(), QStringLiteral("Range of nobody/nothing"));
        range->setText(QStringLiteral("v0.9"));
        save->click();
        QCOMPARE(accepted.size(), 0);
        QVERIFY(dialog.statusText().contains(QStringLiteral("FROM..TO")));
        range->setText(QStringLiteral("v0.9..release-1.0"));
        save->click();
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.release().repositories.first().rangeFrom, QStringLiteral("v0.9"));
        QCOMPARE(dialog.release().repositories.first().rangeTo, QStringLiteral("release-1.0"));
    }

    /// The schedule: a preset counted back from the release date, a phase added and renamed, the
    /// exception label; an unnamed custom phase is refused. What is saved is what was entered.
    void editsTheSchedule()
    {
        Testing::FakeGitHubData data;
        data.addToken(QStringLiteral("ghp_good"), QStringLiteral("octo"), QStringLiteral("repo"));
        Testing::FakeGitHub fake;
        QVERIFY2(fake.start(data.toJson()), qPrintable(fake.error()));
        QTemporaryDir dir;
        Models::Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("w.sqlite"))));
        QNetworkAccessManager network;
        GitHubClient client(
            &network, *GitHubHost::fromUserInput(fake.url().toString()), QStringLiteral("ghp_good"));
        Models::ReleaseSetupFlow flow(&client, &store);
        Release initial;
        initial.name = QStringLiteral("v1.31.0");
        initial.repositories = {
            {RepositoryRef::fromString(QStringLiteral("kubernetes/kubernetes")), {QStringLiteral("v1.31")}}};
        initial.repositories.first().repository.host = flow.host();
        initial.phases = {{Models::Schedule::DocsFreeze, QString(), QDate(2026, 1, 5)}};
        Views::ReleaseDialog dialog(&flow, initial);
        dialog.show();
        QCOMPARE(dialog.phaseTable()->rowCount(), 1);
        QCOMPARE(dialog.schedulePresetField()->itemText(0), QStringLiteral("Kubernetes cycle"));
        QCOMPARE(dialog.schedulePresetField()->itemText(1), QStringLiteral("KubeSphere cycle"));

        // Without a release date the preset has nothing to count from, and says so.
        QTest::mouseClick(dialog.applyPresetButton(), Qt::LeftButton);
        QVERIFY(dialog.statusText().contains(QStringLiteral("release date")));
        QCOMPARE(dialog.phaseTable()->rowCount(), 1);

        dialog.releaseDateField()->setDate(QDate(2026, 8, 13));
        dialog.schedulePresetField()->setCurrentIndex(0);
        QTest::mouseClick(dialog.applyPresetButton(), Qt::LeftButton);
        QCOMPARE(dialog.codeFreezeField()->date(), QDate(2026, 7, 23));
        QVERIFY(!dialog.featureFreezeField()->date().isValid());
        QCOMPARE(dialog.phaseTable()->rowCount(), 5);

        // One more phase, named by the team, moved to a day of its own.
        QTest::mouseClick(dialog.addPhaseButton(), Qt::LeftButton);
        QCOMPARE(dialog.phaseTable()->rowCount(), 6);
        auto *kind = qobject_cast<QComboBox *>(dialog.phaseTable()->cellWidget(5, 0));
        auto *name = qobject_cast<QLineEdit *>(dialog.phaseTable()->cellWidget(5, 1));
        auto *starts = qobject_cast<QDateEdit *>(dialog.phaseTable()->cellWidget(5, 2));
        QVERIFY(kind && name && starts);
        kind->setCurrentIndex(kind->findData(Models::Schedule::Custom));
        starts->setDate(QDate(2026, 8, 10));
        // The repository is unknown to this GitHub: a range stands in for its milestone.
        auto *range = qobject_cast<QLineEdit *>(dialog.repositoryTable()->cellWidget(0, 2));
        QVERIFY(range);
        range->setText(QStringLiteral("v1.30.0..release-1.31"));
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        save->click();
        QCOMPARE(accepted.size(), 0);
        QVERIFY2(
            dialog.statusText().contains(QStringLiteral("Name phase 6")), qPrintable(dialog.statusText()));
        QTest::keyClicks(name, QStringLiteral("Release notes freeze"));
        QTest::keyClicks(dialog.exceptionLabelField(), QStringLiteral("exception-requested"));
        // The cherry-pick section: the maintained branches, the labels and the bot's command.
        Models::CherryPickPolicy picks;
        picks.maintainedBranches = {QStringLiteral("release-1.30")};
        dialog.setCherryPickPolicy(picks);
        auto *editor = dialog.cherryPickEditor();
        QCOMPARE(editor->branchesField()->text(), QStringLiteral("release-1.30"));
        editor->branchesField()->clear();
        QTest::keyClicks(editor->branchesField(), QStringLiteral("release-1.31, release-1.30 release-1.29,"));
        editor->labelsField()->clear();
        QTest::keyClicks(editor->labelsField(), QStringLiteral("kind/bug,  cherry-pick-approved"));
        editor->commandField()->clear();
        QTest::keyClicks(editor->commandField(), QStringLiteral("cherrypick %1"));
        save->click();
        QCOMPARE(accepted.size(), 0);
        QVERIFY2(
            dialog.statusText().contains(QStringLiteral("starting with")), qPrintable(dialog.statusText()));
        editor->commandField()->clear();
        QTest::keyClicks(editor->commandField(), QStringLiteral("/cherry-pick %1"));
        editor->sinceField()->setDate(QDate(2026, 5, 1));
        save->click();
        QCOMPARE(accepted.size(), 1);
        const auto policy = dialog.cherryPickPolicy();
        QCOMPARE(policy.maintainedBranches,
            (QStringList {QStringLiteral("release-1.31"), QStringLiteral("release-1.30"),
                QStringLiteral("release-1.29")}));
        QCOMPARE(policy.labels,
            (QStringList {QStringLiteral("kind/bug"), QStringLiteral("cherry-pick-approved")}));
        QCOMPARE(
            policy.commandFor(QStringLiteral("release-1.31")), QStringLiteral("/cherry-pick release-1.31"));
        QCOMPARE(policy.since, QDate(2026, 5, 1));

        const auto release = dialog.release();
        QCOMPARE(release.exceptionLabel, QStringLiteral("exception-requested"));
        QCOMPARE(release.phases.size(), 6);
        QCOMPARE(release.phases.last(),
            (ReleasePhase {
                Models::Schedule::Custom, QStringLiteral("Release notes freeze"), QDate(2026, 8, 10)}));
        QCOMPARE(release.phases.first().kind, Models::Schedule::ProductionReadinessFreeze);
        QCOMPARE(Models::Schedule::status(release, QDate(2026, 8, 11)).line,
            QStringLiteral("Release notes freeze · Day 20 of code freeze · Release in 2 day(s)"));
    }
};

QTEST_MAIN(ReleaseDialogTest)
#include "tst_releasedialog.moc"
