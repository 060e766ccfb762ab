#include "markdowneditor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QFontDatabase>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextBlock>

#include <limits>

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
    const auto replacement = QStringView(text).mid(prefix, text.size() - suffix - prefix);
    const auto replaced = QStringView(current).mid(prefix, current.size() - suffix - prefix);
    const bool shows = changeCanShow(
        int(prefix), int(current.size() - suffix), replacement.count(u'\n') != replaced.count(u'\n'));
    const int scroll = verticalScrollBar()->value();
    m_settingText = true;
    // What the edit touched, with any re-colouring of later lines a highlighter does within it (a
    // fence opened or closed above the view re-colours the lines on it; KSyntaxHighlighting does that
    // on the next event-loop turn, outside the silenced edit, and repaints as usual).
    int touchedFrom = std::numeric_limits<int>::max();
    int touchedTo = -1;
    const auto watch = connect(document(), &QTextDocument::contentsChange, this,
        [&touchedFrom, &touchedTo](int position, int, int added) {
            touchedFrom = std::min(touchedFrom, position);
            touchedTo = std::max(touchedTo, position + added);
        });
    {
        // A line that changes height makes Qt's plain-text layout repaint the whole view, 5-9 ms of
        // highlighted text for a change nobody can see. Off screen, its repaint requests are
        // silenced and only the document's new size is passed on (the scroll bar follows it).
        QSignalBlocker quiet(shows ? nullptr : document()->documentLayout());
        QTextCursor cursor(document());
        cursor.setPosition(int(prefix));
        cursor.setPosition(int(current.size() - suffix), QTextCursor::KeepAnchor);
        cursor.insertText(replacement.toString());
    }
    disconnect(watch);
    if (!shows) {
        auto *layout = document()->documentLayout();
        Q_EMIT layout->documentSizeChanged(layout->documentSize());
        if (touchedTo >= 0 && changeCanShow(touchedFrom, touchedTo, false))
            viewport()->update();
    }
    m_settingText = false;
    if (verticalScrollBar()->value() != scroll)
        verticalScrollBar()->setValue(scroll);
}

bool MarkdownEditor::changeCanShow(int from, int to, bool changesLineCount) const
{
    auto block = firstVisibleBlock();
    if (!isVisible() || !block.isValid())
        return true;
    // Above the view, only added or removed lines move what is shown (the view keeps its first line).
    if (to < block.position())
        return changesLineCount;
    const auto offset = contentOffset();
    auto last = block;
    while (block.isValid() && blockBoundingGeometry(block).translated(offset).top() <= viewport()->height()) {
        last = block;
        block = block.next();
    }
    return from <= last.position() + last.length();
}

} // namespace ReleaseDesk::Views
