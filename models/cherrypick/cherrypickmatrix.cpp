#include "cherrypick/cherrypickmatrix.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace ReleaseDesk::Models {

using namespace Api;

namespace {
const QString doNotCherryPick = QStringLiteral("do-not-cherry-pick");

QStringList stringList(const QJsonValue &value, const QStringList &fallback)
{
    if (!value.isArray())
        return fallback;
    QStringList result;
    for (const auto &entry : value.toArray()) {
        const auto text = entry.toString().trimmed();
        if (!text.isEmpty() && !result.contains(text))
            result.append(text);
    }
    return result;
}

/// "#123", "owner/repo#123" or a pull request's URL, relative to the repository `base`.
std::optional<ItemKey> keyFrom(const QRegularExpressionMatch &match, const RepositoryRef &base)
{
    // Captures: 1 owner, 2 name, 3 number (URL or owner/repo#N); 4 number (#N).
    if (!match.captured(3).isEmpty()) {
        RepositoryRef repository = base;
        repository.owner = match.captured(1);
        repository.name = match.captured(2);
        return ItemKey {repository, match.captured(3).toInt()};
    }
    if (!match.captured(4).isEmpty())
        return ItemKey {base, match.captured(4).toInt()};
    return std::nullopt;
}

int progress(CherryPickState state)
{
    return int(state);
}
} // namespace

QString CherryPickPolicy::commandFor(const QString &branch) const
{
    const auto text = command.trimmed().isEmpty() ? QStringLiteral("/cherrypick %1") : command.trimmed();
    return text.contains(QLatin1StringView("%1")) ? QString(text).replace(QLatin1StringView("%1"), branch)
                                                  : text + QLatin1Char(' ') + branch;
}

QJsonObject CherryPickPolicy::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("branches"), QJsonArray::fromStringList(maintainedBranches));
    object.insert(QStringLiteral("labels"), QJsonArray::fromStringList(labels));
    object.insert(QStringLiteral("command"), command);
    if (since.isValid())
        object.insert(QStringLiteral("since"), since.toString(Qt::ISODate));
    return object;
}

CherryPickPolicy CherryPickPolicy::fromJson(const QJsonObject &object)
{
    CherryPickPolicy policy;
    policy.maintainedBranches = stringList(object.value(QLatin1StringView("branches")), {});
    policy.labels = stringList(object.value(QLatin1StringView("labels")), policy.labels);
    const auto command = object.value(QLatin1StringView("command")).toString().trimmed();
    if (!command.isEmpty())
        policy.command = command;
    policy.since = QDate::fromString(object.value(QLatin1StringView("since")).toString(), Qt::ISODate);
    return policy;
}

QString CherryPickWords::stateName(CherryPickState state)
{
    switch (state) {
    case CherryPickState::NotNeeded:
        return tr("Not needed");
    case CherryPickState::Missing:
        return tr("Missing");
    case CherryPickState::Requested:
        return tr("Requested");
    case CherryPickState::Conflicts:
        return tr("Conflicts");
    case CherryPickState::OpenPullRequest:
        return tr("Open pull request");
    case CherryPickState::Merged:
        return tr("Merged");
    }
    return tr("Unknown");
}

QString CherryPickWords::stateCode(CherryPickState state)
{
    switch (state) {
    case CherryPickState::NotNeeded:
        return QStringLiteral("not-needed");
    case CherryPickState::Missing:
        return QStringLiteral("missing");
    case CherryPickState::Requested:
        return QStringLiteral("requested");
    case CherryPickState::Conflicts:
        return QStringLiteral("conflicts");
    case CherryPickState::OpenPullRequest:
        return QStringLiteral("open");
    case CherryPickState::Merged:
        return QStringLiteral("merged");
    }
    return QStringLiteral("unknown");
}

QString CherryPickWords::clueName(CherryPickClue clue)
{
    switch (clue) {
    case CherryPickClue::None:
        return {};
    case CherryPickClue::Link:
        return tr("link");
    case CherryPickClue::Title:
        return tr("title");
    case CherryPickClue::HeadBranch:
        return tr("head branch");
    }
    return {};
}

QString CherryPickWords::clueCode(CherryPickClue clue)
{
    switch (clue) {
    case CherryPickClue::None:
        return {};
    case CherryPickClue::Link:
        return QStringLiteral("link");
    case CherryPickClue::Title:
        return QStringLiteral("title");
    case CherryPickClue::HeadBranch:
        return QStringLiteral("head-branch");
    }
    return {};
}

int CherryPickMatrix::count(CherryPickState state, int branch) const
{
    int total = 0;
    for (const auto &row : rows) {
        for (int column = 0; column < row.cells.size(); ++column) {
            if ((branch < 0 || branch == column) && row.cells.at(column).state == state)
                ++total;
        }
    }
    return total;
}

QList<CherryPickNote> parseCherryPickComment(const QString &body)
{
    // Prow's cherrypicker: "/cherrypick release-4.1" (also "/cherry-pick"), its acknowledgement
    // "... I will cherry-pick it on top of release-4.1 in a new PR ...", its failure "#123 failed to
    // apply on top of branch \"release-4.1\"" and its success "new pull request created: #124".
    static const QRegularExpression command(
        QStringLiteral("^[ \\t]*/cherry-?pick[ \\t]+([^\\r\\n]+)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression acknowledged(
        QStringLiteral("I will cherry-pick it on top of (\\S+) in a new PR"));
    static const QRegularExpression failed(
        QStringLiteral("failed to apply on top of branch \"([^\"\\s]+)\""));
    static const QRegularExpression created(QStringLiteral("new pull request created: #(\\d+)"));
    QList<CherryPickNote> notes;
    if (!body.contains(QLatin1StringView("pick"), Qt::CaseInsensitive)
        && !body.contains(QLatin1StringView("pull request created")))
        return notes;
    struct Found
    {
        qsizetype at;
        CherryPickNote note;
    };
    QList<Found> found;
    for (auto it = command.globalMatch(body); it.hasNext();) {
        const auto match = it.next();
        for (const auto &branch : match.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const auto name = branch.trimmed();
            if (!name.isEmpty())
                found.append({match.capturedStart(), {CherryPickNote::Kind::Requested, name, 0}});
        }
    }
    for (auto it = acknowledged.globalMatch(body); it.hasNext();) {
        const auto match = it.next();
        found.append({match.capturedStart(), {CherryPickNote::Kind::Requested, match.captured(1), 0}});
    }
    for (auto it = failed.globalMatch(body); it.hasNext();) {
        const auto match = it.next();
        found.append({match.capturedStart(), {CherryPickNote::Kind::Conflicts, match.captured(1), 0}});
    }
    for (auto it = created.globalMatch(body); it.hasNext();) {
        const auto match = it.next();
        found.append({match.capturedStart(), {CherryPickNote::Kind::Created, {}, match.captured(1).toInt()}});
    }
    std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.at < b.at; });
    for (const auto &entry : std::as_const(found))
        notes.append(entry.note);
    return notes;
}

bool isCherryPickComment(const QString &body)
{
    return !parseCherryPickComment(body).isEmpty();
}

CherryPickReference cherryPickReference(const Item &pullRequest)
{
    CherryPickReference reference;
    if (!pullRequest.isPullRequest())
        return reference;
    const auto &base = pullRequest.key.repository;
    for (const auto &link : pullRequest.links) {
        if (link.kind == ItemLink::Kind::CherryPickOf) {
            reference.fix = link.target;
            reference.clue = CherryPickClue::Link;
            return reference;
        }
    }
    // "Cherry pick of #123 on release-4.1." (the Kubernetes script's body), "cherry-pick of
    // owner/repo#123", "Cherry pick of https://github.com/owner/repo/pull/123".
    static const QRegularExpression byBody(
        QStringLiteral("cherry[- ]?pick(?:ed)? of (?:https?://[^/\\s]+/([\\w.-]+)/([\\w.-]+)/pull/(\\d+)|"
                       "(?:([\\w.-]+)/([\\w.-]+))?#(\\d+))"),
        QRegularExpression::CaseInsensitiveOption);
    if (pullRequest.body.contains(QLatin1StringView("pick"), Qt::CaseInsensitive)) {
        const auto match = byBody.match(pullRequest.body);
        if (match.hasMatch()) {
            RepositoryRef repository = base;
            int number = 0;
            if (!match.captured(3).isEmpty()) {
                repository.owner = match.captured(1);
                repository.name = match.captured(2);
                number = match.captured(3).toInt();
            } else {
                if (!match.captured(5).isEmpty()) {
                    repository.owner = match.captured(4);
                    repository.name = match.captured(5);
                }
                number = match.captured(6).toInt();
            }
            reference.fix = ItemKey {repository, number};
            reference.clue = CherryPickClue::Link;
            return reference;
        }
    }
    // "Automated cherry pick of #123: ...", "cherry-pick #123 ...", "Cherry-pick owner/repo#123".
    static const QRegularExpression byTitle(
        QStringLiteral("cherry[- ]?pick(?:ed)?(?: of)? (?:([\\w.-]+)/([\\w.-]+)#(\\d+)|#(\\d+))"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = byTitle.match(pullRequest.title); match.hasMatch()) {
        reference.fix = keyFrom(match, base);
        reference.clue = CherryPickClue::Title;
        return reference;
    }
    static const QRegularExpression bracket(QStringLiteral("^\\[release-[^\\]]+\\]\\s*(.+)$"));
    if (const auto match = bracket.match(pullRequest.title); match.hasMatch()) {
        reference.originalTitle = match.captured(1).trimmed();
        reference.clue = CherryPickClue::Title;
        return reference;
    }
    // Prow's cherrypicker "cherry-pick-123-to-release-4.1"; the Kubernetes script
    // "automated-cherry-pick-of-#123-upstream-release-4.1".
    static const QRegularExpression byBranch(
        QStringLiteral("^(?:cherry-pick-(\\d+)-to-|automated-cherry-pick-of-#(\\d+)-)"));
    if (const auto match = byBranch.match(pullRequest.headRef); match.hasMatch()) {
        const auto number = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        reference.fix = ItemKey {base, number.toInt()};
        reference.clue = CherryPickClue::HeadBranch;
    }
    return reference;
}

CherryPickMatrix computeCherryPickMatrix(const QList<Item> &items, const QList<CherryPickComment> &comments,
    const CherryPickPolicy &policy, const QString &mainBranch)
{
    const QString main = mainBranch.isEmpty() ? QStringLiteral("master") : mainBranch;
    CherryPickMatrix matrix;
    QHash<QString, int> columnOf;
    for (const auto &branch : policy.maintainedBranches) {
        const auto name = branch.trimmed();
        if (name.isEmpty() || name == main || columnOf.contains(name))
            continue;
        columnOf.insert(name, int(matrix.branches.size()));
        matrix.branches.append(name);
    }
    const QSet<QString> wanted(policy.labels.cbegin(), policy.labels.cend());
    const QDateTime since = policy.since.isValid() ? policy.since.startOfDay(QTimeZone::UTC) : QDateTime();

    // Rows: the fixes, newest merge first.
    QList<const Item *> fixes;
    QSet<ItemKey> seen;
    for (const auto &item : items) {
        if (!item.isPullRequest() || item.state != Item::State::Merged || item.baseRef != main)
            continue;
        if (since.isValid() && item.mergedAt.isValid() && item.mergedAt < since)
            continue;
        if (wanted.isEmpty() || seen.contains(item.key))
            continue;
        if (std::none_of(item.labels.cbegin(), item.labels.cend(),
                [&](const Label &label) { return wanted.contains(label.name); }))
            continue;
        seen.insert(item.key);
        fixes.append(&item);
    }
    std::sort(fixes.begin(), fixes.end(), [](const Item *a, const Item *b) {
        if (a->mergedAt != b->mergedAt)
            return a->mergedAt > b->mergedAt;
        if (a->key.repository.fullName() != b->key.repository.fullName())
            return a->key.repository.fullName() < b->key.repository.fullName();
        return a->key.number > b->key.number;
    });
    QHash<ItemKey, int> rowOf;
    QHash<QPair<RepositoryRef, QString>, int> rowByTitle;
    matrix.rows.reserve(fixes.size());
    const int columns = int(matrix.branches.size());
    for (const auto *fix : std::as_const(fixes)) {
        CherryPickRow row;
        row.fix = fix->key;
        row.title = fix->title;
        row.url = fix->url;
        row.mergedAt = fix->mergedAt;
        for (const auto &label : fix->labels) {
            if (wanted.contains(label.name) && !row.reasons.contains(label.name))
                row.reasons.append(label.name);
        }
        row.cells.resize(columns);
        const bool notNeededAnywhere = fix->hasLabel(doNotCherryPick);
        for (int column = 0; column < columns; ++column) {
            auto &cell = row.cells[column];
            cell.url = fix->url;
            if (notNeededAnywhere
                || fix->hasLabel(QString(doNotCherryPick + QLatin1Char('/') + matrix.branches.at(column))))
                cell.state = CherryPickState::NotNeeded;
        }
        rowOf.insert(fix->key, int(matrix.rows.size()));
        rowByTitle.insert({fix->key.repository, fix->title}, int(matrix.rows.size()));
        matrix.rows.append(row);
    }
    if (matrix.rows.isEmpty() || columns == 0)
        return matrix;

    // The comments: requests and conflicts per cell (the latest wins), and the pull requests the bot
    // says it opened for a fix.
    struct Said
    {
        CherryPickState state = CherryPickState::Missing;
        QDateTime at;
        QUrl url;
    };
    QHash<QPair<int, int>, Said> said;
    QHash<ItemKey, ItemKey> createdFor;
    for (const auto &comment : comments) {
        const auto row = rowOf.find(comment.fix);
        if (row == rowOf.end())
            continue;
        for (const auto &note : parseCherryPickComment(comment.body)) {
            if (note.kind == CherryPickNote::Kind::Created) {
                if (note.pullRequest > 0)
                    createdFor.insert(ItemKey {comment.fix.repository, note.pullRequest}, comment.fix);
                continue;
            }
            const auto column = columnOf.find(note.branch);
            if (column == columnOf.end())
                continue;
            auto &entry = said[{*row, *column}];
            if (entry.at.isValid() && comment.at.isValid() && comment.at < entry.at)
                continue;
            entry = {note.kind == CherryPickNote::Kind::Conflicts ? CherryPickState::Conflicts
                                                                  : CherryPickState::Requested,
                comment.at, comment.url};
        }
    }

    // The pull requests of the maintained branches: the most advanced one of each cell.
    struct Pick
    {
        const Item *item = nullptr;
        CherryPickClue clue = CherryPickClue::None;
    };
    QHash<QPair<int, int>, Pick> picks;
    for (const auto &item : items) {
        if (!item.isPullRequest() || item.state == Item::State::Closed)
            continue;
        const auto column = columnOf.find(item.baseRef);
        if (column == columnOf.end())
            continue;
        auto reference = cherryPickReference(item);
        int row = -1;
        if (reference.fix) {
            row = rowOf.value(*reference.fix, -1);
        } else if (!reference.originalTitle.isEmpty()) {
            row = rowByTitle.value({item.key.repository, reference.originalTitle}, -1);
        }
        if (row < 0) {
            // The bot named it: "new pull request created: #124".
            const auto fix = createdFor.find(item.key);
            if (fix == createdFor.end())
                continue;
            row = rowOf.value(*fix, -1);
            reference.clue = CherryPickClue::Link;
            if (row < 0)
                continue;
        }
        auto &pick = picks[{row, *column}];
        if (pick.item) {
            const bool merged = item.state == Item::State::Merged;
            const bool pickMerged = pick.item->state == Item::State::Merged;
            if (pickMerged && !merged)
                continue;
            if (merged == pickMerged && item.updatedAt <= pick.item->updatedAt)
                continue;
        }
        pick = {&item, reference.clue};
    }

    for (auto it = said.cbegin(); it != said.cend(); ++it) {
        auto &cell = matrix.rows[it.key().first].cells[it.key().second];
        cell.state = it->state;
        cell.at = it->at;
        if (it->url.isValid())
            cell.url = it->url;
    }
    for (auto it = picks.cbegin(); it != picks.cend(); ++it) {
        auto &cell = matrix.rows[it.key().first].cells[it.key().second];
        const auto &item = *it->item;
        const auto state
            = item.state == Item::State::Merged ? CherryPickState::Merged : CherryPickState::OpenPullRequest;
        if (progress(state) < progress(cell.state) && cell.state != CherryPickState::NotNeeded)
            continue;
        cell.state = state;
        cell.pullRequest = item.key;
        cell.url = item.url;
        cell.clue = it->clue;
        cell.at = state == CherryPickState::Merged ? item.mergedAt : item.createdAt;
        cell.ci = state == CherryPickState::OpenPullRequest ? item.ciSummary() : CiSummary();
    }
    return matrix;
}

} // namespace ReleaseDesk::Models
