// Golden tests for every parser: GitHub's answers (pages captured from the fake GitHub with
// tests/tools/capture-pages.mjs, and real REST answers recorded by octokit/fixtures) are parsed into
// value types, the values written out as JSON (every field of every value type) and compared with an
// expected file: a field the parser adds, loses or reads differently fails, and so does a field
// missing from, or extra to, the expected file.
//
// RELEASEDESK_UPDATE_GOLDEN=1 rewrites the expected files (review the diff).
#include "fakegithubservice.h"

#include "api/branchhistory.h"
#include "api/githuberrors.h"
#include "api/githubparsers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ReleaseDesk::Api;

namespace {

QString pagesDir()
{
    return QStringLiteral(RELEASEDESK_TEST_DATA "/github/pages/");
}

QByteArray readPage(const QString &name)
{
    QFile file(pagesDir() + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing page %s", qPrintable(file.fileName()));
    return file.readAll();
}

QJsonValue json(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue json(const QUrl &url)
{
    return url.toString();
}
QJsonValue json(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}
QJsonValue json(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue();
}
QJsonValue json(const std::optional<QStringList> &list)
{
    return list ? QJsonValue(QJsonArray::fromStringList(*list)) : QJsonValue();
}
QJsonValue json(const RepositoryRef &repository);
QJsonValue json(const ItemKey &key);
QJsonValue json(const ApiError &error);
QJsonValue json(const Label &label);
QJsonValue json(const Milestone &milestone);
QJsonValue json(const CiContext &context);
QJsonValue json(const Review &review);
QJsonValue json(const ItemLink &link);
QJsonValue json(const Item &item);
QJsonValue json(const TimelineEvent &event);
QJsonValue json(const ItemFollowUp &followUp);
QJsonValue json(const BranchCi &branch);
QJsonValue json(const CiRun &run);
QJsonValue json(const HistoryCommit &commit);
QJsonValue json(const BranchHistory &history);
QJsonValue json(const PublishedRelease &release);
QJsonValue json(const ItemComment &comment);

template<typename T>
QJsonValue json(const QList<T> &list)
{
    QJsonArray array;
    for (const auto &value : list)
        array.append(json(value));
    return array;
}

QJsonValue json(const RepositoryRef &repository)
{
    return QString(repository.host + QLatin1Char(':') + repository.fullName());
}
QJsonValue json(const ItemKey &key)
{
    return QString(key.repository.host + QLatin1Char(':') + key.repository.fullName() + QLatin1Char('#')
        + QString::number(key.number));
}
QJsonValue json(const ApiError &error)
{
    static const char *kinds[] = {"None", "Network", "Timeout", "Unauthorized", "Forbidden", "SsoRequired",
        "NotFound", "RateLimited", "Server", "Malformed", "GraphQL", "Cancelled"};
    return QJsonObject {{QStringLiteral("kind"), QLatin1StringView(kinds[int(error.kind)])},
        {QStringLiteral("httpStatus"), error.httpStatus}, {QStringLiteral("message"), error.message},
        {QStringLiteral("ssoUrl"), json(error.ssoUrl)}};
}
QJsonValue json(const RateLimitStatus &rate)
{
    return QJsonObject {{QStringLiteral("limit"), rate.limit}, {QStringLiteral("remaining"), rate.remaining},
        {QStringLiteral("used"), rate.used}, {QStringLiteral("lastCost"), rate.lastCost},
        {QStringLiteral("resetAt"), json(rate.resetAt)}};
}
QJsonValue json(const PageInfo &page)
{
    return QJsonObject {{QStringLiteral("hasNextPage"), page.hasNextPage},
        {QStringLiteral("endCursor"), page.endCursor}, {QStringLiteral("totalCount"), page.totalCount}};
}
QJsonValue json(const Label &label)
{
    return QJsonObject {{QStringLiteral("name"), label.name}, {QStringLiteral("color"), label.color},
        {QStringLiteral("description"), label.description}};
}
QJsonValue json(const Milestone &milestone)
{
    return QJsonObject {{QStringLiteral("number"), milestone.number},
        {QStringLiteral("title"), milestone.title}, {QStringLiteral("open"), milestone.open},
        {QStringLiteral("dueOn"), json(milestone.dueOn)}};
}
QJsonValue json(const CiContext &context)
{
    return QJsonObject {{QStringLiteral("source"),
                            context.source == CiContext::Source::CheckRun ? QStringLiteral("CheckRun")
                                                                          : QStringLiteral("StatusContext")},
        {QStringLiteral("name"), context.name}, {QStringLiteral("rawState"), context.rawState},
        {QStringLiteral("required"), context.required}, {QStringLiteral("url"), json(context.url)},
        {QStringLiteral("completedAt"), json(context.completedAt)}};
}
QJsonValue json(const Review &review)
{
    return QJsonObject {{QStringLiteral("author"), review.author}, {QStringLiteral("state"), review.state},
        {QStringLiteral("submittedAt"), json(review.submittedAt)}};
}
QJsonValue json(const ItemLink &link)
{
    static const char *kinds[] = {"Closes", "CherryPickOf", "References"};
    return QJsonObject {{QStringLiteral("kind"), QLatin1StringView(kinds[int(link.kind)])},
        {QStringLiteral("target"), json(link.target)}};
}
QJsonValue json(const Item &item)
{
    return QJsonObject {
        {QStringLiteral("key"), json(item.key)},
        {QStringLiteral("kind"),
            item.isPullRequest() ? QStringLiteral("PullRequest") : QStringLiteral("Issue")},
        {QStringLiteral("state"), itemStateToString(item.state)},
        {QStringLiteral("stateReason"), item.stateReason},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("body"), item.body},
        {QStringLiteral("bodyComplete"), item.bodyComplete},
        {QStringLiteral("author"), item.author},
        {QStringLiteral("url"), json(item.url)},
        {QStringLiteral("createdAt"), json(item.createdAt)},
        {QStringLiteral("updatedAt"), json(item.updatedAt)},
        {QStringLiteral("closedAt"), json(item.closedAt)},
        {QStringLiteral("mergedAt"), json(item.mergedAt)},
        {QStringLiteral("milestone"), item.milestone},
        {QStringLiteral("labels"), json(item.labels)},
        {QStringLiteral("assignees"), json(item.assignees)},
        {QStringLiteral("isDraft"), item.isDraft},
        {QStringLiteral("baseRef"), item.baseRef},
        {QStringLiteral("headRef"), item.headRef},
        {QStringLiteral("reviewDecision"), item.reviewDecision},
        {QStringLiteral("mergeable"), item.mergeable},
        {QStringLiteral("mergeStateStatus"), item.mergeStateStatus},
        {QStringLiteral("ciContexts"), json(item.ciContexts)},
        {QStringLiteral("reviews"), json(item.reviews)},
        {QStringLiteral("links"), json(item.links)},
    };
}
QJsonValue json(const TimelineEvent &event)
{
    return QJsonObject {{QStringLiteral("item"), json(event.item)},
        {QStringLiteral("kind"), typeNameForTimelineKind(event.kind)},
        {QStringLiteral("rawKind"), event.rawKind}, {QStringLiteral("actor"), event.actor},
        {QStringLiteral("at"), json(event.at)}, {QStringLiteral("detail"), event.detail}};
}
QJsonValue json(const ItemFollowUp &followUp)
{
    return QJsonObject {{QStringLiteral("nodeId"), followUp.nodeId},
        {QStringLiteral("key"), json(followUp.key)},
        {QStringLiteral("isPullRequest"), followUp.isPullRequest},
        {QStringLiteral("labelsAfter"), json(followUp.labelsAfter)},
        {QStringLiteral("contextsAfter"), json(followUp.contextsAfter)},
        {QStringLiteral("timelineAfter"), json(followUp.timelineAfter)},
        {QStringLiteral("requiredContexts"), json(followUp.requiredContexts)}};
}
QJsonValue json(const BranchCi &branch)
{
    return QJsonObject {{QStringLiteral("repository"), json(branch.repository)},
        {QStringLiteral("branch"), branch.branch}, {QStringLiteral("headSha"), branch.headSha},
        {QStringLiteral("contexts"), json(branch.contexts)}, {QStringLiteral("found"), branch.found},
        {QStringLiteral("protectedContexts"), json(branch.protectedContexts)},
        {QStringLiteral("readAt"), json(branch.readAt)}};
}
QJsonValue json(const CiRun &run)
{
    return QJsonObject {{QStringLiteral("context"), run.context},
        {QStringLiteral("source"),
            run.source == CiContext::Source::CheckRun ? QStringLiteral("CheckRun")
                                                      : QStringLiteral("StatusContext")},
        {QStringLiteral("rawState"), run.rawState}, {QStringLiteral("startedAt"), json(run.startedAt)},
        {QStringLiteral("completedAt"), json(run.completedAt)}, {QStringLiteral("url"), json(run.url)},
        {QStringLiteral("runId"), run.runId}};
}
QJsonValue json(const HistoryCommit &commit)
{
    return QJsonObject {{QStringLiteral("oid"), commit.oid},
        {QStringLiteral("committedAt"), json(commit.committedAt)}, {QStringLiteral("url"), json(commit.url)},
        {QStringLiteral("runs"), json(commit.runs)}};
}
QJsonValue json(const BranchHistory &history)
{
    return QJsonObject {{QStringLiteral("repository"), json(history.repository)},
        {QStringLiteral("branch"), history.branch}, {QStringLiteral("found"), history.found},
        {QStringLiteral("protectedContexts"), json(history.protectedContexts)},
        {QStringLiteral("commits"), json(history.commits)}};
}
QJsonValue json(const PublishedRelease &release)
{
    return QJsonObject {{QStringLiteral("tagName"), release.tagName}, {QStringLiteral("name"), release.name},
        {QStringLiteral("draft"), release.draft}, {QStringLiteral("prerelease"), release.prerelease},
        {QStringLiteral("createdAt"), json(release.createdAt)}};
}
QJsonValue json(const GitHubParsers::ReleaseInfo &release)
{
    return QJsonObject {{QStringLiteral("error"), json(release.error)},
        {QStringLiteral("found"), release.found}, {QStringLiteral("isDraft"), release.isDraft},
        {QStringLiteral("id"), release.id}, {QStringLiteral("htmlUrl"), json(release.htmlUrl)}};
}

QJsonObject json(const ReleaseItemsPage &page)
{
    return {{QStringLiteral("error"), json(page.error)},
        {QStringLiteral("repositoryFound"), page.repositoryFound},
        {QStringLiteral("milestoneFound"), page.milestoneFound},
        {QStringLiteral("issues"), json(page.issues)},
        {QStringLiteral("pullRequests"), json(page.pullRequests)},
        {QStringLiteral("items"), json(page.items)}, {QStringLiteral("events"), json(page.events)},
        {QStringLiteral("followUps"), json(page.followUps)},
        {QStringLiteral("branches"), json(page.branches)},
        {QStringLiteral("itemErrors"), json(page.itemErrors)}, {QStringLiteral("rate"), json(page.rate)}};
}
QJsonObject json(const CompareRangePage &page)
{
    return {{QStringLiteral("error"), json(page.error)}, {QStringLiteral("fromFound"), page.fromFound},
        {QStringLiteral("toFound"), page.toFound}, {QStringLiteral("headOid"), page.headOid},
        {QStringLiteral("aheadBy"), page.aheadBy}, {QStringLiteral("commits"), json(page.commits)},
        {QStringLiteral("commitsOnPage"), page.commitsOnPage}, {QStringLiteral("items"), json(page.items)},
        {QStringLiteral("events"), json(page.events)}, {QStringLiteral("followUps"), json(page.followUps)},
        {QStringLiteral("itemErrors"), json(page.itemErrors)}, {QStringLiteral("rate"), json(page.rate)}};
}
QJsonValue json(const ItemComment &comment)
{
    return QJsonObject {{QStringLiteral("item"), json(comment.item)},
        {QStringLiteral("author"), comment.author}, {QStringLiteral("at"), json(comment.at)},
        {QStringLiteral("url"), json(comment.url)}, {QStringLiteral("body"), comment.body}};
}
QJsonObject json(const BranchPullRequestsPage &page)
{
    return {{QStringLiteral("error"), json(page.error)},
        {QStringLiteral("repositoryFound"), page.repositoryFound},
        {QStringLiteral("pullRequests"), json(page.pullRequests)},
        {QStringLiteral("items"), json(page.items)}, {QStringLiteral("events"), json(page.events)},
        {QStringLiteral("followUps"), json(page.followUps)},
        {QStringLiteral("comments"), json(page.comments)},
        {QStringLiteral("itemErrors"), json(page.itemErrors)}, {QStringLiteral("rate"), json(page.rate)}};
}
QJsonObject json(const ItemConnectionsPage &page)
{
    return {{QStringLiteral("error"), json(page.error)}, {QStringLiteral("labels"), json(page.labels)},
        {QStringLiteral("contexts"), json(page.contexts)}, {QStringLiteral("events"), json(page.events)},
        {QStringLiteral("labelsPage"), json(page.labelsPage)},
        {QStringLiteral("contextsPage"), json(page.contextsPage)},
        {QStringLiteral("timelinePage"), json(page.timelinePage)}, {QStringLiteral("rate"), json(page.rate)}};
}
QJsonObject json(const RepositoryMetaPage &page)
{
    return {{QStringLiteral("error"), json(page.error)},
        {QStringLiteral("repositoryFound"), page.repositoryFound},
        {QStringLiteral("labels"), json(page.labels)}, {QStringLiteral("milestones"), json(page.milestones)},
        {QStringLiteral("labelsPage"), json(page.labelsPage)},
        {QStringLiteral("milestonesPage"), json(page.milestonesPage)},
        {QStringLiteral("rate"), json(page.rate)}};
}
QJsonObject json(const ViewerInfo &viewer)
{
    return {{QStringLiteral("error"), json(viewer.error)}, {QStringLiteral("login"), viewer.login},
        {QStringLiteral("name"), viewer.name}, {QStringLiteral("rate"), json(viewer.rate)}};
}
QJsonObject json(const RepositoryListPage &page)
{
    return {{QStringLiteral("error"), json(page.error)},
        {QStringLiteral("repositories"), json(page.repositories)}, {QStringLiteral("page"), json(page.page)},
        {QStringLiteral("rate"), json(page.rate)}};
}
QJsonObject json(const BranchHistoryPage &page)
{
    return {{QStringLiteral("error"), json(page.error)}, {QStringLiteral("branches"), json(page.branches)},
        {QStringLiteral("rate"), json(page.rate)}};
}

/// The first difference between two JSON values, as a path ("items[1].labels[0].name: ...").
QString firstDifference(const QJsonValue &actual, const QJsonValue &expected, const QString &path)
{
    if (actual.type() != expected.type())
        return QStringLiteral("%1: %2 instead of %3")
            .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray {actual}).toJson(QJsonDocument::Compact)),
                QString::fromUtf8(QJsonDocument(QJsonArray {expected}).toJson(QJsonDocument::Compact)));
    if (actual.isObject()) {
        const auto a = actual.toObject();
        const auto e = expected.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key()))
                return QStringLiteral("%1.%2: missing").arg(path, it.key());
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!e.contains(it.key()))
                return QStringLiteral("%1.%2: not in the expected file").arg(path, it.key());
            const auto difference
                = firstDifference(it.value(), e.value(it.key()), path + QLatin1Char('.') + it.key());
            if (!difference.isEmpty())
                return difference;
        }
        return {};
    }
    if (actual.isArray()) {
        const auto a = actual.toArray();
        const auto e = expected.toArray();
        for (qsizetype i = 0; i < std::min(a.size(), e.size()); ++i) {
            const auto difference
                = firstDifference(a.at(i), e.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!difference.isEmpty())
                return difference;
        }
        if (a.size() != e.size())
            return QStringLiteral("%1: %2 entries instead of %3").arg(path).arg(a.size()).arg(e.size());
        return {};
    }
    if (actual == expected)
        return {};
    return QStringLiteral("%1: %2 instead of %3")
        .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray {actual}).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(QJsonDocument(QJsonArray {expected}).toJson(QJsonDocument::Compact)));
}

} // namespace

class GitHubParsersTest : public QObject
{
    Q_OBJECT

    /// Compares `actual` with the golden file `name`.expected.json (or writes it when asked to).
    void compareGolden(const QString &name, const QJsonObject &actual)
    {
        const auto path = pagesDir() + name + QStringLiteral(".expected.json");
        const auto text = QJsonDocument(actual).toJson(QJsonDocument::Indented);
        if (qEnvironmentVariableIsSet("RELEASEDESK_UPDATE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(text);
            return;
        }
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly),
            qPrintable(path + QStringLiteral(": missing (RELEASEDESK_UPDATE_GOLDEN=1)")));
        const auto expected = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY2(!expected.isEmpty(), qPrintable(path));
        const auto difference = firstDifference(actual, expected, name);
        if (!difference.isEmpty()) {
            QFile dump(QStringLiteral("/tmp/releasedesk-golden-%1.json").arg(name));
            if (dump.open(QIODevice::WriteOnly | QIODevice::Truncate))
                dump.write(text);
        }
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    static RepositoryRef console()
    {
        return {QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("console")};
    }

    /// A page about a repository GitHub does not know: NotFound, and the golden file `name`.
    template<typename Page>
    void compareMissingRepository(const QString &name, const Page &page)
    {
        QCOMPARE(page.error.kind, ApiError::Kind::NotFound);
        QVERIFY(!page.repositoryFound);
        compareGolden(name, json(page));
    }

    /// A repository GitHub does not know (renamed, deleted or private).
    static RepositoryRef gone()
    {
        return {QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("gone")};
    }

private Q_SLOTS:
    void releaseItems()
    {
        const auto page = GitHubParsers::parseReleaseItems(readPage(QStringLiteral("ReleaseItems.json")),
            console(), QStringLiteral("release-4.1"), QStringLiteral("master"));
        QVERIFY2(!page.error, qPrintable(page.error.message));
        QCOMPARE(page.items.size(), 4); // two issues and two pull requests, a page of two each
        compareGolden(QStringLiteral("ReleaseItems"), json(page));
    }

    void releaseItemsOfAMissingMilestoneOrRepository()
    {
        const auto noMilestone = GitHubParsers::parseReleaseItems(
            readPage(QStringLiteral("ReleaseItems-missing-milestone.json")), console());
        QVERIFY(!noMilestone.milestoneFound);
        compareGolden(QStringLiteral("ReleaseItems-missing-milestone"), json(noMilestone));
        compareMissingRepository(QStringLiteral("ReleaseItems-missing-repository"),
            GitHubParsers::parseReleaseItems(
                readPage(QStringLiteral("ReleaseItems-missing-repository.json")), gone()));
    }

    void compareRange()
    {
        const auto page
            = GitHubParsers::parseCompareRange(readPage(QStringLiteral("CompareRange.json")), console());
        QVERIFY2(!page.error, qPrintable(page.error.message));
        QCOMPARE(page.aheadBy, 2);
        compareGolden(QStringLiteral("CompareRange"), json(page));
    }

    void branchPullRequests()
    {
        const auto page = GitHubParsers::parseBranchPullRequests(
            readPage(QStringLiteral("BranchPullRequests.json")), console());
        QVERIFY2(!page.error, qPrintable(page.error.message));
        QCOMPARE(page.items.size(), 1); // the one pull request whose base is release-4.1
        // Three comments on the page, one of them empty: only those with a body are kept.
        QCOMPARE(page.comments.size(), 2);
        compareGolden(QStringLiteral("BranchPullRequests"), json(page));
        compareMissingRepository(QStringLiteral("BranchPullRequests-missing-repository"),
            GitHubParsers::parseBranchPullRequests(
                readPage(QStringLiteral("BranchPullRequests-missing-repository.json")), gone()));
    }

    void itemConnections()
    {
        ItemFollowUp item;
        item.nodeId = QString::fromLatin1(QByteArray("I:kubesphere/console#101").toBase64());
        item.key = {console(), 101};
        item.labelsAfter = QString();
        item.timelineAfter = QString();
        const auto page
            = GitHubParsers::parseItemConnections(readPage(QStringLiteral("ItemConnections.json")), item);
        QVERIFY2(!page.error, qPrintable(page.error.message));
        compareGolden(QStringLiteral("ItemConnections"), json(page));
    }

    void branchHistory()
    {
        const auto page = parseBranchHistory(readPage(QStringLiteral("BranchHistory.json")), console(),
            QStringLiteral("release-4.1"), QStringLiteral("master"));
        QVERIFY2(!page.error, qPrintable(page.error.message));
        QCOMPARE(page.branches.size(), 2);
        compareGolden(QStringLiteral("BranchHistory"), json(page));
    }

    void repositoryMeta()
    {
        const auto page = GitHubParsers::parseRepositoryMeta(readPage(QStringLiteral("RepositoryMeta.json")));
        QVERIFY2(!page.error, qPrintable(page.error.message));
        compareGolden(QStringLiteral("RepositoryMeta"), json(page));
    }

    void viewer()
    {
        compareGolden(QStringLiteral("Viewer"),
            json(GitHubParsers::parseViewer(readPage(QStringLiteral("Viewer.json")))));
        compareGolden(QStringLiteral("ViewerRepositories"),
            json(GitHubParsers::parseViewerRepositories(
                readPage(QStringLiteral("ViewerRepositories.json")), QStringLiteral("github.com"))));
    }

    /// Real REST answers, recorded from api.github.com by octokit/fixtures.
    void releasesFromGitHub()
    {
        const auto recorded
            = QJsonDocument::fromJson(readPage(QStringLiteral("octokit/release-assets.json"))).array();
        QVERIFY(!recorded.isEmpty());
        const auto release
            = QJsonDocument(recorded.first().toObject().value(u"response").toObject()).toJson();
        const auto list = QJsonDocument(QJsonArray {recorded.first().toObject().value(u"response")}).toJson();
        QJsonObject actual {{QStringLiteral("release"), json(GitHubParsers::parseRelease(release))},
            {QStringLiteral("withTag"),
                json(GitHubParsers::parseReleaseWithTag(list, QStringLiteral("v1.0.0")))},
            {QStringLiteral("withOtherTag"),
                json(GitHubParsers::parseReleaseWithTag(list, QStringLiteral("v9")))}};
        const auto published = GitHubParsers::parsePublishedReleases(list);
        QVERIFY(published);
        actual.insert(QStringLiteral("published"), json(*published));
        QVERIFY(!GitHubParsers::parsePublishedReleases(release)); // an object is not a list
        compareGolden(QStringLiteral("octokit-releases"), actual);
    }

    /// The one mapping from an HTTP answer to the error the user reads, on GitHub's recorded 422.
    void errorsFromGitHub()
    {
        const auto recorded
            = QJsonDocument::fromJson(readPage(QStringLiteral("octokit/errors.json"))).array();
        QVERIFY(!recorded.isEmpty());
        const auto entry = recorded.first().toObject();
        GitHubErrors::HttpAnswer answer;
        answer.status = entry.value(u"status").toInt();
        answer.gitHubMessage
            = GitHubErrors::restMessage(QJsonDocument(entry.value(u"response").toObject()).toJson());
        QJsonObject actual {
            {QStringLiteral("change"), json(GitHubErrors::fromHttp(answer, GitHubErrors::Request::Change))}};
        answer.status = 403;
        actual.insert(QStringLiteral("forbiddenChange"),
            json(GitHubErrors::fromHttp(answer, GitHubErrors::Request::Change)));
        answer.ssoHeader = "required; url=https://github.com/orgs/o/sso?authorization_request=X";
        actual.insert(
            QStringLiteral("sso"), json(GitHubErrors::fromHttp(answer, GitHubErrors::Request::Query)));
        answer = {};
        answer.status = 404;
        answer.endpoint = QStringLiteral("https://ghe.example/api/graphql");
        actual.insert(QStringLiteral("notFoundQuery"),
            json(GitHubErrors::fromHttp(answer, GitHubErrors::Request::Query)));
        answer.status = 502;
        actual.insert(
            QStringLiteral("server"), json(GitHubErrors::fromHttp(answer, GitHubErrors::Request::Query)));
        answer.status = 200;
        QCOMPARE(GitHubErrors::fromHttp(answer, GitHubErrors::Request::Query).kind, ApiError::Kind::None);
        compareGolden(QStringLiteral("octokit-errors"), actual);
    }

    /// The fake service fed from the same pages serves what the parsers read from them, applies and
    /// records edits, and answers later, with Cancelled after cancelAll().
    void theFakeServiceServesTheFixtures()
    {
        ReleaseDesk::Testing::FakeGitHubService github;
        QString error;
        QVERIFY2(github.loadFixture(pagesDir() + QStringLiteral("RepositoryMeta.json"), console(), &error),
            qPrintable(error));
        QVERIFY2(github.loadFixture(pagesDir() + QStringLiteral("ReleaseItems.json"), console(), &error),
            qPrintable(error));
        QVERIFY(!github.loadFixture(pagesDir() + QStringLiteral("Viewer.json"), console(), &error));
        const auto parsed
            = GitHubParsers::parseReleaseItems(readPage(QStringLiteral("ReleaseItems.json")), console());
        const auto meta = GitHubParsers::parseRepositoryMeta(readPage(QStringLiteral("RepositoryMeta.json")));

        std::optional<RepositoryMetaPage> served;
        GitHubService::RepositoryMetaRequest metaRequest;
        metaRequest.repository = console();
        github.fetchRepositoryMeta(metaRequest, this, [&](const RepositoryMetaPage &page) { served = page; });
        QVERIFY(!served); // never before the call returns
        QTRY_VERIFY(served);
        QCOMPARE(served->labels, meta.labels);
        QCOMPARE(served->milestones, meta.milestones);

        std::optional<ReleaseItemsPage> items;
        GitHubService::ReleaseItemsRequest request;
        request.repository = console();
        request.milestoneNumber = 42;
        github.fetchReleaseItems(request, this, [&](const ReleaseItemsPage &page) { items = page; });
        QTRY_VERIFY(items);
        QVERIFY(!items->error);
        QCOMPARE(items->items.size(), parsed.items.size());
        for (const auto &item : parsed.items)
            QCOMPARE(github.item(item.key).value_or(Item {}), item);
        QVERIFY(items->rate.isKnown());

        ApiError edited {ApiError::Kind::Cancelled, 0, {}};
        const auto key = parsed.items.first().key;
        github.editIssue({key, IssueEdit::Kind::AddLabel, QStringLiteral("triage/accepted")}, this,
            [&](const ApiError &answer) { edited = answer; });
        QTRY_COMPARE(edited.kind, ApiError::Kind::None);
        QVERIFY(github.item(key)->hasLabel(u"triage/accepted"));
        QCOMPARE(github.edits().size(), 1);

        std::optional<ApiError> cancelled;
        github.fetchViewer(this, [&](const ViewerInfo &viewer) { cancelled = viewer.error; });
        github.cancelAll();
        QVERIFY(cancelled);
        QCOMPARE(cancelled->kind, ApiError::Kind::Cancelled);
    }

    /// Not what the parsers were given: every parser reports it rather than guessing.
    void malformedPagesAreReported()
    {
        const QByteArray broken = "{\"data\": {\"repository\": ";
        QCOMPARE(GitHubParsers::parseReleaseItems(broken, console()).error.kind, ApiError::Kind::Malformed);
        QCOMPARE(GitHubParsers::parseCompareRange(broken, console()).error.kind, ApiError::Kind::Malformed);
        QCOMPARE(GitHubParsers::parseItemConnections(broken, {}).error.kind, ApiError::Kind::Malformed);
        QCOMPARE(GitHubParsers::parseRepositoryMeta(broken).error.kind, ApiError::Kind::Malformed);
        QCOMPARE(GitHubParsers::parseViewer(broken).error.kind, ApiError::Kind::Malformed);
        QCOMPARE(GitHubParsers::parseViewerRepositories(broken, QStringLiteral("github.com")).error.kind,
            ApiError::Kind::Malformed);
        QCOMPARE(parseBranchHistory(broken, console(), QStringLiteral("main"), {}).error.kind,
            ApiError::Kind::Malformed);
        QVERIFY(!GitHubParsers::parsePublishedReleases(broken));
    }
};

QTEST_GUILESS_MAIN(GitHubParsersTest)
#include "tst_githubparsers.moc"
