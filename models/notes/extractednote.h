#pragma once

#include "notes/notetype.h"

#include "api/item.h"

#include <QFlags>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace ReleaseDesk::Models {

/// What a merged PR says about its release note, read from its body and labels as the conventions
/// describe (docs/conventions.md, "Release-note blocks in PR bodies"). A pure value: the composer joins
/// it with the human edits.
struct ExtractedNote
{
    enum class Status {
        Note, ///< the block carries a note
        NoNote, ///< NONE-like block, or the release-note-none label: nothing for users
        Unanswered, ///< an empty block and no label saying "none": the author did not answer
        Missing, ///< no block at all and no label saying "none"
    };
    enum class Flag {
        EmptyBlock = 0x1, ///< the block exists but is empty
        LabelSaysNone = 0x2, ///< a note in the body, but release-note-none on the PR
        LabelSaysNote = 0x4, ///< release-note label, but the body says none or nothing
        NoKindLabel = 0x8, ///< no kind/* label: the type is a guess
    };
    Q_DECLARE_FLAGS(Flags, Flag)

    Api::ItemKey key;
    Status status = Status::Missing;
    Flags flags;
    NoteType type = NoteType::Other;
    /// The note without any "action required" prefix; for Unanswered and Missing, the PR title, so the
    /// editor has something to start from (needsNote() tells).
    QString text;
    bool actionRequired = false;
    QStringList sigs; ///< sig/* suffixes, sorted
    QStringList areas; ///< area/* suffixes, in label order
    QStringList labels; ///< every label, for drafter categories and exclude-labels
    QString author;
    QUrl url;
    QString title;
    QString body; ///< the PR's description, for release-drafter's $BODY (may be only its note block)
    QString baseRef;
    QString headRef;
    QDateTime mergedAt;
    /// The original PR this one cherry-picks onto a release branch, found by the board's clues (a link,
    /// "Automated cherry pick of #N", a cherry-pick-N-to-... branch, "[release-x.y] Original title"), in
    /// the same repository unless a link says otherwise.
    std::optional<Api::ItemKey> cherryPickOf;

    bool hasNote() const { return status == Status::Note; }
    /// True when text is only the PR title standing in for a note nobody wrote.
    bool needsNote() const { return status == Status::Unanswered || status == Status::Missing; }
    /// Included in a draft unless the PR says "no note".
    bool includedByDefault() const { return status != Status::NoNote; }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ExtractedNote::Flags)

/// Reads a merged PR. Deterministic and pure: same item, same result.
ExtractedNote extractNote(const Api::Item &pullRequest);

/// A title without what bots and conventions put in front of a cherry-pick's ("[release-4.1] ",
/// "Automated cherry pick of #N: ", "Cherry-pick #N to release-1.2: "): only the change is left.
QString withoutCherryPickPrefixes(const QString &title);

QString extractedNoteStatusId(ExtractedNote::Status status);

/// The merged pull requests among `items`, extracted, oldest merge first; a backport titled
/// "[release-x.y] Title" is tied to the merged PR titled "Title" in its repository.
QList<ExtractedNote> extractMergedPullRequests(const QList<Api::Item> &items);

/// Authors of `releaseItems` with no merged PR among `allItems` merged before their first one in the
/// release: first-time contributors, as far as the cache knows.
QSet<QString> firstTimeContributors(const QList<Api::Item> &releaseItems, const QList<Api::Item> &allItems);
/// Whether the cache reaches back before the release's first merge (else nobody can be told new).
bool historyPrecedesRelease(
    const QList<Api::Item> &releaseItems, const QHash<QString, QDateTime> &firstMergeByAuthor);
/// The same from each author's earliest merge in the cache (ItemRepository::firstMergeByAuthor()).
QSet<QString> firstTimeContributors(
    const QList<Api::Item> &releaseItems, const QHash<QString, QDateTime> &firstMergeByAuthor);

} // namespace ReleaseDesk::Models
