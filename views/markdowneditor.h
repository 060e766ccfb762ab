#pragma once

#include <QPlainTextEdit>

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
    void setTextKeepingView(const QString &text);
    /// The text as toPlainText() gives it, kept between changes: reading it back out of a half-megabyte
    /// document costs milliseconds, and the notes composer asks on every keystroke and recomposition.
    QString text() const;
    QString themeName() const;
    /// How many blocks keep their shaped text between paints (see paintEvent()).
    static constexpr int shapedBlockBudget = 1000;
    int shapedBlockCount() const { return int(m_shapedBlocks.size()); }

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
    /// Lets the blocks shaped longest ago (and not on screen) go back to Qt's default of shaping
    /// at each paint, a few per event-loop turn, until the budget holds.
    void releaseShapedBlocks();

    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    bool m_settingText = false;
    mutable QString m_text;
    mutable bool m_textKnown = false;
    /// Numbers of the blocks that keep their shaped text, oldest first. An edit can shift numbers;
    /// a shifted one then releases another block early, which costs one re-shaping and no more.
    QList<int> m_shapedBlocks;
    bool m_releaseScheduled = false;
};

} // namespace ReleaseDesk::Views
