#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QToolButton;

namespace ReleaseDesk::Views {

/// One column of the board: its header (a button that collapses the column, the name with its
/// count) above its list of cards. Collapsed, the column shrinks to its header, wrapped in a narrow
/// strip, so the other columns get the width (as in GitHub Projects). The header's context menu
/// also hides the column; the View menu brings it back.
class BoardColumnWidget final : public QWidget
{
    Q_OBJECT

public:
    BoardColumnWidget(const QString &name, QListView *view, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    QString name() const { return m_name; }
    /// "Blocker without fix (3)": the name and what the column holds.
    void setTitle(const QString &title);
    QString title() const;
    void setCollapsed(bool collapsed);
    bool isCollapsed() const { return m_collapsed; }
    QToolButton *collapseButton() const { return m_collapse; }

Q_SIGNALS:
    void collapsedChanged(bool collapsed);
    void hideRequested();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void updateCollapseButton();

    QString m_name;
    QListView *m_view;
    QToolButton *m_collapse;
    QLabel *m_title;
    bool m_collapsed = false;
};

} // namespace ReleaseDesk::Views
