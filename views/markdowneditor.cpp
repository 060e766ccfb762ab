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
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
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
    m_highlighter->rehighlight();
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QPlainTextEdit::changeEvent(event);
}

void MarkdownEditor::setTextKeepingView(const QString &text)
{
    if (text == toPlainText())
        return;
    const int position = textCursor().position();
    const int scroll = verticalScrollBar()->value();
    m_settingText = true;
    setPlainText(text);
    m_settingText = false;
    auto cursor = textCursor();
    cursor.setPosition(qMin(position, int(text.size())));
    setTextCursor(cursor);
    verticalScrollBar()->setValue(scroll);
}

} // namespace ReleaseDesk::Views
