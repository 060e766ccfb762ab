#include "notescommand.h"
#include "store/itemrepository.h"

#include "commandworkspace.h"
#include "translations.h"

#include "notes/notesdraftstore.h"
#include "notes/notesexport.h"
#include "notes/notesrenderer.h"
#include "notes/notesreview.h"
#include "notes/notessession.h"
#include "notes/notestemplate.h"
#include "publishedreleases.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <limits>

namespace ReleaseDesk::App {

namespace {
/// A preset id, a release-drafter.yml, or a template saved as JSON (NotesTemplate::toJson()).
std::optional<Models::NotesTemplate> templateFrom(
    const QString &value, const QList<Models::NotesTemplate> &saved, QString *error)
{
    if (auto found = Models::findNotesTemplate(value, saved))
        return found;
    QFile file(value);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("No template \"%1\": use kubesphere, kubesphere-zh, kubernetes, drafter, or a file "
                    "(release-drafter.yml or a template exported as JSON).")
                     .arg(value);
        return std::nullopt;
    }
    const auto bytes = file.readAll();
    const auto suffix = QFileInfo(value).suffix().toLower();
    if (suffix == u"yml" || suffix == u"yaml")
        return Models::NotesTemplate::fromReleaseDrafterYaml(bytes, error);
    const auto json = QJsonDocument::fromJson(bytes);
    if (!json.isObject()) {
        *error = tr("%1 is neither a release-drafter.yml nor a template in JSON.").arg(value);
        return std::nullopt;
    }
    return Models::NotesTemplate::fromJson(json.object());
}
} // namespace

int runNotesCommand(int argc, char *argv[])
{
    // HTML needs fonts (QTextDocument): a GUI application on the offscreen platform, never a display.
    useOffscreenPlatformUnlessSet();
    QGuiApplication app(argc, argv);
    CommandParser parser(app, "notes");
    QTextStream err(stderr);
    const QCommandLineOption draftOption(QStringLiteral("draft"),
        tr("The draft whose edits apply (default: the first saved one; none: no edits)."), tr("NAME"));
    const QCommandLineOption templateOption(QStringLiteral("template"),
        tr("kubesphere, kubesphere-zh, kubernetes, drafter, or a FILE (release-drafter.yml or a JSON "
           "template). "
           "Default: the draft's."),
        tr("TEMPLATE"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), tr("md (default), html or json."), tr("FORMAT"), QStringLiteral("md"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"), tr("Write to FILE (atomically) instead of standard output."), tr("FILE"));
    const QCommandLineOption reviewExportOption(QStringLiteral("review-export"),
        tr("Write the notes for review into DIR (one CSV and one Markdown checklist per reviewer) instead of "
           "rendering them."),
        tr("DIR"));
    const QCommandLineOption reviewFormatOption(QStringLiteral("review-format"),
        tr("With --review-export: csv, md or both (default)."), tr("FORMAT"), QStringLiteral("both"));
    const QCommandLineOption oneFileOption(
        QStringLiteral("one-file"), tr("With --review-export: one file for every reviewer."));
    const QCommandLineOption reviewImportOption(QStringLiteral("review-import"),
        tr("Read a reviewed CSV, list every change and save them in the draft (created if the release has "
           "none)."),
        tr("FILE"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), tr("With --review-import: list the changes, save nothing."));
    parser.process(app,
        {&draftOption, &templateOption, &formatOption, &outputOption, &reviewExportOption,
            &reviewFormatOption, &oneFileOption, &reviewImportOption, &dryRunOption});
    const auto format
        = parser.oneOf(formatOption, {u"md", u"html", u"json"}, tr("--format must be md, html or json."));
    if (!format)
        return 2;

    CommandWorkspace workspace;
    if (const int status = parser.open(workspace))
        return status;

    const Models::NotesDraftStore drafts(Models::NotesDraftStore::directoryForWorkspace(workspace.path));
    Models::NotesDraft draft;
    draft.releaseName = workspace.release.name;
    const auto names = drafts.drafts(workspace.release.name);
    const auto draftName = parser.isSet(draftOption) ? parser.value(draftOption) : names.value(0);
    if (!draftName.isEmpty() && draftName != u"none") {
        if (!names.contains(draftName)) {
            err << tr("The release %1 has no draft \"%2\". Its drafts: %3")
                       .arg(workspace.release.name, draftName,
                           names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")))
                << Qt::endl;
            return 2;
        }
        QString error;
        const auto loaded = drafts.load(workspace.release.name, draftName, &error);
        if (!loaded) {
            err << error << Qt::endl;
            return 3;
        }
        draft = *loaded;
    }

    QList<Models::NotesTemplate> saved;
    for (const auto &value :
        QJsonDocument::fromJson(workspace.store.meta(QStringLiteral("notes/templates")).toUtf8()).array())
        saved.append(Models::NotesTemplate::fromJson(value.toObject()));
    QString error;
    const auto notesTemplate = templateFrom(
        parser.isSet(templateOption) ? parser.value(templateOption) : draft.templateId, saved, &error);
    if (!notesTemplate) {
        err << error << Qt::endl;
        return 2;
    }
    if (notesTemplate->style == Models::NotesTemplate::Style::Kubernetes && !parser.isSet(draftOption)
        && draft.edits.isEmpty())
        draft.areaMap = Models::AreaSectionMap::kubernetes();

    const auto notes = Models::extractMergedPullRequests(workspace.items);
    const auto document = Models::composeNotes(notes, draft);
    if (parser.isSet(reviewExportOption)) {
        const auto reviewFormat = parser.value(reviewFormatOption);
        QList<Models::ReviewFileFormat> formats;
        if (reviewFormat == u"csv" || reviewFormat == u"both")
            formats.append(Models::ReviewFileFormat::Csv);
        if (reviewFormat == u"md" || reviewFormat == u"both")
            formats.append(Models::ReviewFileFormat::Checklist);
        if (formats.isEmpty()) {
            err << tr("--review-format must be csv, md or both.") << Qt::endl;
            return 2;
        }
        const auto written = Models::writeReviewFiles(parser.value(reviewExportOption),
            Models::reviewFiles(document, draft, formats, !parser.isSet(oneFileOption)), &error);
        if (written.isEmpty()) {
            err << error << Qt::endl;
            return 1;
        }
        QTextStream out(stdout);
        for (const auto &path : written)
            out << path << Qt::endl;
        return 0;
    }
    if (parser.isSet(reviewImportOption)) {
        QFile in(parser.value(reviewImportOption));
        if (!in.open(QIODevice::ReadOnly)) {
            err << tr("Cannot read %1: %2").arg(in.fileName(), in.errorString()) << Qt::endl;
            return 3;
        }
        const auto review = Models::readReviewCsv(in.readAll(), document);
        QTextStream out(stdout);
        for (const auto &change : review.changes) {
            out << tr("%1\t%2\t%3 -> %4")
                       .arg(change.entryId, Models::reviewChangeKindName(change.kind),
                           QString(change.before).replace(QLatin1Char('\n'), QStringLiteral("\\n")),
                           QString(change.after).replace(QLatin1Char('\n'), QStringLiteral("\\n")))
                << Qt::endl;
        }
        for (const auto &problem : review.problems)
            err << problem << Qt::endl;
        if (parser.isSet(dryRunOption) || review.changes.isEmpty())
            return review.rows == 0 && !review.problems.isEmpty() ? 3 : 0;
        // The same path as the composer: a session over the draft, the changes applied as edits, saved.
        Models::NotesDraftStore store(Models::NotesDraftStore::directoryForWorkspace(workspace.path));
        Models::NotesSession session(&store);
        session.setBackgroundThreshold(std::numeric_limits<int>::max()); // compose before applying
        const auto target = draftName.isEmpty() || draftName == u"none" ? tr("Draft 1") : draftName;
        if (!session.open(workspace.release.name, target, &error)) {
            err << error << Qt::endl;
            return 3;
        }
        session.setSources(notes);
        const int applied = session.applyReviewChanges(review.changes);
        if (!session.flush()) {
            err << tr("Cannot save the draft %1.").arg(target) << Qt::endl;
            return 1;
        }
        err << QCoreApplication::translate(
            "ReleaseDesk::App", "Saved %n change(s) in the draft %1.", nullptr, applied)
                   .arg(target)
            << Qt::endl;
        return 0;
    }
    const auto firstMerges = Models::ItemRepository(workspace.store).firstMergeByAuthor();
    Models::NotesRenderContext context {
        workspace.release.name, {}, Models::firstTimeContributors(workspace.items, firstMerges)};
    context.firstTimeContributorsKnown = Models::historyPrecedesRelease(workspace.items, firstMerges);
    Models::addDrafterContext(context, workspace.release, workspace.store);
    // A draft edited as Markdown is exported as typed (the app's "detached" document).
    const auto markdown = draft.detachedMarkdown && !parser.isSet(templateOption)
        ? *draft.detachedMarkdown
        : Models::renderNotesMarkdown(document, *notesTemplate, context);
    QByteArray output;
    if (*format == u"json")
        output = Models::renderNotesJson(document);
    else if (*format == u"html")
        output = Models::renderSafeNotesHtml(markdown, tr("%1 release notes").arg(workspace.release.name), {})
                     .toUtf8();
    else
        output = markdown.toUtf8();

    if (!parser.isSet(outputOption)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return 1;
        out.write(output);
        return 0;
    }
    QSaveFile file(parser.value(outputOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(output) != output.size() || !file.commit()) {
        err << tr("Cannot write %1: %2").arg(parser.value(outputOption), file.errorString()) << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace ReleaseDesk::App
