#include "fakegithub.h"

#include "cherrypick/cherrypickstore.h"
#include "demoworkspace.h"
#include "notes/notesdraftstore.h"
#include "notes/notesreview.h"
#include "signal/signalstore.h"
#include "store.h"

#include <QColor>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

/// Runs the real executable, as a user or a script would.
class CommandLineTest : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QProcessEnvironment environment(const QString &token = {})
    {
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.filePath(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("releasedesk.*.debug=true"));
        environment.remove(QStringLiteral("GITHUB_TOKEN"));
        environment.remove(QStringLiteral("GH_TOKEN"));
        if (token.isEmpty())
            environment.remove(QStringLiteral("GH_ENTERPRISE_TOKEN"));
        else
            environment.insert(QStringLiteral("GH_ENTERPRISE_TOKEN"), token);
        return environment;
    }

    Run run(const QStringList &arguments, const QString &token = {}, const QString &locale = {})
    {
        QProcess process;
        auto environment = this->environment(token);
        if (!locale.isEmpty())
            environment.insert(QStringLiteral("LC_ALL"), locale);
        environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the app must pick offscreen itself
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(RELEASEDESK_EXECUTABLE), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_home;

    /// A small two-repository release whose signal has every part: an open blocker, a flaky informing
    /// job with its tracking issue (and a look-alike issue that is not), an informing failure
    /// nobody tracks, streaks on the release and the main branch. Times are fixed: the report is
    /// judged with --at.
    static bool writeSignalWorkspace(const QString &path)
    {
        using namespace ReleaseDesk;
        using namespace ReleaseDesk::Api;
        const QDateTime base(QDate(2026, 11, 25), QTime(6, 0), QTimeZone::UTC);
        const RepositoryRef kubesphere {
            QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("kubesphere")};
        const RepositoryRef console {
            QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("console")};
        Models::Store store;
        if (!store.open(path))
            return false;
        Release release;
        release.name = QStringLiteral("v9.1");
        release.releaseBranch = QStringLiteral("release-9.1");
        release.mainBranch = QStringLiteral("master");
        release.blockerRule = QStringLiteral("is:open kind:bug (priority:high OR priority:critical-urgent)");
        release.repositories = {{kubesphere, {QStringLiteral("v9.1")}}, {console, {QStringLiteral("v9.1")}}};
        if (!store.saveRelease(release))
            return false;
        auto item = [&](const RepositoryRef &repository, int number, const QString &title,
                        const QStringList &labels, const QString &milestone) {
            Item result;
            result.key = {repository, number};
            result.kind = Item::Kind::Issue;
            result.state = Item::State::Open;
            result.title = title;
            result.url = QUrl(
                QStringLiteral("https://github.com/%1/issues/%2").arg(repository.fullName()).arg(number));
            result.createdAt = base.addDays(-3);
            result.updatedAt = base.addDays(-1);
            result.milestone = milestone;
            for (const auto &name : labels)
                result.labels.append({name, QStringLiteral("ededed"), QString()});
            return result;
        };
        if (!store.upsertItems(
                {item(kubesphere, 10, QStringLiteral("Upgrade loses the ingress"),
                     {QStringLiteral("kind/bug"), QStringLiteral("priority/high")}, QStringLiteral("v9.1")),
                    item(console, 11, QStringLiteral("Login page flickers"), {QStringLiteral("kind/bug")},
                        QStringLiteral("v9.1")),
                    item(console, 20, QStringLiteral("[Flaky Test] release-9.1 (e2e (chrome))"),
                        {QStringLiteral("kind/flake")}, {}),
                    item(console, 21, QStringLiteral("[Flaky Test] e2e (chrome)-nightly"),
                        {QStringLiteral("kind/flake")}, {})}))
            return false;
        Models::SignalStore signal(store);
        // Commits newest first; each run "context:STATE", a re-run after the run it repeats.
        auto history = [&](const RepositoryRef &repository, const QString &branch, CiContext::Source source,
                           const QList<QStringList> &commits) {
            BranchHistory result;
            result.repository = repository;
            result.branch = branch;
            for (int c = 0; c < commits.size(); ++c) {
                HistoryCommit commit;
                // Distinct per branch: a commit on two branches has one set of runs.
                commit.oid = QStringLiteral("%1%2%3")
                                 .arg(repository.name.left(1), branch.left(1))
                                 .arg(commits.size() - c)
                                 .repeated(6);
                commit.committedAt = base.addSecs(-3600 * 4 * c);
                int minute = 0;
                for (const auto &text : commits[c]) {
                    const auto parts = text.split(QLatin1Char(':'));
                    CiRun run;
                    run.context = parts[0];
                    run.source = source;
                    run.rawState = parts[1];
                    run.completedAt = commit.committedAt.addSecs(600 * ++minute);
                    run.url = QUrl(QStringLiteral("https://ci.example/%1/%2/%3")
                                       .arg(repository.name, commit.oid.left(7))
                                       .arg(minute));
                    run.runId = QString::number(c * 100 + minute);
                    commit.runs.append(run);
                }
                result.commits.append(commit);
            }
            return result;
        };
        const auto ksRelease = history(kubesphere, release.releaseBranch, CiContext::Source::StatusContext,
            {{QStringLiteral("pull-kubesphere-unit-test:SUCCESS"),
                 QStringLiteral("pull-kubesphere-e2e:FAILURE")},
                {QStringLiteral("pull-kubesphere-unit-test:SUCCESS"),
                    QStringLiteral("pull-kubesphere-e2e:SUCCESS")},
                {QStringLiteral("pull-kubesphere-unit-test:SUCCESS"),
                    QStringLiteral("pull-kubesphere-e2e:SUCCESS")},
                {QStringLiteral("pull-kubesphere-unit-test:FAILURE"),
                    QStringLiteral("pull-kubesphere-e2e:SUCCESS")}});
        const auto consoleRelease = history(console, release.releaseBranch, CiContext::Source::CheckRun,
            {{QStringLiteral("build:SUCCESS"), QStringLiteral("e2e (chrome):SUCCESS")},
                {QStringLiteral("build:SUCCESS"), QStringLiteral("e2e (chrome):FAILURE"),
                    QStringLiteral("e2e (chrome):SUCCESS")},
                {QStringLiteral("build:SUCCESS"), QStringLiteral("e2e (chrome):SUCCESS")}});
        const auto consoleMain = history(console, release.mainBranch, CiContext::Source::CheckRun,
            {{QStringLiteral("build:SUCCESS")}, {QStringLiteral("build:SUCCESS")}});
        for (const auto &[entry, required] :
            {std::pair {ksRelease, QStringList {QStringLiteral("pull-kubesphere-unit-test")}},
                std::pair {consoleRelease, QStringList {QStringLiteral("build")}},
                std::pair {consoleMain, QStringList {QStringLiteral("build")}}}) {
            BranchCi head;
            head.repository = entry.repository;
            head.branch = entry.branch;
            head.headSha = entry.commits.first().oid;
            head.protectedContexts = required;
            head.readAt = base;
            for (const auto &run : entry.commits.first().runs)
                head.contexts.append({run.source, run.context, run.rawState, required.contains(run.context),
                    run.url, run.completedAt});
            if (!signal.setBranchHead(head) || !signal.setBranchHistory(entry))
                return false;
        }
        // The report a week earlier, as the workspace remembers it. What changed since, by hand:
        // verdict Caution -> No-go; kubesphere's unit tests recovering -> healthy, its e2e healthy ->
        // failing; console's chrome e2e healthy -> flaky, master's build healthy -> recovering, lint
        // failing -> not reported; new in the ledger: kubesphere's e2e (untracked) and chrome (#20);
        // lint left it; blocker kubesphere#10 opened, kubesphere#8 closed.
        Models::SignalRecord earlier;
        earlier.at = QDateTime(QDate(2026, 11, 18), QTime(12, 0), QTimeZone::UTC);
        earlier.verdict = QStringLiteral("caution");
        const auto ks = kubesphere.fullName();
        const auto co = console.fullName();
        earlier.contexts = {{ks, release.releaseBranch, QStringLiteral("pull-kubesphere-unit-test"),
                                QStringLiteral("recovering")},
            {ks, release.releaseBranch, QStringLiteral("pull-kubesphere-e2e"), QStringLiteral("healthy")},
            {co, release.releaseBranch, QStringLiteral("build"), QStringLiteral("healthy")},
            {co, release.releaseBranch, QStringLiteral("e2e (chrome)"), QStringLiteral("healthy")},
            {co, release.releaseBranch, QStringLiteral("lint"), QStringLiteral("failing")},
            {co, release.mainBranch, QStringLiteral("build"), QStringLiteral("healthy")}};
        earlier.ledger = {{co, release.releaseBranch, QStringLiteral("lint"), {}}};
        earlier.openBlockers = {QStringLiteral("kubesphere/kubesphere#8")};
        return signal.recordSyncSuccess(kubesphere, base.addSecs(4 * 3600))
            && signal.recordSyncSuccess(console, base.addSecs(4 * 3600))
            && signal.recordReport(release.id, earlier);
    }

private Q_SLOTS:
    void printsVersionAndHelp()
    {
        const auto version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral("0.1.0")));
        const auto help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const auto *option : {"--workspace", "--screenshot", "--version", "--language"})
            QVERIFY2(help.out.contains(QLatin1StringView(option)), option);
    }

    void rejectsUnknownOptions()
    {
        const auto result = run({QStringLiteral("--no-such-option")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("--help")));
    }

    void screenshotIsANonEmptyPngOfTheWindow()
    {
        const auto png = m_home.filePath(QStringLiteral("shot.png"));
        const auto result = run({QStringLiteral("--demo"), QStringLiteral("--workspace"),
            m_home.filePath(QStringLiteral("demo.sqlite")), QStringLiteral("--screenshot"), png});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1440, 900));
        // Not a blank canvas: a rendered table has many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void screenshotsInBothPalettes()
    {
        // Light and dark, through the same theme code the Settings dialog uses: the dark one is
        // dark where it matters (window and board background), and both show the same board.
        const auto meanLightness = [](const QImage &image) {
            qint64 sum = 0;
            int count = 0;
            for (int y = 0; y < image.height(); y += 5) {
                for (int x = 0; x < image.width(); x += 5, ++count)
                    sum += QColor(image.pixel(x, y)).lightness();
            }
            return double(sum) / count;
        };
        QMap<QString, double> lightness;
        for (const auto *theme : {"light", "dark"}) {
            const auto png = m_home.filePath(QStringLiteral("theme-%1.png").arg(QLatin1StringView(theme)));
            const auto result = run({QStringLiteral("--demo"), QStringLiteral("--workspace"),
                m_home.filePath(QStringLiteral("demo.sqlite")), QStringLiteral("--screenshot"), png,
                QStringLiteral("--theme"), QString::fromLatin1(theme)});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            lightness.insert(QString::fromLatin1(theme), meanLightness(QImage(png)));
        }
        QVERIFY2(lightness.value(QStringLiteral("light")) > 180,
            qPrintable(QString::number(lightness.value(QStringLiteral("light")))));
        QVERIFY2(lightness.value(QStringLiteral("dark")) < 90,
            qPrintable(QString::number(lightness.value(QStringLiteral("dark")))));
        QCOMPARE(run({QStringLiteral("--theme"), QStringLiteral("sepia")}).exitCode, 2);
    }

    /// Screenshots at a screen's size: the picture is exactly WIDTHxHEIGHT (the README's 1366x768 and
    /// 1920x1080), any place can be shown first, and a size that is not one says what to type.
    void screenshotsAtAGivenWindowSizeAndPlace()
    {
        const auto workspace = m_home.filePath(QStringLiteral("sized.sqlite"));
        for (const auto &[size, view] :
            {std::pair {QSize(1366, 768), "signal"}, std::pair {QSize(1920, 1080), "board"}}) {
            const auto png = m_home.filePath(QStringLiteral("sized-%1.png").arg(size.width()));
            const auto result = run({QStringLiteral("--demo"), QStringLiteral("--workspace"), workspace,
                QStringLiteral("--view"), QString::fromLatin1(view), QStringLiteral("--window-size"),
                QStringLiteral("%1x%2").arg(size.width()).arg(size.height()), QStringLiteral("--screenshot"),
                png});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            QCOMPARE(QImage(png).size(), size);
        }
        for (const auto *bad : {"1366", "100x100", "axb", "1366x768x2"}) {
            const auto result = run({QStringLiteral("--window-size"), QString::fromLatin1(bad)});
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(QStringLiteral("1366x768")), qPrintable(result.err));
        }
        QCOMPARE(run({QStringLiteral("--view"), QStringLiteral("dashboard")}).exitCode, 2);
    }

    void defaultWorkspaceIsTheDemoInTheAppDataFolder()
    {
        const auto png = m_home.filePath(QStringLiteral("default.png"));
        const auto result = run({QStringLiteral("--screenshot"), png});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("data/releasedesk/workspaces/demo.sqlite"))));
    }

    void aForeignFileIsReportedAndLeftAlone()
    {
        const auto path = m_home.filePath(QStringLiteral("thesis.txt"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("chapter one\n");
        }
        const auto result = run({QStringLiteral("--demo"), QStringLiteral("--workspace"), path,
            QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("never.png"))});
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains(QStringLiteral("not a Release Desk workspace")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("chapter one\n"));
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("never.png"))));
    }

    void aNamedWorkspaceGetsTheDemoOnlyWhenAsked()
    {
        // A file the user names is theirs: opening it never fills it with the demo, unless --demo says so.
        const auto named = m_home.filePath(QStringLiteral("mine.sqlite"));
        const auto plain = run({QStringLiteral("board"), QStringLiteral("--workspace"), named,
            QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QVERIFY(!plain.out.contains(QStringLiteral("v4.1.3")));
        QVERIFY(QFile::exists(named));
        const auto asked = run({QStringLiteral("board"), QStringLiteral("--demo"),
            QStringLiteral("--workspace"), m_home.filePath(QStringLiteral("asked.sqlite")),
            QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(asked.exitCode == 0, qPrintable(asked.err));
        QVERIFY(asked.out.contains(QStringLiteral("v4.1.3")));
    }

    void boardPrintsTableJsonAndMarkdown()
    {
        const auto workspace = m_home.filePath(QStringLiteral("board.sqlite"));
        // A demo workspace to print (no account in this test home: the demo is installed).
        QVERIFY(run({QStringLiteral("--demo"), QStringLiteral("--workspace"), workspace,
                        QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("board.png"))})
                    .exitCode
            == 0);
        const auto json = run({QStringLiteral("board"), QStringLiteral("--workspace"), workspace,
            QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const auto document = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(document.value(QStringLiteral("release")).toString(), QStringLiteral("v4.1.3"));
        const auto columns = document.value(QStringLiteral("columns")).toArray();
        QCOMPARE(columns.size(), 7);
        int cards = 0;
        for (const auto &column : columns)
            cards += column.toObject().value(QStringLiteral("cards")).toArray().size();
        QCOMPARE(cards, 371);
        QVERIFY(document.value(QStringLiteral("openBlockers")).toInt() > 0);
        // Open blockers decide the demo's verdict, and every reason comes along.
        QCOMPARE(document.value(QStringLiteral("verdict")).toString(), QStringLiteral("no-go"));
        QCOMPARE(document.value(QStringLiteral("reasons"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
            QStringLiteral("open-blockers"));

        const auto markdown = run(
            {QStringLiteral("board"), QStringLiteral("--workspace"), workspace, QStringLiteral("--format"),
                QStringLiteral("markdown"), QStringLiteral("--query"), QStringLiteral("is:blocker")});
        QCOMPARE(markdown.exitCode, 0);
        // The phase first: the demo froze six days ago and ships in ten.
        QVERIFY2(markdown.out.startsWith(QStringLiteral(
                     "Phase: Day 7 of code freeze \u00B7 Release in 10 days\n\n## Release v4.1.3 status")),
            qPrintable(markdown.out.left(200)));
        // The merges after the freeze, by the query language, each one a card of the board.
        const auto afterFreeze = run(
            {QStringLiteral("board"), QStringLiteral("--workspace"), workspace, QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("--query"), QStringLiteral("freeze:merged-after")});
        const auto frozen = QJsonDocument::fromJson(afterFreeze.out.toUtf8()).object();
        QCOMPARE(frozen.value(QStringLiteral("inCodeFreeze")).toBool(), true);
        QCOMPARE(frozen.value(QStringLiteral("phase")).toString(),
            QStringLiteral("Day 7 of code freeze \u00B7 Release in 10 days"));
        int flaggedCards = 0;
        for (const auto &column : frozen.value(QStringLiteral("columns")).toArray())
            flaggedCards += column.toObject().value(QStringLiteral("cards")).toArray().size();
        QVERIFY(flaggedCards > 0); // the demo has merges after the freeze
        QVERIFY(flaggedCards < cards);
        // The demo's exceptions, one of each state, dated from the timeline (a request stays undecided).
        QStringList states;
        for (const auto &value : document.value(QStringLiteral("exceptions")).toArray()) {
            const auto exception = value.toObject();
            states.append(exception.value(QStringLiteral("state")).toString());
            QVERIFY(!exception.value(QStringLiteral("requestedAt")).toString().isEmpty());
            QCOMPARE(exception.value(QStringLiteral("decidedAt")).isNull(),
                exception.value(QStringLiteral("state")).toString() == QStringLiteral("requested"));
        }
        states.sort();
        QCOMPARE(states, QStringList({"approved", "rejected", "requested"}));
        QVERIFY(markdown.out.contains(QStringLiteral("### Blocker without fix")));
        QVERIFY(markdown.out.contains(QStringLiteral("| --- | --- | --- | --- |")));
        QVERIFY(markdown.out.count(QStringLiteral("\n| [")) < cards / 4); // the query narrowed it

        const auto table = run({QStringLiteral("board"), QStringLiteral("--workspace"), workspace});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QStringLiteral("Needs triage (")));
        QCOMPARE(
            run({QStringLiteral("board"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
    }

    void cherryPicksPrintTheMatrix()
    {
        // A hand-made workspace: one fix picked by its title on release-4.1 (open, CI failing), asked
        // for on release-4.0; its title tries to smuggle markup into a report.
        using namespace ReleaseDesk;
        using namespace ReleaseDesk::Api;
        const auto workspace = m_home.filePath(QStringLiteral("cherrypicks.sqlite"));
        const RepositoryRef console {
            QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("console")};
        const QDateTime base(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::UTC);
        {
            Models::Store store;
            QVERIFY(store.open(workspace));
            Release release;
            release.name = QStringLiteral("v4.2.0");
            release.repositories = {{console, {QStringLiteral("v4.2.0")}}};
            QVERIFY(store.saveRelease(release));
            Models::CherryPickPolicy policy;
            policy.maintainedBranches = {QStringLiteral("release-4.1"), QStringLiteral("release-4.0")};
            QVERIFY(Models::CherryPickStore(store).setPolicy(release.id, policy));
            Item fix;
            fix.key = {console, 100};
            fix.kind = Item::Kind::PullRequest;
            fix.state = Item::State::Merged;
            fix.title = QStringLiteral("Fix | <img src=x> [click](javascript:alert(1))");
            fix.url = QUrl(QStringLiteral("https://github.com/kubesphere/console/pull/100"));
            fix.baseRef = QStringLiteral("master");
            fix.milestone = QStringLiteral("v4.2.0");
            fix.labels = {{QStringLiteral("kind/bug"), QStringLiteral("ee0701"), QString()}};
            fix.createdAt = base;
            fix.mergedAt = base.addSecs(3600);
            fix.updatedAt = fix.mergedAt;
            Item pick = fix;
            pick.key.number = 101;
            pick.title = QStringLiteral("Automated cherry pick of #100");
            pick.url = QUrl(QStringLiteral("https://github.com/kubesphere/console/pull/101"));
            pick.state = Item::State::Open;
            pick.mergedAt = {};
            pick.baseRef = QStringLiteral("release-4.1");
            pick.milestone.clear();
            pick.labels.clear();
            CiContext build;
            build.source = CiContext::Source::CheckRun;
            build.name = QStringLiteral("build");
            build.rawState = QStringLiteral("FAILURE");
            pick.ciContexts = {build};
            QVERIFY(store.upsertItems({fix, pick}));
            QVERIFY(Models::CherryPickStore(store).addComments(
                {{fix.key, QStringLiteral("alice"), base.addSecs(7200),
                    QUrl(QStringLiteral("https://github.com/kubesphere/console/pull/100#issuecomment-1")),
                    QStringLiteral("/cherrypick release-4.0")}}));
        }
        const auto json = run({QStringLiteral("cherry-picks"), QStringLiteral("--workspace"), workspace,
            QStringLiteral("--release"), QStringLiteral("v4.2.0"), QStringLiteral("--format"),
            QStringLiteral("json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const auto document = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(document.value(QStringLiteral("branches")).toArray().size(), 2);
        const auto rows = document.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 1);
        const auto row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("reference")).toString(), QStringLiteral("kubesphere/console#100"));
        const auto cells = row.value(QStringLiteral("cells")).toArray();
        QCOMPARE(cells.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QCOMPARE(cells.at(0).toObject().value(QStringLiteral("clue")).toString(), QStringLiteral("title"));
        QCOMPARE(cells.at(0).toObject().value(QStringLiteral("pullRequest")).toString(),
            QStringLiteral("kubesphere/console#101"));
        QCOMPARE(cells.at(0)
                     .toObject()
                     .value(QStringLiteral("ci"))
                     .toObject()
                     .value(QStringLiteral("failed"))
                     .toInt(),
            1);
        QCOMPARE(
            cells.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("requested"));
        QCOMPARE(
            document.value(QStringLiteral("counts")).toObject().value(QStringLiteral("missing")).toInt(), 0);

        const auto markdown = run({QStringLiteral("cherry-picks"), QStringLiteral("--workspace"), workspace,
            QStringLiteral("--format"), QStringLiteral("markdown")});
        QCOMPARE(markdown.exitCode, 0);
        QVERIFY2(markdown.out.startsWith(QStringLiteral("## Cherry-picks of v4.2.0\n\n1 fix to back-port\n")),
            qPrintable(markdown.out));
        QVERIFY(markdown.out.contains(QStringLiteral("| Fix | Title | release-4.1 | release-4.0 |")));
        // GitHub's text stays text: no table break, no tag, no live link.
        QVERIFY2(
            markdown.out.contains(QStringLiteral(
                "| [console#100](https://github.com/kubesphere/console/pull/100) | Fix \\| &lt;img src=x&gt; "
                "\\[click\\](javascript:alert(1)) | [Open pull request: console#101]"
                "(https://github.com/kubesphere/console/pull/101) (CI: 0 passed, 1 failed, 0 pending) | "
                "Requested |")),
            qPrintable(markdown.out));
        QVERIFY(!markdown.out.contains(QStringLiteral("<img")));

        const auto table = run({QStringLiteral("cherry-picks"), QStringLiteral("--workspace"), workspace});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(
            table.out.contains(QStringLiteral(
                "  release-4.1       Open pull request: console#101  CI: 0 passed, 1 failed, 0 pending")),
            qPrintable(table.out));
        // In Chinese too, with the same data.
        const auto chinese = run({QStringLiteral("cherry-picks"), QStringLiteral("--workspace"), workspace},
            {}, QStringLiteral("zh_CN.UTF-8"));
        QCOMPARE(chinese.exitCode, 0);
        QVERIFY2(chinese.out.contains(QStringLiteral("console#101"))
                && !chinese.out.contains(QStringLiteral("Open pull request")),
            qPrintable(chinese.out));
        const auto chineseError
            = run({QStringLiteral("cherry-picks"), QStringLiteral("--format"), QStringLiteral("xml")}, {},
                QStringLiteral("zh_CN.UTF-8"));
        QCOMPARE(chineseError.exitCode, 2);
        QVERIFY2(chineseError.err.contains(QStringLiteral("必须是")), qPrintable(chineseError.err));
        QVERIFY(run({QStringLiteral("help"), QStringLiteral("cherry-picks")})
                    .out.contains(QStringLiteral("--format")));

        // The demo's matrix: three maintained branches, every kind of cell.
        const auto demo = m_home.filePath(QStringLiteral("cherrypicks-demo.sqlite"));
        const auto demoJson = run({QStringLiteral("cherry-picks"), QStringLiteral("--demo"),
            QStringLiteral("--workspace"), demo, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(demoJson.exitCode == 0, qPrintable(demoJson.err));
        const auto counts = QJsonDocument::fromJson(demoJson.out.toUtf8())
                                .object()
                                .value(QStringLiteral("counts"))
                                .toObject();
        for (const auto *state : {"not-needed", "missing", "requested", "conflicts", "open", "merged"})
            QVERIFY2(counts.value(QLatin1StringView(state)).toInt() > 0, state);
    }

    void boardSaysUnknownWithoutEvidence()
    {
        // The two releases a new user made in issue 14: no release branch set, and a release branch
        // not cut yet on GitHub. Both used to say "Go".
        using namespace ReleaseDesk;
        const auto workspace = m_home.filePath(QStringLiteral("unknown.sqlite"));
        const Api::RepositoryRef repository {
            QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("console")};
        {
            Models::Store store;
            QVERIFY(store.open(workspace));
            Api::Release noBranch;
            noBranch.name = QStringLiteral("v1.0");
            noBranch.repositories = {{repository, {QStringLiteral("v1.0")}}};
            QVERIFY(store.saveRelease(noBranch));
            auto uncut = noBranch;
            uncut.id = 0;
            uncut.name = QStringLiteral("v2.0");
            uncut.releaseBranch = QStringLiteral("release-2.0");
            QVERIFY(store.saveRelease(uncut));
            Models::SignalStore signal(store);
            QVERIFY(signal.recordSyncSuccess(repository, QDateTime::currentDateTimeUtc()));
            Api::BranchCi missing;
            missing.repository = repository;
            missing.branch = uncut.releaseBranch;
            missing.found = false;
            missing.readAt = QDateTime::currentDateTimeUtc();
            QVERIFY(signal.setBranchHead(missing));
        }
        const auto codes = [](const QJsonObject &document) {
            QStringList result;
            for (const auto &reason : document.value(QStringLiteral("reasons")).toArray())
                result.append(reason.toObject().value(QStringLiteral("code")).toString());
            return result;
        };
        auto json = run(
            {QStringLiteral("board"), QStringLiteral("--workspace"), workspace, QStringLiteral("--release"),
                QStringLiteral("v1.0"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        auto document = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(document.value(QStringLiteral("verdict")).toString(), QStringLiteral("unknown"));
        QCOMPARE(codes(document), QStringList {QStringLiteral("no-release-branch")});

        json = run(
            {QStringLiteral("board"), QStringLiteral("--workspace"), workspace, QStringLiteral("--release"),
                QStringLiteral("v2.0"), QStringLiteral("--format"), QStringLiteral("json")});
        document = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(document.value(QStringLiteral("verdict")).toString(), QStringLiteral("unknown"));
        QCOMPARE(codes(document), QStringList {QStringLiteral("branch-missing")});
        QCOMPARE(document.value(QStringLiteral("reasons"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("url"))
                     .toString(),
            QStringLiteral("https://github.com/kubesphere/console/branches"));

        const auto markdown = run(
            {QStringLiteral("board"), QStringLiteral("--workspace"), workspace, QStringLiteral("--release"),
                QStringLiteral("v1.0"), QStringLiteral("--format"), QStringLiteral("markdown")});
        QVERIFY(markdown.out.contains(QStringLiteral("**Unknown: not enough evidence for a verdict**")));
        QVERIFY(markdown.out.contains(QStringLiteral("\n- No release branch is set for this release")));
        const auto table = run({QStringLiteral("board"), QStringLiteral("--workspace"), workspace,
            QStringLiteral("--release"), QStringLiteral("v2.0")});
        QVERIFY(table.out.startsWith(QStringLiteral("Unknown: ")));
        QVERIFY(table.out.contains(QStringLiteral("has no branch release-2.0 on GitHub")));
    }

    void signalReportMatchesTheGoldenFiles_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("golden");
        QTest::newRow("markdown") << QStringLiteral("md") << QStringLiteral("C.UTF-8")
                                  << QStringLiteral("report.en.md");
        QTest::newRow("markdown zh_CN")
            << QStringLiteral("md") << QStringLiteral("zh_CN.UTF-8") << QStringLiteral("report.zh_CN.md");
        QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("C.UTF-8")
                              << QStringLiteral("report.json");
        QTest::newRow("json zh_CN") << QStringLiteral("json") << QStringLiteral("zh_CN.UTF-8")
                                    << QStringLiteral("report.zh_CN.json");
    }

    void signalReportMatchesTheGoldenFiles()
    {
        QFETCH(QString, format);
        QFETCH(QString, locale);
        QFETCH(QString, golden);
        const auto workspace = m_home.filePath(QStringLiteral("signal.sqlite"));
        if (!QFile::exists(workspace))
            QVERIFY(writeSignalWorkspace(workspace));
        const auto result
            = run({QStringLiteral("signal"), QStringLiteral("--workspace"), workspace,
                      QStringLiteral("--release"), QStringLiteral("v9.1"), QStringLiteral("--at"),
                      QStringLiteral("2026-11-25T12:00:00Z"), QStringLiteral("--format"), format},
                {}, locale);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const auto goldenPath = QStringLiteral(RELEASEDESK_TEST_DATA "/signal/") + golden;
        if (qEnvironmentVariableIsSet("RELEASEDESK_UPDATE_GOLDEN")) {
            QDir().mkpath(QFileInfo(goldenPath).path());
            QFile out(goldenPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(result.out.toUtf8());
            QSKIP("golden file written: review it before committing");
        }
        QFile expected(goldenPath);
        QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(goldenPath));
        const auto expectedText = QString::fromUtf8(expected.readAll());
        if (result.out != expectedText) {
            const auto actualPath = QDir::temp().filePath(golden + QStringLiteral(".actual"));
            QFile out(actualPath);
            if (out.open(QIODevice::WriteOnly))
                out.write(result.out.toUtf8());
            QFAIL(qPrintable(
                QStringLiteral("differs from %1; actual output in %2").arg(goldenPath, actualPath)));
        }
    }

    void signalSaysWhatChangedSinceTheLastReport()
    {
        const auto workspace = m_home.filePath(QStringLiteral("signal-changes.sqlite"));
        QFile::remove(workspace);
        QVERIFY(writeSignalWorkspace(workspace));
        const auto changesAt = [&](const QString &at, bool record) {
            QStringList arguments {QStringLiteral("signal"), QStringLiteral("--workspace"), workspace,
                QStringLiteral("--release"), QStringLiteral("v9.1"), QStringLiteral("--at"), at,
                QStringLiteral("--format"), QStringLiteral("json")};
            if (!record)
                arguments.append(QStringLiteral("--no-record"));
            const auto result = run(arguments);
            return QJsonDocument::fromJson(result.out.toUtf8())
                .object()
                .value(QStringLiteral("changesSinceLastReport"))
                .toObject();
        };
        // Not remembered: the next report still compares with the one of a week before.
        auto changes = changesAt(QStringLiteral("2026-11-25T12:00:00Z"), false);
        QCOMPARE(changes.value(QStringLiteral("since")).toString(), QStringLiteral("2026-11-18T12:00:00Z"));
        QCOMPARE(changes.value(QStringLiteral("contexts")).toArray().size(), 5);
        changes = changesAt(QStringLiteral("2026-11-25T13:00:00Z"), true);
        QCOMPARE(changes.value(QStringLiteral("since")).toString(), QStringLiteral("2026-11-18T12:00:00Z"));
        // Remembered: an hour later nothing has changed since it.
        changes = changesAt(QStringLiteral("2026-11-25T14:00:00Z"), false);
        QCOMPARE(changes.value(QStringLiteral("since")).toString(), QStringLiteral("2026-11-25T13:00:00Z"));
        QCOMPARE(changes.value(QStringLiteral("verdictBefore")).toString(), QStringLiteral("no-go"));
        QCOMPARE(changes.value(QStringLiteral("verdictAfter")).toString(), QStringLiteral("no-go"));
        QVERIFY(changes.value(QStringLiteral("contexts")).toArray().isEmpty());
        QVERIFY(changes.value(QStringLiteral("blockersOpened")).toArray().isEmpty());
        const auto markdown = run({QStringLiteral("signal"), QStringLiteral("--workspace"), workspace,
            QStringLiteral("--release"), QStringLiteral("v9.1"), QStringLiteral("--at"),
            QStringLiteral("2026-11-25T14:00:00Z"), QStringLiteral("--no-record")});
        QVERIFY2(markdown.out.contains(QStringLiteral(
                     "### What changed since the report of 2026-11-25 13:00 (UTC)\n\nNothing changed.\n")),
            qPrintable(markdown.out));
    }

    void notesRenderTheDraftInEveryFormat()
    {
        using namespace ReleaseDesk;
        const auto workspace = m_home.filePath(QStringLiteral("notes.sqlite"));
        QVERIFY(run({QStringLiteral("--demo"), QStringLiteral("--workspace"), workspace,
                        QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("notes.png")),
                        QStringLiteral("--view"), QStringLiteral("notes")})
                    .exitCode
            == 0);
        const auto markdown = run({QStringLiteral("notes"), QStringLiteral("--workspace"), workspace});
        QVERIFY2(markdown.exitCode == 0, qPrintable(markdown.err));
        QVERIFY(markdown.out.contains(QStringLiteral("\n# v4.1.3\n")));
        QVERIFY(markdown.out.contains(QStringLiteral("\n## DevOps\n")));
        QVERIFY(markdown.out.contains(QStringLiteral("\n### Bug Fixes\n")));
        QVERIFY(markdown.out.contains(QStringLiteral("\n## API Changes\n")));

        // An edit saved in the workspace's draft shows in what the command prints.
        Models::NotesDraftStore drafts(Models::NotesDraftStore::directoryForWorkspace(workspace));
        const auto names = drafts.drafts(QStringLiteral("v4.1.3"));
        QVERIFY(!names.isEmpty()); // the window opened (and saved) the first draft
        auto draft = drafts.load(QStringLiteral("v4.1.3"), names.first()).value();
        const auto json = run({QStringLiteral("notes"), QStringLiteral("--workspace"), workspace,
            QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const auto entries = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"entries").toArray();
        QVERIFY(entries.size() > 50);
        const auto firstUrl = entries.first().toObject().value(u"prUrls").toArray().first().toString();
        const auto key = QStringLiteral("github.com/")
            + QUrl(firstUrl).path().mid(1).replace(QStringLiteral("/pull/"), QStringLiteral("#"));
        Models::EntryEdit edit;
        edit.text = QStringLiteral("Edited in the composer, printed by the command line.");
        draft.edits.insert(key, edit);
        QVERIFY(drafts.save(draft));
        const auto edited = run({QStringLiteral("notes"), QStringLiteral("--workspace"), workspace,
            QStringLiteral("--template"), QStringLiteral("kubernetes")});
        QCOMPARE(edited.exitCode, 0);
        QVERIFY(edited.out.contains(QStringLiteral("## Changes by Kind")));
        QVERIFY2(edited.out.contains(QStringLiteral("Edited in the composer, printed by the command line.")),
            qPrintable(key));
        const auto raw = run({QStringLiteral("notes"), QStringLiteral("--workspace"), workspace,
            QStringLiteral("--draft"), QStringLiteral("none")});
        QVERIFY(!raw.out.contains(QStringLiteral("Edited in the composer")));

        const auto htmlPath = m_home.filePath(QStringLiteral("notes.html"));
        QCOMPARE(
            run({QStringLiteral("notes"), QStringLiteral("--workspace"), workspace,
                    QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--output"), htmlPath})
                .exitCode,
            0);
        QFile html(htmlPath);
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("<title>v4.1.3 release notes</title>"));

        // The headless commands speak Chinese too (their strings are found under lupdate's context).
        const auto chinese = run({QStringLiteral("notes"), QStringLiteral("--format"), QStringLiteral("xml")},
            {}, QStringLiteral("zh_CN.UTF-8"));
        QCOMPARE(chinese.exitCode, 2);
        QVERIFY2(chinese.err.contains(QStringLiteral("必须是")), qPrintable(chinese.err));
        const auto boardChinese
            = run({QStringLiteral("board"), QStringLiteral("--format"), QStringLiteral("xml")}, {},
                QStringLiteral("zh_CN.UTF-8"));
        QVERIFY2(boardChinese.err.contains(QStringLiteral("必须是")), qPrintable(boardChinese.err));
        const auto metricsChinese
            = run({QStringLiteral("metrics"), QStringLiteral("--format"), QStringLiteral("xml")}, {},
                QStringLiteral("zh_CN.UTF-8"));
        QVERIFY2(metricsChinese.err.contains(QStringLiteral("必须是")), qPrintable(metricsChinese.err));
        const auto metricsHelp
            = run({QStringLiteral("metrics"), QStringLiteral("--help")}, {}, QStringLiteral("zh_CN.UTF-8"));
        QVERIFY2(metricsHelp.out.contains(QStringLiteral("工作区")), qPrintable(metricsHelp.out));

        const auto bad = run({QStringLiteral("notes"), QStringLiteral("--workspace"), workspace,
            QStringLiteral("--template"), QStringLiteral("no-such-template")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("kubesphere")));
        QCOMPARE(run({QStringLiteral("notes"), QStringLiteral("--workspace"), workspace,
                         QStringLiteral("--draft"), QStringLiteral("missing")})
                     .exitCode,
            2);
    }

    void notesReviewRoundTripHeadless()
    {
        using namespace ReleaseDesk;
        const auto workspace = m_home.filePath(QStringLiteral("review.sqlite"));
        const auto folder = m_home.filePath(QStringLiteral("review-files"));
        const auto exported
            = run({QStringLiteral("notes"), QStringLiteral("--demo"), QStringLiteral("--workspace"),
                workspace, QStringLiteral("--review-export"), folder, QStringLiteral("--one-file")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const auto csvPath = QDir(folder).filePath(QStringLiteral("v4.1.3-review.csv"));
        QVERIFY2(exported.out.contains(csvPath), qPrintable(exported.out));
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("v4.1.3-review.md"))));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const auto bytes = csv.readAll();
        csv.close();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));

        // Edited by another program: columns reversed, tab separated, LF, a Chinese note, all reviewed.
        auto text = QString::fromUtf8(bytes);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        auto rows = Models::parseCsv(text, QLatin1Char(','));
        QVERIFY(rows.first().contains(QStringLiteral("Entry")));
        QVERIFY(rows.size() > 20);
        const int id = int(rows.first().indexOf(QStringLiteral("Entry")));
        const int note = int(rows.first().indexOf(QStringLiteral("Release note")));
        const int included = int(rows.first().indexOf(QStringLiteral("Included")));
        int row = 1;
        while (rows[row][included] != u"yes")
            ++row;
        const auto editedId = rows[row][id];
        rows[row][note] = QStringLiteral("修复了命令行导入的说明。");
        QString edited;
        for (const auto &fields : std::as_const(rows)) {
            QStringList reversed;
            for (auto it = fields.crbegin(); it != fields.crend(); ++it)
                reversed.append(QString(*it)
                                    .replace(QLatin1Char('\t'), QLatin1Char(' '))
                                    .replace(QLatin1Char('\n'), QLatin1Char(' ')));
            edited += reversed.join(QLatin1Char('\t')) + QLatin1Char('\n');
        }
        const auto returned = m_home.filePath(QStringLiteral("returned.tsv"));
        QFile out(returned);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(edited.toUtf8());
        out.close();

        const auto dryRun = run({QStringLiteral("notes"), QStringLiteral("--workspace"), workspace,
            QStringLiteral("--review-import"), returned, QStringLiteral("--dry-run")});
        QVERIFY2(dryRun.exitCode == 0, qPrintable(dryRun.err));
        QVERIFY2(
            dryRun.out.contains(editedId + QStringLiteral("\tNote\t")), qPrintable(dryRun.out.left(2000)));
        QVERIFY(dryRun.out.contains(QStringLiteral("修复了命令行导入的说明。")));
        const auto before = run({QStringLiteral("notes"), QStringLiteral("--workspace"), workspace});
        QVERIFY(!before.out.contains(QStringLiteral("修复了命令行导入的说明。")));

        const auto imported = run({QStringLiteral("notes"), QStringLiteral("--workspace"), workspace,
            QStringLiteral("--review-import"), returned});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const auto after = run({QStringLiteral("notes"), QStringLiteral("--workspace"), workspace});
        QVERIFY2(after.out.contains(QStringLiteral("修复了命令行导入的说明。")), qPrintable(imported.err));
        Models::NotesDraftStore drafts(Models::NotesDraftStore::directoryForWorkspace(workspace));
        const auto draft
            = drafts.load(QStringLiteral("v4.1.3"), drafts.drafts(QStringLiteral("v4.1.3")).first());
        QVERIFY(draft);
        QVERIFY(draft->edits.value(editedId).reviewed == false); // the export said "no" and nobody changed it

        const auto missing = run({QStringLiteral("notes"), QStringLiteral("--workspace"), workspace,
            QStringLiteral("--review-import"), m_home.filePath(QStringLiteral("nothing.csv"))});
        QCOMPARE(missing.exitCode, 3);
    }

    void metricsAndTheRetrospectivePack()
    {
        const auto workspace = m_home.filePath(QStringLiteral("metrics.sqlite"));
        QVERIFY(run({QStringLiteral("--demo"), QStringLiteral("--workspace"), workspace,
                        QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("metrics.png")),
                        QStringLiteral("--view"), QStringLiteral("metrics")})
                    .exitCode
            == 0);
        const auto csv = run({QStringLiteral("metrics"), QStringLiteral("--workspace"), workspace});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QVERIFY(csv.out.startsWith(QStringLiteral("day,scope,open,done,added,removed,ideal\n")));
        QVERIFY(csv.out.count(QLatin1Char('\n')) > 30);
        const auto json = run(
            {QStringLiteral("metrics"), QStringLiteral("--workspace"), workspace, QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("--compare"), QStringLiteral("v4.1.3")});
        QCOMPARE(json.exitCode, 0);
        const auto document = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(document.value(u"release").toString(), QStringLiteral("v4.1.3"));
        QVERIFY(document.value(u"itemsInScope").toInt() > 300);
        QStringList ids;
        for (const auto &table : document.value(u"tables").toArray())
            ids.append(table.toObject().value(u"id").toString());
        QVERIFY(
            ids.contains(QStringLiteral("burndown")) && ids.contains(QStringLiteral("release_over_release")));
        // CI health over time from the demo's release-branch history: a day or more of required runs.
        const auto passRate = run({QStringLiteral("metrics"), QStringLiteral("--workspace"), workspace,
            QStringLiteral("--table"), QStringLiteral("release_branch_pass_rate")});
        QVERIFY2(passRate.out.startsWith(QStringLiteral("day,pass_rate,runs\n20")), qPrintable(passRate.out));
        QCOMPARE(run({QStringLiteral("metrics"), QStringLiteral("--workspace"), workspace,
                         QStringLiteral("--compare"), QStringLiteral("v0.0.0")})
                     .exitCode,
            2);

        const auto pack = m_home.filePath(QStringLiteral("pack"));
        const auto report = run({QStringLiteral("report"), QStringLiteral("--workspace"), workspace,
            QStringLiteral("--output"), pack});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QFile html(QDir(pack).filePath(QStringLiteral("report.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const auto page = QString::fromUtf8(html.readAll());
        QVERIFY(page.contains(QStringLiteral("<img src=\"burndown.png\"")));
        QVERIFY(page.contains(QStringLiteral("Open blockers")));
        // The release signal's summary: verdict, reasons, pass rate, the ledger with its issues.
        QVERIFY(page.contains(QStringLiteral(
            "<h2>Release signal</h2>\n<p><strong>No-go: open blockers or failing CI</strong></p>")));
        QVERIFY(page.contains(QStringLiteral("Required CI on release-4.1: ")));
        QVERIFY(page.contains(QStringLiteral("<li>kubesphere/console e2e (chrome): flaky (informing), "
                                             "tracked by kubesphere/console#4841</li>")));
        QVERIFY(page.contains(QStringLiteral(
            "<li>kubesphere/console e2e (firefox): failing (informing), no tracking issue</li>")));
        // Without --compare, the pack compares with the workspace's earlier releases (the demo has two).
        QVERIFY(page.contains(QStringLiteral("<td>v4.1.2</td>")));
        QVERIFY(page.contains(QStringLiteral("<img src=\"release_over_release.png\"")));
        QImage chart(QDir(pack).filePath(QStringLiteral("burndown.png")));
        QCOMPARE(chart.size(), QSize(1100, 600));
        QVERIFY(QFile::exists(QDir(pack).filePath(QStringLiteral("report.md"))));
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--workspace"), workspace}).exitCode,
            2); // no --output
    }

    void syncRunsHeadlessAndTheTokenIsWrittenNowhere()
    {
        using namespace ReleaseDesk;
        const auto demo = Models::DemoWorkspace::generate(QDate(2026, 11, 25));
        Testing::FakeGitHub fake;
        QVERIFY2(fake.start(dataSet(demo)), qPrintable(fake.error()));
        const auto workspace = m_home.filePath(QStringLiteral("synced.sqlite"));
        const QStringList arguments = {QStringLiteral("sync"), QStringLiteral("--host"),
            fake.url().toString(), QStringLiteral("--repo"), QStringLiteral("kubesphere/console"),
            QStringLiteral("--milestone"), QStringLiteral("v4.1.3"), QStringLiteral("--release-branch"),
            QStringLiteral("release-4.1"), QStringLiteral("--workspace"), workspace};
        const auto result = run(arguments, m_token);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("[1/1] kubesphere/console")));
        QVERIFY(result.err.contains(QStringLiteral("requests")));
        {
            Models::Store store;
            QVERIFY(store.open(workspace));
            QCOMPARE(store.itemCount(), expectedConsoleItems(demo));
            // The sync recorded today's counts for the metrics' history.
            const auto release = store.release(QStringLiteral("default"));
            QVERIFY(release);
            const auto snapshots = store.snapshots(release->id);
            const auto today = QDate::currentDate();
            QVERIFY(std::any_of(snapshots.cbegin(), snapshots.cend(), [&](const Api::DailySnapshot &s) {
                return s.day == today && s.metric == QStringLiteral("ci.prs_failing");
            }));
            QVERIFY(std::any_of(snapshots.cbegin(), snapshots.cend(), [&](const Api::DailySnapshot &s) {
                return s.day == today && s.metric == QStringLiteral("board.column0");
            }));
        }
        // The token is in no file the app wrote, no log line, no output.
        QVERIFY(!result.err.contains(m_token) && !result.out.contains(m_token));
        QVERIFY(result.err.contains(QStringLiteral("releasedesk.github"))); // debug logging was on
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(m_token.toUtf8()), qPrintable(file.fileName()));
            ++scanned;
        }
        QVERIFY(scanned >= 2);

        // A wrong token is an authentication failure with its own exit code.
        const auto denied = run(arguments, QStringLiteral("ghp_wrong"));
        QCOMPARE(denied.exitCode, 4);
        QVERIFY(denied.err.contains(QStringLiteral("401")));
        // No token at all says how to provide one.
        const auto missing = run(arguments);
        QCOMPARE(missing.exitCode, 4);
        QVERIFY(missing.err.contains(QStringLiteral("GH_ENTERPRISE_TOKEN")));
    }

    void notesFromATagRangeWithoutAMilestone()
    {
        // A patch release as Kubernetes cuts them: no milestone, the cherry-picks merged since the
        // last tag are the release's content and its notes.
        using namespace ReleaseDesk;
        const auto demo = Models::DemoWorkspace::generate(QDate(2026, 11, 25));
        Testing::FakeGitHub fake;
        QVERIFY2(fake.start(dataSet(demo)), qPrintable(fake.error()));
        const auto cherryPick = [](int number, const QString &note) {
            return QJsonObject {{QStringLiteral("kind"), QStringLiteral("PullRequest")},
                {QStringLiteral("number"), number},
                {QStringLiteral("title"), QStringLiteral("[release-4.1] fix")},
                {QStringLiteral("body"), QStringLiteral("```release-note\n%1\n```").arg(note)},
                {QStringLiteral("state"), QStringLiteral("MERGED")},
                {QStringLiteral("author"), QStringLiteral("ks-ci-bot")},
                {QStringLiteral("createdAt"), QStringLiteral("2026-11-01T08:00:00Z")},
                {QStringLiteral("updatedAt"), QStringLiteral("2026-11-02T08:00:00Z")},
                {QStringLiteral("mergedAt"), QStringLiteral("2026-11-02T08:00:00Z")},
                {QStringLiteral("closedAt"), QStringLiteral("2026-11-02T08:00:00Z")},
                {QStringLiteral("baseRefName"), QStringLiteral("release-4.1")},
                {QStringLiteral("labels"), QJsonArray {QStringLiteral("kind/bug")}}};
        };
        fake.post(QStringLiteral("/_fake/items"),
            {{QStringLiteral("repo"), QStringLiteral("kubesphere/console")},
                {QStringLiteral("items"),
                    QJsonArray {
                        cherryPick(80001, QStringLiteral("Fixed the project selector after a rename.")),
                        cherryPick(80002, QStringLiteral("Fixed the log viewer on narrow screens."))}},
                {QStringLiteral("commits"),
                    QJsonArray {QJsonObject {{QStringLiteral("oid"), QStringLiteral("a0")}},
                        QJsonObject {{QStringLiteral("oid"), QStringLiteral("a1")},
                            {QStringLiteral("prs"), QJsonArray {80001}}},
                        QJsonObject {{QStringLiteral("oid"), QStringLiteral("a2")},
                            {QStringLiteral("prs"), QJsonArray {80002}}}}},
                {QStringLiteral("tags"),
                    QJsonObject {{QStringLiteral("v4.1.2"), QStringLiteral("a0")},
                        {QStringLiteral("v4.1.3"), QStringLiteral("a2")}}}});
        const auto workspace = m_home.filePath(QStringLiteral("range.sqlite"));
        QStringList arguments = {QStringLiteral("sync"), QStringLiteral("--host"), fake.url().toString(),
            QStringLiteral("--repo"), QStringLiteral("kubesphere/console"), QStringLiteral("--release"),
            QStringLiteral("v4.1.3"), QStringLiteral("--workspace"), workspace, QStringLiteral("--range"),
            QStringLiteral("v4.1.2...v4.1.3")};
        const auto refused = run(arguments, m_token);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("FROM..TO")), qPrintable(refused.err));
        arguments.last() = QStringLiteral("v4.1.2..v4.1.3");
        const auto synced = run(arguments, m_token);
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));

        const auto notes = run({QStringLiteral("notes"), QStringLiteral("--workspace"), workspace,
            QStringLiteral("--release"), QStringLiteral("v4.1.3")});
        QVERIFY2(notes.exitCode == 0, qPrintable(notes.err));
        QVERIFY2(notes.out.contains(
                     QStringLiteral("- Fixed the project selector after a rename. ([console#80001]")),
            qPrintable(notes.out));
        QVERIFY(notes.out.contains(QStringLiteral("Fixed the log viewer on narrow screens.")));
        // Only the range: none of the milestone's PRs (the release names no milestone).
        QCOMPARE(notes.out.count(QStringLiteral("([console#")), 2);
    }

    void aSyncKilledMidWayLeavesAConsistentWorkspaceAndResumes()
    {
        using namespace ReleaseDesk;
        const auto demo = Models::DemoWorkspace::generate(QDate(2026, 11, 25));
        Testing::FakeGitHub fake;
        QVERIFY2(fake.start(dataSet(demo)), qPrintable(fake.error()));
        // Slow pages, so the kill lands while pages are still arriving.
        fake.setFaults(QJsonArray {QJsonObject {{QStringLiteral("operation"), QStringLiteral("ReleaseItems")},
            {QStringLiteral("type"), QStringLiteral("delay")}, {QStringLiteral("delayMs"), 150},
            {QStringLiteral("times"), -1}}});
        const auto workspace = m_home.filePath(QStringLiteral("killed.sqlite"));
        const QStringList arguments = {QStringLiteral("sync"), QStringLiteral("--host"),
            fake.url().toString(), QStringLiteral("--repo"), QStringLiteral("kubesphere/console"),
            QStringLiteral("--milestone"), QStringLiteral("v4.1.3"), QStringLiteral("--page-size"),
            QStringLiteral("10"), QStringLiteral("--workspace"), workspace};
        QProcess process;
        process.setProcessEnvironment(environment(m_token));
        process.setReadChannel(QProcess::StandardError);
        process.start(QStringLiteral(RELEASEDESK_EXECUTABLE), arguments);
        QVERIFY(process.waitForStarted());
        int pagesSeen = 0;
        while (pagesSeen < 3) {
            QVERIFY2(process.waitForReadyRead(30000), "the sync printed no progress");
            while (process.canReadLine()) {
                const auto line = QString::fromUtf8(process.readLine());
                if (line.contains(QStringLiteral(" pages, ")) && !line.contains(QStringLiteral(": 0 pages")))
                    ++pagesSeen;
            }
        }
        process.kill();
        QVERIFY(process.waitForFinished());
        {
            Models::Store store;
            QVERIFY(store.open(workspace));
            QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
            QVERIFY(store.itemCount() > 0);
            QVERIFY(store.itemCount() < expectedConsoleItems(demo));
        }
        fake.setFaults({});
        const auto resumed = run(arguments, m_token);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        Models::Store store;
        QVERIFY(store.open(workspace));
        QCOMPARE(store.itemCount(), expectedConsoleItems(demo));
    }

private:
    static QJsonObject dataSet(const ReleaseDesk::Models::DemoWorkspace &demo)
    {
        auto data = ReleaseDesk::Testing::fakeDataFrom(demo);
        data.addToken(m_token, QStringLiteral("octo"), QStringLiteral("repo"));
        return data.toJson();
    }

    static int expectedConsoleItems(const ReleaseDesk::Models::DemoWorkspace &demo)
    {
        return int(
            std::count_if(demo.items.cbegin(), demo.items.cend(), [](const ReleaseDesk::Api::Item &item) {
                return item.key.repository.name == QLatin1StringView("console")
                    && item.milestone == QLatin1StringView("v4.1.3");
            }));
    }

    static inline const QString m_token = QStringLiteral("ghp_SECRETtokenThatMustNeverBeWritten0123");
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
