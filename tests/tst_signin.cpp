#include "fakegithub.h"
#include "memorysecretstore.h"

#include "accountlist.h"
#include "signindialog.h"
#include "signinflow.h"

#include "api/githubclient.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Api;

/// Signing in: the flow against the fake GitHub, with an in-memory keychain, and the dialog offscreen.
class SignInTest : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        Testing::FakeGitHub fake;
        QTemporaryDir dir;
        QSettings settings {dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
        Models::AccountList accounts {&settings};
        Testing::MemorySecretStore secrets;
        QNetworkAccessManager network;
        Models::SignInFlow flow {[this](const GitHubHost &host, const QString &token) {
                                     return std::make_unique<GitHubClient>(&network, host, token);
                                 },
            &secrets, &accounts};

        bool start()
        {
            Testing::FakeGitHubData data;
            data.addRepository(
                {QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("console")}, {},
                {});
            data.addToken(
                QStringLiteral("ghp_good"), QStringLiteral("octo"), QStringLiteral("repo, read:org"));
            data.addToken(QStringLiteral("ghp_readonly"), QStringLiteral("octo"), QStringLiteral("read:org"));
            return fake.start(data.toJson());
        }
    };

private Q_SLOTS:
    void aGoodTokenGoesToTheKeychainAndTheHostToSettings()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.fake.error()));
        QSignalSpy succeeded(&f.flow, &Models::SignInFlow::succeeded);
        f.flow.signIn(f.fake.url().toString(), QStringLiteral("  ghp_good \n"));
        QVERIFY(succeeded.wait(20000));
        const auto account = succeeded.first().first().value<Models::Account>();
        QCOMPARE(account.login, QStringLiteral("octo"));
        QVERIFY(succeeded.first().at(1).toString().isEmpty());
        QCOMPARE(f.secrets.tokens.value(account.host), QStringLiteral("ghp_good"));
        QCOMPARE(f.accounts.accounts().size(), 1);
        QCOMPARE(f.accounts.forHost(account.host)->login, QStringLiteral("octo"));
        // Settings never hold the token.
        f.settings.sync();
        QFile ini(f.settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("ghp_good"));
    }

    void everyFailureSaysWhatToDo_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad token") << QString() << "ghp_bad"
                                   << "rejected this token";
        QTest::newRow("empty token") << QString() << ""
                                     << "Paste a personal access token";
        QTest::newRow("two words") << QString() << "ghp_good extra"
                                   << "without spaces";
        QTest::newRow("plain http") << "http://github.example.com"
                                    << "ghp_good"
                                    << "unencrypted";
        QTest::newRow("nothing listening") << "http://127.0.0.1:1"
                                           << "ghp_good"
                                           << "Cannot reach";
    }

    void everyFailureSaysWhatToDo()
    {
        QFETCH(QString, address);
        QFETCH(QString, token);
        QFETCH(QString, expected);
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.fake.error()));
        QSignalSpy failed(&f.flow, &Models::SignInFlow::failed);
        f.flow.signIn(address.isEmpty() ? f.fake.url().toString() : address, token);
        QVERIFY(failed.size() == 1 || failed.wait(20000));
        QVERIFY2(failed.first().first().toString().contains(expected),
            qPrintable(failed.first().first().toString()));
        QVERIFY(f.secrets.tokens.isEmpty());
        QVERIFY(f.accounts.isEmpty());
    }

    void ssoAndKeychainFailuresAreReported()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.fake.error()));
        f.fake.setFaults(QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("sso")}}});
        QSignalSpy failed(&f.flow, &Models::SignInFlow::failed);
        f.flow.signIn(f.fake.url().toString(), QStringLiteral("ghp_good"));
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.last().first().toString().contains(QStringLiteral("single sign-on")));
        QVERIFY(failed.last().at(1).toUrl().toString().contains(QStringLiteral("/sso")));

        f.secrets.failWith = QStringLiteral("No system keychain is available");
        f.flow.signIn(f.fake.url().toString(), QStringLiteral("ghp_good"));
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.last().first().toString(), QStringLiteral("No system keychain is available"));
        QVERIFY(f.accounts.isEmpty()); // no account without its token
    }

    void aTokenWithoutWriteScopesWorksWithAWarning()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.fake.error()));
        QSignalSpy succeeded(&f.flow, &Models::SignInFlow::succeeded);
        f.flow.signIn(f.fake.url().toString(), QStringLiteral("ghp_readonly"));
        QVERIFY(succeeded.wait(20000));
        QVERIFY(succeeded.first().at(1).toString().contains(QStringLiteral("neither repo nor public_repo")));
    }

    void theDialogSignsInAndShowsFailuresAsPlainText()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.fake.error()));
        Views::SignInDialog dialog(&f.flow);
        dialog.show();
        QCOMPARE(dialog.tokenField()->echoMode(), QLineEdit::Password);
        dialog.hostField()->setText(f.fake.url().toString());
        dialog.tokenField()->setText(QStringLiteral("ghp_bad"));
        QSignalSpy failed(&f.flow, &Models::SignInFlow::failed);
        QTest::keyClick(dialog.tokenField(), Qt::Key_Return);
        QVERIFY(failed.wait(20000));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.statusText().contains(QStringLiteral("rejected")));

        dialog.tokenField()->setText(QStringLiteral("ghp_good"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(dialog.tokenField(), Qt::Key_Return);
        QVERIFY(accepted.wait(20000));
        QCOMPARE(dialog.signedInLogin(), QStringLiteral("octo"));
        QVERIFY(dialog.tokenField()->text().isEmpty());
    }
};

QTEST_MAIN(SignInTest)
#include "tst_signin.moc"
