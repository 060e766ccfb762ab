#pragma once

#include <QString>

class QTextDocument;

namespace ReleaseDesk::Models {

struct NotesDocument;

/// What an export may carry besides text. Everything a PR author typed is untrusted: by default an
/// exported page loads nothing from elsewhere and links only to http(s) and mailto addresses.
struct NotesExportOptions
{
    /// HTML only: keep images from http(s) addresses (the page loads them when opened). A PDF never
    /// embeds an image from a note: it would have to fetch or read it while exporting.
    bool remoteImages = false;
};

/// Whether a link target may stay a link in an export: http, https and mailto addresses only.
bool isSafeExportLink(const QString &href);

/// The Markdown as a rich-text document with no raw HTML (shown as text), links only to safe addresses
/// (others become their text) and no images except, when allowed, remote http(s) ones. `images`
/// false drops them all (PDF).
void loadSafeMarkdown(QTextDocument &document, const QString &markdown, bool keepRemoteImages);

/// A standalone HTML page of the Markdown, made safe as above. Needs a QGuiApplication (fonts).
QString renderSafeNotesHtml(const QString &markdown, const QString &title, const NotesExportOptions &options);

/// Writes a PDF of the Markdown, made safe as above (no image at all). False and a message when the
/// file cannot be written.
bool writeSafeNotesPdf(const QString &path, const QString &markdown, const QString &title, QString *error);

/// Writes the notes in the format the file suffix names: .html/.htm (safe page), .pdf (safe, no image),
/// .json (the entries for scripts), anything else the Markdown as it is. False and a message on failure.
bool exportNotesFile(const QString &path, const QString &markdown, const NotesDocument &document,
    const QString &title, const NotesExportOptions &options, QString *error = nullptr);

/// `text` with raw HTML neutralised for Markdown: "<tag" and "&entity;" outside code spans are
/// backslash-escaped, so GitHub and every CommonMark reader show them as typed instead of running them.
QString escapeRawHtmlInMarkdown(const QString &text);

} // namespace ReleaseDesk::Models
