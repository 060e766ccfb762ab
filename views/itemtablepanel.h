#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace ReleaseDesk::Models {
class BoardModel;
class ItemTableModel;
class ItemFilterProxyModel;
} // namespace ReleaseDesk::Models

namespace ReleaseDesk::Views {

class QueryBar;

/// The release's items as a sortable table, filtered with the board's query language (the same
/// query bar, qualifiers and completions).
class ItemTablePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ItemTablePanel(Models::ItemTableModel *model, QWidget *parent = nullptr);

    QLineEdit *filterField() const;
    QueryBar *queryBar() const { return m_queryBar; }
    /// The board's join facts (blockers, fixes), for qualifiers such as is:blocker; the completions
    /// follow the board's items.
    void setBoard(Models::BoardModel *board);
    QTableView *tableView() const { return m_table; }
    Models::ItemFilterProxyModel *proxy() const { return m_proxy; }
    /// Rows (in the item model) of the selected rows: what triage sends from the table.
    QList<int> selectedRows() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateCount();

    Models::ItemTableModel *m_model;
    Models::ItemFilterProxyModel *m_proxy;
    QueryBar *m_queryBar;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace ReleaseDesk::Views
