#include "notes/notesreview.h"

#include "notes/notesexport.h"
#include "notes/notetype.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace ReleaseDesk::Models {

namespace {

// Column headers: stable English words, so a file returned from a reviewer whose spreadsheet speaks
// another language still imports. Matched case-insensitively, whatever their order.
const QString entryHeader = QStringLiteral("Entry");
const QString sectionHeader = QStringLiteral("Section");
const QString reviewerHeader = QStringLiteral("Reviewer");
const QString typeHeader = QStringLiteral("Type");
const QString noteHeader = QStringLiteral("Release note");
const QString includedHeader = QStringLiteral("Included");
const QString reviewedHeader = QStringLiteral("Reviewed");
const QString pullRequestsHeader = QStringLiteral("Pull requests");
const QString authorsHeader = QStringLiteral("Authors");
const QString commentHeader = QStringLiteral("Comment");

bool needsFormulaGuard(const QString &cell)
{
    return !cell.isEmpty()
        && (cell.front() == QLatin1Char('=') || cell.front() == QLatin1Char('+')
            || cell.front() == QLatin1Char('-') || cell.front() == QLatin1Char('@')
            || cell.front() == QLatin1Char('\t') || cell.front() == QLatin1Char('\r'));
}

QString csvField(QString cell)
{
    // A spreadsheet runs "=HYPERLINK(...)" from a PR author: an apostrophe makes it text (removed on import).
    if (needsFormulaGuard(cell))
        cell.prepend(QLatin1Char('\''));
    cell.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char(';'))
        || cell.contains(QLatin1Char('\t')) || cell != cell.trimmed();
    if (!quote)
        return cell;
    cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

QString unguarded(const QString &cell)
{
    if (cell.size() > 1 && cell.front() == QLatin1Char('\'') && needsFormulaGuard(cell.mid(1)))
        return cell.mid(1);
    return cell;
}

QString pullRequestsOf(const NoteEntry &entry)
{
    QStringList list;
    for (const auto &key : entry.sources)
        list.append(key.shortReference());
    for (const auto &pick : entry.cherryPicks)
        list.append(pick.key.shortReference());
    return list.join(QLatin1Char(' '));
}

bool wanted(const NotesDraft &draft, const NoteEntry &entry, const std::optional<QString> &reviewer)
{
    return !reviewer || reviewerOf(draft, entry) == *reviewer;
}

std::optional<bool> parseFlag(const QString &value)
{
    const auto v = value.trimmed().toCaseFolded();
    static const QSet<QString> yes
        = {QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"), QStringLiteral("1"),
            QStringLiteral("x"), QStringLiteral("✓"), QStringLiteral("✔"), QStringLiteral("是"),
            QStringLiteral("[x]"), QStringLiteral("ok"), QStringLiteral("wahr"), QStringLiteral("oui")};
    static const QSet<QString> no = {QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
        QStringLiteral("0"), QStringLiteral("否"), QStringLiteral("[ ]"), QStringLiteral("falsch"),
        QStringLiteral("non"), QStringLiteral("-")};
    if (yes.contains(v))
        return true;
    if (no.contains(v))
        return false;
    return std::nullopt;
}

QString flagText(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString fileSafe(const QString &name)
{
    // A login or a release name as a file name: no separators, no leading dot (hidden files, "..").
    QString out;
    for (const QChar c : name) {
        const bool kept
            = c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
        out.append(kept ? c : QLatin1Char('_'));
    }
    if (out.startsWith(QLatin1Char('.')))
        out.prepend(QLatin1Char('_'));
    return out;
}

QString decode(const QByteArray &bytes)
{
    // Spreadsheet programs save "Unicode text" as UTF-16; everything else here is UTF-8.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringDecoder::Utf16);
        return decoder.decode(bytes);
    }
    auto text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QChar guessSeparator(const QString &text)
{
    const auto firstLine = text.section(QLatin1Char('\n'), 0, 0);
    const QList<QChar> candidates = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    QChar best = QLatin1Char(',');
    qsizetype most = 0;
    for (const auto candidate : candidates) {
        const auto count = firstLine.count(candidate);
        if (count > most) {
            most = count;
            best = candidate;
        }
    }
    return best;
}

} // namespace

QString reviewerOf(const NotesDraft &draft, const NoteEntry &entry)
{
    return draft.sectionReviewers.value(entry.section);
}

QList<ReviewProgress> reviewProgress(const NotesDocument &document, const NotesDraft &draft)
{
    QHash<QString, ReviewProgress> byReviewer;
    for (const auto &entry : document.entries) {
        if (!entry.included)
            continue;
        const auto reviewer = reviewerOf(draft, entry);
        auto &progress = byReviewer[reviewer];
        progress.reviewer = reviewer;
        ++progress.total;
        if (entry.reviewed)
            ++progress.reviewed;
    }
    auto list = byReviewer.values();
    std::sort(list.begin(), list.end(), [](const ReviewProgress &a, const ReviewProgress &b) {
        if (a.reviewer.isEmpty() != b.reviewer.isEmpty())
            return b.reviewer.isEmpty();
        return a.reviewer.compare(b.reviewer, Qt::CaseInsensitive) < 0;
    });
    return list;
}

QStringList reviewCandidates(const NotesDocument &document, const NotesDraft &draft)
{
    QSet<QString> people;
    for (const auto &entry : document.entries) {
        for (const auto &author : entry.authors) {
            if (!author.endsWith(QLatin1StringView("[bot]")) && !author.endsWith(QLatin1StringView("-bot")))
                people.insert(author);
        }
    }
    for (const auto &reviewer : draft.sectionReviewers) {
        if (!reviewer.isEmpty())
            people.insert(reviewer);
    }
    QStringList list(people.cbegin(), people.cend());
    list.sort(Qt::CaseInsensitive);
    return list;
}

QByteArray reviewCsv(
    const NotesDocument &document, const NotesDraft &draft, const std::optional<QString> &reviewer)
{
    const QStringList header = {entryHeader, sectionHeader, reviewerHeader, typeHeader, noteHeader,
        includedHeader, reviewedHeader, pullRequestsHeader, authorsHeader, commentHeader};
    QString out = QChar(0xFEFF);
    const auto line = [&out](const QStringList &fields) {
        QStringList cells;
        for (const auto &field : fields)
            cells.append(csvField(field));
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(header);
    for (const auto &entry : document.entries) {
        if (!wanted(draft, entry, reviewer))
            continue;
        line({entry.id, entry.section, reviewerOf(draft, entry), noteTypeId(entry.type), entry.text,
            flagText(entry.included), flagText(entry.reviewed), pullRequestsOf(entry),
            entry.authors.join(QLatin1Char(' ')), QString()});
    }
    return out.toUtf8();
}

QByteArray reviewChecklist(
    const NotesDocument &document, const NotesDraft &draft, const std::optional<QString> &reviewer)
{
    QString out = QStringLiteral("# %1\n\n")
                      .arg(reviewer ? QCoreApplication::translate(
                               "ReleaseDesk::NotesReview", "Review of the %1 release notes: %2")
                                          .arg(document.releaseName,
                                              reviewer->isEmpty() ? QCoreApplication::translate(
                                                  "ReleaseDesk::NotesReview", "sections without a reviewer")
                                                                  : *reviewer)
                                    : QCoreApplication::translate(
                                        "ReleaseDesk::NotesReview", "Review of the %1 release notes")
                                          .arg(document.releaseName));
    for (const auto &section : document.sections) {
        QString lines;
        for (const auto &entry : document.entries) {
            if (entry.section != section || !wanted(draft, entry, reviewer))
                continue;
            auto text = escapeRawHtmlInMarkdown(entry.text.trimmed());
            text.replace(QLatin1Char('\n'), QStringLiteral("\n  "));
            lines
                += QStringLiteral("- [%1] %2%3 (%4)\n")
                       .arg(entry.reviewed ? QStringLiteral("x") : QStringLiteral(" "), text,
                           entry.included ? QString()
                                          : QStringLiteral(" ")
                                   + QCoreApplication::translate("ReleaseDesk::NotesReview", "*(excluded)*"),
                           pullRequestsOf(entry));
        }
        if (lines.isEmpty())
            continue;
        const auto sectionReviewer = draft.sectionReviewers.value(section);
        out += QStringLiteral("## %1\n\n")
                   .arg(sectionReviewer.isEmpty()
                           ? section
                           : QCoreApplication::translate("ReleaseDesk::NotesReview", "%1 (reviewer: @%2)")
                                 .arg(section, sectionReviewer));
        out += lines + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QList<ReviewFile> reviewFiles(
    const NotesDocument &document, const NotesDraft &draft, QList<ReviewFileFormat> formats, bool perReviewer)
{
    QList<std::optional<QString>> audiences;
    if (perReviewer) {
        for (const auto &progress : reviewProgress(document, draft))
            audiences.append(progress.reviewer);
    } else {
        audiences.append(std::nullopt);
    }
    const auto base
        = fileSafe(document.releaseName.isEmpty() ? QStringLiteral("notes") : document.releaseName);
    QList<ReviewFile> files;
    for (const auto &audience : audiences) {
        const QString stem = !audience ? QString(base + QStringLiteral("-review"))
            : audience->isEmpty()      ? QString(base + QStringLiteral("-review-unassigned"))
                                       : QString(base + QStringLiteral("-review-") + fileSafe(*audience));
        for (const auto format : formats) {
            if (format == ReviewFileFormat::Csv)
                files.append({stem + QStringLiteral(".csv"), reviewCsv(document, draft, audience)});
            else
                files.append({stem + QStringLiteral(".md"), reviewChecklist(document, draft, audience)});
        }
    }
    return files;
}

QStringList writeReviewFiles(const QString &folder, const QList<ReviewFile> &files, QString *error)
{
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("."))) {
        if (error)
            *error = QCoreApplication::translate("ReleaseDesk::NotesReview", "Cannot create the folder %1.")
                         .arg(folder);
        return {};
    }
    QStringList written;
    for (const auto &file : files) {
        QSaveFile out(dir.filePath(file.fileName));
        if (!out.open(QIODevice::WriteOnly) || out.write(file.bytes) != file.bytes.size() || !out.commit()) {
            if (error)
                *error = QCoreApplication::translate("ReleaseDesk::NotesReview", "Cannot write %1: %2")
                             .arg(out.fileName(), out.errorString());
            return {};
        }
        written.append(dir.filePath(file.fileName));
    }
    return written;
}

PublicationChanges changesSincePublication(const NotesDocument &document, const NotesDraft &draft)
{
    PublicationChanges changes;
    changes.published = draft.publishedAt.isValid();
    changes.publishedAt = draft.publishedAt;
    if (!changes.published)
        return changes;
    QSet<QString> present;
    for (const auto &entry : document.entries) {
        if (!entry.included)
            continue;
        present.insert(entry.id);
        const auto it = draft.publishedEntries.constFind(entry.id);
        if (it == draft.publishedEntries.cend())
            changes.added.append(entry.id);
        else if (it.value() != entry.text)
            changes.edited.append(entry.id);
    }
    for (auto it = draft.publishedEntries.cbegin(); it != draft.publishedEntries.cend(); ++it) {
        if (!present.contains(it.key()))
            changes.removed.append(it.key());
    }
    changes.removed.sort();
    return changes;
}

QString publicationChangesText(const PublicationChanges &changes)
{
    if (!changes.published)
        return QCoreApplication::translate(
            "ReleaseDesk::NotesReview", "Not published to GitHub from this draft yet.");
    const auto when = QLocale().toString(changes.publishedAt.toLocalTime(), QLocale::ShortFormat);
    if (changes.isEmpty())
        return QCoreApplication::translate(
            "ReleaseDesk::NotesReview", "Unchanged since the publication of %1.")
            .arg(when);
    return QCoreApplication::translate("ReleaseDesk::NotesReview", "Since the publication of %1: %2, %3, %4.")
        .arg(when,
            QCoreApplication::translate(
                "ReleaseDesk::NotesReview", "%n new", nullptr, int(changes.added.size())),
            QCoreApplication::translate(
                "ReleaseDesk::NotesReview", "%n edited", nullptr, int(changes.edited.size())),
            QCoreApplication::translate(
                "ReleaseDesk::NotesReview", "%n removed", nullptr, int(changes.removed.size())));
}

NotesDraft demoNotesDraft(
    const QString &releaseName, const QString &draftName, const QList<ExtractedNote> &notes)
{
    NotesDraft draft;
    draft.releaseName = releaseName;
    draft.name = draftName;
    const auto document = composeNotes(notes, draft);
    const QStringList reviewers = {QStringLiteral("lin-tao"), QStringLiteral("zhou-mei"),
        QStringLiteral("chen-hao"), QStringLiteral("wang-lei")};
    for (int i = 0; i + 1 < document.sections.size(); ++i)
        draft.sectionReviewers.insert(document.sections[i], reviewers[i % reviewers.size()]);
    QHash<QString, int> seen;
    for (const auto &entry : document.entries) {
        const auto reviewer = draft.sectionReviewers.value(entry.section);
        if (!entry.included || (reviewer != reviewers[0] && reviewer != reviewers[1]))
            continue;
        // Every other entry of the first two reviewers: their progress reads about half done.
        if (seen[reviewer]++ % 2 == 0)
            draft.edits[entry.id].reviewed = true;
    }
    return draft;
}

QList<QStringList> parseCsv(const QString &text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            row.append(field);
            field.clear();
            fieldStarted = false;
            if (!(row.size() == 1 && row.first().isEmpty()))
                rows.append(row);
            row.clear();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

ReviewImport readReviewCsv(const QByteArray &bytes, const NotesDocument &document)
{
    ReviewImport result;
    const auto text = decode(bytes);
    const auto rows = parseCsv(text, guessSeparator(text));
    if (rows.isEmpty()) {
        result.problems.append(QCoreApplication::translate("ReleaseDesk::NotesReview", "The file is empty."));
        return result;
    }
    QHash<QString, int> column;
    for (int i = 0; i < rows.first().size(); ++i)
        column.insert(rows.first()[i].trimmed().toCaseFolded(), i);
    const auto at = [&column](const QString &header) { return column.value(header.toCaseFolded(), -1); };
    const int entryColumn = at(entryHeader);
    if (entryColumn < 0) {
        result.problems.append(QCoreApplication::translate("ReleaseDesk::NotesReview",
            "The file has no \"%1\" column: it was not exported for review by Release Desk.")
                                   .arg(entryHeader));
        return result;
    }
    const int noteColumn = at(noteHeader);
    const int sectionColumn = at(sectionHeader);
    const int includedColumn = at(includedHeader);
    const int reviewedColumn = at(reviewedHeader);

    QHash<QString, int> rowOfEntry;
    for (int i = 0; i < document.entries.size(); ++i)
        rowOfEntry.insert(document.entries[i].id, i);
    QSet<QString> seen;
    for (int r = 1; r < rows.size(); ++r) {
        const auto &fields = rows[r];
        const int line = r + 1;
        const auto cell = [&fields](int index) {
            return index >= 0 && index < fields.size() ? unguarded(fields[index]) : QString();
        };
        const auto id = cell(entryColumn).trimmed();
        if (id.isEmpty())
            continue;
        ++result.rows;
        const int row = rowOfEntry.value(id, -1);
        if (row < 0) {
            result.problems.append(QCoreApplication::translate("ReleaseDesk::NotesReview",
                "Row %1: no entry %2 in these notes (merged, split or no longer in the release).")
                                       .arg(line)
                                       .arg(id));
            continue;
        }
        if (seen.contains(id)) {
            result.problems.append(QCoreApplication::translate(
                "ReleaseDesk::NotesReview", "Row %1: %2 is listed twice; the first row counts.")
                                       .arg(line)
                                       .arg(id));
            continue;
        }
        seen.insert(id);
        const auto &entry = document.entries[row];
        if (noteColumn >= 0 && noteColumn < fields.size()) {
            auto note = cell(noteColumn);
            note.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            note.replace(QLatin1Char('\r'), QLatin1Char('\n'));
            note = note.trimmed();
            if (!note.isEmpty() && note != entry.text.trimmed())
                result.changes.append({id, ReviewChange::Kind::Text, entry.text, note, line});
        }
        if (sectionColumn >= 0 && sectionColumn < fields.size()) {
            const auto section = cell(sectionColumn).trimmed();
            if (!section.isEmpty() && section != entry.section)
                result.changes.append({id, ReviewChange::Kind::Section, entry.section, section, line});
        }
        const auto flag = [&](int index, bool current, ReviewChange::Kind kind, const QString &header) {
            if (index < 0 || index >= fields.size() || cell(index).trimmed().isEmpty())
                return;
            const auto value = parseFlag(cell(index));
            if (!value) {
                result.problems.append(QCoreApplication::translate(
                    "ReleaseDesk::NotesReview", "Row %1: \"%2\" in the %3 column is neither yes nor no.")
                                           .arg(line)
                                           .arg(cell(index), header));
                return;
            }
            if (*value != current)
                result.changes.append({id, kind, flagText(current), flagText(*value), line});
        };
        flag(includedColumn, entry.included, ReviewChange::Kind::Included, includedHeader);
        flag(reviewedColumn, entry.reviewed, ReviewChange::Kind::Reviewed, reviewedHeader);
    }
    return result;
}

QString reviewChangeKindName(ReviewChange::Kind kind)
{
    switch (kind) {
    case ReviewChange::Kind::Text:
        return QCoreApplication::translate("ReleaseDesk::NotesReview", "Note");
    case ReviewChange::Kind::Section:
        return QCoreApplication::translate("ReleaseDesk::NotesReview", "Section");
    case ReviewChange::Kind::Included:
        return QCoreApplication::translate("ReleaseDesk::NotesReview", "Included");
    case ReviewChange::Kind::Reviewed:
        return QCoreApplication::translate("ReleaseDesk::NotesReview", "Reviewed");
    }
    return {};
}

} // namespace ReleaseDesk::Models
