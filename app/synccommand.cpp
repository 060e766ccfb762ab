#include "synccommand.h"

#include "publishedreleases.h"

#include "translations.h"

#include "accountlist.h"
#include "metrics/syncsnapshot.h"
#include "store.h"
#include "store/branchcirepository.h"
#include "store/itemrepository.h"
#include "store/releaserepository.h"
#include "syncengine.h"
#include "workspacelocation.h"

#include "api/githubservice.h"
#include "api/keychainsecretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace ReleaseDesk::App {

namespace {

// Exit codes, also listed in the README.
enum ExitCode {
    Synced = 0,
    SyncedWithProblems = 1,
    UsageError = 2,
    WorkspaceError = 3,
    AuthenticationError = 4,
    Interrupted = 5,
};

std::atomic_bool interruptRequested = false;

void requestInterrupt(int)
{
    interruptRequested = true;
}

std::optional<QString> readToken(const Api::GitHubHost &host, QString &error)
{
    Api::KeychainSecretStore keychain;
    std::optional<QString> result;
    bool answered = false;
    QEventLoop loop;
    Api::readToken(
        &keychain, host.name, &loop, [&](const std::optional<QString> &token, const QString &message) {
            result = token;
            error = message;
            answered = true;
            loop.quit();
        });
    if (!answered)
        loop.exec();
    return result;
}

} // namespace

int runSyncCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setUpCommand(app);
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Synchronise a release's issues, pull requests and CI from GitHub into the "
           "workspace, without a window."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sync"), tr("The sync command."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
        tr("The workspace FILE (default: %1).").arg(Models::WorkspaceLocation::defaultWorkspacePath()),
        tr("FILE"));
    const QCommandLineOption releaseOption(QStringLiteral("release"),
        tr("The release NAME to sync (defined in the app, or "
           "created from --repo and --milestone)."),
        tr("NAME"));
    const QCommandLineOption hostOption(
        QStringLiteral("host"), tr("github.com (default) or a GitHub Enterprise address."), tr("HOST"));
    const QCommandLineOption repoOption(
        QStringLiteral("repo"), tr("A repository OWNER/NAME of the release (repeatable)."), tr("OWNER/NAME"));
    const QCommandLineOption milestoneOption(QStringLiteral("milestone"),
        tr("The milestone TITLE in every --repo (repeatable; matched leniently)."), tr("TITLE"));
    const QCommandLineOption rangeOption(QStringLiteral("range"),
        tr("Also the merged pull requests of the commits FROM..TO (two tags or branches) in every --repo."),
        tr("FROM..TO"));
    const QCommandLineOption branchOption(
        QStringLiteral("release-branch"), tr("The release BRANCH, for its CI state."), tr("BRANCH"));
    const QCommandLineOption fullOption(QStringLiteral("full"),
        tr("Read everything again instead of only what changed since the last sync."));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"),
        tr("Items per request (1-100, default 100)."), tr("N"), QStringLiteral("100"));
    for (const auto *option : {&workspaceOption, &releaseOption, &hostOption, &repoOption, &milestoneOption,
             &rangeOption, &branchOption, &fullOption, &pageSizeOption})
        parser.addOption(*option);
    parser.process(app);

    const auto usage = [&](const QString &message) {
        err << message << Qt::endl << tr("Run 'releasedesk sync --help' for the options.") << Qt::endl;
        return UsageError;
    };
    QString hostError;
    auto host = Api::GitHubHost::fromUserInput(parser.value(hostOption), &hostError);
    if (!host)
        return usage(hostError);
    const auto pageSize = parser.value(pageSizeOption).toInt();
    if (pageSize < 1 || pageSize > 100)
        return usage(tr("--page-size must be between 1 and 100."));

    Models::Store store;
    const auto path = parser.isSet(workspaceOption) ? parser.value(workspaceOption)
                                                    : Models::WorkspaceLocation::defaultWorkspacePath();
    if (!store.open(path)) {
        err << store.lastError().message << Qt::endl;
        return WorkspaceError;
    }

    Api::Release release;
    const auto releaseName = parser.value(releaseOption);
    if (parser.isSet(repoOption)) {
        release = Models::ReleaseRepository(store)
                      .release(releaseName.isEmpty() ? QStringLiteral("default") : releaseName)
                      .value_or(Api::Release {});
        release.name = releaseName.isEmpty() ? QStringLiteral("default") : releaseName;
        release.repositories.clear();
        QString rangeFrom;
        QString rangeTo;
        if (parser.isSet(rangeOption) && !Api::parseRefRange(parser.value(rangeOption), &rangeFrom, &rangeTo))
            return usage(tr("--range needs FROM..TO, two tags or branches, not \"%1\".")
                             .arg(parser.value(rangeOption)));
        if (!parser.isSet(milestoneOption) && !parser.isSet(rangeOption))
            return usage(tr("Give --milestone or --range with --repo."));
        for (const auto &text : parser.values(repoOption)) {
            auto repository = Api::RepositoryRef::fromString(text);
            if (!repository.isValid() || text.count(QLatin1Char('/')) != 1)
                return usage(tr("--repo needs OWNER/NAME, not \"%1\".").arg(text));
            repository.host = host->name;
            release.repositories.append({repository, parser.values(milestoneOption), rangeFrom, rangeTo});
        }
        if (parser.isSet(branchOption))
            release.releaseBranch = parser.value(branchOption);
        if (!Models::ReleaseRepository(store).saveRelease(release)) {
            err << store.lastError().message << Qt::endl;
            return WorkspaceError;
        }
    } else if (auto existing = Models::ReleaseRepository(store).release(releaseName);
               existing && !releaseName.isEmpty()) {
        release = *existing;
        // Without --host, the release's own host, reached the way the user signed in to it.
        if (!parser.isSet(hostOption) && !release.repositories.isEmpty()) {
            QSettings settings;
            const Models::AccountList accounts(&settings);
            const auto releaseHost = release.repositories.first().repository.host;
            const auto account = accounts.forHost(releaseHost);
            host = Api::GitHubHost::fromUserInput(account ? account->address : releaseHost, &hostError);
            if (!host)
                return usage(hostError);
        }
    } else {
        QStringList names;
        for (const auto &known : Models::ReleaseRepository(store).releases())
            names.append(known.name);
        return usage(releaseName.isEmpty()
                ? tr("Name a release with --release, or give --repo and --milestone.")
                : tr("The workspace has no release \"%1\". Known releases: %2.")
                      .arg(releaseName, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
    }

    QString tokenError;
    const auto token = readToken(*host, tokenError);
    if (!token) {
        if (!tokenError.isEmpty())
            err << tokenError << Qt::endl;
        err << tr(
            "No token for %1: sign in from the app, or set GITHUB_TOKEN (GH_ENTERPRISE_TOKEN for GitHub "
            "Enterprise).")
                   .arg(host->name)
            << Qt::endl;
        return AuthenticationError;
    }

    QNetworkAccessManager network;
    // The command's composition root: the real service.
    const auto service = Api::gitHubClientFactory(&network)(*host, *token);
    auto &client = *service;
    Models::SyncEngine engine(&client, &store);
    engine.setPageSize(pageSize);

    QObject::connect(
        &engine, &Models::SyncEngine::progressChanged, &app, [&err](const Models::SyncProgress &progress) {
            err << tr("[%1/%2] %3: %4 pages, %5 items")
                       .arg(progress.repositoryIndex)
                       .arg(progress.repositoryCount)
                       .arg(progress.repository)
                       .arg(progress.pages)
                       .arg(progress.items)
                << Qt::endl;
        });
    QObject::connect(&client, &Api::GitHubService::waitStarted, &app,
        [&err](const QDateTime &until, Api::GitHubService::WaitReason reason) {
            const auto time = QLocale().toString(until.toLocalTime().time(), QLocale::LongFormat);
            switch (reason) {
            case Api::GitHubService::WaitReason::RateLimitReset:
                err << tr("The API budget is used up: waiting until %1 for it to reset.").arg(time)
                    << Qt::endl;
                break;
            case Api::GitHubService::WaitReason::SecondaryRateLimit:
                err << tr("GitHub asked to slow down: waiting until %1.").arg(time) << Qt::endl;
                break;
            case Api::GitHubService::WaitReason::Backoff:
                err << tr("Retrying at %1.").arg(time) << Qt::endl;
                break;
            }
        });

    int exitCode = Synced;
    const auto mode = parser.isSet(fullOption) ? Models::SyncMode::Full : Models::SyncMode::Incremental;
    std::function<void(const Models::SyncOutcome &)> reportAndExit;
    // The first repository's releases, for release-drafter templates, are read after the items.
    QObject::connect(&engine, &Models::SyncEngine::finished, &app, [&](const Models::SyncOutcome &synced) {
        Models::readPublishedReleasesAfterSync(client, store, release, mode, synced, &app,
            [&](const Models::SyncOutcome &outcome) { reportAndExit(outcome); });
    });
    reportAndExit = [&](const Models::SyncOutcome &outcome) {
        for (const auto &problem : outcome.problems)
            err << tr("warning: %1").arg(problem) << Qt::endl;
        err << tr("%1 items stored from %2 pages in %3 requests (%4 rate-limit points); %5 points left.")
                   .arg(outcome.items)
                   .arg(outcome.pages)
                   .arg(outcome.requests)
                   .arg(outcome.points)
                   .arg(client.rateLimit().remaining)
            << Qt::endl;
        if (outcome.fatalError) {
            err << tr("error: %1").arg(outcome.fatalError.message) << Qt::endl;
            if (!outcome.fatalError.ssoUrl.isEmpty())
                err << outcome.fatalError.ssoUrl.toString() << Qt::endl;
            exitCode = AuthenticationError;
        } else if (outcome.cancelled) {
            err << tr("Interrupted; the next sync resumes where this one stopped.") << Qt::endl;
            exitCode = Interrupted;
        } else if (!outcome.completed) {
            exitCode = SyncedWithProblems;
        }
        if (outcome.completed) {
            // Today's counts for the metrics' history (cron syncs grow it too).
            const auto saved = Models::ReleaseRepository(store).release(release.name);
            if (saved && saved->id > 0) {
                QList<Api::BranchCi> heads;
                for (const auto &entry : std::as_const(saved->repositories))
                    heads.append({entry.repository, saved->releaseBranch, QString(),
                        Models::BranchCiRepository(store).branchCi(entry.repository, saved->releaseBranch)});
                if (!Models::ReleaseRepository(store).recordSnapshots(saved->id,
                        Models::snapshotOf(*saved,
                            Models::ItemRepository(store).itemsOfRelease(
                                *saved, Models::ItemRepository::Bodies::NoteExcerpt),
                            heads, QDate::currentDate())))
                    err << tr("warning: %1").arg(store.lastError().message) << Qt::endl;
            }
        }
        QCoreApplication::exit(exitCode);
    };

    std::signal(SIGINT, requestInterrupt);
    std::signal(SIGTERM, requestInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &app, [&engine] {
        if (interruptRequested)
            engine.cancel();
    });
    interruptPoll.start(200);

    engine.start(release, mode);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace ReleaseDesk::App
