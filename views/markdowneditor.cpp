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
#include <QTextLayout>
#include <QTimer>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace ReleaseDesk::Views {

namespace {

/// The text with its line ends as a document takes them: a CRLF or a lone CR is one block break.
QString withLineFeeds(const QString &text)
{
    if (!text.contains(u'\r'))
        return text;
    QString converted = text;
    converted.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    converted.replace(u'\r', u'\n');
    return converted;
}

/// The text as toPlainText() reads it back from a document that holds \a text (one character for
/// one): separators as line feeds, no-break spaces as spaces.
QString asReadBack(const QString &text)
{
    const auto differs = [](QChar c) {
        return c == QChar::LineSeparator || c == QChar::ParagraphSeparator || c == QChar::Nbsp
            || c == QChar(0xfdd0) || c == QChar(0xfdd1);
    };
    if (std::none_of(text.cbegin(), text.cend(), differs))
        return text;
    QString converted = text;
    for (auto &c : converted) {
        if (c == QChar::Nbsp)
            c = u' ';
        else if (differs(c))
            c = u'\n';
    }
    return converted;
}

/// How many characters two texts share from the start: compared a block at a time (memcmp is many
/// times faster than a loop over characters on half a megabyte), then character by character.
qsizetype commonPrefix(QStringView a, QStringView b)
{
    constexpr qsizetype block = 256;
    const qsizetype shorter = std::min(a.size(), b.size());
    qsizetype same = 0;
    while (
        same + block <= shorter && std::memcmp(a.data() + same, b.data() + same, block * sizeof(QChar)) == 0)
        same += block;
    while (same < shorter && a[same] == b[same])
        ++same;
    return same;
}

/// How many characters two texts share at the end, looking no further back than \a limit characters.
qsizetype commonSuffix(QStringView a, QStringView b, qsizetype limit)
{
    constexpr qsizetype block = 256;
    qsizetype same = 0;
    while (same + block <= limit
        && std::memcmp(
               a.data() + a.size() - same - block, b.data() + b.size() - same - block, block * sizeof(QChar))
            == 0)
        same += block;
    while (same < limit && a[a.size() - 1 - same] == b[b.size() - 1 - same])
        ++same;
    return same;
}

} // namespace

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
    // Only a change of characters counts: the highlighter's re-colouring ends in textChanged() too.
    connect(document(), &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (m_settingText || (removed == 0 && added == 0))
            return;
        m_textKnown = false; // typed, undone, or set from outside: read back when next asked
        m_changedByOthers = true;
    });
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (std::exchange(m_changedByOthers, false))
            Q_EMIT userEdited();
    });
}

MarkdownEditor::~MarkdownEditor() = default;

QString MarkdownEditor::text() const
{
    if (!m_textKnown) {
        m_text = toPlainText();
        m_textKnown = true;
    }
    return m_text;
}

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

void MarkdownEditor::paintEvent(QPaintEvent *event)
{
    // Qt's plain-text layout throws each block's shaped glyphs away once laid out, so every paint
    // shaped every line on screen again: 4-8 ms for a view of highlighted Markdown, on each
    // recomposition that touched the view and each keystroke. The blocks on screen keep theirs.
    const auto last = lastShownBlock();
    for (auto block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        if (!block.layout()->cacheEnabled()) {
            block.layout()->setCacheEnabled(true);
            ++m_shapedBlocks;
        }
        if (block == last)
            break;
    }
    QPlainTextEdit::paintEvent(event);
    if (m_shapedBlocks > shapedBlockBudget && !m_releaseScheduled) {
        m_releaseScheduled = true;
        QTimer::singleShot(0, this, &MarkdownEditor::releaseShapedBlocks);
    }
}

QTextBlock MarkdownEditor::lastShownBlock() const
{
    auto block = firstVisibleBlock();
    if (!block.isValid())
        return block;
    // Heights added up from the first block shown (blockBoundingGeometry() walks from the top).
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    auto last = block;
    while (block.isValid() && top <= viewport()->height()) {
        last = block;
        top += blockBoundingRect(block).height();
        block = block.next();
    }
    return last;
}

void MarkdownEditor::releaseShapedBlocks()
{
    m_releaseScheduled = false;
    const int first = firstVisibleBlock().blockNumber();
    const int last = lastShownBlock().blockNumber();
    // Counted again each time: an edit adds, splits and joins blocks, so no list of them stays true.
    QList<QTextBlock> releasable;
    m_shapedBlocks = 0;
    for (auto block = document()->begin(); block.isValid(); block = block.next()) {
        if (!block.layout()->cacheEnabled())
            continue;
        ++m_shapedBlocks;
        if (block.blockNumber() < first || block.blockNumber() > last)
            releasable.append(block);
    }
    const auto distance = [first](const QTextBlock &block) { return std::abs(block.blockNumber() - first); };
    std::sort(releasable.begin(), releasable.end(),
        [&distance](const QTextBlock &a, const QTextBlock &b) { return distance(a) > distance(b); });
    constexpr int perTurn = 25; // laying a block out again costs about as much as shaping it
    const auto releasing
        = std::min<qsizetype>({perTurn, releasable.size(), m_shapedBlocks - shapedBlockBudget});
    for (qsizetype i = 0; i < releasing; ++i) {
        auto &block = releasable[i];
        block.layout()->setCacheEnabled(false);
        // Laid out again without the cache, the block lets go of its glyphs. Marking one character
        // re-lays out this block alone and repaints nothing off screen; the block's whole length
        // would reach into the next block and re-lay out (and repaint) the view.
        if (block.length() > 1)
            document()->markContentsDirty(block.position(), 1);
    }
    m_shapedBlocks -= int(std::max<qsizetype>(0, releasing));
    if (releasing > 0 && m_shapedBlocks > shapedBlockBudget) {
        m_releaseScheduled = true;
        QTimer::singleShot(0, this, &MarkdownEditor::releaseShapedBlocks);
    }
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QPlainTextEdit::changeEvent(event);
}

void MarkdownEditor::setTextKeepingView(const QString &newText)
{
    // Compared as the document reads it back, so that text already shown is recognised as such;
    // each character of that form is one position in the document. What is inserted keeps its
    // no-break spaces and separators.
    const auto inserted = withLineFeeds(newText);
    const auto wanted = asReadBack(inserted);
    const auto current = text();
    if (wanted == current)
        return;
    // Replace only the span that differs: a regenerated document usually changes one entry, and
    // setPlainText() would re-highlight (and re-layout) the whole of a 500 KB document per edit.
    const qsizetype prefix = commonPrefix(wanted, current);
    const qsizetype suffix = commonSuffix(wanted, current, std::min(wanted.size(), current.size()) - prefix);
    // The document moves the reader's cursor with the text around it, so it is left alone (setting it
    // again would also repaint the whole view); only the scroll position is kept.
    const auto replacement = QStringView(inserted).mid(prefix, inserted.size() - suffix - prefix);
    const auto replaced = QStringView(current).mid(prefix, current.size() - suffix - prefix);
    const auto replacedWith = QStringView(wanted).mid(prefix, wanted.size() - suffix - prefix);
    const bool shows = changeCanShow(
        int(prefix), int(current.size() - suffix), replacedWith.count(u'\n') != replaced.count(u'\n'));
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
    m_text = wanted;
    m_textKnown = true;
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
    const auto last = lastShownBlock();
    return from <= last.position() + last.length();
}

} // namespace ReleaseDesk::Views
