#include "fakegithub.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace ReleaseDesk::Testing {

using namespace Api;

namespace {
QString iso(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODate) : QString();
}

bool isCheckStatus(const QString &state)
{
    static const QStringList statuses = {QStringLiteral("QUEUED"), QStringLiteral("IN_PROGRESS"),
        QStringLiteral("WAITING"), QStringLiteral("PENDING"), QStringLiteral("REQUESTED")};
    return statuses.contains(state);
}

QJsonObject contextJson(const CiContext &context)
{
    if (context.source == CiContext::Source::CheckRun) {
        const bool running = isCheckStatus(context.rawState);
        return {{QStringLiteral("__typename"), QStringLiteral("CheckRun")},
            {QStringLiteral("name"), context.name},
            {QStringLiteral("status"), running ? context.rawState : QStringLiteral("COMPLETED")},
            {QStringLiteral("conclusion"), running ? QJsonValue() : QJsonValue(context.rawState)},
            {QStringLiteral("detailsUrl"),
                context.url.isEmpty() ? QJsonValue() : QJsonValue(context.url.toString())},
            {QStringLiteral("completedAt"),
                context.completedAt.isValid() ? QJsonValue(iso(context.completedAt)) : QJsonValue()}};
    }
    return {{QStringLiteral("__typename"), QStringLiteral("StatusContext")},
        {QStringLiteral("context"), context.name}, {QStringLiteral("state"), context.rawState},
        {QStringLiteral("targetUrl"),
            context.url.isEmpty() ? QJsonValue() : QJsonValue(context.url.toString())},
        {QStringLiteral("createdAt"),
            context.completedAt.isValid() ? QJsonValue(iso(context.completedAt)) : QJsonValue()}};
}
} // namespace

void FakeGitHubData::addRepository(
    const RepositoryRef &repository, const QList<Label> &labels, const QList<Milestone> &milestones)
{
    QJsonArray labelArray;
    for (const auto &label : labels)
        labelArray.append(QJsonObject {{QStringLiteral("name"), label.name},
            {QStringLiteral("color"), label.color}, {QStringLiteral("description"), label.description}});
    QJsonArray milestoneArray;
    for (const auto &milestone : milestones)
        milestoneArray.append(QJsonObject {{QStringLiteral("number"), milestone.number},
            {QStringLiteral("title"), milestone.title},
            {QStringLiteral("state"), milestone.open ? QStringLiteral("OPEN") : QStringLiteral("CLOSED")},
            {QStringLiteral("dueOn"),
                milestone.dueOn.isValid() ? QJsonValue(iso(milestone.dueOn)) : QJsonValue()}});
    m_repositories.append(
        {{QStringLiteral("owner"), repository.owner}, {QStringLiteral("name"), repository.name},
            {QStringLiteral("labels"), labelArray}, {QStringLiteral("milestones"), milestoneArray},
            {QStringLiteral("items"), QJsonArray()}, {QStringLiteral("branches"), QJsonObject()}});
    m_milestones.insert(repository.fullName(), milestones);
}

QJsonObject FakeGitHubData::itemJson(
    const Item &item, const QList<Milestone> &milestones, const QList<TimelineEvent> &events)
{
    QJsonObject object {
        {QStringLiteral("kind"),
            item.isPullRequest() ? QStringLiteral("PullRequest") : QStringLiteral("Issue")},
        {QStringLiteral("number"), item.key.number},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("body"), item.body},
        {QStringLiteral("state"), itemStateToString(item.state)},
        {QStringLiteral("createdAt"), iso(item.createdAt)},
        {QStringLiteral("updatedAt"), iso(item.updatedAt)},
        {QStringLiteral("author"), item.author},
        {QStringLiteral("isDraft"), item.isDraft},
    };
    if (!item.stateReason.isEmpty())
        object.insert(QStringLiteral("stateReason"), item.stateReason);
    if (item.closedAt.isValid())
        object.insert(QStringLiteral("closedAt"), iso(item.closedAt));
    if (item.mergedAt.isValid())
        object.insert(QStringLiteral("mergedAt"), iso(item.mergedAt));
    for (const auto &milestone : milestones) {
        if (milestone.title == item.milestone)
            object.insert(QStringLiteral("milestone"), milestone.number);
    }
    QJsonArray labels;
    for (const auto &label : item.labels)
        labels.append(label.name);
    object.insert(QStringLiteral("labels"), labels);
    object.insert(QStringLiteral("assignees"), QJsonArray::fromStringList(item.assignees));
    if (item.isPullRequest()) {
        object.insert(QStringLiteral("baseRefName"), item.baseRef);
        object.insert(QStringLiteral("headRefName"), item.headRef);
        if (!item.reviewDecision.isEmpty())
            object.insert(QStringLiteral("reviewDecision"), item.reviewDecision);
        if (!item.mergeable.isEmpty())
            object.insert(QStringLiteral("mergeable"), item.mergeable);
        if (!item.mergeStateStatus.isEmpty())
            object.insert(QStringLiteral("mergeStateStatus"), item.mergeStateStatus);
        QJsonArray closes;
        for (const auto &link : item.links) {
            if (link.kind == ItemLink::Kind::Closes)
                closes.append(QJsonObject {{QStringLiteral("repo"), link.target.repository.fullName()},
                    {QStringLiteral("number"), link.target.number}});
        }
        object.insert(QStringLiteral("closes"), closes);
        QJsonArray reviews;
        for (const auto &review : item.reviews)
            reviews.append(QJsonObject {{QStringLiteral("author"), review.author},
                {QStringLiteral("state"), review.state},
                {QStringLiteral("submittedAt"), iso(review.submittedAt)}});
        object.insert(QStringLiteral("reviews"), reviews);
        QJsonArray contexts;
        for (const auto &context : item.ciContexts)
            contexts.append(contextJson(context));
        object.insert(QStringLiteral("contexts"), contexts);
    }
    QJsonArray timeline;
    for (const auto &event : events) {
        QJsonObject entry {{QStringLiteral("__typename"),
                               event.rawKind.isEmpty() ? typeNameForTimelineKind(event.kind) : event.rawKind},
            {QStringLiteral("createdAt"), iso(event.at)}, {QStringLiteral("actor"), event.actor}};
        switch (event.kind) {
        case TimelineEvent::Kind::Labeled:
        case TimelineEvent::Kind::Unlabeled:
            entry.insert(QStringLiteral("label"), event.detail);
            break;
        case TimelineEvent::Kind::Milestoned:
        case TimelineEvent::Kind::Demilestoned:
            entry.insert(QStringLiteral("milestoneTitle"), event.detail);
            break;
        case TimelineEvent::Kind::Merged:
            entry.insert(QStringLiteral("mergeRefName"), event.detail);
            break;
        case TimelineEvent::Kind::CrossReferenced: {
            const auto hash = event.detail.indexOf(QLatin1Char('#'));
            entry.insert(QStringLiteral("source"),
                QJsonObject {{QStringLiteral("kind"), QStringLiteral("PullRequest")},
                    {QStringLiteral("repo"), event.detail.left(hash)},
                    {QStringLiteral("number"), event.detail.mid(hash + 1).toInt()}});
            break;
        }
        default:
            break;
        }
        timeline.append(entry);
    }
    object.insert(QStringLiteral("timeline"), timeline);
    return object;
}

void FakeGitHubData::addItems(const QList<Item> &items, const QList<TimelineEvent> &events)
{
    QHash<ItemKey, QList<TimelineEvent>> eventsByItem;
    for (const auto &event : events)
        eventsByItem[event.item].append(event);
    for (auto &repository : m_repositories) {
        const auto fullName = repository.value(QStringLiteral("owner")).toString() + QLatin1Char('/')
            + repository.value(QStringLiteral("name")).toString();
        auto array = repository.value(QStringLiteral("items")).toArray();
        for (const auto &item : items) {
            if (item.key.repository.fullName() != fullName)
                continue;
            array.append(itemJson(item, m_milestones.value(fullName), eventsByItem.value(item.key)));
            for (const auto &context : item.ciContexts) {
                if (context.required)
                    m_required[fullName].insert(context.name);
            }
        }
        repository.insert(QStringLiteral("items"), array);
    }
}

void FakeGitHubData::addComments(const QList<ItemComment> &comments)
{
    for (auto &repository : m_repositories) {
        const auto fullName = repository.value(QStringLiteral("owner")).toString() + QLatin1Char('/')
            + repository.value(QStringLiteral("name")).toString();
        auto array = repository.value(QStringLiteral("items")).toArray();
        for (qsizetype index = 0; index < array.size(); ++index) {
            auto item = array.at(index).toObject();
            auto list = item.value(QStringLiteral("comments")).toArray();
            for (const auto &comment : comments) {
                if (comment.item.repository.fullName() != fullName
                    || comment.item.number != item.value(QStringLiteral("number")).toInt())
                    continue;
                QJsonObject entry {{QStringLiteral("author"), comment.author},
                    {QStringLiteral("body"), comment.body}, {QStringLiteral("createdAt"), iso(comment.at)}};
                if (comment.url.isValid())
                    entry.insert(QStringLiteral("url"), comment.url.toString());
                list.append(entry);
            }
            item.insert(QStringLiteral("comments"), list);
            array[index] = item;
        }
        repository.insert(QStringLiteral("items"), array);
    }
}

void FakeGitHubData::addBranch(const BranchCi &branch)
{
    for (auto &repository : m_repositories) {
        if (repository.value(QStringLiteral("owner")).toString() != branch.repository.owner
            || repository.value(QStringLiteral("name")).toString() != branch.repository.name)
            continue;
        QJsonArray contexts;
        QJsonArray required;
        for (const auto &context : branch.contexts) {
            contexts.append(contextJson(context));
            if (context.required)
                required.append(context.name);
        }
        auto branches = repository.value(QStringLiteral("branches")).toObject();
        branches.insert(branch.branch,
            QJsonObject {{QStringLiteral("oid"), branch.headSha}, {QStringLiteral("contexts"), contexts},
                {QStringLiteral("required"), required}});
        repository.insert(QStringLiteral("branches"), branches);
    }
}

void FakeGitHubData::addBranchHistory(const BranchHistory &history)
{
    for (auto &repository : m_repositories) {
        if (repository.value(QStringLiteral("owner")).toString() != history.repository.owner
            || repository.value(QStringLiteral("name")).toString() != history.repository.name)
            continue;
        QJsonArray commits;
        for (const auto &commit : history.commits) {
            QJsonArray runs;
            for (const auto &run : commit.runs) {
                auto json
                    = contextJson({run.source, run.context, run.rawState, false, run.url, run.completedAt});
                if (run.source == CiContext::Source::CheckRun) {
                    json.insert(QStringLiteral("databaseId"), run.runId.toLongLong());
                    if (run.startedAt.isValid())
                        json.insert(QStringLiteral("startedAt"), iso(run.startedAt));
                }
                runs.append(json);
            }
            commits.append(QJsonObject {{QStringLiteral("oid"), commit.oid},
                {QStringLiteral("committedDate"), iso(commit.committedAt)}, {QStringLiteral("runs"), runs}});
        }
        auto branches = repository.value(QStringLiteral("branches")).toObject();
        auto branch = branches.value(history.branch).toObject();
        branch.insert(QStringLiteral("history"), commits);
        if (!branch.contains(QStringLiteral("oid")) && !history.commits.isEmpty())
            branch.insert(QStringLiteral("oid"), history.commits.first().oid);
        branches.insert(history.branch, branch);
        repository.insert(QStringLiteral("branches"), branches);
    }
}

void FakeGitHubData::addToken(
    const QString &token, const QString &login, const QString &scopes, const QString &ssoOrganisation)
{
    QJsonObject entry {{QStringLiteral("login"), login}, {QStringLiteral("scopes"), scopes}};
    if (!ssoOrganisation.isEmpty())
        entry.insert(QStringLiteral("sso"), ssoOrganisation);
    m_tokens.insert(token, entry);
}

QJsonObject FakeGitHubData::toJson() const
{
    QJsonArray repositories;
    for (auto repository : m_repositories) {
        const auto fullName = repository.value(QStringLiteral("owner")).toString() + QLatin1Char('/')
            + repository.value(QStringLiteral("name")).toString();
        // Branch protection: the contexts the data marks required, on every branch PRs target.
        QJsonArray required;
        for (const auto &name : m_required.value(fullName))
            required.append(name);
        QJsonObject protection;
        for (const auto &item : repository.value(QStringLiteral("items")).toArray())
            protection.insert(
                item.toObject().value(QStringLiteral("baseRefName")).toString(QStringLiteral("master")),
                required);
        repository.insert(QStringLiteral("protection"), protection);
        repositories.append(repository);
    }
    return {{QStringLiteral("tokens"), m_tokens}, {QStringLiteral("repositories"), repositories}};
}

FakeGitHub::~FakeGitHub()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
}

bool FakeGitHub::start(const QJsonObject &dataSet)
{
    const auto dataPath = m_dir.filePath(QStringLiteral("data.json"));
    QFile file(dataPath);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write the data set");
        return false;
    }
    file.write(QJsonDocument(dataSet).toJson(QJsonDocument::Compact));
    file.close();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    QStringList arguments {QStringLiteral(RELEASEDESK_FAKE_GITHUB), QStringLiteral("--schema"),
        QStringLiteral(RELEASEDESK_TEST_DATA "/github/schema.graphql.gz"), QStringLiteral("--data"),
        dataPath};
    if (!m_certificate.isEmpty())
        arguments << QStringLiteral("--tls-cert") << m_certificate << QStringLiteral("--tls-key") << m_key;
    m_process.start(QStringLiteral("node"), arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start node: %1").arg(m_process.errorString());
        return false;
    }
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(60000)) {
            m_error = QStringLiteral("the fake GitHub did not start: %1")
                          .arg(QString::fromUtf8(m_process.readAllStandardError()));
            return false;
        }
    }
    const auto line = QString::fromUtf8(m_process.readLine()).trimmed();
    if (!line.startsWith(QLatin1StringView("LISTENING "))) {
        m_error = QStringLiteral("unexpected output from the fake GitHub: %1").arg(line);
        return false;
    }
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(line.mid(10)));
    if (!m_certificate.isEmpty()) {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(60000)) {
                m_error = QStringLiteral("the fake GitHub did not serve TLS: %1")
                              .arg(QString::fromUtf8(m_process.readAllStandardError()));
                return false;
            }
        }
        const auto tlsLine = QString::fromUtf8(m_process.readLine()).trimmed();
        if (!tlsLine.startsWith(QLatin1StringView("LISTENING_TLS "))) {
            m_error = QStringLiteral("unexpected output from the fake GitHub: %1").arg(tlsLine);
            return false;
        }
        m_tlsUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(tlsLine.mid(14)));
    }
    return true;
}

QJsonObject FakeGitHub::post(const QString &path, const QJsonObject &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_url.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    auto *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const auto result = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return result;
}

QJsonObject FakeGitHub::stats()
{
    return post(QStringLiteral("/_fake/stats"), {});
}

Item asGitHubReturnsIt(Item item)
{
    item.links.removeIf([](const ItemLink &link) { return link.kind != ItemLink::Kind::Closes; });
    if (item.isPullRequest()) {
        if (item.mergeable.isEmpty())
            item.mergeable = QStringLiteral("UNKNOWN");
        if (item.mergeStateStatus.isEmpty())
            item.mergeStateStatus = QStringLiteral("UNKNOWN");
    }
    return item;
}

} // namespace ReleaseDesk::Testing
