#pragma once

#include "notes/notesdocument.h"
#include "notes/notesdraft.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ReleaseDesk::Models {

/// The review round trip: notes go out to the owners of each section as a spreadsheet (CSV) or a
/// Markdown checklist, come back edited, and what changed is shown and applied as ordinary edits.

/// Reviewed/total of one reviewer's included entries ("" = sections nobody was assigned).
struct ReviewProgress
{
    QString reviewer;
    int reviewed = 0;
    int total = 0;
    friend bool operator==(const ReviewProgress &, const ReviewProgress &) = default;
};

/// One difference between a returned review file and the draft.
struct ReviewChange
{
    enum class Kind { Text, Section, Included, Reviewed };
    QString entryId;
    Kind kind = Kind::Text;
    QString before;
    QString after;
    int line = 0; ///< the row in the file (1 = the header), for messages
    friend bool operator==(const ReviewChange &, const ReviewChange &) = default;
};

/// What a returned file says: the changes, and what could not be read (unknown entries, bad values).
struct ReviewImport
{
    QList<ReviewChange> changes;
    QStringList problems;
    int rows = 0;
};

enum class ReviewFileFormat { Csv, Checklist };

/// A file to write for review: its name in the folder and its bytes.
struct ReviewFile
{
    QString fileName;
    QByteArray bytes;
};

/// The reviewer of the entry's section, or an empty string.
QString reviewerOf(const NotesDraft &draft, const NoteEntry &entry);

/// Progress per reviewer over the included entries, by reviewer name, unassigned last.
QList<ReviewProgress> reviewProgress(const NotesDocument &document, const NotesDraft &draft);

/// People to propose as reviewers: the entries' authors and the reviewers already named, sorted.
QStringList reviewCandidates(const NotesDocument &document, const NotesDraft &draft);

/// The entries of `reviewer` (all entries when `reviewer` is nullopt) as CSV: UTF-8 with a byte order
/// mark (spreadsheet programs then read Chinese correctly), CRLF, every field that needs it quoted, and a
/// cell that a spreadsheet would run as a formula (=, +, -, @) prefixed with an apostrophe.
QByteArray reviewCsv(
    const NotesDocument &document, const NotesDraft &draft, const std::optional<QString> &reviewer = {});

/// The same as a Markdown checklist (raw HTML from notes escaped), for reviewers who read on GitHub.
QByteArray reviewChecklist(
    const NotesDocument &document, const NotesDraft &draft, const std::optional<QString> &reviewer = {});

/// The files "Export for review" writes: one for all, or one per reviewer (and one for unassigned
/// sections when there are any), in each asked format.
QList<ReviewFile> reviewFiles(const NotesDocument &document, const NotesDraft &draft,
    QList<ReviewFileFormat> formats, bool perReviewer);

/// Writes the files into `folder` (created if needed), each atomically; the paths written, or an empty
/// list and a message.
QStringList writeReviewFiles(const QString &folder, const QList<ReviewFile> &files, QString *error = nullptr);

/// Reads a returned CSV: any column order (found by header), comma, semicolon or tab separated, CRLF or
/// LF, UTF-8 with or without a byte order mark or UTF-16, quotes doubled or not. Compares with
/// `document` and lists every change.
ReviewImport readReviewCsv(const QByteArray &bytes, const NotesDocument &document);

/// A short description of a change's kind for lists and the command line ("Note", "Section", ...).
QString reviewChangeKindName(ReviewChange::Kind kind);

/// What changed since the draft was last published to GitHub: entries new in the notes, entries whose
/// text changed, entries no longer in them (removed, excluded or merged away). Ids, in document order.
struct PublicationChanges
{
    bool published = false; ///< false: never published from this draft
    QDateTime publishedAt;
    QStringList added;
    QStringList edited;
    QStringList removed;
    bool isEmpty() const { return added.isEmpty() && edited.isEmpty() && removed.isEmpty(); }
};

PublicationChanges changesSincePublication(const NotesDocument &document, const NotesDraft &draft);

/// "3 new, 2 edited, 1 removed since the publication of 1 Dec 08:10" (or "never published"), translated.
QString publicationChangesText(const PublicationChanges &changes);

/// The demo's first draft: reviewers (the demo's invented maintainers) on every section but the last,
/// and part of the first reviewers' entries reviewed, so the round trip and its progress show at once.
NotesDraft demoNotesDraft(
    const QString &releaseName, const QString &draftName, const QList<ExtractedNote> &notes);

/// Parses CSV into rows of fields (RFC 4180, lenient). Exposed for tests.
QList<QStringList> parseCsv(const QString &text, QChar separator);

} // namespace ReleaseDesk::Models
