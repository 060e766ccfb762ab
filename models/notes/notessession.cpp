#include "notes/notessession.h"

#include <QRegularExpression>
#include <QThreadPool>
#include <QtConcurrentRun>
#include <qtconcurrenttask.h>

namespace ReleaseDesk::Models {

NotesSession::NotesSession(NotesDraftStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_worker.setMaxThreadCount(1);
    m_worker.setObjectName(QStringLiteral("NotesSession worker"));
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(400);
    connect(&m_autosave, &QTimer::timeout, this, &NotesSession::saveInBackground);
    connect(
        &m_backgroundSave, &QFutureWatcher<SaveOutcome>::finished, this, &NotesSession::settleBackgroundSave);
    connect(&m_watcher, &QFutureWatcher<Composition>::finished, this, [this] {
        // A composition of the draft that was open before open() is no use to anyone (and one that
        // was cancelled has no result).
        if (m_launchedGeneration <= m_openedAtGeneration || m_watcher.isCanceled())
            return;
        // A result older than the latest change is still newer than what is shown: apply it, and
        // compose again for the changes since (dropping it could starve a fast editor).
        // Taken, not copied: a copy shares the entries with the future, and the first write to
        // them would then copy all of them on this thread.
        auto composition = m_watcher.future().takeResult();
        // The document was replaced since this composition started (a synchronous recomposition):
        // its comparison is against a document the views no longer show.
        if (m_documentVersion != m_launchedDocumentVersion)
            composition.changedIds.reset();
        apply(std::move(composition));
        m_shownGeneration = m_launchedGeneration;
        if (m_launchedGeneration != m_generation)
            launchComposition();
    });
}

NotesSession::~NotesSession()
{
    // Cancelled first: a composition still queued would otherwise run here, on the window's thread.
    m_watcher.cancel();
    m_watcher.waitForFinished();
    flush();
}

namespace {

/// The narrowest change that is true: when the entries are the same ones in the same order, the ids
/// of those whose values differ (an edit can change another entry's lint too); otherwise none.
std::optional<QStringList> changedEntries(const QList<NoteEntry> &before, const QList<NoteEntry> &after)
{
    if (before.size() != after.size())
        return std::nullopt;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before[i].id != after[i].id)
            return std::nullopt;
    }
    QStringList ids;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (!(before[i] == after[i]))
            ids.append(after[i].id);
    }
    return ids;
}

} // namespace

NotesSession::Composition NotesSession::composeAndRender(const QList<ExtractedNote> &sources,
    const NotesDraft &draft, const NotesTemplate &notesTemplate, NotesRenderContext context,
    const NotesDocument &shown)
{
    if (context.version.isEmpty())
        context.version = draft.releaseName;
    Composition composition;
    composition.document = composeNotes(sources, draft);
    composition.markdown = renderNotesMarkdown(composition.document, notesTemplate, context);
    composition.changedIds = changedEntries(shown.entries, composition.document.entries);
    return composition;
}

void NotesSession::launchComposition()
{
    m_launchedGeneration = m_generation;
    m_launchedDocumentVersion = m_documentVersion;
    m_patchedSinceLaunch.clear();
    // Ahead of a queued autosave or freeing: the user waits for a composition, not for those.
    m_watcher.setFuture(QtConcurrent::task(&NotesSession::composeAndRender)
                            .withArguments(m_sources, m_draft, currentTemplate(), m_context, m_document)
                            .onThreadPool(m_worker)
                            .withPriority(1)
                            .spawn());
}

void NotesSession::patchEntry(const QString &id, const std::function<void(NoteEntry &)> &patch)
{
    if (m_sources.size() < m_backgroundThreshold)
        return;
    const int row = m_document.indexOf(id);
    if (row < 0)
        return;
    patch(m_document.entries[row]);
    if (!m_patchedSinceLaunch.contains(id))
        m_patchedSinceLaunch.append(id);
    Q_EMIT entriesChanged({id});
}

bool NotesSession::open(const QString &releaseName, const QString &draftName, QString *error)
{
    flush();
    NotesDraft draft;
    const bool exists = m_store->drafts(releaseName).contains(draftName);
    if (exists) {
        auto loaded = m_store->load(releaseName, draftName, error);
        if (!loaded)
            return false;
        draft = *loaded;
    }
    draft.releaseName = releaseName;
    draft.name = draftName;
    m_draft = draft;
    m_undo.clear(); // steps belong to the draft they were taken on
    Q_EMIT undoAvailableChanged(false);
    // A new draft is written at once, so it is listed (and found by `releasedesk notes`) from now on.
    m_dirty = !exists;
    m_watcher.cancel(); // a queued composition of the previous draft is no use (and not run here)
    m_watcher.waitForFinished();
    m_openedAtGeneration = ++m_generation; // its finished signal is still queued: ignore it
    const auto composition = composeAndRender(m_sources, m_draft, currentTemplate(), m_context, {});
    m_document = composition.document;
    ++m_documentVersion;
    m_patchedSinceLaunch.clear();
    m_generatedMarkdown = composition.markdown;
    m_shownGeneration = m_generation;
    flush();
    Q_EMIT documentReset();
    Q_EMIT sectionsChanged();
    Q_EMIT detachedChanged(isDetached());
    Q_EMIT markdownChanged();
    return true;
}

void NotesSession::setSources(const QList<ExtractedNote> &notes)
{
    m_sources = notes;
    m_sourceRow.clear();
    for (int i = 0; i < m_sources.size(); ++i)
        m_sourceRow.insert(m_sources[i].key.qualifiedReference(), i);
    recomposeAndAnnounce();
}

void NotesSession::setRenderContext(const NotesRenderContext &context)
{
    m_context = context;
    recomposeAndAnnounce();
}

void NotesSession::setUserTemplates(const QList<NotesTemplate> &templates)
{
    m_userTemplates = templates;
    Q_EMIT templatesChanged();
    recomposeAndAnnounce();
}

NotesTemplate NotesSession::currentTemplate() const
{
    return findNotesTemplate(m_draft.templateId, m_userTemplates).value_or(NotesTemplate::kubeSphere());
}

QList<NotesTemplate> NotesSession::templates() const
{
    return NotesTemplate::presets() + m_userTemplates;
}

QString NotesSession::markdown() const
{
    return m_draft.detachedMarkdown.value_or(m_generatedMarkdown);
}

QString NotesSession::sourceTextOf(const QString &id) const
{
    // An entry folding cherry-picks into their original speaks with the note chosen for the group.
    if (const int entry = m_document.indexOf(id); entry >= 0)
        return m_document.entries[entry].sourceText;
    const int row = m_sourceRow.value(id, -1);
    return row < 0 ? QString() : m_sources[row].text;
}

EntryEdit &NotesSession::editOf(const QString &id)
{
    return m_draft.edits[id];
}

void NotesSession::setEntryText(const QString &id, const QString &text)
{
    auto &edit = editOf(id);
    const auto source = sourceTextOf(id);
    if (text == source && !edit.text) {
        return;
    }
    if (!edit.text)
        edit.sourceTextAtEdit = source;
    edit.text = text;
    patchEntry(id, [&text](NoteEntry &entry) {
        entry.text = text;
        entry.needsNote = false;
        entry.edited = true;
    });
    changed();
}

void NotesSession::setEntrySection(const QString &id, const QString &section)
{
    if (section.trimmed().isEmpty())
        return;
    editOf(id).section = section.trimmed();
    if (!m_draft.sectionOrder.contains(section.trimmed()))
        m_draft.sectionOrder = m_document.sections;
    changed();
}

void NotesSession::setEntryType(const QString &id, NoteType type)
{
    editOf(id).type = type;
    changed();
}

void NotesSession::setEntryIncluded(const QString &id, bool included)
{
    editOf(id).included = included;
    patchEntry(id, [included](NoteEntry &entry) { entry.included = included; });
    changed();
}

void NotesSession::setEntryReviewed(const QString &id, bool reviewed)
{
    editOf(id).reviewed = reviewed;
    patchEntry(id, [reviewed](NoteEntry &entry) { entry.reviewed = reviewed; });
    changed();
}

void NotesSession::acceptSourceText(const QString &id)
{
    auto &edit = editOf(id);
    edit.text.reset();
    edit.sourceTextAtEdit.clear();
    changed();
}

void NotesSession::keepEditedText(const QString &id)
{
    auto &edit = editOf(id);
    if (edit.text)
        edit.sourceTextAtEdit = sourceTextOf(id);
    changed();
}

void NotesSession::mergeEntries(const QStringList &ids)
{
    if (ids.size() < 2)
        return;
    // Merging merged entries: their groups join, the first id keeps its place.
    QStringList group;
    for (const auto &id : ids) {
        bool found = false;
        for (auto it = m_draft.merges.begin(); it != m_draft.merges.end(); ++it) {
            if (it->contains(id)) {
                for (const auto &member : std::as_const(*it)) {
                    if (!group.contains(member))
                        group.append(member);
                }
                m_draft.merges.erase(it);
                found = true;
                break;
            }
        }
        if (!found && !group.contains(id))
            group.append(id);
    }
    m_draft.merges.append(group);
    changed();
}

void NotesSession::splitEntry(const QString &id)
{
    const auto before = m_draft.merges.size();
    m_draft.merges.removeIf([&id](const QStringList &group) { return group.contains(id); });
    if (m_draft.merges.size() != before)
        changed();
}

void NotesSession::moveEntry(const QString &id, int delta)
{
    const int row = m_document.indexOf(id);
    if (row < 0)
        return;
    const auto &entry = m_document.entries[row];
    QStringList group;
    for (const auto &other : std::as_const(m_document.entries)) {
        if (other.section == entry.section && other.type == entry.type)
            group.append(other.id);
    }
    const auto at = group.indexOf(id);
    const auto to = at + delta;
    if (to < 0 || to >= group.size())
        return;
    group.move(at, to);
    for (const auto &member : std::as_const(group))
        m_draft.entryOrder.removeAll(member);
    m_draft.entryOrder += group;
    changed();
}

void NotesSession::renameSection(const QString &from, const QString &to)
{
    const auto name = to.trimmed();
    if (name.isEmpty() || name == from)
        return;
    // Generated names are renamed at the source (so new PRs land in the renamed section too);
    // sections that only exist through edits are renamed in the edits.
    for (const auto &section : m_draft.areaMap.sections()) {
        if (m_draft.sectionRenames.value(section, section) == from)
            m_draft.sectionRenames.insert(section, name);
    }
    if (m_draft.areaMap.urgentSection == from
        || m_draft.sectionRenames.value(m_draft.areaMap.urgentSection) == from)
        m_draft.sectionRenames.insert(m_draft.areaMap.urgentSection, name);
    for (auto &edit : m_draft.edits) {
        if (edit.section == from)
            edit.section = name;
    }
    if (const auto reviewer = m_draft.sectionReviewers.take(from); !reviewer.isEmpty())
        m_draft.sectionReviewers.insert(name, reviewer);
    if (m_draft.sectionOrder.isEmpty())
        m_draft.sectionOrder = m_document.sections;
    m_draft.sectionOrder.replaceInStrings(
        QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(from) + QLatin1Char('$')), name);
    changed();
}

void NotesSession::addSection(const QString &name)
{
    const auto trimmed = name.trimmed();
    if (trimmed.isEmpty() || m_document.sections.contains(trimmed))
        return;
    m_draft.sectionOrder = m_document.sections;
    m_draft.sectionOrder.append(trimmed);
    changed();
}

void NotesSession::moveSection(const QString &name, int delta)
{
    auto order = m_document.sections;
    const auto at = order.indexOf(name);
    const auto to = at + delta;
    if (at < 0 || to < 0 || to >= order.size())
        return;
    order.move(at, to);
    m_draft.sectionOrder = order;
    changed();
}

void NotesSession::setTemplate(const QString &templateId)
{
    if (m_draft.templateId == templateId)
        return;
    m_draft.templateId = templateId;
    changed();
}

void NotesSession::setAreaMap(const AreaSectionMap &map)
{
    m_draft.areaMap = map;
    changed();
}

void NotesSession::setDetachedMarkdown(const QString &markdown)
{
    const bool wasDetached = isDetached();
    if (wasDetached && *m_draft.detachedMarkdown == markdown)
        return;
    if (!wasDetached && markdown == m_generatedMarkdown)
        return;
    m_draft.detachedMarkdown = markdown;
    m_dirty = true;
    scheduleSave();
    if (!wasDetached)
        Q_EMIT detachedChanged(true);
}

void NotesSession::reattach()
{
    if (!isDetached())
        return;
    // The direct edits stay in the history: nothing typed is ever lost.
    settleBackgroundSave(); // one writer at a time
    QString error;
    if (!m_store->saveVersion(m_draft, &error))
        Q_EMIT saveFailed(error);
    m_draft.detachedMarkdown.reset();
    changed();
    Q_EMIT detachedChanged(false);
}

void NotesSession::setSectionReviewer(const QString &section, const QString &login)
{
    const auto trimmed = login.trimmed().remove(QLatin1Char('@'));
    if (m_draft.sectionReviewers.value(section) == trimmed)
        return;
    if (trimmed.isEmpty())
        m_draft.sectionReviewers.remove(section);
    else
        m_draft.sectionReviewers.insert(section, trimmed);
    changed();
}

void NotesSession::markPublished(const QDateTime &when)
{
    m_draft.publishedEntries.clear();
    for (const auto &entry : std::as_const(m_document.entries)) {
        if (entry.included)
            m_draft.publishedEntries.insert(entry.id, entry.text);
    }
    m_draft.publishedAt = when;
    changed();
}

void NotesSession::recordUndoStep(const QString &description)
{
    constexpr int keptSteps = 20;
    m_undo.append({description, m_draft});
    if (m_undo.size() > keptSteps)
        m_undo.removeFirst();
    Q_EMIT undoAvailableChanged(true);
}

bool NotesSession::undo()
{
    if (m_undo.isEmpty())
        return false;
    auto [description, draft] = m_undo.takeLast();
    const bool wasDetached = isDetached();
    draft.name = m_draft.name;
    draft.releaseName = m_draft.releaseName;
    m_draft = draft;
    changed();
    if (wasDetached != isDetached())
        Q_EMIT detachedChanged(isDetached());
    Q_EMIT undoAvailableChanged(!m_undo.isEmpty());
    return true;
}

int NotesSession::applyReviewChanges(const QList<ReviewChange> &changes)
{
    int applied = 0;
    for (const auto &change : changes) {
        const int row = m_document.indexOf(change.entryId);
        if (row < 0)
            continue;
        auto &edit = editOf(change.entryId);
        switch (change.kind) {
        case ReviewChange::Kind::Text:
            // As setEntryText(): remember what the PR said, so a later change of the PR is shown.
            if (!edit.text)
                edit.sourceTextAtEdit = m_document.entries[row].sourceText;
            if (change.after == m_document.entries[row].sourceText && !edit.text)
                break;
            edit.text = change.after;
            break;
        case ReviewChange::Kind::Section:
            edit.section = change.after.trimmed();
            if (!m_draft.sectionOrder.contains(change.after.trimmed())) {
                if (m_draft.sectionOrder.isEmpty())
                    m_draft.sectionOrder = m_document.sections;
                m_draft.sectionOrder.append(change.after.trimmed());
            }
            break;
        case ReviewChange::Kind::Included:
            edit.included = change.after == u"yes";
            break;
        case ReviewChange::Kind::Reviewed:
            edit.reviewed = change.after == u"yes";
            break;
        }
        ++applied;
    }
    if (applied > 0)
        changed();
    return applied;
}

void NotesSession::restoreVersion(const NotesDraft &version)
{
    settleBackgroundSave(); // one writer at a time
    QString error;
    if (!m_store->saveVersion(m_draft, &error))
        Q_EMIT saveFailed(error);
    const bool wasDetached = isDetached();
    const auto name = m_draft.name;
    const auto release = m_draft.releaseName;
    m_draft = version;
    m_draft.name = name;
    m_draft.releaseName = release;
    changed();
    if (wasDetached != isDetached())
        Q_EMIT detachedChanged(isDetached());
}

void NotesSession::changed()
{
    m_dirty = true;
    scheduleSave();
    recomposeAndAnnounce();
}

void NotesSession::recomposeAndAnnounce()
{
    ++m_generation;
    if (m_sources.size() < m_backgroundThreshold) {
        apply(composeAndRender(m_sources, m_draft, currentTemplate(), m_context, m_document));
        m_shownGeneration = m_generation;
        return;
    }
    // Repeated changes while composing are coalesced: the finished handler starts one more run.
    if (!m_watcher.isRunning())
        launchComposition();
}

void NotesSession::apply(Composition composition)
{
    auto before = std::exchange(m_document, std::move(composition.document));
    ++m_documentVersion;
    m_generatedMarkdown = std::move(composition.markdown);
    // Taken before anything is announced: a slot may edit again, and its patch belongs to the next
    // composition.
    const auto patched = std::exchange(m_patchedSinceLaunch, {});
    if (!composition.changedIds) {
        Q_EMIT documentReset();
    } else {
        auto ids = std::move(*composition.changedIds);
        // Patched after the composition compared: shown patched, now shown composed.
        for (const auto &id : patched) {
            if (!ids.contains(id))
                ids.append(id);
        }
        if (!ids.isEmpty())
            Q_EMIT entriesChanged(ids);
    }
    if (before.sections != m_document.sections)
        Q_EMIT sectionsChanged();
    Q_EMIT markdownChanged();
    Q_EMIT composed();
    // Freeing thousands of entries (their lists, URLs and strings) took a third of this function's
    // time on the UI thread; nothing here refers to them any more. The worker frees them once the
    // window has painted the new document: freeing while it paints took the core that Qt's painting
    // helpers needed, and the window waited for them.
    if (before.entries.size() >= m_backgroundThreshold) {
        // Moved, not copied, into the task (the worker must hold the last reference), and queued
        // behind any composition or save.
        QTimer::singleShot(
            std::chrono::milliseconds(100), this, [this, released = std::move(before)]() mutable {
                m_worker.start([freed = std::move(released)] {}, -1);
            });
    }
}

} // namespace ReleaseDesk::Models
