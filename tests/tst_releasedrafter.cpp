// release-drafter compatibility: scenarios (configuration + pull requests + previous releases -> the
// body, name and tag release-drafter drafts, byte for byte; expectations written by hand from
// release-drafter's documentation and sources, under tests/data/notes/drafter/), what the import
// refuses and reports, the YAML reader, node-semver's increments, and the composer's use of it all.
#include "notes/extractednote.h"
#include "notes/notesdocument.h"
#include "notes/notesrenderer.h"
#include "notes/notestemplate.h"
#include "notes/releasedrafterconfig.h"
#include "notes/releasedrafterrenderer.h"
#include "notes/releasedrafterversion.h"
#include "notes/yamlreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Models;
using namespace Qt::StringLiterals;

namespace {

const QString scenarioRoot = QStringLiteral(RELEASEDESK_TEST_DATA "/notes/drafter");

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<DrafterPullRequest> pullRequestsFrom(const QJsonArray &array)
{
    QList<DrafterPullRequest> list;
    for (const auto &value : array) {
        const auto object = value.toObject();
        DrafterPullRequest pr;
        pr.number = object.value(u"number").toInt();
        pr.title = object.value(u"title").toString();
        pr.body = object.value(u"body").toString();
        pr.url = object.value(u"url").toString();
        pr.author = object.value(u"author").toString();
        pr.authorIsBot = object.value(u"authorIsBot").toBool();
        pr.authorUrl = object.value(u"authorUrl").toString();
        pr.baseRefName = object.value(u"baseRefName").toString();
        pr.headRefName = object.value(u"headRefName").toString();
        for (const auto &label : object.value(u"labels").toArray())
            pr.labels.append(label.toString());
        pr.mergedAt = QDateTime::fromString(object.value(u"mergedAt").toString(), Qt::ISODate);
        list.append(pr);
    }
    return list;
}

QList<DrafterRelease> releasesFrom(const QJsonArray &array)
{
    QList<DrafterRelease> list;
    for (const auto &value : array) {
        const auto object = value.toObject();
        list.append({object.value(u"tagName").toString(), object.value(u"name").toString(),
            object.value(u"draft").toBool(), object.value(u"prerelease").toBool(),
            QDateTime::fromString(object.value(u"createdAt").toString(), Qt::ISODate)});
    }
    return list;
}

QString noticeKindId(ReleaseDrafterNotice::Kind kind)
{
    switch (kind) {
    case ReleaseDrafterNotice::Kind::Used:
        return QStringLiteral("used");
    case ReleaseDrafterNotice::Kind::Ignored:
        return QStringLiteral("ignored");
    case ReleaseDrafterNotice::Kind::Unsupported:
        return QStringLiteral("unsupported");
    case ReleaseDrafterNotice::Kind::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

Api::Item mergedPull(
    int number, const QString &title, const QStringList &labels, const QString &body, int day)
{
    Api::Item item;
    item.key = {Api::RepositoryRef::fromString(QStringLiteral("octo/widgets")), number};
    item.kind = Api::Item::Kind::PullRequest;
    item.state = Api::Item::State::Merged;
    item.title = title;
    item.body = body;
    item.author = QStringLiteral("alice");
    item.url = QUrl(QStringLiteral("https://github.com/octo/widgets/pull/%1").arg(number));
    item.mergedAt = QDateTime(QDate(2024, 6, day), QTime(9, 0), QTimeZone::UTC);
    item.baseRef = QStringLiteral("main");
    item.headRef = QStringLiteral("topic-%1").arg(number);
    for (const auto &label : labels)
        item.labels.append({label, {}, {}});
    return item;
}

} // namespace

class ReleaseDrafterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scenarios_data();
    void scenarios();
    void templateOnlyIsAccepted();
    void unknownAndWorkflowKeysAreReportedAndSkipped();
    void refusals_data();
    void refusals();
    void exportedYamlReadsBack();
    void yamlReader();
    void semanticVersions_data();
    void semanticVersions();
    void lastReleaseIgnoresDraftsAndSortsByVersion();
    void composerUsesTheConfiguration();
    void templatesKeepTheConfigurationAsJson();
};

void ReleaseDrafterTest::scenarios_data()
{
    QTest::addColumn<QString>("directory");
    const QDir root(scenarioRoot);
    const auto names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(names.size() >= 40, "the scenario suite is missing");
    for (const auto &name : names)
        QTest::newRow(qPrintable(name)) << root.filePath(name);
}

void ReleaseDrafterTest::scenarios()
{
    QFETCH(QString, directory);
    QString error;
    const auto config
        = ReleaseDrafterConfig::fromYaml(readBytes(directory + u"/release-drafter.yml"), &error);
    QVERIFY2(config, qPrintable(error));
    const auto scenario = QJsonDocument::fromJson(readBytes(directory + u"/scenario.json")).object();
    const auto pulls = scenario.contains(u"pulls")
        ? scenario.value(u"pulls").toArray()
        : QJsonDocument::fromJson(readBytes(scenarioRoot + u'/'
                                      + scenario.value(u"pullsFile").toString(QStringLiteral("pulls.json"))))
              .array();
    QVERIFY(!pulls.isEmpty() || scenario.contains(u"pulls"));
    const auto inputJson = scenario.value(u"input").toObject();
    DrafterInput input;
    input.owner = inputJson.value(u"owner").toString(QStringLiteral("octo"));
    input.repository = inputJson.value(u"repository").toString(QStringLiteral("widgets"));
    input.version = inputJson.value(u"version").toString();
    const auto releases = releasesFrom(scenario.value(u"releases").toArray());

    const auto result = draftRelease(*config, pullRequestsFrom(pulls), releases, input);
    const auto expected = QString::fromUtf8(readBytes(directory + u"/expected.md"));
    if (result.body != expected) {
        const auto actualPath = QDir::temp().filePath(QDir(directory).dirName() + u".actual.md");
        QFile out(actualPath);
        if (out.open(QIODevice::WriteOnly))
            out.write(result.body.toUtf8());
        QFAIL(qPrintable(u"body differs from expected.md; actual output in "_s + actualPath));
    }
    if (scenario.contains(u"expectedName"))
        QCOMPARE(result.name, scenario.value(u"expectedName").toString());
    if (scenario.contains(u"expectedTag"))
        QCOMPARE(result.tag, scenario.value(u"expectedTag").toString());
    const auto notices = scenario.value(u"notices").toObject();
    for (auto it = notices.begin(); it != notices.end(); ++it) {
        const auto found = std::find_if(config->notices.cbegin(), config->notices.cend(),
            [&](const ReleaseDrafterNotice &notice) { return notice.key == it.key(); });
        QVERIFY2(found != config->notices.cend(), qPrintable(it.key()));
        QCOMPARE(noticeKindId(found->kind), it.value().toString());
        QVERIFY(!found->message.isEmpty());
    }

    // Exported and read back, the configuration drafts the same release.
    const auto reread = ReleaseDrafterConfig::fromYaml(config->toYaml(), &error);
    QVERIFY2(reread, qPrintable(error + u"\n"_s + QString::fromUtf8(config->toYaml())));
    QCOMPARE(*reread, *config);
    QCOMPARE(draftRelease(*reread, pullRequestsFrom(pulls), releases, input).body, result.body);
}

void ReleaseDrafterTest::templateOnlyIsAccepted()
{
    QString error;
    const auto config = ReleaseDrafterConfig::fromYaml("template: |\n  $CHANGES\n", &error);
    QVERIFY2(config, qPrintable(error));
    QVERIFY(config->categories.isEmpty());
    QCOMPARE(config->bodyTemplate, QStringLiteral("$CHANGES\n"));
    const auto imported = NotesTemplate::fromReleaseDrafterYaml("template: $CHANGES\n", &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->style, NotesTemplate::Style::Drafter);
}

void ReleaseDrafterTest::unknownAndWorkflowKeysAreReportedAndSkipped()
{
    const QByteArray yaml = "name-template: v$RESOLVED_VERSION\n"
                            "autolabeler:\n"
                            "  - label: chore\n"
                            "    files: ['*.md']\n"
                            "colour: blue\n"
                            "categories:\n"
                            "  - title: Fixes\n"
                            "    label: bug\n"
                            "    emoji: x\n"
                            "exclude-paths: [docs/]\n"
                            "template: $CHANGES\n";
    QString error;
    const auto config = ReleaseDrafterConfig::fromYaml(yaml, &error);
    QVERIFY2(config, qPrintable(error));
    QStringList seen;
    for (const auto &notice : config->notices)
        seen.append(QStringLiteral("%1:%2:%3").arg(notice.key, noticeKindId(notice.kind)).arg(notice.line));
    QCOMPARE(seen,
        (QStringList {QStringLiteral("name-template:used:1"), QStringLiteral("autolabeler:ignored:2"),
            QStringLiteral("colour:unknown:5"), QStringLiteral("categories:used:6"),
            QStringLiteral("categories[0].emoji:unknown:9"), QStringLiteral("exclude-paths:unsupported:10"),
            QStringLiteral("template:used:11")}));
    QCOMPARE(config->categories.size(), 1);
    QCOMPARE(config->categories[0].labels, QStringList {QStringLiteral("bug")});
    // Kept as written for the export: release-drafter itself still needs the autolabeler.
    QVERIFY(config->passthroughYaml.contains(QStringLiteral("autolabeler:\n  - label: chore\n")));
    QVERIFY(config->passthroughYaml.contains(QStringLiteral("colour: blue\n")));
    QVERIFY(QString::fromUtf8(config->toYaml()).contains(QStringLiteral("files: ['*.md']")));
}

void ReleaseDrafterTest::refusals_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("workflow") << QByteArray("name: CI\non:\n  push:\njobs:\n  build:\n    runs-on: x\n")
                              << QStringLiteral("Line 1: \"name\" is not a release-drafter option");
    QTest::newRow("yaml syntax") << QByteArray("template: |\n  $CHANGES\ncategories:\n  - title: 'open\n")
                                 << QStringLiteral("Line 4:");
    QTest::newRow("list") << QByteArray("- a\n- b\n")
                          << QStringLiteral("Line 1: a release-drafter.yml is a map");
    QTest::newRow("empty") << QByteArray("# nothing\n") << QStringLiteral("The file is empty");
    QTest::newRow("no template") << QByteArray("categories:\n  - title: A\n    label: a\n")
                                 << QStringLiteral("No \"template:\" key");
    QTest::newRow("categories not a list")
        << QByteArray("template: x\ncategories: features\n") << QStringLiteral("Line 2, categories:");
    QTest::newRow("category without title")
        << QByteArray("template: x\ncategories:\n  - labels: [a]\n")
        << QStringLiteral("Line 3, categories[0]: a category needs a title");
    QTest::newRow("sort-by") << QByteArray("template: x\nsort-by: date\n")
                             << QStringLiteral("Line 2, sort-by: must be merged_at or title");
    QTest::newRow("prerelease") << QByteArray("template: x\nprerelease: maybe\n")
                                << QStringLiteral("Line 2, prerelease: must be true or false");
    QTest::newRow("version-resolver default")
        << QByteArray("template: x\nversion-resolver:\n  default: huge\n")
        << QStringLiteral("Line 3, version-resolver.default: must be major, minor or patch");
    QTest::newRow("replacer without search")
        << QByteArray("template: x\nreplacers:\n  - replace: y\n") << QStringLiteral("Line 3, replacers[0]:");
    QTest::newRow("collapse-after") << QByteArray(
        "template: x\ncategories:\n  - title: A\n    collapse-after: -1\n")
                                    << QStringLiteral("Line 4, categories[0].collapse-after:");
    QTest::newRow("duplicate key") << QByteArray("template: x\ntemplate: y\n")
                                   << QStringLiteral("Line 2: the key \"template\" appears twice");
}

void ReleaseDrafterTest::refusals()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!ReleaseDrafterConfig::fromYaml(yaml, &error));
    QVERIFY2(error.startsWith(expected) || error.contains(expected), qPrintable(error));
    QVERIFY(!NotesTemplate::fromReleaseDrafterYaml(yaml, &error));
}

void ReleaseDrafterTest::exportedYamlReadsBack()
{
    ReleaseDrafterConfig config;
    config.bodyTemplate = QStringLiteral("  indented first line\n\n## What's new: $CHANGES\n\n");
    config.header = QStringLiteral("# 'Quoted' \"header\" #1\n");
    config.changeTemplate = QStringLiteral("- $TITLE: #$NUMBER");
    config.changeTitleEscapes = QStringLiteral("\\<*_&@#`");
    config.categories
        = {{QStringLiteral("🚀 Features"), {QStringLiteral("kind/feature"), QStringLiteral("true")}, 3},
            {QStringLiteral("Other"), {}, 0}};
    config.replacers = {{QStringLiteral("/(\\d+)/g"), QStringLiteral("")}};
    config.majorLabels = {QStringLiteral("breaking")};
    config.defaultIncrement = QStringLiteral("minor");
    config.prerelease = false;
    config.prereleaseIdentifier = QStringLiteral("rc");
    config.includePreReleases = true;
    config.sortBy = ReleaseDrafterConfig::SortBy::Title;
    config.tagPrefix = QStringLiteral("v");
    config.excludeContributors = {QStringLiteral("bot: yes")};
    QString error;
    const auto yaml = config.toYaml();
    const auto reread = ReleaseDrafterConfig::fromYaml(yaml, &error);
    QVERIFY2(reread, qPrintable(error + u"\n"_s + QString::fromUtf8(yaml)));
    QCOMPARE(*reread, config);
    QCOMPARE(ReleaseDrafterConfig::fromJson(config.toJson()), config);
}

void ReleaseDrafterTest::yamlReader()
{
    YamlError error;
    const auto root = parseYaml("---\n"
                                "a: |+\n  keep\n\n"
                                "b: >-\n  folded\n  text\n\n  next\n"
                                "c: [x, 'y z', \"q\\tr\"]\n"
                                "d: {k: v, n: [1, 2]}\n"
                                "e:\n- one\n- two: 2\n  three: 3\n"
                                "f: 'it''s' # comment\n"
                                "g: plain # comment\n"
                                "h: \"multi\n  line\"\n"
                                "i:\n",
        &error);
    QVERIFY2(root, qPrintable(error.message));
    QCOMPARE(root->value(u"a")->scalar, QStringLiteral("keep\n\n"));
    QCOMPARE(root->value(u"b")->scalar, QStringLiteral("folded text\nnext"));
    QCOMPARE(root->value(u"c")->items.size(), 3);
    QCOMPARE(root->value(u"c")->items[1].scalar, QStringLiteral("y z"));
    QCOMPARE(root->value(u"c")->items[2].scalar, QStringLiteral("q\tr"));
    QCOMPARE(root->value(u"d")->value(u"k")->scalar, QStringLiteral("v"));
    QCOMPARE(root->value(u"d")->value(u"n")->items.size(), 2);
    QCOMPARE(root->value(u"e")->items.size(), 2);
    QCOMPARE(root->value(u"e")->items[1].value(u"three")->scalar, QStringLiteral("3"));
    QCOMPARE(root->value(u"f")->scalar, QStringLiteral("it's"));
    QCOMPARE(root->value(u"g")->scalar, QStringLiteral("plain"));
    QCOMPARE(root->value(u"h")->scalar, QStringLiteral("multi line"));
    QVERIFY(root->value(u"i")->isNull());
    QCOMPARE(root->keyLines.value(1), 5);

    QVERIFY(!parseYaml("a: &anchor x\n", &error));
    QCOMPARE(error.line, 1);
    QVERIFY(!parseYaml("a:\n  b: 1\n c: 2\n", &error));
    QCOMPARE(error.line, 3);
}

void ReleaseDrafterTest::semanticVersions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("expected");
    // node-semver's documented inc() results, and release-drafter's versions tests.
    QTest::newRow("patch") << u"v10.0.3"_s << u"patch"_s << u""_s << u"10.0.4"_s;
    QTest::newRow("minor") << u"10.0.3"_s << u"minor"_s << u""_s << u"10.1.0"_s;
    QTest::newRow("major") << u"10.0.3"_s << u"major"_s << u""_s << u"11.0.0"_s;
    QTest::newRow("patch of prerelease") << u"v10.0.3-alpha.2"_s << u"patch"_s << u""_s << u"10.0.3"_s;
    QTest::newRow("major of x.0.0 prerelease") << u"2.0.0-rc.1"_s << u"major"_s << u""_s << u"2.0.0"_s;
    QTest::newRow("prerelease") << u"10.0.3"_s << u"prerelease"_s << u""_s << u"10.0.4-0"_s;
    QTest::newRow("prerelease alpha") << u"10.0.3"_s << u"prerelease"_s << u"alpha"_s << u"10.0.4-alpha.0"_s;
    QTest::newRow("prerelease again")
        << u"v10.0.3-alpha.2"_s << u"prerelease"_s << u""_s << u"10.0.3-alpha.3"_s;
    QTest::newRow("prerelease new identifier")
        << u"1.2.3-alpha.4"_s << u"prerelease"_s << u"beta"_s << u"1.2.3-beta.0"_s;
    QTest::newRow("preminor") << u"1.2.3"_s << u"preminor"_s << u"rc"_s << u"1.3.0-rc.0"_s;
    QTest::newRow("premajor") << u"1.2.3"_s << u"premajor"_s << u""_s << u"2.0.0-0"_s;
    QTest::newRow("prepatch") << u"1.2.3-rc.4"_s << u"prepatch"_s << u"rc"_s << u"1.2.4-rc.0"_s;
    QTest::newRow("coerced") << u"release-2.3"_s << u"patch"_s << u""_s << u"2.3.1"_s;
    QTest::newRow("name in text") << u"Widgets 7"_s << u"minor"_s << u""_s << u"7.1.0"_s;
}

void ReleaseDrafterTest::semanticVersions()
{
    QFETCH(QString, from);
    QFETCH(QString, release);
    QFETCH(QString, identifier);
    QFETCH(QString, expected);
    const auto version = SemanticVersion::parseOrCoerce(from);
    QVERIFY(version);
    QCOMPARE(
        version->incremented(release, identifier).rendered(QStringLiteral("$MAJOR.$MINOR.$PATCH$PRERELEASE")),
        expected);
    QVERIFY(!SemanticVersion::parseOrCoerce(QStringLiteral("notaversion")));
}

void ReleaseDrafterTest::lastReleaseIgnoresDraftsAndSortsByVersion()
{
    ReleaseDrafterConfig config;
    const QList<DrafterRelease> releases {{QStringLiteral("v2.0.0"), {}, true, false, {}},
        {QStringLiteral("v1.10.0"), {}, false, false, {}}, {QStringLiteral("v1.9.0"), {}, false, false, {}},
        {QStringLiteral("v1.11.0-rc.0"), {}, false, true, {}}};
    QCOMPARE(findLastDrafterRelease(config, releases)->tagName, QStringLiteral("v1.10.0"));
    config.includePreReleases = true;
    QCOMPARE(findLastDrafterRelease(config, releases)->tagName, QStringLiteral("v1.11.0-rc.0"));
    // Tags that are not versions: the newest by creation time.
    const QList<DrafterRelease> named {
        {QStringLiteral("spring"), {}, false, false, QDateTime::fromSecsSinceEpoch(20)},
        {QStringLiteral("winter"), {}, false, false, QDateTime::fromSecsSinceEpoch(10)}};
    QCOMPARE(findLastDrafterRelease(ReleaseDrafterConfig {}, named)->tagName, QStringLiteral("spring"));
    QVERIFY(!findLastDrafterRelease(ReleaseDrafterConfig {}, {}));
}

void ReleaseDrafterTest::composerUsesTheConfiguration()
{
    QString error;
    auto notesTemplate = NotesTemplate::fromReleaseDrafterYaml("name-template: v$RESOLVED_VERSION\n"
                                                               "categories:\n"
                                                               "  - title: Fixes\n"
                                                               "    label: bug\n"
                                                               "  - title: Other\n"
                                                               "template: |\n"
                                                               "  $CHANGES\n"
                                                               "  by $CONTRIBUTORS\n",
        &error);
    QVERIFY2(notesTemplate, qPrintable(error));
    const QList<Api::Item> items {
        mergedPull(1, QStringLiteral("Fix the login"), {QStringLiteral("bug")},
            QStringLiteral("```release-note\nThe login works again.\n```"), 1),
        mergedPull(2, QStringLiteral("Refactor"), {}, QStringLiteral("```release-note\nNONE\n```"), 2),
        mergedPull(3, QStringLiteral("Tidy"), {}, QString(), 3),
    };
    NotesDraft draft;
    draft.releaseName = QStringLiteral("v2.4.0");
    draft.edits[QStringLiteral("github.com/octo/widgets#1")].text = QStringLiteral("Logging in works again.");
    draft.edits[QStringLiteral("github.com/octo/widgets#3")].included = false;
    const auto document = composeNotes(extractMergedPullRequests(items), draft);
    NotesRenderContext context;
    context.version = QStringLiteral("v2.4.0");
    context.previousVersion = QStringLiteral("v2.3.0");
    // No release read from GitHub: the release's own name is the version, as a workflow's `version:`.
    auto result = renderDrafterRelease(document, *notesTemplate, context);
    QCOMPARE(result.body,
        QStringLiteral("## Fixes\n\n* Logging in works again. (#1) @alice\n\n## Other\n\n"
                       "* Refactor (#2) @alice\nby @alice\n"));
    QCOMPARE(result.name, QStringLiteral("v2.4.0"));
    QCOMPARE(result.lastRelease->tagName, QStringLiteral("v2.3.0"));
    QCOMPARE(renderNotesMarkdown(document, *notesTemplate, context), result.body);

    // Releases read from GitHub: release-drafter's own resolution from the last one.
    context.releases = QList<DrafterRelease> {{QStringLiteral("v2.3.5"), {}, false, false, {}}};
    result = renderDrafterRelease(document, *notesTemplate, context);
    QCOMPARE(result.name, QStringLiteral("v2.3.6"));
}

void ReleaseDrafterTest::templatesKeepTheConfigurationAsJson()
{
    QString error;
    const auto imported = NotesTemplate::fromReleaseDrafterYaml(
        readBytes(
            QStringLiteral(RELEASEDESK_TEST_DATA "/corpora/kubesphere-changelogs/release-drafter.yml")),
        &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->drafter.categories.size(), 5);
    QCOMPARE(imported->drafter.nameTemplate, QStringLiteral("v$NEXT_PATCH_VERSION 🌈"));
    QCOMPARE(NotesTemplate::fromJson(imported->toJson()), *imported);

    // A template saved before the whole configuration was kept still reads.
    const auto legacy = NotesTemplate::fromJson(QJsonObject {
        {QStringLiteral("id"), QStringLiteral("old")},
        {QStringLiteral("style"), QStringLiteral("drafter")},
        {QStringLiteral("categories"),
            QJsonArray {QJsonObject {{QStringLiteral("title"), QStringLiteral("Fixes")},
                {QStringLiteral("labels"), QJsonArray {QStringLiteral("bug")}}}}},
        {QStringLiteral("excludeLabels"), QJsonArray {QStringLiteral("skip")}},
        {QStringLiteral("changeTemplate"), QStringLiteral("- $TITLE")},
        {QStringLiteral("bodyTemplate"), QStringLiteral("$CHANGES")},
    });
    QCOMPARE(legacy.drafter.categories.value(0).labels, QStringList {QStringLiteral("bug")});
    QCOMPARE(legacy.drafter.excludeLabels, QStringList {QStringLiteral("skip")});
    QCOMPARE(legacy.drafter.changeTemplate, QStringLiteral("- $TITLE"));
    QCOMPARE(legacy.drafter.bodyTemplate, QStringLiteral("$CHANGES"));
}

QTEST_GUILESS_MAIN(ReleaseDrafterTest)
#include "tst_releasedrafter.moc"
