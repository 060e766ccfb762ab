#pragma once

#include <QPlainTextEdit>
#include <QTextBlock>

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace ReleaseDesk::Views {

/// A plain-text Markdown editor highlighted by KSyntaxHighlighting, following KDE's codeeditor recipe:
/// the theme is chosen by the palette's lightness and follows palette changes (dark mode).
class MarkdownEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MarkdownEditor(QWidget *parent = nullptr);
    ~MarkdownEditor() override;

    /// Replaces the text without emitting userEdited(), keeping the cursor and scroll position where
    /// they were as far as the new text allows (a regenerated document must not jump under the reader).
    void setTextKeepingView(const QString &newText);
    /// The text as toPlainText() gives it, kept between changes: reading it back out of a half-megabyte
    /// document costs milliseconds, and the notes composer asks on every keystroke and recomposition.
    QString text() const;
    QString themeName() const;
    /// How many blocks keep their shaped text between paints (see paintEvent()).
    static constexpr int shapedBlockBudget = 1000;

Q_SIGNALS:
    /// The user typed (not setTextKeepingView()).
    void userEdited();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyTheme();
    /// Whether replacing the text in [from, to] can change what the view shows.
    bool changeCanShow(int from, int to, bool changesLineCount) const;
    /// The last block the view shows (at least partly).
    QTextBlock lastShownBlock() const;
    /// Lets the blocks farthest from the view go back to Qt's default of shaping at each paint, a
    /// few per event-loop turn, until the budget holds.
    void releaseShapedBlocks();

    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    bool m_settingText = false;
    bool m_changedByOthers = false; ///< the document's text changed outside setTextKeepingView()
    mutable QString m_text;
    mutable bool m_textKnown = false;
    /// Blocks that keep their shaped text: counted as paints shape them, counted exactly on release.
    int m_shapedBlocks = 0;
    bool m_releaseScheduled = false;
};

} // namespace ReleaseDesk::Views
