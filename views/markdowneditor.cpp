#include "markdowneditor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>
#include <QScrollBar>

namespace ReleaseDesk::Views {

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(true); // keyboard users can leave the editor with Tab
    m_highlighter->setDefinition(m_repository->definitionForName(QStringLiteral("Markdown")));
    applyTheme();
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            Q_EMIT userEdited();
    });
}

MarkdownEditor::~MarkdownEditor() = default;

QString MarkdownEditor::themeName() const
{
    return m_highlighter->theme().name();
}

void MarkdownEditor::applyTheme()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const auto theme = m_repository->defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    if (m_highlighter->theme().name() == theme.name())
        return;
    m_highlighter->setTheme(theme);
    if (m_highlighter->document())
        m_highlighter->rehighlight();
}

void MarkdownEditor::showEvent(QShowEvent *event)
{
    // The highlighter meets the document when the editor is first shown: its first pass loads the
    // Markdown definition and every language a code block can embed (a tenth of a second and more),
    // which a window that opens on the board should not pay for.
    if (!m_highlighter->document())
        m_highlighter->setDocument(document());
    QPlainTextEdit::showEvent(event);
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QPlainTextEdit::changeEvent(event);
}

void MarkdownEditor::setTextKeepingView(const QString &text)
{
    const auto current = toPlainText();
    if (text == current)
        return;
    // Replace only the span that differs: a regenerated document usually changes one entry, and
    // setPlainText() would re-highlight (and re-layout) the whole of a 500 KB document per edit.
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(text.size(), current.size());
    while (prefix < shorter && text[prefix] == current[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (
        suffix < shorter - prefix && text[text.size() - 1 - suffix] == current[current.size() - 1 - suffix])
        ++suffix;
    // The document moves the reader's cursor with the text around it, so it is left alone (setting it
    // again would also repaint the whole view); only the scroll position is kept.
    const int scroll = verticalScrollBar()->value();
    m_settingText = true;
    QTextCursor cursor(document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(current.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - suffix - prefix));
    m_settingText = false;
    if (verticalScrollBar()->value() != scroll)
        verticalScrollBar()->setValue(scroll);
}

} // namespace ReleaseDesk::Views
