#pragma once

#include "api/branchci.h"
#include "api/branchhistory.h"
#include "api/githubparsers.h"
#include "api/item.h"
#include "api/label.h"
#include "api/milestone.h"
#include "api/timelineevent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace ReleaseDesk::Testing {

/// Unsets the GitHub tokens the environment may hold, so that a test signs in to the fake GitHub
/// only with what it gives and never with a developer's or CI's token.
inline void unsetGitHubTokens()
{
    for (const auto *name : {"GITHUB_TOKEN", "GH_TOKEN", "GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN"})
        qunsetenv(name);
}

/// Builds the fake server's data set from the app's own value types, so a test can sync a data
/// set and compare what the store holds with what it started from.
class FakeGitHubData
{
public:
    void addRepository(const Api::RepositoryRef &repository, const QList<Api::Label> &labels,
        const QList<Api::Milestone> &milestones);
    void addItems(const QList<Api::Item> &items, const QList<Api::TimelineEvent> &events);
    /// Comments on items added before (oldest first per item), as GraphQL's `comments` lists them.
    void addComments(const QList<Api::ItemComment> &comments);
    void addBranch(const Api::BranchCi &branch);
    /// The branch's commits with their CI runs (re-runs included), newest first; call after addBranch.
    void addBranchHistory(const Api::BranchHistory &history);
    void addToken(const QString &token, const QString &login, const QString &scopes,
        const QString &ssoOrganisation = {});
    QJsonObject toJson() const;

    /// One item in the fake's format (for /_fake/items updates).
    static QJsonObject itemJson(const Api::Item &item, const QList<Api::Milestone> &milestones,
        const QList<Api::TimelineEvent> &events);

private:
    QJsonObject m_tokens;
    QList<QJsonObject> m_repositories;
    QHash<QString, QList<Api::Milestone>> m_milestones;
    QHash<QString, QSet<QString>> m_required;
};

/// The fake GitHub (tests/fakegithub/server.js) on a loopback port, for one test.
class FakeGitHub
{
public:
    FakeGitHub() = default;
    ~FakeGitHub();

    /// Serves the same data over TLS too (for clients that only speak https to an Enterprise host, like
    /// gh), with this certificate and key (PEM). Call before start().
    void setTls(const QString &certificatePath, const QString &keyPath)
    {
        m_certificate = certificatePath;
        m_key = keyPath;
    }
    /// Starts node with the data set; false (and a message in error()) when node or graphql-js is missing.
    bool start(const QJsonObject &dataSet);
    QUrl url() const { return m_url; }
    /// https://127.0.0.1:PORT when setTls() was called.
    QUrl tlsUrl() const { return m_tlsUrl; }
    QString error() const { return m_error; }

    /// Control calls, synchronous.
    QJsonObject post(const QString &path, const QJsonObject &body);
    QJsonObject stats();
    void resetStats() { post(QStringLiteral("/_fake/stats"), {{QStringLiteral("reset"), true}}); }
    void setFaults(const QJsonArray &faults)
    {
        post(QStringLiteral("/_fake/faults"), {{QStringLiteral("faults"), faults}});
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    QUrl m_tlsUrl;
    QString m_certificate;
    QString m_key;
    QString m_error;
};

/// A demo workspace (Models::DemoWorkspace: release, labels, milestones, items, events, branchCi)
/// as the fake's data set; a template so this library needs no link to the models layer.
template<typename Demo>
FakeGitHubData fakeDataFrom(const Demo &demo, bool withItems = true)
{
    FakeGitHubData data;
    for (const auto &entry : demo.release.repositories)
        data.addRepository(
            entry.repository, demo.labels.value(entry.repository), demo.milestones.value(entry.repository));
    if (withItems)
        data.addItems(demo.items, demo.events);
    for (const auto &branch : demo.branchCi) {
        if (branch.found) // a branch not cut yet is one GitHub does not have
            data.addBranch(branch);
    }
    for (const auto &history : demo.branchHistories)
        data.addBranchHistory(history);
    if (withItems) {
        QList<Api::ItemComment> comments;
        for (const auto &comment : demo.cherryPickComments)
            comments.append({comment.fix, comment.author, comment.at, comment.url, comment.body});
        data.addComments(comments);
    }
    return data;
}

/// The items of a demo release as the GitHub GraphQL API can return them: links GitHub does not
/// store (cherry-picks) dropped, unset merge states as GitHub reports them.
Api::Item asGitHubReturnsIt(Api::Item item);

} // namespace ReleaseDesk::Testing
