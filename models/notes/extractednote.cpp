#include "notes/extractednote.h"

#include "board.h"
#include "releasenoteblock.h"

#include <QRegularExpression>

namespace ReleaseDesk::Models {

namespace {

bool hasAnyLabel(const Api::Item &item, std::initializer_list<QStringView> names)
{
    return std::any_of(names.begin(), names.end(), [&item](QStringView name) { return item.hasLabel(name); });
}

/// Strips a leading "ACTION REQUIRED:" (any case, optional bold or list markers) and says whether the
/// text asks for action anywhere.
bool takeActionRequired(QString &text)
{
    static const QRegularExpression prefix(
        QStringLiteral("^[\\s*_>-]*\\[?action[ _-]required\\]?[\\s*_]*[:：-]?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression anywhere(
        QStringLiteral("\\baction[ _-]required\\b"), QRegularExpression::CaseInsensitiveOption);
    const auto match = prefix.match(text);
    if (match.hasMatch()) {
        text = text.mid(match.capturedLength()).trimmed();
        return true;
    }
    return anywhere.match(text).hasMatch();
}

/// krel's reading of a note written as a list: a single item loses its marker and its continuation lines
/// their indentation ("- a\n  b" is "a\nb"); with several items only the first loses its marker and
/// indentation, the others stay a list. Otherwise every template would print "- - a".
QString unlisted(const QString &text)
{
    if (!text.startsWith(QLatin1StringView("- ")))
        return text;
    const auto lines = text.split(QLatin1Char('\n'));
    QStringList out {lines.first().mid(2).trimmed()};
    bool inFirstItem = true;
    for (int i = 1; i < lines.size(); ++i) {
        if (inFirstItem && lines[i].startsWith(QLatin1StringView("- ")))
            inFirstItem = false;
        out.append(inFirstItem ? lines[i].trimmed() : lines[i]);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

QString withoutCherryPickPrefixes(const QString &title)
{
    // Kubernetes' cherry_pick_pull.sh: "Automated cherry pick of #112489: Title" (several "#N" joined
    // by commas or "and" when it picks several); Prow/KubeSphere's cherrypicker: "[release-4.1] Title";
    // hand-made ones: "Cherry-pick #123 to release-1.2: Title", "cherry-pick(release-1.2): Title".
    static const QRegularExpression prefixes[] = {
        QRegularExpression(QStringLiteral("^\\s*\\[(?:release|backport)[-/ ][^\\]]*\\]\\s*[:：-]?\\s*"),
            QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(
            QStringLiteral("^\\s*automated cherry[- ]?pick of\\s+(?:#\\d+[\\s,]*(?:and\\s+|&\\s*)?)+"
                           "(?:(?:to|into|onto|on)\\s+[^\\s:]++\\s*)?[:：-]?\\s*"),
            QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(
            QStringLiteral("^\\s*cherry[- ]?pick(?:ed)?(?: of)?\\s*(?:#\\d+\\s*)?(?:\\([^)]*\\)\\s*)?"
                           "(?:(?:to|into|onto|on)\\s+[^\\s:]++\\s*)?[:：-]\\s*"),
            QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(
            QStringLiteral(
                "^\\s*cherry[- ]?pick(?:ed)?(?: of)?\\s*#\\d+(?:\\s+(?:to|into|onto|on)\\s+\\S+)?\\s*"),
            QRegularExpression::CaseInsensitiveOption),
    };
    QString text = title;
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const auto &prefix : prefixes) {
            const auto match = prefix.match(text);
            if (match.hasMatch() && match.capturedLength() > 0) {
                text = text.mid(match.capturedLength());
                stripped = true;
            }
        }
    }
    return text.trimmed();
}

ExtractedNote extractNote(const Api::Item &pullRequest)
{
    ExtractedNote note;
    note.key = pullRequest.key;
    note.author = pullRequest.author;
    note.url = pullRequest.url;
    note.title = pullRequest.title;
    note.body = pullRequest.body;
    note.baseRef = pullRequest.baseRef;
    note.headRef = pullRequest.headRef;
    note.mergedAt = pullRequest.mergedAt;
    note.cherryPickOf = Board::cherryPickOrigin(pullRequest, {});
    if (note.cherryPickOf == note.key)
        note.cherryPickOf.reset();

    QStringList labelNames;
    for (const auto &label : pullRequest.labels) {
        labelNames.append(label.name);
        note.labels.append(label.name);
        if (label.name.startsWith(QLatin1StringView("sig/"), Qt::CaseInsensitive))
            note.sigs.append(label.name.mid(4));
        else if (label.name.startsWith(QLatin1StringView("area/"), Qt::CaseInsensitive))
            note.areas.append(label.name.mid(5));
    }
    note.sigs.sort();
    note.sigs.removeDuplicates();

    const auto kind = noteTypeFromLabels(labelNames);
    note.type = kind.type;
    if (!kind.fromKindLabel)
        note.flags |= ExtractedNote::Flag::NoKindLabel;

    // KubeSphere's cherry-pick bot writes release-notes-none (with an s): the same statement.
    const bool labelSaysNone = hasAnyLabel(pullRequest, {u"release-note-none", u"release-notes-none"});
    const bool labelSaysNote = hasAnyLabel(pullRequest, {u"release-note"});
    note.actionRequired = pullRequest.hasLabel(u"release-note-action-required");

    const auto block = ReleaseNoteBlock::extract(pullRequest.body);
    switch (block.kind) {
    case ReleaseNoteBlock::Kind::Note:
        note.status = ExtractedNote::Status::Note;
        note.text = block.text;
        if (takeActionRequired(note.text))
            note.actionRequired = true;
        note.text = unlisted(note.text);
        if (labelSaysNone)
            note.flags |= ExtractedNote::Flag::LabelSaysNone;
        break;
    case ReleaseNoteBlock::Kind::None:
        note.status = ExtractedNote::Status::NoNote;
        if (labelSaysNote)
            note.flags |= ExtractedNote::Flag::LabelSaysNote;
        break;
    case ReleaseNoteBlock::Kind::Empty:
        note.flags |= ExtractedNote::Flag::EmptyBlock;
        note.status = labelSaysNone ? ExtractedNote::Status::NoNote : ExtractedNote::Status::Unanswered;
        if (labelSaysNote)
            note.flags |= ExtractedNote::Flag::LabelSaysNote;
        break;
    case ReleaseNoteBlock::Kind::Missing:
        note.status = labelSaysNone ? ExtractedNote::Status::NoNote : ExtractedNote::Status::Missing;
        if (labelSaysNote)
            note.flags |= ExtractedNote::Flag::LabelSaysNote;
        break;
    }
    // A note that starts like a bot's title was pasted from it: the prefix is no part of the change.
    note.text = note.needsNote() ? withoutCherryPickPrefixes(pullRequest.title)
                                 : withoutCherryPickPrefixes(note.text);
    return note;
}

QString extractedNoteStatusId(ExtractedNote::Status status)
{
    switch (status) {
    case ExtractedNote::Status::Note:
        return QStringLiteral("note");
    case ExtractedNote::Status::NoNote:
        return QStringLiteral("none");
    case ExtractedNote::Status::Unanswered:
        return QStringLiteral("unanswered");
    case ExtractedNote::Status::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

QList<ExtractedNote> extractMergedPullRequests(const QList<Api::Item> &items)
{
    QList<ExtractedNote> notes;
    // "[release-4.1] Original title": the board's title rule needs the other merged PRs of the
    // repository carrying that title; only those are gathered.
    QHash<QPair<Api::RepositoryRef, QString>, QList<Api::Item>> byTitle;
    for (const auto &item : items) {
        if (item.isPullRequest() && item.state == Api::Item::State::Merged
            && item.title.startsWith(QLatin1Char('[')))
            byTitle.insert({item.key.repository, withoutCherryPickPrefixes(item.title)}, {});
    }
    if (!byTitle.isEmpty()) {
        for (const auto &item : items) {
            if (!item.isPullRequest() || item.state != Api::Item::State::Merged)
                continue;
            const auto it = byTitle.find({item.key.repository, item.title});
            if (it != byTitle.end())
                it->append(item);
        }
    }
    for (const auto &item : items) {
        if (!item.isPullRequest() || item.state != Api::Item::State::Merged)
            continue;
        auto note = extractNote(item);
        if (!note.cherryPickOf && item.title.startsWith(QLatin1Char('['))) {
            note.cherryPickOf = Board::cherryPickOrigin(
                item, byTitle.value({item.key.repository, withoutCherryPickPrefixes(item.title)}));
            if (note.cherryPickOf == note.key)
                note.cherryPickOf.reset();
        }
        notes.append(note);
    }
    std::stable_sort(notes.begin(), notes.end(),
        [](const ExtractedNote &a, const ExtractedNote &b) { return a.mergedAt < b.mergedAt; });
    return notes;
}

QSet<QString> firstTimeContributors(const QList<Api::Item> &releaseItems, const QList<Api::Item> &allItems)
{
    QHash<QString, QDateTime> firstInRelease;
    QSet<Api::ItemKey> inRelease;
    for (const auto &item : releaseItems) {
        if (!item.isPullRequest() || item.state != Api::Item::State::Merged || item.author.isEmpty())
            continue;
        inRelease.insert(item.key);
        auto it = firstInRelease.find(item.author);
        if (it == firstInRelease.end() || item.mergedAt < *it)
            firstInRelease.insert(item.author, item.mergedAt);
    }
    QSet<QString> firstTime(firstInRelease.keyBegin(), firstInRelease.keyEnd());
    for (const auto &item : allItems) {
        if (!item.isPullRequest() || item.state != Api::Item::State::Merged || inRelease.contains(item.key))
            continue;
        const auto it = firstInRelease.constFind(item.author);
        if (it != firstInRelease.cend() && item.mergedAt < *it)
            firstTime.remove(item.author);
    }
    return firstTime;
}

bool historyPrecedesRelease(
    const QList<Api::Item> &releaseItems, const QHash<QString, QDateTime> &firstMergeByAuthor)
{
    QDateTime releaseStart;
    for (const auto &item : releaseItems) {
        if (item.isPullRequest() && item.state == Api::Item::State::Merged
            && (!releaseStart.isValid() || item.mergedAt < releaseStart))
            releaseStart = item.mergedAt;
    }
    for (const auto &merged : firstMergeByAuthor) {
        if (merged.isValid() && releaseStart.isValid() && merged < releaseStart)
            return true;
    }
    return false;
}

QSet<QString> firstTimeContributors(
    const QList<Api::Item> &releaseItems, const QHash<QString, QDateTime> &firstMergeByAuthor)
{
    QHash<QString, QDateTime> firstInRelease;
    for (const auto &item : releaseItems) {
        if (!item.isPullRequest() || item.state != Api::Item::State::Merged || item.author.isEmpty())
            continue;
        auto it = firstInRelease.find(item.author);
        if (it == firstInRelease.end() || item.mergedAt < *it)
            firstInRelease.insert(item.author, item.mergedAt);
    }
    QSet<QString> firstTime;
    for (auto it = firstInRelease.cbegin(); it != firstInRelease.cend(); ++it) {
        const auto earliest = firstMergeByAuthor.value(it.key());
        if (!earliest.isValid() || earliest >= it.value())
            firstTime.insert(it.key());
    }
    return firstTime;
}

} // namespace ReleaseDesk::Models
