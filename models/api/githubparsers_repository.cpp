#include "api/githubparsers.h"

#include "api/githuberrors.h"
#include "api/githubjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// A repository's labels and milestones, the viewer and their repositories (GraphQL), and the REST
// answers about releases.

namespace ReleaseDesk::Api {

using namespace GitHubJson;

RepositoryMetaPage GitHubParsers::parseRepositoryMeta(const QByteArray &json)
{
    return readPage<RepositoryMetaPage>(json, [](const Envelope &envelope, RepositoryMetaPage &page) {
        const auto repository = envelope.value("repository");
        if (!repository.isObject()) {
            page.repositoryFound = false;
            page.error
                = GitHubErrors::fromGraphQL(envelope.errors, tr("GitHub returned no repository data."));
            return;
        }
        const auto labelConnection = repository.toObject().value(QLatin1StringView("labels")).toObject();
        page.labels = labels(labelConnection);
        page.labelsPage = pageInfo(labelConnection);
        const auto milestoneConnection
            = repository.toObject().value(QLatin1StringView("milestones")).toObject();
        for (const auto &value : nodes(milestoneConnection)) {
            const auto object = value.toObject();
            page.milestones.append({object.value(QLatin1StringView("number")).toInt(),
                object.value(QLatin1StringView("title")).toString(),
                object.value(QLatin1StringView("state")).toString() != QLatin1StringView("CLOSED"),
                dateTime(object.value(QLatin1StringView("dueOn")))});
        }
        page.milestonesPage = pageInfo(milestoneConnection);
    });
}

ViewerInfo GitHubParsers::parseViewer(const QByteArray &json)
{
    return readPage<ViewerInfo>(json, [](const Envelope &envelope, ViewerInfo &viewer) {
        const auto object = envelope.value("viewer").toObject();
        viewer.login = object.value(QLatin1StringView("login")).toString();
        viewer.name = object.value(QLatin1StringView("name")).toString();
        if (viewer.login.isEmpty())
            viewer.error = {ApiError::Kind::GraphQL, 0,
                tr("GitHub did not say who the token belongs to: %1")
                    .arg(GitHubErrors::messages(envelope.errors))};
    });
}

RepositoryListPage GitHubParsers::parseViewerRepositories(const QByteArray &json, const QString &host)
{
    return readPage<RepositoryListPage>(json, [&](const Envelope &envelope, RepositoryListPage &page) {
        const auto connection
            = envelope.value("viewer").toObject().value(QLatin1StringView("repositories")).toObject();
        if (connection.isEmpty()) {
            page.error = {ApiError::Kind::GraphQL, 0,
                tr("GitHub did not list the repositories: %1").arg(GitHubErrors::messages(envelope.errors))};
            return;
        }
        for (const auto &node : nodes(connection)) {
            const auto repository = repositoryFromNameWithOwner(
                host, node.toObject().value(QLatin1StringView("nameWithOwner")).toString());
            if (repository.isValid())
                page.repositories.append(repository);
        }
        page.page = pageInfo(connection);
    });
}

namespace {
GitHubParsers::ReleaseInfo releaseFrom(const QJsonObject &object)
{
    GitHubParsers::ReleaseInfo info;
    info.found = true;
    info.isDraft = object.value(QLatin1StringView("draft")).toBool();
    info.id = object.value(QLatin1StringView("id")).toInteger();
    info.htmlUrl = QUrl(object.value(QLatin1StringView("html_url")).toString());
    return info;
}

ApiError notARelease()
{
    return {ApiError::Kind::Malformed, 0,
        QCoreApplication::translate("ReleaseDesk::GitHubParsers",
            "GitHub's answer about releases is not the JSON expected; try again, and report it if it "
            "persists.")};
}
} // namespace

GitHubParsers::ReleaseInfo GitHubParsers::parseRelease(const QByteArray &json)
{
    const auto document = QJsonDocument::fromJson(json);
    if (!document.isObject() || !document.object().value(QLatin1StringView("id")).isDouble())
        return {notARelease()};
    return releaseFrom(document.object());
}

GitHubParsers::ReleaseInfo GitHubParsers::parseReleaseWithTag(const QByteArray &json, const QString &tagName)
{
    const auto document = QJsonDocument::fromJson(json);
    if (!document.isArray())
        return {notARelease()};
    for (const auto &value : document.array()) {
        const auto object = value.toObject();
        if (object.value(QLatin1StringView("tag_name")).toString() == tagName)
            return releaseFrom(object);
    }
    return {};
}

std::optional<QList<PublishedRelease>> GitHubParsers::parsePublishedReleases(const QByteArray &json)
{
    const auto document = QJsonDocument::fromJson(json);
    if (!document.isArray())
        return std::nullopt;
    QList<PublishedRelease> releases;
    for (const auto &value : document.array()) {
        const auto object = value.toObject();
        if (!object.value(QLatin1StringView("tag_name")).isString())
            continue; // nothing release-drafter could compare
        releases.append({object.value(QLatin1StringView("tag_name")).toString(),
            object.value(QLatin1StringView("name")).toString(),
            object.value(QLatin1StringView("draft")).toBool(),
            object.value(QLatin1StringView("prerelease")).toBool(),
            QDateTime::fromString(object.value(QLatin1StringView("created_at")).toString(), Qt::ISODate)});
    }
    return releases;
}

} // namespace ReleaseDesk::Api
