// Release notes: extraction against the Kubernetes corpus (hand-written expectations), the overlay of
// human edits across re-syncs, lint, templates (golden files), drafts on disk and the entries model.
#include "notes/extractednote.h"
#include "notes/notesdocument.h"
#include "notes/notesdraftstore.h"
#include "notes/notesentrymodel.h"
#include "notes/notesrenderer.h"
#include "notes/notessession.h"
#include "notes/notestemplate.h"
#include "releasenoteblock.h"
#include "store/itemrepository.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Models;

namespace {

const Api::RepositoryRef kubernetesRepo {
    QStringLiteral("github.com"), QStringLiteral("kubernetes"), QStringLiteral("kubernetes")};

/// A REST pull request from the corpus as the cache would hold it.
Api::Item itemFromRestPull(const QJsonObject &pull)
{
    Api::Item item;
    item.key = {kubernetesRepo, pull.value(u"number").toInt()};
    item.kind = Api::Item::Kind::PullRequest;
    item.state = pull.value(u"merged_at").isString() ? Api::Item::State::Merged : Api::Item::State::Closed;
    item.title = pull.value(u"title").toString();
    item.body = pull.value(u"body").toString();
    item.author = pull.value(u"user").toObject().value(u"login").toString();
    item.url = QUrl(pull.value(u"html_url").toString());
    item.mergedAt = QDateTime::fromString(pull.value(u"merged_at").toString(), Qt::ISODate);
    for (const auto &label : pull.value(u"labels").toArray())
        item.labels.append(
            {label.toObject().value(u"name").toString(), label.toObject().value(u"color").toString(), {}});
    return item;
}

QList<Api::Item> corpusPullRequests()
{
    QList<Api::Item> items;
    const QDir dir(QStringLiteral(RELEASEDESK_TEST_DATA "/corpora/k8s-release-v1.25.3-prs"));
    for (const auto &name : dir.entryList({QStringLiteral("GetPullRequest-*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        items.append(
            itemFromRestPull(QJsonDocument::fromJson(file.readAll()).object().value(u"Result").toObject()));
    }
    return items;
}

Api::Item pullRequest(const QString &repo, int number, const QString &author, const QStringList &labels,
    const QString &body, const QString &title = QStringLiteral("A change"), int mergedDay = 1)
{
    Api::Item item;
    item.key = {Api::RepositoryRef::fromString(repo), number};
    item.kind = Api::Item::Kind::PullRequest;
    item.state = Api::Item::State::Merged;
    item.author = author;
    item.title = title;
    item.body = body;
    item.url = QUrl(QStringLiteral("https://github.com/%1/pull/%2").arg(repo).arg(number));
    item.mergedAt = QDateTime(QDate(2024, 10, mergedDay), QTime(12, 0), QTimeZone::UTC);
    for (const auto &label : labels)
        item.labels.append({label, QStringLiteral("ededed"), {}});
    return item;
}

QString block(const QString &text)
{
    return QStringLiteral(
        "#### Does this PR introduce a user-facing change?\r\n```release-note\r\n%1\r\n```\r\n")
        .arg(text);
}

/// A small KubeSphere-like release used by the golden files: several repositories, a merged pair, an
/// action-required API change, a dependency bump, HTML in a note, a multi-line note, a PR without a note.
QList<Api::Item> goldenRelease()
{
    return {
        pullRequest(QStringLiteral("kubesphere/ks-devops"), 768, QStringLiteral("LinuxSuRen"),
            {QStringLiteral("kind/feature"), QStringLiteral("area/devops"), QStringLiteral("release-note")},
            block(QStringLiteral("Support user-defined pipeline configuration steps.")),
            QStringLiteral("feat: support user-defined pipeline steps"), 1),
        pullRequest(QStringLiteral("kubesphere/ks-installer"), 2206, QStringLiteral("yudong2015"),
            {QStringLiteral("kind/cleanup"), QStringLiteral("area/devops")},
            block(QStringLiteral("Optimize the devops-jenkins JVM memory configuration.")),
            QStringLiteral("Optimize the JVM memory of devops-jenkins"), 2),
        pullRequest(QStringLiteral("kubesphere/ks-devops"), 949, QStringLiteral("chilianyi"),
            {QStringLiteral("kind/bug"), QStringLiteral("area/devops")},
            block(QStringLiteral("Fix the issue of removing ArgoCD resources without cascade parameters.")),
            QStringLiteral("fix: remove ArgoCD resources without cascade"), 3),
        pullRequest(QStringLiteral("kubesphere/kubesphere"), 5271, QStringLiteral("f10atin9"),
            {QStringLiteral("kind/bug"), QStringLiteral("area/storage")},
            block(QStringLiteral("Fix the issue that pvc cannot be deleted.")),
            QStringLiteral("Fix PVC deletion"), 4),
        pullRequest(QStringLiteral("kubesphere/console"), 3802, QStringLiteral("weili520"),
            {QStringLiteral("kind/bug"), QStringLiteral("area/storage")},
            block(QStringLiteral("Fix the issue that PVCs cannot be deleted from the console.")),
            QStringLiteral("[release-4.1] Fix PVC deletion in the console"), 5),
        pullRequest(QStringLiteral("kubesphere/console"), 3800, QStringLiteral("newcomer"),
            {QStringLiteral("kind/bug"), QStringLiteral("area/ui")},
            block(QStringLiteral(
                "Fix titles like <b>bold</b> and <img src=x onerror=alert(1)> shown as markup.")),
            QStringLiteral("Fix <b>markup</b> in titles"), 6),
        pullRequest(QStringLiteral("kubesphere/kubesphere"), 5300, QStringLiteral("wansir"),
            {QStringLiteral("kind/api-change"), QStringLiteral("sig/api-machinery"),
                QStringLiteral("release-note-action-required")},
            block(QStringLiteral("ACTION REQUIRED: Remove the deprecated iam.kubesphere.io/v1alpha1 API.")),
            QStringLiteral("Remove iam.kubesphere.io/v1alpha1"), 7),
        pullRequest(QStringLiteral("kubesphere/kubesphere"), 5301, QStringLiteral("wansir"),
            {QStringLiteral("kind/cleanup"), QStringLiteral("release-note-none")},
            block(QStringLiteral("NONE")), QStringLiteral("Clean up unused code"), 8),
        pullRequest(QStringLiteral("kubesphere/console"), 3801, QStringLiteral("harrisonliu5"),
            {QStringLiteral("kind/bug"), QStringLiteral("area/ui")}, QStringLiteral("Fixes the login page."),
            QStringLiteral("Fix typo in login page"), 9),
        pullRequest(QStringLiteral("kubesphere/kubesphere"), 5302, QStringLiteral("zhu733756"),
            {QStringLiteral("kind/feature"), QStringLiteral("area/monitoring"),
                QStringLiteral("sig/instrumentation")},
            block(QStringLiteral("Support alerting rules per workspace.\r\nRules are kept when a workspace "
                                 "moves between clusters.")),
            QStringLiteral("Support alerting rules per workspace"), 10),
        pullRequest(QStringLiteral("kubesphere/kubesphere"), 5303, QStringLiteral("dependabot"),
            {QStringLiteral("kind/cleanup"), QStringLiteral("area/dependency")},
            block(QStringLiteral("Bump golang.org/x/net to v0.17.0.")),
            QStringLiteral("Bump golang.org/x/net from 0.15.0 to 0.17.0"), 11),
    };
}

NotesDraft goldenDraft()
{
    NotesDraft draft;
    draft.releaseName = QStringLiteral("v4.1.3");
    draft.name = QStringLiteral("golden");
    EntryEdit enhancement;
    enhancement.type = NoteType::Enhancement;
    draft.edits.insert(QStringLiteral("github.com/kubesphere/ks-installer#2206"), enhancement);
    EntryEdit mergedText;
    mergedText.text = QStringLiteral("Fix the issue that PVCs cannot be deleted.");
    mergedText.sourceTextAtEdit = QStringLiteral("Fix the issue that pvc cannot be deleted.");
    draft.edits.insert(QStringLiteral("github.com/kubesphere/kubesphere#5271"), mergedText);
    draft.merges = {{QStringLiteral("github.com/kubesphere/kubesphere#5271"),
        QStringLiteral("github.com/kubesphere/console#3802")}};
    return draft;
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

ExtractedNote extractFromBody(const QString &body, const QStringList &labels = {QStringLiteral("kind/bug")})
{
    return extractNote(pullRequest(QStringLiteral("kubesphere/kubesphere"), 1, QStringLiteral("a"), labels,
        body, QStringLiteral("The title")));
}

} // namespace

class NotesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extractionMatchesTheKubernetesCorpus();
    void blockVariants_data();
    void blockVariants();
    void excerptsExtractLikeWholeBodies();
    void labelsAndBodyDisagreements();
    void kindPriority();
    void areaMapFirstRuleWins();
    void editsSurviveRegeneration();
    void sourceChangedAfterEditIsFlagged();
    void mergeSplitAndReorder();
    void sectionsRenameAddAndMove();
    void lintWarnings();
    void goldenTemplates_data();
    void goldenTemplates();
    void importReleaseDrafterConfiguration();
    void krelUnlistsASingleBulletNote();
    void htmlExportEscapesGitHubText();
    void kubeSphereSaysActionRequiredAndNewcomersOnlyWhenKnown();
    void jsonExportHasTheSpreadsheetColumns();
    void draftsRoundTripWithHistory();
    void corruptDraftIsLeftUntouched();
    void draftNamesCannotEscapeTheFolder();
    void sessionSavesAsTheUserTypes();
    void backgroundCompositionFollowsEdits();
    void backgroundCompositionAnnouncesEntriesPatchedWhileItRan();
    void autosaveThatFailsKeepsTheChangesAndSaysWhy();
    void entryModelPassesTheTester();
    void entryModelSignalsOnlyChangedRows();
    void firstTimeContributorsFromTheCache();
};

void NotesTest::extractionMatchesTheKubernetesCorpus()
{
    QHash<int, Api::Item> byNumber;
    for (const auto &item : corpusPullRequests())
        byNumber.insert(item.key.number, item);
    QCOMPARE(byNumber.size(), 127);

    QFile expectations(QStringLiteral(RELEASEDESK_TEST_DATA "/notes/k8s-v1.25.3-expected.tsv"));
    QVERIFY(expectations.open(QIODevice::ReadOnly));
    int checked = 0;
    QHash<QString, int> statusCounts;
    while (!expectations.atEnd()) {
        const auto line = QString::fromUtf8(expectations.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 6);
        const int number = fields[0].toInt();
        QVERIFY2(byNumber.contains(number), qPrintable(fields[0]));
        const auto &item = byNumber[number];
        const auto note = extractNote(item);
        const auto where = QStringLiteral("#%1").arg(number).toUtf8();
        QVERIFY2(extractedNoteStatusId(note.status) == fields[1],
            QByteArray(where + " status " + extractedNoteStatusId(note.status).toUtf8()).constData());
        QVERIFY2(noteTypeId(note.type) == fields[2],
            QByteArray(where + " type " + noteTypeId(note.type).toUtf8()).constData());
        QStringList flags;
        if (note.flags & ExtractedNote::Flag::EmptyBlock)
            flags.append(QStringLiteral("empty-block"));
        if (note.flags & ExtractedNote::Flag::LabelSaysNone)
            flags.append(QStringLiteral("label-says-none"));
        if (note.flags & ExtractedNote::Flag::LabelSaysNote)
            flags.append(QStringLiteral("label-says-note"));
        if (note.flags & ExtractedNote::Flag::NoKindLabel)
            flags.append(QStringLiteral("no-kind"));
        QVERIFY2((flags.isEmpty() ? QStringLiteral("-") : flags.join(QLatin1Char(','))) == fields[3],
            QByteArray(where + " flags " + flags.join(QLatin1Char(',')).toUtf8()).constData());
        QVERIFY2((note.sigs.isEmpty() ? QStringLiteral("-") : note.sigs.join(QLatin1Char(','))) == fields[4],
            QByteArray(where + " sigs " + note.sigs.join(QLatin1Char(',')).toUtf8()).constData());
        if (fields[5] != QLatin1StringView("-"))
            QVERIFY2(note.text == QString(fields[5]).replace(QStringLiteral("\\n"), QStringLiteral("\n")),
                QByteArray(where + " text:\n" + note.text.toUtf8()).constData());
        else if (note.needsNote())
            // The title stands in, marked "needs a note", without a cherry-pick bot's prefix.
            QCOMPARE(note.text, withoutCherryPickPrefixes(item.title));
        QCOMPARE(note.needsNote(),
            fields[1] == QLatin1StringView("unanswered") || fields[1] == QLatin1StringView("missing"));
        QVERIFY(!note.actionRequired); // none of the corpus' notes asks for action
        ++statusCounts[fields[1]];
        ++checked;
    }
    QCOMPARE(checked, 127);
    QCOMPARE(statusCounts.value(QStringLiteral("note")), 58);
    QCOMPARE(statusCounts.value(QStringLiteral("unanswered")), 16);
}

void NotesTest::blockVariants_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("actionRequired");

    QTest::newRow("lf") << QStringLiteral("x\n```release-note\nFix a.\n```\n") << "note"
                        << "Fix a." << false;
    QTest::newRow("crlf") << QStringLiteral("x\r\n```release-note\r\nFix a.\r\nSecond line.\r\n```\r\n")
                          << "note"
                          << "Fix a.\nSecond line." << false;
    QTest::newRow("tildes") << QStringLiteral("~~~release-note\nFix b.\n~~~") << "note"
                            << "Fix b." << false;
    QTest::newRow("four backticks") << QStringLiteral("````release-note\nFix ```c```.\n````") << "note"
                                    << "Fix ```c```." << false;
    QTest::newRow("spaced info") << QStringLiteral("```  release-note  \n  Fix d.  \n```") << "note"
                                 << "Fix d." << false;
    QTest::newRow("indented fence") << QStringLiteral("  ```release-note\nFix e.\n  ```") << "note"
                                    << "Fix e." << false;
    QTest::newRow("unclosed") << QStringLiteral("```release-note\nFix f, never closed") << "note"
                              << "Fix f, never closed" << false;
    QTest::newRow("first block wins")
        << QStringLiteral("```release-note\nOne.\n```\n```release-note\nTwo.\n```") << "note"
        << "One." << false;
    QTest::newRow("other fence first")
        << QStringLiteral("```go\ncode\n```\n```release-note\nReal.\n```") << "note"
        << "Real." << false;
    for (const auto *none : {"NONE", "None", "none", "N/A", "n/a", "NA", "NO", "None."})
        QTest::newRow(none) << QStringLiteral("```release-note\n%1\n```").arg(QLatin1StringView(none))
                            << "none"
                            << "" << false;
    QTest::newRow("NONE with spaces") << QStringLiteral("```release-note\r\n  NONE  \r\n\r\n```") << "none"
                                      << "" << false;
    QTest::newRow("not none") << QStringLiteral("```release-note\nNone of the pods restart now.\n```")
                              << "note"
                              << "None of the pods restart now." << false;
    QTest::newRow("empty") << QStringLiteral("```release-note\n\n```") << "unanswered"
                           << "The title" << false;
    QTest::newRow("empty crlf") << QStringLiteral("```release-note\r\n\r\n```") << "unanswered"
                                << "The title" << false;
    QTest::newRow("no block") << QStringLiteral("Just a description.") << "missing"
                              << "The title" << false;
    QTest::newRow("other info string") << QStringLiteral("```release-notes-draft\nNo.\n```") << "missing"
                                       << "The title" << false;
    QTest::newRow("action required prefix")
        << QStringLiteral("```release-note\nACTION REQUIRED: Move the config.\n```") << "note"
        << "Move the config." << true;
    QTest::newRow("action required bold")
        << QStringLiteral("```release-note\n**Action Required**: Move it.\n```") << "note"
        << "Move it." << true;
    QTest::newRow("action required inside")
        << QStringLiteral("```release-note\nUsers: action required before upgrading.\n```") << "note"
        << "Users: action required before upgrading." << true;
}

void NotesTest::blockVariants()
{
    QFETCH(QString, body);
    QFETCH(QString, status);
    QFETCH(QString, text);
    QFETCH(bool, actionRequired);
    const auto note = extractFromBody(body);
    QCOMPARE(extractedNoteStatusId(note.status), status);
    if (status != QLatin1StringView("none"))
        QCOMPARE(note.text, text);
    QCOMPARE(note.actionRequired, actionRequired);
}

void NotesTest::excerptsExtractLikeWholeBodies()
{
    // Lists of a large release hold only the release-note block of each body (ItemRepository::Bodies::
    // NoteExcerpt): for every real PR, the note read from the block is the note read from the body.
    int withBlock = 0;
    for (const auto &item : corpusPullRequests()) {
        auto listed = item;
        listed.body = ReleaseNoteBlock::excerpt(item.body);
        listed.bodyComplete = false;
        withBlock += listed.body.isEmpty() ? 0 : 1;
        QVERIFY(listed.body.size() <= item.body.size());
        const auto whole = extractNote(item);
        const auto excerpt = extractNote(listed);
        QCOMPARE(int(excerpt.status), int(whole.status));
        QCOMPARE(excerpt.text, whole.text);
        QCOMPARE(excerpt.actionRequired, whole.actionRequired);
        QCOMPARE(int(excerpt.flags), int(whole.flags));
    }
    QVERIFY(withBlock > 100);
    for (const auto *body : {"```release-note\r\nA.\r\n```", "~~~~ release-note \nB.\n~~~~\ntail",
             "text\n```release-note\nunclosed", "```release-note\n```", "no block at all"}) {
        const auto text = QString::fromUtf8(body);
        const auto whole = ReleaseNoteBlock::extract(text);
        const auto excerpt = ReleaseNoteBlock::extract(ReleaseNoteBlock::excerpt(text));
        QCOMPARE(int(excerpt.kind), int(whole.kind));
        QCOMPARE(excerpt.text, whole.text);
    }
}

void NotesTest::labelsAndBodyDisagreements()
{
    // A note in the body with release-note-none: kept as a note, flagged.
    auto note = extractFromBody(
        block(QStringLiteral("Fix x.")), {QStringLiteral("kind/bug"), QStringLiteral("release-note-none")});
    QCOMPARE(note.status, ExtractedNote::Status::Note);
    QVERIFY(note.flags & ExtractedNote::Flag::LabelSaysNone);
    // KubeSphere's bot label (with an s) means the same.
    note = extractFromBody(
        QStringLiteral("no block"), {QStringLiteral("kind/bug"), QStringLiteral("release-notes-none")});
    QCOMPARE(note.status, ExtractedNote::Status::NoNote);
    QVERIFY(!note.includedByDefault());
    // NONE in the body but the release-note label.
    note = extractFromBody(
        block(QStringLiteral("NONE")), {QStringLiteral("kind/bug"), QStringLiteral("release-note")});
    QCOMPARE(note.status, ExtractedNote::Status::NoNote);
    QVERIFY(note.flags & ExtractedNote::Flag::LabelSaysNote);
    // The action-required label alone marks the note urgent.
    note = extractFromBody(block(QStringLiteral("Rename the flag.")),
        {QStringLiteral("kind/api-change"), QStringLiteral("release-note-action-required")});
    QVERIFY(note.actionRequired);
    QCOMPARE(note.text, QStringLiteral("Rename the flag."));
    // No kind label.
    note = extractFromBody(block(QStringLiteral("Fix y.")), {});
    QVERIFY(note.flags & ExtractedNote::Flag::NoKindLabel);
    QCOMPARE(note.type, NoteType::Other);
}

void NotesTest::kindPriority()
{
    QCOMPARE(noteTypeFromLabels({QStringLiteral("kind/bug"), QStringLiteral("kind/feature")}).type,
        NoteType::Feature);
    QCOMPARE(noteTypeFromLabels({QStringLiteral("kind/cleanup"), QStringLiteral("kind/failing-test")}).type,
        NoteType::FailingTest);
    QCOMPARE(noteTypeFromLabels({QStringLiteral("kind/regression")}).type, NoteType::Bug);
    QCOMPARE(noteTypeFromLabels({QStringLiteral("Kind/API-Change"), QStringLiteral("kind/bug")}).type,
        NoteType::ApiChange);
    QVERIFY(!noteTypeFromLabels({QStringLiteral("kind/unknown-thing")}).fromKindLabel);
    for (auto type : allNoteTypes())
        QCOMPARE(noteTypeFromId(noteTypeId(type)), type);
}

void NotesTest::areaMapFirstRuleWins()
{
    const auto map = AreaSectionMap::kubeSphere();
    QCOMPARE(map.sectionFor({QStringLiteral("logging")}), QStringLiteral("Observability"));
    QCOMPARE(map.sectionFor({QStringLiteral("storage"), QStringLiteral("devops")}), QStringLiteral("DevOps"));
    QCOMPARE(map.sectionFor({QStringLiteral("iam")}), QStringLiteral("Multi-tenancy & Multi-cluster"));
    QCOMPARE(map.sectionFor({QStringLiteral("unknown")}), QStringLiteral("Uncategorized"));
    QCOMPARE(map.sectionFor({}), QStringLiteral("Uncategorized"));
    QCOMPARE(AreaSectionMap::fromJson(map.toJson()), map);
}

void NotesTest::editsSurviveRegeneration()
{
    auto items = goldenRelease();
    NotesDraft draft;
    draft.releaseName = QStringLiteral("v4.1.3");
    EntryEdit edit;
    edit.text = QStringLiteral("Pipelines accept user-defined configuration steps.");
    edit.sourceTextAtEdit = QStringLiteral("Support user-defined pipeline configuration steps.");
    edit.reviewed = true;
    draft.edits.insert(QStringLiteral("github.com/kubesphere/ks-devops#768"), edit);

    auto document = composeNotes(extractMergedPullRequests(items), draft);
    auto edited = document.entries[document.indexOf(QStringLiteral("github.com/kubesphere/ks-devops#768"))];
    QCOMPARE(edited.text, QStringLiteral("Pipelines accept user-defined configuration steps."));
    QVERIFY(edited.edited && edited.reviewed && !edited.sourceChanged);

    // A re-sync changes an untouched PR's note and adds a PR: both follow the source; the edit stays.
    items[2].body = block(QStringLiteral("Fix removing ArgoCD resources without the cascade parameter."));
    items.append(pullRequest(QStringLiteral("kubesphere/console"), 3900, QStringLiteral("someone"),
        {QStringLiteral("kind/feature"), QStringLiteral("area/ui")},
        block(QStringLiteral("Add a dark theme."))));
    document = composeNotes(extractMergedPullRequests(items), draft);
    QCOMPARE(document.entries[document.indexOf(QStringLiteral("github.com/kubesphere/ks-devops#949"))].text,
        QStringLiteral("Fix removing ArgoCD resources without the cascade parameter."));
    QVERIFY(document.indexOf(QStringLiteral("github.com/kubesphere/console#3900")) >= 0);
    edited = document.entries[document.indexOf(QStringLiteral("github.com/kubesphere/ks-devops#768"))];
    QCOMPARE(edited.text, QStringLiteral("Pipelines accept user-defined configuration steps."));
    QVERIFY(!edited.sourceChanged);

    // The draft survives a JSON round trip unchanged.
    QCOMPARE(NotesDraft::fromJson(draft.toJson()).value(), draft);
}

void NotesTest::sourceChangedAfterEditIsFlagged()
{
    QTemporaryDir dir;
    NotesDraftStore store(dir.path());
    NotesSession session(&store);
    QVERIFY(session.open(QStringLiteral("v4.1.3"), QStringLiteral("main")));
    auto items = goldenRelease();
    session.setSources(extractMergedPullRequests(items));
    const auto id = QStringLiteral("github.com/kubesphere/ks-devops#949");
    session.setEntryText(id, QStringLiteral("Fixed: ArgoCD resources are removed with cascade."));

    items[2].body = block(QStringLiteral("Fix removing ArgoCD resources (the author's new wording)."));
    session.setSources(extractMergedPullRequests(items));
    auto entry = session.document().entries[session.document().indexOf(id)];
    QVERIFY(entry.sourceChanged);
    QVERIFY(entry.warnings & LintWarning::SourceChanged);
    QCOMPARE(entry.text, QStringLiteral("Fixed: ArgoCD resources are removed with cascade."));
    QCOMPARE(entry.sourceTextAtEdit,
        QStringLiteral("Fix the issue of removing ArgoCD resources without cascade parameters."));
    QCOMPARE(entry.sourceText, QStringLiteral("Fix removing ArgoCD resources (the author's new wording)."));

    // Keep the edit: no longer flagged, the text stays.
    session.keepEditedText(id);
    entry = session.document().entries[session.document().indexOf(id)];
    QVERIFY(!entry.sourceChanged);
    QCOMPARE(entry.text, QStringLiteral("Fixed: ArgoCD resources are removed with cascade."));

    // A further change flags it again; accepting takes the PR's text and follows it from then on.
    items[2].body = block(QStringLiteral("Fix removing ArgoCD resources, third wording."));
    session.setSources(extractMergedPullRequests(items));
    QVERIFY(session.document().entries[session.document().indexOf(id)].sourceChanged);
    session.acceptSourceText(id);
    entry = session.document().entries[session.document().indexOf(id)];
    QVERIFY(!entry.sourceChanged);
    QCOMPARE(entry.text, QStringLiteral("Fix removing ArgoCD resources, third wording."));
}

void NotesTest::mergeSplitAndReorder()
{
    QTemporaryDir dir;
    NotesDraftStore store(dir.path());
    NotesSession session(&store);
    QVERIFY(session.open(QStringLiteral("v4.1.3"), QStringLiteral("main")));
    session.setSources(extractMergedPullRequests(goldenRelease()));
    const int before = int(session.document().entries.size());
    const auto a = QStringLiteral("github.com/kubesphere/kubesphere#5271");
    const auto b = QStringLiteral("github.com/kubesphere/console#3802");
    session.mergeEntries({a, b});
    QCOMPARE(session.document().entries.size(), before - 1);
    const auto merged = session.document().entries[session.document().indexOf(a)];
    QCOMPARE(merged.sources.size(), 2);
    QCOMPARE(merged.authors, (QStringList {QStringLiteral("f10atin9"), QStringLiteral("weili520")}));
    QCOMPARE(session.document().indexOf(b), -1);
    QVERIFY(session.markdown().contains(
        QStringLiteral("[kubesphere#5271](https://github.com/kubesphere/kubesphere/pull/5271), "
                       "[console#3802](https://github.com/kubesphere/console/pull/3802), [@f10atin9]")));

    session.splitEntry(a);
    QCOMPARE(session.document().entries.size(), before);
    QVERIFY(session.document().indexOf(b) >= 0);

    // Two bug fixes in Storage: move the second above the first.
    const int rowA = session.document().indexOf(a), rowB = session.document().indexOf(b);
    QVERIFY(rowA < rowB);
    session.moveEntry(b, -1);
    QVERIFY(session.document().indexOf(b) < session.document().indexOf(a));
    session.moveEntry(b, -1); // already first in its group: nothing happens
    QVERIFY(session.document().indexOf(b) < session.document().indexOf(a));

    // Moving to another section and type.
    session.setEntrySection(b, QStringLiteral("User Experience"));
    session.setEntryType(b, NoteType::Enhancement);
    const auto moved = session.document().entries[session.document().indexOf(b)];
    QCOMPARE(moved.section, QStringLiteral("User Experience"));
    QCOMPARE(moved.type, NoteType::Enhancement);
}

void NotesTest::sectionsRenameAddAndMove()
{
    QTemporaryDir dir;
    NotesDraftStore store(dir.path());
    NotesSession session(&store);
    QVERIFY(session.open(QStringLiteral("v4.1.3"), QStringLiteral("main")));
    session.setSources(extractMergedPullRequests(goldenRelease()));
    QVERIFY(session.document().sections.contains(QStringLiteral("DevOps")));
    session.renameSection(QStringLiteral("DevOps"), QStringLiteral("DevOps & CI"));
    QVERIFY(!session.document().sections.contains(QStringLiteral("DevOps")));
    QCOMPARE(session.document()
                 .entries[session.document().indexOf(QStringLiteral("github.com/kubesphere/ks-devops#768"))]
                 .section,
        QStringLiteral("DevOps & CI"));
    QVERIFY(session.markdown().contains(QStringLiteral("## DevOps & CI")));

    session.addSection(QStringLiteral("Known Issues"));
    QCOMPARE(session.document().sections.last(), QStringLiteral("Known Issues"));
    const auto first = session.document().sections.first();
    session.moveSection(session.document().sections[1], -1);
    QCOMPARE(session.document().sections[1], first);

    // Renaming the urgent section keeps action-required notes in it.
    session.renameSection(QStringLiteral("API Changes"), QStringLiteral("API Updates"));
    QCOMPARE(session.document().urgentSection, QStringLiteral("API Updates"));
    const auto urgent
        = session.document()
              .entries[session.document().indexOf(QStringLiteral("github.com/kubesphere/kubesphere#5300"))];
    QCOMPARE(urgent.section, QStringLiteral("API Updates"));
    QVERIFY(!(urgent.warnings & LintWarning::ActionRequiredNotUrgent));
}

void NotesTest::lintWarnings()
{
    const QList<Api::Item> items = {
        pullRequest(QStringLiteral("o/r"), 1, QStringLiteral("a"), {QStringLiteral("kind/bug")},
            block(QStringLiteral("fix lower case start."))),
        pullRequest(QStringLiteral("o/r"), 2, QStringLiteral("a"), {QStringLiteral("kind/bug")},
            block(QStringLiteral("Fix without period"))),
        pullRequest(QStringLiteral("o/r"), 3, QStringLiteral("a"), {QStringLiteral("kind/bug")},
            block(QStringLiteral("Same text."))),
        pullRequest(QStringLiteral("o/s"), 4, QStringLiteral("b"), {QStringLiteral("kind/bug")},
            block(QStringLiteral("same  text"))),
        pullRequest(QStringLiteral("o/r"), 5, QStringLiteral("a"), {QStringLiteral("kind/bug")},
            block(QString(450, QLatin1Char('X')) + QLatin1Char('.'))),
        pullRequest(
            QStringLiteral("o/r"), 6, QStringLiteral("a"), {}, block(QStringLiteral("No kind label."))),
        pullRequest(QStringLiteral("o/r"), 7, QStringLiteral("a"),
            {QStringLiteral("kind/api-change"), QStringLiteral("area/ui")},
            block(QStringLiteral("Action required: Rename it."))),
        pullRequest(QStringLiteral("o/r"), 8, QStringLiteral("a"), {QStringLiteral("kind/bug")},
            QStringLiteral("no block"), QStringLiteral("Title only")),
        pullRequest(QStringLiteral("o/r"), 9, QStringLiteral("a"), {QStringLiteral("kind/bug")},
            block(QString()), QStringLiteral("Unanswered")),
        pullRequest(QStringLiteral("o/r"), 10, QStringLiteral("a"),
            {QStringLiteral("kind/bug"), QStringLiteral("release-note-none")},
            block(QStringLiteral("Fine note."))),
    };
    NotesDraft draft;
    EntryEdit moveOut;
    moveOut.section = QStringLiteral("User Experience");
    draft.edits.insert(QStringLiteral("github.com/o/r#7"), moveOut);
    const auto document = composeNotes(extractMergedPullRequests(items), draft);
    const auto warningsOf
        = [&document](const QString &id) { return document.entries[document.indexOf(id)].warnings; };
    QCOMPARE(warningsOf(QStringLiteral("github.com/o/r#1")), LintWarnings(LintWarning::NoCapital));
    QCOMPARE(warningsOf(QStringLiteral("github.com/o/r#2")), LintWarnings(LintWarning::NoFinalPeriod));
    QCOMPARE(warningsOf(QStringLiteral("github.com/o/r#3")), LintWarnings(LintWarning::Duplicate));
    QCOMPARE(warningsOf(QStringLiteral("github.com/o/s#4")),
        LintWarnings(LintWarning::Duplicate) | LintWarning::NoCapital | LintWarning::NoFinalPeriod);
    QCOMPARE(warningsOf(QStringLiteral("github.com/o/r#5")), LintWarnings(LintWarning::TooLong));
    QCOMPARE(warningsOf(QStringLiteral("github.com/o/r#6")), LintWarnings(LintWarning::NoKindLabel));
    QCOMPARE(
        warningsOf(QStringLiteral("github.com/o/r#7")), LintWarnings(LintWarning::ActionRequiredNotUrgent));
    QCOMPARE(warningsOf(QStringLiteral("github.com/o/r#8")), LintWarnings(LintWarning::NoNote));
    QCOMPARE(warningsOf(QStringLiteral("github.com/o/r#9")), LintWarnings(LintWarning::Unanswered));
    QCOMPARE(warningsOf(QStringLiteral("github.com/o/r#10")), LintWarnings(LintWarning::LabelsDisagree));
    QCOMPARE(lintWarningMessages(LintWarning::NoNote | LintWarning::Duplicate).size(), 2);

    // A PR cited in two sections (merged into one entry and also kept in a manual duplicate group).
    NotesDocument twice;
    twice.entries = {document.entries[0], document.entries[0]};
    twice.entries[1].id = QStringLiteral("copy");
    twice.entries[1].section = QStringLiteral("Other section");
    lintNotes(twice);
    QVERIFY(twice.entries[0].warnings & LintWarning::SeveralSections);
}

void NotesTest::goldenTemplates_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::newRow("kubesphere") << QStringLiteral("kubesphere");
    QTest::newRow("kubesphere-zh") << QStringLiteral("kubesphere-zh");
    QTest::newRow("kubernetes") << QStringLiteral("kubernetes");
    QTest::newRow("drafter") << QStringLiteral("drafter");
}

void NotesTest::goldenTemplates()
{
    QFETCH(QString, templateId);
    const auto items = goldenRelease();
    auto draft = goldenDraft();
    const auto notesTemplate = findNotesTemplate(templateId, {});
    QVERIFY(notesTemplate);
    if (notesTemplate->style == NotesTemplate::Style::Kubernetes)
        draft.areaMap = AreaSectionMap::kubernetes();
    const auto document = composeNotes(extractMergedPullRequests(items), draft);
    NotesRenderContext context;
    context.version = QStringLiteral("v4.1.3");
    context.previousVersion = QStringLiteral("v4.1.2");
    context.firstTimeContributors = {QStringLiteral("newcomer")};
    const auto markdown = renderNotesMarkdown(document, *notesTemplate, context);

    const auto goldenPath = QStringLiteral(RELEASEDESK_TEST_DATA "/notes/golden-%1.md").arg(templateId);
    if (qEnvironmentVariableIsSet("RELEASEDESK_UPDATE_GOLDEN")) {
        QFile out(goldenPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(markdown.toUtf8());
        QSKIP("golden file written: review it before committing");
    }
    const auto expected = readFile(goldenPath);
    QVERIFY2(!expected.isEmpty(), qPrintable(goldenPath));
    if (markdown != expected) {
        const auto actualPath = QDir::temp().filePath(QStringLiteral("golden-%1.actual.md").arg(templateId));
        QFile out(actualPath);
        if (out.open(QIODevice::WriteOnly))
            out.write(markdown.toUtf8());
        QFAIL(qPrintable(QStringLiteral("differs from %1; actual output in %2").arg(goldenPath, actualPath)));
    }
}

void NotesTest::importReleaseDrafterConfiguration()
{
    QFile file(QStringLiteral(RELEASEDESK_TEST_DATA "/corpora/kubesphere-changelogs/release-drafter.yml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto imported = NotesTemplate::fromReleaseDrafterYaml(file.readAll(), &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->drafter.categories.size(), 5);
    QCOMPARE(imported->drafter.categories[0].title, QStringLiteral("🚀 Features"));
    QCOMPARE(imported->drafter.categories[0].labels,
        (QStringList {
            QStringLiteral("feature"), QStringLiteral("enhancement"), QStringLiteral("kind/feature")}));
    QCOMPARE(imported->drafter.categories[2].title, QStringLiteral("📝 Documentation updates"));
    QCOMPARE(imported->drafter.categories[3].labels,
        (QStringList {
            QStringLiteral("chore"), QStringLiteral("dependencies"), QStringLiteral("kind/cleanup")}));
    QCOMPARE(imported->drafter.categories[4].labels,
        (QStringList {QStringLiteral("test"), QStringLiteral("tests")}));
    QCOMPARE(imported->drafter.excludeLabels,
        (QStringList {QStringLiteral("reverted"), QStringLiteral("no-changelog"),
            QStringLiteral("skip-changelog"), QStringLiteral("invalid")}));
    QCOMPARE(imported->drafter.changeTemplate, QStringLiteral("* $TITLE (#$NUMBER) @$AUTHOR"));
    QCOMPARE(imported->drafter.bodyTemplate, QStringLiteral("## What’s Changed\n$CHANGES\n"));
    QCOMPARE(NotesTemplate::fromJson(imported->toJson()), *imported);

    // Excluded labels drop the PR; categories pick by label; newest merge first; $TITLE is the title.
    auto items = goldenRelease();
    items[0].labels.append({QStringLiteral("skip-changelog"), {}, {}});
    const auto markdown
        = renderNotesMarkdown(composeNotes(extractMergedPullRequests(items), NotesDraft {}), *imported, {});
    QVERIFY(!markdown.contains(QStringLiteral("#768")));
    QVERIFY2(
        markdown.contains(QStringLiteral("## 🐛 Bug Fixes\n\n* Fix typo in login page (#3801) @harrisonliu5\n"
                                         "* Fix <b>markup</b> in titles (#3800) @newcomer\n")),
        qPrintable(markdown));

    QVERIFY(!NotesTemplate::fromReleaseDrafterYaml("name-template: x\n", &error));
    QVERIFY(error.contains(QStringLiteral("template")));
}

void NotesTest::krelUnlistsASingleBulletNote()
{
    // krel's cases: one bullet loses its marker and continuation indentation; with several, only the
    // first item does.
    const auto single = extractNote(pullRequest(QStringLiteral("kubernetes/kubernetes"), 1,
        QStringLiteral("a"), {QStringLiteral("kind/bug")}, block(QStringLiteral("- item\n  item\n  item"))));
    QCOMPARE(single.text, QStringLiteral("item\nitem\nitem"));
    const auto several
        = extractNote(pullRequest(QStringLiteral("kubernetes/kubernetes"), 2, QStringLiteral("a"),
            {QStringLiteral("kind/bug")}, block(QStringLiteral("- item\n  item\n- item\n  item"))));
    QCOMPARE(several.text, QStringLiteral("item\nitem\n- item\n  item"));
    const auto plain
        = extractNote(pullRequest(QStringLiteral("kubernetes/kubernetes"), 3, QStringLiteral("a"),
            {QStringLiteral("kind/bug")}, block(QStringLiteral("Not a list -\n- but this line is"))));
    QCOMPARE(plain.text, QStringLiteral("Not a list -\n- but this line is"));
    // The Kubernetes template no longer doubles the marker.
    NotesDraft draft;
    draft.areaMap = AreaSectionMap::kubernetes();
    const auto markdown = renderNotesMarkdown(
        composeNotes(extractMergedPullRequests({
                         pullRequest(QStringLiteral("kubernetes/kubernetes"), 4, QStringLiteral("a"),
                             {QStringLiteral("kind/bug")}, block(QStringLiteral("- Fixed it."))),
                     }),
            draft),
        NotesTemplate::kubernetes(), {});
    QVERIFY2(!markdown.contains(QStringLiteral("- - ")), qPrintable(markdown));
    QVERIFY(markdown.contains(QStringLiteral("- Fixed it. (")));
}

void NotesTest::kubeSphereSaysActionRequiredAndNewcomersOnlyWhenKnown()
{
    // An "action required" note outside the urgent section keeps its warning in the KubeSphere template.
    auto urgent = pullRequest(QStringLiteral("kubesphere/console"), 10, QStringLiteral("ann"),
        {QStringLiteral("kind/bug"), QStringLiteral("area/console")},
        block(QStringLiteral("ACTION REQUIRED: Re-create the dashboards after upgrading.")),
        QStringLiteral("Fix"), 3);
    auto plain = pullRequest(QStringLiteral("kubesphere/console"), 11, QStringLiteral("bob"),
        {QStringLiteral("kind/bug"), QStringLiteral("area/console")}, block(QStringLiteral("Fix the table.")),
        QStringLiteral("Fix"), 4);
    const auto document = composeNotes(extractMergedPullRequests({urgent, plain}), NotesDraft {});
    NotesRenderContext context {QStringLiteral("v4.1.3"), {}, {QStringLiteral("ann"), QStringLiteral("bob")}};
    const auto markdown = renderNotesMarkdown(document, NotesTemplate::kubeSphere(), context);
    QVERIFY2(markdown.contains(QStringLiteral("**ACTION REQUIRED:** Re-create the dashboards")),
        qPrintable(markdown));
    QVERIFY(!markdown.contains(QStringLiteral("**ACTION REQUIRED:** Fix the table")));
    QVERIFY(markdown.contains(QStringLiteral("New Contributors")));

    // A workspace that holds only this release's history cannot tell newcomers: they are left out,
    // not everyone listed.
    QHash<QString, QDateTime> firstMerges {
        {QStringLiteral("ann"), urgent.mergedAt}, {QStringLiteral("bob"), plain.mergedAt}};
    QVERIFY(!historyPrecedesRelease({urgent, plain}, firstMerges));
    context.firstTimeContributorsKnown = historyPrecedesRelease({urgent, plain}, firstMerges);
    const auto withoutHistory = renderNotesMarkdown(document, NotesTemplate::kubeSphere(), context);
    QVERIFY2(!withoutHistory.contains(QStringLiteral("New Contributors")), qPrintable(withoutHistory));
    // With an earlier merge in the cache, the newcomers are known again.
    firstMerges.insert(QStringLiteral("carol"), urgent.mergedAt.addDays(-30));
    QVERIFY(historyPrecedesRelease({urgent, plain}, firstMerges));
}

void NotesTest::htmlExportEscapesGitHubText()
{
    const auto document = composeNotes(extractMergedPullRequests(goldenRelease()), goldenDraft());
    const auto markdown = renderNotesMarkdown(document, NotesTemplate::kubeSphere(), {});
    const auto html = renderNotesHtml(markdown, QStringLiteral("v4.1.3 <script>"));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(!html.contains(QStringLiteral("<b>bold")));
    QVERIFY(html.contains(QStringLiteral("<html>")));
    QVERIFY(html.contains(QStringLiteral("https://github.com/kubesphere/console/pull/3800")));
}

void NotesTest::jsonExportHasTheSpreadsheetColumns()
{
    const auto document = composeNotes(extractMergedPullRequests(goldenRelease()), goldenDraft());
    const auto json = QJsonDocument::fromJson(renderNotesJson(document)).object();
    QCOMPARE(json.value(u"release").toString(), QStringLiteral("v4.1.3"));
    const auto entries = json.value(u"entries").toArray();
    QCOMPARE(entries.size(), document.entries.size());
    const auto first = entries.first().toObject();
    for (const auto *key :
        {"module", "type", "releaseNote", "prUrls", "authors", "included", "reviewed", "warnings"})
        QVERIFY2(first.contains(QLatin1StringView(key)), key);
    QCOMPARE(first.value(u"module").toString(), QStringLiteral("Observability")); // the area map's order
}

void NotesTest::draftsRoundTripWithHistory()
{
    QTemporaryDir dir;
    NotesDraftStore store(dir.path());
    store.setHistoryInterval(std::chrono::seconds(0));
    auto draft = goldenDraft();
    draft.detachedMarkdown = QStringLiteral("# v4.1.3\n\nHand-written.");
    QString error;
    QVERIFY2(store.save(draft, &error), qPrintable(error));
    QCOMPARE(store.drafts(QStringLiteral("v4.1.3")), QStringList {QStringLiteral("golden")});
    QCOMPARE(store.load(QStringLiteral("v4.1.3"), QStringLiteral("golden")).value(), draft);

    auto second = draft;
    second.detachedMarkdown = QStringLiteral("# v4.1.3\n\nSecond version.");
    QVERIFY(store.save(second));
    const auto history = store.history(QStringLiteral("v4.1.3"), QStringLiteral("golden"));
    QCOMPARE(history.size(), 2);
    QVERIFY(history[0].savedAt >= history[1].savedAt);
    QCOMPARE(store.loadVersion(history[1].path).value().detachedMarkdown, draft.detachedMarkdown);
    QCOMPARE(store.load(QStringLiteral("v4.1.3"), QStringLiteral("golden")).value().detachedMarkdown,
        second.detachedMarkdown);

    // With the default interval, saving as the user types does not add a version per keystroke.
    NotesDraftStore throttled(dir.path());
    QVERIFY(throttled.save(draft));
    QCOMPARE(throttled.history(QStringLiteral("v4.1.3"), QStringLiteral("golden")).size(), 2);
    QVERIFY(throttled.saveVersion(draft));
    QCOMPARE(throttled.history(QStringLiteral("v4.1.3"), QStringLiteral("golden")).size(), 3);

    // Several drafts per release.
    auto other = draft;
    other.name = QStringLiteral("Chinese");
    QVERIFY(store.save(other));
    QCOMPARE(store.drafts(QStringLiteral("v4.1.3")),
        (QStringList {QStringLiteral("Chinese"), QStringLiteral("golden")}));
    QVERIFY(store.remove(QStringLiteral("v4.1.3"), QStringLiteral("Chinese")));
    QCOMPARE(store.drafts(QStringLiteral("v4.1.3")), QStringList {QStringLiteral("golden")});
}

void NotesTest::corruptDraftIsLeftUntouched()
{
    QTemporaryDir dir;
    NotesDraftStore store(dir.path());
    QVERIFY(store.save(goldenDraft()));
    const auto path = QDir(dir.path()).filePath(QStringLiteral("v4.1.3/golden.json"));
    QVERIFY(QFile::exists(path));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
    }
    QString error;
    QVERIFY(!store.load(QStringLiteral("v4.1.3"), QStringLiteral("golden"), &error));
    QVERIFY2(error.contains(QStringLiteral("left untouched")), qPrintable(error));

    NotesSession session(&store);
    QVERIFY(!session.open(QStringLiteral("v4.1.3"), QStringLiteral("golden"), &error));
    QCOMPARE(readFile(path), QStringLiteral("{ not json"));

    // A newer format is refused with advice, not overwritten.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": 99})");
    }
    QVERIFY(!store.load(QStringLiteral("v4.1.3"), QStringLiteral("golden"), &error));
    QVERIFY2(error.contains(QStringLiteral("Update Release Desk")), qPrintable(error));
}

void NotesTest::draftNamesCannotEscapeTheFolder()
{
    QTemporaryDir dir;
    NotesDraftStore store(QDir(dir.path()).filePath(QStringLiteral("notes")));
    NotesDraft draft;
    draft.releaseName = QStringLiteral("../../etc");
    draft.name = QStringLiteral("../passwd");
    QVERIFY(store.save(draft));
    QCOMPARE(store.drafts(draft.releaseName), QStringList {draft.name});
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        QVERIFY2(it.next().startsWith(QDir(dir.path()).filePath(QStringLiteral("notes/"))),
            qPrintable(it.filePath()));
    QCOMPARE(NotesDraftStore::directoryForWorkspace(QStringLiteral("/w/demo.sqlite")),
        QStringLiteral("/w/demo.notes"));
}

void NotesTest::sessionSavesAsTheUserTypes()
{
    QTemporaryDir dir;
    NotesDraftStore store(dir.path());
    {
        NotesSession session(&store);
        session.setAutosaveDelay(std::chrono::milliseconds(50));
        QVERIFY(session.open(QStringLiteral("v4.1.3"), QStringLiteral("main")));
        session.setSources(extractMergedPullRequests(goldenRelease()));
        QSignalSpy saved(&session, &NotesSession::saved);
        QSignalSpy detached(&session, &NotesSession::detachedChanged);
        session.setEntryText(
            QStringLiteral("github.com/kubesphere/ks-devops#949"), QStringLiteral("Edited text."));
        QVERIFY(saved.wait());
        QCOMPARE(store.load(QStringLiteral("v4.1.3"), QStringLiteral("main"))
                     ->edits.value(QStringLiteral("github.com/kubesphere/ks-devops#949"))
                     .text,
            std::optional<QString>(QStringLiteral("Edited text.")));

        session.setDetachedMarkdown(session.markdown() + QStringLiteral("\nTyped by hand."));
        QCOMPARE(detached.size(), 1);
        QVERIFY(session.isDetached());
        QVERIFY(saved.wait());
        session.setDetachedMarkdown(session.markdown() + QStringLiteral(" More."));
        // Destroying the session writes what is pending.
    }
    const auto draft = store.load(QStringLiteral("v4.1.3"), QStringLiteral("main"));
    QVERIFY(draft && draft->detachedMarkdown);
    QVERIFY(draft->detachedMarkdown->endsWith(QStringLiteral("Typed by hand. More.")));

    // Reattaching keeps the hand-typed text in the history.
    NotesSession session(&store);
    QVERIFY(session.open(QStringLiteral("v4.1.3"), QStringLiteral("main")));
    session.setSources(extractMergedPullRequests(goldenRelease()));
    QVERIFY(session.isDetached());
    session.reattach();
    QVERIFY(!session.isDetached());
    QVERIFY(!session.markdown().contains(QStringLiteral("Typed by hand.")));
    const auto history = store.history(QStringLiteral("v4.1.3"), QStringLiteral("main"));
    QVERIFY(std::any_of(history.cbegin(), history.cend(), [&store](const NotesDraftStore::Version &version) {
        const auto old = store.loadVersion(version.path);
        return old && old->detachedMarkdown
            && old->detachedMarkdown->contains(QStringLiteral("Typed by hand."));
    }));
}

void NotesTest::backgroundCompositionFollowsEdits()
{
    QTemporaryDir dir;
    NotesDraftStore store(dir.path());
    NotesSession session(&store);
    session.setBackgroundThreshold(0); // as a 5,000-PR release would
    NotesEntryModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(session.open(QStringLiteral("v4.1.3"), QStringLiteral("main")));
    QSignalSpy composed(&session, &NotesSession::composed);
    session.setSources(extractMergedPullRequests(goldenRelease()));
    QVERIFY(composed.wait());
    QCOMPARE(model.rowCount(), session.document().entries.size());

    // The edited entry shows at once; the lint (here: a duplicate of another note) follows.
    const auto id = QStringLiteral("github.com/kubesphere/ks-devops#949");
    const auto other
        = session.document()
              .entries[session.document().indexOf(QStringLiteral("github.com/kubesphere/kubesphere#5271"))]
              .text;
    composed.clear();
    session.setEntryText(id, other);
    QCOMPARE(session.document().entries[session.document().indexOf(id)].text, other);
    QVERIFY(composed.wait());
    QVERIFY(session.document().entries[session.document().indexOf(id)].warnings & LintWarning::Duplicate);
    QVERIFY(session.markdown().contains(other + QStringLiteral(" ([ks-devops#949]")));

    // A burst of edits is coalesced, and the last one wins.
    for (int i = 0; i < 20; ++i)
        session.setEntryText(id, QStringLiteral("Burst %1.").arg(i));
    QTRY_VERIFY(!session.isComposing());
    QCOMPARE(session.document().entries[session.document().indexOf(id)].text, QStringLiteral("Burst 19."));
    QVERIFY(session.markdown().contains(QStringLiteral("Burst 19.")));
    QVERIFY(composed.size() < 20);

    // Opening another draft while a composition runs: the late result of the old draft is dropped.
    session.setEntryText(id, QStringLiteral("Only in the first draft."));
    QVERIFY(session.open(QStringLiteral("v4.1.3"), QStringLiteral("second")));
    QCOMPARE(session.document().entries[session.document().indexOf(id)].text,
        QStringLiteral("Fix the issue of removing ArgoCD resources without cascade parameters."));
    QCoreApplication::processEvents(); // the old draft's queued finished signal is delivered now
    QCOMPARE(session.document().entries[session.document().indexOf(id)].text,
        QStringLiteral("Fix the issue of removing ArgoCD resources without cascade parameters."));
    QVERIFY(!session.markdown().contains(QStringLiteral("Only in the first draft.")));
}

void NotesTest::backgroundCompositionAnnouncesEntriesPatchedWhileItRan()
{
    QTemporaryDir dir;
    NotesDraftStore store(dir.path());
    NotesSession session(&store);
    session.setBackgroundThreshold(0);
    NotesEntryModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(session.open(QStringLiteral("v4.1.3"), QStringLiteral("main")));
    QSignalSpy composed(&session, &NotesSession::composed);
    // Enough PRs that a composition is still running when the next edit comes.
    auto sources = extractMergedPullRequests(goldenRelease());
    const auto golden = sources;
    for (int copy = 1; copy < 200; ++copy) {
        for (auto note : golden) {
            note.key.number += copy * 100000;
            sources.append(note);
        }
    }
    session.setSources(sources);
    QTRY_VERIFY(!composed.isEmpty() && !session.isComposing());

    // The first edit starts a composition that compares against the document of that moment; the
    // second is patched in after it started. When the first composition lands it replaces the patched
    // entry too, so that entry must be announced although the composition saw no change in it.
    const auto first = QStringLiteral("github.com/kubesphere/ks-devops#949");
    const auto second = QStringLiteral("github.com/kubesphere/kubesphere#5271");
    const auto secondText = session.document().entries[session.document().indexOf(second)].text;
    QSignalSpy changed(&session, &NotesSession::entriesChanged);
    composed.clear();
    session.setEntryText(first, QStringLiteral("First edit."));
    session.setEntryText(second, QStringLiteral("Second edit."));
    QCOMPARE(changed.size(), 2); // the two patches, shown at once
    QVERIFY(composed.wait());
    QCOMPARE(changed.size(), 3);
    const auto announced = changed.last().at(0).toStringList();
    QVERIFY2(announced.contains(first) && announced.contains(second), qPrintable(announced.join(u' ')));
    QCOMPARE(
        model.data(model.index(session.document().indexOf(second), NotesEntryModel::TextColumn)).toString(),
        session.document().entries[session.document().indexOf(second)].text);
    QTRY_VERIFY(!session.isComposing());
    QCOMPARE(
        session.document().entries[session.document().indexOf(second)].text, QStringLiteral("Second edit."));
    QVERIFY(secondText != QStringLiteral("Second edit."));
}

void NotesTest::autosaveThatFailsKeepsTheChangesAndSaysWhy()
{
    QTemporaryDir dir;
    NotesDraftStore store(dir.path());
    NotesSession session(&store);
    session.setAutosaveDelay(std::chrono::milliseconds(10));
    QVERIFY(session.open(QStringLiteral("v4.1.3"), QStringLiteral("main")));
    session.setSources(extractMergedPullRequests(goldenRelease()));
    QTRY_VERIFY(!session.hasUnsavedChanges());
    QDirIterator drafts(dir.path(), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(drafts.hasNext());
    const auto releaseFolder = QFileInfo(drafts.next()).absolutePath();

    // The release's folder is replaced by a file: the autosave (on a worker) cannot write.
    QVERIFY(QDir(releaseFolder).removeRecursively());
    QFile blocker(releaseFolder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSignalSpy failed(&session, &NotesSession::saveFailed);
    session.setEntryText(QStringLiteral("github.com/kubesphere/ks-devops#949"), QStringLiteral("Kept."));
    QVERIFY(failed.wait());
    QVERIFY2(failed.first().at(0).toString().contains(QDir::toNativeSeparators(releaseFolder)),
        qPrintable(failed.first().at(0).toString()));
    QVERIFY(session.hasUnsavedChanges());

    // Once the folder can be written again, the change reaches the disk.
    QVERIFY(QFile::remove(releaseFolder));
    QVERIFY(session.flush());
    QVERIFY(!session.hasUnsavedChanges());
    const auto saved = store.load(QStringLiteral("v4.1.3"), QStringLiteral("main"));
    QVERIFY(saved);
    QCOMPARE(saved->edits.value(QStringLiteral("github.com/kubesphere/ks-devops#949")).text,
        QStringLiteral("Kept."));
}

void NotesTest::entryModelPassesTheTester()
{
    QTemporaryDir dir;
    NotesDraftStore store(dir.path());
    NotesSession session(&store);
    NotesEntryModel model(&session);
    NotesEntryFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(session.open(QStringLiteral("v4.1.3"), QStringLiteral("main")));
    session.setSources(extractMergedPullRequests(goldenRelease()));
    QCOMPARE(model.rowCount(), session.document().entries.size());

    const auto textIndex = model.index(
        model.rowOf(QStringLiteral("github.com/kubesphere/ks-devops#949")), NotesEntryModel::TextColumn);
    QVERIFY(model.setData(textIndex, QStringLiteral("Edited in the table.")));
    QCOMPARE(textIndex.data().toString(), QStringLiteral("Edited in the table."));
    QVERIFY(!model.setData(textIndex, QStringLiteral("   "))); // an empty note is refused, not saved
    QVERIFY(model.setData(
        model.index(textIndex.row(), NotesEntryModel::ReviewedColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(session.document().entries[textIndex.row()].reviewed);

    proxy.setFilter({QStringLiteral("argocd"), false, false, false});
    QCOMPARE(proxy.rowCount(), 0); // the text was edited: the old words are gone
    proxy.setFilter({QStringLiteral("table"), false, false, false});
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilter({QString(), true, false, false});
    QVERIFY(proxy.rowCount() > 0);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row, 0).data(NotesEntryModel::WarningsRole).toInt() != 0);
    proxy.setFilter({QString(), false, true, false});
    QCOMPARE(proxy.rowCount(), model.rowCount() - 1);

    session.mergeEntries({QStringLiteral("github.com/kubesphere/kubesphere#5271"),
        QStringLiteral("github.com/kubesphere/console#3802")});
    QCOMPARE(model.rowCount(), session.document().entries.size());
}

void NotesTest::entryModelSignalsOnlyChangedRows()
{
    QTemporaryDir dir;
    NotesDraftStore store(dir.path());
    NotesSession session(&store);
    NotesEntryModel model(&session);
    QVERIFY(session.open(QStringLiteral("v4.1.3"), QStringLiteral("main")));
    session.setSources(extractMergedPullRequests(goldenRelease()));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const auto id = QStringLiteral("github.com/kubesphere/ks-devops#949");
    session.setEntryText(id, QStringLiteral("A new text."));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOf(id));

    // A re-sync that changes one PR's note announces that row only.
    changed.clear();
    auto items = goldenRelease();
    items[0].body = block(QStringLiteral("Support user-defined pipeline steps (reworded)."));
    session.setSources(extractMergedPullRequests(items));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(),
        model.rowOf(QStringLiteral("github.com/kubesphere/ks-devops#768")));
}

void NotesTest::firstTimeContributorsFromTheCache()
{
    auto release = goldenRelease();
    auto older
        = pullRequest(QStringLiteral("kubesphere/kubesphere"), 4000, QStringLiteral("wansir"), {}, {}, {}, 1);
    older.mergedAt = older.mergedAt.addYears(-1);
    const auto all = release + QList<Api::Item> {older};
    const auto firstTime = firstTimeContributors(release, all);
    QVERIFY(!firstTime.contains(QStringLiteral("wansir")));
    QVERIFY(firstTime.contains(QStringLiteral("newcomer")));
    QVERIFY(firstTime.contains(QStringLiteral("LinuxSuRen")));
}

QTEST_MAIN(NotesTest)
#include "tst_notes.moc"
