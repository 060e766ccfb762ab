#include "fakegithub.h"

#include "api/githubclient.h"
#include "api/keychainsecretstore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Api;

/// The client's own behaviour against the fake GitHub, host parsing, and the keychain.
class GitHubClientTest : public QObject
{
    Q_OBJECT

    static QJsonObject tinyDataSet()
    {
        Testing::FakeGitHubData data;
        data.addRepository(
            {QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("console")}, {}, {});
        data.addToken(
            QStringLiteral("ghp_classic"), QStringLiteral("octo"), QStringLiteral("repo, read:org"));
        data.addToken(QStringLiteral("github_pat_fine"), QStringLiteral("octo"), QString());
        data.addToken(QStringLiteral("ghp_sso"), QStringLiteral("octo"), QStringLiteral("repo"),
            QStringLiteral("kubesphere"));
        return data.toJson();
    }

    static ViewerInfo viewer(GitHubClient &client)
    {
        ViewerInfo result;
        QEventLoop loop;
        client.fetchViewer(&loop, [&](const ViewerInfo &info) {
            result = info;
            loop.quit();
        });
        loop.exec();
        return result;
    }

private Q_SLOTS:
    void hostsAreParsedAndPlainHttpIsRefused()
    {
        QCOMPARE(GitHubHost::fromUserInput(QStringLiteral("github.com"))->graphqlUrl,
            QUrl(QStringLiteral("https://api.github.com/graphql")));
        const auto enterprise = GitHubHost::fromUserInput(QStringLiteral("https://ghe.example.com/"));
        QVERIFY(enterprise);
        QCOMPARE(enterprise->name, QStringLiteral("ghe.example.com"));
        QCOMPARE(enterprise->graphqlUrl, QUrl(QStringLiteral("https://ghe.example.com/api/graphql")));
        QCOMPARE(enterprise->restUrl, QUrl(QStringLiteral("https://ghe.example.com/api/v3")));
        QCOMPARE(GitHubHost::fromUserInput(QStringLiteral("ghe.example.com"))->graphqlUrl.scheme(),
            QStringLiteral("https"));
        QString error;
        QVERIFY(!GitHubHost::fromUserInput(QStringLiteral("http://ghe.example.com"), &error));
        QVERIFY(error.contains(QStringLiteral("unencrypted")));
        QVERIFY(GitHubHost::fromUserInput(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(GitHubHost::fromUserInput(QStringLiteral("http://127.0.0.1:8080"))->name,
            QStringLiteral("127.0.0.1:8080"));
        QVERIFY(GitHubHost::fromUserInput(QStringLiteral("http://localhost:1")));
        QVERIFY(GitHubHost::fromUserInput(QStringLiteral("http://[::1]:1")));
        QVERIFY(!GitHubHost::fromUserInput(QStringLiteral("ftp://ghe.example.com")));
    }

    void viewerAndScopesOfClassicAndFineGrainedTokens()
    {
        Testing::FakeGitHub fake;
        QVERIFY2(fake.start(tinyDataSet()), qPrintable(fake.error()));
        QNetworkAccessManager network;
        GitHubClient classic(
            &network, *GitHubHost::fromUserInput(fake.url().toString()), QStringLiteral("ghp_classic"));
        const auto info = viewer(classic);
        QVERIFY2(!info.error, qPrintable(info.error.message));
        QCOMPARE(info.login, QStringLiteral("octo"));
        QVERIFY(classic.scopesKnown());
        QCOMPARE(classic.tokenScopes(), (QStringList {QStringLiteral("repo"), QStringLiteral("read:org")}));
        QCOMPARE(classic.rateLimit().limit, 5000);
        QCOMPARE(classic.statistics().requests, 1);

        GitHubClient fine(
            &network, *GitHubHost::fromUserInput(fake.url().toString()), QStringLiteral("github_pat_fine"));
        QVERIFY(!viewer(fine).error);
        QVERIFY(fine.tokenScopes().isEmpty()); // fine-grained tokens have permissions, not scopes
    }

    void ssoProtectedOrganisationsSayWhereToAuthorise()
    {
        Testing::FakeGitHub fake;
        QVERIFY2(fake.start(tinyDataSet()), qPrintable(fake.error()));
        fake.setFaults(QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("sso")},
            {QStringLiteral("org"), QStringLiteral("kubesphere")}}});
        QNetworkAccessManager network;
        GitHubClient client(
            &network, *GitHubHost::fromUserInput(fake.url().toString()), QStringLiteral("ghp_classic"));
        const auto info = viewer(client);
        QCOMPARE(info.error.kind, ApiError::Kind::SsoRequired);
        QVERIFY(info.error.message.contains(QStringLiteral("single sign-on")));
        QVERIFY(info.error.ssoUrl.toString().contains(QStringLiteral("/orgs/kubesphere/sso")));
    }

    void aWrongHostIsExplained()
    {
        Testing::FakeGitHub fake;
        QVERIFY2(fake.start(tinyDataSet()), qPrintable(fake.error()));
        QNetworkAccessManager network;
        auto host = *GitHubHost::fromUserInput(fake.url().toString());
        host.graphqlUrl.setPath(QStringLiteral("/not/graphql"));
        GitHubClient client(&network, host, QStringLiteral("ghp_classic"));
        const auto info = viewer(client);
        QCOMPARE(info.error.kind, ApiError::Kind::NotFound);
        QVERIFY(info.error.message.contains(QStringLiteral("check the host address")));

        GitHubClient unreachable(
            &network, *GitHubHost::fromUserInput(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("x"));
        const auto refused = viewer(unreachable);
        QCOMPARE(refused.error.kind, ApiError::Kind::Network);
        QCOMPARE(unreachable.statistics().requests, 1); // a refused connection is not retried in a loop
    }

    void cancelAllEndsWaitingCalls()
    {
        Testing::FakeGitHub fake;
        QVERIFY2(fake.start(tinyDataSet()), qPrintable(fake.error()));
        fake.setFaults(QJsonArray {QJsonObject {
            {QStringLiteral("type"), QStringLiteral("secondary")}, {QStringLiteral("retryAfter"), 60}}});
        QNetworkAccessManager network;
        GitHubClient client(
            &network, *GitHubHost::fromUserInput(fake.url().toString()), QStringLiteral("ghp_classic"));
        QSignalSpy waits(&client, &GitHubClient::waitStarted);
        ViewerInfo result;
        bool done = false;
        client.fetchViewer(this, [&](const ViewerInfo &info) {
            result = info;
            done = true;
        });
        QVERIFY(waits.wait(10000));
        client.cancelAll();
        QVERIFY(done);
        QCOMPARE(result.error.kind, ApiError::Kind::Cancelled);
    }

    void environmentTokensForHeadlessUse()
    {
        qputenv("GITHUB_TOKEN", "from-github-token");
        qputenv("GH_ENTERPRISE_TOKEN", "from-enterprise");
        QCOMPARE(tokenFromEnvironment(QStringLiteral("github.com")), QStringLiteral("from-github-token"));
        QCOMPARE(tokenFromEnvironment(QStringLiteral("ghe.example.com")), QStringLiteral("from-enterprise"));
        qunsetenv("GITHUB_TOKEN");
        qputenv("GH_TOKEN", "from-gh-token");
        QCOMPARE(tokenFromEnvironment(QStringLiteral("github.com")), QStringLiteral("from-gh-token"));
        qunsetenv("GH_TOKEN");
        qunsetenv("GH_ENTERPRISE_TOKEN");
        QVERIFY(!tokenFromEnvironment(QStringLiteral("github.com")));
    }

    void keychainRoundTripThroughARealSecretService()
    {
        // scripts/with-test-session provides a private D-Bus session with GNOME Keyring unlocked.
        if (qEnvironmentVariable("RELEASEDESK_SECRET_SERVICE") != QLatin1StringView("1"))
            QSKIP("No Secret Service in this environment: run the suite through scripts/dev test");
        KeychainSecretStore keychain;
        const auto host = QStringLiteral("keychain-test.example.com");
        auto write = [&](const QString &token) {
            QString error = QStringLiteral("pending");
            QEventLoop loop;
            keychain.writeToken(host, token, &loop, [&](const QString &message) {
                error = message;
                loop.quit();
            });
            loop.exec();
            return error;
        };
        auto read = [&] {
            std::optional<QString> token;
            QString error;
            QEventLoop loop;
            keychain.readToken(host, &loop, [&](const std::optional<QString> &value, const QString &message) {
                token = value;
                error = message;
                loop.quit();
            });
            loop.exec();
            return std::make_pair(token, error);
        };
        QCOMPARE(write(QStringLiteral("ghp_keychainSecret")), QString());
        const auto [token, error] = read();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(token, QStringLiteral("ghp_keychainSecret"));
        QString deleteError = QStringLiteral("pending");
        QEventLoop loop;
        keychain.deleteToken(host, &loop, [&](const QString &message) {
            deleteError = message;
            loop.quit();
        });
        loop.exec();
        QCOMPARE(deleteError, QString());
        QVERIFY(!read().first.has_value());
    }
};

QTEST_GUILESS_MAIN(GitHubClientTest)
#include "tst_githubclient.moc"
