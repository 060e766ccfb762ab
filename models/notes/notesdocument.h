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
};
Q_DECLARE_FLAGS(LintWarnings, LintWarning)
Q_DECLARE_OPERATORS_FOR_FLAGS(LintWarnings)

/// One line of the notes: generated from one PR (or several, merged), with the person's edits applied.
struct NoteEntry
{
    QString id; ///< qualified reference of the entry's first PR
    QList<Api::ItemKey> sources;
    QList<QUrl> sourceUrls;
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

/// A translated sentence per warning, for tooltips and the command line.
QStringList lintWarningMessages(LintWarnings warnings);

} // namespace ReleaseDesk::Models
