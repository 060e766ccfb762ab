#pragma once

#include "itemdetailspanel.h"

#include "signal/releaseevidence.h"

#include <QWidget>

class QLabel;
class QListView;
class QSplitter;

namespace ReleaseDesk::Models {
class BoardColumnProxy;
class BoardModel;
} // namespace ReleaseDesk::Models

namespace ReleaseDesk::Views {

class BoardColumnWidget;
class CardDelegate;
class QueryBar;
class ReadinessBar;

/// The blocker board: readiness light, query bar, one list of cards per column, the selected
/// card's details. Keyboard first: arrows or h/j/k/l move between cards and columns, Enter opens
/// the details, / focuses the query bar.
class BoardPanel final : public QWidget
{
    Q_OBJECT

public:
    BoardPanel(Models::BoardModel *board, ItemDetailsPanel::CacheReaders readers, QWidget *parent = nullptr);

    QueryBar *queryBar() const { return m_queryBar; }
    Models::BoardModel *boardModel() const { return m_board; }
    ReadinessBar *readinessBar() const { return m_readiness; }
    ItemDetailsPanel *details() const { return m_details; }
    const QList<QListView *> &columnViews() const { return m_views; }
    Models::BoardColumnProxy *columnProxy(int column) const { return m_proxies.value(column); }
    QString columnTitle(int column) const;
    int columnCount() const { return int(m_columns.size()); }
    BoardColumnWidget *column(int column) const { return m_columns.value(column); }

    /// Columns can be collapsed to their header and hidden (their cards stay in the release; the
    /// readiness light and the counts still see them).
    void setColumnCollapsed(int column, bool collapsed);
    bool isColumnCollapsed(int column) const;
    void setColumnHidden(int column, bool hidden);
    bool isColumnHidden(int column) const;
    /// Comfortable cards show two title lines and the labels; compact ones one line and no labels.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    /// Collapsed and hidden columns and the density, for the settings (see MainWindow::saveLayout).
    QByteArray columnsState() const;
    void restoreColumnsState(const QByteArray &state);

    /// The evidence the go/no-go light is judged on besides the items (see ReleaseReadiness).
    void setEvidence(const Models::ReleaseEvidence &evidence);
    /// The details pane beside the columns: shown or not, and its width (restored across starts).
    void setDetailsVisible(bool visible);
    bool isDetailsVisible() const;
    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray &state);
    void focusQueryBar();
    /// Rows (in the item model) of the selected cards, across all columns: exactly what the board
    /// highlights, and what triage sends.
    QList<int> selectedRows() const;
    /// Label names, people and milestone titles seen on the board, for triage pickers.
    QStringList knownLabels() const;
    QStringList knownPeople() const;

Q_SIGNALS:
    /// A column was collapsed, expanded, hidden or shown.
    void columnsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyQuery(const QString &text);
    void updateHeaders();
    void updateReadiness();
    void updateCompletions();
    /// Moves focus to `column`; `extendSelection` keeps the other columns' selection.
    void focusColumn(int column, bool extendSelection = false);
    void clearSelectionOutside(int column);
    /// The nearest column from `from` in direction `step` (-1 or 1) whose cards are on screen.
    int nextOpenColumn(int from, int step) const;

    Models::BoardModel *m_board;
    QueryBar *m_queryBar;
    ReadinessBar *m_readiness;
    ItemDetailsPanel *m_details;
    QList<Models::BoardColumnProxy *> m_proxies;
    QList<QListView *> m_views;
    QList<BoardColumnWidget *> m_columns;
    CardDelegate *m_delegate = nullptr;
    bool m_compact = false;
    Models::ReleaseEvidence m_evidence;
    QSplitter *m_splitter = nullptr;
};

} // namespace ReleaseDesk::Views
