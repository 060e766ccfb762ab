#include "cherrypick/cherrypickmatrix.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringMatcher>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <tuple>

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
        && !body.contains(QLatin1StringView("failed to apply"))
        && !body.contains(QLatin1StringView("pull request created")))
        return notes;
    struct Found
    {
        qsizetype at;
        CherryPickNote note;
    };
    QList<Found> found;
    // Each expression runs only where its literal part occurs: most comments hold none of them.
    const bool hasCommand = body.contains(QLatin1StringView("/cherry"));
    const bool hasAcknowledgement = body.contains(QLatin1StringView("I will cherry-pick"));
    const bool hasFailure = body.contains(QLatin1StringView("failed to apply"));
    const bool hasCreated = body.contains(QLatin1StringView("pull request created"));
    for (auto it = hasCommand ? command.globalMatch(body) : QRegularExpressionMatchIterator();
         it.hasNext();) {
        const auto match = it.next();
        for (const auto &branch : match.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const auto name = branch.trimmed();
            if (!name.isEmpty())
                found.append({match.capturedStart(), {CherryPickNote::Kind::Requested, name, 0}});
        }
    }
    for (auto it = hasAcknowledgement ? acknowledged.globalMatch(body) : QRegularExpressionMatchIterator();
         it.hasNext();) {
        const auto match = it.next();
        found.append({match.capturedStart(), {CherryPickNote::Kind::Requested, match.captured(1), 0}});
    }
    for (auto it = hasFailure ? failed.globalMatch(body) : QRegularExpressionMatchIterator(); it.hasNext();) {
        const auto match = it.next();
        found.append({match.capturedStart(), {CherryPickNote::Kind::Conflicts, match.captured(1), 0}});
    }
    for (auto it = hasCreated ? created.globalMatch(body) : QRegularExpressionMatchIterator();
         it.hasNext();) {
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
    // Cheap literal checks first: the expressions run only on text that can match them (a matrix of
    // 5,000 fixes reads some 20,000 pull requests). One Boyer-Moore scan for "cherry" in any case,
    // exactly what the expression needs, skips through a long body six characters at a time.
    static const QStringMatcher cherry(QStringLiteral("cherry"), Qt::CaseInsensitive);
    if (cherry.indexIn(pullRequest.body) >= 0) {
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
    const bool titleSaysPick = pullRequest.title.contains(QLatin1StringView("pick"), Qt::CaseInsensitive);
    if (const auto match = titleSaysPick ? byTitle.match(pullRequest.title) : QRegularExpressionMatch();
        match.hasMatch()) {
        reference.fix = keyFrom(match, base);
        reference.clue = CherryPickClue::Title;
        return reference;
    }
    // Prow's cherrypicker "cherry-pick-123-to-release-4.1"; the Kubernetes script
    // "automated-cherry-pick-of-#123-upstream-release-4.1".
    const auto numberAfter = [](QStringView text, QLatin1StringView prefix, QLatin1StringView suffix) {
        if (!text.startsWith(prefix))
            return 0;
        qsizetype end = prefix.size();
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        if (end == prefix.size() || !text.mid(end).startsWith(suffix))
            return 0;
        return text.mid(prefix.size(), end - prefix.size()).toInt();
    };
    const QStringView head = pullRequest.headRef;
    const int number
        = std::max(numberAfter(head, QLatin1StringView("cherry-pick-"), QLatin1StringView("-to-")),
            numberAfter(head, QLatin1StringView("automated-cherry-pick-of-#"), QLatin1StringView("-")));
    if (number > 0) {
        reference.fix = ItemKey {base, number};
        reference.clue = CherryPickClue::HeadBranch;
        return reference;
    }
    // Last, as it names the original only by its title (the caller looks it up):
    // "[release-4.1] <title>", read without an expression (most picks of a large matrix).
    const auto &title = pullRequest.title;
    if (title.startsWith(QLatin1StringView("[release-"))) {
        const auto close = title.indexOf(QLatin1Char(']'));
        const auto original = close > 0 ? QStringView(title).mid(close + 1).trimmed() : QStringView();
        if (!original.isEmpty()) {
            reference.originalTitle = original.toString();
            reference.clue = CherryPickClue::Title;
            return reference;
        }
    }
    return reference;
}

namespace {
/// Repositories and fixes as small integers: hashing a key's three strings in every lookup was most
/// of the matrix's time. Items of one repository share their strings, so the last one seen is
/// usually the next one.
class KeyIndex
{
public:
    int repository(const RepositoryRef &repository)
    {
        if (m_last >= 0 && m_repositories.at(m_last) == repository)
            return m_last;
        auto it = m_ids.constFind(repository);
        if (it == m_ids.cend()) {
            it = m_ids.insert(repository, int(m_repositories.size()));
            m_repositories.append(repository);
        }
        m_last = *it;
        return m_last;
    }
    quint64 key(const ItemKey &key)
    {
        return (quint64(uint(repository(key.repository))) << 32) | uint(key.number);
    }

private:
    QHash<RepositoryRef, int> m_ids;
    QList<RepositoryRef> m_repositories;
    int m_last = -1;
};

qint64 msecs(const QDateTime &at)
{
    return at.isValid() ? at.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}
} // namespace

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
    QStringList notNeededLabels;
    for (const auto &branch : std::as_const(matrix.branches))
        notNeededLabels.append(doNotCherryPick + QLatin1Char('/') + branch);
    const qint64 since = policy.since.isValid() ? policy.since.startOfDay(QTimeZone::UTC).toMSecsSinceEpoch()
                                                : std::numeric_limits<qint64>::min();
    KeyIndex keys;

    // Rows: the fixes, newest merge first.
    struct Fix
    {
        const Item *item;
        qint64 mergedAt;
        int repository;
    };
    QList<Fix> fixes;
    QSet<quint64> seen;
    for (const auto &item : items) {
        if (!item.isPullRequest() || item.state != Item::State::Merged || wanted.isEmpty()
            || item.baseRef != main)
            continue;
        const auto mergedAt = msecs(item.mergedAt);
        if (item.mergedAt.isValid() && mergedAt < since)
            continue;
        if (std::none_of(item.labels.cbegin(), item.labels.cend(),
                [&](const Label &label) { return wanted.contains(label.name); }))
            continue;
        const auto key = keys.key(item.key);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        fixes.append({&item, mergedAt, int(key >> 32)});
    }
    std::sort(fixes.begin(), fixes.end(), [](const Fix &a, const Fix &b) {
        if (a.mergedAt != b.mergedAt)
            return a.mergedAt > b.mergedAt;
        if (a.repository != b.repository) {
            const auto &left = a.item->key.repository;
            const auto &right = b.item->key.repository;
            return std::tie(left.host, left.owner, left.name) < std::tie(right.host, right.owner, right.name);
        }
        return a.item->key.number > b.item->key.number;
    });
    QHash<quint64, int> rowOf;
    QHash<QPair<int, QString>, int> rowByTitle;
    rowOf.reserve(fixes.size());
    rowByTitle.reserve(fixes.size());
    matrix.rows.reserve(fixes.size());
    const int columns = int(matrix.branches.size());
    for (const auto &entry : std::as_const(fixes)) {
        const auto *fix = entry.item;
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
            if (notNeededAnywhere || fix->hasLabel(notNeededLabels.at(column)))
                cell.state = CherryPickState::NotNeeded;
        }
        rowOf.insert(keys.key(fix->key), int(matrix.rows.size()));
        rowByTitle.insert({entry.repository, fix->title}, int(matrix.rows.size()));
        matrix.rows.append(std::move(row));
    }
    if (matrix.rows.isEmpty() || columns == 0)
        return matrix;
    const auto cellIndex = [columns](int row, int column) { return qsizetype(row) * columns + column; };

    // The comments: requests and conflicts per cell (the latest wins), and the pull requests the bot
    // says it opened for a fix.
    struct Said
    {
        CherryPickState state = CherryPickState::Missing;
        QDateTime at;
        QUrl url;
    };
    QList<Said> said(matrix.rows.size() * columns);
    QHash<quint64, int> createdFor; // the bot's new pull request -> its fix's row
    for (const auto &comment : comments) {
        const auto row = rowOf.constFind(keys.key(comment.fix));
        if (row == rowOf.cend())
            continue;
        for (const auto &note : parseCherryPickComment(comment.body)) {
            if (note.kind == CherryPickNote::Kind::Created) {
                if (note.pullRequest > 0)
                    createdFor.insert(keys.key(ItemKey {comment.fix.repository, note.pullRequest}), *row);
                continue;
            }
            const auto column = columnOf.constFind(note.branch);
            if (column == columnOf.cend())
                continue;
            auto &entry = said[cellIndex(*row, *column)];
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
    QList<Pick> picks(matrix.rows.size() * columns);
    for (const auto &item : items) {
        if (!item.isPullRequest() || item.state == Item::State::Closed)
            continue;
        const auto column = columnOf.constFind(item.baseRef);
        if (column == columnOf.cend())
            continue;
        auto reference = cherryPickReference(item);
        int row = -1;
        if (reference.fix) {
            row = rowOf.value(keys.key(*reference.fix), -1);
        } else if (!reference.originalTitle.isEmpty()) {
            row = rowByTitle.value({keys.repository(item.key.repository), reference.originalTitle}, -1);
        }
        if (row < 0 && !createdFor.isEmpty()) {
            // The bot named it: "new pull request created: #124".
            row = createdFor.value(keys.key(item.key), -1);
            reference.clue = CherryPickClue::Link;
        }
        if (row < 0)
            continue;
        auto &pick = picks[cellIndex(row, *column)];
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

    for (int row = 0; row < matrix.rows.size(); ++row) {
        auto &cells = matrix.rows[row].cells;
        for (int column = 0; column < columns; ++column) {
            auto &cell = cells[column];
            const auto &pick = picks.at(cellIndex(row, column));
            if (pick.item) {
                // A pull request found on the branch is the end of the story, whatever was said.
                const auto &item = *pick.item;
                const bool merged = item.state == Item::State::Merged;
                cell.state = merged ? CherryPickState::Merged : CherryPickState::OpenPullRequest;
                cell.pullRequest = item.key;
                cell.url = item.url;
                cell.clue = pick.clue;
                cell.at = merged ? item.mergedAt : item.createdAt;
                if (!merged)
                    cell.ci = item.ciSummary();
                continue;
            }
            const auto &entry = said.at(cellIndex(row, column));
            if (entry.state != CherryPickState::Missing) {
                cell.state = entry.state;
                cell.at = entry.at;
                if (entry.url.isValid())
                    cell.url = entry.url;
            }
        }
    }
    return matrix;
}

} // namespace ReleaseDesk::Models
