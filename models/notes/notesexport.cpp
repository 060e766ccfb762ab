#include "notes/notesexport.h"

#include "notes/notesrenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace ReleaseDesk::Models {

namespace {

/// What loadSafeMarkdown() changes: a fragment that is an unsafe link or an image.
struct Fix
{
    int position;
    int length;
    bool image;
    QString replacement; ///< for an image: its alternative text
};

} // namespace

bool isSafeExportLink(const QString &href)
{
    const QUrl url(href.trimmed());
    const auto scheme = url.scheme().toLower();
    if (scheme == u"mailto")
        return !url.path().isEmpty();
    // Anchors within the page (the table of contents) are no address at all.
    if (scheme.isEmpty())
        return href.trimmed().startsWith(QLatin1Char('#'));
    return (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
}

void loadSafeMarkdown(QTextDocument &document, const QString &markdown, bool keepRemoteImages)
{
    // MarkdownNoHTML: HTML in the text stays text. Links and images are the Markdown's own.
    document.setMarkdown(markdown,
        QTextDocument::MarkdownFeatures(
            QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    QList<Fix> fixes;
    for (auto block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const auto fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const auto format = fragment.charFormat();
            if (format.isImageFormat()) {
                const auto source = format.toImageFormat().name();
                const bool remote = source.startsWith(QLatin1StringView("https://"), Qt::CaseInsensitive)
                    || source.startsWith(QLatin1StringView("http://"), Qt::CaseInsensitive);
                if (!(keepRemoteImages && remote && isSafeExportLink(source))) {
                    auto alt = format.property(QTextFormat::ImageAltText).toString();
                    fixes.append({fragment.position(), fragment.length(), true,
                        alt.isEmpty() ? QString() : QStringLiteral("[%1]").arg(alt)});
                }
                continue;
            }
            if (format.isAnchor() && !format.anchorHref().isEmpty() && !isSafeExportLink(format.anchorHref()))
                fixes.append({fragment.position(), fragment.length(), false, {}});
        }
    }
    std::sort(fixes.begin(), fixes.end(), [](const Fix &a, const Fix &b) { return a.position > b.position; });
    QTextCursor cursor(&document);
    for (const auto &fix : std::as_const(fixes)) {
        cursor.setPosition(fix.position);
        cursor.setPosition(fix.position + fix.length, QTextCursor::KeepAnchor);
        if (fix.image) {
            QTextCharFormat plain;
            cursor.insertText(fix.replacement, plain);
            continue;
        }
        // The link's words stay, as text.
        auto format = cursor.charFormat();
        format.setAnchor(false);
        format.setAnchorHref(QString());
        format.clearProperty(QTextFormat::AnchorHref);
        format.setFontUnderline(false);
        format.clearForeground();
        cursor.setCharFormat(format);
    }
}

QString renderSafeNotesHtml(const QString &markdown, const QString &title, const NotesExportOptions &options)
{
    QTextDocument document;
    loadSafeMarkdown(document, markdown, options.remoteImages);
    // QTextDocument::toHtml() writes the title as it is: a release named "<script>" would be markup.
    document.setMetaInformation(QTextDocument::DocumentTitle, title.toHtmlEscaped());
    return document.toHtml();
}

bool writeSafeNotesPdf(const QString &path, const QString &markdown, const QString &title, QString *error)
{
    {
        QPdfWriter writer(path);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Release Desk"));
        QTextDocument document;
        loadSafeMarkdown(document, markdown, false);
        document.print(&writer);
    }
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = QCoreApplication::translate("ReleaseDesk::NotesExport",
                "Cannot write the PDF to %1: check the folder exists and is writable.")
                         .arg(path);
        return false;
    }
    return true;
}

bool exportNotesFile(const QString &path, const QString &markdown, const NotesDocument &document,
    const QString &title, const NotesExportOptions &options, QString *error)
{
    const auto suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return writeSafeNotesPdf(path, markdown, title, error);
    QByteArray bytes;
    if (suffix == u"html" || suffix == u"htm")
        bytes = renderSafeNotesHtml(markdown, title, options).toUtf8();
    else if (suffix == u"json")
        bytes = renderNotesJson(document);
    else
        bytes = markdown.toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ReleaseDesk::NotesExport", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

QString escapeRawHtmlInMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char('`')) {
            // A code span: copied as is up to the same run of backticks (CommonMark shows it verbatim).
            int run = 0;
            while (i + run < n && text[i + run] == QLatin1Char('`'))
                ++run;
            const QString fence(run, QLatin1Char('`'));
            const int close = int(text.indexOf(fence, i + run));
            const int end = close < 0 ? i + run : close + run;
            out += QStringView(text).mid(i, end - i);
            i = end;
            continue;
        }
        if (c == QLatin1Char('\\') && i + 1 < n) {
            out += QStringView(text).mid(i, 2);
            i += 2;
            continue;
        }
        if (c == QLatin1Char('<') && i + 1 < n) {
            const QChar next = text[i + 1];
            if (next.isLetter() || next == QLatin1Char('/') || next == QLatin1Char('!')
                || next == QLatin1Char('?')) {
                out += QStringLiteral("\\<");
                ++i;
                continue;
            }
        }
        if (c == QLatin1Char('&')) {
            int j = i + 1;
            while (j < n && j - i < 32 && (text[j].isLetterOrNumber() || text[j] == QLatin1Char('#')))
                ++j;
            if (j < n && j > i + 1 && text[j] == QLatin1Char(';')) {
                out += QStringLiteral("\\&");
                ++i;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

} // namespace ReleaseDesk::Models
