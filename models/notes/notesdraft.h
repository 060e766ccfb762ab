#pragma once

#include "notes/areasectionmap.h"
#include "notes/notetype.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDesk::Models {

/// A person's changes to one generated entry. Only what they changed is set, so everything else keeps
/// following the PR. `sourceTextAtEdit` remembers what the PR said when the text was edited: when the
/// PR's note changes later, the composer shows both instead of overwriting either.
struct EntryEdit
{
    std::optional<QString> text;
    std::optional<QString> section;
    std::optional<NoteType> type;
    std::optional<bool> included;
    bool reviewed = false;
    QString sourceTextAtEdit;

    bool isEmpty() const { return !text && !section && !type && !included && !reviewed; }
    friend bool operator==(const EntryEdit &, const EntryEdit &) = default;
};

/// Everything a person decided about a release's notes: the overlay over what the PRs say. Entries are
/// keyed by ItemKey::qualifiedReference() (host/owner/repo#N), never by number alone. A pure value,
/// saved as JSON (see NotesDraftStore).
struct NotesDraft
{
    QString releaseName;
    QString name;
    QString templateId = QStringLiteral("kubesphere");
    AreaSectionMap areaMap = AreaSectionMap::kubeSphere();
    /// Section order as the editor arranged it; sections not listed follow in the area map's order.
    QStringList sectionOrder;
    /// Generated section name -> the name the editor gave it.
    QHash<QString, QString> sectionRenames;
    QHash<QString, EntryEdit> edits;
    /// Groups of entries shown as one: the first key is the entry that keeps its place and text.
    QList<QStringList> merges;
    /// The editor's order: entries listed here come first within their section and type, in this order.
    QStringList entryOrder;
    /// Section name (as shown) -> login of the person reviewing its entries.
    QHash<QString, QString> sectionReviewers;
    /// What was published to GitHub last (the draft release): included entry id -> its text, and when.
    /// The composer compares the entries with it ("since the last publication").
    QHash<QString, QString> publishedEntries;
    QDateTime publishedAt;
    /// Set when the Markdown itself was edited: the document no longer follows the entries.
    std::optional<QString> detachedMarkdown;

    QByteArray toJson() const;
    /// Returns nullopt (and an error message) for text that is not a draft.
    static std::optional<NotesDraft> fromJson(const QByteArray &json, QString *error = nullptr);

    friend bool operator==(const NotesDraft &, const NotesDraft &) = default;
};

} // namespace ReleaseDesk::Models
