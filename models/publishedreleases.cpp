#include "publishedreleases.h"

#include "store.h"

#include "api/githubservice.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ReleaseDesk::Models {

namespace {

QString metaKey(const Api::RepositoryRef &repository)
{
    return QStringLiteral("releases/%1/%2").arg(repository.host, repository.fullName());
}

} // namespace

bool storePublishedReleases(
    Store &store, const Api::RepositoryRef &repository, const QList<Api::PublishedRelease> &releases)
{
    QJsonArray array;
    for (const auto &release : releases)
        array.append(QJsonObject {
            {QStringLiteral("tag"), release.tagName},
            {QStringLiteral("name"), release.name},
            {QStringLiteral("draft"), release.draft},
            {QStringLiteral("prerelease"), release.prerelease},
            {QStringLiteral("created"), release.createdAt.toUTC().toString(Qt::ISODate)},
        });
    return store.setMeta(
        metaKey(repository), QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

std::optional<QList<Api::PublishedRelease>> loadPublishedReleases(
    const Store &store, const Api::RepositoryRef &repository)
{
    const auto text = store.meta(metaKey(repository));
    if (text.isEmpty())
        return std::nullopt;
    QList<Api::PublishedRelease> releases;
    for (const auto &value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const auto object = value.toObject();
        releases.append({object.value(QLatin1StringView("tag")).toString(),
            object.value(QLatin1StringView("name")).toString(),
            object.value(QLatin1StringView("draft")).toBool(),
            object.value(QLatin1StringView("prerelease")).toBool(),
            QDateTime::fromString(object.value(QLatin1StringView("created")).toString(), Qt::ISODate)});
    }
    return releases;
}

void readPublishedReleasesAfterSync(Api::GitHubService &client, Store &store, const Api::Release &release,
    SyncMode mode, const SyncOutcome &outcome, QObject *context,
    std::function<void(const SyncOutcome &)> done)
{
    const auto repository
        = release.repositories.isEmpty() ? Api::RepositoryRef() : release.repositories.first().repository;
    const bool wanted = outcome.completed && repository.host == client.host().name
        && (mode == SyncMode::Full || outcome.items > 0 || !loadPublishedReleases(store, repository));
    if (!wanted)
        return done(outcome);
    client.fetchPublishedReleases(
        repository, context, [&store, repository, outcome, done](const Api::PublishedReleasesResult &result) {
            auto reported = outcome;
            if (result.error)
                reported.problems.append(QCoreApplication::translate(
                    "ReleaseDesk::PublishedReleases", "The releases of %1 were not read: %2")
                                             .arg(repository.fullName(), result.error.message));
            else
                storePublishedReleases(store, repository, result.releases);
            done(reported);
        });
}

void addDrafterContext(NotesRenderContext &context, const Api::Release &release, const Store &store)
{
    if (release.repositories.isEmpty())
        return;
    const auto &repository = release.repositories.first().repository;
    context.owner = repository.owner;
    context.repository = repository.name;
    const auto releases = loadPublishedReleases(store, repository);
    if (!releases)
        return;
    QList<DrafterRelease> list;
    for (const auto &published : *releases)
        list.append(
            {published.tagName, published.name, published.draft, published.prerelease, published.createdAt});
    context.releases = list;
}

} // namespace ReleaseDesk::Models
