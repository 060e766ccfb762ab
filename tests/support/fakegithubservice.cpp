#include "fakegithubservice.h"

#include "api/githubparsers.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

namespace ReleaseDesk::Testing {

using namespace Api;

namespace {

const int fakeLimit = 5000;

/// Pages of `list` after the cursor (an offset, as text).
template<typename T>
QList<T> pageOf(const QList<T> &list, const QString &after, int size, PageInfo &info)
{
    const auto from = std::clamp(after.isEmpty() ? 0 : after.toInt(), 0, int(list.size()));
    const auto count = std::clamp(size, 1, 100);
    info.totalCount = int(list.size());
    info.hasNextPage = from + count < list.size();
    info.endCursor = QString::number(std::min<qsizetype>(from + count, list.size()));
    return list.mid(from, count);
}

ApiError notFound(const QString &what)
{
    return {
        ApiError::Kind::NotFound, 404, QStringLiteral("GitHub does not know %1 (404: Not Found).").arg(what)};
}

} // namespace

FakeGitHubService::FakeGitHubService(const QString &host, QObject *parent)
    : FakeGitHubService(std::make_shared<Data>(), host, {})
{
    setParent(parent);
}

FakeGitHubService::FakeGitHubService(std::shared_ptr<Data> data, const QString &host, ApiError tokenError)
    : m_data(std::move(data))
    , m_host(*GitHubHost::fromUserInput(host))
    , m_tokenError(std::move(tokenError))
{ }

FakeGitHubService::~FakeGitHubService() = default;

GitHubServiceFactory FakeGitHubService::factory(const QStringList &tokens)
{
    return [data = m_data, tokens](const GitHubHost &host, const QString &token) {
        ApiError refused;
        if (!tokens.isEmpty() && !tokens.contains(token))
            refused = {ApiError::Kind::Unauthorized, 401,
                QStringLiteral("GitHub rejected the token (401 Bad credentials).")};
        return std::unique_ptr<GitHubService>(new FakeGitHubService(data, host.name, refused));
    };
}

void FakeGitHubService::addRepository(
    const RepositoryRef &repository, const QList<Label> &labels, const QList<Milestone> &milestones)
{
    Repository added;
    added.ref = repository;
    added.ref.host = m_host.name;
    added.labels = labels;
    added.milestones = milestones;
    m_data->repositories.append(added);
}

FakeGitHubService::Repository *FakeGitHubService::repository(const RepositoryRef &ref)
{
    for (auto &repository : m_data->repositories) {
        if (repository.ref.owner.compare(ref.owner, Qt::CaseInsensitive) == 0
            && repository.ref.name.compare(ref.name, Qt::CaseInsensitive) == 0)
            return &repository;
    }
    return nullptr;
}

void FakeGitHubService::addItems(const QList<Item> &items, const QList<TimelineEvent> &events)
{
    for (auto item : items) {
        auto *into = repository(item.key.repository);
        Q_ASSERT_X(into, "FakeGitHubService", "add the item's repository first");
        if (!into)
            continue;
        item.key.repository.host = m_host.name;
        for (auto &link : item.links)
            link.target.repository.host = m_host.name;
        into->items.append(item);
    }
    for (auto event : events) {
        if (auto *into = repository(event.item.repository)) {
            event.item.repository.host = m_host.name;
            into->events.append(event);
        }
    }
}

void FakeGitHubService::addBranch(const BranchCi &branch)
{
    if (auto *into = repository(branch.repository)) {
        auto added = branch;
        added.repository.host = m_host.name;
        into->branches.insert(branch.branch, added);
    }
}

void FakeGitHubService::addBranchHistory(const BranchHistory &history)
{
    if (auto *into = repository(history.repository)) {
        auto added = history;
        added.repository.host = m_host.name;
        into->histories.insert(history.branch, added);
    }
}

void FakeGitHubService::addRelease(const RepositoryRef &repository, const PublishedRelease &release)
{
    if (auto *into = this->repository(repository)) {
        into->releases.append(release);
        into->releaseIds.insert(release.tagName, m_data->nextReleaseId++);
    }
}

void FakeGitHubService::setViewer(const QString &login, const QString &name, const QStringList &scopes)
{
    m_data->login = login;
    m_data->name = name;
    m_data->scopes = scopes;
}

bool FakeGitHubService::loadFixture(const QString &path, const RepositoryRef &repository, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const auto body = file.readAll();
    const auto data = QJsonDocument::fromJson(body).object().value(u"data").toObject();
    const auto answered = data.value(u"repository").toObject();
    if (!this->repository(repository))
        addRepository(repository, {}, {});
    auto *into = this->repository(repository);
    if (answered.contains(u"milestone")) {
        const auto page = GitHubParsers::parseReleaseItems(body, into->ref);
        if (page.error) {
            if (error)
                *error = page.error.message;
            return false;
        }
        const auto milestone = answered.value(u"milestone").toObject();
        const auto number = milestone.value(u"number").toInt();
        if (std::none_of(into->milestones.cbegin(), into->milestones.cend(),
                [number](const Milestone &known) { return known.number == number; }))
            into->milestones.append({number, milestone.value(u"title").toString(), true, {}});
        addItems(page.items, page.events);
        for (const auto &branch : page.branches)
            addBranch(branch);
        return true;
    }
    if (answered.contains(u"labels") || answered.contains(u"milestones")) {
        const auto page = GitHubParsers::parseRepositoryMeta(body);
        if (page.error) {
            if (error)
                *error = page.error.message;
            return false;
        }
        into->labels += page.labels;
        into->milestones += page.milestones;
        return true;
    }
    if (error)
        *error = QStringLiteral("%1 is neither a ReleaseItems nor a RepositoryMeta answer").arg(path);
    return false;
}

std::optional<Item> FakeGitHubService::item(const ItemKey &key) const
{
    for (const auto &repository : std::as_const(m_data->repositories)) {
        for (const auto &item : repository.items) {
            if (item.key.number == key.number && item.key.repository.fullName() == key.repository.fullName())
                return item;
        }
    }
    return std::nullopt;
}

QList<PublishedRelease> FakeGitHubService::releases(const RepositoryRef &repository) const
{
    for (const auto &known : std::as_const(m_data->repositories)) {
        if (known.ref.fullName() == repository.fullName())
            return known.releases;
    }
    return {};
}

void FakeGitHubService::later(QObject *context, std::function<void(bool cancelled)> deliver)
{
    const auto id = ++m_nextAnswer;
    m_pending.insert(id, {QPointer<QObject>(context), context != nullptr, std::move(deliver)});
    QTimer::singleShot(0, this, [this, id] {
        const auto pending = m_pending.take(id);
        if (pending.deliver && (!pending.hasContext || pending.context))
            pending.deliver(false);
    });
}

template<typename Result>
void FakeGitHubService::answer(QObject *context, std::function<void(const Result &)> done, Result result)
{
    later(context, [done = std::move(done), result = std::move(result)](bool cancelled) {
        if (!cancelled)
            return done(result);
        const ApiError error {ApiError::Kind::Cancelled, 0, QStringLiteral("Cancelled.")};
        if constexpr (std::is_same_v<Result, ApiError>) {
            done(error);
        } else {
            Result dropped;
            dropped.error = error;
            done(dropped);
        }
    });
}

RateLimitStatus FakeGitHubService::spend()
{
    ++m_statistics.requests;
    ++m_statistics.points;
    if (!m_rate.isKnown())
        m_rate = {fakeLimit, fakeLimit, 0, 0, QDateTime::currentDateTimeUtc().addSecs(3600)};
    m_rate.lastCost = 1;
    --m_rate.remaining;
    ++m_rate.used;
    const auto rate = m_rate;
    QTimer::singleShot(0, this, [this, rate] { Q_EMIT rateLimitChanged(rate); });
    return rate;
}

ApiError FakeGitHubService::readError() const
{
    return m_tokenError ? m_tokenError : m_data->readError;
}

ApiError FakeGitHubService::writeError(const IssueEdit &edit) const
{
    if (m_tokenError)
        return m_tokenError;
    if (m_data->writeError)
        return m_data->writeError;
    for (const auto &refusal : std::as_const(m_data->itemErrors)) {
        if (refusal.item == edit.item && (!refusal.kind || *refusal.kind == edit.kind))
            return refusal.error;
    }
    return {};
}

void FakeGitHubService::fetchViewer(QObject *context, std::function<void(const ViewerInfo &)> done)
{
    m_data->requests.append(QStringLiteral("Viewer"));
    ViewerInfo viewer;
    viewer.error = readError();
    if (!viewer.error) {
        viewer.rate = spend();
        viewer.login = m_data->login;
        viewer.name = m_data->name;
        m_scopes = m_data->scopes;
        m_scopesKnown = true;
    }
    answer(context, std::move(done), viewer);
}

void FakeGitHubService::fetchReleaseItems(
    const ReleaseItemsRequest &request, QObject *context, std::function<void(const ReleaseItemsPage &)> done)
{
    m_data->requests.append(QStringLiteral("ReleaseItems"));
    ReleaseItemsPage page;
    page.error = readError();
    auto *repository = this->repository(request.repository);
    if (!page.error && !repository) {
        page.repositoryFound = false;
        page.milestoneFound = false;
    } else if (!page.error) {
        page.rate = spend();
        const auto milestone = std::find_if(repository->milestones.cbegin(), repository->milestones.cend(),
            [&](const Milestone &known) { return known.number == request.milestoneNumber; });
        page.milestoneFound = milestone != repository->milestones.cend();
        if (page.milestoneFound) {
            QList<Item> issues;
            QList<Item> pullRequests;
            for (const auto &item : std::as_const(repository->items)) {
                if (item.milestone == milestone->title)
                    (item.isPullRequest() ? pullRequests : issues).append(item);
            }
            const auto newestFirst = [](const Item &a, const Item &b) { return a.updatedAt > b.updatedAt; };
            std::stable_sort(issues.begin(), issues.end(), newestFirst);
            std::stable_sort(pullRequests.begin(), pullRequests.end(), newestFirst);
            if (request.withIssues)
                page.items += pageOf(issues, request.issuesAfter, request.pageSize, page.issues);
            if (request.withPullRequests)
                page.items
                    += pageOf(pullRequests, request.pullRequestsAfter, request.pageSize, page.pullRequests);
            for (const auto &event : std::as_const(repository->events)) {
                if (std::any_of(page.items.cbegin(), page.items.cend(),
                        [&](const Item &item) { return item.key == event.item; }))
                    page.events.append(event);
            }
        }
        if (request.withBranches) {
            for (const auto &name : {request.releaseBranch, request.mainBranch}) {
                if (name.isEmpty())
                    continue;
                auto branch = repository->branches.value(name);
                if (branch.branch.isEmpty()) {
                    branch.repository = repository->ref;
                    branch.branch = name;
                    branch.found = false;
                }
                page.branches.append(branch);
            }
        }
    }
    answer(context, std::move(done), page);
}

void FakeGitHubService::fetchCompareRange(
    const CompareRangeRequest &request, QObject *context, std::function<void(const CompareRangePage &)> done)
{
    m_data->requests.append(QStringLiteral("CompareRange"));
    CompareRangePage page;
    page.error = readError();
    if (!page.error) {
        page.rate = spend();
        // The fake keeps no commits: a range it is asked for has no ends.
        page.fromFound = false;
        page.toFound = false;
        Q_UNUSED(request)
    }
    answer(context, std::move(done), page);
}

void FakeGitHubService::fetchBranchPullRequests(const BranchPullRequestsRequest &request, QObject *context,
    std::function<void(const BranchPullRequestsPage &)> done)
{
    m_data->requests.append(QStringLiteral("BranchPullRequests"));
    BranchPullRequestsPage page;
    page.error = readError();
    auto *repository = this->repository(request.repository);
    if (!page.error && !repository) {
        page.repositoryFound = false;
    } else if (!page.error) {
        page.rate = spend();
        // GitHub's filters: the base branch, the states asked for, any of the labels. The fake keeps
        // no comments.
        const auto stateName = [](const Item &item) {
            switch (item.state) {
            case Item::State::Open:
                return QStringLiteral("OPEN");
            case Item::State::Merged:
                return QStringLiteral("MERGED");
            default:
                return QStringLiteral("CLOSED");
            }
        };
        QList<Item> pullRequests;
        for (const auto &item : std::as_const(repository->items)) {
            if (!item.isPullRequest() || item.baseRef != request.branch)
                continue;
            if (!request.states.isEmpty() && !request.states.contains(stateName(item)))
                continue;
            if (!request.labels.isEmpty()
                && std::none_of(request.labels.cbegin(), request.labels.cend(),
                    [&](const QString &label) { return item.hasLabel(label); }))
                continue;
            pullRequests.append(item);
        }
        std::stable_sort(pullRequests.begin(), pullRequests.end(),
            [](const Item &a, const Item &b) { return a.updatedAt > b.updatedAt; });
        page.items = pageOf(pullRequests, request.after, request.pageSize, page.pullRequests);
    }
    answer(context, std::move(done), page);
}

void FakeGitHubService::fetchItemConnections(
    const ItemFollowUp &item, QObject *context, std::function<void(const ItemConnectionsPage &)> done)
{
    // Its pages hold every label, context and event of an item: nothing is ever followed up.
    m_data->requests.append(QStringLiteral("ItemConnections"));
    ItemConnectionsPage page;
    page.error = readError();
    if (!page.error)
        page.error = notFound(item.key.reference());
    answer(context, std::move(done), page);
}

void FakeGitHubService::fetchBranchHistory(const BranchHistoryRequest &request, QObject *context,
    std::function<void(const BranchHistoryPage &)> done)
{
    m_data->requests.append(QStringLiteral("BranchHistory"));
    BranchHistoryPage page;
    page.error = readError();
    auto *repository = this->repository(request.repository);
    if (!page.error && !repository)
        page.error = notFound(request.repository.fullName());
    if (!page.error) {
        page.rate = spend();
        for (const auto &name : {request.releaseBranch, request.mainBranch}) {
            if (name.isEmpty())
                continue;
            auto history = repository->histories.value(name);
            if (history.branch.isEmpty()) {
                history.repository = repository->ref;
                history.branch = name;
                history.found = repository->branches.contains(name);
            }
            history.commits = history.commits.mid(0, std::clamp(request.depth, 1, 100));
            page.branches.append(history);
        }
    }
    answer(context, std::move(done), page);
}

void FakeGitHubService::fetchRepositoryMeta(const RepositoryMetaRequest &request, QObject *context,
    std::function<void(const RepositoryMetaPage &)> done)
{
    m_data->requests.append(QStringLiteral("RepositoryMeta"));
    RepositoryMetaPage page;
    page.error = readError();
    auto *repository = this->repository(request.repository);
    if (!page.error && !repository)
        page.repositoryFound = false;
    else if (!page.error) {
        page.rate = spend();
        if (request.withLabels)
            page.labels = pageOf(repository->labels, request.labelsAfter, 100, page.labelsPage);
        if (request.withMilestones)
            page.milestones
                = pageOf(repository->milestones, request.milestonesAfter, 100, page.milestonesPage);
    }
    answer(context, std::move(done), page);
}

void FakeGitHubService::fetchViewerRepositories(
    const QString &after, QObject *context, std::function<void(const RepositoryListPage &)> done)
{
    m_data->requests.append(QStringLiteral("ViewerRepositories"));
    RepositoryListPage page;
    page.error = readError();
    if (!page.error) {
        page.rate = spend();
        QList<RepositoryRef> all;
        for (const auto &repository : std::as_const(m_data->repositories))
            all.append(repository.ref);
        page.repositories = pageOf(all, after, 100, page.page);
    }
    answer(context, std::move(done), page);
}

void FakeGitHubService::editIssue(
    const IssueEdit &edit, QObject *context, std::function<void(const ApiError &)> done)
{
    m_data->requests.append(QStringLiteral("editIssue"));
    auto error = writeError(edit);
    auto *repository = this->repository(edit.item.repository);
    Item *item = nullptr;
    if (repository) {
        for (auto &known : repository->items) {
            if (known.key.number == edit.item.number)
                item = &known;
        }
    }
    if (!error && !item)
        error = notFound(edit.item.reference());
    using Kind = IssueEdit::Kind;
    if (!error && edit.kind == Kind::SetMilestone
        && std::none_of(repository->milestones.cbegin(), repository->milestones.cend(),
            [&](const Milestone &known) { return known.number == edit.milestoneNumber; }))
        error
            = {ApiError::Kind::GraphQL, 422, QStringLiteral("GitHub rejected the change as invalid (422).")};
    if (!error) {
        ++m_statistics.requests;
        m_data->edits.append(edit);
        const auto now = QDateTime::currentDateTimeUtc();
        switch (edit.kind) {
        case Kind::AddLabel:
            if (!item->hasLabel(edit.value)) {
                auto label = std::find_if(repository->labels.cbegin(), repository->labels.cend(),
                    [&](const Label &known) { return known.name == edit.value; });
                item->labels.append(label != repository->labels.cend() ? *label : Label {edit.value, {}, {}});
            }
            break;
        case Kind::RemoveLabel:
            item->labels.removeIf([&](const Label &label) { return label.name == edit.value; });
            break;
        case Kind::SetMilestone:
            for (const auto &milestone : std::as_const(repository->milestones)) {
                if (milestone.number == edit.milestoneNumber)
                    item->milestone = milestone.title;
            }
            break;
        case Kind::ClearMilestone:
            item->milestone.clear();
            break;
        case Kind::Assign:
            if (!item->assignees.contains(edit.value))
                item->assignees.append(edit.value);
            break;
        case Kind::Unassign:
            item->assignees.removeAll(edit.value);
            break;
        case Kind::Comment:
            break;
        case Kind::Close:
            if (item->state == Item::State::Open) {
                item->state = Item::State::Closed;
                item->closedAt = now;
            }
            break;
        case Kind::Reopen:
            if (item->state == Item::State::Closed) {
                item->state = Item::State::Open;
                item->closedAt = {};
            }
            break;
        }
        item->updatedAt = now;
    }
    answer(context, std::move(done), error);
}

void FakeGitHubService::createIssue(
    const NewIssue &issue, QObject *context, std::function<void(const ApiError &)> done)
{
    m_data->requests.append(QStringLiteral("createIssue"));
    auto error = m_tokenError ? m_tokenError : m_data->writeError;
    if (!error && !repository(issue.repository))
        error = notFound(issue.repository.fullName());
    if (!error) {
        ++m_statistics.requests;
        m_data->createdIssues.append(issue);
    }
    answer(context, std::move(done), error);
}

void FakeGitHubService::publishReleaseDraft(
    const ReleaseDraft &draft, QObject *context, std::function<void(const ReleaseDraftResult &)> done)
{
    m_data->requests.append(QStringLiteral("publishReleaseDraft"));
    ReleaseDraftResult result;
    result.error = m_tokenError ? m_tokenError : m_data->writeError;
    auto *repository = this->repository(draft.repository);
    if (!result.error && !repository)
        result.error = notFound(draft.repository.fullName());
    if (!result.error && draft.tagName.isEmpty())
        result.error = {ApiError::Kind::GraphQL, 422,
            QStringLiteral("GitHub rejected the change as invalid (422: Validation Failed).")};
    if (!result.error) {
        auto existing = std::find_if(repository->releases.begin(), repository->releases.end(),
            [&](const PublishedRelease &release) { return release.tagName == draft.tagName; });
        if (existing != repository->releases.end() && !existing->draft) {
            result.error = {ApiError::Kind::Forbidden, 0,
                QStringLiteral("%1 already has a published release for %2.")
                    .arg(draft.repository.fullName(), draft.tagName)};
        } else {
            ++m_statistics.requests;
            m_data->drafts.append(draft);
            result.created = existing == repository->releases.end();
            if (result.created) {
                repository->releases.append(
                    {draft.tagName, draft.name, true, false, QDateTime::currentDateTimeUtc()});
                repository->releaseIds.insert(draft.tagName, m_data->nextReleaseId++);
            } else {
                existing->name = draft.name;
            }
            result.releaseId = repository->releaseIds.value(draft.tagName);
            result.htmlUrl = QUrl(QStringLiteral("https://%1/%2/releases/tag/%3")
                                      .arg(m_host.name, draft.repository.fullName(), draft.tagName));
        }
    }
    answer(context, std::move(done), result);
}

void FakeGitHubService::fetchPublishedReleases(const RepositoryRef &repository, QObject *context,
    std::function<void(const PublishedReleasesResult &)> done)
{
    m_data->requests.append(QStringLiteral("PublishedReleases"));
    PublishedReleasesResult result;
    result.error = readError();
    auto *known = this->repository(repository);
    if (!result.error && !known)
        result.error = notFound(repository.fullName());
    if (!result.error) {
        spend();
        result.releases = known->releases;
    }
    answer(context, std::move(done), result);
}

void FakeGitHubService::cancelAll()
{
    // Answers not delivered yet are dropped; their callers hear Cancelled, as from the real client.
    const auto pending = std::exchange(m_pending, {});
    for (const auto &waiting : pending) {
        if (!waiting.hasContext || waiting.context)
            waiting.deliver(true);
    }
}

} // namespace ReleaseDesk::Testing
