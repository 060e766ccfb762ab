#include "notescommand.h"

#include "commandworkspace.h"
#include "translations.h"

#include "notes/notesdraftstore.h"
#include "notes/notesrenderer.h"
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
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    setUpCommand(app);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Render a release's notes, with the edits saved in its draft."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("notes"), tr("The notes command."));
    const auto workspaceOption = CommandWorkspace::workspaceOption();
    const auto releaseOption = CommandWorkspace::releaseOption();
    const auto demoOption = CommandWorkspace::demoOption();
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
    for (const auto *option : {&workspaceOption, &releaseOption, &demoOption, &draftOption, &templateOption,
             &formatOption, &outputOption})
        parser.addOption(*option);
    parser.process(app);
    const auto format = parser.value(formatOption);
    if (format != u"md" && format != u"html" && format != u"json") {
        err << tr("--format must be md, html or json.") << Qt::endl;
        return 2;
    }

    CommandWorkspace workspace;
    if (const int status = workspace.open(
            parser.value(workspaceOption), parser.value(releaseOption), parser.isSet(demoOption)))
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

    const auto document = Models::composeNotes(Models::extractMergedPullRequests(workspace.items), draft);
    const auto firstMerges = workspace.store.firstMergeByAuthor();
    Models::NotesRenderContext context {
        workspace.release.name, {}, Models::firstTimeContributors(workspace.items, firstMerges)};
    context.firstTimeContributorsKnown = Models::historyPrecedesRelease(workspace.items, firstMerges);
    Models::addDrafterContext(context, workspace.release, workspace.store);
    // A draft edited as Markdown is exported as typed (the app's "detached" document).
    const auto markdown = draft.detachedMarkdown && !parser.isSet(templateOption)
        ? *draft.detachedMarkdown
        : Models::renderNotesMarkdown(document, *notesTemplate, context);
    QByteArray output;
    if (format == u"json")
        output = Models::renderNotesJson(document);
    else if (format == u"html")
        output
            = Models::renderNotesHtml(markdown, tr("%1 release notes").arg(workspace.release.name)).toUtf8();
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
