#include "notes/notesdocument.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace ReleaseDesk::Models {

namespace {

constexpr int tooLongCharacters = 400;

NoteEntry entryFrom(const ExtractedNote &note, const NotesDraft &draft)
{
    NoteEntry entry;
    entry.id = note.key.qualifiedReference();
    entry.sources = {note.key};
    entry.sourceUrls = {note.url};
    if (!note.author.isEmpty())
        entry.authors = {note.author};
    entry.sigs = note.sigs;
    entry.labels = note.labels;
    entry.type = note.type;
    entry.text = note.text;
    entry.title = note.title;
    entry.body = note.body;
    entry.baseRef = note.baseRef;
    entry.headRef = note.headRef;
    entry.sourceText = note.text;
    entry.actionRequired = note.actionRequired;
    entry.needsNote = note.needsNote();
    entry.status = note.status;
    entry.flags = note.flags;
    entry.included = note.includedByDefault();
    entry.mergedAt = note.mergedAt;
    entry.section = note.actionRequired && !draft.areaMap.urgentSection.isEmpty()
        ? draft.areaMap.urgentSection
        : draft.areaMap.sectionFor(note.areas);
    entry.section = draft.sectionRenames.value(entry.section, entry.section);

    const auto edit = draft.edits.find(entry.id);
    if (edit == draft.edits.cend())
        return entry;
    entry.edited = !edit->isEmpty();
    if (edit->text) {
        entry.text = *edit->text;
        entry.needsNote = false;
        entry.sourceTextAtEdit = edit->sourceTextAtEdit;
        entry.sourceChanged = edit->sourceTextAtEdit != note.text;
    }
    if (edit->section)
        entry.section = *edit->section;
    if (edit->type)
        entry.type = *edit->type;
    if (edit->included) {
        entry.included = *edit->included;
        entry.inclusionEdited = true;
    }
    entry.reviewed = edit->reviewed;
    return entry;
}

void absorb(NoteEntry &into, const NoteEntry &other)
{
    into.sources += other.sources;
    into.sourceUrls += other.sourceUrls;
    for (const auto &author : other.authors) {
        if (!into.authors.contains(author))
            into.authors.append(author);
    }
    for (const auto &label : other.labels) {
        if (!into.labels.contains(label))
            into.labels.append(label);
    }
    for (const auto &sig : other.sigs) {
        if (!into.sigs.contains(sig))
            into.sigs.append(sig);
    }
    into.sigs.sort();
    into.actionRequired = into.actionRequired || other.actionRequired;
    into.flags |= other.flags;
    into.sourceChanged = into.sourceChanged || other.sourceChanged;
    if (other.mergedAt > into.mergedAt)
        into.mergedAt = other.mergedAt;
}

QString normalisedForDuplicates(const QString &text)
{
    QString simplified = text.simplified().toCaseFolded();
    while (simplified.endsWith(QLatin1Char('.')))
        simplified.chop(1);
    return simplified;
}

} // namespace

int NotesDocument::indexOf(const QString &entryId) const
{
    for (int i = 0; i < entries.size(); ++i) {
        if (entries[i].id == entryId)
            return i;
    }
    return -1;
}

NotesDocument composeNotes(const QList<ExtractedNote> &notes, const NotesDraft &draft)
{
    NotesDocument document;
    document.releaseName = draft.releaseName;
    document.urgentSection
        = draft.sectionRenames.value(draft.areaMap.urgentSection, draft.areaMap.urgentSection);

    QList<NoteEntry> entries;
    entries.reserve(notes.size());
    QHash<QString, int> rowOfId;
    rowOfId.reserve(notes.size());
    for (const auto &note : notes) {
        const auto id = note.key.qualifiedReference();
        if (rowOfId.contains(id))
            continue; // the same PR found twice (milestone and tag range): one entry
        rowOfId.insert(id, entries.size());
        entries.append(entryFrom(note, draft));
    }

    QList<bool> absorbed(entries.size(), false);
    for (const auto &group : draft.merges) {
        int primary = -1;
        for (const auto &id : group) {
            const int row = rowOfId.value(id, -1);
            if (row < 0 || absorbed[row])
                continue;
            if (primary < 0) {
                primary = row;
                continue;
            }
            absorb(entries[primary], entries[row]);
            absorbed[row] = true;
        }
    }

    QHash<QString, int> rank;
    rank.reserve(draft.entryOrder.size());
    for (int i = 0; i < draft.entryOrder.size(); ++i)
        rank.insert(draft.entryOrder[i], i);

    QStringList sections = draft.sectionOrder;
    const auto addSection = [&sections](const QString &name) {
        if (!name.isEmpty() && !sections.contains(name))
            sections.append(name);
    };
    for (const auto &name : draft.areaMap.sections()) {
        const auto renamed = draft.sectionRenames.value(name, name);
        if (std::any_of(entries.cbegin(), entries.cend(),
                [&renamed](const NoteEntry &e) { return e.section == renamed; }))
            addSection(renamed);
    }
    for (int row = 0; row < entries.size(); ++row) {
        if (!absorbed[row])
            addSection(entries[row].section);
    }
    // The urgent section (API Changes, Urgent Upgrade Notes) closes the notes unless the editor moved it.
    if (!draft.sectionOrder.contains(document.urgentSection)
        && sections.removeAll(document.urgentSection) > 0)
        sections.append(document.urgentSection);
    document.sections = sections;

    QHash<QString, int> sectionIndex;
    for (int i = 0; i < sections.size(); ++i)
        sectionIndex.insert(sections[i], i);
    for (int row = 0; row < entries.size(); ++row) {
        if (!absorbed[row])
            document.entries.append(std::move(entries[row]));
    }
    std::stable_sort(document.entries.begin(), document.entries.end(),
        [&sectionIndex, &rank](const NoteEntry &a, const NoteEntry &b) {
            const int sa = sectionIndex.value(a.section), sb = sectionIndex.value(b.section);
            if (sa != sb)
                return sa < sb;
            if (a.type != b.type)
                return a.type < b.type;
            const int ra = rank.value(a.id, INT_MAX), rb = rank.value(b.id, INT_MAX);
            if (ra != rb)
                return ra < rb;
            if (a.mergedAt != b.mergedAt)
                return a.mergedAt < b.mergedAt;
            return a.id < b.id;
        });
    lintNotes(document);
    return document;
}

void lintNotes(NotesDocument &document)
{
    QHash<QString, int> textCount;
    QHash<QString, QSet<QString>> sectionsOfSource;
    for (const auto &entry : std::as_const(document.entries)) {
        if (!entry.included)
            continue;
        ++textCount[normalisedForDuplicates(entry.text)];
        for (const auto &source : entry.sources)
            sectionsOfSource[source.qualifiedReference()].insert(entry.section);
    }
    for (auto &entry : document.entries) {
        LintWarnings warnings;
        if (entry.needsNote)
            warnings |= entry.status == ExtractedNote::Status::Unanswered ? LintWarning::Unanswered
                                                                          : LintWarning::NoNote;
        if (entry.sourceChanged)
            warnings |= LintWarning::SourceChanged;
        if (entry.flags & (ExtractedNote::Flag::LabelSaysNone | ExtractedNote::Flag::LabelSaysNote))
            warnings |= LintWarning::LabelsDisagree;
        if (entry.included) {
            const auto text = entry.text.trimmed();
            if (textCount.value(normalisedForDuplicates(entry.text)) > 1)
                warnings |= LintWarning::Duplicate;
            // A note ending in a list, code or link target is left alone: only prose needs the period.
            // A title standing in for a missing note is already flagged; its style is not the point.
            if (!entry.needsNote && !text.isEmpty() && !text.endsWith(QLatin1Char('.'))
                && !text.endsWith(QLatin1Char('`')) && !text.endsWith(QLatin1Char(')'))
                && !text.contains(QLatin1Char('\n')))
                warnings |= LintWarning::NoFinalPeriod;
            if (!entry.needsNote && !text.isEmpty() && text.front().isLower())
                warnings |= LintWarning::NoCapital;
            if (text.size() > tooLongCharacters)
                warnings |= LintWarning::TooLong;
            for (const auto &source : entry.sources) {
                if (sectionsOfSource.value(source.qualifiedReference()).size() > 1)
                    warnings |= LintWarning::SeveralSections;
            }
            if (entry.actionRequired && !document.urgentSection.isEmpty()
                && entry.section != document.urgentSection)
                warnings |= LintWarning::ActionRequiredNotUrgent;
        }
        if ((entry.flags & ExtractedNote::Flag::NoKindLabel) && entry.type == NoteType::Other)
            warnings |= LintWarning::NoKindLabel;
        entry.warnings = warnings;
    }
}

QStringList lintWarningMessages(LintWarnings warnings)
{
    const QList<std::pair<LintWarning, const char *>> messages = {
        {LintWarning::NoNote,
            QT_TRANSLATE_NOOP(
                "ReleaseDesk::Lint", "No release-note block: the text is the PR title. Write a note.")},
        {LintWarning::Unanswered,
            QT_TRANSLATE_NOOP("ReleaseDesk::Lint",
                "The release-note block is empty: the author did not answer. Write a note or exclude the "
                "entry.")},
        {LintWarning::Duplicate,
            QT_TRANSLATE_NOOP("ReleaseDesk::Lint", "Another entry has the same text: merge them.")},
        {LintWarning::NoFinalPeriod,
            QT_TRANSLATE_NOOP("ReleaseDesk::Lint", "The note does not end with a period.")},
        {LintWarning::NoCapital,
            QT_TRANSLATE_NOOP("ReleaseDesk::Lint", "The note does not start with a capital letter.")},
        {LintWarning::TooLong,
            QT_TRANSLATE_NOOP(
                "ReleaseDesk::Lint", "The note is very long: shorten it or link to the documentation.")},
        {LintWarning::SeveralSections,
            QT_TRANSLATE_NOOP("ReleaseDesk::Lint", "The PR is cited in several sections.")},
        {LintWarning::NoKindLabel,
            QT_TRANSLATE_NOOP("ReleaseDesk::Lint", "The PR has no kind/* label: choose a type.")},
        {LintWarning::ActionRequiredNotUrgent,
            QT_TRANSLATE_NOOP("ReleaseDesk::Lint", "An action-required note outside the urgent section.")},
        {LintWarning::LabelsDisagree,
            QT_TRANSLATE_NOOP("ReleaseDesk::Lint", "The PR's body and its release-note labels disagree.")},
        {LintWarning::SourceChanged,
            QT_TRANSLATE_NOOP("ReleaseDesk::Lint",
                "The PR's note changed after this entry was edited: compare and choose.")},
    };
    QStringList list;
    for (const auto &[warning, text] : messages) {
        if (warnings & warning)
            list.append(QCoreApplication::translate("ReleaseDesk::Lint", text));
    }
    return list;
}

} // namespace ReleaseDesk::Models
