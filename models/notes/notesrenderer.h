#pragma once

#include "notes/notesdocument.h"
#include "notes/notestemplate.h"
#include "notes/releasedrafterrenderer.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace ReleaseDesk::Models {

/// What a template needs besides the entries.
struct NotesRenderContext
{
    QString version; ///< the heading: "v4.1.3"
    QString previousVersion; ///< Kubernetes' "Changelog since ..." line; omitted when empty
    /// Logins whose first merged PR in the cached repositories is in this release.
    QSet<QString> firstTimeContributors;
    /// False when the workspace holds no merged PR from before the release: everyone would look new,
    /// so the templates leave first-time contributors out rather than list every author.
    bool firstTimeContributorsKnown = true;
    /// release-drafter templates: $OWNER and $REPOSITORY (default: the first pull request's repository)
    /// and the repository's releases as read from GitHub. Without them, the previous release is
    /// `previousVersion` and the version is the release's own name, as a workflow passing `version:`.
    QString owner;
    QString repository;
    std::optional<QList<DrafterRelease>> releases;
};

/// The document as Markdown in the template's format. Pure; the included entries only.
QString renderNotesMarkdown(
    const NotesDocument &document, const NotesTemplate &notesTemplate, const NotesRenderContext &context);

/// What release-drafter would draft from the document with a Drafter-style template: body, name, tag,
/// resolved version. Every PR counts unless a person excluded it (release-drafter has no "no note");
/// $TITLE is the PR's title, or the entry's text once someone edited it.
DrafterResult renderDrafterRelease(
    const NotesDocument &document, const NotesTemplate &notesTemplate, const NotesRenderContext &context);

/// The entries as the team's spreadsheet columns (Module, Type, Release Note, pr_url, author) plus the
/// editing state, as JSON for scripts.
QByteArray renderNotesJson(const NotesDocument &document);

/// A standalone HTML page of the Markdown. Raw HTML in the text (GitHub's, untrusted) is escaped, never
/// interpreted. Needs a QGuiApplication (fonts).
QString renderNotesHtml(const QString &markdown, const QString &title);
/// (Links only to http(s) and mailto addresses, no images: see renderSafeNotesHtml().)

/// "[SIG API Machinery, Apps and Node]" from sig label suffixes.
QString kubernetesSigSuffix(const QStringList &sigs);

} // namespace ReleaseDesk::Models
