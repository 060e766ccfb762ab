#pragma once

#include "notes/notesdocument.h"
#include "notes/notestemplate.h"

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
};

/// The document as Markdown in the template's format. Pure; the included entries only.
QString renderNotesMarkdown(
    const NotesDocument &document, const NotesTemplate &notesTemplate, const NotesRenderContext &context);

/// The entries as the team's spreadsheet columns (Module, Type, Release Note, pr_url, author) plus the
/// editing state, as JSON for scripts.
QByteArray renderNotesJson(const NotesDocument &document);

/// A standalone HTML page of the Markdown. Raw HTML in the text (GitHub's, untrusted) is escaped, never
/// interpreted. Needs a QGuiApplication (fonts).
QString renderNotesHtml(const QString &markdown, const QString &title);

/// "[SIG API Machinery, Apps and Node]" from sig label suffixes.
QString kubernetesSigSuffix(const QStringList &sigs);

} // namespace ReleaseDesk::Models
