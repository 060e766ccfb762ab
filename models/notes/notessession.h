#pragma once

#include "notes/notesdocument.h"
#include "notes/notesdraftstore.h"
#include "notes/notesrenderer.h"
#include "notes/notesreview.h"
#include "notes/notestemplate.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <optional>

#include <chrono>

namespace ReleaseDesk::Models {

/// One open notes draft: what the PRs say (sources), what people decided (the draft), and the composed
/// document. Every edit goes through here, is applied to the draft, recomposed and saved shortly after
/// (as the user types), so the entries table, the Markdown and the file never disagree.
class NotesSession final : public QObject
{
    Q_OBJECT

public:
    explicit NotesSession(NotesDraftStore *store, QObject *parent = nullptr);
    ~NotesSession() override;

    /// Opens (or creates) a draft of a release; an error message when the file exists but is unreadable
    /// (the file is left alone and the session stays on its previous draft).
    bool open(const QString &releaseName, const QString &draftName, QString *error = nullptr);
    /// Replaces what the PRs say (after a sync); edits are kept and compared with the new source.
    void setSources(const QList<ExtractedNote> &notes);
    void setRenderContext(const NotesRenderContext &context);
    const NotesRenderContext &renderContext() const { return m_context; }
    void setUserTemplates(const QList<NotesTemplate> &templates);

    const NotesDocument &document() const { return m_document; }
    const NotesDraft &draft() const { return m_draft; }
    NotesDraftStore *store() const { return m_store; }
    NotesTemplate currentTemplate() const;
    QList<NotesTemplate> templates() const;
    const QList<NotesTemplate> &userTemplates() const { return m_userTemplates; }
    /// The Markdown shown and exported: the detached text when the document was edited directly.
    QString markdown() const;
    /// The Markdown the entries produce now (what reattaching would show).
    QString generatedMarkdown() const { return m_generatedMarkdown; }
    bool isDetached() const { return m_draft.detachedMarkdown.has_value(); }
    bool isOpen() const { return !m_draft.name.isEmpty(); }

    // Entry edits. Ids are NoteEntry::id.
    void setEntryText(const QString &id, const QString &text);
    void setEntrySection(const QString &id, const QString &section);
    void setEntryType(const QString &id, NoteType type);
    void setEntryIncluded(const QString &id, bool included);
    void setEntryReviewed(const QString &id, bool reviewed);
    /// Drops the edited text: the entry follows its PR again.
    void acceptSourceText(const QString &id);
    /// Keeps the edited text and stops flagging the PR's change.
    void keepEditedText(const QString &id);
    /// Joins entries into the first one (its text, its place), citing every PR and author.
    void mergeEntries(const QStringList &ids);
    /// Undoes a merge: every PR of the entry is its own entry again.
    void splitEntry(const QString &id);
    /// Moves an entry up (-1) or down (+1) within its section and type.
    void moveEntry(const QString &id, int delta);

    void renameSection(const QString &from, const QString &to);
    void addSection(const QString &name);
    void moveSection(const QString &name, int delta);

    /// Who reviews the entries of a section (an empty login: nobody).
    void setSectionReviewer(const QString &section, const QString &login);
    /// Applies changes read from a returned review file as ordinary edits, in one step that undo()
    /// takes back. Changes of entries no longer in the document are skipped; returns how many applied.
    int applyReviewChanges(const QList<ReviewChange> &changes);
    /// The notes as they are now were published to GitHub: what changes from here on is "since the last
    /// publication".
    void markPublished(const QDateTime &when);
    /// Takes back the last step recorded (a review import, reviewer assignments); false when none.
    bool undo();
    bool canUndo() const { return !m_undo.isEmpty(); }
    /// What undo() takes back ("Import review from alice.csv").
    QString undoText() const { return m_undo.isEmpty() ? QString() : m_undo.last().first; }
    /// Starts an undoable step: the draft as it is now is what undo() returns to.
    void recordUndoStep(const QString &description);

    void setTemplate(const QString &templateId);
    void setAreaMap(const AreaSectionMap &map);
    /// The Markdown was edited directly: from now on it is saved as typed, detached from the entries.
    void setDetachedMarkdown(const QString &markdown);
    /// Back to the Markdown the entries generate (the direct edits are dropped, kept in the history).
    void reattach();
    void restoreVersion(const NotesDraft &version);

    /// Writes pending changes now (also done on a timer and on destruction).
    bool flush();
    bool hasUnsavedChanges() const { return m_dirty; }
    void setAutosaveDelay(std::chrono::milliseconds delay);
    /// From this many source PRs on, recomposing runs on a worker thread (the document follows an edit a
    /// few tens of milliseconds later; the edited entry itself is patched at once). Below it, edits
    /// recompose synchronously: cheaper than a thread hop, and the document is always current.
    void setBackgroundThreshold(int sources) { m_backgroundThreshold = sources; }
    /// A change is not shown yet: a composition runs, or its result waits in the event queue.
    bool isComposing() const { return m_shownGeneration != m_generation; }

Q_SIGNALS:
    /// The set or order of entries changed (open, sources, merge, split, move): views re-read them.
    void documentReset();
    /// These entries changed in place (text, flags); positions are unchanged.
    void entriesChanged(const QStringList &ids);
    void sectionsChanged();
    /// The team's templates changed (imported, removed): template pickers re-read templates().
    void templatesChanged();
    void markdownChanged();
    void detachedChanged(bool detached);
    void saved();
    void saveFailed(const QString &message);
    /// A recomposition (synchronous or background) was applied.
    void composed();
    void undoAvailableChanged(bool available);

private:
    struct Composition
    {
        NotesDocument document;
        QString markdown;
        /// The entries that differ from the document it was composed against, found where it was
        /// composed (comparing thousands of entries is too slow for the UI thread); none when the set
        /// or order of entries changed.
        std::optional<QStringList> changedIds;
    };
    static Composition composeAndRender(const QList<ExtractedNote> &sources, const NotesDraft &draft,
        const NotesTemplate &notesTemplate, NotesRenderContext context, const NotesDocument &shown);
    void launchComposition();
    void apply(Composition composition);
    /// Background mode only: shows an in-place edit on its entry before the recomposition lands.
    void patchEntry(const QString &id, const std::function<void(NoteEntry &)> &patch);
    EntryEdit &editOf(const QString &id);
    /// The draft changed: save soon, recompose, announce.
    void changed();
    void recomposeAndAnnounce();
    void scheduleSave();
    /// The autosave: writes a copy of the draft on a worker (the file is synced to disk, which can
    /// hold the UI thread for longer than a frame).
    void saveInBackground();
    /// Waits for a background save, if one runs, and reports how it ended.
    void settleBackgroundSave();
    QString sourceTextOf(const QString &id) const;

    NotesDraftStore *m_store;
    /// One thread for the session's background work (composing first, then saving, then freeing an
    /// old document): on a two-core machine a second busy worker took the core Qt's painting helpers
    /// need, and the window waited for them. A save may wait behind a composition.
    QThreadPool m_worker;
    QList<ExtractedNote> m_sources;
    QHash<QString, int> m_sourceRow;
    NotesDraft m_draft;
    NotesDocument m_document;
    /// Entries patched since the running composition started: its comparison has not seen them.
    QStringList m_patchedSinceLaunch;
    NotesRenderContext m_context;
    QList<NotesTemplate> m_userTemplates;
    QString m_generatedMarkdown;
    QTimer m_autosave;
    bool m_dirty = false;
    QFutureWatcher<Composition> m_watcher;
    struct SaveOutcome
    {
        bool saved = false;
        QString error;
    };
    QFutureWatcher<SaveOutcome> m_backgroundSave;
    bool m_backgroundSaveSettled = true;
    quint64 m_generation = 0; ///< bumped by every change
    quint64 m_shownGeneration = 0; ///< the generation the shown document was composed from
    quint64 m_launchedGeneration = 0; ///< the change the running composition includes
    quint64 m_openedAtGeneration = 0; ///< compositions launched before the last open() are dropped
    quint64 m_documentVersion = 0; ///< bumped whenever m_document is replaced
    quint64 m_launchedDocumentVersion = 0; ///< the document the running composition compares against
    int m_backgroundThreshold = 1000;
    QList<std::pair<QString, NotesDraft>> m_undo;
};

} // namespace ReleaseDesk::Models
