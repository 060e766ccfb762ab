// Patch releases: an original PR and its cherry-picks are one entry (repository-qualified, whatever
// clue ties them), the template chooses which PR is cited, bots' title prefixes never reach a note,
// and near-identical notes are pointed out and merged with one key.
#include "demoworkspace.h"
#include "notes/extractednote.h"
#include "notes/notesdocument.h"
#include "notes/notesdraftstore.h"
#include "notes/notesrenderer.h"
#include "notes/notessession.h"
#include "notes/notestemplate.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Models;

namespace {

QString block(const QString &text)
{
    return QStringLiteral(
        "#### Does this PR introduce a user-facing change?\r\n```release-note\r\n%1\r\n```\r\n")
        .arg(text);
}

struct Pr
{
    QString repo;
    int number;
    QString title;
    QString body;
    QString baseRef = QStringLiteral("master");
    QString headRef = QString();
    std::optional<Api::ItemKey> linkTo = std::nullopt;
    QString author = QStringLiteral("someone");
    int day = 1;
};

Api::ItemKey key(const QString &repo, int number)
{
    return {Api::RepositoryRef::fromString(repo), number};
}

Api::Item item(const Pr &pr)
{
    Api::Item item;
    item.key = key(pr.repo, pr.number);
    item.kind = Api::Item::Kind::PullRequest;
    item.state = Api::Item::State::Merged;
    item.author = pr.author;
    item.title = pr.title;
    item.body = pr.body;
    item.baseRef = pr.baseRef;
    item.headRef
        = pr.headRef.isEmpty() ? QStringLiteral("%1/topic-%2").arg(pr.author).arg(pr.number) : pr.headRef;
    item.url = QUrl(QStringLiteral("https://github.com/%1/pull/%2").arg(pr.repo).arg(pr.number));
    item.mergedAt = QDateTime(QDate(2024, 10, pr.day), QTime(12, 0), QTimeZone::UTC);
    item.labels = {{QStringLiteral("kind/bug"), QStringLiteral("ededed"), {}},
        {QStringLiteral("release-note"), QStringLiteral("ededed"), {}}};
    if (pr.linkTo)
        item.links = {{Api::ItemLink::Kind::CherryPickOf, *pr.linkTo}};
    return item;
}

const QString ks = QStringLiteral("kubesphere/kubesphere");
const QString console = QStringLiteral("kubesphere/console");
const QString installer = QStringLiteral("kubesphere/ks-installer");
const QString k8s = QStringLiteral("kubernetes/kubernetes");

/// Originals on master and their picks on release branches, in four repositories whose numbers collide:
/// #100 exists in three of them, and a "[release-4.1] Same title" pick sits in a repository where no PR
/// has that title.
QList<Api::Item> originals()
{
    return {
        item({ks, 100, QStringLiteral("Fix the monitoring timeout"),
            block(QStringLiteral("Fix the monitoring timeout in large clusters.")), QStringLiteral("master"),
            {}, {}, QStringLiteral("alice"), 1}),
        item({console, 100, QStringLiteral("Fix the login page"),
            block(QStringLiteral("Fix the login page redirect.")), QStringLiteral("master"), {}, {},
            QStringLiteral("bob"), 2}),
        item({k8s, 100, QStringLiteral("Fix kubelet restarts"),
            block(QStringLiteral("Fix kubelet restarts on cgroup v2.")), QStringLiteral("master"), {}, {},
            QStringLiteral("carol"), 3}),
        item({ks, 101, QStringLiteral("Add a dashboard"), block(QStringLiteral("Add a dashboard.")),
            QStringLiteral("master"), {}, {}, QStringLiteral("dave"), 4}),
    };
}

QList<Api::Item> picks()
{
    return {
        // By title only: "[release-4.1] Original title", an empty block (the title stands in).
        item({ks, 120, QStringLiteral("[release-4.1] Fix the monitoring timeout"), block(QString()),
            QStringLiteral("release-4.1"), {}, {}, QStringLiteral("ks-ci-bot"), 10}),
        // By branch: Prow's cherrypicker, the note copied.
        item({console, 130, QStringLiteral("[release-4.1] Fix the login page"),
            block(QStringLiteral("Fix the login page redirect.")), QStringLiteral("release-4.1"),
            QStringLiteral("cherry-pick-100-to-release-4.1"), {}, QStringLiteral("ks-ci-bot"), 11}),
        // By title: Kubernetes' script, no block at all.
        item({k8s, 140, QStringLiteral("Automated cherry pick of #100: Fix kubelet restarts"),
            QStringLiteral("Cherry pick of #100 on release-1.25."), QStringLiteral("release-1.25"), {}, {},
            QStringLiteral("carol"), 12}),
        // "Cherry-pick #N to ...": its original is not in the release at all.
        item({k8s, 150, QStringLiteral("Cherry-pick #90 to release-1.25: Fix the scheduler cache"),
            block(QStringLiteral("Fix the scheduler cache.")), QStringLiteral("release-1.25"), {}, {},
            QStringLiteral("erin"), 13}),
        // Same title as kubesphere#100 but another repository: no original here, stays its own entry.
        item({installer, 120, QStringLiteral("[release-4.1] Fix the monitoring timeout"),
            block(QStringLiteral("Raise the installer's monitoring timeout.")), QStringLiteral("release-4.1"),
            {}, {}, QStringLiteral("frank"), 14}),
        // A link across repositories: the pick lives in ks-installer, its original in console (#100 there,
        // not kubesphere#100).
        item({installer, 160, QStringLiteral("Backport the login fix"),
            block(QStringLiteral("Fix the login page redirect.")), QStringLiteral("release-4.1"), {},
            key(console, 100), QStringLiteral("gina"), 15}),
    };
}

const NoteEntry *entryCiting(const NotesDocument &document, const Api::ItemKey &source)
{
    for (const auto &entry : document.entries) {
        if (entry.sources.contains(source))
            return &entry;
    }
    return nullptr;
}

} // namespace

class NotesCherryPicksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefixesNeverReachANote_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("release bracket")
            << QStringLiteral("[release-4.1] Fix the timeout") << QStringLiteral("Fix the timeout");
        QTest::newRow("automated") << QStringLiteral("Automated cherry pick of #112489: Fix kubelet")
                                   << QStringLiteral("Fix kubelet");
        QTest::newRow("automated several")
            << QStringLiteral("Automated cherry pick of #112489 #112500: Fix kubelet")
            << QStringLiteral("Fix kubelet");
        QTest::newRow("automated and")
            << QStringLiteral("Automated cherry pick of #1, #2 and #3: Fix it") << QStringLiteral("Fix it");
        QTest::newRow("cherry-pick to")
            << QStringLiteral("Cherry-pick #123 to release-1.2: Fix it") << QStringLiteral("Fix it");
        QTest::newRow("cherry-pick to, no colon")
            << QStringLiteral("Cherry-pick #123 to release-1.2 Fix it") << QStringLiteral("Fix it");
        QTest::newRow("nested") << QStringLiteral("[release-4.1] Automated cherry pick of #9: Fix it")
                                << QStringLiteral("Fix it");
        QTest::newRow("backport bracket")
            << QStringLiteral("[backport release-1.2] Fix it") << QStringLiteral("Fix it");
        QTest::newRow("plain title untouched") << QStringLiteral("Cherry-picked commits keep their authors")
                                               << QStringLiteral("Cherry-picked commits keep their authors");
        QTest::newRow("brackets that are not a branch")
            << QStringLiteral("[WIP] Fix it") << QStringLiteral("[WIP] Fix it");
    }
    void prefixesNeverReachANote()
    {
        QFETCH(QString, title);
        QFETCH(QString, expected);
        QCOMPARE(withoutCherryPickPrefixes(title), expected);
    }

    void originalsAndPicksAreOneEntry()
    {
        const auto document = composeNotes(extractMergedPullRequests(originals() + picks()), NotesDraft {});
        // 4 originals + the scheduler fix (original absent) + the installer's own note.
        QCOMPARE(document.entries.size(), 6);

        const auto *monitoring = entryCiting(document, key(ks, 100));
        QVERIFY(monitoring);
        QCOMPARE(monitoring->id, key(ks, 100).qualifiedReference());
        QCOMPARE(monitoring->cherryPicks.size(), 1);
        QCOMPARE(monitoring->cherryPicks.first().key, key(ks, 120));
        QCOMPARE(monitoring->text, QStringLiteral("Fix the monitoring timeout in large clusters."));
        QCOMPARE(monitoring->authors, QStringList {QStringLiteral("alice")}); // not the bot

        // console#100 is picked twice: by branch in console, by a link from ks-installer.
        const auto *login = entryCiting(document, key(console, 100));
        QVERIFY(login);
        QCOMPARE(login->cherryPicks.size(), 2);
        QCOMPARE(login->cherryPicks[0].key, key(console, 130));
        QCOMPARE(login->cherryPicks[1].key, key(installer, 160));

        const auto *kubelet = entryCiting(document, key(k8s, 100));
        QVERIFY(kubelet);
        QCOMPARE(kubelet->cherryPicks.size(), 1);
        QCOMPARE(kubelet->cherryPicks.first().key, key(k8s, 140));

        // The installer's "[release-4.1] Fix the monitoring timeout" has no original in its repository.
        const auto *installerEntry = entryCiting(document, key(installer, 120));
        QVERIFY(installerEntry);
        QVERIFY(installerEntry->cherryPicks.isEmpty());
        QCOMPARE(installerEntry->text, QStringLiteral("Raise the installer's monitoring timeout."));

        // The pick of a PR outside the release: one entry keyed by the original, citing the pick.
        const auto *scheduler = entryCiting(document, key(k8s, 90));
        QVERIFY(scheduler);
        QCOMPARE(scheduler->cherryPicks.first().key, key(k8s, 150));
        QCOMPARE(scheduler->text, QStringLiteral("Fix the scheduler cache."));

        for (const auto &entry : document.entries) {
            QVERIFY2(!entry.text.startsWith(QLatin1Char('[')), qPrintable(entry.text));
            QVERIFY2(!entry.text.contains(QLatin1StringView("cherry pick"), Qt::CaseInsensitive),
                qPrintable(entry.text));
            QVERIFY2(!entry.text.contains(QLatin1StringView("cherry-pick"), Qt::CaseInsensitive),
                qPrintable(entry.text));
        }
    }

    void fallbackTitleLosesTheBotPrefix()
    {
        // Only the pick, no block: the title stands in, without "Automated cherry pick of #100: ".
        const auto document = composeNotes(extractMergedPullRequests({picks()[2]}), NotesDraft {});
        QCOMPARE(document.entries.size(), 1);
        QCOMPARE(document.entries.first().text, QStringLiteral("Fix kubelet restarts"));
        QVERIFY(document.entries.first().needsNote);
        QCOMPARE(document.entries.first().id, key(k8s, 100).qualifiedReference());
    }

    void milestoneAndTagRangeGiveTheSameEntries()
    {
        // A milestone holds originals and picks; a tag range on the release branch only the picks.
        auto copied = picks();
        // In a tag range the copied picks carry the original's note (as Prow's cherrypicker does).
        copied[0].body = block(QStringLiteral("Fix the monitoring timeout in large clusters."));
        // A "[release-4.1] Title" pick finds its original by title only when the original is there
        // too; the bot's branch name says it without it.
        copied[0].headRef = QStringLiteral("cherry-pick-100-to-release-4.1");
        copied[2].body = block(QStringLiteral("Fix kubelet restarts on cgroup v2."));
        const auto byMilestone = composeNotes(extractMergedPullRequests(originals() + copied), NotesDraft {});
        const auto byTags = composeNotes(extractMergedPullRequests(copied), NotesDraft {});
        QHash<QString, QString> milestoneText;
        for (const auto &entry : byMilestone.entries)
            milestoneText.insert(entry.id, entry.text);
        for (const auto &entry : byTags.entries) {
            QVERIFY2(milestoneText.contains(entry.id), qPrintable(entry.id));
            QCOMPARE(entry.text, milestoneText.value(entry.id));
        }
        // ks#101 is the only original without a pick: the milestone has it, the range does not.
        QCOMPARE(byTags.entries.size() + 1, byMilestone.entries.size());
    }

    void templateChoosesTheCitedPullRequest()
    {
        const auto document = composeNotes(extractMergedPullRequests(originals() + picks()), NotesDraft {});
        const auto kubeSphere = renderNotesMarkdown(document, NotesTemplate::kubeSphere(), {});
        // KubeSphere cites the PR on the release branch.
        QVERIFY(kubeSphere.contains(
            QStringLiteral("[kubesphere#120](https://github.com/kubesphere/kubesphere/pull/120)")));
        QVERIFY(!kubeSphere.contains(QStringLiteral("[kubesphere#100]")));
        QVERIFY(kubeSphere.contains(QStringLiteral("[kubernetes#140]")));
        QVERIFY(!kubeSphere.contains(QStringLiteral("[kubernetes#100]")));
        QCOMPARE(kubeSphere.count(QStringLiteral("Fix the monitoring timeout in large clusters.")), 1);

        // Kubernetes cites the original, the cherry-pick noted after it.
        const auto kubernetes = renderNotesMarkdown(document, NotesTemplate::kubernetes(), {});
        QVERIFY(kubernetes.contains(
            QStringLiteral("[kubernetes#100](https://github.com/kubernetes/kubernetes/pull/100), cherry-pick "
                           "[kubernetes#140](https://github.com/kubernetes/kubernetes/pull/140)")));
        QVERIFY(kubernetes.contains(
            QStringLiteral("[console#100](https://github.com/kubesphere/console/pull/100), cherry-pick "
                           "[console#130](https://github.com/kubesphere/console/pull/130), cherry-pick "
                           "[ks-installer#160]")));

        // The choice is the template's: a saved template keeps it.
        auto custom = NotesTemplate::kubeSphere();
        custom.id = QStringLiteral("custom");
        custom.cherryPickCitation = NotesTemplate::CherryPickCitation::Original;
        QCOMPARE(NotesTemplate::fromJson(custom.toJson()).cherryPickCitation,
            NotesTemplate::CherryPickCitation::Original);
        QCOMPARE(NotesTemplate::fromJson(NotesTemplate::kubeSphere().toJson()).cherryPickCitation,
            NotesTemplate::CherryPickCitation::ReleaseBranch);
    }

    void editsOfAPickFollowItsEntry()
    {
        // A draft saved when the pick was its own entry: the edit is still applied.
        NotesDraft draft;
        EntryEdit edit;
        edit.text = QStringLiteral("Fixed the monitoring timeout.");
        edit.sourceTextAtEdit = QStringLiteral("Fix the monitoring timeout in large clusters.");
        edit.reviewed = true;
        draft.edits.insert(key(ks, 120).qualifiedReference(), edit);
        const auto document = composeNotes(extractMergedPullRequests(originals() + picks()), draft);
        const auto *entry = entryCiting(document, key(ks, 100));
        QVERIFY(entry);
        QCOMPARE(entry->text, QStringLiteral("Fixed the monitoring timeout."));
        QVERIFY(entry->reviewed);
        QVERIFY(!entry->sourceChanged);
    }

    void nearIdenticalNotesArePointedOutAndMergedWithOneKey()
    {
        QList<Api::Item> items;
        const QStringList texts = {QStringLiteral("Fix permission check for the monitoring dashboard."),
            QStringLiteral("fix permission check for the **monitoring** dashboard"),
            QStringLiteral("Fix permission-check for the monitoring  dashboard!"),
            QStringLiteral("Fix permission check for the logging dashboard.")};
        for (int i = 0; i < texts.size(); ++i)
            items.append(
                item({i % 2 ? console : ks, 500 + i, QStringLiteral("Title %1").arg(i), block(texts[i]),
                    QStringLiteral("master"), {}, {}, QStringLiteral("author%1").arg(i), 1 + i}));
        QTemporaryDir dir;
        NotesDraftStore store(dir.path());
        NotesSession session(&store);
        QVERIFY(session.open(QStringLiteral("v1"), QStringLiteral("draft")));
        session.setSources(extractMergedPullRequests(items));
        const auto &document = session.document();
        QCOMPARE(document.entries.size(), 4);
        int duplicates = 0;
        for (const auto &entry : document.entries)
            duplicates += entry.warnings.testFlag(LintWarning::Duplicate) ? 1 : 0;
        QCOMPARE(duplicates, 3);
        const auto first = key(ks, 500).qualifiedReference();
        const auto group = nearIdenticalEntries(document, first);
        QCOMPARE(group.size(), 3);
        QCOMPARE(group.first(), first);
        QVERIFY(!group.contains(key(console, 503).qualifiedReference()));
        session.mergeEntries(group);
        QCOMPARE(session.document().entries.size(), 2);
        const auto &merged = session.document().entries[session.document().indexOf(first)];
        QCOMPARE(merged.sources.size(), 3);
        QVERIFY(!merged.warnings.testFlag(LintWarning::Duplicate));
    }

    void demoPatchReleaseShowsEachChangeOnce()
    {
        const auto demo = DemoWorkspace::generate(QDate(2026, 11, 25));
        const auto notes = extractMergedPullRequests(demo.items);
        const auto document = composeNotes(notes, NotesDraft {});
        const auto original = key(ks, 6111);
        const auto pick = key(ks, 6272);
        bool pickMerged = false;
        for (const auto &note : notes) {
            if (note.key == pick) {
                pickMerged = true;
                QCOMPARE(note.cherryPickOf, std::optional<Api::ItemKey>(original));
            }
        }
        QVERIFY2(pickMerged, "the demo's kubesphere#6272 is a merged cherry-pick of kubesphere#6111");
        int citing = 0;
        for (const auto &entry : document.entries) {
            bool cites = entry.sources.contains(original);
            for (const auto &cherryPick : entry.cherryPicks)
                cites = cites || cherryPick.key == pick;
            citing += cites ? 1 : 0;
            QVERIFY2(!entry.text.startsWith(QLatin1StringView("[release-")), qPrintable(entry.text));
        }
        QCOMPARE(citing, 1);
        // Every merged pick of the demo is folded into its original's entry.
        for (const auto &note : notes) {
            if (note.cherryPickOf)
                QVERIFY(document.indexOf(note.key.qualifiedReference()) < 0);
        }
    }
};

QTEST_GUILESS_MAIN(NotesCherryPicksTest)
#include "tst_notescherrypicks.moc"
