#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace ReleaseDesk::Models {
class ItemTableModel;
class ItemFilterProxyModel;
} // namespace ReleaseDesk::Models

namespace ReleaseDesk::Views {

/// The release's items as a sortable table with a filter field.
class ItemTablePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ItemTablePanel(Models::ItemTableModel *model, QWidget *parent = nullptr);

    QLineEdit *filterField() const { return m_filterField; }
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
    QLineEdit *m_filterField;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace ReleaseDesk::Views
