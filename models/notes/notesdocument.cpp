#include "notes/notesdocument.h"

#include "notes/notesexport.h"
#include "untrustedtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ReleaseDesk::Models {

namespace {

constexpr int tooLongCharacters = 400;

NoteEntry entryFrom(const ExtractedNote &note, const NotesDraft &draft, const QStringList &otherIds = {})
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

    auto edit = draft.edits.find(entry.id);
    // A draft saved before the cherry-pick was folded into its original keeps the pick's edit.
    for (int i = 0; edit == draft.edits.cend() && i < otherIds.size(); ++i)
        edit = draft.edits.find(otherIds[i]);
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
    into.cherryPicks += other.cherryPicks;
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

QUrl pullUrlOf(const Api::ItemKey &key, const QUrl &like)
{
    const auto scheme = like.scheme().isEmpty() ? QStringLiteral("https") : like.scheme();
    return QUrl(QStringLiteral("%1://%2/%3/pull/%4")
                    .arg(scheme, key.repository.host, key.repository.fullName())
                    .arg(key.number));
}

/// An original PR and the cherry-picks of it the release holds, as one entry's raw material.
struct PickGroup
{
    Api::ItemKey origin;
    const ExtractedNote *original = nullptr;
    QList<const ExtractedNote *> picks;
};

/// The note standing for a group: the original's note, else a pick's, else whichever says "none",
/// else the original's (or the first pick's) title. Labels and SIGs of all.
ExtractedNote representativeOf(const PickGroup &group)
{
    QList<const ExtractedNote *> members;
    if (group.original)
        members.append(group.original);
    members += group.picks;
    const ExtractedNote *chosen = nullptr;
    for (const auto *member : members) {
        if (!chosen && member->hasNote())
            chosen = member;
    }
    for (const auto *member : members) {
        if (!chosen && member->status == ExtractedNote::Status::NoNote)
            chosen = member;
    }
    if (!chosen)
        chosen = members.first();
    ExtractedNote note = *chosen;
    note.key = group.origin;
    note.cherryPickOf.reset();
    note.url = group.original ? group.original->url : pullUrlOf(group.origin, group.picks.first()->url);
    // The original's author wrote the change; a pick is often a bot's.
    note.author = group.original ? group.original->author : group.picks.first()->author;
    if (note.needsNote() && note.text.isEmpty()) {
        for (const auto *member : members) {
            if (note.text.isEmpty())
                note.text = withoutCherryPickPrefixes(member->title);
        }
    }
    note.mergedAt = QDateTime();
    for (const auto *member : members) {
        for (const auto &label : member->labels) {
            if (!note.labels.contains(label))
                note.labels.append(label);
        }
        for (const auto &sig : member->sigs) {
            if (!note.sigs.contains(sig))
                note.sigs.append(sig);
        }
        if (member->mergedAt > note.mergedAt)
            note.mergedAt = member->mergedAt;
        note.actionRequired = note.actionRequired || member->actionRequired;
    }
    note.sigs.sort();
    return note;
}

} // namespace

namespace {

bool isPrivateHost(const QString &host)
{
    const auto lower = host.toLower();
    if (lower.isEmpty())
        return false;
    QHostAddress address;
    if (address.setAddress(lower)) {
        return address.isLoopback() || address.isPrivateUse() || address.isLinkLocal()
            || address.isSiteLocal() || address.isUniqueLocalUnicast();
    }
    static const QStringList internalSuffixes
        = {QStringLiteral(".local"), QStringLiteral(".localhost"), QStringLiteral(".internal"),
            QStringLiteral(".intranet"), QStringLiteral(".corp"), QStringLiteral(".lan"),
            QStringLiteral(".home.arpa"), QStringLiteral(".svc"), QStringLiteral(".cluster.local")};
    if (lower == u"localhost" || !lower.contains(QLatin1Char('.')))
        return true;
    return std::any_of(internalSuffixes.cbegin(), internalSuffixes.cend(),
        [&lower](const QString &suffix) { return lower.endsWith(suffix); });
}

} // namespace

LintWarnings publicationWarnings(const QString &text)
{
    LintWarnings warnings;
    if (text.isEmpty())
        return warnings;
    if (hasDirectionControls(text))
        warnings |= LintWarning::DirectionControl;
    // Code spans show what they hold verbatim: HTML or a link there is an example, not markup.
    static const QRegularExpression codeSpan(QStringLiteral("(`+)[\\s\\S]*?\\1"));
    // Cheap tests first: most notes hold none of these characters, and a release has thousands.
    QString prose = text;
    if (prose.contains(QLatin1Char('`')))
        prose.replace(codeSpan, QStringLiteral(" "));
    if ((prose.contains(QLatin1Char('<')) || prose.contains(QLatin1Char('&')))
        && escapeRawHtmlInMarkdown(prose) != prose)
        warnings |= LintWarning::RawHtml;
    const bool mayLink = prose.contains(QLatin1Char('<')) || prose.contains(QLatin1Char(']'))
        || prose.contains(QLatin1StringView("src"), Qt::CaseInsensitive)
        || prose.contains(QLatin1StringView("href"), Qt::CaseInsensitive);
    // [text](target), ![alt](target), <scheme:...> autolinks, [ref]: target definitions, src="..." in HTML.
    static const QRegularExpression targets(
        QStringLiteral(
            "(!?)\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)|<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\\s]+)>"
            "|^\\s*\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s|$)|(?:src|href)\\s*=\\s*[\"']?([^\"'\\s>]+)"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    for (auto it = targets.globalMatch(mayLink ? prose : QString()); it.hasNext();) {
        const auto match = it.next();
        QString target;
        for (int group = 2; group <= 5 && target.isEmpty(); ++group)
            target = match.captured(group);
        const bool image = match.captured(1) == u"!"
            || match.captured(0).startsWith(QLatin1StringView("src"), Qt::CaseInsensitive);
        if (target.isEmpty())
            continue;
        const QUrl url(target);
        const auto scheme = url.scheme().toLower();
        // A relative image is the publishing site's own; anything else not on the web is suspect.
        if (image && (scheme == u"http" || scheme == u"https" || target.startsWith(QLatin1StringView("//"))))
            warnings |= LintWarning::RemoteImage;
        else if (!scheme.isEmpty() && !isSafeExportLink(target))
            warnings |= LintWarning::UnsafeLink;
        else if (!image && scheme.isEmpty() && !target.startsWith(QLatin1Char('#')))
            warnings |= LintWarning::UnsafeLink;
    }
    static const QRegularExpression addresses(
        QStringLiteral("\\b(?:https?|ftp|wss?)://([^/\\s)\\]>\"':?#]+)"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = addresses.globalMatch(prose.contains(QLatin1StringView("://")) ? prose : QString());
         it.hasNext();) {
        auto host = it.next().captured(1);
        if (const int at = int(host.lastIndexOf(QLatin1Char('@'))); at >= 0)
            host = host.mid(at + 1);
        if (host.startsWith(QLatin1Char('[')))
            host = host.mid(1).section(QLatin1Char(']'), 0, 0);
        if (isPrivateHost(host))
            warnings |= LintWarning::PrivateUrl;
    }
    return warnings;
}

QString normalisedNoteText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out.append(QLatin1Char(' '));
            space = false;
            out.append(c);
        } else {
            // Punctuation, Markdown emphasis and code marks, spaces: a word boundary at most.
            space = true;
        }
    }
    return out.toCaseFolded();
}

QStringList nearIdenticalEntries(const NotesDocument &document, const QString &entryId)
{
    const int row = document.indexOf(entryId);
    if (row < 0)
        return {};
    const auto key = normalisedNoteText(document.entries[row].text);
    QStringList ids {entryId};
    if (key.isEmpty())
        return ids;
    for (const auto &entry : document.entries) {
        if (entry.id != entryId && entry.included && normalisedNoteText(entry.text) == key)
            ids.append(entry.id);
    }
    return ids;
}

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

    // Originals and their cherry-picks, keyed by the original (repository-qualified: #100 of one
    // repository is never #100 of another). A pick of a pick counts for the first original.
    QHash<Api::ItemKey, const ExtractedNote *> byKey;
    byKey.reserve(notes.size());
    for (const auto &note : notes)
        byKey.insert(note.key, &note); // the same PR found twice (milestone and tag range): one entry
    const auto originOf = [&byKey](const ExtractedNote &note) {
        auto origin = *note.cherryPickOf;
        for (int hops = 0; hops < 8; ++hops) {
            const auto *next = byKey.value(origin);
            if (!next || !next->cherryPickOf || *next->cherryPickOf == note.key)
                break;
            origin = *next->cherryPickOf;
        }
        return origin;
    };
    QList<PickGroup> groups;
    groups.reserve(notes.size());
    QHash<Api::ItemKey, int> groupOf;
    groupOf.reserve(notes.size());
    QSet<Api::ItemKey> seen;
    seen.reserve(notes.size());
    for (const auto &note : notes) {
        if (note.cherryPickOf || seen.contains(note.key))
            continue;
        seen.insert(note.key);
        groupOf.insert(note.key, groups.size());
        groups.append({note.key, &note, {}});
    }
    for (const auto &note : notes) {
        if (!note.cherryPickOf || seen.contains(note.key))
            continue;
        seen.insert(note.key);
        const auto origin = originOf(note);
        auto it = groupOf.constFind(origin);
        if (it == groupOf.cend()) {
            it = groupOf.insert(origin, groups.size());
            groups.append({origin, nullptr, {}});
        }
        groups[*it].picks.append(&note);
    }

    QList<NoteEntry> entries;
    entries.reserve(groups.size());
    QHash<QString, int> rowOfId;
    rowOfId.reserve(notes.size());
    for (const auto &group : std::as_const(groups)) {
        const int row = entries.size();
        rowOfId.insert(group.origin.qualifiedReference(), row);
        if (group.picks.isEmpty()) {
            entries.append(entryFrom(*group.original, draft));
            continue;
        }
        QStringList pickIds;
        for (const auto *pick : group.picks) {
            pickIds.append(pick->key.qualifiedReference());
            rowOfId.insert(pickIds.last(), row);
        }
        auto entry = entryFrom(representativeOf(group), draft, pickIds);
        for (const auto *pick : group.picks)
            entry.cherryPicks.append({group.origin, pick->key, pick->url, pick->baseRef});
        entries.append(std::move(entry));
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
    // Normalised once per entry: thousands of entries, each compared by its normalised text.
    QList<QString> normalised(document.entries.size());
    for (int row = 0; row < document.entries.size(); ++row) {
        const auto &entry = document.entries[row];
        if (!entry.included)
            continue;
        normalised[row] = normalisedNoteText(entry.text);
        ++textCount[normalised[row]];
        for (const auto &source : entry.sources)
            sectionsOfSource[source.qualifiedReference()].insert(entry.section);
    }
    for (int row = 0; row < document.entries.size(); ++row) {
        auto &entry = document.entries[row];
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
            if (const auto &key = normalised[row]; !key.isEmpty() && textCount.value(key) > 1)
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
        if (entry.included)
            warnings |= publicationWarnings(entry.text);
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
            QT_TRANSLATE_NOOP("ReleaseDesk::Lint",
                "Another entry says nearly the same: select this entry and press Merge (Ctrl+M) to join "
                "them.")},
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
        {LintWarning::RawHtml,
            QT_TRANSLATE_NOOP("ReleaseDesk::Lint",
                "The note holds HTML: exports show it as text unless the template allows HTML.")},
        {LintWarning::UnsafeLink,
            QT_TRANSLATE_NOOP("ReleaseDesk::Lint",
                "The note links to something other than a web or mail address: HTML and PDF exports drop "
                "the link.")},
        {LintWarning::RemoteImage,
            QT_TRANSLATE_NOOP("ReleaseDesk::Lint",
                "The note shows an image from elsewhere: readers' browsers would load it. Exports leave it "
                "out unless you ask for remote images.")},
        {LintWarning::DirectionControl,
            QT_TRANSLATE_NOOP("ReleaseDesk::Lint",
                "The note holds invisible characters that reverse the text as displayed: check what it "
                "really says.")},
        {LintWarning::PrivateUrl,
            QT_TRANSLATE_NOOP("ReleaseDesk::Lint",
                "The note mentions an address on a private network or an internal host: readers cannot open "
                "it, and it may not be meant for publication.")},
    };
    QStringList list;
    for (const auto &[warning, text] : messages) {
        if (warnings & warning)
            list.append(QCoreApplication::translate("ReleaseDesk::Lint", text));
    }
    return list;
}

} // namespace ReleaseDesk::Models
