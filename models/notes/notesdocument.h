#pragma once

#include "notes/extractednote.h"
#include "notes/notesdraft.h"

#include <QFlags>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace ReleaseDesk::Models {

/// What lint found wrong with an entry (see lintNotes()).
enum class LintWarning {
    NoNote = 0x1, ///< no release-note block: the text is the PR title
    Unanswered = 0x2, ///< an empty block: the author did not answer
    Duplicate = 0x4, ///< the same text as another entry
    NoFinalPeriod = 0x8,
    NoCapital = 0x10,
    TooLong = 0x20,
    SeveralSections = 0x40, ///< a PR cited by entries in different sections
    NoKindLabel = 0x80,
    ActionRequiredNotUrgent = 0x100, ///< an action-required note outside the urgent section
    LabelsDisagree = 0x200, ///< the body and the release-note labels say different things
    SourceChanged = 0x400, ///< the PR's note changed after the entry was edited
    RawHtml = 0x800, ///< HTML in the note (escaped in exports unless the template allows it)
    UnsafeLink = 0x1000, ///< a link to something other than http(s) or mailto (dropped from HTML/PDF)
    RemoteImage = 0x2000, ///< an image loaded from elsewhere when the notes are read
    DirectionControl = 0x4000, ///< characters that reorder the text as displayed (U+202E, ...)
    PrivateUrl = 0x8000, ///< an address on a private network or an internal host name
};
Q_DECLARE_FLAGS(LintWarnings, LintWarning)
Q_DECLARE_OPERATORS_FOR_FLAGS(LintWarnings)

/// A PR that cherry-picks one of an entry's sources onto a release branch.
struct CherryPick
{
    Api::ItemKey original;
    Api::ItemKey key;
    QUrl url;
    QString baseRef;

    friend bool operator==(const CherryPick &, const CherryPick &) = default;
};

/// One line of the notes: generated from one PR (or several, merged), with the person's edits applied.
/// An original PR and its cherry-picks are one entry: `sources` holds the original (even when only its
/// cherry-pick is in the release, as in a tag range), `cherryPicks` the picks; the template chooses
/// which one a note cites.
struct NoteEntry
{
    QString id; ///< qualified reference of the entry's first PR (the original of a cherry-pick)
    QList<Api::ItemKey> sources;
    QList<QUrl> sourceUrls;
    QList<CherryPick> cherryPicks;
    QStringList authors;
    QStringList labels; ///< union of the sources' labels (drafter categories, exclude-labels)
    QStringList sigs;
    QString section;
    NoteType type = NoteType::Other;
    QString text;
    /// The first PR's own words, for release-drafter templates ($TITLE, $BODY, $BASE_REF_NAME, ...).
    QString title;
    QString body;
    QString baseRef;
    QString headRef;
    bool included = true;
    /// Somebody chose `included` (release-drafter templates list every PR unless a person excluded it).
    bool inclusionEdited = false;
    bool reviewed = false;
    bool actionRequired = false;
    bool needsNote = false;
    ExtractedNote::Status status = ExtractedNote::Status::Note;
    ExtractedNote::Flags flags;
    bool edited = false;
    /// The PR's note changed since the edit: sourceTextAtEdit is what it said then, sourceText what it says
    /// now.
    bool sourceChanged = false;
    QString sourceTextAtEdit;
    QString sourceText;
    QDateTime mergedAt;
    LintWarnings warnings;

    friend bool operator==(const NoteEntry &, const NoteEntry &) = default;
};

/// The composed notes of a release: sections in order, entries in order (by section, type, then the
/// editor's order). A value built by composeNotes(); the views and renderers only read it.
struct NotesDocument
{
    QString releaseName;
    QStringList sections;
    QString urgentSection;
    QList<NoteEntry> entries;

    int indexOf(const QString &entryId) const;
};

/// Joins what the PRs say with what people decided. Pure: the same inputs give the same document.
/// Entries of PRs that say "no note" are kept (excluded) so an editor can still include them.
NotesDocument composeNotes(const QList<ExtractedNote> &notes, const NotesDraft &draft);

/// Fills each entry's warnings. Pure, separate from composing so views can re-lint cheaply.
void lintNotes(NotesDocument &document);

/// Text compared for near-identical notes: case, spacing, punctuation and Markdown emphasis ignored.
QString normalisedNoteText(const QString &text);

/// The included entries whose text is near-identical to the entry's (normalisedNoteText()), the entry
/// first: what "Merge" joins when a single entry with duplicates is selected.
QStringList nearIdenticalEntries(const NotesDocument &document, const QString &entryId);

/// What in a note is unsafe to publish as typed (raw HTML, links, images, direction controls,
/// private addresses). Pure; part of lintNotes().
LintWarnings publicationWarnings(const QString &text);

/// A translated sentence per warning, for tooltips and the command line.
QStringList lintWarningMessages(LintWarnings warnings);

} // namespace ReleaseDesk::Models
