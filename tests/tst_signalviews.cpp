#include "readinessbar.h"
#include "releasesignalpanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimeZone>

using namespace ReleaseDesk;
using Verdict = Models::ReleaseReadiness::Verdict;

/// The release signal's widgets offscreen: the readiness bar's Unknown, the signal panel's ledger.
class SignalViewsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownIsShownDistinctlyWithItsReasons()
    {
        Views::ReadinessBar bar;
        Models::ReleaseEvidence evidence; // nothing known at all
        evidence.now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::UTC);
        const auto readiness = Models::ReleaseReadiness::evaluate({}, {}, evidence);
        bar.showReadiness(readiness);
        QCOMPARE(bar.verdict(), Verdict::Unknown);
        QVERIFY(bar.verdictText().startsWith(QStringLiteral("Unknown")));
        QVERIFY(bar.reasonsText().contains(QStringLiteral("No release branch is set")));
        // Not green: its own colour and a mark, so that colour is not the only signal.
        const auto *light = bar.findChildren<QLabel *>().constFirst();
        QCOMPARE(light->text(), QStringLiteral("?"));
        QVERIFY(!light->styleSheet().contains(QStringLiteral("#1a7f37")));

        Models::ReleaseReadiness go;
        go.verdict = Verdict::Go;
        go.reasons = {{Models::ReadinessReason::Code::Green, Models::ReadinessReason::Effect::Go, {},
            QStringLiteral("all green"), {}}};
        bar.showReadiness(go);
        QVERIFY(light->styleSheet().contains(QStringLiteral("#1a7f37")));
        QVERIFY(light->text().isEmpty());
    }

    void untrackedFailuresCanBeFiled()
    {
        Models::SignalReport report;
        report.release = QStringLiteral("v4.1.3");
        report.at = QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::UTC);
        Models::LedgerEntry tracked;
        tracked.repository
            = {QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("console")};
        tracked.branch = QStringLiteral("release-4.1");
        tracked.health.context = QStringLiteral("e2e (chrome)");
        tracked.health.status = Models::ContextHealth::Status::Flaky;
        tracked.issues = {{tracked.repository, 20}};
        auto untracked = tracked;
        untracked.health.context = QStringLiteral("e2e (firefox)");
        untracked.health.status = Models::ContextHealth::Status::Failing;
        untracked.issues.clear();
        report.ledger = {tracked, untracked};

        Views::ReleaseSignalPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showReport(report);
        QVERIFY(panel.reportMarkdown().contains(QStringLiteral("**no tracking issue**")));
        QCOMPARE(panel.untrackedList()->count(), 1); // only the one nobody tracks
        QVERIFY(panel.untrackedList()->item(0)->text().contains(QStringLiteral("e2e (firefox)")));
        QVERIFY(!panel.fileIssueButton()->isEnabled());
        QString requested;
        connect(&panel, &Views::ReleaseSignalPanel::fileIssueRequested, this,
            [&](const Models::LedgerEntry &entry) { requested = entry.health.context; });
        panel.untrackedList()->setCurrentRow(0);
        QVERIFY(panel.fileIssueButton()->isEnabled());
        QTest::mouseClick(panel.fileIssueButton(), Qt::LeftButton);
        QCOMPARE(requested, QStringLiteral("e2e (firefox)"));
    }

    void copyingTheReportRemembersIt()
    {
        Models::SignalReport report;
        report.release = QStringLiteral("v4.1.3");
        report.at = QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::UTC);
        Models::SignalRecord earlier;
        earlier.at = report.at.addDays(-7);
        earlier.verdict = QStringLiteral("go");
        report.changes = Models::SignalChanges::between(earlier, Models::SignalRecord::of(report));
        Views::ReleaseSignalPanel panel;
        QVERIFY(!panel.copyButton()->isEnabled()); // nothing to copy yet
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showReport(report);
        QVERIFY(panel.reportMarkdown().contains(
            QStringLiteral("### What changed since the report of 2026-11-18 12:00 (UTC)")));
        QVERIFY(panel.reportMarkdown().contains(QStringLiteral("- Verdict: Go \u2192 Unknown\n")));
        std::optional<Models::SignalRecord> copied;
        connect(&panel, &Views::ReleaseSignalPanel::reportCopied, this,
            [&](const Models::SignalRecord &record) { copied = record; });
        QVERIFY(panel.copyButton()->isEnabled());
        QTest::mouseClick(panel.copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), panel.reportMarkdown());
        QVERIFY(copied.has_value());
        QCOMPARE(copied->at, report.at);
        QCOMPARE(copied->verdict, QStringLiteral("unknown"));
    }
};

QTEST_MAIN(SignalViewsTest)
#include "tst_signalviews.moc"
