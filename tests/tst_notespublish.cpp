// Publishing notes as a draft GitHub release, against the fake GitHub: create, update the same draft,
// never touch a published release, clear refusals.
#include "demoworkspace.h"
#include "fakegithub.h"
#include "notes/notesrenderer.h"

#include "api/githubclient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Api;
using namespace ReleaseDesk::Models;

class NotesPublishTest : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        Testing::FakeGitHub fake;
        QNetworkAccessManager network;
        std::unique_ptr<GitHubClient> client;
        DemoWorkspace demo = DemoWorkspace::generate(QDate(2026, 11, 25));
        RepositoryRef repository;

        bool start(const QString &scopes = QStringLiteral("repo"))
        {
            auto data = Testing::fakeDataFrom(demo, false);
            data.addToken(QStringLiteral("ghp_notes"), QStringLiteral("octo"), scopes);
            if (!fake.start(data.toJson()))
                return false;
            const auto host = GitHubHost::fromUserInput(fake.url().toString());
            client = std::make_unique<GitHubClient>(&network, *host, QStringLiteral("ghp_notes"));
            repository = demo.release.repositories.first().repository;
            return true;
        }

        ReleaseDraftResult publish(const ReleaseDraft &draft)
        {
            ReleaseDraftResult result;
            bool done = false;
            client->publishReleaseDraft(draft, client.get(), [&](const ReleaseDraftResult &r) {
                result = r;
                done = true;
            });
            if (!QTest::qWaitFor([&] { return done; }, 30000))
                result.error = {ApiError::Kind::Timeout, 0, QStringLiteral("no answer")};
            return result;
        }

        QJsonArray releases(const QJsonArray &seed = {})
        {
            QJsonObject body {{QStringLiteral("repo"), repository.fullName()}};
            if (!seed.isEmpty())
                body.insert(QStringLiteral("releases"), seed);
            return fake.post(QStringLiteral("/_fake/releases"), body).value(u"releases").toArray();
        }
    };

    ReleaseDraft draftOf(const Fixture &fixture, const QString &body)
    {
        return {fixture.repository, QStringLiteral("v4.1.3"), QStringLiteral("release-4.1"),
            QStringLiteral("KubeSphere v4.1.3"), body};
    }

private Q_SLOTS:
    void createsThenUpdatesTheSameDraft()
    {
        Fixture fixture;
        if (!fixture.start())
            QSKIP(qPrintable(fixture.fake.error()));
        const auto notes
            = renderNotesMarkdown(composeNotes(extractMergedPullRequests(fixture.demo.items), NotesDraft {}),
                NotesTemplate::kubeSphere(), {QStringLiteral("v4.1.3"), {}, {}});
        QVERIFY(notes.contains(QStringLiteral("# v4.1.3")));

        auto result = fixture.publish(draftOf(fixture, notes));
        QVERIFY2(!result.error, qPrintable(result.error.message));
        QVERIFY(result.created);
        QVERIFY(result.releaseId > 0);
        QVERIFY(result.htmlUrl.isValid());
        auto onGitHub = fixture.releases();
        QCOMPARE(onGitHub.size(), 1);
        QCOMPARE(onGitHub[0].toObject().value(u"draft").toBool(), true);
        QCOMPARE(onGitHub[0].toObject().value(u"body").toString(), notes);
        QCOMPARE(onGitHub[0].toObject().value(u"target_commitish").toString(), QStringLiteral("release-4.1"));

        // Publishing again updates that draft instead of creating a second one.
        const QString edited = notes + QStringLiteral("\n\nEdited after review.");
        const auto again = fixture.publish(draftOf(fixture, edited));
        QVERIFY2(!again.error, qPrintable(again.error.message));
        QVERIFY(!again.created);
        QCOMPARE(again.releaseId, result.releaseId);
        onGitHub = fixture.releases();
        QCOMPARE(onGitHub.size(), 1);
        QCOMPARE(onGitHub[0].toObject().value(u"body").toString(), edited);
        QCOMPARE(onGitHub[0].toObject().value(u"draft").toBool(), true);
    }

    void aPublishedReleaseIsNeverTouched()
    {
        Fixture fixture;
        if (!fixture.start())
            QSKIP(qPrintable(fixture.fake.error()));
        fixture.releases(
            {QJsonObject {{QStringLiteral("id"), 7}, {QStringLiteral("tag_name"), QStringLiteral("v4.1.3")},
                {QStringLiteral("name"), QStringLiteral("Published")},
                {QStringLiteral("body"), QStringLiteral("Final notes")}, {QStringLiteral("draft"), false}}});
        const auto result = fixture.publish(draftOf(fixture, QStringLiteral("New text")));
        QVERIFY(result.error);
        QVERIFY2(result.error.message.contains(QStringLiteral("published release")),
            qPrintable(result.error.message));
        const auto onGitHub = fixture.releases();
        QCOMPARE(onGitHub.size(), 1);
        QCOMPARE(onGitHub[0].toObject().value(u"body").toString(), QStringLiteral("Final notes"));
    }

    void refusalsSayWhatToDo()
    {
        Fixture fixture;
        if (!fixture.start(QStringLiteral("read:org")))
            QSKIP(qPrintable(fixture.fake.error()));
        auto result = fixture.publish(draftOf(fixture, QStringLiteral("x")));
        QCOMPARE(result.error.kind, ApiError::Kind::Forbidden);
        QVERIFY2(
            result.error.message.contains(QStringLiteral("repo scope")), qPrintable(result.error.message));
        QCOMPARE(fixture.releases().size(), 0);

        // A missing tag name is GitHub's 422, reported with its reason.
        Fixture second;
        QVERIFY(second.start());
        auto draft = draftOf(second, QStringLiteral("x"));
        draft.tagName.clear();
        result = second.publish(draft);
        QCOMPARE(result.error.httpStatus, 422);
        QVERIFY2(result.error.message.contains(QStringLiteral("Validation Failed")),
            qPrintable(result.error.message));
    }
};

QTEST_GUILESS_MAIN(NotesPublishTest)
#include "tst_notespublish.moc"
